"""Durations: "hampir 2 jam", "sekitar satu jam", "nearly six hours", "seharian".

A duration is a number (digits, "1,5", or number words from the language
file), a unit, and an optional qualifier before it. It is rejected when the
words around it make it a window ("dalam 24 jam terakhir", "in the past 24
hours"), a rate ("sehari", "per day") or a point in time ("dua jam lalu",
"two hours later").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import Language, Lexicon, window_start


@dataclass(frozen=True)
class DurationMention:
    start: int  # of the whole phrase, qualifier included
    end: int
    text: str
    minutes: int
    qualifier: str
    has_lead: bool  # a word like "selama" / "for" / "lasted" stands before it
    whole: bool = False  # a word for a whole stretch of time ("semalaman", "all day"), not a count


def _alt(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=8)
def _pattern(code: str) -> tuple[re.Pattern, re.Pattern]:
    from .. import lexicon

    lang = lexicon.load().language(code)
    words = list(lang.number_words) + lang.teen_suffix + lang.tens_suffix + lang.half_suffix
    word = r"(?:" + _alt(words) + r")"
    number_words = word + r"(?:[\s-]+" + word + r"){0,3}"
    digits = r"\d{1,4}(?:[.,]\d{1,2})?(?P<frac>\s?(?:1/2|½))?"  # "3 1/2 hours"
    unit_forms = [f for forms in lang.unit_forms.values() for f in forms]
    unit = r"(?:" + _alt(unit_forms) + r")"
    number = r"(?:(?P<digits>" + digits + r")(?:\s?|-)|(?P<words>" + number_words + r")[\s-])"
    compound = r"(?:\s(?:dan\s|and\s)?\d{1,2}\s?(?P<unit2>" + unit + r"))?"
    half = r"(?:\s(?P<half>" + _alt(lang.half_suffix) + r"))?" if lang.half_suffix else ""
    main = re.compile(
        r"(?i)(?<![\w.,/])" + number + r"(?P<unit>" + unit + r")(?!\w)" + half + compound
    )
    whole = re.compile(r"(?i)(?<!\w)(?:" + _alt(lang.whole_durations) + r")(?!\w)") if lang.whole_durations else re.compile(r"(?!x)x")
    return main, whole


# The main pattern's matches in the last span it ran over: find_offsets reads the sentence
# that find_durations has just read. Replaced whole (one tuple), so a reader never sees a mix.
_LAST_MAIN: tuple = (None, 0, 0, None, [])


def _main_matches(main: re.Pattern, text: str, pos: int, endpos: int, code: str) -> list[re.Match]:
    global _LAST_MAIN
    last = _LAST_MAIN
    if last[0] is text and last[1] == pos and last[2] == endpos and last[3] is main:
        return last[4]
    hint = _unit_hint(code)
    if hint is not None and (span := text[pos:endpos]).isascii() and hint.search(span.lower()) is None:
        found = []  # no unit after a number or a space: no duration (most sentences)
    else:
        found = list(main.finditer(text, pos, endpos))
    _LAST_MAIN = (text, pos, endpos, main, found)
    return found


def _whole_matches(whole: re.Pattern, text: str, pos: int, endpos: int, code: str) -> list[re.Match]:
    """whole.finditer(text, pos, endpos); in ASCII text only where a whole-duration phrase
    occurs at all (in lower case)."""
    hint = _whole_hint(code)
    if hint is not None and (span := text[pos:endpos]).isascii() and hint.search(span.lower()) is None:
        return []
    return list(whole.finditer(text, pos, endpos))


@lru_cache(maxsize=8)
def _whole_hint(code: str) -> re.Pattern | None:
    """Any whole-duration phrase in lower case (a search that skips ahead to their first
    letters); None when there are none or one is not ASCII."""
    from .. import lexicon

    forms = list(lexicon.load().language(code).whole_durations)
    if not forms or not all(f.isascii() for f in forms):
        return None
    return re.compile(_alt([f.lower() for f in forms]))


@lru_cache(maxsize=8)
def _unit_hint(code: str) -> re.Pattern | None:
    """What every match of the main pattern holds, for ASCII text in lower case: a unit
    right after a digit, a space or a hyphen, with no word character after it. A search
    for it starts at a character class, so the engine skips ahead to the next digit or
    space instead of trying the main pattern (a look-behind, then number words in any
    case) at every character. None when a unit is not ASCII.

    It only reads ASCII text, so its classes are written as the ASCII characters of \\d, \\s
    and \\w: the engine then skips ahead with a table, without a Unicode category look-up
    for every character."""
    from .. import lexicon

    lang = lexicon.load().language(code)
    forms = [f for forms in lang.unit_forms.values() for f in forms]
    if not forms or not all(f.isascii() for f in forms):
        return None
    return re.compile(r"[0-9" + _ASCII_SPACE + r"-](?:" + _alt([f.lower() for f in forms]) + r")(?![0-9A-Za-z_])")


_ASCII_SPACE = r"\t-\r\x1c- "  # the ASCII characters \s matches (\t \n \v \f \r, \x1c-\x1f, space)


@lru_cache(maxsize=8)
def _unit_of(code: str) -> dict[str, str]:
    from .. import lexicon

    lang = lexicon.load().language(code)
    return {f.lower(): key for key, forms in lang.unit_forms.items() for f in forms}


@lru_cache(maxsize=8)
def _number_tokens(code: str) -> tuple[re.Pattern, frozenset, frozenset, frozenset, dict[str, float]]:
    """(token pattern, teen, tens and half suffixes, number words) of a language, built once."""
    from .. import lexicon

    lang = lexicon.load().language(code)
    pattern = re.compile(
        r"(?i)(?<!\w)(?:" + _alt(list(lang.number_words) + lang.teen_suffix + lang.tens_suffix + lang.half_suffix) + r")(?!\w)"
    )
    lower = lambda forms: frozenset(f.lower() for f in forms)  # noqa: E731
    words = {k.lower(): v for k, v in lang.number_words.items()}
    return pattern, lower(lang.teen_suffix), lower(lang.tens_suffix), lower(lang.half_suffix), words


def parse_number_words(phrase: str, lang: Language) -> float | None:
    """ "dua puluh lima" -> 25, "satu setengah" -> 1.5, "one and a half" -> 1.5."""
    pattern, teen, tens, half, words = _number_tokens(lang.code)
    tokens = [" ".join(m.group().lower().split()) for m in pattern.finditer(phrase)]
    if len(tokens) > 1 and tokens[0] in lang.weak_numbers:
        tokens = tokens[1:]  # "a six-hour": the article is no number
    value: float | None = None
    for tok in tokens:
        if tok in half and value is not None:
            value += 0.5
        elif tok in teen:
            value = (value or 1) + 10
        elif tok in tens:
            value = (value or 1) * 10
        elif tok in words:
            if value is None:
                value = words[tok]
            elif value >= 10 and value % 10 == 0 and words[tok] < 10:
                value += words[tok]
            else:
                break
    return value


def find_durations(text: str, lang: Language, lex: Lexicon, pos: int = 0, endpos: int | None = None, recovery: bool = False) -> list[DurationMention]:
    """Durations in text[pos:endpos]. In a recovery sentence "about five hours after
    the problems began" is the outage's length, so "after" does not exclude it there."""
    endpos = len(text) if endpos is None else endpos
    main, whole = _pattern(lang.code)
    unit_of = _unit_of(lang.code)
    out: list[DurationMention] = []
    for m in _main_matches(main, text, pos, endpos, lang.code):
        value = _number(m, lang)
        if value is None:
            continue
        unit = unit_of[" ".join(m.group("unit").lower().split())]
        if _clock_hours(m.group("digits"), lex.unit_minutes[unit]):
            continue  # "from 2300 hours on Saturday until 0930 hours": times of day, no lengths
        minutes = value * lex.unit_minutes[unit]
        if m.group("half") if "half" in m.groupdict() else None:
            minutes += 0.5 * lex.unit_minutes[unit]
        if m.group("unit2"):
            tail = re.search(r"\d{1,2}", text[m.end("unit") : m.end()])
            if tail:
                minutes += int(tail.group()) * lex.unit_minutes[unit_of[" ".join(m.group("unit2").lower().split())]]
        out.append(_qualified(text, m.start(), m.end(), round(minutes), lang, weak_number=(m.group("words") or "").lower() in lang.weak_numbers, recovery=recovery))
    wholes = []
    for m in _whole_matches(whole, text, pos, endpos, lang.code):
        key = " ".join(m.group().lower().split())
        spec = {k.lower(): v for k, v in lang.whole_durations.items()}.get(key)
        if spec is None:
            continue
        wholes.append(_qualified(text, m.start(), m.end(), round(spec[0]), lang, default_qualifier=spec[1]))
    wholes = [replace(d, whole=True) for d in wholes if d is not None]
    out = [d for d in out if d is not None and d.minutes > 0] + wholes
    if wholes:  # "setengah hari" is one phrase (about 720 min), not "setengah" + "hari"
        out = [d for d in out if d in wholes or not any(w.start <= d.start < w.end or d.start <= w.start < d.end for w in wholes)]
    return [_trailing_qualifier(text, d, lang) for d in out]


_CLOCK_HOURS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def _clock_hours(digits: str | None, unit_minutes: float) -> bool:
    """Four digits of hours and minutes before a word for hours ("0930 hours", "2300 hrs"):
    the military way of writing a time of day."""
    return digits is not None and unit_minutes == 60 and _CLOCK_HOURS.fullmatch(digits) is not None


def _trailing_qualifier(text: str, d: DurationMention, lang: Language) -> DurationMention:
    """ "2 jam lebih", "two hours or more": a qualifier written after the unit."""
    if d.qualifier != "exact":
        return d
    after = lang.cues["qualifier_after"].search(text, d.end, min(len(text), d.end + 12))
    if after is None or text[d.end : after.start].strip():
        return d
    return DurationMention(d.start, after.end, text[d.start : after.end], d.minutes, "at_least", d.has_lead)


def _ends_at(matcher, text: str, lo: int, hi: int):
    """The last phrase of `matcher` in text[lo:hi] that ends where that span's text ends."""
    last = None
    end = len(text[lo:hi].rstrip()) + lo
    for m in matcher.finditer(text, lo, end):
        if m.end == end:
            last = m
    return last


NORM_WORDS = 6  # "should not be unavailable for": a rule's word this close before a length
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+|\n")
SENTENCE_LOOKBACK_CHARS = 120


def _sentence_floor(text: str, at: int) -> int:
    """Where the sentence that holds `at` begins, looking back a little ("... maupun antrean
    pertandingan. Gangguan berlangsung sekitar tiga jam": the queue is the other sentence's)."""
    floor = max(0, at - SENTENCE_LOOKBACK_CHARS)
    for m in _SENTENCE_END.finditer(text, floor, at):
        floor = m.end()
    return floor


_SENTENCE_STOP = re.compile(r"[.;!?]")
DETECTION_AFTER_CHARS = 60  # "Dalam waktu satu menit, Fastly sudah mendeteksi": a verb of finding this far after a length
FRONTED_WORDS = 3  # "Dalam waktu satu menit, ...": at most this many words before a length that opens its sentence
_HYPHENED_UNIT = re.compile(r"\w-[a-z]+$")  # "700-day", "five-hour": a length joined to its unit as a modifier
OUTAGE_AFTER_MODIFIER_CHARS = 40  # "a two-day nationwide shutdown": how far after such a length its noun may end


def _outage_follows(text: str, lang: Language, end: int) -> bool:
    """An outage word right after a length written as a modifier ("a five-hour outage",
    "a 12-hour blackout"), within a word ("a two-day nationwide shutdown")."""
    ceiling = min(len(text), end + OUTAGE_AFTER_MODIFIER_CHARS)
    for key in ("outage_nouns", "outage"):
        cue = lang.cues[key].search(text, end, ceiling)
        if cue is not None and len(text[end : cue.start].split()) <= 1:
            return True
    return False


def _qualified(text: str, start: int, end: int, minutes: int, lang: Language, *, weak_number: bool = False, default_qualifier: str = "exact", recovery: bool = False) -> DurationMention | None:
    qualifier = default_qualifier
    q_start = start
    q = _ends_at(lang.qualifiers, text, window_start(text, start, 4), start)
    if q is not None:
        qualifier, q_start = q.key, q.start
    lo = window_start(text, q_start, 4)
    lead = _ends_at(lang.duration_lead, text, lo, q_start) is not None
    lead_after = lang.duration_lead.search(text, end, min(len(text), end + 12)) is not None
    excluded = _ends_at(lang.cues["duration_exclusion"], text, lo, q_start)
    # "operating as normal within 49 minutes", "pulih dalam dua jam": in a recovery sentence
    # the time it took to come back is the length
    if excluded is not None and not (
        recovery and _is_after_word(excluded.text, lang)
        and lang.cues["recovery"].search(text, window_start(text, excluded.start, 4), excluded.start) is not None
    ):
        return None
    floor = _sentence_floor(text, q_start)  # the words before the length, in its own sentence
    near = max(floor, window_start(text, q_start, 5))  # the few words right before the length
    if lang.cues["duration_delay"].search(text, near, q_start) is not None:
        return None  # "keterlambatan antara 30 hingga 90 menit", "delays of up to two hours"
    # "detected the fault within a minute", "Within one minute, Fastly had detected the
    # problem" (a length that opens its sentence, and the verb in the clause after it): the
    # time it took to notice, not the length
    detected = lang.cues["detection"]
    if detected.search(text, near, q_start) is not None:
        return None
    if len(text[floor:q_start].split()) <= FRONTED_WORDS:
        reach = min(len(text), end + DETECTION_AFTER_CHARS)
        stop = _SENTENCE_STOP.search(text, end, reach)
        if detected.search(text, end, stop.start() if stop is not None else reach) is not None:
            return None
    if lang.cues["duration_norm"].search(text, max(floor, window_start(text, q_start, NORM_WORDS)), q_start) is not None:
        return None  # "should not be unavailable for more than four hours": a rule, not what happened
    if lang.cues["duration_forecast"].search(text, max(floor, window_start(text, q_start, NORM_WORDS)), q_start) is not None:
        return None  # "supply could remain short for two to three days": a forecast, not what happened
    if not lead:  # "dua jam kemudian", "two hours later"; "selama dua jam setelah ..." stays
        for x in lang.cues["duration_exclusion_after"].finditer(text, end, min(len(text), end + 20)):
            if x.start - end <= 1:
                back = lang.cues["recovery"].search(text, x.end, min(len(text), x.end + 30)) is not None
                if _is_after_word(x.text, lang):
                    # "restored about two hours after the outage began": in a recovery sentence the
                    # length; but "restored nearly an hour after his connection came back" is a
                    # wait after the recovery
                    if recovery and not back:
                        continue
                    return None
                # "padam sekitar tiga jam sebelum kembali menyala", "down for hours before it was
                # restored": the length up to the recovery
                if back:
                    continue
                return None
    if weak_number and not lead and qualifier == default_qualifier:
        return None
    if _of_many_outages(text, end, lang):
        return None  # "more than 800 hours of IT failures between them": a total, no one outage's length
    if _HYPHENED_UNIT.search(text, start, end) and not _outage_follows(text, lang, end):
        return None  # "a 700-day streak", "a 12-hour shift": a thing's length; "a five-hour outage" stays
    return DurationMention(q_start, end, text[q_start:end], minutes, qualifier, lead or lead_after)


TOTAL_NOUN_WORDS = 2  # "hours of IT failures": the describing words between "of" and the plural
TOTAL_AFTER_CHARS = 48  # "of IT system failures": how far after the length to look


def _of_many_outages(text: str, end: int, lang: Language) -> bool:
    """A length followed by a word like "of", a describing word or two, and a plural of
    outage ("800 hours of IT failures", "90 minutes of outages"): the sum of several outages.
    (A singular stays one outage's length: "six hours of downtime".)"""
    words = text[end : end + TOTAL_AFTER_CHARS].split()
    if not words or words[0].lower() not in lang.cue_forms["duration_total_lead"]:
        return False
    plurals = lang.cue_forms["outage_plurals"]
    return any(w.lower().strip(".,;:") in plurals for w in words[1 : 2 + TOTAL_NOUN_WORDS])


def _is_after_word(word: str, lang: Language) -> bool:
    """ "after" / "setelah": in a recovery sentence the time back after the start is the length."""
    return word.lower() in {w.lower() for w in lang.cue_forms.get("recovery_after", [])}


def find_offsets(text: str, lang: Language, lex: Lexicon, pos: int, endpos: int) -> list[tuple[int, int, int]]:
    """ "dua hari berselang", "two days later": (start, end, days) of a date counted from
    the last one the text gave."""
    main, _ = _pattern(lang.code)
    unit_of = _unit_of(lang.code)
    out = []
    for m in _main_matches(main, text, pos, endpos, lang.code):
        unit = unit_of[" ".join(m.group("unit").lower().split())]
        if unit not in ("day", "week"):
            continue
        after = lang.cues["offset_after"].search(text, m.end(), min(endpos, m.end() + 16))
        if after is None or text[m.end() : after.start].strip():
            continue
        value = _number(m, lang)
        if value is None:
            continue
        days = int(value * (7 if unit == "week" else 1))
        out.append((m.start(), after.end, days))
    return out


def _number(m: re.Match, lang: Language) -> float | None:
    """The number of a duration match: digits ("1,5" with a decimal comma) or number words."""
    digits = m.group("digits")
    if not digits:
        return parse_number_words(m.group("words"), lang)
    frac = m.group("frac")
    if frac:
        digits = digits[: len(digits) - len(frac)]
    raw = digits.replace(",", ".") if lang.decimal_comma or "," not in digits else digits.replace(",", "")
    try:
        return float(raw) + (0.5 if frac else 0.0)
    except ValueError:
        return None
