"""Incidents from dates (stage 5 of pipeline.py): anchors that meet are one
incident; the best-supported is the article's main one; every sentence that speaks
of an outage goes to one incident (or, told of several, to each, cut at its clause
break or restricted to each one's services).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from .facts import _sentence_facts
from .context import CLUSTER_SLACK_DAYS, MAIN_TITLE_BONUS, RECENT_DAYS, RECOVERY_WINDOW_DAYS, Cluster, Context, Facts

BACK_REFERENCE_CHARS = 30  # "Kala itu", "At the time": a back reference opens its sentence

def _clusters(facts: list[Facts], reference: date | None = None) -> list[Cluster]:
    anchors = [
        (i, d, r) for i, f in enumerate(facts) if f.reports_outage for d, r in f.anchors
    ]
    # "Microsoft said Tuesday it had restored access": a recovery with no date of its own
    # was when it was said
    anchors += [
        (i, d, r) for i, f in enumerate(facts) if f.reports_outage and f.recovery and not f.anchors for d, r in f.speech_dates
    ]
    if not anchors:
        # only "said Monday" dates: the day something was said about the outage is all we have
        anchors = [(i, d, r) for i, f in enumerate(facts) if f.reports_outage for d, r in f.speech_dates]
    if not anchors:
        return []
    anchors.sort(key=lambda a: (a[2].first, a[2].last))
    # A date in a sentence that says the service came back is the end of an outage that
    # began earlier ("kembali bisa diakses pada Kamis (11/5)"), not a new one.
    # ... and so is the day that ends a range ("sejak Senin (8/5) hingga Kamis (11/5)")
    def ends_it(a) -> bool:
        return facts[a[0]].recovery or a[1].start in facts[a[0]].range_ends

    # A date in a sentence that says the outage was still going on ("By Monday evening,
    # services had remained down") is a later point of one told before, when there is one.
    def goes_on(a) -> bool:
        return facts[a[0]].continuing and not ends_it(a)

    onsets = [a for a in anchors if not ends_it(a) and not goes_on(a)]
    recoveries = [a for a in anchors if ends_it(a)]
    ongoing = [a for a in anchors if goes_on(a)]
    clusters: list[Cluster] = []
    def keys(i: int) -> set[str]:
        return {m.key for m in facts[i].services}

    def joins(a, c: Cluster) -> bool:
        # "a separate and unrelated technical issue left Tesco customers ...": another
        # incident when it names other services than the cluster's, even on the same day
        own = keys(a[0])
        if facts[a[0]].separate and own and not any(own & keys(j) for j, _, _ in c.anchors):
            return False
        # dates that meet are one incident; a day apart (a night, two time zones) only when
        # the sentences name the same service or one names none ("CrowdStrike on the 19th,
        # a separate Azure outage on the 18th" are two)
        for j, _, r in c.anchors:
            if a[2].overlaps(r, 0):
                return True
            if a[2].overlaps(r, CLUSTER_SLACK_DAYS) and (not keys(a[0]) or not keys(j) or keys(a[0]) & keys(j)):
                return True
        return False

    # days first, then months and years: "bermasalah pada 2019" spans the March and the July
    # outages of the article; a month or a year that spans two incidents names no new one
    def settle(a, meets: list[Cluster]) -> None:
        """An onset joins the first incident it meets, or starts one."""
        if meets:
            meets[0].anchors.append(a)
        else:
            clusters.append(Cluster(anchors=[a]))

    precise = {"day": 0, "month": 1, "year": 2}
    for a in sorted(onsets, key=lambda a: (precise[a[2].precision], a[2].first, a[2].last)):
        meets = [c for c in clusters if joins(a, c)]
        if a[2].precision != "day" and len(meets) > 1:
            continue
        settle(a, meets)
    def earlier_than(a) -> list[Cluster]:
        """The incidents a later date may belong to: within the window after an incident's
        latest date ("in January ... Friday 31 January ... running normally again on Sunday
        2 February"); "last month" alone, a month, takes no such date (that is its own outage)."""
        return [
            c for c in clusters
            if any(r.precision == "day" for _, _, r in c.anchors)
            and c.first <= a[2].first <= max(r.last for _, _, r in c.anchors) + timedelta(days=RECOVERY_WINDOW_DAYS)
        ]

    for a in ongoing:  # with no incident before it, an onset like the others
        earlier = earlier_than(a)
        if earlier:
            max(earlier, key=lambda c: c.first).anchors.append(a)
        else:
            settle(a, [c for c in clusters if joins(a, c)])
    for a in recoveries:
        earlier = earlier_than(a)
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
        # a report is of what just happened: an incident dated in the days before publication
        # outweighs one told from years back ("Slack is down — live updates" over "January 4, 2021")
        if reference is not None and any(timedelta(0) <= reference - r.last <= timedelta(days=RECENT_DAYS) for _, _, r in c.anchors):
            score += MAIN_TITLE_BONUS
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
    back = ctx.lang.cues["back_reference"]
    past = ctx.lang.cues["past_habit"]
    last_dated: Cluster | None = None  # the incident the last dated sentence spoke of
    for i, f in enumerate(list(facts)):
        if f.not_incident and not f.reports_outage or i in split:
            continue
        if i in owner:
            owner[i].facts.append(i)
            last_dated = owner[i]
            continue
        # "Kala itu Facebook menyatakan ...", "At the time, the company blamed ...": the
        # incident the text just told of, whatever the sentence names
        if last_dated is not None and not last_dated.main and back.search(ctx.text, f.start, min(f.end, f.start + BACK_REFERENCE_CHARS)) is not None:
            last_dated.facts.append(i)
            continue
        relevant = (
            f.reports_outage or f.cause is not None or bool(f.symptoms) or bool(f.began_at)
            or any(d.has_lead for d in f.durations) or (f.impact and bool(f.places))
        )
        if not relevant:
            continue
        # "platform seperti Wikipedia dan X juga pernah diblokir": the services' past, at no date
        if past.search(ctx.text, f.start, f.end) is not None:
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
            previous: Facts | None = None
            for lo, hi in zip(bounds, bounds[1:]):
                # the clause read on its own, in a sentence about outages ("..., sedangkan DANA
                # menghentikan layanannya")
                clause = _sentence_facts(ctx, f.sentence, lo, hi, outage=f.outage)
                if not clause.services and previous is not None:
                    clause.services = previous.services  # "X was down on Monday, and again on Thursday"
                facts.append(clause)
                previous = clause
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
