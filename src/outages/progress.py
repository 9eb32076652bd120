"""Progress on stderr for long work: a Rich bar on a terminal, one note line elsewhere.

Light on purpose (Rich is imported only when a bar is drawn): `cli.list_`
and `cli.show` pass `refresh_progress()` to every read of the store.
"""

from __future__ import annotations

import sys

from .cli import _err

BAR_MIN_INPUTS = 2  # a progress bar (on a terminal) from this many inputs
NOTE_MIN_STALE = 100  # off a terminal, one line says why a read is slow from this many re-extractions


class ProgressBar:
    """A `progress(done, total)` callback that shows a Rich bar on a terminal's stderr once there is work.

    Off a terminal it draws nothing (one note line for long re-extractions).
    Use as a context manager so that the bar is always taken down.
    """

    def __init__(self, description: str, min_total: int = BAR_MIN_INPUTS, note: str | None = None):
        self.description = description
        self.min_total = min_total
        self.note = note
        self.bar = None
        self.task = None
        self.noted = False

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if done >= total or total < self.min_total:
                return
            if not sys.stderr.isatty():
                if self.note and total >= NOTE_MIN_STALE and not self.noted:
                    self.noted = True
                    _err(self.note.format(total=total))
                return
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            from . import render

            self.bar = Progress(
                TextColumn(self.description), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=render.console(stderr=True), transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task(self.description, total=total)
        self.bar.update(self.task, completed=done, total=total)
        if done >= total:
            self.close()

    def message(self, text: str) -> None:
        """A one-line message on stderr that does not tear the bar."""
        if self.bar is not None:
            from . import render

            self.bar.console.print(render.plain(f"outages: {text}"))
        else:
            _err(text)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def refresh_progress() -> ProgressBar:
    """The progress callback for reads that must re-extract stored articles first."""
    return ProgressBar(
        "re-extracting",
        note="re-extracting {total} stored articles (the extractor or its data changed); this happens once",
    )
