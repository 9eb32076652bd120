"""Plain-text handling: cleaning for display, sentences, and page furniture.

Offsets are always offsets into the article text as stored, so evidence quotes
can be checked with `text[start:end] == quote`. Nothing here rewrites the
article text; furniture is marked, not cut out.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# C0 controls except tab/newline, DEL, C1 controls, and bidi/invisible format characters.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -/]*[0-~])")


def clean_for_display(text: str) -> str:
    """Text that is safe to print: escape sequences and control characters removed.

    Newlines are kept; carriage returns and tabs become spaces. Rich markup is not
    touched here: renderers wrap article text in `rich.text.Text`, which is never
    parsed as markup.
    """
    text = _ANSI.sub("", text)
    text = text.replace("\r", " ").replace("\t", " ")
    return _CONTROL.sub("", text)


def one_line(text: str, limit: int | None = None) -> str:
    text = " ".join(clean_for_display(text).split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


# Named tuples, not frozen dataclasses: an article makes dozens of each, and a frozen
# dataclass costs several times as much to build.
class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int
    text: str
    furniture: bool = False
    title: bool = False


class Line(NamedTuple):
    start: int
    end: int
    index: int
    text: str
    furniture: bool
    title: bool


@lru_cache(maxsize=1)
def _furniture_data() -> dict:
    from .lexicon import _load_toml

    raw = _load_toml("furniture.toml")
    prefixes = tuple(p.lower() for p in raw["line_prefixes"])
    headers = frozenset(h.lower().rstrip(":") for h in raw["block_headers"])
    return {
        "prefixes": prefixes,
        "prefix_re": re.compile("|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))),
        "contains": tuple(p.lower() for p in raw["line_contains"]),
        # (ASCII, a phrase in a line in lower case is in the whole text in lower case: lower
        # case maps no letter by its neighbours but the Greek final sigma, no ASCII letter)
        "contains_ascii": all(p.isascii() for p in raw["line_contains"]),
        "headers": headers,
        "headers_colon": tuple(h + ":" for h in headers),  # "baca juga: ..." starts with one
        "separators": frozenset(raw["separators"]),
        "bylines": tuple(p.lower() for p in raw.get("byline_prefixes", [])),
    }


_TWEET_ATTRIBUTION = re.compile(r"[—–-]\s*[^\n()]{0,60}\(@\w{1,30}\)")
_AUTHOR_INITIALS = re.compile(r"^\(\s*[\w.]{1,8}(?:\s*/\s*[\w.]{1,8}){0,4}\s*\)$")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
HEADLINE_WORDS = 25  # a headline is at most this long
KICKER_WORDS = 3  # a section label above the headline is this short
_KICKER_MARKS = "|/›»"  # ... and may part its sections with these
_TITLE_STOP = re.compile(r"[.…][\"”’')\]]*$")
_FIRST_SENTENCE_END = re.compile(r"[.!?]\s")


def _is_furniture_line(stripped: str, data: dict, low: str | None = None, words: int | None = None, contains: tuple[str, ...] | None = None) -> bool:
    """`low` and `words`, when given: stripped.lower() and len(stripped.split()); `contains`:
    the phrases of data["contains"] that may be in the line (those the whole text holds)."""
    if low is None:
        low = stripped.lower()
    if words is None:
        words = len(stripped.split())
    m = data["prefix_re"].match(low)
    if m is not None:
        prefix = m.group()
        if words <= 14 or prefix.endswith(":") or " " in prefix:
            return True
    if words <= 40 and any(map(low.__contains__, data["contains"] if contains is None else contains)):
        return True
    if words <= 8 and low.startswith(data["bylines"]) and not _SENTENCE_END.search(stripped):
        return True
    if _AUTHOR_INITIALS.match(stripped):
        return True
    if words <= 25 and "(@" in stripped and _TWEET_ATTRIBUTION.search(stripped):
        return True
    return False


_LINES_CACHE: list = [None, None]


def lines(text: str) -> list[Line]:
    """The article's lines with furniture marked (cached for the last text)."""
    if _LINES_CACHE[0] is text:
        return _LINES_CACHE[1]
    result = _lines(text)
    _LINES_CACHE[0], _LINES_CACHE[1] = text, result
    return result


def _lines(text: str) -> list[Line]:
    """The article's lines with furniture marked.

    Furniture: lines matching `data/furniture.toml`; the short headline lines after
    a "Baca juga" / "Related" header; the body line of an embedded post whose next
    line is its "— Name (@handle) date" attribution; FAQ blocks (question lines
    after a separator, or three or more question lines).
    """
    data = _furniture_data()
    # the furniture phrases a line may hold: those the whole text holds (most texts hold none)
    low_text = text.lower()
    contains = tuple(c for c in data["contains"] if c in low_text) if data["contains_ascii"] else None
    raw: list[tuple[int, int, str]] = []
    pos = 0
    for piece in text.split("\n"):
        raw.append((pos, pos + len(piece), piece))
        pos += len(piece) + 1
    flags = [False] * len(raw)
    in_block = False
    after_separator = False
    first_content = None
    question_lines = []
    block_lines = 0  # headlines seen since the block's header
    for i, (_, _, piece) in enumerate(raw):
        stripped = piece.strip()
        if not stripped:
            # a blank line ends a block, but not right after its header ("Related", blank, headlines)
            in_block = in_block and block_lines == 0
            continue
        if first_content is None:
            first_content = i
        lowered = stripped.lower()
        low = lowered.rstrip(":").strip()
        if stripped in data["separators"]:
            flags[i] = True
            after_separator = True
            in_block = False
            continue
        if low in data["headers"] or low.startswith(data["headers_colon"]):
            flags[i] = True
            in_block = True
            block_lines = 0
            continue
        words = len(stripped.split())
        if in_block and words <= 16 and not _SENTENCE_END.search(stripped):
            flags[i] = True
            block_lines += 1
            continue
        in_block = False
        # the first sentence ends at the first [.!?] before a space
        first_end = _FIRST_SENTENCE_END.search(stripped)
        first_sentence = stripped if first_end is None else stripped[: first_end.start() + 1]
        if first_sentence.endswith("?"):
            question_lines.append(i)
            if after_separator:
                flags[i] = True
                continue
        if _is_furniture_line(stripped, data, lowered, words, contains):
            flags[i] = True
            if _TWEET_ATTRIBUTION.search(stripped):
                for j in range(i - 1, max(-1, i - 3), -1):
                    if raw[j][2].strip():
                        flags[j] = True
                        break
    # (the headline is no FAQ question: "Pinterest Error Rabu Malam, ... Kosong? Tenang, ...!")
    question_lines = [i for i in question_lines if i != first_content or len(raw[i][2].split()) > HEADLINE_WORDS]
    if len(question_lines) >= 3:
        for i in question_lines:
            flags[i] = True
    title_index = None
    if first_content is not None:
        first = raw[first_content][2].strip()
        # a headline ends without a full stop ("..., Jangan Panik!" and "...?" are headlines too)
        if len(first.split()) <= HEADLINE_WORDS and not _TITLE_STOP.search(first) and not flags[first_content]:
            title_index = first_content
            # a section's kicker above the headline ("COMPANY TOWN", "Tech", "News | Elections"):
            # one word, or a few in capitals or parted by a bar, then a line that reads as a
            # headline itself
            nxt = next((j for j in range(first_content + 1, len(raw)) if raw[j][2].strip()), None)
            kicker = len(first.split()) == 1 or first.isupper() or any(c in first for c in _KICKER_MARKS)
            if nxt is not None and kicker and len(first.split()) <= KICKER_WORDS and not flags[nxt]:
                head = raw[nxt][2].strip()
                if KICKER_WORDS < len(head.split()) <= HEADLINE_WORDS and not _TITLE_STOP.search(head):
                    flags[first_content] = True
                    title_index = nxt
    new = tuple.__new__  # Line(...) without the Python-level __new__
    return [
        new(Line, (start, end, i, piece, flags[i], i == title_index))
        for i, (start, end, piece) in enumerate(raw)
    ]


# Abbreviations after which a period does not end a sentence.
@lru_cache(maxsize=1)
def _segmentation() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(abbreviation before a period, a.m./p.m. before a period, what belongs to the time
    right after it: a time zone, or a weekday's name, CLDR's, in any supported language)."""
    from .lexicon import _load_toml, load

    raw = _load_toml("segmentation.toml")
    words = "|".join(re.escape(w) for w in sorted(raw["abbreviations"], key=len, reverse=True))
    times = "|".join(re.escape(w) for w in raw["times"])
    zones = "|".join(re.escape(z) for z in sorted(_load_toml("timezones.toml"), key=len, reverse=True))
    weekdays = "|".join(re.escape(w) for w in sorted({w for lang in load().languages.values() for w in lang.weekdays}, key=len, reverse=True))
    return (
        re.compile(r"(?:\b(?:[A-Z]\.){1,3}|\b(?:" + words + r")\.)$"),
        re.compile(r"\b(?:" + times + r")\.$"),
        # "3:20 p.m. ET"; "from around 11 p.m. Saturday until 6:30 a.m. Sunday." (a weekday
        # then a lower-case word or the sentence's end; a sentence may open with a weekday and
        # a verb after a time, rarely: "... at 9 p.m. Monday was quieter" stays one)
        re.compile(r"\s*(?:\(?\s*)(?:" + zones + r")\b|\s+(?:" + weekdays + r")\b(?=,?\s+[a-z0-9]|[.!?,;])"),
    )
# "[.!?…][.!?…]*" is "[.!?…]+" starting with a character class: the engine skips ahead to
# the next mark instead of trying the pattern at every character
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-Ý])")


def sentences(text: str) -> list[Sentence]:
    """Sentences with offsets, paragraph index, and furniture / title flags."""
    out: list[Sentence] = []
    abbrev, clock, zone = _segmentation()
    for line in lines(text):
        piece = line.text
        if not piece.strip():
            continue
        begin = 0
        for m in _BOUNDARY.finditer(piece):
            # only the word before the period matters: look at the last few characters,
            # so a run of abbreviations ("Jan. Feb. Sept. ...") stays linear
            head = piece[max(begin, m.start() - 12) : m.start() + 1]
            if abbrev.search(head):
                continue
            if clock.search(head) and zone.match(piece, m.start() + 1):
                continue  # "3:20 p.m. ET", "11 p.m. Saturday until ...": the zone or the day belongs to the time
            out.append(_make(line, begin, m.end()))
            begin = m.end()
        if begin < len(piece):
            out.append(_make(line, begin, len(piece)))
    return [s for s in out if s.text.strip()]


def _make(line: Line, begin: int, end: int) -> Sentence:
    chunk = line.text[begin:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    start = line.start + begin + lead
    stop = line.start + end - trail
    return _new(Sentence, (start, stop, line.index, chunk.strip(), line.furniture, line.title))


_new = tuple.__new__  # Sentence(...) without the Python-level __new__


def normalize_unicode(text: str) -> str:
    """NFC, so that offsets are stable and composed characters match the lexicon."""
    return unicodedata.normalize("NFC", text)
