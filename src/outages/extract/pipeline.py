"""From one article to its incident reports.

Stages, each one job:

1. metadata: language, publication date (front matter / sources.toml, url, byline);
2. sentences: split, page furniture and the byline dropped, datelines cut off;
3. facts: per sentence, the outage and recovery cues, services, dates, times,
   durations, places, cause and symptoms, each with its offsets;
4. anchors: dates in sentences that report an outage (not a cited report's
   date, not a since-date, not a relative word inside a quote);
5. clusters: anchors whose intervals meet are one incident; the cluster with
   the most support is the article's main incident, the others are incidents
   told in passing (history), which keep only their own sentences;
6. reports: each cluster's fields chosen from its sentences, with evidence.

An article whose sentences report no outage of a named service gives nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from .. import lexicon as lexicon_mod
from .. import text as text_mod
from ..query import parse_user_date
from ..models import Article, Cause, Duration, Evidence, Incident, Region, Source
from . import causes as C
from . import dates as D
from . import durations as DU
from . import metadata as M
from . import names as N
from . import places as P
from . import services as S

EXTRACTOR_VERSION = "1"

_YEAR = re.compile(r"(?<![\d.,/])((?:19|20)\d{2})(?![\d.,/]\d)")

# Named thresholds.
CITATION_GAP_WORDS = 4  # "dilansir TechCrunch, Sabtu (4/11/2017)": words between the cue and the date
NEGATION_WINDOW_WORDS = 3  # "takkan lagi mati": words between a negation and an outage cue
CLUSTER_SLACK_DAYS = 1  # anchors a day apart are one incident (a night across midnight, two zones)
MAIN_TITLE_BONUS = 3  # an anchor in the title or the first body sentences supports the main incident
DURATION_AGREEMENT = 0.15  # durations within 15 % are the same statement
RECOVERY_WINDOW_DAYS = 14
SPEECH_DATE_WORDS = 5  # "said in a statement on Monday": the day of the statement  # a recovery date this long after an onset ends that outage


@dataclass
class Facts:
    sentence: text_mod.Sentence
    start: int
    end: int
    outage: bool = False
    recovery: bool = False
    not_incident: bool = False
    services: list[S.ServiceMention] = field(default_factory=list)
    anchors: list[tuple[D.DateMention, D.Resolved]] = field(default_factory=list)
    times: list[D.TimeMention] = field(default_factory=list)
    durations: list[DU.DurationMention] = field(default_factory=list)
    places: list[P.PlaceMention] = field(default_factory=list)
    cause: C.CauseMention | None = None
    symptoms: list[lexicon_mod.Match] = field(default_factory=list)
    began_at: set[int] = field(default_factory=set)  # starts of times that a began-cue introduces
    speech_dates: list[tuple[D.DateMention, D.Resolved]] = field(default_factory=list)

    impact: bool = False  # says where users were affected ("reports came from users in ...")
    question: bool = False

    @property
    def reports_outage(self) -> bool:
        return (self.outage or self.recovery or bool(self.symptoms)) and not self.not_incident


@dataclass
class Cluster:
    anchors: list[tuple[int, D.DateMention, D.Resolved]]  # (fact index, mention, interval)
    facts: list[int] = field(default_factory=list)
    ends: list[tuple[int, D.DateMention, D.Resolved]] = field(default_factory=list)  # dates of recovery
    main: bool = False

    @property
    def first(self) -> date:
        return min(r.first for _, _, r in self.anchors)


@dataclass
class Context:
    article: Article
    text: str
    lang: lexicon_mod.Language
    lex: lexicon_mod.Lexicon
    reference: date | None
    published: str | None
    text_years: tuple[int, ...]
    speakers: set[str]
    paragraphs: dict[int, tuple[int, int]]
    quotes: list[tuple[int, int]]
    quote_starts: list[int] = field(default_factory=list)
    byline_line: int | None = None  # the line holding the publication date: no facts from it
    lowercase_words: set[str] = field(default_factory=set)  # words the prose writes in lower case
    name_counts: dict[str, int] = field(default_factory=dict)  # capitalised words of the prose, counted
    named_keys: set[str] = field(default_factory=set)  # known services the article names anywhere
    planned: bool = False  # the article dates an outage after its publication: a plan
    naive_range: tuple[int, int, int] | None = None  # (minutes, start, end) of a zone-less "6.05am to 9.50am"
    naive_pair: tuple | None = None  # (minutes, start time, end time): zone-less, in two sentences
    cue_starts: list[int] | None = None  # where any cue that makes a sentence worth reading starts (see _CUE_KEYS)


def extract(article: Article, lex: lexicon_mod.Lexicon | None = None) -> list[Incident]:
    """The incidents one article reports (each with this article as its one source)."""
    lex = lex or lexicon_mod.load()
    text = article.text
    if not text or not text.strip():
        return []
    ctx = _context(article, lex)
    facts = _facts(ctx)
    if not facts:
        return []
    title = next((f for f in facts if f.sentence.title), None)
    how_to = title is not None and bool(ctx.lang.cues["title_not_incident"].search(title.sentence.text))
    if how_to and _leads_with(ctx, title, ctx.lang.cues["title_not_incident"]):
        return []  # "Cara cek apakah WhatsApp down", "How to check if Discord is down"
    clusters = _clusters(facts)
    if not clusters:
        if how_to or ctx.planned or not _undated_outage_is_told(facts):
            return []  # "dijadwalkan pada Minggu (24/11)": a planned outage is no incident yet
        clusters = [Cluster(anchors=[], main=True)]
    _assign(facts, clusters, ctx)
    reports = []
    main_services: list[str] = []
    for cluster in sorted(clusters, key=lambda c: not c.main):
        report = _report(cluster, facts, ctx, main_services)
        if report is not None:
            if cluster.main:
                main_services = report.services
            reports.append(report)
    return reports


_URL_MONTHS: dict[str, dict[str, int]] = {}


def _url_months(lex: lexicon_mod.Lexicon) -> dict[str, int]:
    """Month names and abbreviations of every language, lower case ("feb", "februari")."""
    if lex.fingerprint in _URL_MONTHS:
        return _URL_MONTHS[lex.fingerprint]
    out: dict[str, int] = _URL_MONTHS.setdefault(lex.fingerprint, {})
    for lang in lex.languages.values():
        for table in (lang.months, lang.month_abbreviations):
            for name, number in table.items():
                out.setdefault(name.lower().rstrip("."), number)
    return out


def _context(article: Article, lex: lexicon_mod.Lexicon) -> Context:
    text = article.text
    code = article.language or M.detect_language(text, lex) or lexicon_mod.LANGUAGES[0]
    lang = lex.language(code)
    lexicon_mod.prepare(text, lang.code)
    published = article.published
    origin = article.published_from
    lines = text_mod.lines(text)
    byline = M.find_byline(text, lines, lang, lex)
    if not published:
        from_url = M.date_from_url(article.url, _url_months(lex))
        if from_url is not None:
            published, origin = from_url.isoformat(), "url"
        elif byline is not None:
            published, origin = byline.value, "dateline"
        else:
            wire = M.dateline_date(text, lines, lang, lex, M.year_from_url(article.url))
            if wire is not None:
                published, origin = wire.isoformat(), "dateline"
    article.published, article.published_from = published, origin if published else "none"
    # a publication date known to the day is the reference for relative dates; one known only
    # to the month or year ("published: 2019") still bounds the years a date can have
    reference, years = None, ()
    if published:
        try:
            period = parse_user_date(published[:10])
        except ValueError:
            period = None
        if period is not None and period.precision == "day":
            reference = period.first
        elif period is not None:
            years = (period.first.year,)
    paragraphs = {ln.index: (ln.start, ln.end) for ln in lines}
    ctx = Context(article, text, lang, lex, reference, published, years, set(), paragraphs, _quote_spans(text))
    ctx.quote_starts = [a for a, _ in ctx.quotes]
    ctx.byline_line = byline.line if byline else None
    return ctx


_QUOTE_MARK = re.compile('[“”"\n]')


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (“…” or "…"; a straight quote left open ends at the line)."""
    spans = []
    open_at = None
    for m in _QUOTE_MARK.finditer(text):
        ch, i = m.group(), m.start()
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
        elif ch == "\n" and open_at is not None and text[open_at] == '"':
            open_at = None
    return spans


def _in_quote(ctx: Context, pos: int) -> bool:
    k = bisect_left(ctx.quote_starts, pos) - 1  # spans are sorted and do not overlap
    return k >= 0 and ctx.quotes[k][0] < pos < ctx.quotes[k][1]


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
    ctx.named_keys = {m.key for m in lex.services.finditer(text, 0, len(text))}
    tokens = lexicon_mod.tokens_of(text)
    exact, starts = tokens.exact, tokens.starts
    prose = [w for s in sentences for w in exact[bisect_left(starts, s.start) : bisect_left(starts, s.end)]]
    ctx.lowercase_words = {w for w in prose if w.islower()}
    ctx.name_counts = dict(Counter([w for w in prose if w[:1].isupper()]))
    ctx.cue_starts = _cue_starts(text, lang)
    out = []
    last_day: date | None = None
    for s in sentences:
        start = s.start
        if s.start in first_in_paragraph:
            start += M.dateline_span(text[s.start : s.end], lex)
        if start >= s.end:
            continue
        f = _sentence_facts(ctx, s, start, s.end)
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
    "outage", "outage_after_service", "recovery", "impact_context", "unavailable_lead", "user_nouns",
    "because", "because_backward", "undisclosed", "speech", "began",
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
    own_days = {r.first for f in facts for d, r in f.anchors if r.precision == "day" and not _tagged(ctx, d, foreign)}
    for f in facts:
        settled = []
        for d, r in f.anchors:
            if d.kind == "weekday" and r.precision == "day":
                if written and (f.sentence.title or _headline_case(ctx.text[f.start : f.end])):  # "OVO Down Minggu Pagi" over "Minggu (13/10/2024)"
                    r = _same_weekday(r, written)
                if _tagged(ctx, d, foreign):
                    r = _neighbour_day(r, own_days)
            settled.append((d, r))
        f.anchors = settled
        if ctx.reference is not None:
            # a day ahead is another zone's date of the same event ("Thursday morning local time")
            kept = [(d, r) for d, r in f.anchors if r.first <= ctx.reference or (
                r.first == ctx.reference + timedelta(days=1) and _tagged(ctx, d, foreign))]
            ctx.planned = ctx.planned or (len(kept) < len(f.anchors) and f.reports_outage)
            f.anchors = kept


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


def _leads_with(ctx: Context, f: Facts, cue: lexicon_mod.PhraseMatcher) -> bool:
    """The sentence starts with the cue (a number before it allowed: "5 Cara Cek ...")."""
    lo = f.start
    hit = cue.search(ctx.text, lo, f.end)
    if hit is None:
        return False
    head = ctx.text[lo : hit.start].strip()
    return head == "" or head.isdigit()


def _undated_outage_is_told(facts: list[Facts]) -> bool:
    """An outage with no date at all is an incident only when the text tells it: the same
    service reported down twice, or with a detail (a length, a time, a place, a cause)."""
    told = [f for f in facts if f.reports_outage and f.services]
    if len(told) >= 2:
        return True
    return any(f.durations or f.times or f.places or f.cause for f in told)


def _headline_case(sentence: str) -> bool:
    """Most words capitalised: a headline, where capitals say nothing about names."""
    initials = [w[:1] for w in sentence.split() if w[:1].isalpha()]
    return len(initials) >= 3 and sum(map(str.isupper, initials)) >= 0.7 * len(initials)


def _negated(ctx: Context, at: int, floor: int) -> bool:
    lo = max(floor, lexicon_mod.window_start(ctx.text, at, NEGATION_WINDOW_WORDS))
    return ctx.lang.cues["outage_negation"].search(ctx.text, lo, at) is not None


def _down_after_service(ctx: Context, start: int, end: int) -> bool:
    """ "UPI down on Wednesday", "WhatsApp down lagi": the bare word right after a service."""
    cue = ctx.lang.cues["outage_after_service"]
    for m in ctx.lex.services.finditer(ctx.text, start, end):
        hit = cue.search(ctx.text, m.end, min(end, m.end + 14))
        if hit is not None and not ctx.text[m.end : hit.start].strip() and not _measure(ctx, hit.end, end):
            return True
    return False


def _measure(ctx: Context, at: int, end: int) -> bool:
    """The outage word is a measure or a price: a number or a measure word right after it
    ("down 8%", "down by RM20,000", "down payment", "turun 5 persen")."""
    nxt = _NEXT_WORD.match(ctx.text, at, end)
    if nxt is None:
        return False
    if nxt.group(1)[:1].isdigit():
        unit = ctx.lang.units.search(ctx.text, nxt.end(1), min(end, nxt.end(1) + 12))
        return unit is None or ctx.text[nxt.end(1) : unit.start].strip() != ""  # "down 14 jam" is a duration
    hit = ctx.lang.cues["outage_not_after"].search(ctx.text, nxt.start(1), min(end, nxt.end(1) + 12))
    return hit is not None and hit.start == nxt.start(1)


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
        other = lang.cues["unavailable_not"].search(text, verb.start(1), min(end, verb.end(1) + 24))
        if other is not None and other.start == verb.start(1):
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
        other = lang.cues["unavailable_not"].search(text, lost.end, min(end, lost.end + 16))
        if other is not None and not text[lost.end : other.start].strip():
            continue  # "could not say", "tidak bisa memastikan"
        out.append(lexicon_mod.Match(who.start, lost.end, "unavailable", text[who.start : lost.end]))
    return out


def _has_affix(word: str, affix: str) -> bool:
    """'dipesan' has 'di-', 'delivered' has '-ed'; the stem keeps three letters or more."""
    stem = affix.strip("-")
    if affix.endswith("-"):
        return word.startswith(stem) and len(word) >= len(stem) + 3
    return word.endswith(stem) and len(word) >= len(stem) + 3


_NEXT_WORD = re.compile(r"\s+(\w+)")
_DIGIT = re.compile(r"\d")


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
            f.not_incident = lang.cues["not_incident"].search(text, start, end) is not None
            f.question = text[start:end].rstrip(" \"”'’)").endswith("?")
            return f
    f.outage = outage or any(
        not _negated(ctx, m.start, start) and not _measure(ctx, m.end, end) for m in lang.cues["outage"].finditer(text, start, end)
    )
    if not f.outage:
        f.outage = _down_after_service(ctx, start, end)
    f.recovery = any(
        not _negated(ctx, m.start, start) or lang.cues["until"].search(text, m.end, min(end, m.end + 20)) is not None
        for m in lang.cues["recovery"].finditer(text, start, end)
    )  # "was not fully restored until 1 p.m.": restored at 1 p.m.
    f.not_incident = lang.cues["not_incident"].search(text, start, end) is not None
    # "reports came from users in ..."; not "mengaku tidak merasakan dampak"
    f.impact = lang.cues["impact_context"].search(text, start, end) is not None and lang.cues["unaffected"].search(text, start, end) is None
    f.question = text[start:end].rstrip(" \"”'’)").endswith("?")
    f.symptoms = lang.symptoms.finditer(text, start, end)
    unavailable = _unavailable(text, lang, start, end) + _users_could_not(text, lang, start, end)
    if unavailable:
        taken = [(m.start, m.end) for m in f.symptoms]
        f.symptoms += [m for m in unavailable if not any(a < m.end and m.start < b for a, b in taken)]
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
    if f.outage or f.recovery or f.symptoms:
        if s.title or _headline_case(text[start:end]):
            mentions += N.find_unknown_services_in_headline(text, lang, lex, start, end, mentions, ctx.lowercase_words, ctx.name_counts)
        else:
            unknown = N.find_unknown_services(text, lang, lex, start, end, mentions, ctx.lowercase_words, ctx.name_counts, people=ctx.speakers, named_keys=ctx.named_keys)
            if unknown:
                mentions = S.spare_unaffected(text, lang, lex, mentions + unknown, start, end)
    f.services = [m for m in mentions if not m.bystander and not _in_quote(ctx, m.start)]
    # a guess names no affected place ("researchers in the US suspected a hack")
    speculative = lang.cues["speculation"].search(text, start, end) is not None
    f.places = [] if speculative else P.find_places(text, lang, lex, start, end)
    f.durations = DU.find_durations(text, lang, lex, start, end, recovery=f.recovery)
    f.times = D.find_times(text, lang, lex, start, end)
    f.cause = None if f.question else C.find_cause(text, lang, lex, start, end, ctx.speakers, _speaking_paragraph(ctx, s, start, end), f.outage or f.recovery)
    began = lang.cues["began"]
    for t in f.times:
        if began.search(text, max(start, t.start - 24), t.start):
            f.began_at.add(t.start)
    superlative = lang.cues["since_not_date"].search(text, start, end) is not None
    # "the outage was caused by a bug in an update rolled out on May 12": a date inside the
    # cause clause (after an outage word, then a causal word) dates the cause, not the outage
    cause_clause_from, cause_clause_to = C.cause_clause(text, lang, start, end) or (None, end)
    citation = lang.cues["citation"]
    for d in D.find_dates(text, lang, lex, start, end):
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
            continue  # "at the end of last year": too loose to date an outage
        if d.kind == "weekday" and lang.cues["outage_negation"].search(text, max(start, lexicon_mod.window_start(text, d.start, 5)), d.start):
            continue  # "at least it isn't a Monday morning"
        if d.kind in ("relative", "weekday") and _in_quote(ctx, d.start):
            continue  # "kemarin", "Senin lalu" in a quote: relative to when it was said, unknown
        if d.kind in ("weekday", "relative") and lang.cues["until"].search(text, max(start, last_word), d.start) is not None \
                and lang.cues["future"].search(text, start, end) is not None:
            ctx.planned = ctx.planned or f.reports_outage
            continue  # "warned that they could continue through Tuesday": yet to come
        if d.kind == "weekday" and lang.cues["future"].search(text, max(start, lexicon_mod.window_start(text, d.start, 10)), d.start) is not None:
            ctx.planned = ctx.planned or f.reports_outage  # "BNI bakal pemeliharaan sistem Minggu": a plan
            continue  # "said he would issue an order on Monday": yet to come
        resolved = D.resolve(d, ctx.reference, ctx.text_years)
        if resolved is None:
            continue
        if lang.cues["speech"].search(text, max(start, lexicon_mod.window_start(text, d.start, SPEECH_DATE_WORDS)), d.start):
            f.speech_dates.append((d, resolved))  # "said Monday": when it was said
            continue
        f.anchors.append((d, resolved))
    # "February 2011, when ... on Feb. 2": a date without a year takes the year written
    # with the same month in its sentence
    if len(f.anchors) > 1:
        years = {(d.month, d.year) for d, _ in f.anchors if d.year is not None and d.month is not None}
        f.anchors = [
            (d, _with_year(r, y)) if d.year is None and d.month is not None and r.inferred_year and (y := _year_for(d.month, years)) else (d, r)
            for d, r in f.anchors
        ]
    # "The regulator on Tuesday ordered Rogers to explain the outage of Friday, July 8": when a
    # sentence's dates disagree, a written date beats a weekday or a relative word
    if len(f.anchors) > 1:
        written = [(d, r) for d, r in f.anchors if d.kind == "explicit"]
        loose = [(d, r) for d, r in f.anchors if d.kind != "explicit"]
        if written and loose:
            f.anchors = written + [
                (d, r) for d, r in loose if any(r.overlaps(w, CLUSTER_SLACK_DAYS) for _, w in written)
            ]
    return f


def _clusters(facts: list[Facts]) -> list[Cluster]:
    anchors = [
        (i, d, r) for i, f in enumerate(facts) if f.reports_outage for d, r in f.anchors
    ]
    if not anchors:
        # only "said Monday" dates: the day something was said about the outage is all we have
        anchors = [(i, d, r) for i, f in enumerate(facts) if f.reports_outage for d, r in f.speech_dates]
    if not anchors:
        return []
    anchors.sort(key=lambda a: (a[2].first, a[2].last))
    # A date in a sentence that says the service came back is the end of an outage that
    # began earlier ("kembali bisa diakses pada Kamis (11/5)"), not a new one.
    onsets = [a for a in anchors if not facts[a[0]].recovery]
    recoveries = [a for a in anchors if facts[a[0]].recovery]
    clusters: list[Cluster] = []
    def keys(i: int) -> set[str]:
        return {m.key for m in facts[i].services}

    def joins(a, c: Cluster) -> bool:
        # dates that meet are one incident; a day apart (a night, two time zones) only when
        # the sentences name the same service or one names none ("CrowdStrike on the 19th,
        # a separate Azure outage on the 18th" are two)
        for j, _, r in c.anchors:
            if a[2].overlaps(r, 0):
                return True
            if a[2].overlaps(r, CLUSTER_SLACK_DAYS) and (not keys(a[0]) or not keys(j) or keys(a[0]) & keys(j)):
                return True
        return False

    for a in onsets:
        for c in clusters:
            if joins(a, c):
                c.anchors.append(a)
                break
        else:
            clusters.append(Cluster(anchors=[a]))
    for a in recoveries:
        # within the window after the incident's latest date ("in January ... Friday 31 January
        # ... running normally again on Sunday 2 February")
        earlier = [c for c in clusters if c.first <= a[2].first <= max(r.last for _, _, r in c.anchors) + timedelta(days=RECOVERY_WINDOW_DAYS)]
        if earlier:
            target = max(earlier, key=lambda c: c.first)
            if a[2].first <= target.first:
                target.anchors.append(a)
            else:
                target.ends.append(a)
            continue
        for c in clusters:
            if any(a[2].overlaps(r, CLUSTER_SLACK_DAYS) for _, _, r in c.anchors):
                c.anchors.append(a)
                break
        else:
            clusters.append(Cluster(anchors=[a]))
    if not clusters:
        return []
    body_start = min((i for i, f in enumerate(facts) if not f.sentence.title), default=0)

    def support(c: Cluster) -> tuple:
        score = 0
        for i, d, r in c.anchors:
            score += {"explicit": 2, "weekday": 2, "relative": 1}[d.kind]
            if facts[i].sentence.title or i <= body_start + 1:
                score += MAIN_TITLE_BONUS
        precise = max(({"day": 3, "month": 2, "year": 1}[r.precision] for _, _, r in c.anchors), default=0)
        return (score, precise, c.first)

    max(clusters, key=support).main = True
    return clusters


def _assign(facts: list[Facts], clusters: list[Cluster], ctx: Context) -> None:
    """Every sentence that speaks of an outage goes to one cluster (or, when it tells of
    several, a copy of it restricted to each one's part goes to each)."""
    main = next(c for c in clusters if c.main)
    split = _split_shared_anchors(facts, clusters, ctx)
    owner: dict[int, Cluster] = {}
    for c in clusters:
        for i, _, _ in c.anchors + c.ends:
            owner.setdefault(i, c)
    secondary_by_paragraph: dict[int, list[tuple[int, Cluster]]] = {}
    for c in clusters:
        if c.main:
            continue
        for i, _, _ in c.anchors:
            secondary_by_paragraph.setdefault(facts[i].sentence.paragraph, []).append((i, c))
    # Each incident's own services, from the sentences that date it. When every incident
    # names some, a sentence about one of them goes to it ("Grab menyatakan ..."), and a
    # sentence about several ("Gojek dan Grab sama-sama error") is shared, each keeping its own.
    anchor_keys: dict[int, set[str]] = {}
    if len(clusters) > 1:
        anchor_keys = {id(c): _cluster_keys(c, facts) for c in clusters}
        if not all(anchor_keys.values()):
            anchor_keys = {}
    follows: dict[int, Cluster] = {}  # paragraph -> the incident its last service-named sentence spoke of
    for i, f in enumerate(list(facts)):
        if f.not_incident and not f.reports_outage or i in split:
            continue
        if i in owner:
            owner[i].facts.append(i)
            continue
        relevant = (
            f.reports_outage or f.cause is not None or bool(f.symptoms) or bool(f.began_at)
            or any(d.has_lead for d in f.durations) or (f.impact and bool(f.places))
        )
        if not relevant:
            continue
        by_service = _by_service(f, clusters, facts, anchor_keys) or _by_operator(f, clusters, anchor_keys, ctx)
        if len(by_service) == 1:
            by_service[0][0].facts.append(i)
            follows[f.sentence.paragraph] = by_service[0][0]
            continue
        if by_service:
            for c, allowed in by_service:
                facts.append(replace(f, services=[m for m in f.services if m.key in allowed]))
                c.facts.append(len(facts) - 1)
            continue
        if not f.services and f.sentence.paragraph in follows:
            follows[f.sentence.paragraph].facts.append(i)
            continue
        target = main
        for j, c in secondary_by_paragraph.get(f.sentence.paragraph, []):
            if j < i:
                target = c
        target.facts.append(i)


def _split_shared_anchors(facts: list[Facts], clusters: list[Cluster], ctx: Context) -> set[int]:
    """A sentence that dates two incidents in two clauses ("GoPay sempat error pada Senin
    (10/6), sedangkan ShopeePay ... pada Rabu (12/6)") is cut at the clause break between
    its dates (a clause word, else a comma): each incident gets the facts of its own clause,
    read on their own. Without one ("sanksi pada Kamis (22/6) terkait gangguan pada Selasa (6/6)") the
    sentence stays whole with the first incident. Returns the sentences cut."""
    text = ctx.text
    brk = ctx.lang.cues["clause_break"]
    split: set[int] = set()
    dated: dict[int, list[tuple[int, Cluster]]] = {}
    for c in clusters:
        for i, d, _ in c.anchors:
            dated.setdefault(i, []).append((d.start, c))
    for i, marks in dated.items():
        if len({id(c) for _, c in marks}) < 2:
            continue
        f = facts[i]
        marks.sort(key=lambda m: m[0])
        cuts: list[int] = []
        for (a, ca), (b, cb) in zip(marks, marks[1:]):
            if ca is cb:
                continue
            found = brk.search(text, a, b)
            comma = text.rfind(",", a, found.start + 1 if found is not None else b)
            if found is not None:
                cuts.append(comma if comma > a and not text[comma + 1 : found.start].strip() else found.start)
            elif comma > a:
                cuts.append(comma)  # "Roblox went down on Sunday, and Discord followed on Tuesday"
            else:
                break
        else:
            split.add(i)
            bounds = [f.start, *cuts, f.end]
            for lo, hi in zip(bounds, bounds[1:]):
                # the clause read on its own, in a sentence about outages ("..., sedangkan DANA
                # menghentikan layanannya")
                facts.append(_sentence_facts(ctx, f.sentence, lo, hi, outage=f.outage))
                j = len(facts) - 1
                for c in clusters:
                    c.anchors = [(j if x == i and lo <= d.start < hi else x, d, r) for x, d, r in c.anchors]
                    c.ends = [(j if x == i and lo <= d.start < hi else x, d, r) for x, d, r in c.ends]
    return split


def _by_operator(f: Facts, clusters: list[Cluster], anchor_keys: dict[int, set[str]], ctx: Context) -> list[tuple[Cluster, set[str]]]:
    """A sentence that names no service but a company ("Google later said the problem had
    been caused by ...") speaks of the one incident whose services that company runs."""
    if not anchor_keys or f.services:
        return []
    lex = ctx.lex
    companies = {m.key for m in lex.operators.finditer(ctx.text, f.start, f.end)}
    if not companies:
        return []
    owners = [c for c in clusters if any(lex.service_operator.get(k) in companies for k in anchor_keys[id(c)])]
    return [(owners[0], set())] if len(owners) == 1 else []


def _cluster_keys(c: Cluster, facts: list[Facts]) -> set[str]:
    """The services an incident's own sentences name: those that date it and those that
    follow them in the same paragraph ("Azure mengalami gangguan pada Rabu (29/10). Gangguan
    itu ikut melumpuhkan Microsoft 365, Outlook ...")."""
    keys: set[str] = set()
    dating = {i for i, _, _ in c.anchors}
    for i in dating:
        keys |= {m.key for m in facts[i].services}
        k = i + 1
        while k < len(facts) and facts[k].sentence.paragraph == facts[i].sentence.paragraph and not facts[k].anchors:
            keys |= {m.key for m in facts[k].services if facts[k].reports_outage}
            k += 1
    return keys


def _by_service(f: Facts, clusters: list[Cluster], facts: list[Facts], anchor_keys: dict[int, set[str]]) -> list[tuple[Cluster, set[str]]]:
    """The incidents a sentence speaks of by the services it names, each with the services
    that are its own; empty when a service belongs to several incidents (a history
    paragraph about the same app) or none does. A service no incident names (a dependent:
    "Gangguan AWS membuat Snapchat, Roblox ... tidak bisa diakses") goes with the one
    incident the sentence names."""
    if not anchor_keys or not f.services:
        return []
    out: dict[int, tuple[Cluster, set[str]]] = {}
    for m in f.services:
        owners = [c for c in clusters if m.key in anchor_keys[id(c)]]
        if len(owners) > 1:
            return []
        if owners:  # a service no incident names yet (a dependent) goes with the others
            entry = out.setdefault(id(owners[0]), (owners[0], set()))
            entry[1].add(m.key)
    if len(out) == 1:
        c, keys = next(iter(out.values()))
        return [(c, {m.key for m in f.services})]
    return list(out.values())


_OPERATORS_BY_NAME: dict[int, tuple[dict, dict[str, list[str | None]]]] = {}


def _operators_by_name(lex: lexicon_mod.Lexicon) -> dict[str, list[str | None]]:
    """Service name -> the operators of the services of that name (made once per lexicon)."""
    kept = _OPERATORS_BY_NAME.get(id(lex.service_names))
    if kept is None or kept[0] is not lex.service_names:
        table: dict[str, list[str | None]] = {}
        for key, name in lex.service_names.items():
            table.setdefault(name, []).append(lex.service_operator.get(key))
        kept = _OPERATORS_BY_NAME[id(lex.service_names)] = (lex.service_names, table)
    return kept[1]


def _evidence(field_name: str, text: str, start: int, end: int) -> Evidence:
    return Evidence(field=field_name, quote=text[start:end], start=start, end=end)


def _report(cluster: Cluster, facts: list[Facts], ctx: Context, main_services: list[str]) -> Incident | None:
    text, lex = ctx.text, ctx.lex
    evidence: list[Evidence] = []
    chosen = sorted(set(cluster.facts))
    outage_facts = [facts[i] for i in chosen if facts[i].reports_outage]
    # services
    # a service that only ever speaks (the operator's other brand: "Telkomsel menyampaikan
    # permohonan maaf") is not a victim when other services are
    victims = {m.key for f in outage_facts for m in f.services if not m.speaker}
    services: list[str] = []
    for f in outage_facts:
        for m in f.services:
            if victims and m.key not in victims:
                continue
            name = lex.service_names.get(m.key) or m.key.lstrip("~")
            if name not in services:
                services.append(name)
            evidence.append(_evidence("services", text, m.start, m.end))
    if not services:
        if cluster.main or not main_services:
            return None
        services = main_services[:1]  # "the company suffered a 27-minute outage in July 2020": the article's subject
    if not outage_facts:
        return None
    # start date
    start_value: str | None = None
    precision = "unknown"
    end_value: str | None = None
    estimated: list[str] = []
    day: date | None = None
    if cluster.anchors:
        rank = {"day": 0, "month": 1, "year": 2}
        strength = {"explicit": 0, "weekday": 1, "relative": 2}
        # the most precise anchor; among equals the earliest day (a cluster spans at most a night
        # across midnight or two time zones), then the most explicit
        # a date given in another place's time ("Rabu (8/2) sore waktu Amerika Serikat atau
        # Kamis (9/2) dini hari WIB", "Senin malam waktu setempat") yields to the other dates
        foreign = ctx.lang.cues["foreign_time"]
        own = [a for a in cluster.anchors if not _tagged(ctx, a[1], foreign)] or cluster.anchors
        i, d, r = min(own, key=lambda a: (rank[a[2].precision], a[2].first, strength[a[1].kind]))
        start_value, precision = r.iso(), r.precision
        evidence.append(_evidence("start", text, d.start, d.end))
        if r.precision == "day":
            day = r.first
            if r.last != r.first:
                end_value = r.last.isoformat()
                evidence.append(_evidence("end", text, d.start, d.end))
            later = [e for e in cluster.ends if e[2].precision == "day" and e[2].first > r.first]
            if later:
                _, e_mention, e_resolved = max(later, key=lambda e: e[2].first)
                end_value = e_resolved.first.isoformat()
                evidence.append(_evidence("end", text, e_mention.start, e_mention.end))
    elif ctx.reference is not None:
        start_value, precision, day = ctx.reference.isoformat(), "day", ctx.reference
        estimated.append("start")
    # times
    start_dt, end_dt, start_time_ev, end_time_ev = _times(cluster, facts, ctx, day)
    if start_dt is not None:
        start_value, precision = start_dt.isoformat(), "minute"
        evidence.append(start_time_ev)
        if "start" in estimated:
            estimated.remove("start")
    if end_dt is not None:
        end_value = end_dt.isoformat()
        evidence.append(end_time_ev)
    # duration
    duration = _duration(chosen, facts, ctx)
    if duration is not None:
        d_mention = duration
        duration_model = Duration(minutes=d_mention.minutes, qualifier=d_mention.qualifier, text=d_mention.text)
        evidence.append(_evidence("duration", text, d_mention.start, d_mention.end))
    elif start_dt is not None and end_dt is not None and end_dt > start_dt:
        minutes = int((end_dt - start_dt).total_seconds() // 60)
        duration_model = Duration(minutes=minutes, qualifier="exact", text=f"{start_time_ev.quote} – {end_time_ev.quote}")
        estimated.append("duration")
    elif ctx.naive_range is not None:
        minutes, a, b = ctx.naive_range
        duration_model = Duration(minutes=minutes, qualifier="exact", text=text[a:b])
        evidence.append(_evidence("duration", text, a, b))
        estimated.append("duration")
    elif ctx.naive_pair is not None:  # a start and an end in two sentences: the two times are the evidence
        minutes, first, last = ctx.naive_pair
        duration_model = Duration(minutes=minutes, qualifier="exact", text=f"{first.text} – {last.text}")
        evidence.append(_evidence("duration", text, first.start, first.end))
        evidence.append(_evidence("duration", text, last.start, last.end))
        estimated.append("duration")
    else:
        duration_model = None
    if duration_model is not None:
        if end_dt is not None and start_dt is None:
            est = end_dt - timedelta(minutes=duration_model.minutes)
            start_value, precision = est.isoformat(), "minute" if duration_model.qualifier == "exact" else "hour"
            estimated.append("start")
        elif start_dt is not None and end_dt is None:
            end_value = (start_dt + timedelta(minutes=duration_model.minutes)).isoformat()
            estimated.append("end")
    # regions: where the text says the outage hit, or where reports came from
    regions: list[Region] = []
    for f in outage_facts + [facts[i] for i in chosen if facts[i].impact and not facts[i].reports_outage and not facts[i].not_incident]:
        for p in f.places:
            if all(r.code != p.code for r in regions):
                regions.append(Region(code=p.code, name=lex.region_names.get(p.code, p.code)))
            evidence.append(_evidence("regions", text, p.start, p.end))
    # cause
    operators = {op for name in services for op in _operators_by_name(lex).get(name, ())}
    cause = _cause(chosen, facts, ctx, operators)
    kinds = {lex.service_kind.get(k) for k, name in lex.service_names.items() if name in services}
    if cause is not None and cause.category in ("power", "network") and kinds == {"power"}:
        # a grid's own blackout "caused by a transmission line fault" or "gangguan kabel laut":
        # power is what failed, the equipment (line, cable) is the cause
        cause = replace(cause, category="hardware")
    if cause is not None:
        evidence.append(_evidence("cause", text, cause.start, cause.end))
        cause_model = Cause(category=cause.category, text=text[cause.start : cause.end], basis=cause.basis)
    else:
        cause_model = None
    # symptoms
    symptoms: list[str] = []
    specific = any(m.key != "unavailable" for i in chosen for m in facts[i].symptoms)
    for i in chosen:
        for m in facts[i].symptoms:
            if specific and m.key == "unavailable":
                continue  # the generic "could not be used" only when nothing more precise is said
            label = m.key.replace("_", " ")
            if label not in symptoms:
                symptoms.append(label)
            evidence.append(_evidence("symptoms", text, m.start, m.end))
    article = ctx.article
    source = Source(file=article.file, url=article.url, outlet=article.outlet, published=ctx.published, evidence=_dedupe(evidence))
    return Incident(
        id="",
        services=services,
        start=start_value,
        precision=precision if start_value else "unknown",
        end=end_value,
        estimated=estimated,
        duration=duration_model,
        regions=regions,
        cause=cause_model,
        symptoms=symptoms,
        sources=[source],
    )


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    seen = set()
    out = []
    for e in evidence:
        key = (e.field, e.start, e.end)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _times(cluster: Cluster, facts: list[Facts], ctx: Context, day: date | None):
    """The stated start and end times of the outage, as aware datetimes, with evidence.

    In each sentence of the cluster: a time joined to an earlier one by a range word
    ("from 11:40 a.m. to 3:20 p.m. ET", "sejak pukul 08.00 WIB hingga Selasa ... 13.30
    WIB") ends the range; a time after a began word starts it; a time after a recovery
    word ends it; another time in a sentence about the outage starts it. A time's day is
    the last date before it in its sentence, else the day the text gives in its zone,
    else the incident's day. A time with no zone counts only inside a range with a
    zoned one; a time after "as of" / "hingga berita ini" is when the text was written.
    """
    ctx.naive_range = ctx.naive_pair = None
    if day is None:
        return None, None, None, None
    lang, text = ctx.lang, ctx.text
    start_dt = end_dt = None
    start_ev = end_ev = None
    end_fact = None
    joiner = lang.date_cues["range_joiner"]
    status = lang.cues["time_status"]
    recovery = lang.cues["recovery"]
    naive_start = naive_end = None
    day_anchors = {}
    for j, d, r in cluster.anchors + cluster.ends:
        if r.precision == "day":
            day_anchors.setdefault(j, []).append((d.start, r.first))
    for i in sorted(set(cluster.facts)):
        f = facts[i]
        if not (f.reports_outage or f.recovery or f.began_at) or not f.times:
            continue
        times = [t for t in f.times if not _status_time(text, t, f.start, status, recovery)]
        zones = [t.zone for t in times]
        for k, t in enumerate(times):
            if zones[k] is None:  # "dari 09.10 hingga 11.40 WIB": the zone of the time it is joined to
                later = next((z for z in zones[k + 1 :] if z), None)
                nxt = times[k + 1] if k + 1 < len(times) else None
                if later and nxt is not None and joiner.search(text, t.end, nxt.start) is not None:
                    zones[k] = later
        # "began at 3:16 p.m. Pacific time ... had recovered by 7:38 p.m.": one zone in the
        # sentence, and a recovery or began word right before the zone-less time
        sentence_zones = {z for z in zones if z}
        if len(sentence_zones) == 1:
            (only,) = sentence_zones
            for k, t in enumerate(times):
                if zones[k] is None and k > 0:
                    lead_in = text[times[k - 1].end : t.start]
                    if recovery.search(lead_in) is not None or t.start in f.began_at:
                        zones[k] = only
        prev_role = None
        prev_end = f.start
        for k, t in enumerate(times):
            zone = zones[k]
            if zone is None:
                # "from about 11.40 am" ... "restored by 4.10 pm" with no zone in the text: a
                # start and an end in local time, sentences apart
                if t.start in f.began_at and not f.recovery and naive_start is None:
                    naive_start = t
                elif naive_start is not None and naive_end is None and f.recovery and t.start > naive_start.end \
                        and recovery.search(text, f.start, t.start) is not None:
                    naive_end = t
                # "from 6.05am to 9.50am" with no zone: no instant, but the length is stated
                nxt = times[k + 1] if k + 1 < len(times) else None
                if nxt is not None and zones[k + 1] is None and ctx.naive_range is None and joiner.search(text, t.end, nxt.start) is not None:
                    minutes = (nxt.hour * 60 + nxt.minute) - (t.hour * 60 + t.minute)
                    if minutes <= 0:
                        minutes += 24 * 60
                    ctx.naive_range = (minutes, t.start, nxt.end)
                continue
            before = [dd for pos, dd in sorted(day_anchors.get(i, [])) if pos < t.start]
            day_here = before[-1] if before else (
                sorted(dd for _, dd in day_anchors.get(i, []))[0] if day_anchors.get(i) else None
            ) or _day_in_zone(cluster, facts, ctx, zone) or day
            tz = D.zone_offset(zone, day_here, ctx.lex)
            if tz is None:
                continue
            moment = datetime(day_here.year, day_here.month, day_here.day, t.hour, t.minute, tzinfo=tz)
            ev = _evidence("start", text, t.start, t.end)
            joined = prev_role == "start" and joiner.search(text, prev_end, t.start) is not None
            recovered = recovery.search(text, prev_end, t.start) is not None or (f.recovery and not f.outage)
            # "berjalan lancar sejak pukul 02.47": back since then (the recovery word comes first)
            back_since = f.recovery and not f.outage and t.start in f.began_at and recovery.search(text, f.start, t.start) is not None
            if joined or (recovered and t.start not in f.began_at) or back_since:
                role = "end"
            elif t.start in f.began_at or f.outage or f.symptoms:
                role = "start"
            else:
                role = None
            # "at 06:58 the first data center was back ... by 07:42 all were": the last one ends it
            if role == "end" and (end_dt is None or (end_fact == i and moment > end_dt)):
                if start_dt is not None and moment <= start_dt and not before:
                    moment += timedelta(days=1)  # "23.00 hingga 05.00 WIB": the next morning
                end_dt, end_ev, end_fact = moment, ev.model_copy(update={"field": "end"}), i
            elif role == "start" and start_dt is None:
                start_dt, start_ev = moment, ev
            prev_role, prev_end = role, t.end
    if start_dt is not None and end_dt is not None and end_dt < start_dt:
        end_dt += timedelta(days=1)
    if ctx.naive_range is None and naive_start is not None and naive_end is not None and start_dt is None and end_dt is None:
        minutes = (naive_end.hour * 60 + naive_end.minute) - (naive_start.hour * 60 + naive_start.minute)
        if minutes > 0:  # the same day; across midnight the text would have said so
            ctx.naive_pair = (minutes, naive_start, naive_end)
    return start_dt, end_dt, start_ev, end_ev


def _status_time(text: str, t: D.TimeMention, floor: int, status: lexicon_mod.PhraseMatcher, recovery: lexicon_mod.PhraseMatcher) -> bool:
    """The time says when the text was written ("as of 10 a.m.", "Update 6:10PM ET:"), not
    when the outage began or ended; but "resolved as of 8:14PM" is when it ended."""
    lo = max(floor, t.start - 30)
    tag = status.search(text, lo, t.start)
    if tag is None:
        return False
    came_back = recovery.search(text, max(floor, tag.start - 20), tag.start)
    return came_back is None


def _tagged(ctx: Context, d: D.DateMention, cue: lexicon_mod.PhraseMatcher) -> bool:
    """The words right after the date (no clock time between) carry the cue: "(8/10) pagi WIB",
    "Senin malam waktu setempat"."""
    tag = cue.search(ctx.text, d.end, min(len(ctx.text), d.end + 30))
    return tag is not None and not any(ch.isdigit() for ch in ctx.text[d.end : tag.start])


def _day_in_zone(cluster: Cluster, facts: list[Facts], ctx: Context, zone: str) -> date | None:
    """The day of the cluster that the text gives in this zone: in "Senin (7/10) malam waktu AS
    atau Selasa (8/10) pagi WIB", a time in WIB belongs to Tuesday the 8th."""
    offset = ctx.lex.timezones.get(zone)
    for _, d, r in sorted(cluster.anchors, key=lambda a: a[2].first):
        if r.precision != "day":
            continue
        after = ctx.text[d.end : d.end + 30]
        tagged = ctx.lex.timezone_matcher.search(after)
        # the zone must qualify the date itself ("(8/10) pagi WIB"), not a clock time after it
        if tagged is not None and not any(ch.isdigit() for ch in after[: tagged.start]) and ctx.lex.timezones.get(tagged.key) == offset:
            return r.first
    return None


def _duration(chosen: list[int], facts: list[Facts], ctx: Context) -> DU.DurationMention | None:
    candidates: list[DU.DurationMention] = []
    for i in chosen:
        f = facts[i]
        if f.not_incident:
            continue
        if f.reports_outage:
            candidates.extend(f.durations)
        else:
            candidates.extend(d for d in f.durations if d.has_lead)
    if not candidates:
        return None
    groups: list[list[DU.DurationMention]] = []
    for d in candidates:
        for g in groups:
            if abs(g[0].minutes - d.minutes) <= DURATION_AGREEMENT * max(g[0].minutes, d.minutes):
                g.append(d)
                break
        else:
            groups.append([d])
    best = max(groups, key=lambda g: (len(g), -candidates.index(g[0])))
    return best[0]


ROOT_CAUSES = ("natural_disaster", "cyberattack")  # what breaks cables and routers


def _cause(chosen: list[int], facts: list[Facts], ctx: Context, operators: set[str | None]) -> C.CauseMention | None:
    ranked = []
    for order, i in enumerate(chosen):
        c = facts[i].cause
        if c is None or facts[i].not_incident:
            continue
        if c.basis == "operator" and c.speaker is not None and c.speaker not in operators:
            c = replace(c, basis="media")  # another company speaks ("Cloudflare said Facebook's BGP ...")
        if c.category == "undisclosed":
            rank = 2
        elif c.basis == "operator" and ctx.lang.cues["correction"].search(ctx.text, facts[i].start, facts[i].end):
            rank = -1  # "belakangan mengakui ...", "later admitted ...": the corrected statement wins
        elif c.basis == "operator":
            rank = 0
        elif c.basis == "media":
            rank = 1
        else:
            rank = 3
        ranked.append((rank, c.tier, order, c))
    if not ranked:
        return None
    best = min(ranked, key=lambda r: r[:3])
    # "the cable broke ... after an earthquake": what broke the equipment is the cause
    if best[3].category in ("network", "hardware"):
        roots = [r for r in ranked if r[3].category in ROOT_CAUSES and r[0] <= max(best[0], 1)]
        if roots:
            return min(roots, key=lambda r: r[:3])[3]
    return best[3]
