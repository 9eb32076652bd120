"""Dates and times in article text.

`find_dates` returns every date mention in a span of text, unresolved (a year
may be missing); `resolve` turns a mention into a calendar interval using the
article's reference date (its publication date), the weekday the text gives,
and the years the text mentions. `find_times` returns clock times with their
zone. Month and weekday names come from CLDR (see `lexicon`); the patterns
here are language-independent shapes built from those names.

Every pattern is a sequence of bounded atoms (no nested quantifiers), so
matching is linear in the length of the text.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from ..lexicon import Language, Lexicon, PhraseMatcher
from .scan import digit_runs, digit_starts, finditer_at

_YEAR = r"((?:19|20)\d{2})"
_HOLIDAY_YEAR = re.compile(r",?\s" + _YEAR + r"(?![\d.,/]\d)")  # the year right after a holiday's name
_HAS_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    end_day: int | None = None  # last day of a range "13-14/3"
    end_month: int | None = None
    weekday: int | None = None  # 0 = Monday
    kind: str = "explicit"  # explicit | weekday | relative
    relative: str | None = None  # key of a relative phrase (yesterday, last_year, ...)
    past: bool = False  # "Oktober lalu": the most recent such month

    @property
    def precision(self) -> str:
        if self.day is not None or self.kind in ("weekday",) or self.relative in ("today", "yesterday", "day_before_yesterday", "offset") \
                or (self.relative or "").startswith("days_ago_"):
            return "day"
        if self.month is not None or self.relative == "last_month":
            return "month"
        return "year"


@dataclass(frozen=True)
class Resolved:
    """A calendar interval: first and last day, and how precise it is."""

    first: date
    last: date
    precision: str  # day | month | year
    inferred_year: bool = False

    def iso(self) -> str:
        if self.precision == "day":
            return self.first.isoformat()
        if self.precision == "month":
            return self.first.strftime("%Y-%m")
        return f"{self.first.year:04d}"

    def overlaps(self, other: Resolved, slack_days: int = 1) -> bool:
        return not (
            self.last + timedelta(days=slack_days) < other.first
            or other.last + timedelta(days=slack_days) < self.first
        )


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    text: str
    hour: int
    minute: int
    zone: str | None  # key in data/timezones.toml


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_WORD_CHAR = re.compile(r"\w")


def _word_alternation(names) -> str:
    r"""`\b(?:name|...)` (longest first) for names that start with a word character, written
    so that the regex engine can skip ahead to their first letters: the names grouped by
    first letter, and the word boundary checked after that letter ("J(?<!\w.)(?:anuari|an)"),
    which matches exactly where the plain form does."""
    ordered = sorted(names, key=len, reverse=True)
    if not ordered or not all(_WORD_CHAR.match(n) for n in ordered):
        return r"\b(?:" + _alternation(names) + ")"
    groups: dict[str, list[str]] = {}
    for n in ordered:
        groups.setdefault(n[0], []).append(n[1:])
    return "(?:" + "|".join(
        re.escape(first) + r"(?<!\w.)(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
        for first, rests in groups.items()
    ) + ")"


@dataclass
class _Patterns:
    numeric_full: re.Pattern
    numeric_paren: re.Pattern
    iso: re.Pattern
    day_month: re.Pattern
    month_day: re.Pattern
    month_year: re.Pattern
    bare_month: re.Pattern
    year_only: re.Pattern
    year_lead_lengths: frozenset[int]  # of the lead words of year_only
    year_leads: frozenset[str] | None  # those words in lower case (None if one is not ASCII)
    weekday: re.Pattern
    relative: PhraseMatcher
    fixed_days: PhraseMatcher  # holidays on a fixed date ("Christmas Day"), keyed "MM-DD"
    named_weekdays: PhraseMatcher  # days named with a weekday that is not theirs to say ("Good Friday", "Black Friday")
    calendar: PhraseMatcher  # month and weekday names: a cheap test for "may hold a date"
    time: re.Pattern
    wire_time: re.Pattern  # "0430 GMT", "1415 UTC": four digits, then a zone


@lru_cache(maxsize=8)
def _patterns(lex_id: int, code: str) -> _Patterns:
    from .. import lexicon

    lang = lexicon.load().language(code)
    return _build(lang, lexicon.load())


@lru_cache(maxsize=8)
def _lower_months(code: str) -> dict[str, int]:
    return {k.lower(): v for k, v in _all_months(code).items()}


@lru_cache(maxsize=8)
def _all_months(code: str) -> dict[str, int]:
    """Month names and abbreviations: the article's language first, then every other one
    (an Indonesian page may carry an English byline: "23 October 2023 15:40")."""
    from .. import lexicon

    lex = lexicon.load()
    lang = lex.language(code)
    out: dict[str, int] = {}
    for other in [lang, *lex.languages.values()]:
        for table in (other.months, other.month_abbreviations):
            for name, number in table.items():
                out.setdefault(name, number)
    return out


def _build(lang: Language, lex: Lexicon) -> _Patterns:
    months = _all_months(lang.code)
    mon = _alternation(months)
    wide = _alternation(lang.months)
    wd = _alternation(lang.weekdays)
    lead = _alternation(lang.dates["month_lead"])
    past = _alternation(lang.dates["month_past"])
    year_lead = _alternation(lang.dates.get("year_lead", lang.dates["month_lead"]))
    ampm = r"a\.m\.?|p\.m\.?|am|pm|AM|PM|A\.M\.|P\.M\."
    parts = _alternation(lang.dates["pm"] + lang.dates["am"] + lang.dates["noon"])
    zones = _alternation(lex.timezones)
    relative_forms = {
        key: lang.dates[key]
        for key in ("today", "yesterday", "day_before_yesterday", "this_week", "last_week", "last_month", "last_year", "this_year")
    }
    # "two days ago", "3 hari lalu": a few days back, the count in words or digits
    for n in range(2, DAYS_AGO_MAX + 1):
        counts = [str(n)] + [w for w, v in lang.number_words.items() if v == n]
        relative_forms[f"days_ago_{n}"] = [f"{c} {tail}" for c in counts for tail in lang.dates["days_ago"]]
    hours_words = lang.dates["clock_hours"]
    clock_hours = "|(?i:" + _alternation(hours_words) + ")" if hours_words else ""
    return _Patterns(
        numeric_full=re.compile(
            r"(?<![\d/.,:])(\d{1,2})(?:\s?[-–]\s?(\d{1,2}))?([/.-])(\d{1,2})\3(\d{4}|\d{2})(?![\d/.]\d)"
        ),
        numeric_paren=re.compile(r"\(\s?(\d{1,2})(?:\s?[-–]\s?(\d{1,2}))?/(\d{1,2})\s?\)"),
        iso=re.compile(r"(?<![\d-])" + _YEAR + r"-(\d{2})-(\d{2})(?!\d)"),
        day_month=re.compile(
            r"(?<![\w/.,])(\d{1,2})(?:st|nd|rd|th)?(?:\s?[-–]\s?(\d{1,2})(?:st|nd|rd|th)?)?\s(?:de\s|of\s)?(" + mon + r")\b\.?(?:,?\s" + _YEAR + r"(?!\d))?"
        ),
        month_day=re.compile(
            r"(" + _word_alternation(months) + r")\b\.?\s(\d{1,2})(?:st|nd|rd|th)?(?![\d:.]\d|\d)(?:\s?[-–]\s?(\d{1,2})(?!\d))?(?:(?:,\s?|\s)" + _YEAR + r"(?!\d))?"
        ),
        month_year=re.compile(r"(" + _word_alternation(months) + r")\b\.?,?\s" + _YEAR + r"(?!\d)"),
        bare_month=re.compile(
            r"(?i:\b(" + lead + r"))\s(?:(?i:bulan|month of)\s)?(" + wide + r")\b(?![\s.,]{0,2}\d)(?:\s(?i:(" + past + r"))\b)?"
            r"|\b(" + wide + r")\s(?i:(" + past + r"))\b"
        ),
        year_only=re.compile(r"(?i:\b(" + year_lead + r"))\s" + _YEAR + r"(?!\d)"),
        year_lead_lengths=frozenset(len(w) for w in lang.dates.get("year_lead", lang.dates["month_lead"])),
        year_leads=_ascii_lower(lang.dates.get("year_lead", lang.dates["month_lead"])),
        weekday=re.compile(r"(" + _word_alternation(lang.weekdays) + r")\b(?:\s?[-–]\s?(" + wd + r")\b)?"),
        relative=PhraseMatcher(relative_forms),
        named_weekdays=PhraseMatcher({"day": lang.dates["named_weekdays"]}, set(lang.dates["named_weekdays"])),
        fixed_days=PhraseMatcher(lang.dates.get("fixed_days", {}), {f for forms in lang.dates.get("fixed_days", {}).values() for f in forms}),
        calendar=PhraseMatcher({"name": list(months) + list(lang.weekdays)}, set(months) | set(lang.weekdays)),
        time=re.compile(
            r"(?<![\w.,$/:])(\d{1,2})(?:[.:](\d{2}))?(?![\d%])"
            r"(?:\s?(" + ampm + r")(?![\w]))?"
            r"(?:\s(?i:(" + parts + r"))\b)?"
            r"(?:\s(" + zones + r")\b)?"
        ),
        # (or a word for hours: "from 2300 hours on Saturday until 0930 hours", zone unknown)
        wire_time=re.compile(r"(?<![\w.,$/:])([01]\d|2[0-3])([0-5]\d)\s?(?:(" + zones + r")" + clock_hours + r")\b"),
    )


def patterns(lang: Language, lex: Lexicon) -> _Patterns:
    return _patterns(id(lex), lang.code)


# Most patterns here start with a look-behind, which the regex engine tries at every
# character of the text; they run only where a match can start (the first digit of a
# number; a lead word's length before a year), with the same matches as finditer.
# A space and a year ("\s(?:19|20)\d{2}"), the space looked behind from the century: the engine
# skips ahead to a "1" or a "2" rather than stopping at every space. A match starts at its
# century, one after its space: the search starts one after `pos`.
_SPACE_YEAR = re.compile(r"(?:19|20)(?<=\s..)\d{2}")
_ASCII_SPACE_YEAR = re.compile(r"(?:19|20)(?<=[\t-\r\x1c- ]..)[0-9]{2}")  # the same in an ASCII text (see scan._ASCII_DIGITS)


def _before_years(pattern: re.Pattern, lead_lengths: frozenset[int], text: str, pos: int, endpos: int, leads: frozenset[str] | None = None) -> list[re.Match]:
    """For year_only: a lead word, one space, a year. With `leads` (the lead words in lower
    case, all ASCII), a place whose ASCII text before the year is none of them is not tried:
    in ASCII the pattern's case-blind match is a match in lower case."""
    starts = set()
    for y in (_ASCII_SPACE_YEAR if text.isascii() else _SPACE_YEAR).finditer(text, pos + 1, endpos):
        y0 = y.start() - 1  # the space
        for n in lead_lengths:
            s = y0 - n
            if s >= pos:
                if leads is not None and (word := text[s:y0]).isascii() and word.lower() not in leads:
                    continue
                starts.add(s)
    return finditer_at(pattern, sorted(starts), text, pos, endpos)


def _ascii_lower(words: list[str]) -> frozenset[str] | None:
    return frozenset(w.lower() for w in words) if all(w.isascii() for w in words) else None


def _valid(day: int | None, month: int | None, year: int | None = None) -> bool:
    if month is None or not 1 <= month <= 12:
        return False
    if day is None:
        return True
    limit = calendar.monthrange(year or 2000, month)[1]  # 2000 is a leap year
    return 1 <= day <= limit


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


_WHOLE: tuple = (None, {})  # the last long text and its mentions: (text, {(kind, lang): mentions})
_LONG = 200


def _whole_text(kind: str, text: str, lang: Language, finder) -> list:
    """Mentions over the whole of a long text, found once and kept for the last text. The
    pair is replaced in one assignment and read into locals, so a thread extracting another
    text never reads this text's mentions or clears them under it."""
    global _WHOLE
    last, found_by_key = _WHOLE
    if last is not text:
        found_by_key = {}
        _WHOLE = (text, found_by_key)
    key = (kind, lang.code)
    if key not in found_by_key:
        found = sorted(finder(), key=lambda m: m.start)
        found_by_key[key] = ([m.start for m in found], found)
    return found_by_key[key]


def _slice(every: tuple[list[int], list], pos: int, endpos: int) -> list:
    starts, found = every
    out = []
    for k in range(bisect_left(starts, pos), len(found)):
        m = found[k]
        if m.start >= endpos:
            break
        if m.end <= endpos:
            out.append(m)
    return out


def find_dates(text: str, lang: Language, lex: Lexicon, pos: int = 0, endpos: int | None = None) -> list[DateMention]:
    """Date mentions in text[pos:endpos], longest first where they overlap.

    In a long text (an article queried sentence by sentence) the whole text is
    scanned once and each query takes its slice."""
    endpos = len(text) if endpos is None else endpos
    if len(text) >= _LONG:
        return _slice(_whole_text("dates", text, lang, lambda: _find_dates(text, lang, lex, 0, len(text))), pos, endpos)
    return _find_dates(text, lang, lex, pos, endpos)


def _find_dates(text: str, lang: Language, lex: Lexicon, pos: int, endpos: int) -> list[DateMention]:
    p = patterns(lang, lex)
    relative = p.relative.finditer(text, pos, endpos)
    holidays = p.fixed_days.finditer(text, pos, endpos)
    if not relative and not holidays and not _HAS_DIGIT.search(text, pos, endpos) and p.calendar.search(text, pos, endpos) is None:
        return []  # no number, no month or weekday name, no relative word, no holiday: no date
    months = _lower_months(lang.code)
    past_words = {w.lower() for w in lang.dates["month_past"]}
    found: list[DateMention] = []

    def add(m: re.Match, **kw) -> None:
        found.append(DateMention(m.start(), m.end(), m.group(), **kw))

    numbers = digit_starts(text, pos, endpos)
    for m in finditer_at(p.iso, numbers, text, pos, endpos):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(d, mo, y):
            add(m, year=y, month=mo, day=d)
    for m in finditer_at(p.numeric_full, numbers, text, pos, endpos):
        a, a2, sep, b, y = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
        if sep == "." and len(y) != 4:
            continue
        day, month, end_day = int(a), int(b), int(a2) if a2 else None
        if lang.code == "en" and day <= 12 and not a2:
            day, month = int(b), int(a)  # month-first in English
        year = _year(y)
        if _valid(day, month, year) and (end_day is None or _valid(end_day, month, year)):
            add(m, year=year, month=month, day=day, end_day=end_day)
    for m in p.numeric_paren.finditer(text, pos, endpos):
        day, end_day, month = int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3))
        if _valid(day, month) and (end_day is None or _valid(end_day, month)):
            add(m, year=None, month=month, day=day, end_day=end_day)
    # The patterns with month and weekday names run only around those names (found with the
    # token index), not over the whole text: a big alternation tried at every position is slow.
    windows: list[list[int]] = []
    for c in p.calendar.finditer(text, pos, endpos):
        lo, hi = max(pos, c.start - 24), min(endpos, c.end + 32)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        _named_dates(text, lo, hi, p, months, past_words, lang, add, found, {r.start for r in relative})
    for m in _before_years(p.year_only, p.year_lead_lengths, text, pos, endpos, p.year_leads):
        found.append(DateMention(m.start(2), m.end(2), m.group(2), year=int(m.group(2)), month=None, day=None))
    for rel in relative:
        found.append(DateMention(rel.start, rel.end, rel.text, None, None, None, kind="relative", relative=rel.key))
    for h in holidays:  # "on Christmas Day": that day, its year inferred like a date's without one
        month, day = (int(x) for x in h.key.split("-"))
        year = _HOLIDAY_YEAR.match(text, h.end, endpos)  # "Christmas Day 2014", "Natal 2014"
        if year is not None:
            found.append(DateMention(h.start, year.end(), text[h.start : year.end()], int(year.group(1)), month, day))
        else:
            found.append(DateMention(h.start, h.end, h.text, None, month, day))
    return _merge_weekdays(_longest(found), text)


def _named_dates(text, pos, endpos, p, months, past_words, lang, add, found, relative_starts) -> None:
    for m in finditer_at(p.day_month, digit_runs(text, pos, endpos), text, pos, endpos):
        month = months[m.group(3).lower()]
        day = int(m.group(1))
        end_day = int(m.group(2)) if m.group(2) else None
        year = _year(m.group(4))
        if _valid(day, month, year):
            add(m, year=year, month=month, day=day, end_day=end_day)
    for m in p.month_day.finditer(text, pos, endpos):
        month = months[m.group(1).lower()]
        day = int(m.group(2))
        end_day = int(m.group(3)) if m.group(3) else None
        year = _year(m.group(4))
        if _valid(day, month, year):
            add(m, year=year, month=month, day=day, end_day=end_day)
    for m in p.month_year.finditer(text, pos, endpos):
        add(m, year=int(m.group(2)), month=months[m.group(1).lower()], day=None)
    # a bare month and a weekday are written out, in their case: where the window holds no
    # such name, their patterns (the bare month's tried at every character) find nothing
    window = text[pos:endpos]
    bare_months = p.bare_month.finditer(text, pos, endpos) if any(map(window.__contains__, lang.months)) else ()
    for m in bare_months:
        name_group = 2 if m.group(2) else 4
        past_group = 3 if m.group(3) else 5 if m.group(5) else None
        lead_word = (m.group(1) or "").lower()
        if past_group is not None and m.start(past_group) in relative_starts:
            # "in January last year": "last" belongs to the year, not the month
            found.append(DateMention(m.start(), m.end(name_group), text[m.start() : m.end(name_group)], None, months[m.group(name_group).lower()], None, past=lead_word in past_words))
            continue
        is_past = past_group is not None or lead_word in past_words
        add(m, year=None, month=months[m.group(name_group).lower()], day=None, past=is_past)
    if not any(map(window.__contains__, lang.weekdays)):
        return
    named = p.named_weekdays.finditer(text, pos, endpos)  # "Good Friday", "Cyber Monday": another day's name
    for m in p.weekday.finditer(text, pos, endpos):
        if any(n.start <= m.start() and m.end() <= n.end for n in named):
            continue
        add(m, year=None, month=None, day=None, weekday=lang.weekdays[m.group(1)], kind="weekday")


def _longest(mentions: list[DateMention]) -> list[DateMention]:
    mentions.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMention] = []
    for d in mentions:
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    return kept


def _merge_weekdays(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Attach a weekday to the date right after it: "Rabu, 09 Nov 2022", "Jumat (3/11/2017)"."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        d = mentions[i]
        if d.kind == "weekday" and i + 1 < len(mentions):
            nxt = mentions[i + 1]
            gap = text[d.end : nxt.start]
            if nxt.kind == "explicit" and nxt.day is not None and len(gap) <= 3 and gap.strip(" ,(") == "":
                out.append(replace(nxt, start=d.start, text=text[d.start : nxt.end], weekday=d.weekday))
                i += 2
                continue
        out.append(d)
        i += 1
    return out


def resolve(d: DateMention, reference: date | None, text_years: tuple[int, ...] = (), today: date | None = None, ahead: bool = False, near: bool = False) -> Resolved | None:
    """The calendar interval a mention stands for, or None when it cannot be known.

    A missing year is inferred: with a reference date, the latest such date not
    after it (a weekday given must match, within six years back), or a date up to two
    months ahead in the reference year when its weekday matches or `ahead` says the
    sentence speaks of what will be ("will be unavailable ... on Oct 12": a plan); without one,
    the one year between the latest year the text mentions and today for which
    the weekday matches; if several remain, the year stays unknown (None).
    """
    today = today or date.today()
    if d.kind == "relative":
        return _relative(d.relative, reference)
    if d.kind == "weekday":
        if reference is None:
            return None
        # the latest such weekday on or before the reference ("Senin" said on a Monday is that day)
        day = reference - timedelta(days=(reference.weekday() - d.weekday) % 7)  # relativedelta(weekday=WD(-1))
        return Resolved(day, day, "day", inferred_year=True)
    if d.year is not None:
        if d.month is None:
            return Resolved(date(d.year, 1, 1), date(d.year, 12, 31), "year")
        if d.day is None:
            return Resolved(date(d.year, d.month, 1), _month_end(d.year, d.month), "month")
        if not _valid(d.day, d.month, d.year):
            return None
        first = date(d.year, d.month, d.day)
        last = date(d.year, d.month, d.end_day) if d.end_day and d.day <= d.end_day <= _month_end(d.year, d.month).day else first
        return Resolved(first, last, "day")
    year = _infer_year(d, reference, text_years, today, ahead, near)
    if year is None:
        return None
    if d.day is None:
        return Resolved(date(year, d.month, 1), _month_end(year, d.month), "month", inferred_year=True)
    first = date(year, d.month, d.day)
    last = date(year, d.month, d.end_day) if d.end_day and d.day <= d.end_day <= _month_end(year, d.month).day else first  # "1-32": no such day
    return Resolved(first, last, "day", inferred_year=True)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _fits(year: int, d: DateMention) -> bool:
    if d.day is None:
        return True
    if not _valid(d.day, d.month, year):
        return False
    return d.weekday is None or date(year, d.month, d.day).weekday() == d.weekday


DAYS_AGO_MAX = 7  # "two days ago" ... "seven days ago": further back a count of days dates nothing precisely
WEEKDAY_SLIP_DAYS = 31  # a day and month this close before the reference stand when their weekday is wrong
NEAR_AHEAD_DAYS = 14  # a day and month without a year this few days after the reference are the coming ones


def _infer_year(d: DateMention, reference: date | None, text_years: tuple[int, ...], today: date, ahead: bool = False, near: bool = False) -> int | None:
    if reference is not None:
        for year in range(reference.year, reference.year - 7, -1):
            if not _fits(year, d):
                continue
            day = d.day or 1
            candidate = date(year, d.month, min(day, calendar.monthrange(year, d.month)[1]))
            if d.past and d.day is None and (year, d.month) >= (reference.year, reference.month):
                continue
            if candidate <= reference + timedelta(days=1):
                return year
            # "1 Mei" written on 24 April, in a sentence with no word of the past (`near`): the
            # coming one (a plan, or a rumour of one), not last year's, which a writer would
            # give its year ("was unavailable ... on Oct 12" written on Oct 9 is last year's)
            if near and year == reference.year and d.day is not None and candidate <= reference + timedelta(days=NEAR_AHEAD_DAYS):
                return year
            # "Friday 20 April" written two days before that Friday: the weekday confirms this
            # year (a plan), rather than a Friday 20 April six years back
            # ("two weekends in June" in a sentence of what will be: this June, not last June's)
            if year == reference.year and ((d.weekday is not None and d.day is not None) or ahead) and candidate <= reference + timedelta(days=60):
                return year
            if d.weekday is None and d.day is None and year == reference.year and d.month <= reference.month:
                return year
        # "Selasa (4/11)" written on Tuesday 5 November 2024, a Monday's date: the weekday is a
        # slip, the day and month just before the reference stand (a full date keeps its year)
        if d.weekday is not None and d.day is not None:
            for year in (reference.year, reference.year - 1):
                if _valid(d.day, d.month, year) and reference - timedelta(days=WEEKDAY_SLIP_DAYS) <= date(year, d.month, d.day) <= reference + timedelta(days=1):
                    return year
        return None
    if d.weekday is None:
        return None
    # "Kamis (22/6)" in a text that names one year, 2017, and 22 June 2017 is a Thursday: that
    # year (a text that names several, some for other things, is read from its latest one below)
    named = set(text_years)
    if len(named) == 1 and (y := next(iter(named))) <= today.year and _fits(y, d) and date(y, d.month, min(d.day or 1, calendar.monthrange(y, d.month)[1])) <= today:
        return y
    floor = max((y for y in text_years if y <= today.year), default=None)
    if floor is None:
        return None
    fits = [y for y in range(floor, today.year + 1) if _fits(y, d) and date(y, d.month, d.day) <= today]
    return fits[0] if len(fits) == 1 else None


def _relative(key: str | None, reference: date | None) -> Resolved | None:
    if reference is None or key is None:
        return None
    if key == "today":
        return Resolved(reference, reference, "day", True)
    if key == "yesterday":
        day = reference - timedelta(days=1)
        return Resolved(day, day, "day", True)
    if key == "day_before_yesterday":
        day = reference - timedelta(days=2)
        return Resolved(day, day, "day", True)
    if key.startswith("days_ago_"):
        day = reference - timedelta(days=int(key.rsplit("_", 1)[1]))
        return Resolved(day, day, "day", True)
    if key == "this_week":
        monday = reference - timedelta(days=reference.weekday())
        return Resolved(monday, reference, "day", True)
    if key == "last_week":
        monday = reference - timedelta(days=reference.weekday() + 7)
        return Resolved(monday, monday + timedelta(days=6), "day", True)
    if key == "last_month":
        first = date(reference.year - 1, 12, 1) if reference.month == 1 else date(reference.year, reference.month - 1, 1)
        return Resolved(first, _month_end(first.year, first.month), "month", True)
    if key == "last_year":
        y = reference.year - 1
        return Resolved(date(y, 1, 1), date(y, 12, 31), "year", True)
    if key == "this_year":
        return Resolved(date(reference.year, 1, 1), reference, "year", True)
    return None


def find_times(text: str, lang: Language, lex: Lexicon, pos: int = 0, endpos: int | None = None) -> list[TimeMention]:
    """Clock times: "pukul 15.45 WIB", "9:14 a.m. ET", "10:30 WIB", "pukul 9 malam"."""
    endpos = len(text) if endpos is None else endpos
    if len(text) >= _LONG:
        return _slice(_whole_text("times", text, lang, lambda: _find_times(text, lang, lex, 0, len(text))), pos, endpos)
    return _find_times(text, lang, lex, pos, endpos)


def _find_times(text: str, lang: Language, lex: Lexicon, pos: int, endpos: int) -> list[TimeMention]:
    p = patterns(lang, lex)
    lead = lang.date_cues["time_lead"]
    pm = {f.lower() for f in lang.dates["pm"]}
    am = {f.lower() for f in lang.dates["am"]}
    noon = {f.lower() for f in lang.dates["noon"]}
    night = {f.lower() for f in lang.dates["night"]}
    out: list[TimeMention] = []
    for m in finditer_at(p.time, digit_starts(text, pos, endpos), text, pos, endpos):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        ampm, part, zone = m.group(3), m.group(4), m.group(5)
        if not (ampm or zone):
            if not (m.group(2) or part):
                continue  # a bare number: no clock time without minutes, a part of day or a zone
            before = text[max(pos, m.start() - 16) : m.start()].rstrip()
            # "by 15:15": a 24-hour clock, not a decimal ("2.50") or a verse ("3:16")
            colon = m.group(2) is not None and text[m.start(2) - 1] == ":" and len(m.group(1)) == 2
            if not colon and not any(l.end == len(before) for l in lead.finditer(before)):
                continue
        if hour > 23 or minute > 59:
            continue
        marker = (ampm or part or "").lower().replace(" ", "")
        if ampm:
            if marker.startswith("p") and hour < 12:
                hour += 12
            elif marker.startswith("a") and hour == 12:
                hour = 0
        elif part:
            part_low = " ".join(part.lower().split())
            if part_low in night and hour == 12:
                hour = 0  # "pukul 12 malam": midnight
            elif part_low in night and hour < 4:
                pass  # "pukul 2 malam": the small hours
            elif part_low in pm and 1 <= hour < 12:
                hour += 12
            elif part_low in noon and hour < 6:
                hour += 12
            elif part_low in am and hour == 12:
                hour = 0
        end = m.end()
        matched = text[m.start() : end].rstrip()
        if zone is None and (ampm or part or m.group(2)):
            placed = _place_zone(text, lang, lex, m.start() + len(matched), endpos)
            if placed is not None:  # "10AM UK time", "pukul 10.00 waktu Jepang"
                zone, matched = placed[0], text[m.start() : placed[1]]
        out.append(TimeMention(m.start(), m.start() + len(matched), matched, hour, minute, zone))
    # a wire's clock ("(0005 GMT Sunday)", "at 1415 UTC"): four digits, only with a zone
    wire = [TimeMention(m.start(), m.end(), m.group(0), int(m.group(1)), int(m.group(2)), m.group(3))
            for m in finditer_at(p.wire_time, digit_starts(text, pos, endpos), text, pos, endpos)]
    if wire:
        out = sorted(out + wire, key=lambda t: t.start)
    return out


PLACE_TIME_CHARS = 40  # "10AM UK time": how far after the clock time a place's time may end


def _place_zone(text: str, lang: Language, lex: Lexicon, at: int, endpos: int) -> tuple[str, int] | None:
    """The zone of a place named as the time's own right after it ("10AM UK time", "pukul 10.00
    waktu Jepang"), when the place has one zone (CLDR's zones of the territory): (the IANA
    zone, where the phrase ends)."""
    stop = min(endpos, at + PLACE_TIME_CHARS)
    after, before = lang.dates.get("place_time_after", []), lang.dates.get("place_time_before", [])
    if not (after or before) or at >= stop or not text[at : at + 1].isspace():
        return None
    place = lex.regions.search(text, at, stop)
    if place is None:
        return None
    gap = text[at : place.start].split()
    if after and not gap:
        tail = text[place.end : stop].split()
        if tail and tail[0].rstrip(".,;:)") in after:
            end = place.end + text[place.end : stop].index(tail[0]) + len(tail[0].rstrip(".,;:)"))
            zone = _territory_zone(place.key)
            return (zone, end) if zone is not None else None
    if before and len(gap) == 1 and gap[0] in before:
        zone = _territory_zone(place.key)
        if zone is None:
            # "pukul 09:30 waktu Sydney dan Melbourne (AEST)": a country of several zones, and the
            # zone named in brackets after its places
            named = _NAMED_ZONE_AFTER.match(text, place.end, min(endpos, place.end + PLACE_TIME_CHARS))
            if named is not None and named.group(1) in lex.timezones:
                return named.group(1), named.end()
        return (zone, place.end) if zone is not None else None
    return None


_NAMED_ZONE_AFTER = re.compile(r"(?:\s*(?:,|dan|and)\s*[A-Z][\w-]*)*\s*\(([A-Z]{2,5})\)")


@lru_cache(maxsize=None)
def _territory_zone(code: str) -> str | None:
    """The time zone of a territory (CLDR) when all of its zones keep one offset ("Europe/Berlin"
    and "Europe/Busingen"), else None (a country of several zones)."""
    from zoneinfo import ZoneInfo

    from babel.core import get_global

    zones = get_global("territory_zones").get(code, ())
    if not zones:
        return None
    try:  # one offset in winter and one in summer across the territory's zones
        same = all(len({datetime(2024, month, 1, 12, tzinfo=ZoneInfo(z)).utcoffset() for z in zones}) == 1 for month in (1, 7))
    except Exception:  # no tz database on this system
        return None
    return zones[0] if same else None


def zone_offset(zone: str | None, day: date, lex: Lexicon) -> timezone | None:
    """The UTC offset of a zone abbreviation on a day (IANA zones apply DST)."""
    if zone is None:
        return None
    spec = lex.timezones.get(zone) or (zone if "/" in zone else None)  # an abbreviation, or an IANA zone ("10AM UK time")
    if spec is None:
        return None
    if spec[0] in "+-":
        sign = -1 if spec[0] == "-" else 1
        hours, minutes = spec[1:].split(":")
        return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    try:
        from zoneinfo import ZoneInfo

        offset = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(spec)).utcoffset()
    except Exception:  # no tz database on this system
        return None
    return timezone(offset) if offset is not None else None
