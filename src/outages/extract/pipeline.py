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

Stages 3-4 are in facts.py, 5 in clusters.py, 6 in report.py; the state they
share (Context, Facts, Cluster, thresholds) in context.py.

An article whose sentences report no outage of a named service gives nothing.
"""

from __future__ import annotations

import gc
import re

from .. import lexicon as lexicon_mod
from .. import text as text_mod
from ..query import parse_user_date
from ..models import Article, Incident
from . import dates as D
from . import metadata as M
from . import services as S
from .clusters import _assign, _clusters
from .context import Cluster, Context
from .facts import _facts, _leads_with, _quote_spans, _undated_outage_is_told
from .report import _report

TITLE_WORDS = 25  # a first paragraph this short may be a headline written with full stops
EXTRACTOR_VERSION = "15"  # raise when a rule in code changes what is extracted: stores re-extract


def extract(article: Article, lex: lexicon_mod.Lexicon | None = None) -> list[Incident]:
    """The incidents one article reports (each with this article as its one source).

    The cyclic garbage collector is paused for the article: extraction makes many small
    objects that reference counting frees, and a collection walks every live one, so on a
    long text (1 MB of outage sentences) collections grew with the text (3.2 s -> 1.9 s
    without them). It is switched back on only if it was on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _extract(article, lex)
    finally:
        if was_enabled:
            gc.enable()


def _extract(article: Article, lex: lexicon_mod.Lexicon | None) -> list[Incident]:
    lex = lex or lexicon_mod.load()
    text = article.text
    if not text or not text.strip():
        return []
    lead = _title_lead(article)
    if lead:
        # a headline in the front matter only ("title: Gerbang Tiket KRL Error Senin Pagi"):
        # read it as the text's first line, then give each quote from it as the title's
        titled = article.model_copy(update={"text": lead + text})
        reports = _extract_text(titled, lex)
        article.published, article.published_from = titled.published, titled.published_from  # as found
        return [_from_titled(r, len(lead)) for r in reports]
    return _extract_text(article, lex)


TITLE_SEARCH_CHARS = 600  # a title the text repeats stands in its first lines
_NOT_WORDS = re.compile(r"\W+")


def _title_lead(article: Article) -> str:
    """The front matter's title and a blank line, to read before the text, when the text does
    not repeat the title near its start; else ""."""
    title = (article.title or "").strip()
    if not title or "\n" in title:
        return ""
    said = _NOT_WORDS.sub(" ", title).casefold().strip()[:60]  # words only: quotes and dashes vary
    head = _NOT_WORDS.sub(" ", article.text[: TITLE_SEARCH_CHARS + len(title)]).casefold()
    return "" if said in head else title + "\n\n"


def _from_titled(report: Incident, shift: int) -> Incident:
    """A report read with the title before the text: quotes from the text get their own
    offsets back, quotes from the title say so (offsets into the title)."""
    for source in report.sources:
        source.evidence = [
            e.model_copy(update={"start": e.start - shift, "end": e.end - shift}) if e.start >= shift
            else e.model_copy(update={"part": "title"})
            for e in source.evidence
        ]
    return report


def _leads_how_to(ctx: Context, facts: list, title) -> bool:
    """The headline opens with a how-to, or asks first and then opens one ("Banking app
    down? Here's what to do before you panic": a question is a sentence of its own)."""
    cue = ctx.lang.cues["title_not_incident"]
    first = next(k for k, f in enumerate(facts) if f is title)
    for f in facts[first:]:
        if not f.sentence.title:
            break
        if _leads_with(ctx, f, cue):
            return True
        if not f.sentence.text.rstrip().endswith("?"):
            break
    return False


def _extract_text(article: Article, lex: lexicon_mod.Lexicon) -> list[Incident]:
    text = article.text
    ctx = _context(article, lex)
    facts = _facts(ctx)
    if not facts:
        return []
    title = next((f for f in facts if f.sentence.title), None)
    how_to = title is not None and any(ctx.lang.cues["title_not_incident"].search(f.sentence.text) for f in facts if f.sentence.title)
    if title is None:
        # "Hurricane season is here. Here's how to keep your phone working ...": a headline
        # written with full stops, the short first paragraph
        first = [f for f in facts if f.sentence.paragraph == facts[0].sentence.paragraph]
        how_to = sum(len(f.sentence.text.split()) for f in first) <= TITLE_WORDS and any(
            ctx.lang.cues["title_not_incident"].search(f.sentence.text) for f in first)
    if how_to and title is not None and _leads_how_to(ctx, facts, title):
        return []  # "Cara cek apakah WhatsApp down", "How to check if Discord is down"
    if not how_to:  # a tips piece's scene dates nothing
        _borrow_lead_date(facts, ctx)
    clusters = _clusters(facts, ctx.reference)
    if not clusters:
        if how_to or ctx.planned or not _undated_outage_is_told(facts):
            return []  # "dijadwalkan pada Minggu (24/11)": a planned outage is no incident yet
        clusters = [Cluster(anchors=[], main=True)]
    _assign(facts, clusters, ctx)
    reports = []
    main_services: list[str] = []
    denied = _denied_services(ctx, facts)
    for cluster in sorted(clusters, key=lambda c: not c.main):
        report = _report(cluster, facts, ctx, main_services)
        if report is not None:
            if cluster.main:
                main_services = report.services
            if denied is not None and _only_denied(report, cluster.main, denied, _operator_told_cause(cluster, facts)):
                continue
            if denied is not None and cluster.main and not any(facts[i].outage or facts[i].symptoms for i in cluster.facts):
                continue  # "mitigated the largest DDoS attack ... No downtime was reported": nothing failed
            reports.append(report)
    return reports


def _borrow_lead_date(facts: list, ctx: Context) -> None:
    """An article none of whose outage sentences names a day, whose first undated outage
    sentence follows a sentence of its paragraph that does ("Pendaftaran resmi dibuka pada
    Sabtu (11/4/2020). Namun, sejak dibuka pukul 00.00 WIB, laman ... sulit diakses"): that day
    dates the outage (the sentence before sets the scene)."""
    if any(r.precision == "day" for f in facts if f.reports_outage for _, r in f.anchors):
        return
    for k, f in enumerate(facts):
        if not f.reports_outage or f.anchors or f.sentence.title or f.not_incident:
            continue
        if f.hedged or ctx.lang.cues["future"].search(ctx.text, f.start, f.end) is not None:
            return  # "drivers would not be penalised if they were unable to ...": no outage to date
        before = facts[k - 1] if k else None
        if before is None or before.reports_outage or before.sentence.title:
            return  # only the first undated outage sentence, right after a scene
        scene = [before]
        if before.sentence.paragraph != f.sentence.paragraph:
            # the scene may be the whole paragraph before, when the outage sentence opens its own
            # ("... the dragons arrived right on schedule Sunday night. For many at home, they
            # arrived as a spinning wheel." / "HBO Max began throwing error messages at 5:58 p.m.")
            scene = [g for g in facts[:k] if g.sentence.paragraph == before.sentence.paragraph]
            if any(g.reports_outage or g.sentence.title for g in scene):
                return
        if ctx.planned or any(ctx.lang.cues["future"].search(ctx.text, g.start, g.end) is not None for g in scene):
            return  # "pemeliharaan dijadwalkan pada Minggu (17/11/2024)": a plan's day
        days = [(d, r) for g in scene for d in D.find_dates(ctx.text, ctx.lang, ctx.lex, g.start, g.end)
                if d.kind in ("explicit", "weekday") and (r := D.resolve(d, ctx.reference, ctx.text_years)) is not None and r.precision == "day"
                and (ctx.reference is None or r.first <= ctx.reference)]
        if len({r.first for _, r in days}) == 1:
            # one day, though it may be written twice ("Selasa malam (13/8)": the weekday
            # and the date): the written date dates it
            f.anchors = [min(days, key=lambda dr: dr[0].kind != "explicit")]
        return


PLACE_AFTER_DENIAL_CHARS = 12  # "no outage in other regions": a place word this close after the denial


def _denied_services(ctx: Context, facts: list) -> set[str] | None:
    """The services whose outage the text denies ("X said there was no outage", "Telkomsel
    membantah adanya gangguan"); an empty set when a denial names none (it is the main
    story's); None when nothing is denied."""
    cue = ctx.lang.cues["outage_denied"]
    found: set[str] | None = None
    for f in facts:
        if f.sentence.title or f.places:
            continue
        denial = cue.search(ctx.text, f.start, f.end)
        if denial is not None and ctx.lang.cues["place_lead"].search(ctx.text, denial.end, min(f.end, denial.end + PLACE_AFTER_DENIAL_CHARS)) is not None:
            continue  # "tidak ada gangguan di wilayah lain": the places spared, not the outage denied
        if denial is not None:
            found = found or set()
            # "Venmo went down on Monday, while Zelle handled the payments without any
            # disruption": the clause of the denial, when it names a service of its own
            cut = f.start
            for c in ctx.lang.cues["contrast"].finditer(ctx.text, f.start, denial.start):
                cut = c.end
            named = ctx.lex.services.finditer(ctx.text, cut, f.end) or ctx.lex.services.finditer(ctx.text, f.start, f.end)
            found |= {ctx.lex.service_names.get(m.key, m.key) for m in named}
    return found


def _operator_told_cause(cluster, facts: list) -> bool:
    """The operator states a cause in a sentence that reports the outage (not "setiap
    maintenance selalu diumumkan terlebih dahulu", said of no outage)."""
    return any(
        f.reports_outage and f.cause is not None and f.cause.category != "undisclosed" and f.cause.basis == "operator"
        for f in (facts[i] for i in cluster.facts)
    )


def _only_denied(report: Incident, main: bool, denied: set[str], operator_cause: bool) -> bool:
    """An incident the text denies and supports with nothing more than reports of trouble:
    no length and no cause the operator states of the outage (an analyst's "often mistaken
    for network problems" does not make the denied outage real)."""
    if report.duration is not None or operator_cause:
        return False
    return (main and not denied) or (bool(denied) and set(report.services) <= denied)


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
        from_url = M.date_from_url(article.url, D._lower_months(lang.code))  # every language's month names
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
    ctx.outlets = M.outlet_names(article.url, article.outlet, lex.domain_endings)
    ctx.stated_outlets = M.stated_outlets(article.outlet, lines, lex)
    ctx.redefined = S.redefined(text, lex)
    return ctx
