"""Article metadata found in the text: language, publication date, datelines.

Publication date, in this order: what the caller already knows (front matter,
sources.toml), a date in the url (`/2022/10/25/`, `/read/2021/10/05/`,
`20221025`), a byline or dateline line near the top or bottom of the text
("Rabu, 09 Nov 2022 10:30 WIB", "Updated Oct. 5, 2021 at 9:14 a.m. ET",
"Diterbitkan 03 Nov 2017, 18:00 WIB"); else none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime
from itertools import filterfalse

from ..lexicon import Language, Lexicon, indexed, tokens_of
from ..text import Line
from . import dates as D

_WORD = re.compile(r"[^\W\d_]+")
_URL_DATE = (
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|[^\d])"),
    re.compile(r"[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:/|$|[^\d])"),  # ".../story-2025-03-05/"
    re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})\d{6}-"),  # CNN / CNBC Indonesia: "/20220704153012-185-817463/"
)
# "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -", "LONDON (Reuters) -", "Jakarta -",
# "SAN FRANCISCO, Oct 4 (Reuters) -", "Jakarta, CNN Indonesia --"
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][\w.'’]*(?:[ ,]+[\w.'’()]+){0,6}?)\s?(?:\([\w .&'-]{1,40}\))?\s?(?:-{1,2}|–|—|(?<=[A-Za-z]):)\s"
)

_DATELINE_MARK = re.compile(r"[-–—:]\s")
# "Lagos, Dec. 10, 2025 (NAN) The ...": a place, a date and the agency in brackets, no dash
_AGENCY_DATELINE = re.compile(r"^\s*[A-Z][\w.'’]*(?:[ ,]+[\w.'’]+){1,6}?\s?\([A-Z][\w .&'-]{0,38}\)\s+(?=[A-Z\"“])")


def detect_language(text: str, lex: Lexicon, sample: int = 20_000) -> str | None:
    """The language whose stopwords are most frequent in the text (None if no words)."""
    if indexed(text) and len(text) <= sample:
        frequency = _stopword_counts(tokens_of(text).lower, lex)
    else:
        # the words, counted: a piece between spaces that is all letters is one word as it is;
        # only the others (with digits or punctuation) are cut with the pattern
        frequency = Counter(text[:sample].lower().split())
        odd = [p for p in frequency if not p.isalpha()]
        if odd:  # cut in one go, each as often as it occurs
            rest = " ".join([p for p in odd for _ in range(frequency.pop(p))])
            frequency.update(_WORD.findall(rest))
    if not frequency:
        return None
    counts = {code: sum(map(frequency.__getitem__, lang.stopwords & frequency.keys())) for code, lang in lex.languages.items()}
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] > 0 else None


def _stopword_counts(lower: list[str], lex: Lexicon) -> Counter:
    """How often each stopword is a word of a text, from the text's tokens in lower case
    (cached for a long text: the matchers read them next). Counted as detect_language counts
    the words of the text: a token boundary inside a piece between spaces is at a mark, which
    cuts the pattern's words there too, so the words are the same (and the stopwords, plain
    ASCII letters, are lowered alike). Only stopwords are counted: no other word changes the
    answer (without one, every language counts 0)."""
    stop = frozenset().union(*[lang.stopwords for lang in lex.languages.values()])
    frequency = Counter(filter(stop.__contains__, lower))  # the tokens that are words as they are
    odd = list(filterfalse(str.isalpha, lower))  # the others, cut with the pattern
    if odd:
        frequency.update(filter(stop.__contains__, _WORD.findall(" ".join(odd))))
    return frequency


def date_from_url(url: str | None, months: dict[str, int] | None = None) -> date | None:
    """A date in a url path: `/2022/10/25/`, `2025-03-05`, `20221025`, or with a month name
    as the Guardian writes it (`/2025/feb/28/`, `months`: lower-case names -> numbers)."""
    if not url:
        return None
    for pattern in _URL_DATE:
        m = pattern.search(url)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    m = _URL_MONTH_NAME.search(url)
    if m and months and m.group(2).lower() in months:
        try:
            return date(int(m.group(1)), months[m.group(2).lower()], int(m.group(3)))
        except ValueError:
            return None
    m = _URL_DAY_FIRST.search(url)
    if m:  # "/oto-dan-tekno/12/12/2019/": day, month, year (as Jawa Pos writes it)
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    return None


_URL_DAY_FIRST = re.compile(r"/(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?:/|$)")


_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^/@]*@)?([^/:?#]+)", re.I)


def outlet_names(url: str | None, outlet: str | None, endings: frozenset[str]) -> frozenset[str]:
    """The names the article's own outlet goes by, in lower case, from the front matter's
    `outlet` ("Okezone", "Kompas.com") and the url's host ("techno.okezone.com": the part
    before the web address's endings, `endings` and two-letter country codes). The outlet
    reports; it is never a service its article says went down ("pemantauan Okezone")."""
    names = set()
    if outlet:
        low = outlet.strip().lower()
        names.add(low)
        names.add(low.split(".", 1)[0])
    m = _HOST.match(url or "")
    if m:
        labels = [x for x in m.group(1).lower().split(".") if x]
        while labels and (labels[-1] in endings or len(labels[-1]) == 2):
            labels.pop()
        if labels and labels[-1] != "www":
            names.add(labels[-1])
    return frozenset(n for n in names if len(n) > 2)


_WIRE = re.compile(r"\(([A-Z][\w&.' -]{0,30}[\w.])\)\s*$")  # "(Reuters) -", "(UPI) --": the wire at a dateline's end


def stated_outlets(outlet: str | None, lines: list[Line], lex: Lexicon) -> frozenset[str]:
    """The outlet's names as the article states them, lower case: the front matter's
    `outlet` and the wire in brackets at the end of the first dateline ("Feb. 10 (UPI) --").
    A service the lexicon knows by one of these names is the reporter ("a statement to
    UPI"), never a service down. (The url's host is left out: "blog.cloudflare.com" reports
    Cloudflare's own outage.)"""
    names = {outlet.strip().lower()} if outlet and outlet.strip() else set()
    for ln, span in _datelines(lines, lex):
        m = _WIRE.search(ln.text[:span].rstrip().rstrip("-–—:").rstrip())
        if m:
            names.add(m.group(1).lower())
        break
    return frozenset(names)


_URL_MONTH_NAME = re.compile(r"/((?:19|20)\d{2})/([A-Za-z]{3,9})/(\d{1,2})(?:/|$)")


_URL_YEAR = re.compile(r"[/_-]((?:19|20)\d{2})(?:[/_-]|$)")


def year_from_url(url: str | None) -> int | None:
    """A year alone in a url path ("/2025/..."), for a dateline that gives month and day."""
    if not url:
        return None
    m = _URL_YEAR.search(url)
    return int(m.group(1)) if m else None


BYLINE_PLAIN_WORDS = 12  # a byline with no cue word ("Published", "|") is this short
DATELINE_LINES = 15  # a dateline stands in the first lines of an article


def _datelines(lines: list[Line], lex: Lexicon):
    """(line, length of its dateline) for the first lines that open with a dateline."""
    for ln in lines[:DATELINE_LINES]:
        span = dateline_span(ln.text, lex)
        if span:
            yield ln, span


def dateline_date(text: str, lines: list[Line], lang: Language, lex: Lexicon, year: int | None) -> date | None:
    """The date in a wire dateline ("NEW YORK, March 5 (Reuters) -"), with a year from elsewhere."""
    for ln, span in _datelines(lines, lex):
        for d in D.find_dates(ln.text[:span], lang, lex):
            if d.kind == "explicit" and d.month and d.day:
                y = d.year or year
                if y is None:
                    return None
                try:
                    return (_in_place_order(ln.text, 0, d, lang, lex) if d.year else None) or date(y, d.month, d.day)
                except ValueError:
                    return None
    return None


@dataclass(frozen=True)
class Byline:
    line: int
    start: int
    end: int
    value: str  # ISO date or datetime


# An embedded post's signature line opens with a dash: "— Name (@handle) November 12, 2020"
# (an author byline with a handle, "Posted Oct 21, 2016 by Kate (@kate)", is a byline).
_CAPS_MONTH = re.compile(r"\b[A-Z]{3,9}\b")
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d{2})(\d{1,2}:\d{2})")
_GLUED_WORD = re.compile(r"(\d)([A-Z][a-z])")  # "GMT+7Updated": a digit glued to the next word
_DASHED_DATE = re.compile(r"\b([A-Z][a-z]{2,8})\.? +- +(\d{1,2}) +- +((?:19|20)\d{2})\b")  # "Aug - 19 - 2024 , 07:42"
_TWEET_SIGNATURE = re.compile(r"^(?:[—–-]+|&mdash;)\s*[^\n]{0,60}\(?@\w{1,30}")


_SHORT_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{2})(?![\d./])")


def _short_numeric(text: str, a: int, b: int, lang: Language, lex: Lexicon) -> date | None:
    """A byline's date in two-digit-year digits at the start of its line ("04.07.14 | 12:15
    PM") or right after a publication cue ("New Delhi | Published 11.04.25, 06:12 AM"), in
    the order of the place the line names (CLDR's short date of that country: day first in
    India), else of the language (month first in English); None when it is no valid date."""
    line = text[a:b]
    start = len(line) - len(line.lstrip())
    m = _SHORT_NUMERIC.match(line, start)
    if m is None:
        cue = lang.date_cues["published"].search(text, a, b)
        m = _SHORT_NUMERIC.match(line, cue.end - a + 1) if cue is not None and text[cue.end : cue.end + 1] == " " else None
    if m is None:
        return None
    place = next((p.key for p in lex.regions.finditer(text, a, a + m.start()) if p.key.isalpha()), None)
    x, y, yy = int(m.group(1)), int(m.group(2)), int(m.group(3))
    month, day = (y, x) if _day_first(lang.code, place) else (x, y)
    try:
        return date(2000 + yy if yy < 70 else 1900 + yy, month, day)
    except ValueError:
        return None


_NUMERIC_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](?:19|20)\d{2}")


def _in_place_order(text: str, a: int, d: D.DateMention, lang: Language, lex: Lexicon) -> date | None:
    """A byline's all-digit date read in the order of the place its line names before it,
    when that order is not the language's ("NEW DELHI, 06/11/2024", "The Jakarta Post -
    06/11/2024" in English: day first, 6 November); None to keep the date as read."""
    m = _NUMERIC_DATE.fullmatch(d.text.strip())
    if m is None or max(int(m.group(1)), int(m.group(2))) > 12:
        return None  # written with a month name, or only one order is a date
    before = text[a : d.start]
    before = before.title() if before.isupper() else before  # "NEW DELHI, ...": a dateline in capitals
    place = next((p.key for p in lex.regions.finditer(before, 0, len(before)) if p.key.isalpha()), None)
    if place is None or _day_first(lang.code, place) == _day_first(lang.code, None):
        return None
    try:
        return date(d.year, d.day, d.month)
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _day_first(code: str, country: str | None) -> bool:
    """Whether numeric dates put the day first in this language, as written in this country
    (CLDR's short date pattern: "M/d/yy" in en, "dd/MM/yy" in en_IN and id)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(f"{code}_{country}" if country else code)
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse(code)
    pattern = locale.date_formats["short"].pattern
    return pattern.find("d") < pattern.find("M")


def _full_dates(text: str, lang: Language, lex: Lexicon, a: int, b: int) -> list:
    """The written dates with day, month and year in text[a:b]."""
    return [d for d in D.find_dates(text, lang, lex, a, b) if d.kind == "explicit" and d.year and d.month and d.day]


def find_byline(text: str, lines: list[Line], lang: Language, lex: Lexicon) -> Byline | None:
    """A short line near the top (or the last lines) that is mostly a full date."""
    content = [ln for ln in lines if ln.text.strip()]
    candidates = content[:12] + content[-4:]
    published_cue = lang.date_cues["published"]
    for ln in candidates:
        stripped = ln.text.strip()
        words = stripped.split()
        if not words or len(words) > 28 or len(stripped) > 300 or not any(map(str.isdigit, stripped)):
            continue
        if _TWEET_SIGNATURE.search(stripped):
            continue  # "— TeamYouTube (@TeamYouTube) November 12, 2020": an embedded post's date
        # read in the article text (whose tokens are cached), or in a mended copy of the line:
        # "UPDATED OCT 15, 2023, 12:51 AM" (capitals: month names title-cased), "March 5,
        # 20243:42 PM GMT+7Updated" (copied from a page: year, time and next word apart)
        where, a, b = text, ln.start, ln.end
        found = _full_dates(where, lang, lex, a, b)
        if not found and len(words) <= 8 and ("|" in stripped or D.find_times(text, lang, lex, ln.start, ln.end)):
            short = _short_numeric(text, ln.start, ln.end, lang, lex)  # "04.07.14 | 12:15 PM" (month first in English)
            if short is not None:
                return Byline(ln.index, ln.start, ln.end, short.isoformat())
        if not found and (_CAPS_MONTH.search(stripped) or _GLUED_YEAR.search(stripped) or _DASHED_DATE.search(stripped)):
            months = set(lang.months) | set(lang.month_abbreviations)
            mended = _CAPS_MONTH.sub(lambda m: m.group().title() if m.group().title() in months else m.group(), ln.text)
            mended = _DASHED_DATE.sub(r"\1 \2, \3", mended)
            where = _GLUED_WORD.sub(r"\1 \2", _GLUED_YEAR.sub(r"\1 \2", mended))
            a, b = 0, len(where)
            found = _full_dates(where, lang, lex, a, b)
        if not found:
            continue
        d = found[0]
        # the date and the times are the line's content: "Philippine Daily Inquirer / 06:45 PM January 15, 2024"
        covered = sum(len(x.text) for x in found) + sum(len(t.text) for t in D.find_times(where, lang, lex, a, b))
        rest = len(stripped) - covered
        cue = published_cue.search(where, a, b)
        is_cued = cue is not None or "|" in ln.text or " / " in ln.text or bool(lex.timezone_matcher.search(where, a, b))
        if not is_cued and (rest > 35 or len(words) > BYLINE_PLAIN_WORDS):
            continue
        if len(words) > BYLINE_PLAIN_WORDS and stripped.endswith(".") and "|" not in stripped and " / " not in stripped \
                and (cue is None or where[a : cue.start].strip()):
            continue  # a sentence of prose, its "by" no byline's: "Shoppers were unable to pay by card ... on Tuesday, 14 May 2024."
        # a lead paragraph ("Slack went down at 9:00 a.m. PT on Feb. 22, 2024.") is no byline
        if lex.services.search(where, a, b) or lang.cues["outage"].search(where, a, b) or lang.cues["recovery"].search(where, a, b):
            continue
        value = _in_place_order(where, a, d, lang, lex) or date(d.year, d.month, d.day)
        times = [t for t in D.find_times(where, lang, lex, a, b) if t.start >= d.end - 1]
        iso = value.isoformat()
        if times:
            t = times[0]
            tz = D.zone_offset(t.zone, value, lex)
            if tz is not None:
                iso = datetime(value.year, value.month, value.day, t.hour, t.minute, tzinfo=tz).isoformat()
        return Byline(ln.index, ln.start, ln.end, iso)
    return None


def _lexicon(lex: Lexicon | None) -> Lexicon:
    """The lexicon passed, else the loaded one (loaded only when a line needs it)."""
    if lex is not None:
        return lex
    from .. import lexicon

    return lexicon.load()


def dateline_span(line_text: str, lex: Lexicon | None = None) -> int:
    """Length of a dateline at the start of a paragraph ("Jakarta, Kompas.com –",
    "LONDON (Reuters) -", "SAN FRANCISCO, Oct 4 (Reuters) -", "Suara.com -"), else 0.

    Every word of a dateline is capitalised (or a number); a single word must be a
    place, an outlet name ("Merdeka.com") or written in capitals, so "WhatsApp - aplikasi
    milik Meta - down" keeps its subject."""
    m = _DATELINE.match(line_text) if _DATELINE_MARK.search(line_text) is not None else None
    if m is None:
        # (most datelines end in a dash or a colon and a space, and most lines have none;
        # a wire's without one gives its date: "Lagos, Dec. 10, 2025 (NAN) The ...")
        m = _AGENCY_DATELINE.match(line_text) if line_text[:1].isupper() else None
        if m is None or "," not in m.group() or not any(ch.isdigit() for ch in m.group()):
            return 0
        lex = _lexicon(lex)
        if not any(d.month and d.day for lang in lex.languages.values() for d in D.find_dates(m.group(), lang, lex)):
            return 0  # "PT Bank Zork, 2024 (Persero) Tbk": no day and month, no dateline
    head = m.group().strip().rstrip("-–—:").strip()
    if m.group().rstrip().endswith(":") and not head.replace(" ", "").isupper() and _lexicon(lex).regions.whole(head) is None:
        return 0  # "PETALING JAYA:" (capitals) and "Jakarta:" (a place) are datelines; "Update:" is not
    words = head.split()
    if not words or len(words) > 8:
        return 0
    alpha = [w.strip("(),.") for w in words if any(ch.isalpha() for ch in w)]
    if any(w and not w[0].isupper() for w in alpha):
        return 0
    if len(words) == 1:
        word = words[0].strip(",")
        is_outlet = bool(re.search(r"\.(?:com|co|id|net|org)\b", word, re.I))
        is_place = _lexicon(lex).regions.search(word) is not None
        if not (is_outlet or is_place or word.isupper()):
            return 0
    elif not any(ch in head for ch in ",(") and not head.isupper():
        return 0
    return m.end()
