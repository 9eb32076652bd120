"""Reading articles from files: text, YAML front matter, and `sources.toml` beside them.

Raises `ArticleError` (one line, names the file) for anything that cannot be
read; callers that read many files report it and go on with the others.
"""

from __future__ import annotations

import re

import sys
from datetime import date, datetime
from pathlib import Path

from .models import Article
from .text import normalize_unicode

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MAX_BYTES = 64 * 1024 * 1024
"""The largest input file read at all (a JSON Lines batch or a saved web page)."""
MAX_ARTICLE_BYTES = 8 * 1024 * 1024
"""The largest file that is one article (.txt, .md, stdin): checked before reading, so a huge file costs nothing."""
MAX_ARTICLE_CHARS = 2_000_000
"""The longest article text, in characters (about 300 pages; a long news story is under 50,000)."""
_FRONT_KEYS = {"url", "title", "published", "language", "outlet", "source"}


class ArticleError(Exception):
    """An article file that cannot be used; the message is one line and names the file."""


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    from .query import parse_user_date  # validates ISO-like forms

    try:
        parse_user_date(text)
    except ValueError:
        try:
            datetime.fromisoformat(text)
        except ValueError:
            return None
    return text


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"


def too_large(where: str, size: int, limit: int) -> ArticleError:
    return ArticleError(f"{where}: too large for an article ({_mb(size)}; the limit is {_mb(limit)})")


def check_text(text: str, where: str) -> None:
    """Refuse article text that has no words (empty, only punctuation, symbols or emoji) or is too long."""
    if not text.strip():
        raise ArticleError(f"{where}: no article text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(f"{where}: too long for an article ({len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,})")
    if not any(ch.isalnum() for ch in text):
        raise ArticleError(f"{where}: no words in the text (only punctuation, symbols or emoji)")


def _western(data: bytes) -> str | None:
    """`data` as Windows-1252 (a superset of Latin-1's printable characters) when it reads as Western text.

    Plausible when it decodes and accented letters are a minority of the letters
    (in Greek or Cyrillic single-byte text nearly every letter would be one).
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = sum(1 for ch in text if ord(ch) > 127)
    letters = sum(1 for ch in text if ch.isalpha())
    return text if letters and high <= 0.3 * letters else None


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (BOM or detected), Windows-1252/Latin-1, else a detected charset."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    sample = data[:4096]
    if b"\x00" in sample:
        # UTF-16 without BOM: every other byte is NUL in mostly-ASCII text.
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        if odd > len(sample) // 4 and even == 0:
            return data.decode("utf-16-le", errors="replace")
        if even > len(sample) // 4 and odd == 0:
            return data.decode("utf-16-be", errors="replace")
        raise ArticleError(f"{name}: binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Short texts fool charset detection ("naïve" read as Baltic); Western text is by far the likeliest here.
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError(f"{name}: cannot tell the text encoding")
    return str(best)


_PLAIN_LINE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]+([^\s\[\]{}&*!|>'\"%@`#,][^\n]*?)[ \t]*$")


def _plain_front_matter(block: str) -> dict | None:
    """A front-matter block whose every line is `key: plain text` (the text may hold colons),
    as a mapping of strings; None when a line is anything else."""
    meta: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip():
            continue
        m = _PLAIN_LINE.match(line)
        if m is None or m.group(1) in meta:
            return None
        meta[m.group(1)] = m.group(2)
    return meta or None


def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    """A leading `---` YAML block and the text after it (the article body)."""
    if not text.startswith("---"):
        return {}, text
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].strip() != "---":
        return {}, text
    close = text.find("\n---", first_nl)
    if close < 0:
        raise ArticleError(f"{name}: front matter opened with '---' is never closed")
    block = text[first_nl + 1 : close]
    after = text.find("\n", close + 1)
    body = "" if after < 0 else text[after + 1 :]
    import yaml

    try:
        meta = yaml.load(block, Loader=_front_loader()) or {}
    except yaml.YAMLError as exc:
        # 'title: Singpass down: GovTech' (a colon in a value left unquoted, as people write
        # it by hand): lines that are each a plain key and a plain value are read as such
        plain = _plain_front_matter(block)
        if plain is not None:
            return plain, body
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise ArticleError(f"{name}: front matter is not valid YAML{where}") from None
    except (ValueError, TypeError, OverflowError) as exc:  # a tagged value that cannot be built ("!!int x")
        raise ArticleError(f"{name}: front matter is not valid YAML ({exc})") from None
    except RecursionError:
        raise ArticleError(f"{name}: front matter is not valid YAML (nested too deeply)") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{name}: front matter is not a mapping of keys to values")
    for key in _FRONT_KEYS & set(meta):
        if isinstance(meta[key], (dict, list, set, tuple)):
            raise ArticleError(f"{name}: front matter '{key}' is not a single value")
    return meta, body


_LOADER = None


def _front_loader():
    """PyYAML's safe loader, except that a timestamp that is no real date ("2022-13-45") stays a string.

    The safe loader raises a bare ValueError for those; as a string the
    'published' check names the key and the value.
    """
    global _LOADER
    if _LOADER is None:
        import yaml

        class FrontMatterLoader(yaml.SafeLoader):
            def construct_yaml_timestamp(self, node):
                try:
                    return super().construct_yaml_timestamp(node)
                except (ValueError, OverflowError):
                    return self.construct_scalar(node)

        FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", FrontMatterLoader.construct_yaml_timestamp)
        _LOADER = FrontMatterLoader
    return _LOADER


def load_sources(folder: Path) -> dict[str, dict]:
    """`sources.toml` in a folder: file name -> metadata (empty if there is none)."""
    path = folder / "sources.toml"
    if not path.is_file():
        return {}
    try:
        with open(path, "rb") as fh:
            raw = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ArticleError(f"{path}: not valid TOML ({exc})") from None
    return {entry["file"]: entry for entry in raw.get("article", []) if isinstance(entry, dict) and "file" in entry}


def article_from_text(raw: str, name: str, meta: dict | None = None) -> Article:
    """An Article from text that may start with front matter; `meta` fills what it lacks."""
    raw = normalize_unicode(raw.lstrip("\ufeff"))
    front, body = split_front_matter(raw, name)
    merged = dict(meta or {})
    origin = "sources_toml" if merged.get("published") else None
    for key, value in front.items():
        if key in _FRONT_KEYS and value not in (None, ""):
            merged[key] = value
            if key == "published":
                origin = "front_matter"
    published = _iso(merged.get("published"))
    if merged.get("published") is not None and published is None:
        raise ArticleError(f"{name}: 'published' is not a date: {str(merged.get('published'))[:40]!r}")
    return Article(
        file=name,
        url=_str(merged.get("url")),
        outlet=_str(merged.get("outlet") or merged.get("source")),
        title=_str(merged.get("title")),
        published=published,
        published_from=origin if published else "none",
        language=_str(merged.get("language")),
        text=body,
    )


def _str(value) -> str | None:
    return None if value is None else str(value)


def read_article(path: Path, sources: dict[str, dict] | None = None) -> Article:
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from None
    if path.is_dir():
        raise ArticleError(f"{path}: is a folder, not a file")
    if size > MAX_ARTICLE_BYTES:
        raise too_large(str(path), size, MAX_ARTICLE_BYTES)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from None
    if not data:
        raise ArticleError(f"{path}: empty file")
    text = decode(data, str(path))
    if sources is None:
        sources = load_sources(path.parent)
    try:
        article = article_from_text(text, name, sources.get(name))
    except ArticleError as exc:
        raise ArticleError(str(exc).replace(f"{name}:", f"{path}:", 1)) from None
    check_text(article.text, str(path))
    return article


def bundled_articles() -> list[Article]:
    """The articles shipped in `seeds/`, with the metadata of `seeds/sources.toml`."""
    from .resources import seeds_dir

    folder = seeds_dir()
    sources = load_sources(folder)
    return [read_article(p, sources) for p in sorted(folder.glob("*.txt"))]
