"""The only module that persists: an embedded SQLite store of articles, their reports, and merged incidents.

Tables (schema version in `PRAGMA user_version`, upgraded by `MIGRATIONS`):

- `articles`: one row an article; `id` is a hash of its text, so the same
  article ingested twice is one row;
- `reports`: per article, the JSON list of incident reports the extractor gave
  (`incidents.extract_article`), with the extractor version and the data
  fingerprint they were made with; rows made by another version are stale and
  re-extracted on the next read;
- `merged`: one row, the merged incidents as JSON, with the `generation` of
  the article set it was made from (a counter that triggers bump on every
  change to `articles` or `reports`), the extractor version and the data
  fingerprint. An unchanged store is read with one query and `json.loads`;
- `meta`: the generation counter, whether the bundled articles were added,
  and a cheap signature (file sizes and times) of the extractor and its data,
  so that a read needs neither the extractor nor pydantic to know it is fresh.

Every write is one transaction (`BEGIN IMMEDIATE`), the journal is WAL and a
busy timeout makes concurrent writers wait for each other instead of failing.

    from outages.store import incidents_json, open_store
    incidents = incidents_json()            # default store; OUTAGES_DB overrides
    with open_store("my.db") as store:
        store.add(article)
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    from .models import Article, Incident

ENV_VAR = "OUTAGES_DB"
BUSY_TIMEOUT_S = 60.0
BLOCK_FROM = 64  # merge in blocks from this many reports (below it, plain `merge.merge` is fast enough)
MERGED_FORMAT = "2"  # 2: the cached JSON text has terminal-unsafe characters escaped (`jsontext.escape`)
ARTICLE_COLUMNS = ("file", "url", "outlet", "title", "published", "published_from", "language", "text")
_META_FIELDS = ("url", "outlet", "title", "published", "published_from", "language")

Progress = Callable[[int, int], None]
"""Called as `progress(done, total)` while stored articles are re-extracted."""
T = TypeVar("T")

_TRIGGERS = [
    f"CREATE TRIGGER {table}_{op.lower()} AFTER {op} ON {table} "
    "BEGIN UPDATE meta SET value = value + 1 WHERE key = 'generation'; END"
    for table in ("articles", "reports")
    for op in ("INSERT", "UPDATE", "DELETE")
]

MIGRATIONS: list[list[str]] = [
    # 1: articles, reports, the merged cache, meta.
    [
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            file TEXT NOT NULL UNIQUE,
            url TEXT,
            outlet TEXT,
            title TEXT,
            published TEXT,
            published_from TEXT NOT NULL DEFAULT 'none',
            language TEXT,
            text TEXT NOT NULL,
            added_at TEXT NOT NULL
        )""",
        """CREATE TABLE reports (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            extractor_version TEXT NOT NULL,
            data_fingerprint TEXT NOT NULL,
            reports TEXT NOT NULL,
            count INTEGER NOT NULL,
            error TEXT
        )""",
        """CREATE TABLE merged (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            generation INTEGER NOT NULL,
            extractor_version TEXT NOT NULL,
            data_fingerprint TEXT NOT NULL,
            incidents TEXT NOT NULL,
            count INTEGER NOT NULL,
            made_at TEXT NOT NULL
        )""",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value)",
        "INSERT INTO meta (key, value) VALUES ('generation', 0)",
        *_TRIGGERS,
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(OSError):
    """A store that cannot be opened or used; one line. An OSError, so the CLI reports it as a data error (exit 3)."""


class Stored(NamedTuple):
    """What `Store.add` did with one article (a named tuple: reads import no `dataclasses`)."""

    status: str  # added | updated | unchanged
    id: str
    file: str
    reports: int
    extract_seconds: float = 0.0
    store_seconds: float = 0.0
    error: str | None = None


def default_path() -> Path:
    """The store in the user's data folder (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("outages", appauthor=False)) / "outages.db"


def resolve_path(db: str | os.PathLike | None = None) -> Path:
    """The store to use: `db` if given, else $OUTAGES_DB, else the default."""
    if db:
        return Path(db).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_path()


def article_id(text: str) -> str:
    """The content hash of an article's text (whitespace-insensitive): its id in the store."""
    import hashlib

    canonical = " ".join(text.split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


# -- versions of the extractor and its data ----------------------------------


def _signature() -> str:
    """Sizes and modification times of the extractor's version file and of data/: changes when either may have.

    The text itself (a few hundred characters), compared whole: no hashing, so a read imports no hashlib.
    """
    from .resources import data_dir

    parts = []
    pipeline = Path(__file__).resolve().parent / "extract" / "pipeline.py"
    try:
        roots = [(pipeline, None)]
        data = data_dir()
        roots.extend((p, data) for p in sorted(data.rglob("*")) if p.is_file())
        for path, base in roots:
            st = path.stat()
            name = path.name if base is None else str(path.relative_to(base))
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    except OSError:
        return ""
    return "\n".join(parts)


def current_versions() -> tuple[str, str]:
    """(extractor version, data fingerprint) as the extractor would record them now (imports it)."""
    from .extract import pipeline
    from .lexicon import data_fingerprint

    return str(pipeline.EXTRACTOR_VERSION), data_fingerprint()


def _versions_cheaply(stored: str | None) -> tuple[str, str] | None:
    """The current versions without importing the extractor when the stored signature still holds."""
    if "outages.extract.pipeline" in sys.modules:
        return current_versions()  # already paid for; honours a patched EXTRACTOR_VERSION
    if not stored:
        return None
    try:
        sig, version, fingerprint = json.loads(stored)
    except (ValueError, TypeError):
        return None
    if not sig or sig != _signature():
        return None
    return version, fingerprint


# -- the store ---------------------------------------------------------------


class Store:
    """An open store. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | os.PathLike | None = None, *, seed: bool = True, timeout: float = BUSY_TIMEOUT_S):
        self.path = resolve_path(path)
        self._versions: tuple[str, str] | None = None  # cached by `add`, renewed by `refresh`
        self.timeout = timeout
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create its folder ({exc.strerror})") from None
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a store file")
        try:
            self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._migrate()
            self.conn.execute("PRAGMA synchronous = NORMAL")
            if seed:
                self._seed()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable outages store ({exc})") from None

    # context manager
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- transactions and schema

    def _write(self):
        return _Transaction(self.conn)

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: made by a newer outages (schema {version}; this one knows up to {SCHEMA_VERSION})")
        if version == 0:
            mode = self._retry_busy(lambda: self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            if str(mode).lower() != "wal":  # pragma: no cover - e.g. a network file system
                raise StoreError(f"{self.path}: cannot use write-ahead logging here (journal mode {mode})")
        with self._write():
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have migrated
            for number in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[number]:
                    self.conn.execute(statement)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _retry_busy(self, step):
        """Run `step`, retrying while SQLite says busy without waiting itself (as a journal mode change can)."""
        deadline = time.monotonic() + self.timeout
        delay = 0.01
        while True:
            try:
                return step()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)

    def _meta(self, key: str):
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def _set_meta(self, key: str, value) -> None:
        self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def _seed(self) -> None:
        """On first use, the bundled articles (their reports are made on the first read)."""
        if self._meta("seeded"):
            return
        from .articles import bundled_articles

        articles = bundled_articles()
        with self._write():
            if self._meta("seeded"):
                return
            for article in articles:
                self._insert(article, article_id(article.text))
            self._set_meta("seeded", _now())

    # -- articles

    def _insert(self, article: Article, aid: str) -> str:
        """Insert an article (inside a transaction); returns the file name it is stored under (unique)."""
        if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
            return self.conn.execute("SELECT file FROM articles WHERE id = ?", (aid,)).fetchone()[0]
        file = unique_file_name(article.file, aid, self._file_taken)
        values = article.model_dump(include=set(ARTICLE_COLUMNS))
        values["file"] = file
        self.conn.execute(
            f"INSERT INTO articles (id, {', '.join(ARTICLE_COLUMNS)}, added_at) VALUES (?, {', '.join('?' * len(ARTICLE_COLUMNS))}, ?)",
            (aid, *(values[c] for c in ARTICLE_COLUMNS), _now()),
        )
        return file

    def _file_taken(self, file: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE file = ?", (file,)).fetchone() is not None

    def add(self, article: Article, extract: Callable[[Article], list[Incident]] | None = None) -> Stored:
        """Store an article and its reports in one transaction.

        Unchanged when the same text is stored with the same metadata and
        fresh reports; updated (and re-extracted) when its metadata changed.
        """
        aid = article_id(article.text)
        if self._versions is None:
            self._versions = current_versions()
        version, fingerprint = self._versions
        row = self.conn.execute(
            "SELECT a.file, a.url, a.outlet, a.title, a.published, a.published_from, a.language,"
            " r.extractor_version, r.data_fingerprint, r.count FROM articles a"
            " LEFT JOIN reports r ON r.article_id = a.id WHERE a.id = ?",
            (aid,),
        ).fetchone()
        new_meta = tuple(getattr(article, f) for f in _META_FIELDS)
        if row is not None:
            fresh = row[7] == version and row[8] == fingerprint
            if tuple(row[1:7]) == new_meta and fresh:
                return Stored("unchanged", aid, row[0], row[9])
        file = row[0] if row is not None else unique_file_name(article.file, aid, self._file_taken)
        t0 = time.perf_counter()
        reports_json, count, error = _extract(article.model_copy(update={"file": file}), extract)
        t1 = time.perf_counter()
        with self._write():
            current = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone()
            if current is None:
                stored_as = self._insert(article.model_copy(update={"file": file}), aid)
                if stored_as != file:  # the name was taken meanwhile: extract again under the stored name
                    reports_json, count, error = _extract(article.model_copy(update={"file": stored_as}), extract)
                    file = stored_as
                status = "added"
            elif row is None:
                # another process added it between our look and our write: theirs stands
                stored = self.conn.execute("SELECT file, (SELECT count FROM reports WHERE article_id = ?) FROM articles WHERE id = ?", (aid, aid)).fetchone()
                return Stored("unchanged", aid, stored[0], stored[1] or 0)
            elif tuple(row[1:7]) != new_meta:
                self.conn.execute(
                    f"UPDATE articles SET {', '.join(f'{f} = ?' for f in _META_FIELDS)} WHERE id = ?",
                    (*new_meta, aid),
                )
                status = "updated"
            else:
                status = "unchanged"  # same article, its stale reports renewed
            self._put_reports(aid, version, fingerprint, reports_json, count, error)
        t2 = time.perf_counter()
        return Stored(status, aid, file, count, t1 - t0, t2 - t1, error)

    def _put_reports(self, aid: str, version: str, fingerprint: str, reports_json: str, count: int, error: str | None) -> None:
        self.conn.execute(
            "INSERT INTO reports (article_id, extractor_version, data_fingerprint, reports, count, error)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET"
            " extractor_version = excluded.extractor_version, data_fingerprint = excluded.data_fingerprint,"
            " reports = excluded.reports, count = excluded.count, error = excluded.error",
            (aid, version, fingerprint, reports_json, count, error),
        )

    def article(self, aid: str) -> Article:
        """The stored article with this id, as an Article."""
        from .models import Article

        row = self.conn.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?", (aid,)).fetchone()
        if row is None:
            raise KeyError(aid)
        return Article(**dict(zip(ARTICLE_COLUMNS, row)))

    def articles(self) -> list[dict]:
        """Every stored article's metadata (no text), oldest publication first; `incidents` = reports found."""
        cur = self.conn.execute(
            "SELECT a.id, a.file, a.outlet, a.published, a.title, a.url, a.language, a.added_at, r.count, r.error"
            " FROM articles a LEFT JOIN reports r ON r.article_id = a.id"
            " ORDER BY a.published IS NULL, a.published, a.file"
        )
        keys = ("id", "file", "outlet", "published", "title", "url", "language", "added_at", "incidents", "error")
        return [dict(zip(keys, row)) for row in cur]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def find(self, key: str) -> list[str]:
        """Ids of the articles whose id starts with `key` or whose file name is `key`."""
        like = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' OR file = ? ORDER BY id", (like, key)
        ).fetchall()
        return [r[0] for r in rows]

    def remove(self, aid: str) -> bool:
        """Remove one article (by full id) and its reports; False if there is none."""
        with self._write():
            self.conn.execute("DELETE FROM reports WHERE article_id = ?", (aid,))
            return self.conn.execute("DELETE FROM articles WHERE id = ?", (aid,)).rowcount > 0

    # -- reading incidents

    def cached_json(self) -> str | None:
        """The merged incidents as JSON text when they are fresh, else None. One query; no extraction."""
        row = self.conn.execute(
            "SELECT c.incidents, c.generation, c.extractor_version, c.data_fingerprint,"
            " (SELECT value FROM meta WHERE key = 'generation'), (SELECT value FROM meta WHERE key = 'signature'),"
            " (SELECT value FROM meta WHERE key = 'merged_format')"
            " FROM merged c WHERE c.id = 1"
        ).fetchone()
        if row is None or int(row[1]) != int(row[4]) or row[6] != MERGED_FORMAT:
            return None
        versions = _versions_cheaply(row[5])
        if versions is None:  # the files changed: ask the extractor itself, and remember its answer
            versions = current_versions()
            self._remember_signature(*versions)
        if versions != (row[2], row[3]):
            return None
        return row[0]

    def _remember_signature(self, version: str, fingerprint: str) -> None:
        try:
            with self._write():
                self._set_meta("signature", json.dumps([_signature(), version, fingerprint]))
        except sqlite3.OperationalError:  # pragma: no cover - a read-only store still reads
            pass

    def incidents_json(self, progress: Progress | None = None) -> list[dict]:
        """The merged incidents (JSON form), re-extracting and re-merging only what changed."""
        return json.loads(self.incidents_text(progress))

    def incidents_text(self, progress: Progress | None = None) -> str:
        """The merged incidents as JSON text, exactly as `jsontext.dumps(incidents)` writes it."""
        cached = self.cached_json()
        if cached is not None:
            return cached
        return self._refresh_text(progress)

    def stale(self, version: str, fingerprint: str) -> list[str]:
        """Ids of the articles without reports made by this extractor version and data."""
        rows = self.conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN reports r ON r.article_id = a.id"
            " WHERE r.article_id IS NULL OR r.extractor_version != ? OR r.data_fingerprint != ? ORDER BY a.id",
            (version, fingerprint),
        ).fetchall()
        return [r[0] for r in rows]

    def refresh(self, progress: Progress | None = None) -> list[dict]:
        """Re-extract stale articles, merge every report, and cache the result; returns the incidents."""
        return json.loads(self._refresh_text(progress))

    def _refresh_text(self, progress: Progress | None) -> str:
        version, fingerprint = self._versions = current_versions()
        self._remember_signature(version, fingerprint)
        for _attempt in range(5):
            self._reextract(self.stale(version, fingerprint), version, fingerprint, progress)
            self.conn.execute("BEGIN")  # one snapshot: the generation and the reports it counts
            try:
                generation = int(self._meta("generation"))
                rows = self.conn.execute(
                    "SELECT a.id, r.reports, r.extractor_version = ? AND r.data_fingerprint = ?"
                    " FROM articles a LEFT JOIN reports r ON r.article_id = a.id",
                    (version, fingerprint),
                ).fetchall()
            finally:
                self.conn.execute("COMMIT")
            if all(r[2] for r in rows):
                break
        text, count = _merge_to_json([r[1] for r in rows if r[1] is not None])
        with self._write():
            self.conn.execute(
                "INSERT INTO merged (id, generation, extractor_version, data_fingerprint, incidents, count, made_at)"
                " VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET generation = excluded.generation,"
                " extractor_version = excluded.extractor_version, data_fingerprint = excluded.data_fingerprint,"
                " incidents = excluded.incidents, count = excluded.count, made_at = excluded.made_at"
                " WHERE excluded.generation >= merged.generation",
                (generation, version, fingerprint, text, count, _now()),
            )
            self._set_meta("merged_format", MERGED_FORMAT)
        return text

    def _reextract(self, ids: list[str], version: str, fingerprint: str, progress: Progress | None) -> None:
        for done, aid in enumerate(ids):
            if progress is not None:
                progress(done, len(ids))
            try:
                article = self.article(aid)
            except KeyError:  # removed meanwhile
                continue
            reports_json, count, error = _extract(article, None)
            with self._write():
                still = self.conn.execute(
                    "SELECT 1 FROM articles a LEFT JOIN reports r ON r.article_id = a.id WHERE a.id = ?"
                    " AND (r.article_id IS NULL OR r.extractor_version != ? OR r.data_fingerprint != ?)",
                    (aid, version, fingerprint),
                ).fetchone()
                if still:
                    self._put_reports(aid, version, fingerprint, reports_json, count, error)
        if progress is not None and ids:
            progress(len(ids), len(ids))


class _Transaction:
    """`BEGIN IMMEDIATE` ... `COMMIT`, or `ROLLBACK` on an exception."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def unique_file_name(name: str, aid: str, taken: Callable[[str], bool]) -> str:
    """`name`, or `name` with the article id's first digits before its suffix when another article has it."""
    name = name or "article"
    if not taken(name):
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or "/" in suffix or ":" in suffix:
        stem, suffix = name, ""
    return f"{stem}-{aid[:8]}" + (f".{suffix}" if suffix else "")


def _extract(article: Article, extract: Callable[[Article], list[Incident]] | None) -> tuple[str, int, str | None]:
    """(reports as JSON, how many, error or None): an extractor crash is recorded, not raised."""
    if hasattr(extract, "reports_json"):  # made by a worker (parallel.Precomputed)
        if extract.matches(article):
            return extract.reports_json, extract.count, extract.error
        extract = None
    if extract is None:
        from .incidents import extract_article as extract
    try:
        reports = extract(article)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
        return "[]", 0, f"extractor failed: {type(exc).__name__}: {exc}"
    return "[" + ",".join(r.model_dump_json() for r in reports) + "]", len(reports), None


def _merge_to_json(report_lists: Iterable[str]) -> tuple[str, int]:
    """Merge the stored report lists into incidents: (JSON text as `list --json` prints it, how many incidents).

    Memory stays near the size of the stored JSON, not of every report as a model:
    a first pass keeps only each report's services and dates, to find the blocks
    of reports that can belong together (`blocks`); then each block is read again,
    merged and written out as text, and its models are dropped. Ids are assigned
    over all incidents at the end, as `merge.merge` does.

    Pydantic's serializer with indent 2 writes the same text as
    `json.dumps(..., ensure_ascii=False, indent=2)`, several times faster;
    `jsontext.escape` then makes it safe to print, as `jsontext.dumps` does.
    """
    from pydantic import TypeAdapter

    from . import merge as merge_mod
    from .jsontext import escape
    from .models import Incident

    adapter = TypeAdapter(list[Incident])
    rows = list(report_lists)
    where: list[tuple[int, int]] = []  # (row, position in the row) of each report
    services: list[tuple[str, ...]] = []
    spans: list = []
    for r, text in enumerate(rows):
        for k, report in enumerate(adapter.validate_json(text)):
            where.append((r, k))
            services.append(tuple(report.services))
            spans.append(merge_mod._interval(report))
    one = TypeAdapter(Incident)

    def merge_block(block: list[int]) -> tuple[list[tuple[tuple, tuple, str]], list[Incident]]:
        parsed: dict[int, list[Incident]] = {}
        reports = []
        for i in block:
            r, k = where[i]
            if r not in parsed:
                parsed[r] = adapter.validate_json(rows[r])
            reports.append(parsed[r][k])
        incidents = merge_mod.merge(reports)
        kept = []
        for x in incidents:
            x.id = ""
            text = one.dump_json(x, indent=2).decode("utf-8")
            kept.append(((x.start is None, (x.start or "")[:10]), merge_mod.id_key(x), text))
        return kept, incidents

    # (sort key, id key, JSON text of one incident)
    pieces: list[tuple[tuple, tuple, str]] = [p for kept in merged_blocks(services, spans, merge_block) for p in kept]
    ids = merge_mod.ids_for([key for _, key, _ in pieces])
    order = sorted(range(len(pieces)), key=lambda n: (pieces[n][0], ids[n]))
    body = ",\n".join(
        "  " + pieces[n][2].replace('"id": ""', '"id": ' + json.dumps(ids[n]), 1).replace("\n", "\n  ")
        for n in order
    )
    return escape("[\n" + body + "\n]" if pieces else "[]"), len(pieces)


def blocks(services: list[tuple[str, ...]], spans: list, links: Iterable[tuple[int, int]] = ()) -> list[list[int]]:
    """Groups of reports (by index) that can only be merged within the group: two reports
    can be one incident only when they share a service and their dates meet, so the
    connected components of that relation (a sweep per service) split the work.
    `links`: pairs of indexes in one group whatever their services and dates."""
    from datetime import timedelta

    from .merge import SLACK_DAYS

    slack = timedelta(days=SLACK_DAYS)
    parent = list(range(len(services)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in links:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    by_service: dict[str, list[int]] = {}
    for i, names in enumerate(services):
        if spans[i] is not None:
            for name in set(names):
                by_service.setdefault(name, []).append(i)
    for members in by_service.values():
        members.sort(key=lambda i: spans[i][0])
        reach, head = None, None
        for i in members:
            first, last = spans[i]
            if reach is not None and first <= reach + slack:
                a, b = find(head), find(i)
                if a != b:
                    parent[max(a, b)] = min(a, b)
                reach = max(reach, last)
            else:
                head, reach = i, last
    groups: dict[int, list[int]] = {}
    for i in range(len(services)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def merged_blocks(services: list[tuple[str, ...]], spans: list, merge_block: Callable[[list[int]], tuple[T, list[Incident]]]) -> list[T]:
    """`merge_block` run on each of the `blocks` of reports, the blocks closed under merging:
    an incident merged from a block may reach dates none of its reports does (its start from
    one report, its length from another) and so meet a report of another block, which the
    merge of all the reports at once would then join; such blocks are merged again as one.
    `merge_block(block)` gives what to keep of it and the incidents it merged to."""
    from . import merge as merge_mod

    n = len(services)
    services, spans = list(services), list(spans)
    links: list[tuple[int, int]] = []
    done: dict[tuple[int, ...], T] = {}
    while True:
        groups = [tuple(i for i in g if i < n) for g in blocks(services, spans, links)]
        fresh = [g for g in groups if g and g not in done]
        if not fresh:
            return [done[g] for g in groups if g]
        for g in fresh:
            kept, incidents = merge_block(list(g))
            done[g] = kept
            for x in incidents:  # each merged incident stands beside its reports in the next sweep
                services.append(tuple(x.services))
                spans.append(merge_mod._interval(x))
                links.append((g[0], len(services) - 1))


def merge_reports(reports: list[Incident]) -> list[Incident]:
    """`merge.merge`, run on `blocks` of reports that cannot belong together, so that it
    scales; ids are then assigned over all incidents, as `merge.merge` does."""
    from . import merge as merge_mod

    if len(reports) < BLOCK_FROM:
        return merge_mod.merge(reports)
    def merge_block(block: list[int]) -> tuple[list[Incident], list[Incident]]:
        incidents = merge_mod.merge([reports[i] for i in block])
        return incidents, incidents

    spans = [merge_mod._interval(r) for r in reports]
    incidents = [x for kept in merged_blocks([tuple(r.services) for r in reports], spans, merge_block) for x in kept]
    merge_mod._assign_ids(incidents)
    incidents.sort(key=lambda x: (x.start is None, (x.start or "")[:10], x.id))
    return incidents


# -- module-level conveniences -------------------------------------------------


def open_store(db: str | os.PathLike | None = None, *, seed: bool = True) -> Store:
    """Open (creating, migrating and seeding as needed) the store at `db`, $OUTAGES_DB, or the default path."""
    return Store(db, seed=seed)


def incidents_json(db: str | os.PathLike | None = None, progress: Progress | None = None) -> list[dict]:
    """The merged incidents of the store (JSON form), as the commands use them."""
    with open_store(db) as store:
        return store.incidents_json(progress)


def incidents_text(db: str | os.PathLike | None = None, progress: Progress | None = None) -> str:
    """The merged incidents as the JSON text `outages list --json` prints (without its final newline).

    An unchanged store gives it with one query and no parsing: the fast path
    for an unfiltered `list --json` over a large store.
    """
    with open_store(db) as store:
        return store.incidents_text(progress)
