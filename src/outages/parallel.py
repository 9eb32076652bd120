"""Extraction on every core for large ingests.

Reading and storing stay in one process (SQLite has one writer); extraction,
the costly part, runs in a pool of worker processes, a batch of articles ahead
of the writer. Workers return each article's reports as JSON text, the form the
store keeps, so nothing is parsed twice. Small ingests do not start a pool.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor

from .models import Article

MIN_ARTICLES = 200  # below this, starting workers costs more than it saves
AHEAD = 128  # articles extracted ahead of the writer
PARENT_POLL_SECONDS = 0.5  # how often a worker checks that the ingest that started it still runs


def worker_count() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _exit_with_parent(parent: int) -> None:
    """Run in each worker as it starts: a worker whose ingest was killed (kill -9, an
    out-of-memory kill) would wait for work forever; it leaves once its parent is gone."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="outages-parent-watch", daemon=True).start()


def _extract_json(article: Article) -> tuple[str, str, int, str | None]:
    """(file, reports JSON, how many, error): run in a worker process."""
    from .store import _extract

    reports_json, count, error = _extract(article, None)
    return article.file, reports_json, count, error


class Precomputed:
    """An extractor that returns reports a worker already made for this file name.

    The store calls it like `extract_article`; if the store renamed the article
    (two articles with one file name), the reports name the wrong file and the
    article is extracted again in this process.
    """

    def __init__(self, file: str, reports_json: str, count: int, error: str | None):
        self.file, self.reports_json, self.count, self.error = file, reports_json, count, error

    def matches(self, article: Article) -> bool:
        return article.file == self.file and self.error is None


def extracted(items: Iterable[object], expected: int, key=lambda item: item) -> Iterator[tuple[object, Precomputed | None]]:
    """Each item with, for an Article, its reports made by a worker pool; in order.

    `key(item)` is the article in an item; items whose key is not an article (read
    errors) pass through. Up to `AHEAD` articles
    are extracted ahead of the caller, so workers run while the caller writes.
    No pool for small runs or a single core.
    """
    if expected < MIN_ARTICLES or worker_count() < 2:
        for item in items:
            yield item, None
        return
    from collections import deque

    pool: Executor = ProcessPoolExecutor(max_workers=worker_count(), initializer=_exit_with_parent, initargs=(os.getpid(),))
    pending: deque = deque()
    try:
        for item in items:
            article = key(item)
            pending.append((item, pool.submit(_extract_json, article) if isinstance(article, Article) else None))
            while len(pending) > AHEAD:
                yield _done(*pending.popleft())
        while pending:
            yield _done(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _done(item: object, future) -> tuple[object, Precomputed | None]:
    if future is None:
        return item, None
    try:
        file, reports_json, count, error = future.result()
    except Exception:  # noqa: BLE001 - a worker that died: extract in this process instead
        return item, None
    return item, Precomputed(file, reports_json, count, error)
