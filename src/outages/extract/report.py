"""One incident report per cluster (stage 6 of pipeline.py): services, start and end
(dates, times in their zones, two-zone reports), duration, regions, cause and
symptoms, each with its evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta

from .. import lexicon as lexicon_mod
from ..models import Cause, Duration, Evidence, Incident, Region, Source
from . import causes as C
from . import dates as D
from . import durations as DU
from . import metadata as M
from .facts import _tagged, attached_time, own_zone
from .names import _lower_words
from .services import _LIST_GAP
from .context import DURATION_AGREEMENT, ZONE_ATTACH_BEFORE_CHARS, Cluster, Context, Facts

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
    # permohonan maaf"), or that is only asked about ("warganet bertanya apakah Shopee sedang
    # down") or named beside the outage as a time ("Bluesky saw more posts during the outage"),
    # is not a victim when other services are
    victims = {m.key for f in outage_facts for m in f.services if not m.speaker and m.start not in f.unsaid}
    # what users could not reach through a network that was down is no victim of its own: a
    # service named only in sentences that name the access network too ("reports spiking not
    # only for Verizon but also for Zoom, Slack and YouTube", "users on Safaricom reported that
    # WhatsApp would not load")
    access = {k for k in victims if lex.service_kind.get(k) in ACCESS_KINDS}
    if access:
        owners = {lex.service_operator.get(k) for k in access}
        reached = {k for k in victims if lex.service_kind.get(k) in REACHED_KINDS and lex.service_operator.get(k) not in owners}
        alone = {m.key for f in outage_facts for m in f.services if m.key in reached and not any(o.key in access for o in f.services)}
        victims -= reached - alone
    # an emergency number that fails beside another service failed through it ("people could
    # not reach 911 using Rogers phones", "999 calls could not be connected on EE"): the
    # number is a victim only when nothing else is
    lifelines = {k for k in victims if lex.service_kind.get(k) in LIFELINE_KINDS}
    if lifelines and victims - lifelines:
        victims -= lifelines
    services: list[str] = []
    for f in outage_facts:
        for m in f.services:
            if victims and m.key not in victims:
                continue
            name = lex.service_names.get(m.key) or m.key.lstrip("~")
            if name not in services:
                services.append(name)
            evidence.append(_evidence("services", text, m.start, m.end))
    # a name right before an outage word is said to be down itself ("Optus went down"), so
    # no longer name of the same brand takes its place
    down = {lex.service_names.get(m.key) or m.key.lstrip("~") for f in outage_facts for m in _said_down(ctx, f.services)}
    named = list(services)  # every name the incident's sentences use, before repeats go
    services = _without_repeats(lex, services, text, down)
    # an airport the lexicon lacks, beside an airline whose systems failed, is where they
    # failed ("check-in problems at Dublin Airport", "di Bandara Kualanamu"), no victim of its
    # own unless it is said down itself
    if any(lex.service_kind.get(k) == "airline" for k in victims):
        airport = ctx.lang.cues["airport_nouns"]
        places = {m.key.lstrip("~") for f in outage_facts for m in f.services if m.key.startswith("~") and airport.search(m.text) is not None}
        services = [name for name in services if name not in places or name in down] or services
    if not services:
        if cluster.main or not main_services:
            return None
        services = main_services[:1]  # "the company suffered a 27-minute outage in July 2020": the article's subject
        same = ctx.lang.cues["same_ones"]
        if any(same.search(text, f.start, f.end) is not None for f in outage_facts):
            services = list(main_services)  # "the same three banks suffered an outage": all of them
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
        own = [
            a for a in cluster.anchors if not _tagged(ctx, a[1], foreign) and a[1].start not in facts[a[0]].other_zone_dates
        ] or cluster.anchors
        i, d, r = min(own, key=lambda a: (rank[a[2].precision], a[2].first, strength[a[1].kind]))
        start_value, precision = r.iso(), r.precision
        evidence.append(_evidence("start", text, d.start, d.end))
        if any(d is said for said, _ in facts[i].speech_dates):
            estimated.append("start")  # "Meta said on Saturday": the day it was said, at the latest
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
    published_at = _published_at(ctx)
    if start_dt is not None and published_at is not None and published_at < start_dt <= published_at + timedelta(days=1):
        # "mulai terasa sekitar pukul 21.00 WIB" in a report published at 07.12 the next
        # morning, dated only by "hingga Kamis (4/7) pagi ... sudah pulih": the evening before
        start_dt -= timedelta(days=1)
        if end_dt is not None and end_dt > published_at:
            end_dt -= timedelta(days=1)  # ... and so is an end told on the same day
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
    if duration is not None and start_dt is not None and end_dt is not None and end_dt > start_dt:
        told = replace(duration, minutes=int((end_dt - start_dt).total_seconds() // 60), qualifier="exact")
        # ("lebih dari satu jam" beside "sejak pukul 01.40 hingga 03.05 UTC": the bound admits
        # the times, which tell the length exactly)
        if duration.whole or not _agree(duration, told) or duration.qualifier in ("at_least", "up_to"):
            # "semalaman" with "pukul 21.00 ... pulih Kamis pukul 11.30", or "started at 6 p.m. ET
            # ... until 11:30 p.m. ET" beside a user's "I waited for 20 minutes": the times tell it
            duration = None
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
        est = end_dt - timedelta(minutes=duration_model.minutes) if end_dt is not None and start_dt is None else None
        # the start counted back from the end, unless it leaves the day the text gives
        # ("sejak Minggu (18/9) pagi ... pulih Minggu malam pukul 21.00", "seharian")
        if est is not None and (day is None or "start" in estimated or est.date() == day):
            start_value, precision = est.isoformat(), "minute" if duration_model.qualifier == "exact" else "hour"
            if "start" not in estimated:
                estimated.append("start")
        elif start_dt is not None and end_dt is None:
            end_value = (start_dt + timedelta(minutes=duration_model.minutes)).isoformat()
            estimated.append("end")
    # regions: where the text says the outage hit, or where reports came from
    regions: list[Region] = []
    region_quotes: list[tuple[str, Evidence]] = []
    for f in outage_facts + [facts[i] for i in chosen if facts[i].impact and not facts[i].reports_outage and not facts[i].not_incident]:
        for p in f.places:
            if all(r.code != p.code for r in regions):
                regions.append(Region(code=p.code, name=lex.region_names.get(p.code, p.code)))
            evidence.append(_evidence("regions", text, p.start, p.end))
            region_quotes.append((p.code, evidence[-1]))
    service_home = _home_country(lex, services)
    listed_homes = {lex.service_country.get(name) for name in services if lex.services.whole(name) is not None}
    if len(listed_homes) == 1 and None not in listed_homes:
        # "in suburbs including Hamilton, Mayfield and Cardiff" of a Telstra outage: a city or
        # province of another country than the national service's is a namesake in its country
        countries = {code for code, ev in region_quotes if ev.quote not in lex.local_places}
        namesakes = {code for code, _ in region_quotes if code not in listed_homes and code not in countries}
        if namesakes:
            regions = [r for r in regions if r.code not in namesakes]
            dropped = [ev for code, ev in region_quotes if code in namesakes]
            evidence = [ev for ev in evidence if not any(ev is d for d in dropped)]
            region_quotes = [(code, ev) for code, ev in region_quotes if code not in namesakes]
    # a region beside one of its own countries ("server Asia Tenggara ... Indonesia,
    # Malaysia") says where those countries are: the countries stay (data/region_groups.toml)
    # (a continent too, when the text names it as a server's: "server Asia", "Asia servers")
    labels = {code for code, ev in region_quotes
              if code in lex.continents and lexicon_mod.beside(ctx.lang.cues["server_nouns"], text, ev.start, ev.end, words_before=1, chars_after=12)}
    wider = {r.code for r in regions if (r.code not in lex.continents or r.code in labels)
             and lex.region_members.get(r.code, frozenset()) & {o.code for o in regions}}
    if wider:
        regions = [r for r in regions if r.code not in wider]
        dropped = [ev for code, ev in region_quotes if code in wider]
        evidence = [ev for ev in evidence if not any(ev is d for d in dropped)]
    if not regions:
        # "X was blocked nationwide", "gangguan berskala nasional": the country the article is about
        wide = next((m for f in outage_facts for m in ctx.lang.cues["nationwide"].finditer(text, f.start, f.end)), None)
        home = _article_country(ctx) if wide is not None else None
        if home is not None:
            regions.append(Region(code=home, name=lex.region_names.get(home, home)))
            estimated.append("regions")
            evidence.append(_evidence("regions", text, wide.start, wide.end))
    if not regions and service_home is not None:
        # a national service (a bank, a telecom, a grid) in a text that names no place: its
        # country, as an estimate, on the evidence of the service's name
        regions.append(Region(code=service_home, name=lex.region_names.get(service_home, service_home)))
        estimated.append("regions")
        first = next((e for e in evidence if e.field == "services"), None)
        if first is not None:
            evidence.append(_evidence("regions", text, first.start, first.end))
    elif not regions and services and all(lex.services.whole(name) is None for name in services):
        # a service the lexicon lacks (a city's portal, a local bank's app) in an article that
        # names one country more than any other: that country, as an estimate
        local = _article_country(ctx, at_least=LOCAL_COUNTRY_MENTIONS)
        if local is not None:
            regions.append(Region(code=local, name=lex.region_names.get(local, local)))
            estimated.append("regions")
            where = _first_mention(ctx, local)
            if where is not None:
                evidence.append(_evidence("regions", text, *where))
    # cause
    # (a short name that went as a repeat still names the operator: "PSE President ... said")
    operators = {op for name in services for op in _operators_by_name(lex).get(name, ())} | set(services) | set(named) | _makers(ctx)
    cause = _cause(chosen, facts, ctx, operators)
    if cause is not None and cause.category in ("power", "network", "datacenter") and _kinds(lex, services) == {"power"}:
        # a grid's own blackout "caused by a transmission line fault", "gangguan kabel laut" or
        # "kerusakan pada sistem pendingin di PLTU": power is what failed, the equipment (line,
        # cable, a plant's cooling) is the cause
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


def _letters(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


SAID_DOWN_CHARS = 24  # "Optus went down", "X has been down": from the name to its outage word


def _said_down(ctx: Context, mentions: list) -> list:
    """The mentions an outage word follows, with only words of a subject's gap between ("was",
    "sempat"; not "said failed transfers"), or that are listed with one such ("Optus and Optus
    Sport went down")."""
    gap = _lower_words(ctx.lang.cue_forms["subject_gap"])
    mentions = sorted(mentions, key=lambda m: m.start)
    out = []
    for i, m in enumerate(mentions):
        j = i
        while j + 1 < len(mentions) and _LIST_GAP.match(ctx.text[mentions[j].end : mentions[j + 1].start]):
            j += 1
        end = mentions[j].end
        cue = ctx.lang.cues["outage"].search(ctx.text, end, min(len(ctx.text), end + SAID_DOWN_CHARS))
        if cue is not None and all(w in gap for w in ctx.text[end : cue.start].split()):
            out.append(m)
    return out


def _ordinary_word(word: str, text: str) -> bool:
    """A capitalised word the text also writes in lower case: an ordinary word, no name's."""
    low = word.lower()
    return low != word and re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", text) is not None


def _common_abbreviation(name: str, text: str) -> bool:
    """A short name the text spells out in lower-case words right before it in brackets, its
    capitals their initials ("distribution companies (DisCos)", "base transceiver station
    (BTS)"): the short form of a common noun, no service's name."""
    caps = [ch.lower() for ch in name if ch.isupper()]
    if not caps or " " in name:
        return False
    at = text.find(f"({name})")
    while at != -1:
        words = text[max(0, at - 80) : at].split()[-len(caps) :]
        if len(words) == len(caps) and all(w[:1].islower() and w[0] == ch for w, ch in zip(words, caps)):
            return True
        at = text.find(f"({name})", at + 1)
    return False


def _without_repeats(lex, services: list[str], text: str, down: set[str] = frozenset()) -> list[str]:
    """The names less those that repeat another of them, among names the lexicon lacks: the
    first words of a longer name the text writes again and again ("PPDB" beside "PPDB Jatim";
    not "Zorkrail" beside a headline's "Zorkrail Heronport", written once), and a web address
    of another ("ppdbjatim.net"), and a long name the text follows with another of them in
    brackets ("Jamsostek Mobile (JMO)": the short name is kept, as names.py keeps it), and a
    short name in brackets after a listed service's name ("the Philippine Stock Exchange
    (PSE)": the listed service is kept); and a
    listed name that opens a longer one of the same operator or one the lexicon lacks ("MTN"
    beside "MTN MoMo"), unless it is in `down`, the names said to be down themselves; and the
    short form of a common noun ("distribution companies (DisCos)")."""
    listed = _operators_by_name(lex)  # keyed by every name the lexicon lists (made once)

    def repeated(long: str) -> bool:
        return text.count(long) >= REPEATED_NAME_COUNT

    out = []
    for name in services:
        words = name.split()
        # "MTN" beside "MTN MoMo", "Cloudflare" beside "Cloudflare R2": the brand of the product
        # that failed (a longer name of the same operator, or one the lexicon lacks)
        if name in listed and name not in down and any(
            o != name and o.split()[: len(words)] == words and (o not in listed or set(listed[o]) & set(listed[name]))
            for o in services
        ):
            continue
        if name not in listed:
            longer = any(o != name and o.split()[: len(words)] == words and repeated(o) for o in services)
            host = name.rsplit(".", 1)[0] if "." in name and " " not in name else None
            address = host is not None and any(o != name and _letters(o) == _letters(host) for o in services)
            # "Jamsostek Mobile (JMO)": a long name written out before its short name goes
            spelled = any(o != name and f"{name} ({o})" in text for o in services)
            # "the Philippine Stock Exchange (PSE)": the short name of a listed service is that service
            spelled = spelled or any(o in listed and f"{o} ({name})" in text for o in services)
            # "Kripto Pintu" beside "Pintu": a word the text also writes in lower case, an
            # ordinary one ("aset kripto"), before another name (not "ATM Prima" beside "Prima")
            generic = len(words) > 1 and " ".join(words[1:]) in services and _ordinary_word(words[0], text)
            # "e-Transfer" beside "Interac", which the text also writes "Interac e-Transfer": the
            # listed service's own product, named after its brand
            product = any(o != name and o in listed and f"{o} {name}" in text for o in services)
            # "LHKPN" beside "e-LHKPN": the same name without its letter prefix
            product = product or any(len(o) == len(name) + 2 and o[1] == "-" and o[2:] == name for o in services)
            if longer or address or spelled or generic or product or _common_abbreviation(name, text):
                continue
        out.append(name)
    return out or services


ACCESS_KINDS = frozenset({"mobile_network", "internet"})  # networks users reach other services through
# services users reach through such a network (not a payment network that rides on it: Interac on Rogers)
LIFELINE_KINDS = frozenset({"emergency"})  # emergency numbers, carried by other services
REACHED_KINDS = frozenset({"social", "messaging", "video", "music", "search", "email", "productivity", "ai", "gaming", "maps"})
REPEATED_NAME_COUNT = 2  # a longer name written this often is the service's name


LOCAL_COUNTRY_MENTIONS = 2  # a local service's country: named this often at least, and more than any other


def _article_country(ctx: Context, at_least: int = 1) -> str | None:
    """The country the article names most (its cities and provinces count for it, and so do a
    dateline and a government's country), when one is named more than any other and at
    least `at_least` times."""
    counts, _ = _country_mentions(ctx)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]) or ranked[0][1] < at_least:
        return None
    return ranked[0][0]


def _first_mention(ctx: Context, code: str) -> tuple[int, int] | None:
    """Where the text first names the country (or one of its places), else the dateline that does."""
    return _country_mentions(ctx)[1].get(code)


def _country_mentions(ctx: Context) -> tuple[Counter, dict[str, tuple[int, int]]]:
    """How often the article names each country, and where it first does (its text first, then
    its datelines, "NAIROBI (Reuters) -", read in title case): read once an article."""
    if ctx.country_mentions is None:
        counts: Counter = Counter()
        first: dict[str, tuple[int, int]] = {}
        for m in ctx.lex.regions.finditer(ctx.text, 0, len(ctx.text)):
            if m.key.isalpha():
                counts[m.key] += 1
                first.setdefault(m.key, (m.start, m.end))
        for start, end in ctx.paragraphs.values():
            span = M.dateline_span(ctx.text[start:end], ctx.lex)
            if span:  # the place in capitals
                head = ctx.text[start : start + span].title()
                for m in ctx.lex.regions.finditer(head, 0, len(head)):
                    if m.key.isalpha():
                        counts[m.key] += 1
                        first.setdefault(m.key, (start, start + span))
        ctx.country_mentions = (counts, first)
    return ctx.country_mentions


_RESTATE_DASH = re.compile(r"\s[–—-]\s|\(|,?\s(?:atau|or)\s")  # a dash, a bracket or "or" before a range told again in another zone
RESTATE_GAP_CHARS = 30  # "00:05 UTC on 30 October – 11.41am", "12.30 Wita, atau pukul 07.00": this close after the range


def _without_restatements(text: str, times: list) -> tuple[list, list]:
    """The sentence's times less those that restate the one before in brackets in another zone
    ("15:23 Beijing time (07:23 UTC)", "16:50 (08:50 UTC)"), with their zones; a zone-less time
    restated so is in the zone of the sentence's first zoned time. A range told, then told again
    in other zones after a dash or a bracket, is read once ("between 15:41 UTC ... and 00:05 UTC
    on 30 October – 11.41am to 8.05pm Eastern time")."""
    kept: list = []
    zones: list = []
    first_zone = next((t.zone for t in times if t.zone), None)
    for k, t in enumerate(times):
        if kept and first_zone is not None and len(kept) >= 2 and _RESTATE_DASH.search(text, kept[-1].end, t.start) is not None \
                and t.start - kept[-1].end <= RESTATE_GAP_CHARS:
            later = {x.zone for x in times[k:] if x.zone}
            if later and first_zone not in later:
                break  # "... and 00:05 UTC on 30 October – 11.41am to 8.05pm Eastern time": the range again
        if kept and t.zone and text[kept[-1].end : t.start].strip() == "(":
            if zones[-1] is None and first_zone != t.zone:
                zones[-1] = first_zone  # "16:50 (08:50 UTC)" after "15:23 Beijing time": Beijing time
            continue
        if kept and t.zone and _RESTATE_AFTER_WORDS.fullmatch(text, kept[-1].end, t.start):
            # "7:05 p.m. ET Saturday (0005 GMT Sunday)", "11 pm Philippine time (1500 GMT)":
            # told again, in another zone whose day the sentence may not give (its dates are
            # the local times')
            continue
        kept.append(t)
        zones.append(t.zone)
    return kept, zones


def _local_time_restated(text: str, times: list) -> bool:
    """A zone-less time told again in brackets in a zone ("6:30 a.m. local time (0430 UTC)"):
    the sentence's own zone is one the text does not name."""
    return any(a.zone is None and b.zone and _RESTATE_AFTER_WORDS.fullmatch(text, a.end, b.start) for a, b in zip(times, times[1:]))


# a few words between a time and its restatement in brackets ("local time (", "Philippine time (")
_RESTATE_AFTER_WORDS = re.compile(r"\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*\(\s*")
_CLAUSE_GAP = re.compile(r"[,;]")  # a comma or semicolon between two times parts a range


def _after_a_later_time(text: str, lang, d: D.DateMention, times: list, t: D.TimeMention) -> bool:
    """The date is told right after a time later in the text than `t` ("1 am on Wednesday")."""
    joiners = lang.dates["time_date_joiner"]
    return any(u.start > t.end and 0 <= d.start - u.end <= ZONE_ATTACH_BEFORE_CHARS and text[u.end : d.start].strip() in ("", *joiners) for u in times)


def _told_in_other_zone(text: str, lang, d: D.DateMention, times: list, t: D.TimeMention) -> bool:
    """The date is told with another time than `t`, in another zone."""
    other = attached_time(text, lang, d, times)
    return other is not None and other is not t and other.zone != t.zone


def _naive_day(anchors: list, t: D.TimeMention) -> date | None:
    """The day a zone-less time is told with in its sentence: the last dated day before it,
    else the one right after it ("at around 3 pm on Friday")."""
    ordered = sorted(anchors, key=lambda a: a[0])
    before = [day for pos, day, _ in ordered if pos < t.start]
    if before:
        return before[-1]
    return next((day for pos, day, _ in ordered if 0 <= pos - t.end <= NAIVE_DAY_CHARS), None)


NAIVE_DAY_CHARS = 12  # "3 pm on Friday": a day this close after a zone-less time is its day


def _home_country(lex, services: list[str]) -> str | None:
    """The one country all the services serve, when each of them serves one: a listed service's
    (data/services.toml [countries]), or the country a name the lexicon lacks holds ("Bank of
    Ireland", "Korea Post")."""
    homes = {lex.service_country.get(name) if lex.services.whole(name) is not None else _named_country(lex, name) for name in services}
    return homes.pop() if len(homes) == 1 else None


def _named_country(lex, name: str) -> str | None:
    """The one country named inside a service's name, if one."""
    codes = {m.key for m in lex.regions.finditer(name, 0, len(name)) if m.key.isalpha()}
    return codes.pop() if len(codes) == 1 else None


def _kinds(lex, services: list[str]) -> set[str | None]:
    """The kinds of the services named (the keys of each name looked up, not every service
    of the lexicon walked)."""
    keys = _keys_by_name(lex)
    return {lex.service_kind.get(k) for name in services for k in keys.get(name, ())}


_KEYS_BY_NAME: dict[int, tuple[dict, dict[str, list[str]]]] = {}


def _keys_by_name(lex: lexicon_mod.Lexicon) -> dict[str, list[str]]:
    """Service name -> the keys of the services of that name (made once per lexicon)."""
    kept = _KEYS_BY_NAME.get(id(lex.service_names))
    if kept is None or kept[0] is not lex.service_names:
        table: dict[str, list[str]] = {}
        for key, name in lex.service_names.items():
            table.setdefault(name, []).append(key)
        kept = _KEYS_BY_NAME[id(lex.service_names)] = (lex.service_names, table)
    return kept[1]


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
    naive_end_fact = -1
    full = lang.cues["full_recovery"]
    naive_start_day = naive_end_day = None
    start_began = False  # the start was told with a began word
    day_anchors = {}
    for j, d, r in cluster.anchors + cluster.ends:
        if r.precision == "day":
            day_anchors.setdefault(j, []).append((d.start, r.first, d))
    # the one zone the incident's times are told in, if one ("began at 10:05 a.m. GMT" ...
    # "HSBC said at 2:35 p.m. that full service had been restored": the recovery's zone too)
    # (none when a local time is restated in a zone: "6:30 a.m. local time (0430 UTC)")
    cluster_zones = {t.zone for i in set(cluster.facts) for t in facts[i].times if t.zone}
    cluster_zone = next(iter(cluster_zones)) if len(cluster_zones) == 1 and not any(
        _local_time_restated(text, facts[i].times) for i in set(cluster.facts)) else None
    for i in sorted(set(cluster.facts)):
        f = facts[i]
        if not (f.reports_outage or f.recovery or f.began_at) or not f.times:
            continue
        times = [t for k, t in enumerate(f.times) if not _status_time(text, t, f.start, status, recovery, joiner, f.times[k - 1] if k else None)]
        times, zones = _without_restatements(text, times)
        for k, t in enumerate(times):
            if zones[k] is None:  # "dari 09.10 hingga 11.40 WIB": the zone of the time it is joined to
                later = next((z for z in zones[k + 1 :] if z), None)
                nxt = times[k + 1] if k + 1 < len(times) else None
                if later and nxt is not None and joiner.search(text, t.end, nxt.start) is not None:
                    zones[k] = later
        # "began at 3:16 p.m. Pacific time ... had recovered by 7:38 p.m.": one zone in the
        # sentence, and a recovery or began word right before the zone-less time
        sentence_zones = {z for z in zones if z}
        if not sentence_zones and cluster_zone is not None and f.recovery and not f.outage:
            zones = [cluster_zone] * len(zones)
        if len(sentence_zones) == 1:
            (only,) = sentence_zones
            for k, t in enumerate(times):
                if zones[k] is None and k > 0:
                    lead_in = text[times[k - 1].end : t.start]
                    if recovery.search(lead_in) is not None or t.start in f.began_at:
                        zones[k] = only
        prev_role = None
        prev_end = f.start
        sentence_zone = own_zone(lang, [replace(t, zone=z) for t, z in zip(times, zones)])
        for k, t in enumerate(times):
            zone = zones[k]
            if zone is None:
                # "from about 11.40 am" ... "restored by 4.10 pm" with no zone in the text: a
                # start and an end in local time, sentences apart
                # ("which started at about 9am, had been fixed by 11.30am": a start before the
                # recovery word of its sentence)
                # ("BPI shut down its online banking at around 3 pm on Friday ... came back at
                # 7 am on Saturday": a start and an end each told with its day)
                told_day = _naive_day(day_anchors.get(i, []), t)
                if naive_start is None and (not f.recovery or recovery.search(text, t.end, f.end) is not None) \
                        and (t.start in f.began_at or (f.outage and told_day is not None)):
                    # ("went down at 9:15am on Tuesday ... and was back up by 11am": in a sentence
                    # of both, a time before the recovery word starts it)
                    naive_start, naive_start_day = t, told_day
                elif naive_start is not None and naive_end is None and f.recovery and t.start > naive_start.end \
                        and (recovery.search(text, f.start, t.start) is not None or not f.outage):
                    naive_end, naive_end_day, naive_end_fact = t, told_day, i
                elif naive_end is not None and naive_end_fact == i and t.start > naive_end.end \
                        and full.search(text, naive_end.end, t.start) is not None:
                    # "power restored to Abuja by 3:10pm, and full restoration of the grid was
                    # achieved at 8:40pm": the full recovery ends it
                    naive_end, naive_end_day = t, told_day
                # "from 6.05am to 9.50am" with no zone: no instant, but the length is stated
                nxt = times[k + 1] if k + 1 < len(times) else None
                # (not over a clause: "resumed at 3:45 pm, and the exchange extended market hours to 5 pm")
                if nxt is not None and zones[k + 1] is None and ctx.naive_range is None and joiner.search(text, t.end, nxt.start) is not None \
                        and not _CLAUSE_GAP.search(text, t.end, nxt.start):
                    minutes = (nxt.hour * 60 + nxt.minute) - (t.hour * 60 + t.minute)
                    if minutes <= 0:
                        minutes += 24 * 60
                    ctx.naive_range = (minutes, t.start, nxt.end)
                continue
            # the date told with this time; else the last date before it, else the sentence's
            # first, leaving out a date told with a time in another zone ("01.30 WIB atau
            # Selasa (2/4) pukul 18.30 GMT": Tuesday is GMT's day, not WIB's)
            here = sorted((pos, dd, dm) for pos, dd, dm in day_anchors.get(i, []) if pos not in f.other_zone_dates or attached_time(text, lang, dm, [t]) is t)
            told_with = [dd for _, dd, dm in here if attached_time(text, lang, dm, [t]) is t]
            before = [dd for pos, dd, _ in here if pos < t.start]
            # ("17.05 UTC, atau sekitar pukul 00.05 WIB hari Rabu": a later date told with a
            # time in another zone is that time's day, not this one's)
            # ("at around 11 pm ..., and came back at around 1 am on Wednesday, March 6": nor
            # one told right after a later time, whatever its zone)
            later = [dd for _, dd, dm in here if not _told_in_other_zone(text, lang, dm, f.times, t) and not _after_a_later_time(text, lang, dm, f.times, t)]
            day_here = (told_with or before or [None])[-1] or (min(later) if later else None) \
                or _day_in_zone(cluster, facts, ctx, zone) or day
            tz = D.zone_offset(zone, day_here, ctx.lex)
            if tz is None:
                continue
            moment = datetime(day_here.year, day_here.month, day_here.day, t.hour, t.minute, tzinfo=tz)
            ev = _evidence("start", text, t.start, t.end)
            joined = prev_role == "start" and joiner.search(text, prev_end, t.start) is not None
            recovered = recovery.search(text, prev_end, t.start) is not None or (f.recovery and not f.outage)
            # "berjalan lancar sejak pukul 02.47": back since then (the recovery word comes first)
            back_since = f.recovery and not f.outage and t.start in f.began_at and recovery.search(text, f.start, t.start) is not None
            if joined or (recovered and t.start not in f.began_at) or back_since or _lasted_until(ctx, f.start, t):
                role = "end"
            elif t.start in f.began_at or f.outage or f.symptoms:
                role = "start"
            else:
                role = None
            # "at 06:58 the first data center was back ... by 07:42 all were": the last one ends it
            if role == "end" and start_dt is not None and moment == start_dt:
                role = None  # "from 6:00am AEDT ..., in Perth, where it was 3:00am AWST": the start told again
            # ("Sekitar pukul 19.30 WITA, sebagian wilayah ... kembali menyala. Seluruh pelanggan
            # ... dinyatakan pulih 100 persen pada pukul 23.30 WITA": a full recovery told after
            # a first one ends it)
            if role == "end" and (end_dt is None or (end_fact == i and (moment > end_dt or (moment == end_dt and zone == sentence_zone)))
                                  or (end_fact != i and moment > end_dt and full.search(text, f.start, t.start) is not None)):
                if start_dt is not None and moment <= start_dt and not before:
                    moment += timedelta(days=1)  # "23.00 hingga 05.00 WIB": the next morning
                end_dt, end_ev, end_fact = moment, ev.model_copy(update={"field": "end"}), i
            elif role == "start" and (start_dt is None or (moment == start_dt and zone == sentence_zone)
                                      or (t.start in f.began_at and not start_began and moment < start_dt)):
                # the same moment in the sentence's own zone is told as that; a time the text
                # says it began ("terganggu sejak pukul 05.30") beats a later one seen before
                # ("Pantauan di stasiun sekitar pukul 06.15")
                start_dt, start_ev, start_began = moment, ev, t.start in f.began_at
            prev_role, prev_end = role, t.end
    if start_dt is not None and end_dt is not None and end_dt < start_dt:
        end_dt += timedelta(days=1)
    if ctx.naive_range is None and naive_start is not None and naive_end is not None and start_dt is None and end_dt is None:
        minutes = (naive_end.hour * 60 + naive_end.minute) - (naive_start.hour * 60 + naive_start.minute)
        if naive_start_day is not None and naive_end_day is not None:
            minutes += (naive_end_day - naive_start_day).days * 24 * 60  # each told with its day
        elif minutes <= 0 and naive_end_day is None and naive_start.hour >= 12 > naive_end.hour and minutes + 24 * 60 <= OVERNIGHT_MAX_MINUTES:
            minutes += 24 * 60  # "hit at about 9.35pm on Friday ... restored by 3.10am": the next morning
        if minutes > 0:  # the same day, or the night after; else the text would have said so
            ctx.naive_pair = (minutes, naive_start, naive_end)
    return start_dt, end_dt, start_ev, end_ev


OVERNIGHT_MAX_MINUTES = 12 * 60  # an evening start and a morning end with no day: the next morning, this close

LASTED_UNTIL_GAP_WORDS = 2  # "lasted until about 9:05 p.m.", "berlangsung hingga sekitar pukul 21.05": words before the time


def _lasted_until(ctx: Context, floor: int, t: D.TimeMention) -> bool:
    """The time follows a word of lasting and a word of until ("The outage lasted until about
    9:05 p.m. ET", "gangguan berlangsung hingga sekitar pukul 21.05 WIB"): when it ended (not
    "Hingga pukul 21.00 WIB, layanan masih down": as of then)."""
    text, lang = ctx.text, ctx.lang
    lo = max(floor, lexicon_mod.window_start(text, t.start, LASTED_UNTIL_GAP_WORDS + 2))
    until = lang.cues["until"].search(text, lo, t.start)
    if until is None or len(text[until.end : t.start].split()) > LASTED_UNTIL_GAP_WORDS:
        return False
    lead = lang.duration_lead.search(text, max(floor, lexicon_mod.window_start(text, until.start, 1)), until.start)
    return lead is not None and not text[lead.end : until.start].strip()


def _published_at(ctx: Context) -> datetime | None:
    """The publication moment, when the article gives it to the minute with a zone."""
    value = ctx.published or ""
    if "T" not in value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _status_time(text: str, t: D.TimeMention, floor: int, status: lexicon_mod.PhraseMatcher, recovery: lexicon_mod.PhraseMatcher,
                 joiner: lexicon_mod.PhraseMatcher | None = None, previous: D.TimeMention | None = None) -> bool:
    """The time says when the text was written ("as of 10 a.m.", "Update 6:10PM ET:"), not
    when the outage began or ended; but "resolved as of 8:14PM" is when it ended, and
    "sejak pukul 10.00 WIB hingga pukul 13.30 WIB" ends a range."""
    lo = max(floor, t.start - STATUS_REACH_CHARS)
    tag = status.search(text, lo, t.start)
    if tag is None:
        return False
    if previous is not None and previous.end <= tag.start and joiner is not None and joiner.search(text, tag.start, tag.end) is not None:
        return False  # the status word is a range word after another time
    # ("was fully working again for customers in Europe as of 2:40PM": a few words between)
    came_back = recovery.search(text, max(floor, lexicon_mod.window_start(text, tag.start, STATUS_RECOVERY_WORDS)), tag.start)
    return came_back is None


STATUS_REACH_CHARS = 40  # "Hingga berita ini ditulis pukul 19.30 WIB": a status word this far before the time
STATUS_RECOVERY_WORDS = 8  # a recovery word this many words before "as of" makes its time the end


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
            if _agree(g[0], d):
                g.append(d)
                break
        else:
            groups.append([d])
    # where each duration is first told (candidates.index, looked up in one go: a text
    # that tells thousands of lengths made that quadratic)
    first: dict[DU.DurationMention, int] = {}
    for k, d in enumerate(candidates):
        first.setdefault(d, k)
    best = max(groups, key=lambda g: (len(g), -first[g[0]]))
    # "for more than an hour ... about 85 minutes": the most precise telling of the length
    return min(best, key=lambda d: (d.qualifier in _BOUNDS, first[d]))


_BOUNDS = ("at_least", "up_to")
BOUND_REACH = 3  # "more than an hour" admits a length of up to three hours, "up to three hours" one of an hour or more


def _agree(a: DU.DurationMention, b: DU.DurationMention) -> bool:
    """Two tellings of one length: within DURATION_AGREEMENT of each other, or a bound and a
    length it admits ("more than an hour" and "about 85 minutes"; up to three times the bound)."""
    if abs(a.minutes - b.minutes) <= DURATION_AGREEMENT * max(a.minutes, b.minutes):
        return True
    for bound, other in ((a, b), (b, a)):
        if bound.qualifier == "at_least" and bound.minutes <= other.minutes <= BOUND_REACH * bound.minutes:
            return True
        if bound.qualifier == "up_to" and bound.minutes / BOUND_REACH <= other.minutes <= bound.minutes:
            return True
    return False


ROOT_CAUSES = ("natural_disaster", "cyberattack")  # what breaks cables and routers


_CAPITALISED_RUN = re.compile(r"\s+([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2})")


def _makers(ctx: Context) -> set[str]:
    """The names the article gives as a service's maker ("Game mobile gacha besutan Nexon
    Games", "a shooter developed by Zorkgames"): they speak for what they make (read once an
    article)."""
    if ctx.makers is None:
        ctx.makers = set()
        for cue in ctx.lang.cues["maker_lead"].finditer(ctx.text, 0, len(ctx.text)):
            m = _CAPITALISED_RUN.match(ctx.text, cue.end)
            if m is not None:
                ctx.makers.add(m.group(1))
    return ctx.makers


def _ends_with_a_name(speaker: str, names: set[str | None]) -> bool:
    """One of the names ends the speaker's words ("Pihak Zorkpay", "Manajemen Zorkbank": the
    company, after a word for its side)."""
    return any(name is not None and speaker.endswith(" " + name) for name in names)


def _opens_a_name(speaker: str, names: set[str | None]) -> bool:
    """The speaker's name is the first word or words of one of the names ("Korail" of "Korail Talk")."""
    return any(name is not None and name.startswith(speaker + " ") for name in names)


def _cause(chosen: list[int], facts: list[Facts], ctx: Context, operators: set[str | None]) -> C.CauseMention | None:
    ranked = []
    for order, i in enumerate(chosen):
        c = facts[i].cause
        if c is None or facts[i].not_incident:
            continue
        if c.basis == "operator" and c.speaker is not None and c.speaker not in operators:
            c = replace(c, basis="media")  # another company speaks ("Cloudflare said Facebook's BGP ...")
        elif c.basis == "media" and c.speaker is not None and (c.speaker in operators or _opens_a_name(c.speaker, operators) or _ends_with_a_name(c.speaker, operators)):
            # a service the lexicon lacks speaks of its own outage ("Korail menjelaskan ..."
            # of "Korail Talk": the first words of the service's name are its company)
            c = replace(c, basis="operator")
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
    # "the cable broke ... after an earthquake", "the quake cut power": what broke the
    # equipment or the supply is the cause
    if best[3].category in ("network", "hardware", "power"):
        roots = [r for r in ranked if r[3].category in ROOT_CAUSES and r[0] <= best[0]]
        if roots:
            return min(roots, key=lambda r: r[:3])[3]
    return best[3]
