"""Loads and validates the language data in `data/` and compiles it into matchers.

Everything language-specific the extractor knows comes from here: cue phrases
and number words from `data/lang/<code>.toml`, services from
`data/services.toml`, causes from `data/causes.toml`, region aliases from
`data/regions.toml`, and month, weekday and territory names from CLDR through
Babel. Adding a language is a data change: a new `data/lang/<code>.toml` with
the same keys, and the code in `LANGUAGES`.
"""

from __future__ import annotations

import gc
import hashlib
import re
import sys
import threading
from collections import defaultdict
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter
from threading import get_ident
from typing import NamedTuple

from .resources import data_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LANGUAGES = ("id", "en")

# Keys every data/lang/<code>.toml must have (the schema; tests check it).
CUE_KEYS = (
    "outage", "outage_negation", "negative_polarity", "purpose", "title_future", "title_future_not_after", "outage_not_after", "measure_lead", "outage_before_service", "access_services", "outage_after_service", "recovery", "began", "since_not_date", "citation",
    "org_before_place", "region_exclusion", "region_exclusion_after", "ruling_authority", "nationwide", "duration_exclusion", "duration_exclusion_after", "duration_norm", "duration_forecast", "duration_delay", "qualifier_after", "offset_after", "until", "future", "continuing", "redress", "detection", "former_name", "outage_nouns", "not_speculation", "set_aside", "airport_nouns", "dated_things", "national_nouns", "not_a_cause", "full_recovery", "recovery_after", "service_bystander", "maker_lead", "outage_of",
    "service_bystander_after", "host_lead", "impact_context", "user_base", "rival_gain", "since_when", "unaffected", "unaffected_group", "normal_operation", "operation_negation", "foreign_time", "unavailable_lead", "user_nouns", "customer_nouns", "resident_nouns", "lost_ability", "apology", "duration_total_lead", "outage_plurals", "outage_at", "attack_on", "passive_affix", "unavailable_not", "time_status", "complaint", "message_nouns", "venue", "venue_not_after", "venue_people", "not_incident", "outage_denied", "title_not_incident",
    "subject_gap", "relative_pronouns", "service_nouns", "list_heads", "list_not_heads", "name_determiners", "list_lead", "affect_verbs", "affected_passive", "not_names", "not_names_alone", "thing_suffix", "place_suffix", "place_article", "institution_names", "part_nouns", "feature_lead", "server_nouns", "company_suffix", "place_lead", "operator_speaker", "speech_channel", "person_role", "pronoun_subject", "thing_pronouns", "pronoun_speech", "outside_role", "company_subject", "origin_lead", "subject_close", "statement_nouns", "press_events", "self_reference", "first_person_plural", "aftermath_verbs", "contact_verbs", "history_verbs", "release_verbs", "separate_incident", "speech", "correction", "speculation", "conditional", "contrast", "denial", "undisclosed", "undisclosed_other", "withheld_negation", "withheld_tell", "cause_object", "because", "because_temporal", "because_backward", "cause_location", "cause_pending", "supplied_by", "still_usable", "indirect_question", "time_frame", "clause_break", "back_reference", "same_ones", "past_habit", "past_tense",
)
DATE_KEYS = (
    "today", "yesterday", "day_before_yesterday", "days_ago", "this_week", "last_week", "last_month",
    "last_year", "this_year", "month_past", "month_lead", "pm", "am", "noon", "night", "time_lead",
    "range_joiner", "published", "home_zones", "time_date_joiner", "weekday_next", "weekday_this", "clock_hours", "named_weekdays",
)
UNIT_KEYS = ("minute", "hour", "day", "week", "second")
QUALIFIER_KEYS = ("about", "up_to", "nearly", "at_least")

# CLDR territory codes that are not places an outage can hit.
_NOT_PLACES = {"ZZ", "QO", "EZ", "UN", "XA", "XB", "XK"}


class DataError(ValueError):
    """The language data in data/ is malformed."""


class Match(NamedTuple):
    """A phrase found in a text (a named tuple: made by the thousand on every article,
    where a frozen dataclass costs several times as much to build)."""

    start: int
    end: int
    key: str
    text: str


_first = itemgetter(0)
_new_match = tuple.__new__  # Match(...) without the Python-level __new__: _new_match(Match, (start, end, key, text))


# Tokens: words (with inner "&" or "." as in "AT&T", "U.S", "Kompas.com") and single
# punctuation marks. Phrases and text are tokenized alike, so a phrase matches on word
# boundaries whatever the spacing, and "Facebook's", "WhatsApp-nya", "Facebook-owned"
# still hold the name.
_TOKEN = re.compile(r"\w+(?:[&.]\w+)*|[^\w\s]")
_SEP = "\x00"
_ONE_TOKEN = re.compile(_TOKEN.pattern)  # fullmatch: a text that is one token


def _norm(text: str) -> str:
    return " ".join(text.split())


# split() keeps the tokens at the odd places. The same tokens written with possessive
# repeats where the engine has them (3.11): a word never gives back a letter, so nothing
# changes but the time the engine spends keeping places to go back to (only for the pattern
# above as it is: another falls back to itself). Its classes name the ASCII word characters
# too ([a-zA-Z0-9_\w] is \w, [^a-zA-Z0-9_ \w\s] is [^\w\s]): the engine tests a character
# against a table of the ASCII ones first, and only looks up the Unicode category of the
# others, so the letters of a word (most of the text) are told at once.
_POSSESSIVE = {r"\w+(?:[&.]\w+)*|[^\w\s]": r"[a-zA-Z0-9_\w]++(?:[&.][a-zA-Z0-9_\w]++)*+|[^a-zA-Z0-9_ \w\s]"}
_TOKEN_SPLIT = re.compile("(" + (_POSSESSIVE.get(_TOKEN.pattern, _TOKEN.pattern) if sys.version_info >= (3, 11) else _TOKEN.pattern) + ")")
# In an ASCII text (most articles; str.isascii() reads a flag) the same tokens with the ASCII
# characters of \w and \s alone: no Unicode category is looked up at all.
_ASCII_CLASSES = {r"\w+(?:[&.]\w+)*|[^\w\s]": r"[0-9A-Za-z_]++(?:[&.][0-9A-Za-z_]++)*+|[^0-9A-Za-z_\t-\r\x1c- ]"}
_ASCII_TOKEN_SPLIT = re.compile("(" + _ASCII_CLASSES[_TOKEN.pattern] + ")") if sys.version_info >= (3, 11) and _TOKEN.pattern in _ASCII_CLASSES else _TOKEN_SPLIT


class _Tokens:
    __slots__ = ("starts", "ends", "exact", "lower", "index", "index_size", "index_lang", "extra")

    def __init__(self, text: str):
        # the text cut into gaps and tokens, one after the other: the running sum of their
        # lengths gives every token's end (odd places) and start (the gap's end before it)
        parts = (_ASCII_TOKEN_SPLIT if text.isascii() else _TOKEN_SPLIT).split(text)
        bounds = list(accumulate(map(len, parts)))
        self.starts: list[int] = bounds[0:-1:2]
        self.ends: list[int] = bounds[1::2]
        self.exact: list[str] = parts[1::2]
        self.lower = list(map(str.lower, self.exact))
        self.index: list[tuple[list[int], list[Match]]] | None = None  # per matcher: match starts, matches
        self.index_size = 0
        self.index_lang: str | None = None
        self.extra: dict[int, tuple[list[int], list[Match]]] = {}


_CACHE = threading.local()
_CACHE_SIZE = 4
_SMALL = 200  # texts shorter than this are tokenized afresh (windows, single sentences)
# The long text last tokenized or looked up, its tokens and the thread that did it: matchers
# ask for the same article's tokens hundreds of times in a row, and this answers without
# searching the per-thread cache. Replaced whole (one tuple), so a reader never sees a mix.
_LAST: tuple = (None, None, None)
_LAST_SHORT: tuple = (None, None)  # the last short text and its tokens (never changed once made)


def tokens_of(text: str) -> _Tokens:
    """The tokens of a text. Long texts (an article, scanned by many matchers) are cached
    by identity, a few at a time; short ones are cheap to tokenize again (only the last
    one is kept, for a word asked of several matchers in a row). Not to be changed."""
    global _LAST, _LAST_SHORT
    last = _LAST
    if last[0] is text and last[2] == get_ident():
        return last[1]
    if len(text) < _SMALL:
        short = _LAST_SHORT
        if short[0] is text:
            return short[1]  # the same word asked of several matchers in a row
        tokens = _Tokens(text)
        _LAST_SHORT = (text, tokens)
        return tokens
    cache = getattr(_CACHE, "entries", None)
    if cache is None:
        cache = _CACHE.entries = []
    for kept, tokens in cache:
        if kept is text:
            break
    else:
        tokens = _Tokens(text)
        cache.insert(0, (text, tokens))
        del cache[_CACHE_SIZE:]
    _LAST = (text, tokens, get_ident())
    return tokens


def indexed(text: str) -> bool:
    """A text long enough that every matcher's query of it is a slice of the matcher's
    leftmost-longest matches over the whole text (the shared index); a shorter one is scanned
    afresh over each queried range."""
    return len(text) >= _SMALL


def window_start(text: str, pos: int, n_words: int) -> int:
    """The offset where the `n_words` words (tokens) before `pos` begin: for looking at the
    few words just before a match without cutting a new string."""
    last = _LAST  # a text's tokens are the same whichever thread made them
    starts = last[1].starts if last[0] is text else tokens_of(text).starts
    j = bisect_left(starts, pos)
    return starts[j - n_words if j > n_words else 0] if j > 0 else pos


def beside(matcher: "PhraseMatcher", text: str, start: int, end: int, floor: int = 0, ceiling: int | None = None,
           words_before: int = 2, chars_after: int = 16) -> bool:
    """A match of `matcher` right before text[start:end] (only spaces between, within
    `words_before` words) or right after it (within `chars_after` characters), inside
    [floor, ceiling): "server Asia", "the Bahrain Grand Prix", "next Monday"."""
    before = matcher.search(text, max(floor, window_start(text, start, words_before)), start)
    if before is not None and not text[before.end : start].strip():
        return True
    after = matcher.search(text, end, min(len(text) if ceiling is None else ceiling, end + chars_after))
    return after is not None and not text[end : after.start].strip()


class _Table:
    """Phrases as token sequences in a trie (one for phrases matched in their case, one for
    the rest, in lower case), so that a walk from a token stops as soon as no phrase can
    continue. A node is [values of the phrase ending here, {next token: node}]."""

    __slots__ = ("cs", "ci", "single", "pairs", "deeper", "no_matches", "firsts")

    def __init__(self) -> None:
        self.cs: dict[str, list] = {}
        self.ci: dict[str, list] = {}
        # token -> (the hits of its one-token phrases, the next tokens of its longer phrases
        # matched in case, and in lower case): filled as tokens are met, only with tokens
        # that start a phrase, so it stays as small as the phrases
        self.single: dict[str, tuple] = {}
        # (token, next token) -> what starts at the first of them (as _first_per_matcher gives
        # it), for a pair after which no phrase can go on: a longer phrase may start at a
        # token, and then the walk is the same wherever the pair stands (see _pair_hits)
        self.pairs: dict[tuple[str, str], tuple | int] = {}
        # for a pair whose phrases go on past it, `pairs` holds how many tokens its longest
        # phrase has (from the first of the pair), and this what starts at the first token,
        # keyed by that many tokens from it (fewer at the end of the text): the walk reads no
        # token beyond them
        self.deeper: dict[tuple[str, ...], tuple] = {}
        # the index of a text with no match: per matcher an empty entry, or None for a
        # matcher of another language (set by _combined)
        self.no_matches: list = []
        # every first token of a phrase, in lower case (a superset of the tokens that start one)
        self.firsts: frozenset[str] | None = None

    def add(self, parts: list[str], sensitive: bool, value) -> None:
        level = self.cs if sensitive else self.ci
        node: list = []
        for part in parts if sensitive else [p.lower() for p in parts]:
            node = level.get(part)
            if node is None:
                node = level[part] = [[], {}]
            level = node[1]
        node[0].append(value)
        if self.single or self.pairs or self.deeper:  # (empty while a table is being filled)
            self.single.clear()
            self.pairs.clear()
            self.deeper.clear()
        self.firsts = None

    def reach(self, exact: list[str], lower: list[str], i: int) -> int:
        """The number of tokens of the longest phrase that starts with tokens i and i + 1 (in
        case, or in lower case): no walk from token i reads a token past them."""
        longest = 0
        for tokens, trie in ((exact, self.cs), (lower, self.ci)):
            node = trie.get(tokens[i])
            node = node[1].get(tokens[i + 1]) if node is not None else None
            if node is not None:
                longest = max(longest, 1 + _depth(node))
        return longest

    def walk(self, exact: list[str], lower: list[str], i: int, n: int):
        """(length, value) for every phrase that starts at token i, longest first."""
        return self.pair_walk(exact, lower, i, n)[0]

    def pair_walk(self, exact: list[str], lower: list[str], i: int, n: int) -> tuple[list, bool]:
        """walk(exact, lower, i, n), and whether it read no token after i + 1 and did not stop
        at the end of the text (i + 1 < n): then its hits depend on tokens i and i + 1 alone."""
        hits = []
        alone = True
        for tokens, trie in ((exact, self.cs), (lower, self.ci)):
            node = trie.get(tokens[i])
            length = 1
            while node is not None:
                values, children = node
                for value in values:
                    hits.append((length, value))
                if not children:
                    break
                if i + length >= n or length == 2:
                    alone = False  # the walk goes on past the pair, or the text ends it
                    if i + length >= n:
                        break
                node = children.get(tokens[i + length])
                length += 1
        hits.sort(key=_first, reverse=True)
        return hits, alone


def _depth(node: list) -> int:
    """The number of tokens of the longest phrase through a trie node, counting its own."""
    return 1 + max((_depth(child) for child in node[1].values()), default=0)


_REGISTRY: list["PhraseMatcher"] = []
_COMBINED: dict = {}  # language -> (_Table over its matchers and the shared ones, registry size, version)
_NO_MATCHES: tuple[list[int], list[Match]] = ([], [])  # the index entry of a matcher with no match (never changed)
_UNASKED: list = []  # the entry of a matcher with no match while the index learns which matchers are asked (never changed)

# Which matchers the shared index holds. Many matchers are never asked about a long text
# (cue lists read as word lists, matchers for short strings): for the first LEARN_TEXTS
# texts the index holds every matcher and notes which ones are asked; after that it holds
# only those. A matcher asked later is found by a scan of its own for that text and is
# held from the next text on. Either way a query gives the same matches.
LEARN_TEXTS = 16
_LEARNING = {"texts": 0, "version": 0}


def _combined(lang: str | None) -> tuple[_Table, int]:
    learning = _LEARNING["texts"] < LEARN_TEXTS
    version = -1 if learning else _LEARNING["version"]
    cached = _COMBINED.get(lang)
    if cached is None or cached[1] != len(_REGISTRY) or cached[2] != version:
        table = _Table()
        for mid, matcher in enumerate(_REGISTRY):
            if (matcher.lang is not None and matcher.lang != lang) or not (learning or matcher.asked):
                table.no_matches.append(None)  # looked up in its own scan (`extra`)
                continue
            table.no_matches.append(_UNASKED if learning else _NO_MATCHES)
            for parts, sensitive, key in matcher._phrases:
                table.add(parts, sensitive, (mid, key))
        cached = _COMBINED[lang] = (table, len(_REGISTRY), version)
        # The tables and the lexicon live as long as the process, tens of thousands of
        # objects that the garbage collector would otherwise walk at every full collection
        # (several an article's worth of allocations): kept out of them from now on.
        gc.freeze()
    return cached[0], cached[1]


def _first_per_matcher(hits) -> tuple:
    """((length, matcher id, key), ...): the longest phrase of each matcher, longest first."""
    seen = set()
    out = []
    for length, (mid, key) in hits:
        if mid not in seen:
            seen.add(mid)
            out.append((length, mid, key))
    return tuple(out)


_PAIRS_KEPT = 50_000  # pairs of tokens kept with their walk (a bound for odd texts: "tHe CoMpAnY", ...)


def _build_index(tk: _Tokens, text: str, lang: str | None = None) -> None:
    """The leftmost-longest matches over the whole text, in one walk, of every registered
    matcher for the text's language (and of those for every language)."""
    table, size = _combined(lang)
    found: defaultdict[int, list[Match]] = defaultdict(list)
    # free[mid]: the first token after matcher mid's last match that is longer than a token;
    # covered: the largest of them. A token at or after `covered` is inside no match yet.
    free = [0] * size
    covered = 0
    n = len(tk.lower)
    cs, ci = table.cs, table.ci
    starting = table.single
    pairs = table.pairs
    deeper = table.deeper
    exact, lower, starts, ends = tk.exact, tk.lower, tk.starts, tk.ends
    firsts = table.firsts
    if firsts is None:
        firsts = table.firsts = frozenset(ci) | {tok.lower() for tok in cs}
    new = _new_match
    # only the tokens that may start a phrase (most do not): one set look-up each
    for i in compress(range(n), map(firsts.__contains__, lower)):
        tok = exact[i]
        at = starting.get(tok)
        if at is None:
            a, b = cs.get(tok), ci.get(lower[i])
            if a is None and b is None:
                starting[tok] = False  # starts nothing (its lower case starts a phrase matched in case)
                continue
            # what starts at this token whatever follows it (its one-token phrases), and the
            # tokens that can follow it in a longer phrase
            one = [(1, value) for value in a[0]] if a is not None else []
            if b is not None:
                one += [(1, value) for value in b[0]]
            hits = _first_per_matcher(one)
            by_key = _by_key(hits)
            at = starting[tok] = (
                hits,
                by_key,
                a[1] if a is not None and a[1] else None,
                b[1] if b is not None and b[1] else None,
                # the one key and the one matcher of a token that gives a single match (most)
                (by_key[0][0], by_key[0][1][0]) if len(by_key) == 1 and len(by_key[0][1]) == 1 else None,
            )
        elif at is False:
            continue
        hits, by_key, cs_next, ci_next, only = at
        if i + 1 < n and ((cs_next is not None and exact[i + 1] in cs_next) or (ci_next is not None and lower[i + 1] in ci_next)):
            # a longer phrase may start here: the walk, once for a pair of tokens that decides it
            pair = (tok, exact[i + 1])
            hits = pairs.get(pair)
            if hits.__class__ is int:
                # a pair after which a longer phrase may go on: the walk is decided by the
                # tokens as far as the pair's longest phrase reaches (fewer at the text's end)
                run = tuple(exact[i : i + hits])
                hits = deeper.get(run)
                if hits is None:
                    hits = _first_per_matcher(table.pair_walk(exact, lower, i, n)[0])
                    if len(deeper) < _PAIRS_KEPT:
                        deeper[run] = hits
            elif hits is None:
                walked, alone = table.pair_walk(exact, lower, i, n)
                hits = _first_per_matcher(walked)
                if len(pairs) < _PAIRS_KEPT:
                    pairs[pair] = hits if alone else table.reach(exact, lower, i)
        elif i >= covered:
            # one-token phrases only, at a token no match covers (most): each matcher takes
            # its phrase here; one match a key, shared by the matchers that give that key
            if only is not None:
                found[only[1]].append(new(Match, (starts[i], ends[i], only[0], tok)))
                continue
            a, b = starts[i], ends[i]
            for key, mids in by_key:
                match = new(Match, (a, b, key, tok))  # a token's text is text[start:end]
                for mid in mids:
                    found[mid].append(match)
            continue
        a = starts[i]
        for length, mid, key in hits:
            if i < free[mid]:
                continue
            if length == 1:
                found[mid].append(new(Match, (a, ends[i], key, tok)))
            else:
                b = ends[i + length - 1]
                found[mid].append(new(Match, (a, b, key, text[a:b])))
                free[mid] = i + length
                if i + length > covered:
                    covered = i + length
    # a matcher's entry stays a list of its matches until it is asked: then it becomes
    # (starts, matches)
    index = list(table.no_matches)
    for mid, ms in found.items():
        index[mid] = ms
    tk.index, tk.index_size, tk.index_lang = index, size, lang
    _LEARNING["texts"] += 1


def _by_key(hits: tuple) -> tuple:
    """((key, (matcher id, ...)), ...): one-token hits grouped by the key they give."""
    groups: dict[str, list[int]] = {}
    for _, mid, key in hits:
        groups.setdefault(key, []).append(mid)
    return tuple((key, tuple(mids)) for key, mids in groups.items())


def _asked(matcher: "PhraseMatcher", index: list, text: str):
    """A matcher's entry in a text's index, made into (starts, matches) when first asked."""
    raw = index[matcher._id]
    matcher.asked = True
    if raw is _UNASKED:
        entry = _NO_MATCHES
    else:
        entry = (list(map(_first, raw)), raw)
    index[matcher._id] = entry
    return entry


def prepare(text: str, lang: str) -> None:
    """Index a long text for its language before the matchers query it (else the first
    matcher to ask decides, and the other language's cue lists would be scanned one by one)."""
    if len(text) < _SMALL:
        return
    tk = tokens_of(text)
    if tk.index is None or tk.index_lang != lang:
        tk.extra.clear()
        _build_index(tk, text, lang)


class PhraseMatcher:
    """Finds any of a set of phrases, leftmost-longest, on token boundaries.

    `forms` maps a key to its surface forms. A form is matched case-insensitively
    unless it is in `case_sensitive`. Matching walks the text's tokens and looks
    phrases up in sets (a trie walk that stops where no phrase continues), so it
    is linear in the length of the text and independent of the number of phrases.
    On a long text (an article) every matcher's matches are found in one shared
    walk and kept with the text's tokens; a query is then a binary search.
    """

    __slots__ = ("lang", "_table", "_phrases", "empty", "asked", "_id", "_cur")

    def __init__(self, forms: dict[str, list[str]], case_sensitive: set[str] | frozenset[str] = frozenset(), lang: str | None = None):
        self.lang = lang  # the language whose articles it is for; None: every language
        self._table = _Table()
        self._phrases: list[tuple[list[str], bool, str]] = []
        seen: set[tuple[str, bool]] = set()
        for key, surface_forms in forms.items():
            for form in surface_forms:
                form = _norm(form)
                parts = _TOKEN.findall(form)
                if not parts:
                    continue
                sensitive = form in case_sensitive
                ident = (_SEP.join(parts if sensitive else [p.lower() for p in parts]), sensitive)
                if ident in seen:
                    continue  # the first key given for a form wins
                seen.add(ident)
                self._phrases.append((parts, sensitive, key))
                self._table.add(parts, sensitive, key)
        self.empty = not self._phrases
        self.asked = False  # asked about a long text (see LEARN_TEXTS)
        self._id = len(_REGISTRY)
        # the text last queried and this matcher's (starts, matches) over it: a query of the
        # same text again (hundreds an article) reads them at once. Replaced whole (one tuple,
        # made once the matches are), so a reader in any thread sees a text with its own
        # matches, and the text is held, so no other text can take its identity. A matcher's
        # whole-text matches are the same whichever index they come from (an index of either
        # language, or a scan of its own) and whichever thread found them.
        self._cur: tuple = (None, None, None)
        _REGISTRY.append(self)

    def _indexed(self, text: str):
        """(starts, matches) of this matcher over a long text, from the shared index; else None.

        A matcher made after the text's index was built gets its own entry, found by one scan
        of its own, so the shared index is built once per text. (`search` and `finditer`
        look in the index of the last text themselves first.)"""
        if len(text) < _SMALL:
            return None
        tk = tokens_of(text)
        index = tk.index
        if index is None:
            _build_index(tk, text, self.lang)
            index = tk.index
        mid = self._id
        if mid < len(index) and index[mid] is not None:
            entry = index[mid]
            return _asked(self, index, text) if entry.__class__ is list else entry
        extra = tk.extra.get(mid)
        if extra is None:
            if not self.asked:
                self.asked = True
                _LEARNING["version"] += 1  # held by the index from the next text on
            found = list(self._scan(text, 0, len(text)))
            extra = tk.extra[mid] = ([m.start for m in found], found)
        return extra

    def _scan(self, text: str, pos: int, endpos: int):
        tk = tokens_of(text)
        i = bisect_left(tk.starts, pos)
        n = bisect_right(tk.ends, endpos)
        table = self._table
        cs, ci, exact, lower = table.cs, table.ci, tk.exact, tk.lower
        while i < n:
            # (a token that starts no phrase, in case or in lower case, is passed at once)
            if exact[i] not in cs and lower[i] not in ci:
                i += 1
                continue
            hits = table.walk(exact, lower, i, n)
            if not hits:
                i += 1
                continue
            length, key = hits[0]
            start, end = tk.starts[i], tk.ends[i + length - 1]
            yield Match(start, end, key, text[start:end])
            i += length

    def _current(self, text: str):
        """(text, starts, matches) of this matcher over a long text, kept as the
        current one; None for a short text (scanned over each queried range)."""
        last = _LAST
        if last[0] is text and last[2] == get_ident() and (index := last[1].index) is not None and self._id < len(index) and (indexed := index[self._id]) is not None:
            if indexed.__class__ is list:
                indexed = _asked(self, index, text)
        elif self.empty:
            indexed = _NO_MATCHES
        else:
            indexed = self._indexed(text)
            if indexed is None:
                return None
        cur = self._cur = (text, indexed[0], indexed[1])
        return cur

    # Matches of one matcher never overlap and are in order, so their ends are in order too:
    # of the matches that start in [pos, endpos) only the last can end after endpos.

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Match]:
        # the hot path: the current text (hundreds of queries an article)
        cur = self._cur
        if cur[0] is not text:
            cur = self._current(text)
            if cur is None:
                return list(self._scan(text, pos, len(text) if endpos is None else endpos))
        starts = cur[1]
        if not starts:
            return []
        if endpos is None:
            endpos = len(text)
        lo, hi = bisect_left(starts, pos), bisect_left(starts, endpos)
        if lo >= hi:  # nothing between (or an empty range: pos past endpos)
            return []
        found = cur[2][lo:hi]
        if found[-1][1] > endpos:
            found.pop()
        return found

    def starts(self, text: str) -> list[int]:
        """Where the matches over the whole text start ([m.start for m in finditer(text)]; for
        an indexed text the index's own list: not to be changed)."""
        if not self.empty:
            indexed = self._indexed(text)
            if indexed is not None:
                return indexed[0]
        return [m.start for m in self.finditer(text)]

    def whole(self, text: str) -> Match | None:
        """The match that is the whole of `text` ("Jakarta", "Twitter"), or None."""
        if len(text) < _SMALL and _ONE_TOKEN.fullmatch(text) is not None:
            return self._one_token(text)
        m = self.search(text)
        return m if m is not None and m.start == 0 and m.end == len(text) else None

    def _one_token(self, text: str) -> Match | None:
        """search(text) of a text that is one token (a word, most often): its one-token
        phrase, in case first, then in lower case, as a scan would find it, without
        tokenizing the text."""
        node = self._table.cs.get(text)
        if node is None or not node[0]:
            node = self._table.ci.get(text.lower())
        return _new_match(Match, (0, len(text), node[0][0], text)) if node is not None and node[0] else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        cur = self._cur
        if cur[0] is not text:
            cur = self._current(text)
            if cur is None:
                if pos == 0 and (endpos is None or endpos == len(text)) and _ONE_TOKEN.fullmatch(text) is not None:
                    return self._one_token(text)
                return next(self._scan(text, pos, len(text) if endpos is None else endpos), None)
        starts = cur[1]
        k = bisect_left(starts, pos)
        if k < len(starts):
            m = cur[2][k]
            if endpos is None or m[1] <= endpos:
                return m
        return None


def _cues(forms: list[str], lang: str | None = None) -> PhraseMatcher:
    return PhraseMatcher({"cue": forms}, lang=lang)


@dataclass
class Language:
    code: str
    stopwords: frozenset[str]
    cues: dict[str, PhraseMatcher]
    cue_forms: dict[str, list[str]]
    dates: dict[str, list[str]]
    date_cues: dict[str, PhraseMatcher]
    units: PhraseMatcher
    whole_durations: dict[str, tuple[float, str]]
    qualifiers: PhraseMatcher
    duration_lead: PhraseMatcher
    number_words: dict[str, float]
    weak_numbers: frozenset[str]  # number words that count only after a lead or a qualifier ("a", "an")
    unit_forms: dict[str, list[str]]  # duration unit key -> its surface forms
    teen_suffix: list[str]
    tens_suffix: list[str]
    half_suffix: list[str]
    decimal_comma: bool
    symptoms: PhraseMatcher
    causes: PhraseMatcher
    months: dict[str, int] = field(default_factory=dict)
    month_abbreviations: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    demonym_suffixes: tuple[str, ...] = ()  # "Australia" + "ns": a people, not a name
    duration_lead_forms: tuple[str, ...] = ()  # the forms of duration_lead ("for", "selama")


@dataclass
class Lexicon:
    languages: dict[str, Language]
    services: PhraseMatcher
    service_names: dict[str, str]
    service_operator: dict[str, str]
    service_kind: dict[str, str]
    short_forms: dict[str, str]  # first word (or camel-case last word) of a longer name -> the one service it can stand for
    alias_languages: dict[str, frozenset[str]]  # alias -> the only languages it counts in ("WA": id)
    operators: PhraseMatcher
    regions: PhraseMatcher
    region_names: dict[str, str]
    timezones: dict[str, str]
    timezone_matcher: PhraseMatcher
    unit_minutes: dict[str, float]
    fingerprint: str
    domain_endings: frozenset[str] = frozenset()  # last parts of web addresses that name a service
    platforms: frozenset[str] = frozenset()  # operating systems, phones and consoles, lower case: never a service alone
    service_country: dict[str, str] = field(default_factory=dict)  # service name -> the one country it serves
    region_members: dict[str, frozenset[str]] = field(default_factory=dict)  # a continent or region -> every territory it holds
    continents: frozenset[str] = frozenset()  # the continents of region_members (they give way only as a server's label)
    local_places: frozenset[str] = frozenset()  # cities and provinces as written (data/cities.toml, subdivisions.toml): names other countries' places share
    spelled_out: dict[str, frozenset[str]] = field(default_factory=dict)  # service key -> initials of its long forms ("NSE")

    def language(self, code: str | None) -> Language:
        return self.languages.get(code or "", self.languages[LANGUAGES[0]])

    def alias_counts_in(self, form: str, code: str) -> bool:
        """A service alias, as the text writes it, counts in this language ("WA" is WhatsApp
        in Indonesian only, "hulu" is Hulu in English only)."""
        langs = self.alias_languages.get(form)
        return langs is None or code in langs


def _load_toml(name: str) -> dict:
    path = data_dir() / name
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"{path}: {exc}") from exc


def _require(table: dict, keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if k not in table]
    if missing:
        raise DataError(f"{where}: missing keys {missing}")


def _cldr_calendar(code: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    from babel import Locale  # heavy; only when extraction runs

    locale = Locale.parse(code)
    months: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.months[context]["wide"].items():
            months[name] = number
        for number, name in locale.months[context]["abbreviated"].items():
            name = name.rstrip(".")
            if name not in months:
                abbreviations[name] = number
    weekdays: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            weekdays[name] = number  # 0 = Monday, as in datetime.weekday()
    return months, abbreviations, weekdays


def _language(code: str, causes: dict) -> Language:
    raw = _load_toml(f"lang/{code}.toml")
    where = f"data/lang/{code}.toml"
    _require(raw, ("code", "stopwords", "cues", "dates", "durations", "numbers", "symptoms"), where)
    _require(raw["cues"], CUE_KEYS, where + " [cues]")
    _require(raw["dates"], DATE_KEYS, where + " [dates]")
    durations = raw["durations"]
    _require(durations, ("units", "whole", "qualifiers", "lead"), where + " [durations]")
    _require(durations["units"], UNIT_KEYS, where + " [durations.units]")
    _require(durations["qualifiers"], QUALIFIER_KEYS, where + " [durations.qualifiers]")
    months, abbreviations, weekdays = _cldr_calendar(code)
    extra = raw["dates"].get("month_aliases", {})
    for name, number in extra.items():
        abbreviations[name] = int(number)
    cause_forms = {category: forms.get(code, []) for category, forms in causes.items()}
    return Language(
        code=code,
        stopwords=frozenset(raw["stopwords"]),
        cues={key: _cues(forms, code) for key, forms in raw["cues"].items()},
        cue_forms=dict(raw["cues"]),
        dates=dict(raw["dates"]),
        date_cues={key: _cues(forms, code) for key, forms in raw["dates"].items() if isinstance(forms, list)},
        units=PhraseMatcher(durations["units"], lang=code),
        whole_durations={k: (float(v[0]), str(v[1])) for k, v in durations["whole"].items()},
        qualifiers=PhraseMatcher(durations["qualifiers"], lang=code),
        duration_lead=_cues(durations["lead"], code),
        number_words={k: float(v) for k, v in raw["numbers"]["words"].items()},
        weak_numbers=frozenset(w.lower() for w in raw["numbers"].get("weak", [])),
        unit_forms={k: list(v) for k, v in durations["units"].items()},
        teen_suffix=list(raw["numbers"].get("teen_suffix", [])),
        tens_suffix=list(raw["numbers"].get("tens_suffix", [])),
        half_suffix=list(raw["numbers"].get("half_suffix", [])),
        decimal_comma=bool(raw["numbers"].get("decimal_comma", False)),
        symptoms=PhraseMatcher(raw["symptoms"], lang=code),
        causes=PhraseMatcher(cause_forms, lang=code),
        months=months,
        month_abbreviations=abbreviations,
        weekdays=weekdays,
        demonym_suffixes=tuple(raw.get("demonym_suffixes", ())),
        duration_lead_forms=tuple(durations["lead"]),
    )


def _regions(languages: tuple[str, ...]) -> tuple[PhraseMatcher, dict[str, str], frozenset[str]]:
    from babel import Locale

    raw = _load_toml("regions.toml")
    case_sensitive = set(raw.get("matching", {}).get("case_sensitive", []))
    english = Locale.parse("en").territories
    names = {code: name for code, name in english.items() if code not in _NOT_PLACES}
    forms: dict[str, list[str]] = {}
    for lang in languages:
        for code, name in Locale.parse(lang).territories.items():
            if code in _NOT_PLACES or code not in names or code == "001":
                continue  # "world" / "dunia" alone is a word ("the world's biggest"); data/regions.toml has the phrases
            forms.setdefault(code, []).append(name)
            # "Hong Kong SAR China", "Myanmar (Burma)": the name as people write it too
            short = _SHORT_TERRITORY.sub("", name)
            if short != name and short:
                forms[code].append(short)
    # "Turkiye", "Cote d'Ivoire", "Curacao": the names as written without their accents too,
    # where no other place claims the form
    written = {f for code_forms in forms.values() for f in code_forms}
    for code, code_forms in forms.items():
        for form in list(code_forms):
            plain = _without_accents(form)
            if plain != form and plain not in written:
                code_forms.append(plain)
                written.add(plain)
    for code, aliases in raw["aliases"].items():
        if code not in names:
            raise DataError(f"data/regions.toml: unknown CLDR territory {code!r}")
        forms.setdefault(code, []).extend(aliases)
    # regular demonyms of the country names ("Kenyan", "South African"), where no other place
    # claims the form
    taken = {f for code_forms in forms.values() for f in code_forms}
    for lang, endings in raw.get("demonyms", {}).items():
        if lang not in languages:
            continue
        local = {code: name for code, name in Locale.parse(lang).territories.items() if code in names and len(code) == 2}
        for code, name in local.items():
            for end, demonym_end in endings:
                form = name[: len(name) - len(end)] + demonym_end
                # (a plural checked as its singular: "Dominicans" is no more Dominica's than "Dominican")
                single = form[:-1] if form.endswith("s") else form
                if name.endswith(end) and form not in taken and not any(n.startswith(single) for c, n in local.items() if c != code):
                    forms[code].append(form)
                    taken.add(form)
    local: set[str] = set()
    # the world's large cities (data/cities.toml, made from GeoNames): a city stands for its country
    for code, cities in _load_toml("cities.toml")["cities"].items():
        if code not in names:
            raise DataError(f"data/cities.toml: unknown CLDR territory {code!r}")
        forms.setdefault(code, []).extend(cities)
        local.update(cities)
    # states, provinces, regions (data/subdivisions.toml, made from ISO 3166-2): one stands for its country
    for code, subdivisions in _load_toml("subdivisions.toml")["subdivisions"].items():
        if code not in names:
            raise DataError(f"data/subdivisions.toml: unknown CLDR territory {code!r}")
        forms.setdefault(code, []).extend(subdivisions)
        local.update(subdivisions)
    # Proper names (capitalised) are matched in their case; phrases in lower case in any case.
    for code_forms in forms.values():
        for form in code_forms:
            if form[:1].isupper():
                case_sensitive.add(form)
    return PhraseMatcher(forms, case_sensitive), names, frozenset(local)


def _without_accents(name: str) -> str:
    """The name with its letters' accents dropped and a plain apostrophe ("Türkiye" ->
    "Turkiye", "Côte d’Ivoire" -> "Cote d'Ivoire")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).replace("’", "'")


_SHORT_TERRITORY = re.compile(r"\s*\([^)]*\)$|\s+SAR\s.*$")


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The compiled lexicon (cached for the life of the process)."""
    services_raw = _load_toml("services.toml")
    causes = _load_toml("causes.toml")
    service_forms: dict[str, list[str]] = {}
    case_sensitive: set[str] = set()
    names: dict[str, str] = {}
    operator_of: dict[str, str] = {}
    kind_of: dict[str, str] = {}
    alias_languages: dict[str, frozenset[str]] = {}
    for key, entry in services_raw["services"].items():
        _require(entry, ("name", "aliases", "operator", "kind"), f"data/services.toml [services.{key}]")
        names[key] = entry["name"]
        operator_of[key] = entry["operator"]
        kind_of[key] = entry["kind"]
        # (a name that is a bare number, "911", is matched only in the phrases its aliases list)
        service_forms[key] = [entry["name"], *entry["aliases"]] if entry.get("match_name", True) else list(entry["aliases"])
        # "Hong Kong Exchanges and Clearing" is written "... & Clearing" too, and the other way round
        service_forms[key] += [f.replace(" and ", " & ") for f in service_forms[key] if " and " in f] + \
            [f.replace(" & ", " and ") for f in service_forms[key] if " & " in f]
        case_sensitive.update(entry.get("case_sensitive", []))
        for form, langs in entry.get("only_in", {}).items():
            alias_languages[form] = alias_languages[form.lower()] = frozenset(langs)  # as written, or in lower case ("hulu")
        # one- and two-letter names ("X", "WA", "IG") only in the case written
        case_sensitive.update(f for f in service_forms[key] if len(f) <= 2)
    # "Garuda" for "Garuda Indonesia": the first word of a longer name that only one service has
    # (and "eWallet" for "Touch 'n Go eWallet": a last word written with a capital inside it)
    firsts: dict[str, set[str]] = {}
    whole = {f.lower() for forms in service_forms.values() for f in forms}
    for key, forms in service_forms.items():
        for f in forms:
            words = f.split()
            head, tail = words[0], words[-1]
            if len(words) > 1 and len(head) >= 4 and head[:1].isupper() and head.lower() not in whole:
                firsts.setdefault(head, set()).add(key)
            if len(words) > 1 and len(tail) >= 4 and tail[:1].islower() and any(c.isupper() for c in tail[1:]) and tail.lower() not in whole:
                firsts.setdefault(tail, set()).add(key)
    operators = PhraseMatcher(services_raw.get("operators", {}))
    short_forms = {head: next(iter(keys)) for head, keys in firsts.items() if len(keys) == 1 and operators.search(head) is None}
    languages = {code: _language(code, causes) for code in LANGUAGES}
    regions, region_names, local_places = _regions(LANGUAGES)
    region_members, continents = _region_members(region_names)
    timezones = {k: str(v) for k, v in _load_toml("timezones.toml").items()}
    units = {k: float(v) for k, v in _load_toml("units.toml").items()}
    services = PhraseMatcher(service_forms, case_sensitive)
    return Lexicon(
        languages=languages,
        services=services,
        service_names=names,
        service_operator=operator_of,
        service_kind=kind_of,
        short_forms=short_forms,
        alias_languages=alias_languages,
        operators=operators,
        regions=regions,
        region_names=region_names,
        timezones=timezones,
        timezone_matcher=PhraseMatcher({k: [k] for k in timezones}, set(timezones)),
        unit_minutes=units,
        fingerprint=data_fingerprint(),
        domain_endings=frozenset(services_raw.get("domains", {}).get("endings", [])),
        platforms=frozenset(n.lower() for n in services_raw.get("platforms", {}).get("names", [])),
        service_country={names[key]: code for code, keys in services_raw.get("countries", {}).items() for key in keys},
        region_members=region_members,
        continents=continents,
        local_places=local_places,
        spelled_out=_spelled_out(services),
    )


def _spelled_out(services: PhraseMatcher) -> dict[str, frozenset[str]]:
    """Per service, the initials of its forms of several capitalised words, upper case
    ("National Stock Exchange" -> "NSE"): the short names the lexicon spells out."""
    found: dict[str, set[str]] = {}
    for parts, _, key in services._phrases:
        caps = [p[0] for p in parts if p[:1].isupper()]
        if len(caps) >= 2:
            found.setdefault(key, set()).add("".join(caps).upper())
    return {k: frozenset(v) for k, v in found.items()}


def _region_members(names: dict[str, str]) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Each continent and region of data/region_groups.toml with every territory under it,
    its sub-groups expanded ("419" holds "005", so Brazil too); and which are continents."""
    data = _load_toml("region_groups.toml")
    raw = data["contains"]
    for code, parts in raw.items():
        for c in (code, *parts):
            if c not in names:
                raise DataError(f"data/region_groups.toml: unknown CLDR territory {c!r}")

    def members(code: str, seen: frozenset[str]) -> set[str]:
        out: set[str] = set()
        for part in raw.get(code, ()):
            if part not in seen:
                out.add(part)
                out |= members(part, seen | {part})
        return out

    return {code: frozenset(members(code, frozenset({code}))) for code in raw}, frozenset(data.get("continents", []))


def data_fingerprint() -> str:
    """A hash of every file in data/: stored results are stale when it changes."""
    digest = hashlib.sha256()
    root = data_dir()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
