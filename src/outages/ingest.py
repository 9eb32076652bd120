"""Ingesting a user's articles: finding them (files, folders, globs, stdin) and reading each kind.

Kinds, by suffix: `.txt` / `.md` (optional YAML front matter; a `sources.toml`
beside them gives metadata too), `.html` (main text and publication date found
by trafilatura and htmldate, the optional extra `outages[html]`), and `.jsonl`
(one JSON object a line: `text`, optional `url`, `title`, `published`,
`language`, `outlet`). Bytes become text with `articles.decode` (UTF-8 with or
without BOM, UTF-16, detected legacy charsets).

Nothing here prints: `ingest` reports each problem through `on_error` (one
line that names the file) and goes on with the rest; `Tally` says what happened.
"""

from __future__ import annotations

import glob
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .articles import (
    MAX_ARTICLE_BYTES,
    MAX_BYTES,
    ArticleError,
    article_from_text,
    check_text,
    decode,
    load_sources,
    too_large,
)

if TYPE_CHECKING:  # pragma: no cover
    from .models import Article
    from .store import Store

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"
_GLOB_CHARS = set("*?[")
_JSONL_KEYS = ("url", "title", "published", "language", "outlet")
HTML_EXTRA_HINT = "reading .html needs the optional extra: pip install 'outages[html]'"


@dataclass
class Tally:
    """What an ingest did, and where its time went."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    files: int = 0
    read_seconds: float = 0.0
    extract_seconds: float = 0.0
    store_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.added + self.updated + self.unchanged


def expand(args: list[str]) -> tuple[list[Path | str], list[str]]:
    """The inputs named by `args`: files, every article file under a folder, glob matches, or STDIN.

    Returns (inputs, problems); a folder contributes only files with a known
    suffix, hidden files and folders are skipped, and each file comes once.
    """
    inputs: list[Path | str] = []
    problems: list[str] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            inputs.append(path)

    for arg in args:
        if arg == STDIN:
            if STDIN not in inputs:
                inputs.append(STDIN)
            continue
        path = Path(arg).expanduser()
        if path.is_dir():
            found = _walk(path)
            if not found:
                problems.append(f"{path}: no article files in this folder ({', '.join(sorted(KNOWN_SUFFIXES))})")
            for p in found:
                add(p)
        elif path.exists() or path.is_symlink():
            add(path)
        elif _GLOB_CHARS & set(arg):
            matches = sorted(glob.glob(os.path.expanduser(arg), recursive=True))
            files = []
            for m in map(Path, matches):
                files.extend(_walk(m) if m.is_dir() else [m])
            if not files:
                problems.append(f"{arg}: no file matches")
            for p in files:
                add(p)
        else:
            problems.append(f"{path}: no such file or folder")
    return inputs, problems


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in KNOWN_SUFFIXES:
                found.append(Path(root) / name)
    return found


def read_input(item: Path | str, sources_cache: dict[Path, dict] | None = None) -> Iterator[Article | ArticleError]:
    """The articles in one input (a JSON Lines file gives many); problems are yielded, not raised."""
    if item == STDIN:
        try:
            data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
            yield _from_text_bytes(data, "stdin.txt", None)
        except ArticleError as exc:
            yield exc
        return
    path = Path(item)
    try:
        suffix = path.suffix.lower()
        data = _read_bytes(path, MAX_BYTES if suffix in JSONL_SUFFIXES | HTML_SUFFIXES else MAX_ARTICLE_BYTES)
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl(data, path)
        elif suffix in HTML_SUFFIXES:
            yield html_article(data, path.name, str(path))
        else:
            try:
                sources = _sources(path.parent, sources_cache)
            except ArticleError as exc:  # reported once; the folder's articles are read without it
                yield exc
                sources = {}
            yield _from_text_bytes(data, path.name, sources.get(path.name), str(path))
    except ArticleError as exc:
        yield exc


def _sources(folder: Path, cache: dict[Path, dict] | None) -> dict:
    if cache is None:
        return load_sources(folder)
    if folder not in cache:
        try:
            cache[folder] = load_sources(folder)
        except ArticleError:
            cache[folder] = {}
            raise
    return cache[folder]


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes; its size is checked first, so a huge file is refused without being read."""
    try:
        if path.is_dir():
            raise ArticleError(f"{path}: is a folder, not a file")
        size = path.stat().st_size
        if size > limit:
            raise too_large(str(path), size, limit)
        data = path.read_bytes()
        if not data:
            raise ArticleError(f"{path}: empty file")
        return data
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _from_text_bytes(data: bytes, name: str, meta: dict | None, where: str | None = None) -> Article:
    where = where or name
    if len(data) > MAX_ARTICLE_BYTES:  # standard input: read up to one byte past the limit
        raise ArticleError(f"{where}: too large for an article (more than the limit of {MAX_ARTICLE_BYTES // (1024 * 1024)} MB)")
    if not data:
        raise ArticleError(f"{where}: empty file")
    text = decode(data, where)
    try:
        article = article_from_text(text, name, meta)
    except ArticleError as exc:
        raise ArticleError(str(exc).replace(f"{name}:", f"{where}:", 1)) from None
    check_text(article.text, where)
    return article


def _jsonl(data: bytes, path: Path) -> Iterator[Article | ArticleError]:
    text = decode(data, str(path))
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise ArticleError(f"{where}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise ArticleError(f"{where}: not a JSON object")
            body = obj.get("text")
            if not isinstance(body, str) or not body.strip():
                raise ArticleError(f"{where}: no 'text'")
            meta = {k: obj[k] for k in _JSONL_KEYS if obj.get(k) not in (None, "")}
            article = article_from_text(body, f"{path.name}:{number}", meta)
            check_text(article.text, where)
            if article.published:
                article = article.model_copy(update={"published_from": "front_matter"})
            yield article
        except ArticleError as exc:
            yield ArticleError(str(exc).replace(f"{path.name}:{number}:", f"{where}:", 1))


def html_article(data: bytes, name: str, where: str | None = None) -> Article:
    """An Article from a saved web page: main text by trafilatura, publication date by htmldate."""
    where = where or name
    try:
        import htmldate
        import trafilatura
    except ImportError:
        raise ArticleError(f"{where}: {HTML_EXTRA_HINT}") from None
    html = decode(data, where)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True)
    except Exception as exc:  # noqa: BLE001 - a library failure on one page is that page's problem
        raise ArticleError(f"{where}: cannot extract the text of this page ({type(exc).__name__})") from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise ArticleError(f"{where}: no article text found in this page")
    title = (getattr(doc, "title", None) or "").strip() or None
    if title and not body.startswith(title):
        body = f"{title}\n{body}"
    try:
        published = htmldate.find_date(html, original_date=True) or getattr(doc, "date", None)
    except Exception:  # noqa: BLE001 - a page without a usable date is still an article
        published = getattr(doc, "date", None)
    meta = {
        "url": getattr(doc, "url", None),
        "title": title,
        "published": published,
        "outlet": getattr(doc, "sitename", None),
        "language": getattr(doc, "language", None),
    }
    article = article_from_text(body, name, {k: v for k, v in meta.items() if v})
    check_text(article.text, where)
    if article.published:
        article = article.model_copy(update={"published_from": "front_matter"})
    return article


def ingest(
    store: Store,
    inputs: list[Path | str],
    on_error: Callable[[str], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Tally:
    """Read and store every input, one transaction an article; problems go to `on_error` and are counted."""
    tally = Tally(files=len(inputs))
    sources_cache: dict[Path, dict] = {}

    def fail(message: str) -> None:
        tally.failed += 1
        tally.errors.append(message)
        if on_error is not None:
            on_error(message)

    def read_all() -> Iterator[tuple[int, Path | str, object]]:
        for done, item in enumerate(inputs):
            if progress is not None:
                progress(done, len(inputs))
            t0 = time.perf_counter()
            for got in read_input(item, sources_cache):
                tally.read_seconds += time.perf_counter() - t0
                yield done, item, got
                t0 = time.perf_counter()

    from .parallel import extracted  # large ingests extract on every core

    for (done, item, got), made in extracted(read_all(), len(inputs), key=lambda entry: entry[2]):
        if isinstance(got, ArticleError):
            fail(str(got))
        else:
            stored = store.add(got, made)
            tally.extract_seconds += stored.extract_seconds
            tally.store_seconds += stored.store_seconds
            if stored.error:  # stored, and extracted again by the next extractor version
                fail(f"{item if item != STDIN else 'stdin'}: {stored.error}")
            else:
                setattr(tally, stored.status, getattr(tally, stored.status) + 1)
    if progress is not None:
        progress(len(inputs), len(inputs))
    return tally
