"""Affected places: CLDR territory names (every supported language) and aliases.

A place counts only where the text says it was affected; the caller passes the
sentences that report the outage. Here a mention is dropped when the words just
before it make it an origin, an office, a time zone or a government ("asal
Inggris", "kantor Meta Jakarta", "waktu AS", "raksasa teknologi AS"), when it
is followed by "-based" / "-headquartered", or when it is part of a name that
is not a place ("CNN Indonesia", "Bank of America").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Language, Lexicon, PhraseMatcher, beside, window_start
from .names import _LIST_WORDS, _lower_words


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    code: str
    ruler: bool = False  # the place of a government named with it ("pemerintah Pakistan")


@lru_cache(maxsize=1)
def _not_places() -> PhraseMatcher:
    from ..lexicon import _load_toml

    forms = _load_toml("regions.toml").get("not_places", {}).get("forms", [])
    return PhraseMatcher({"name": forms}, set(forms))


@lru_cache(maxsize=1)
def _event_words() -> PhraseMatcher:
    """Words that make a place beside them the name of a sporting event ("GP Bahrain",
    "the Bahrain Grand Prix"): data/regions.toml [not_places] event_words."""
    from ..lexicon import _load_toml

    forms = _load_toml("regions.toml").get("not_places", {}).get("event_words", [])
    return PhraseMatcher({"event": forms}, set(forms))


_BASED_AFTER = re.compile(r"^\s?[-–]\s?(?:based|headquartered|born|made|owned|listed)\b|^\s(?:based|headquartered)\b", re.I)
_PLACE_LIST_GAP = re.compile(r"[,;]")
_COMPOUND_AFTER = re.compile(r"^-(?!wide\b)[A-Za-z0-9]|^\$")  # "US-EAST-1": part of a name; "Australia-wide" is the place; "US$", "HK$": a currency


_WORDS = re.compile(r"\S+")


def _word_before(text: str, at: int, pos: int) -> str:
    """The word right before `at`, one space or tab apart ("" when none is there)."""
    before = text[max(pos, at - 40) : at]
    return before.split()[-1] if before.endswith((" ", "\t")) and before.strip() else ""


def _named_capital(text: str, m, pos: int) -> bool:
    """A phrase written in lower case elsewhere in it ("Global outage") whose capital first word
    follows a capitalised word: the word belongs to a name ("CDK Global"), not to the phrase."""
    words = _WORDS.findall(m.text)
    if len(words) < 2 or not words[0][:1].isupper() or not any(w[:1].islower() for w in words[1:]):
        return False
    prev = _word_before(text, m.start, pos)
    return prev[:1].isupper() and prev[-1:].isalnum()


@lru_cache(maxsize=1)
def _name_articles() -> frozenset[str]:
    from ..lexicon import _load_toml

    return frozenset(_load_toml("regions.toml").get("matching", {}).get("name_articles", []))


def _after_name_article(text: str, at: int, pos: int) -> bool:
    """The word right before `at` opens another place's name ("Los" in "Los Lagos")."""
    return _word_before(text, at, pos) in _name_articles()


_JOINING: dict[str, frozenset[str]] = {}


def _joining_words(lang: Language) -> frozenset[str]:
    """Lower-case words an exclusion carries over to a list of places ("regulators in the US and
    Europe"): list joiners, the language's one-word place leads and determiners."""
    words = _JOINING.get(lang.code)
    if words is None:
        forms = {f.lower() for key in ("place_lead", "name_determiners") for f in lang.cue_forms[key] if " " not in f}
        words = _JOINING[lang.code] = frozenset(forms | _LIST_WORDS)
    return words


_BRACKETED = re.compile(r"\s?\(([^()\n]{1,24})\)")


def _zone_in_brackets(text: str, at: int, lex: Lexicon) -> bool:
    """A time zone in brackets right after the place: the place names a clock ("in Japan (JST)")."""
    m = _BRACKETED.match(text, at)
    return m is not None and m.group(1).strip() in lex.timezones


def _ruler(m, rulers: frozenset[str]) -> bool:
    """The exclusion word is a government's ("pemerintah", "authorities")."""
    return m is not None and m.text.lower() in rulers


def find_places(text: str, lang: Language, lex: Lexicon, pos: int, endpos: int, ruling: bool = False) -> list[PlaceMention]:
    """The affected places named in text[pos:endpos]. `ruling`: the sentence tells of a
    government's block or shutdown, so the place of the government ("Pakistan's government",
    "pemerintah Nepal") is where it applies."""
    names = [(n.start, n.end) for n in _not_places().finditer(text, pos, endpos)]
    exclusion = lang.cues["region_exclusion"]
    rulers = _lower_words(lang.cue_forms["ruling_authority"]) if ruling else frozenset()
    out: list[PlaceMention] = []
    for m in lex.regions.finditer(text, pos, endpos):
        if any(a <= m.start and m.end <= b for a, b in names):
            continue
        ruled = False
        if beside(lang.cues["national_nouns"], text, m.start, m.end, pos, endpos, words_before=3, chars_after=24):
            continue  # "pekerja migran Indonesia (di Malaysia)", "Philippine nationals": a nationality, not where they are
        before = exclusion.search(text, max(pos, window_start(text, m.start, 4)), m.start)
        if _ruler(before, rulers):
            ruled = True
        elif before is not None:
            continue
        # "bermarkas di Waterloo, Ontario, Kanada": the exclusion carries over a list of names
        far = (exclusion.finditer(text, max(pos, window_start(text, m.start, 10)), m.start) or [None])[-1]
        # ("regulators in the US and Europe": over "and" too)
        if far is not None and not _ruler(far, rulers) and all(w[:1].isupper() or w.lower() in _joining_words(lang) for w in _PLACE_LIST_GAP.sub(" ", text[far.end : m.start]).split()):
            continue
        org = lang.cues["org_before_place"].search(text, max(pos, window_start(text, m.start, 4)), m.start)
        between = text[org.end : m.start].split() if org is not None else []
        if org is not None and text[org.start].isupper() and all(w[:1].isupper() for w in between):
            continue  # "Bank of Scotland", "Bank Rakyat Indonesia": part of an organisation's name
        after = lang.cues["region_exclusion_after"].search(text, m.end, min(endpos, m.end + 24))
        if after is not None and not text[m.end : after.start].strip(" -"):
            # "the US tech giant", "Google's Singapore office", "the Indonesian language"
            if not _ruler(after, rulers):
                continue
            ruled = True
        if _BASED_AFTER.search(text[m.end : m.end + 20]) or _COMPOUND_AFTER.search(text[m.end : m.end + 2]):
            continue
        if _zone_in_brackets(text, m.end, lex):
            continue  # "8 am Saturday in Japan (JST)": a clock's place, not one the outage hit
        if beside(_event_words(), text, m.start, m.end, pos, endpos):
            continue  # "saat start GP Bahrain", "the Bahrain Grand Prix": an event's name
        if _named_capital(text, m, pos):
            continue  # "CDK Global outage": "Global" is part of the company's name, not the world
        if _after_name_article(text, m.start, pos):
            continue  # "dari Arica hingga Los Lagos": another place's name
        out.append(PlaceMention(m.start, m.end, m.text, m.key, ruled))
    return out

