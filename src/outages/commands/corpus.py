"""Commands over the user's corpus in the store: `ingest`, `sources`, `export`, `timeline`.

Thin, like `cli.py`: parse -> library (`ingest`, `store`, `export`,
`timeline`) -> render. Rich is imported only inside the commands that draw.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import (
    EXIT_DATA,
    EXIT_NO_MATCH,
    EXIT_USAGE,
    UsageProblem,
    _err,
    _filters,
    _incidents,
    _print_json,
)
from ..progress import ProgressBar, refresh_progress
from .core import CauseOpt, DbOpt, JsonOpt, RegionOpt, ServiceOpt, SinceOpt, UntilOpt, app


def _open(db: Optional[Path]):
    from ..store import StoreError, open_store

    try:
        return open_store(db)
    except StoreError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_DATA) from None


def _matching(db, service, since, until, region, cause) -> list[dict]:
    filters = _filters(service, since, until, region, cause)
    return [x for x in _incidents(db) if filters.match(x)]


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Article files, folders (read recursively), globs, or - for standard input.", metavar="PATH"),
    as_json: bool = typer.Option(False, "--json", help="Also print the counts as JSON on stdout."),
    db: Optional[Path] = DbOpt,
) -> None:
    """Add articles to the store: .txt/.md (optional YAML front matter), .html, .jsonl (one article a line).

    Articles already stored are left as they are; a file that cannot be read
    is reported on stderr and skipped (exit 3 at the end).
    """
    from ..ingest import expand
    from ..ingest import ingest as run

    inputs, problems = expand(list(paths))
    for message in problems:
        _err(message)
    with _open(db) as store:
        with ProgressBar("ingesting") as bar:
            tally = run(store, inputs, on_error=bar.message, progress=bar)
        with refresh_progress() as bar:
            incidents = len(store.incidents_json(bar))
        articles = store.count()
    failed = tally.failed + len(problems)
    _err(
        f"added {tally.added}, updated {tally.updated}, unchanged {tally.unchanged}, failed {failed}; "
        f"{incidents} incidents now, from {articles} articles"
    )
    if as_json:
        _print_json({
            "added": tally.added, "updated": tally.updated, "unchanged": tally.unchanged, "failed": failed,
            "incidents": incidents, "articles": articles, "errors": problems + tally.errors,
        })
    if failed:
        raise typer.Exit(EXIT_DATA)


@app.command()
def sources(
    remove: Optional[List[str]] = typer.Option(None, "--remove", help="Remove the stored article with this id (a unique prefix will do) or file name; repeatable."),
    as_json: bool = JsonOpt,
    db: Optional[Path] = DbOpt,
) -> None:
    """The stored articles: id, outlet, date, title, incidents found."""
    with _open(db) as store:
        if remove:
            _remove(store, remove, as_json)
            return
        with refresh_progress() as bar:
            store.incidents_json(bar)  # reports made by the current extractor, so the counts are right
        rows = store.articles()
    if as_json:
        _print_json(rows)
        return
    if not rows:
        _err("the store holds no articles")
        return
    from .. import render

    render.console().print(render.sources_table(rows))


def _remove(store, keys: list[str], as_json: bool) -> None:
    removed, code = [], 0
    for key in keys:
        ids = store.find(key)
        if not ids:
            _err(f"no stored article with id or file name {key!r} (see 'outages sources')")
            code = code or EXIT_NO_MATCH
        elif len(ids) > 1:
            _err(f"{key!r} is the start of {len(ids)} ids ({', '.join(i[:12] for i in ids[:4])}…): give more of it")
            code = EXIT_USAGE
        elif store.remove(ids[0]):
            removed.append(ids[0])
            _err(f"removed {ids[0]}")
    if as_json:
        _print_json({"removed": removed})
    if code:
        raise typer.Exit(code)


@app.command()
def export(
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="json, jsonl, csv, ics or md (default: from the --output suffix, else json)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
    service: Optional[List[str]] = ServiceOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    region: Optional[List[str]] = RegionOpt,
    cause: Optional[List[str]] = CauseOpt,
    db: Optional[Path] = DbOpt,
) -> None:
    """The incidents as a file for other programs: JSON, JSON Lines, CSV, iCalendar or Markdown."""
    from .. import export as exp

    if fmt is None:
        fmt = exp.SUFFIXES.get(output.suffix.lower(), "json") if output is not None else "json"
    fmt = fmt.lower()
    if fmt not in exp.FORMATS:
        raise UsageProblem(f"--format: unknown format {fmt!r} (one of: {', '.join(exp.FORMATS)})")
    incidents = _matching(db, service, since, until, region, cause)
    if not incidents:
        _err("no incidents match")
    data = exp.export(incidents, fmt).encode("utf-8")
    if fmt == "ics" and (left := exp.undated(incidents)):
        _err(f"{left} incident{'s' * (left != 1)} without a date left out of the calendar")
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    _write_file(output, data)
    _err(f"wrote {len(incidents)} incidents to {output}")


def _write_file(path: Path, data: bytes) -> None:
    """Write all or nothing: a temporary file beside `path`, then renamed over it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        _err(f"error: cannot write {path} ({exc.strerror or exc})")
        raise typer.Exit(EXIT_DATA) from None


@app.command()
def timeline(
    service: Optional[List[str]] = ServiceOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    region: Optional[List[str]] = RegionOpt,
    cause: Optional[List[str]] = CauseOpt,
    svg: Optional[Path] = typer.Option(None, "--svg", help="Write the picture to this SVG file instead of the terminal."),
    width: Optional[int] = typer.Option(None, "--width", min=40, max=1000, help="Width in columns (default: the terminal's)."),
    db: Optional[Path] = DbOpt,
) -> None:
    """A picture of the incidents: one lane per service on a time axis, marked by duration and regions."""
    incidents = _matching(db, service, since, until, region, cause)
    from .. import render
    from ..timeline import Timeline, save_svg

    picture = Timeline(incidents)
    con = render.console(width=width)
    if svg is None:
        con.print(picture)
        return
    try:
        save_svg(picture, svg, width=con.width)
    except OSError as exc:
        _err(f"error: cannot write {svg} ({exc.strerror or exc})")
        raise typer.Exit(EXIT_DATA) from None
    _err(f"wrote the timeline to {svg}")
