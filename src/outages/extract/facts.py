"""The facts of each sentence (stage 3 and 4 of pipeline.py): outage, recovery and
symptom cues, services, dates and times, durations, places and cause, each with its
offsets; and the anchors, the dates of sentences that report an outage.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from heapq import merge
from datetime import date, timedelta

from .. import lexicon as lexicon_mod
from .. import text as text_mod
from . import causes as C
from . import dates as D
from . import durations as DU
from . import metadata as M
from . import names as N
from . import places as P
from . import services as S
from .context import CITATION_GAP_WORDS, CLUSTER_SLACK_DAYS, NEGATION_WINDOW_WORDS, SPEECH_DATE_FAR_WORDS, SPEECH_DATE_WORDS, ZONE_ATTACH_BEFORE_CHARS, ZONE_ATTACH_CHARS, _YEAR, Context, Facts

# The quotation marks “ ” ", each a literal (which the engine finds at once, where a class of
# them is tested at every character), their places merged in order; an ASCII text holds '"' only.
_QUOTE_MARKS = tuple(re.compile(mark) for mark in '“”"')
_ASCII_QUOTE_MARK = _QUOTE_MARKS[2]


_match_start = re.Match.start


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (“…” or "…"; a straight quote left open ends at the line).

    Only the marks are visited (an article has a few, and dozens of line ends): a straight
    quote still open at the next mark is closed first if a line ended in between."""
    spans = []
    open_at = None
    marks = _ASCII_QUOTE_MARK.finditer(text) if text.isascii() else merge(*[mark.finditer(text) for mark in _QUOTE_MARKS], key=_match_start)
    for m in marks:
        ch, i = m.group(), m.start()
        if open_at is not None and text[open_at] == '"' and text.find("\n", open_at, i) != -1:
            open_at = None  # the line ended: the straight quote left open ends there
        if ch == "“":
            open_at = i
        elif ch == "”" and open_at is not None:
            spans.append((open_at, i))
            open_at = None
        elif ch == '"':
            if open_at is None:
                open_at = i
            else:
                spans.append((open_at, i))
                open_at = None
    return spans


def _in_quote(ctx: Context, pos: int) -> bool:
    k = bisect_left(ctx.quote_starts, pos) - 1  # spans are sorted and do not overlap
    return k >= 0 and ctx.quotes[k][0] < pos < ctx.quotes[k][1]


def _short_quote(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The quotation of a few words pos is in (a message or a label rather than a
    statement), or None."""
    k = bisect_left(ctx.quote_starts, pos) - 1
    if k < 0 or not ctx.quotes[k][0] < pos < ctx.quotes[k][1]:
        return None
    a, b = ctx.quotes[k]
    return (a, b) if len(ctx.text[a:b].split()) <= SHORT_QUOTE_WORDS else None


def _message_named(ctx: Context, quote: tuple[int, int]) -> bool:
    """A message word names the quotation ('seeing "network error" messages', 'muncul
    tulisan "server error"'): what users saw on screen."""
    a, b = quote
    nouns = ctx.lang.cues["message_nouns"]
    after = nouns.search(ctx.text, b, min(len(ctx.text), b + 16))
    before = nouns.search(ctx.text, lexicon_mod.window_start(ctx.text, a, 1), a)
    return (after is not None and not ctx.text[b : after.start].strip(" \"”'’")) or before is not None


def _in_person_name(ctx: Context, m) -> bool:
    """The service's name is the surname of a person the article introduces with a role
    ("District Judge Yvonne Gonzalez Rogers"): the word before it is one of that person's names."""
    if m.text not in ctx.speakers:
        return False
    tokens = lexicon_mod.tokens_of(ctx.text)
    k = bisect_left(tokens.starts, m.start) - 1
    return k >= 0 and tokens.exact[k] in ctx.speakers and not ctx.text[tokens.ends[k] : m.start].strip()


REPEAT_MIN_CHARS = 40  # shorter sentences ("Baca juga:", "Ia mengatakan.") may well repeat


def _facts(ctx: Context) -> list[Facts]:
    text, lang, lex = ctx.text, ctx.lang, ctx.lex
    byline_line = ctx.byline_line
    sentences = [s for s in text_mod.sentences(text) if not s.furniture and s.paragraph != byline_line]
    first_in_paragraph: set[int] = set()
    seen = set()
    for s in sentences:
        if s.paragraph not in seen:
            seen.add(s.paragraph)
            first_in_paragraph.add(s.start)
    if ctx.reference is None:  # years the text mentions bound a missing year (only needed then)
        years = {int(y) for s in sentences for y in _YEAR.findall(text, s.start, s.end)}
        ctx.text_years = tuple(sorted(years | set(ctx.text_years)))
    ctx.speakers = C.operator_speakers(text, lang, [(s.start, s.end) for s in sentences])
    ctx.named_keys = {
        m.key for m in lex.services.finditer(text, 0, len(text))
        if lex.alias_counts_in(m.text, lang.code)  # "hulu" in Indonesian is no Hulu
    }
    tokens = lexicon_mod.tokens_of(text)
    exact, starts = tokens.exact, tokens.starts
    prose: list[str] = []
    for s in sentences:
        prose += exact[bisect_left(starts, s.start) : bisect_left(starts, s.end)]
    counted = Counter(prose)  # each word once, in the order first written
    ctx.lowercase_words = set(filter(str.islower, counted))
    # "@crunchyroll", "#whatsappdown": a handle or a tag is no word written in lower case
    for word, n in (Counter(_HANDLE.findall(text)) if "@" in text or "#" in text else {}).items():
        if counted.get(word, 0) <= n:
            ctx.lowercase_words.discard(word)
    # (with names written with a small first letter: "eFootball", "iCloud")
    # (a capitalised first letter is no lower-case word: the test of case first, which most
    # words, written in lower case, fail at once)
    ctx.name_counts = {w: n for w, n in counted.items() if not w.islower() and (w[:1].isupper() or w[:1].isalpha())}
    ctx.cue_starts = _cue_starts(text, lang)
    out = []
    last_day: date | None = None
    seen: set[str] = set()
    for s in sentences:
        start = s.start
        if s.start in first_in_paragraph:
            start += M.dateline_span(text[s.start : s.end], lex)
        if start >= s.end:
            continue
        if s.end - start >= REPEAT_MIN_CHARS:
            # a sentence said again word for word (a caption under its paragraph, a text
            # pasted many times) tells nothing new: its first telling is read
            said = text[start : s.end]
            if said in seen:
                continue
            seen.add(said)
        f = _sentence_facts(ctx, s, start, s.end)
        if f.reports_outage and not f.services and out and out[-1].sentence.paragraph == s.paragraph:
            f.services = _named_before(ctx, out[-1], start, s.end)
        # "Dua hari berselang, giliran Grab yang tumbang": a date counted from the last one
        if last_day is not None and f.reports_outage and not f.anchors:
            for a, b, days in DU.find_offsets(text, lang, lex, start, s.end):
                day = last_day + timedelta(days=days)
                mention = D.DateMention(a, b, text[a:b], None, None, None, kind="relative", relative="offset")
                f.anchors.append((mention, D.Resolved(day, day, "day", True)))
        days = [r.first for _, r in f.anchors if r.precision == "day"]
        if days and f.reports_outage:
            last_day = days[-1]
        out.append(f)
    _settle_weekdays_and_future(out, ctx)
    return out


# The cues without which a sentence says nothing worth reading (see the early return in
# _sentence_facts): an outage, a recovery, an impact, a symptom, a cause, a speaker, a length.
_CUE_KEYS = (
    "outage", "outage_after_service", "outage_before_service", "recovery", "impact_context", "unavailable_lead", "user_nouns",
    "because", "because_backward", "undisclosed", "speech", "began", "normal_operation",
)


def _cue_starts(text: str, lang: lexicon_mod.Language) -> list[int] | None:
    """The sorted starts of every match of those cues over the whole text, when the text is
    long enough to be indexed: each of its queries is then a slice of these whole-text matches,
    so a sentence with no start in it has no match of them. None for a short text (queried by
    scans of its own ranges)."""
    if not lexicon_mod.indexed(text):
        return None
    matchers = [lang.cues[key] for key in _CUE_KEYS] + [lang.symptoms, lang.duration_lead]
    return sorted(set().union(*[matcher.starts(text) for matcher in matchers]))


def _settle_weekdays_and_future(facts: list[Facts], ctx: Context) -> None:
    """A bare weekday in the headline names the written date of that weekday when the
    article has one ("Minggu" in the headline, "Minggu (24/11/2024)" in the body), not the last such day;
    and a date after publication is a plan ("dijadwalkan pada Minggu (24/11)"), not an
    outage that happened: it dates nothing."""
    written = {r.first for f in facts for d, r in f.anchors if d.kind == "explicit" and r.precision == "day"}
    foreign = ctx.lang.cues["foreign_time"]
    # "the outage had hit them early on Thursday morning local time" in a report of a
    # Wednesday outage: the same event a day on in another zone, not last Thursday
    own_days = {r.first for f in facts for d, r in f.anchors if r.precision == "day" and not _tagged(ctx, d, foreign) and d.start not in f.other_zone_dates}
    for f in facts:
        settled = []
        for d, r in f.anchors:
            if d.kind == "weekday" and r.precision == "day":
                headline = f.sentence.title or _headline_case(ctx.text[f.start : f.end])
                if headline and not any(w.weekday() == r.first.weekday() for w in written):
                    # the written date may stand in a sentence that reports nothing ("dijadwalkan
                    # pada Minggu (17/11/2024)"): every written day of the text
                    written = written | _written_days(ctx)
                if written and headline:  # "OVO Down Minggu Pagi" over "Minggu (13/10/2024)"
                    r = _same_weekday(r, written)
                if _tagged(ctx, d, foreign):
                    r = _neighbour_day(r, own_days)
            settled.append((d, r))
        f.anchors = settled
        if ctx.reference is not None:
            # a day ahead is another zone's date of the same event ("Thursday morning local time")
            kept = [(d, r) for d, r in f.anchors if r.first <= ctx.reference or (
                r.first == ctx.reference + timedelta(days=1) and _tagged(ctx, d, foreign))]
            # (not a day of redress to come: "affected users will receive a voucher by 13 November")
            ctx.planned = ctx.planned or (len(kept) < len(f.anchors) and f.reports_outage
                                          and ctx.lang.cues["redress"].search(ctx.text, f.start, f.end) is None)
            f.anchors = kept


def _written_days(ctx: Context) -> set[date]:
    """The days written in full anywhere in the text (day, month and year)."""
    days = set()
    for d in D.find_dates(ctx.text, ctx.lang, ctx.lex, 0, len(ctx.text)):
        if d.kind == "explicit" and d.year is not None and d.day is not None:
            r = D.resolve(d, ctx.reference, ctx.text_years)
            if r is not None and r.precision == "day":
                days.add(r.first)
    return days


def _year_for(month: int, years: set[tuple[int, int]]) -> int | None:
    found = {y for m, y in years if m == month}
    return found.pop() if len(found) == 1 else None


def _with_year(r: D.Resolved, year: int) -> D.Resolved:
    try:
        return D.Resolved(r.first.replace(year=year), r.last.replace(year=year), r.precision, False)
    except ValueError:  # 29 February
        return r


def _neighbour_day(r: D.Resolved, days: set[date]) -> D.Resolved:
    """The day next to one of `days` that has r's weekday, when exactly one does."""
    near = {d + timedelta(days=k) for d in days for k in (-1, 1)} - days
    match = [d for d in near if d.weekday() == r.first.weekday()]
    return D.Resolved(match[0], match[0], "day", r.inferred_year) if len(match) == 1 else r


def _same_weekday(r: D.Resolved, written: set[date]) -> D.Resolved:
    if r.first in written:
        return r
    week = [w for w in written if w.weekday() == r.first.weekday() and abs((w - r.first).days) == 7]
    return D.Resolved(week[0], week[0], "day", r.inferred_year) if len(week) == 1 else r


def _named_before(ctx: Context, before: Facts, start: int, end: int) -> list:
    """ "The attack targeted Zorkpay, a system ... It has been down since Friday": an outage
    sentence that opens with a pronoun for a thing names the services the sentence before it
    names (the lexicon's, not bystanders)."""
    lead = ctx.lang.cues["thing_pronouns"].search(ctx.text, start, min(end, start + 24))
    if lead is None or ctx.text[start : lead.start].strip():
        return []
    return [m for m in S.find_services(ctx.text, ctx.lang, ctx.lex, before.start, before.end) if not m.bystander and not _in_quote(ctx, m.start)]


KICKER_WORDS = 4  # "Storm Eowyn: How to prepare ...": a headline's label before its colon


def _leads_with(ctx: Context, f: Facts, cue: lexicon_mod.PhraseMatcher) -> bool:
    """The sentence starts with the cue (a number before it allowed: "5 Cara Cek ..."; or a
    short label and a colon: "Storm Eowyn: How to prepare for power cuts"). A question before
    it is a sentence of its own (pipeline._leads_how_to)."""
    lo = f.start
    hit = cue.search(ctx.text, lo, f.end)
    if hit is None:
        return False
    head = ctx.text[lo : hit.start].strip()
    if head.endswith(":") and ":" not in head[:-1] and len(head.split()) <= KICKER_WORDS:
        head = ""
    return head == "" or head.isdigit()


def _undated_outage_is_told(facts: list[Facts]) -> bool:
    """An outage with no date at all is an incident only when the text tells it: the same
    service reported down twice, or with a detail (a length, a time, a place, a cause)."""
    told = [f for f in facts if f.reports_outage and f.services and not f.hedged]
    if len(told) >= 2:
        return True
    return any(f.durations or f.times or f.places or f.cause for f in told)


_HANDLE = re.compile(r"[@#](?<![\w@#][@#])(\w+)")  # (?<![\w@#])[@#](\w+), with the mark first: the engine skips ahead to it


def _headline_case(sentence: str) -> bool:
    """Most words capitalised: a headline, where capitals say nothing about names (not a
    sentence that ends in a full stop: "Aplikasi Jamsostek Mobile (JMO) milik BPJS
    Ketenagakerjaan bermasalah pada Rabu, 7 Agustus 2024." is prose full of names)."""
    if sentence.rstrip(" \"'”’").endswith("."):
        return False
    return _mostly_capitalised(sentence)


def _mostly_capitalised(sentence: str) -> bool:
    initials = [w[:1] for w in sentence.split() if w[:1].isalpha()]
    return len(initials) >= 3 and sum(map(str.isupper, initials)) >= 0.7 * len(initials)


def _cue_before(ctx: Context, key: str, at: int, floor: int, words: int) -> bool:
    """A cue of `key` among the `words` words before `at` (not before `floor`)."""
    return ctx.lang.cues[key].search(ctx.text, max(floor, lexicon_mod.window_start(ctx.text, at, words)), at) is not None


def _headline_future(ctx: Context, at: int, floor: int) -> bool:
    """A headline's outage word right after its word of the future, itself right after a
    capitalised word that is no verb of force ("Microsoft to shut down Skype in May"; not
    "Hospital Forced to Shut Down Systems"): an announcement."""
    text = ctx.text
    cue = ctx.lang.cues["title_future"].search(text, max(floor, lexicon_mod.window_start(text, at, 1)), at)
    if cue is None:
        return False
    before = lexicon_mod.window_start(text, cue.start, 1)
    word = text[before : cue.start].strip()
    # (or a noun of a service, or of a list of them, in a headline written in sentence case:
    # "DVLA online services to go offline")
    low = word.lower()
    forms = ctx.lang.cue_forms
    subject = word[:1].isupper() or low in N._lower_words(forms["service_nouns"]) or low in N._lower_words(forms["list_heads"])
    # (the verb of force may stand before its object: "Attack Forces Zorkhealth to Shut Down")
    forced = ctx.lang.cues["title_future_not_after"].search(text, max(floor, lexicon_mod.window_start(text, cue.start, 2)), cue.start)
    return before >= floor and subject and forced is None


def _announced(ctx: Context, at: int, floor: int) -> bool:
    """_headline_future, noted for the article: its bare weekdays are the coming ones."""
    if _headline_future(ctx, at, floor):
        ctx.announced = True
        return True
    return False


def _purposed(ctx: Context, at: int, floor: int) -> bool:
    """A word of purpose shortly before `at`: what someone wants ("agar konten tersebut tidak
    dapat diakses", "so that the site is unavailable to bots"), not what happened."""
    return _cue_before(ctx, "purpose", at, floor, NEGATION_WINDOW_WORDS)


def _not_incident(text: str, lang: lexicon_mod.Language, start: int, end: int) -> bool:
    """A word of what is no incident (earnings, a scam, a new feature), not as words of a name:
    "Indeks Harga Saham Gabungan" (a phrase of capitalised words, not opening a sentence that
    is no headline) is an index."""
    found = lang.cues["not_incident"].finditer(text, start, end)
    if not found:
        return False
    headline = _headline_case(text[start:end])
    for m in found:
        words = text[m.start : m.end].split()
        if headline or m.start == start or not all(w[:1].isupper() for w in words):
            return True
        if len(words) < 2 and not _inside_a_name(text, m.start, m.end, start, end):
            return True  # ("the Internal Revenue Service": a capitalised word among capitalised words is a name's)
    return False


_WORD_BEFORE = re.compile(r"(\w+)['’]?s?\s+$")
_WORD_AFTER = re.compile(r"(?:['’]s)?\s+(\w+)")  # ("the Bureau of Internal Revenue's eFPS": over a possessive)


def _inside_a_name(text: str, a: int, b: int, start: int, end: int) -> bool:
    """The capitalised word at text[a:b] stands between capitalised words, with no sentence
    start before it."""
    before = _WORD_BEFORE.search(text, max(start, a - 40), a)
    after = _WORD_AFTER.match(text, b, end)
    return before is not None and before.start(1) > start and before.group(1)[:1].isupper() and after is not None and after.group(1)[:1].isupper()


def _in_prose_name(ctx: Context, m: lexicon_mod.Match, start: int, end: int) -> bool:
    """A capitalised outage word inside a name in a sentence of prose ("Pemberlakuan
    Pembatasan Kegiatan Masyarakat (PPKM)" is a policy; not a headline's "WhatsApp Down Lagi",
    nor "The Zorkline Express App Went Down On Monday.", capitals all through)."""
    text = ctx.text
    return text[m.start].isupper() and _inside_a_name(text, m.start, m.end, start, end) and not _mostly_capitalised(text[start:end])


def _future_before(ctx: Context, at: int, floor: int) -> bool:
    """A word of the future a few words before `at` ("said he would issue an order on Monday",
    "is due to appear before a Senate inquiry into the outage on Friday"), with no outage told
    as an event between them ("will give credit after its network went down on Friday": the
    day is the outage's; "the outage", a noun after a determiner, and "will be unavailable",
    itself yet to come, tell no event)."""
    text = ctx.text
    future = ctx.lang.cues["future"].search(text, max(floor, lexicon_mod.window_start(text, at, FUTURE_WEEKDAY_WORDS)), at)
    if future is None:
        return False
    determiners = ctx.lang.cues["name_determiners"]
    for m in ctx.lang.cues["outage"].finditer(text, future.end, at):
        if determiners.search(text, max(future.end, lexicon_mod.window_start(text, m.start, 1)), m.start) is None \
                and not _cue_before(ctx, "future", m.start, future.start, NEGATION_WINDOW_WORDS):  # not "will be unavailable"
            return False
    return True


def _the_outlet(ctx: Context, m: S.ServiceMention) -> bool:
    """A name the lexicon lacks that is the article's own outlet ("pemantauan Okezone
    menunjukkan ...", "kata dia kepada Kompas.com"), or a known service's name the article
    states as its outlet ("outlet: UPI", "(UPI) --", then "a statement to UPI"): the
    reporter, no service."""
    low = m.text.lower()
    if not m.key.startswith("~"):
        return low in ctx.stated_outlets
    if not ctx.outlets:
        return False
    return low in ctx.outlets or low.split(".", 1)[0] in ctx.outlets


def _negated(ctx: Context, at: int, floor: int) -> bool:
    if _cue_before(ctx, "outage_negation", at, floor, NEGATION_WINDOW_WORDS):
        return True
    # "did not face any service degradation": a word that only a negation opens ("any") in
    # the window carries the negation before it
    polar = ctx.lang.cues["negative_polarity"].search(ctx.text, max(floor, lexicon_mod.window_start(ctx.text, at, NEGATION_WINDOW_WORDS)), at)
    return polar is not None and _cue_before(ctx, "outage_negation", polar.start, floor, NEGATION_WINDOW_WORDS)


_BLOCKED_GAP = re.compile(r"(?:\s+(?:[a-z][\w-]*|[,&]))*?\s+")  # "blocked (social media platforms such as) Facebook"
BLOCKED_REACH = 40  # characters from the word of blocking to the service


def _service_blocked(ctx: Context, start: int, end: int) -> lexicon_mod.Match | None:
    """ "the government blocked Facebook, WhatsApp and Viber", "Kominfo memblokir Telegram": a
    word of blocking with a service after it over lower-case words only (not "blocked the
    account of", "blocked ads on YouTube")."""
    for cue in ctx.lang.cues["outage_before_service"].finditer(ctx.text, start, end):
        # "authorities ordered the suspension of mobile data services", "pemerintah memblokir
        # akses internet seluler": a ruler's block of the internet itself (not "Telkomsel
        # restricted mobile data for users over their caps")
        access = ctx.lang.cues["access_services"].search(ctx.text, cue.end, min(end, cue.end + BLOCKED_REACH))
        if access is not None and _BLOCKED_GAP.fullmatch(" " + ctx.text[cue.end : access.start]) is not None \
                and not any(w in ctx.lang.stopwords for w in ctx.text[cue.end : access.start].split()) \
                and ctx.lang.cues["ruling_authority"].search(ctx.text, start, end) is not None:
            return cue
        m = ctx.lex.services.search(ctx.text, cue.end, min(end, cue.end + 2 * BLOCKED_REACH))
        if m is None:
            continue
        gap = ctx.text[cue.end : m.start]
        if len(gap) <= BLOCKED_REACH and _BLOCKED_GAP.fullmatch(gap) and len(gap.split()) <= 4 and not any(w in ctx.lang.stopwords for w in gap.split()):
            return cue
        # "memblokir 118 aplikasi asal China, termasuk PUBG Mobile": a list of what was blocked
        lead = ctx.lang.cues["list_lead"].search(ctx.text, cue.end, m.start)
        if lead is not None and not ctx.text[lead.end : m.start].strip(" ,:") and ctx.lex.services.search(ctx.text, cue.end, lead.start) is None:
            return cue
    return None


ACCESS_CUT_WORDS = 3  # "Mobile internet was first cut off", "mobile data services remained suspended": words between


def _access_cut(ctx: Context, start: int, end: int) -> lexicon_mod.Match | None:
    """Access to the internet itself, then a word of blocking over a few lower-case words
    ("Mobile internet suspended in Islamabad", "mobile data services have been suspended"):
    an outage of every network that carries it (not "mobile internet users blocked ...")."""
    for access in ctx.lang.cues["access_services"].finditer(ctx.text, start, end):
        cue = ctx.lang.cues["outage_before_service"].search(ctx.text, access.end, min(end, access.end + 40))
        if cue is None:
            continue
        gap = ctx.text[access.end : cue.start].split()
        if len(gap) <= ACCESS_CUT_WORDS and all(w.islower() and w.isalpha() for w in gap) \
                and ctx.lang.cues["user_nouns"].search(ctx.text, access.end, cue.start) is None:  # not "mobile internet users blocked"
            return cue
    return None


def _in_spared_aside(ctx: Context, at: int, start: int, end: int) -> bool:
    """The outage word stands in a relative aside, and the sentence goes on to say the service
    works ("ChatGPT, which has seen its own share of outages, was operating normally"): the
    aside tells of its past, the sentence of no outage."""
    comma = ctx.text.rfind(",", start, at)
    if comma < 0:
        return False
    aside = S.relative_aside(ctx.text, ctx.lang, comma, end)
    if aside is None or aside.end() <= at:
        return False
    return bool(S.unaffected_cues(ctx.text, ctx.lang, aside.end(), end))


def _down_after_service(ctx: Context, start: int, end: int) -> bool:
    """ "UPI down on Wednesday", "WhatsApp down lagi": the bare word right after a service."""
    cue = ctx.lang.cues["outage_after_service"]
    gap_words = N._gap_words(ctx.lang)
    for m in ctx.lex.services.finditer(ctx.text, start, end):
        hit = cue.search(ctx.text, m.end, min(end, m.end + 32))
        if hit is None or _measure(ctx, hit.end, end):
            continue
        # ("sinyal Indosat juga hilang": over a word or two of the subject's gap)
        gap = ctx.text[m.end : hit.start].split()
        if len(gap) <= AFTER_SERVICE_GAP_WORDS and all(w.lower() in gap_words for w in gap):
            return True
    return False


AFTER_SERVICE_GAP_WORDS = 2  # "Indosat juga sempat hilang": gap words between the service and the word


def _measure(ctx: Context, at: int, end: int) -> bool:
    """The outage word is a measure or a price: a number or a measure word right after it
    ("down 8%", "down by RM20,000", "down payment", "turun 5 persen"); or it is the first
    half of a compound that names something else ("outage-tracking websites")."""
    if ctx.text[at : at + 1] == "-" and ctx.text[at + 1 : at + 2].isalpha():
        return True
    nxt = _NEXT_WORD.match(ctx.text, at, end)
    if nxt is None:
        return False
    if nxt.group(1)[:1].isdigit():
        unit = ctx.lang.units.search(ctx.text, nxt.end(1), min(end, nxt.end(1) + 12))
        return unit is None or ctx.text[nxt.end(1) : unit.start].strip() != ""  # "down 14 jam" is a duration
    hit = ctx.lang.cues["outage_not_after"].search(ctx.text, nxt.start(1), min(end, nxt.end(1) + 12))
    if hit is not None and hit.start == nxt.start(1):
        return True
    # "down by RM20,000", "down from $5": a lead word, then a number or a currency
    lead = ctx.lang.cues["measure_lead"].search(ctx.text, nxt.start(1), min(end, nxt.end(1) + 12))
    if lead is None or lead.start != nxt.start(1):
        return False
    amount = ctx.text[lead.end : lead.end + 16].split()
    if not (bool(amount) and (not amount[0][0].isalpha() or any(c.isdigit() for c in amount[0]))):  # "8%", "$5", "RM20,000"
        return False
    # "was down from 9:15 a.m. to 2:45 p.m.": a time, not an amount
    first = ctx.text.index(amount[0], lead.end)
    return not any(t.start == first for t in D.find_times(ctx.text, ctx.lang, ctx.lex, first, min(end, first + 24)))


def _speaking_paragraph(ctx: Context, s: text_mod.Sentence, start: int, end: int) -> tuple[int, int]:
    """The paragraph that says who speaks in this sentence; a sentence that opens with a
    pronoun ("He later said ...", "Ia menambahkan ...") reaches back over the paragraph
    before, where the speaker was named."""
    here = ctx.paragraphs.get(s.paragraph, (start, end))
    pronoun = ctx.lang.cues["pronoun_subject"].search(ctx.text, start, min(end, start + 12))
    if pronoun is None or ctx.text[start : pronoun.start].strip(" \"“'‘"):
        return here
    before = [p for p in ctx.paragraphs if p < s.paragraph and ctx.text[ctx.paragraphs[p][0] : ctx.paragraphs[p][1]].strip()]
    return (ctx.paragraphs[max(before)][0], here[1]) if before else here


def _unavailable(text: str, lang: lexicon_mod.Language, start: int, end: int) -> list[lexicon_mod.Match]:
    """'tidak bisa dipesan', 'could not be reached': a lead, then a passive verb of any kind
    (the language's passive prefix or suffix), but not a verb that speaks of something else
    ("could not be reached for comment", "tidak bisa dipungkiri")."""
    out: list[lexicon_mod.Match] = []
    for lead in lang.cues["unavailable_lead"].finditer(text, start, end):
        verb = _NEXT_WORD.match(text, lead.end, end)
        if verb is None:
            continue
        word = verb.group(1).lower()
        if not any(_has_affix(word, affix) for affix in lang.cue_forms["passive_affix"]):
            continue
        if _other_sense(text, lang, verb.start(1), min(end, verb.end(1) + 24)):
            continue
        out.append(lexicon_mod.Match(lead.start, verb.end(1), "unavailable", text[lead.start : verb.end(1)]))
    return out


def _users_could_not(text: str, lang: lexicon_mod.Language, start: int, end: int) -> list[lexicon_mod.Match]:
    """ "Telstra customers could not call triple zero", "pelanggan tidak bisa memesan": a user
    word, then within a few words a word of lost ability. Not "users could not say"."""
    out: list[lexicon_mod.Match] = []
    for who in lang.cues["user_nouns"].finditer(text, start, end):
        lost = lang.cues["lost_ability"].search(text, who.end, min(end, who.end + 64))
        if lost is None:
            continue
        if _other_sense(text, lang, lost.end, min(end, lost.end + 16)):
            continue  # "could not say", "tidak bisa memastikan"
        out.append(lexicon_mod.Match(who.start, lost.end, "unavailable", text[who.start : lost.end]))
    return out


def _other_sense(text: str, lang: lexicon_mod.Language, at: int, stop: int) -> bool:
    """The words from `at` say something other than a lost service ("reached for comment",
    "dipungkiri", "say"): an `unavailable_not` phrase starting there, ending before `stop`."""
    other = lang.cues["unavailable_not"].search(text, at, stop)
    return other is not None and not text[at : other.start].strip()


CONTINUING_WORDS = 2  # "had remained down", "masih belum bisa": a word of going on this close before the outage word
PLANNED_WORDS = 3  # "will progressively shut down", "akan melakukan pemadaman": a future word this close before


def _planned(ctx: Context, at: int, floor: int) -> bool:
    """The outage word at `at` is one to come: a future word shortly before it ("Singtel will
    progressively shut down its 3G network", "PLN akan melakukan pemadaman bergilir")."""
    return _cue_before(ctx, "future", at, floor, PLANNED_WORDS)


GUESS_WORDS = 4  # "menduga sistem DANA sedang error": a word of guessing this close before the outage word


def _guessed(ctx: Context, at: int, floor: int) -> bool:
    """The outage word is someone's guess: "pengguna yang menduga sistem DANA sedang error",
    "users who suspected the app was down"."""
    return _cue_before(ctx, "speculation", at, floor, GUESS_WORDS)


def _time_frame(ctx: Context, at: int, floor: int) -> bool:
    """The outage word names the time something else happened in ("did not list any incident
    during the outage", "Bluesky saw more posts amid the outage"): the sentence still tells of
    the outage (its date), but of no service named in it going down."""
    return _cue_before(ctx, "time_frame", at, floor, TIME_FRAME_WORDS)


TIME_FRAME_WORDS = 2  # "during the outage": the time-frame words right before the outage word


def _has_affix(word: str, affix: str) -> bool:
    """'dipesan' has 'di-', 'delivered' has '-ed'; the stem keeps three letters or more."""
    stem = affix.strip("-")
    if affix.endswith("-"):
        return word.startswith(stem) and len(word) >= len(stem) + 3
    return word.endswith(stem) and len(word) >= len(stem) + 3


_NEXT_WORD = re.compile(r"\s+(\w+)")
SHORT_QUOTE_WORDS = 6  # a quotation this short is a message or a label, not someone's statement
WEEKDAY_NEGATION_WORDS = 4  # "isn't a Monday", "not on a Monday": a negation this close before a weekday
FUTURE_WEEKDAY_WORDS = 14  # "is due to appear before a Senate inquiry into the outage on Friday": a word of the future this close before a weekday
RELEASE_VERB_WORDS = 4  # "an update released on Monday": a release verb this close before a date (beside another date)
HISTORY_VERB_WORDS = 10  # "joined Yahoo from Google in July 2012", "that took over operations of the country's main gateway in September": a history verb this close before a date
BEGAN_WORDS = 10  # "keluhan mulai muncul sekitar pukul 07.00 WIB": a began word this many words before a time
_DIGIT = re.compile(r"\d")
_POSSESSIVE_GAP = re.compile(r".?['’]s\s+")  # "Akamai's Prolexic": the owner's mark before a name


def _sentence_facts(ctx: Context, s: text_mod.Sentence, start: int, end: int, outage: bool = False) -> Facts:
    """What text[start:end] (a sentence, or a clause of one) says. `outage`: the clause is
    part of a sentence that reports an outage, whether or not its own words say so."""
    text, lang, lex = ctx.text, ctx.lang, ctx.lex
    f = Facts(sentence=s, start=start, end=end)
    cue_starts = ctx.cue_starts
    if not outage and cue_starts is not None:
        k = bisect_left(cue_starts, start)
        if k == len(cue_starts) or cue_starts[k] >= end:
            # no cue at all (most sentences): what the full reading below would find of it
            f.not_incident = _not_incident(text, lang, start, end)
            f.question = text[start:end].rstrip(" \"”'’)").endswith("?")
            return f
    outage_hits = lang.cues["outage"].finditer(text, start, end)
    # ("was not operating normally", "tidak berjalan normal": the outage told the other way round)
    denied_normal = S.denied_normal(text, lang, start, end)
    spared = None  # the words of being spared, read once when needed
    if outage_hits:
        # "juga tidak terdampak", "was not affected": the outage word inside a word of being spared
        spared = S.unaffected_cues(text, lang, start, end)
        if spared:
            outage_hits = [m for m in outage_hits if not any(u.start <= m.start and m.end <= u.end for u in spared)]
    told = [
        m for m in outage_hits
        if not _negated(ctx, m.start, start) and not _measure(ctx, m.end, end) and not _planned(ctx, m.start, start) and not _guessed(ctx, m.start, start)
        and not _purposed(ctx, m.start, start) and not _in_spared_aside(ctx, m.start, start, end)
        and not _in_prose_name(ctx, m, start, end) and not (s.title and _announced(ctx, m.start, start))
    ]
    f.outage = outage or bool(denied_normal) or bool(told)
    # "did not list any incident during the outage": an outage word that only tells when
    framed_only = bool(told) and not outage and not denied_normal and all(_time_frame(ctx, m.start, start) for m in told)
    blocked = None
    if not f.outage:
        blocked = _service_blocked(ctx, start, end)
        cut = _access_cut(ctx, start, end) if blocked is None else None
        if cut is not None and lang.cues["ruling_authority"].search(text, start, end) is not None:
            blocked = cut  # "Mobile data services have been suspended on the orders of the authorities"
        f.outage = _down_after_service(ctx, start, end) or blocked is not None or cut is not None
    else:
        # "Authorities in Iran shut down mobile internet and blocked Instagram": an outage
        # word too, and a ruler named before the block (not "the outage blocked access to
        # Instagram, the government said")
        ruler = lang.cues["ruling_authority"].search(text, start, end)
        if ruler is not None:
            blocked = _service_blocked(ctx, ruler.end, end)
            if blocked is not None and lang.cues["speech"].search(text, ruler.end, blocked.start) is not None:
                blocked = None  # "the regulator said the outage blocked access to WhatsApp": a ruler who speaks
    f.recovery = any(
        (not (_negated(ctx, m.start, start) or _cue_before(ctx, "operation_negation", m.start, start, 1))  # "belum pulih", "not yet restored"
         or lang.cues["until"].search(text, m.end, min(end, m.end + 20)) is not None)
        and not any(d.start < m.end and m.start < d.end for d in denied_normal)  # "tidak berfungsi normal"
        for m in lang.cues["recovery"].finditer(text, start, end)
    )  # "was not fully restored until 1 p.m.": restored at 1 p.m.
    # "By Monday evening, services had remained down", "hingga Senin masih down": an outage
    # still going on, told at a later point of it
    f.continuing = any(_cue_before(ctx, "continuing", m.start, start, CONTINUING_WORDS) for m in told)
    f.not_incident = _not_incident(text, lang, start, end)
    # "reports came from users in ..."; not "mengaku tidak merasakan dampak"
    f.impact = lang.cues["impact_context"].search(text, start, end) is not None \
        and not (spared if spared is not None else S.unaffected_cues(text, lang, start, end)) \
        and lang.cues["user_base"].search(text, start, end) is None  # not "digunakan oleh lebih dari 3 miliar pengguna di seluruh dunia"
    f.question = text[start:end].rstrip(" \"”'’)").endswith("?")
    f.symptoms = lang.symptoms.finditer(text, start, end)
    unavailable = _unavailable(text, lang, start, end) + _users_could_not(text, lang, start, end)
    if unavailable:
        taken = [(m.start, m.end) for m in f.symptoms]
        f.symptoms += [m for m in unavailable if not any(a < m.end and m.start < b for a, b in taken)]
    if f.symptoms:
        f.symptoms = [m for m in f.symptoms if not _purposed(ctx, m.start, start)]
    # Most sentences of an article say nothing of an outage: look no further at them. (Every
    # cue read up to here must be in _CUE_KEYS, for the early return above; tests/test_shortcuts.py.)
    if not (
        f.outage or f.recovery or f.impact or f.symptoms
        or lang.cues["because"].search(text, start, end)
        or lang.cues["because_backward"].search(text, start, end)
        or lang.cues["undisclosed"].search(text, start, end)
        or lang.cues["speech"].search(text, start, end)
        or lang.duration_lead.search(text, start, end)
        or (lang.cues["began"].search(text, start, end) and _DIGIT.search(text, start, end))  # "Starting at 11:20 UTC, ..."
    ):
        return f
    # a service named inside a quotation (a tweet, a user's words) is not evidence of the outage
    mentions = S.find_services(text, lang, lex, start, end)
    shorts, spelled = ctx.redefined
    if shorts or spelled:  # "the Nairobi Securities Exchange (NSE)", "Permanent TSB (PTSB)": not the listed NSE, TSB
        mentions = [m for m in mentions if m.text not in shorts and m.start not in spelled]
    if f.outage or f.recovery or f.symptoms:
        if _headline_case(text[start:end]):  # a title in sentence case reads as a sentence
            mentions += N.find_unknown_services_in_headline(text, lang, lex, start, end, mentions, ctx.lowercase_words, ctx.name_counts)
        else:
            unknown = N.find_unknown_services(text, lang, lex, start, end, mentions, ctx.lowercase_words, ctx.name_counts, people=ctx.speakers, named_keys=ctx.named_keys)
            if unknown:
                mentions = S.spare_unaffected(text, lang, lex, S.listed_with_bystanders(text, mentions + unknown), start, end)
    f.services = [m for m in mentions if not m.bystander and not _in_quote(ctx, m.start) and not _in_person_name(ctx, m) and not _the_outlet(ctx, m)]
    if f.services:
        asking = lang.cues["indirect_question"].search(text, start, end)
        if framed_only:
            f.unsaid = {m.start for m in f.services}
        elif asking is not None:
            f.unsaid = {m.start for m in f.services if m.start >= asking.end}
    if len(f.services) > 1:
        # "Akamai's Prolexic service", "Cloudflare's Workers KV": a part of a named service,
        # named after its owner, is that service's (a name the lexicon lacks)
        owner_ends = [m.end for m in f.services if not m.key.startswith("~")]
        f.services = [m for m in f.services if not (m.key.startswith("~") and _POSSESSIVE_GAP.fullmatch(text, max(0, m.start - 4), m.start)
                                                    and any(0 <= m.start - e <= 4 for e in owner_ends))]
    # a guess names no affected place ("researchers in the US suspected a hack")
    speculative = C.guessing(text, lang, start, end) is not None
    hypothetical = lang.cues["conditional"].search(text, start, end) is not None
    f.hedged = hypothetical
    f.separate = lang.cues["separate_incident"].search(text, start, end) is not None
    # "dampaknya terbatas bila listrik pulih dalam satu hingga dua hari": a condition tells no length
    f.durations = [] if hypothetical else DU.find_durations(text, lang, lex, start, end, recovery=f.recovery)
    f.times = D.find_times(text, lang, lex, start, end)
    f.cause = None if f.question else C.find_cause(text, lang, lex, start, end, ctx.speakers, _speaking_paragraph(ctx, s, start, end), f.outage or f.recovery,
                                                        in_quotation=_in_quote(ctx, start))
    quote = _short_quote(ctx, f.cause.cue_start) if f.cause is not None else None
    if quote is not None and (f.cause.tier == 1 or _message_named(ctx, quote)):
        f.cause = None  # 'seeing "network error" messages', 'muncul tulisan "server error"': what users saw, not why
    if f.cause is None and blocked is not None and not speculative:
        # "Kominfo memblokir Telegram": a service blocked is blocked by an authority
        f.cause = C.CauseMention(start, end, "government", "media", blocked.start, blocked.end, None, 1)
    # "belum menyebut apakah pengguna di Asia Tenggara ikut terdampak": a question names no place
    # a government that blocks or shuts down a service does so in its own country ("Pemerintah
    # Pakistan memblokir X", "authorities in Iran cut mobile internet"): its place is the one hit
    ruling = f.cause is not None and f.cause.category == "government"
    f.places = [] if speculative or hypothetical else P.find_places(text, lang, lex, start, end, ruling=ruling)
    if f.places:
        # "a configuration error on a router in Atlanta": where the fault was, not who was hit
        # (but "blocked by the government of Pakistan" is where the block applies)
        clause = C.cause_clause(text, lang, start, end)
        if clause is not None:
            f.places = [p for p in f.places if p.ruler or not clause[0] <= p.start < clause[1]]
    if f.places:
        # "M-Pesa services run by Safaricom Ethiopia were not affected": a place in the clause
        # the text says was spared (between the contrast words around it) was not hit
        spared = next(iter(S.unaffected_cues(text, lang, start, end)), None)
        if spared is not None:
            contrast = lang.cues["contrast"]
            cut = start
            for c in contrast.finditer(text, start, spared.start):
                cut = c.end
            after = contrast.search(text, spared.end, end)
            resume = after.start if after is not None else end
            f.places = [p for p in f.places if p.start < cut or p.start >= resume]
    began = lang.cues["began"]
    prev_end = start
    # "Fans in New Zealand ... reported no issues, with that presale running smoothly from
    # 10am NZDT": what ran on from a time in a sentence of things spared began no outage
    spared_only = not f.outage and bool(S.unaffected_cues(text, lang, start, end))
    for t in [] if spared_only else f.times:  # "keluhan mulai muncul sekitar pukul 07.00 WIB": a began word a few words before
        # (not over another time or a word of recovery: "mulai terganggu ... sejak pukul 07.45
        # WIB akhirnya pulih pukul 09.20 WIB" began at 07.45 only)
        b = C._last(began, text, max(prev_end, min(t.start - 24, lexicon_mod.window_start(text, t.start, BEGAN_WORDS))), t.start)
        if b is not None and lang.cues["recovery"].search(text, b.end, t.start) is None:
            f.began_at.add(t.start)
        prev_end = t.end
    superlative = lang.cues["since_not_date"].search(text, start, end) is not None
    outage_words = outage_hits + denied_normal  # a negation in them negates no weekday
    # "the outage was caused by a bug in an update rolled out on May 12": a date inside the
    # cause clause (after an outage word, then a causal word) dates the cause, not the outage
    cause_clause_from, cause_clause_to = C.cause_clause(text, lang, start, end) or (None, end)
    citation = lang.cues["citation"]
    relative_years: set[int] = set()
    told = D.find_dates(text, lang, lex, start, end)
    for d in told:
        if citation.search(text, max(start, lexicon_mod.window_start(text, d.start, CITATION_GAP_WORDS + 2)), d.start):
            continue  # the date of a cited report
        last_word = lexicon_mod.window_start(text, d.start, 1)
        after_since = last_word >= start and began.search(text, last_word, d.start) is not None
        if cause_clause_from is not None and cause_clause_from < d.start < cause_clause_to:
            continue
        when_follows = lang.cues["since_when"].search(text, d.end, min(end, d.end + 10)) is not None
        if after_since and (superlative or d.precision in ("month", "year")) and not when_follows:
            continue  # "the first outage since last year", "managed since July 2023"
        if d.kind == "relative" and d.precision == "year":
            if (year_of := D.resolve(d, ctx.reference, ctx.text_years)) is not None:
                relative_years.add(year_of.first.year)
            continue  # "at the end of last year": too loose to date an outage
        negation = lang.cues["outage_negation"].search(text, max(start, lexicon_mod.window_start(text, d.start, WEEKDAY_NEGATION_WORDS)), d.start) if d.kind == "weekday" else None
        if negation is not None and not any(m.start < negation.end and negation.start < m.end for m in f.symptoms + outage_words):
            continue  # "at least it isn't a Monday morning"; not "could not log in on Tuesday", "was not working on Tuesday"
        if d.kind in ("relative", "weekday") and _in_quote(ctx, d.start):
            continue  # "kemarin", "Senin lalu" in a quote: relative to when it was said, unknown
        if d.kind in ("weekday", "relative") and lang.cues["until"].search(text, max(start, last_word), d.start) is not None \
                and lang.cues["future"].search(text, start, end) is not None:
            ctx.planned = ctx.planned or f.reports_outage
            continue  # "warned that they could continue through Tuesday": yet to come
        if d.kind == "weekday" and (_beside(ctx, d, "weekday_next") or (_beside(ctx, d, "weekday_this") and lang.cues["future"].search(text, start, end) is not None)):
            ctx.planned = ctx.planned or f.reports_outage
            continue  # "next Monday", "Senin depan"; "free data this Sunday" in a sentence of what will be
        if d.kind == "weekday" and _future_before(ctx, d.start, start):
            ctx.planned = ctx.planned or f.reports_outage  # "BNI bakal pemeliharaan sistem Minggu": a plan
            continue  # "said he would issue an order on Monday": yet to come
        if d.kind == "weekday" and ctx.announced and lang.cues["past_tense"].search(text, start, end) is None:
            # "ScotRail app and website to go offline overnight" ... "few trains will run on
            # Sunday morning while the systems are down": the coming Sunday
            ctx.planned = ctx.planned or f.reports_outage
            continue
        resolved = D.resolve(d, ctx.reference, ctx.text_years, ahead=d.kind == "explicit" and d.year is None and lang.cues["future"].search(text, start, end) is not None,
                             near=d.kind == "explicit" and d.year is None and lang.cues["past_tense"].search(text, start, end) is None)
        if d.kind == "weekday" and resolved is not None and ctx.reference is not None:
            # "Senin malam pekan lalu", "Monday of last week": that weekday in the calendar week
            # before the reference's ("Kamis pekan lalu" written on Monday 10 February is the 6th)
            last = lang.date_cues["last_week"].search(text, d.end, min(end, d.end + 26))
            if last is not None and len(text[d.end : last.start].split()) <= 2:
                monday = ctx.reference - timedelta(days=ctx.reference.weekday() + 7)
                day = monday + timedelta(days=resolved.first.weekday())
                resolved = D.Resolved(day, day, "day", True)
        if resolved is None:
            continue
        if resolved.precision == "year" and ctx.reference is not None and resolved.last >= ctx.reference \
                and lang.cues["future"].search(text, start, end) is not None:
            ctx.planned = ctx.planned or f.reports_outage
            continue  # "the full list of dates for the rest of 2024 will be published": this year, yet to come
        thing = lang.cues["dated_things"].search(text, max(start, lexicon_mod.window_start(text, d.start, 3)), d.start)
        if thing is not None and not text[thing.end : d.start].strip() and d.precision != "day":
            continue  # "tagihan bulan Januari", "bills for January": the bills' month, no outage's
        said_from = max(start, lexicon_mod.window_start(text, d.start, SPEECH_DATE_WORDS))
        history = lang.cues["history_verbs"].search(text, max(start, lexicon_mod.window_start(text, d.start, HISTORY_VERB_WORDS)), d.start) \
            if d.precision != "day" else None  # "membeli lagu pada Rabu (11/3/2015)": a day is news, not history
        if history is not None and lang.cues["outage"].search(text, history.end, d.start) is None:
            continue  # "who joined Yahoo from Google in July 2012", "didirikan pada 2019"
        release = lang.cues["release_verbs"].search(text, max(start, lexicon_mod.window_start(text, d.start, RELEASE_VERB_WORDS)), d.start)
        if release is not None and lang.cues["outage"].search(text, release.end, d.start) is None:
            if len(told) > 1:
                continue  # "went down on Tuesday after a software update released on Monday": the update's day
            # "a bug in software installed on Monday evening caused the outage": the update's
            # day, which dates the outage only when nothing else does
            f.speech_dates.append((d, resolved))
            continue
        said_far = max(start, lexicon_mod.window_start(text, d.start, SPEECH_DATE_FAR_WORDS))
        far = lang.cues["speech"].search(text, said_far, said_from) if said_far < said_from else None
        if far is not None and (lang.cues["outage"].search(text, far.end, d.start) or lang.cues["recovery"].search(text, far.end, d.start)):
            far = None  # "said the outage began on Monday": the outage's day
        status = lang.cues["time_status"].search(text, max(start, lexicon_mod.window_start(text, d.start, 2)), d.start)
        if status is not None and not text[status.end : d.start].strip(" ,"):
            f.speech_dates.append((d, resolved))  # "As of Sunday morning, ...": when it was written
            continue
        event = lang.cues["press_events"].search(text, said_far, d.start) if said_far < d.start else None
        if event is not None and lang.cues["outage"].search(text, event.end, d.start) is not None:
            event = None
        if far is not None or event is not None or lang.cues["speech"].search(text, said_from, d.start) or lang.cues["aftermath_verbs"].search(text, said_from, d.start) \
                or lang.cues["contact_verbs"].search(text, said_from, d.start):
            # ("dalam konferensi pers virtual di Jakarta, Rabu (25/6/2025), menjelaskan ...":
            # the day of a press conference or hearing is when it was said)
            f.speech_dates.append((d, resolved))  # "said Monday": when it was said
            continue
        f.anchors.append((d, resolved))
    # "Last year, ... in January", "pada Maret tahun lalu": a month without a year takes the
    # year the sentence names in words
    if len(relative_years) == 1:
        year = next(iter(relative_years))
        f.anchors = [
            (d, _with_year(r, year)) if d.year is None and d.month is not None and r.inferred_year else (d, r)
            for d, r in f.anchors
        ]
    # "February 2011, when ... on Feb. 2": a date without a year takes the year written
    # with the same month in its sentence
    if len(f.anchors) > 1:
        years = {(d.month, d.year) for d, _ in f.anchors if d.year is not None and d.month is not None}
        f.anchors = [
            (d, _with_year(r, y)) if d.year is None and d.month is not None and r.inferred_year and (y := _year_for(d.month, years)) else (d, r)
            for d, r in f.anchors
        ]
    if f.anchors and len(f.times) > 1:
        f.other_zone_dates = _other_zone_dates(ctx, f)
    if len(f.anchors) > 1:
        f.range_ends = _range_ends(ctx, f)
    # "The regulator on Tuesday ordered Rogers to explain the outage of Friday, July 8": when a
    # sentence's dates disagree, a written day or month beats a weekday or a relative word (not
    # a year alone: "on Wednesday afternoon, reviving memories of the shutdown in 2022")
    if len(f.anchors) > 1:
        written = [(d, r) for d, r in f.anchors if d.kind == "explicit" and r.precision != "year"]
        loose = [(d, r) for d, r in f.anchors if d.kind != "explicit"]
        if written and loose:
            f.anchors = written + [
                (d, r) for d, r in loose if any(r.overlaps(w, CLUSTER_SLACK_DAYS) for _, w in written)
            ]
    return f


def _range_ends(ctx: Context, f: Facts) -> set[int]:
    """"sejak Senin (8/5/2023) hingga Kamis (11/5/2023)", "from Monday to Wednesday": the
    later day ends the outage the earlier one starts (not "Monday and Thursday")."""
    text = ctx.text
    joiner, contrast, leads = ctx.lang.date_cues["range_joiner"], ctx.lang.cues["contrast"], ctx.lang.date_cues["time_lead"]
    days = sorted((d.start, d.end, r) for d, r in f.anchors if r.precision == "day")
    ends = set()
    for (_, a_end, a), (b_start, _, b) in zip(days, days[1:]):
        m = joiner.search(text, a_end, b_start)
        if m is None or a.last >= b.first:
            continue
        c = contrast.search(text, m.start, m.end)
        if c is not None and (c.start, c.end) == (m.start, m.end):
            continue  # "to", "hingga", "-"; not "and"
        # only the joiner between the days (a clock time and its lead word may stand after
        # the first: "sejak Jumat (21/3/2025) pukul 19.00 WIB hingga Minggu (23/3/2025)")
        told = [(t.start, t.end) for t in f.times] + [(x.start, x.end) for x in leads.finditer(text, a_end, m.start)]
        gap = "".join(text[x:y] for x, y in _outside(told, a_end, m.start)) + text[m.end : b_start]
        if not gap.strip(" ,)"):
            ends.add(b_start)
    return ends


def _outside(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of [start, end) outside the spans that lie within it."""
    pieces, at = [], start
    for a, b in sorted(spans):
        if start <= a and b <= end and a >= at:
            pieces.append((at, a))
            at = b
    pieces.append((at, end))
    return pieces


def attached_time(text: str, lang: lexicon_mod.Language, d: D.DateMention, times: list[D.TimeMention]) -> D.TimeMention | None:
    """The zoned clock time a date is told with: right after it ("Selasa (2/4) pukul 18.30
    GMT") or right before it ("0200 GMT Wednesday", "6pm ET on July 18")."""
    joiners = lang.dates["time_date_joiner"]
    for t in times:
        if t.zone and 0 <= d.start - t.end <= ZONE_ATTACH_BEFORE_CHARS and text[t.end : d.start].strip() in ("", *joiners):
            return t
    for t in times:  # "Selasa (2/4) pukul 18.30 GMT"; not "July 18 (6am SGT": a bracket parts them
        if t.zone and 0 <= t.start - d.end <= ZONE_ATTACH_CHARS and "(" not in text[d.end : t.start]:
            return t
    return None


def _other_zone_dates(ctx: Context, f: Facts) -> set[int]:
    """In "sekitar pukul 01.30 WIB atau Selasa (2/4) pukul 18.30 GMT" or "9 p.m. ET Tuesday
    (0200 GMT Wednesday)": the dates told with a time in another zone than the sentence's
    own (the language's home zone when the sentence has one, else its first zone)."""
    own = own_zone(ctx.lang, f.times)
    if own is None:
        return set()
    return {d.start for d, _ in f.anchors if (t := attached_time(ctx.text, ctx.lang, d, f.times)) is not None and t.zone != own}


def own_zone(lang: lexicon_mod.Language, times: list[D.TimeMention]) -> str | None:
    """Of the times of a sentence told in two or more zones, the sentence's own zone: the
    language's home zone when one is there, else the first; None with fewer than two zones."""
    zones = list(dict.fromkeys(t.zone for t in times if t.zone))
    if len(zones) < 2:
        return None
    home = [z for z in zones if z in lang.dates["home_zones"]]
    return home[0] if home else zones[0]


def _beside(ctx: Context, d: D.DateMention, key: str) -> bool:
    """A word of the date cue `key` right before the date or right after it."""
    return lexicon_mod.beside(ctx.lang.date_cues[key], ctx.text, d.start, d.end)


def _tagged(ctx: Context, d: D.DateMention, cue: lexicon_mod.PhraseMatcher) -> bool:
    """The words right after the date (no clock time between) carry the cue: "(8/10) pagi WIB",
    "Senin malam waktu setempat"."""
    tag = cue.search(ctx.text, d.end, min(len(ctx.text), d.end + 30))
    return tag is not None and not any(ch.isdigit() for ch in ctx.text[d.end : tag.start])
