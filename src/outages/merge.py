"""Reports of one incident from several articles -> one incident, with stable ids.

Two reports are the same incident when they name at least one common service
and their dates meet (intervals overlap, a day of slack), and they come from
different articles. Groups are the connected components of that relation, so
the result does not depend on the order articles are read in.

Reconciling a group (documented in README, "Merging"):
- services, regions, symptoms: the union;
- start: the most precise stated value (a stated time beats a day, a day beats
  a month); among equals, the earliest;
- end: the most precise stated value; among equals, the latest;
- duration: the value most sources state (within 15 %); ties go to the source
  published last (later reports know more), then to the longer value. Every
  other value is kept, with its sources, in `disagreements`;
- cause: an operator's statement beats the media's, which beats "undisclosed",
  which beats speculation; ties go to the value most sources state;
- a stated end time and a duration give an estimated start (and the reverse),
  listed in `estimated`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .models import Cause, Disagreement, Duration, Incident, Region, Source, Variant
from .query import parse_user_date

_PRECISION_RANK = {"minute": 0, "hour": 1, "day": 2, "month": 3, "year": 4, "unknown": 5}
_CAUSE_RANK = {"operator": 0, "media": 1, None: 1, "speculation": 3}
DURATION_AGREEMENT = 0.15
SLACK_DAYS = 1


def _interval(incident: Incident) -> tuple[date, date] | None:
    if not incident.start:
        return None
    try:
        first = parse_user_date(incident.start[:10]) if incident.precision in ("minute", "hour", "day") else parse_user_date(incident.start)
    except ValueError:
        return None
    last = first.last
    if incident.end:
        try:
            last = max(last, parse_user_date(incident.end[:10]).last)
        except ValueError:
            pass
    return first.first, last


def _files(incident: Incident) -> set[str]:
    return {s.file for s in incident.sources}


def same_incident(a: Incident, b: Incident) -> bool:
    if not set(a.services) & set(b.services):
        return False
    if _files(a) & _files(b):
        return False
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return False
    slack = timedelta(days=SLACK_DAYS)
    return not (ia[1] + slack < ib[0] or ib[1] + slack < ia[0])


def merge(reports: list[Incident]) -> list[Incident]:
    """Merge reports into incidents; ids are assigned here.

    Reports are taken in a canonical order (most precise first), so the result
    depends only on the set of reports, not on the order articles were read.
    Each report joins the first incident it is compatible with (checked against
    the incident as reconciled so far, not against any one member, so a vague
    "2020-01" cannot chain two different days together); then incidents are
    merged with each other until none is compatible with another. The output is
    a fixed point: merging it again changes nothing.
    """
    reports = sorted(reports, key=_report_key)
    groups: list[list[Incident]] = []
    merged: list[Incident | None] = []
    index: dict[tuple[str, int], set[int]] = {}

    def buckets(x: Incident) -> list[tuple[str, int]]:
        span = _interval(x)
        if span is None:
            return []
        first, last = span[0] - timedelta(days=SLACK_DAYS), span[1] + timedelta(days=SLACK_DAYS)
        months = range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
        return [(s, m) for s in x.services for m in months]

    def candidates(x: Incident) -> list[int]:
        found: set[int] = set()
        for key in buckets(x):
            found |= index.get(key, set())
        return sorted(found)

    def put(i: int) -> None:
        for key in buckets(merged[i]):
            index.setdefault(key, set()).add(i)

    def drop(i: int) -> None:
        for key in buckets(merged[i]):
            index.get(key, set()).discard(i)

    for r in reports:
        for i in candidates(r):
            if same_incident(merged[i], r):
                drop(i)
                groups[i].append(r)
                merged[i] = _reconcile(groups[i])
                put(i)
                break
        else:
            groups.append([r])
            merged.append(_reconcile([r]))
            put(len(merged) - 1)
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            if merged[i] is None:
                continue
            for j in candidates(merged[i]):
                if j != i and merged[j] is not None and same_incident(merged[i], merged[j]):
                    a, b = min(i, j), max(i, j)
                    drop(a)
                    drop(b)
                    groups[a].extend(groups[b])
                    merged[a] = _reconcile(groups[a])
                    merged[b] = None
                    groups[b] = []
                    put(a)
                    changed = True
                    break
            if changed:
                break
    incidents = [x for x in merged if x is not None]
    _assign_ids(incidents)
    incidents.sort(key=lambda x: (x.start is None, (x.start or "")[:10], x.id))
    return incidents


def _report_key(r: Incident) -> tuple:
    return (_PRECISION_RANK[r.precision], r.start or "", tuple(sorted(_files(r))), tuple(r.services), r.model_dump_json())


def _source_of(r: Incident) -> list[str]:
    return sorted(_files(r))


def _published(r: Incident) -> str:
    return max((s.published or "" for s in r.sources), default="")


def _reconcile(group: list[Incident]) -> Incident:
    if len(group) == 1:
        return group[0].model_copy()  # shallow: only the id is set on it later
    group = sorted(group, key=_report_key)
    counts: dict[str, int] = {}
    for r in group:
        for s in r.services:
            counts[s] = counts.get(s, 0) + 1
    services = sorted(counts, key=lambda s: (-counts[s], s.lower()))
    # start
    stated = [r for r in group if r.start and "start" not in r.estimated]
    pool = stated or [r for r in group if r.start]
    start, precision, estimated = None, "unknown", []
    disagreements: list[Disagreement] = []
    if pool:
        best = min(pool, key=lambda r: (_PRECISION_RANK[r.precision], r.start))
        start, precision = best.start, best.precision
        if "start" in best.estimated:
            estimated.append("start")
        days = {}
        for r in pool:
            if r.precision in ("minute", "hour", "day"):
                days.setdefault(r.start[:10], []).extend(_source_of(r))
        if len(days) > 1:
            disagreements.append(Disagreement(
                field="start", chosen=start[:10], rule="the most precise stated date; among equals the earliest",
                variants=[Variant(value=k, files=sorted(set(v))) for k, v in sorted(days.items())],
            ))
    # end
    ends = [r for r in group if r.end and "end" not in r.estimated]
    end = None
    if ends:
        end = min(ends, key=lambda r: (0 if "T" in (r.end or "") else 1, _neg(r.end))).end
    # duration
    duration, dur_dis = _choose_duration(group)
    if dur_dis is not None:
        disagreements.append(dur_dis)
    if duration is None:
        derived = [r for r in group if r.duration is not None]
        if derived:
            duration = derived[0].duration
            estimated.append("duration")
    # estimates from end and duration
    if duration is not None and end and "T" in end and (not start or "T" not in start or "start" in estimated):
        try:
            end_dt = datetime.fromisoformat(end)
            est = end_dt - timedelta(minutes=duration.minutes)
            if start is None or est.date().isoformat() >= start[:10] or precision not in ("minute", "hour"):
                start = est.isoformat()
                precision = "minute" if duration.qualifier == "exact" else "hour"
                if "start" not in estimated:
                    estimated.append("start")
        except ValueError:
            pass
    elif duration is not None and start and "T" in start and not end:
        try:
            end = (datetime.fromisoformat(start) + timedelta(minutes=duration.minutes)).isoformat()
            estimated.append("end")
        except ValueError:
            pass
    # regions
    regions: list[Region] = []
    for r in group:
        for region in r.regions:
            if all(x.code != region.code for x in regions):
                regions.append(region)
    # cause
    cause, cause_dis = _choose_cause(group)
    if cause_dis is not None:
        disagreements.append(cause_dis)
    symptoms: list[str] = []
    for r in group:
        for s in r.symptoms:
            if s not in symptoms:
                symptoms.append(s)
    sources: list[Source] = sorted((s for r in group for s in r.sources), key=lambda s: s.file)
    return Incident(
        id="",
        services=services,
        start=start,
        precision=precision if start else "unknown",
        end=end,
        estimated=sorted(set(estimated)),
        duration=duration,
        regions=regions,
        cause=cause,
        symptoms=symptoms,
        sources=sources,
        disagreements=disagreements,
    )


def _neg(value: str | None) -> str:
    # sort key that puts later ISO strings first
    return "".join(chr(0x10FFFF - ord(c)) for c in (value or ""))


def _choose_duration(group: list[Incident]) -> tuple[Duration | None, Disagreement | None]:
    stated = [(r, r.duration) for r in group if r.duration is not None and "duration" not in r.estimated]
    if not stated:
        return None, None
    clusters: list[list[tuple[Incident, Duration]]] = []
    for r, d in stated:
        for c in clusters:
            ref = c[0][1].minutes
            if abs(ref - d.minutes) <= DURATION_AGREEMENT * max(ref, d.minutes):
                c.append((r, d))
                break
        else:
            clusters.append([(r, d)])
    best = max(clusters, key=lambda c: (len(c), max(_published(r) for r, _ in c), max(d.minutes for _, d in c)))
    chosen = best[0][1]
    if len(clusters) == 1:
        return chosen, None
    variants = [
        Variant(value=f"{c[0][1].minutes} min ({c[0][1].text})", files=sorted({f for r, _ in c for f in _source_of(r)}))
        for c in clusters
    ]
    rule = "the value most sources state; ties: the source published last, then the longer value"
    return chosen, Disagreement(field="duration", chosen=f"{chosen.minutes} min ({chosen.text})", rule=rule, variants=variants)


def _choose_cause(group: list[Incident]) -> tuple[Cause | None, Disagreement | None]:
    causes = [(r, r.cause) for r in group if r.cause is not None]
    if not causes:
        return None, None

    def rank(c: Cause) -> int:
        if c.category == "undisclosed":
            return 2
        return _CAUSE_RANK.get(c.basis, 1)

    tally: dict[str, int] = {}
    for _, c in causes:
        tally[c.category] = tally.get(c.category, 0) + 1
    r0, chosen = min(causes, key=lambda rc: (rank(rc[1]), -tally[rc[1].category], rc[1].category))
    stated = {c.category for _, c in causes if c.category != "undisclosed" and c.basis != "speculation"}
    if len(stated) <= 1:
        return chosen, None
    variants = [
        Variant(value=cat, files=sorted({f for r, c in causes if c.category == cat for f in _source_of(r)}))
        for cat in sorted(stated)
    ]
    rule = "the operator's statement, then the media's, then 'undisclosed', then speculation; ties: most sources"
    return chosen, Disagreement(field="cause", chosen=chosen.category, rule=rule, variants=variants)


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-") or "x"


def id_key(x: Incident) -> tuple[str, list[str], str]:
    """What an incident's id is made from: (base id, its files, its start)."""
    when = (x.start or "undated")[:10]
    names = sorted(slug(s) for s in x.services)
    part = "-".join(names[:3]) + ("-etc" if len(names) > 3 else "")
    return f"{when}-{part}", sorted(_files(x)), x.start or ""


def ids_for(keys: list[tuple[str, list[str], str]]) -> list[str]:
    """Stable, unique ids for incidents given by their `id_key`s, in the same order:
    the base id, and "-2", "-3" ... for later incidents with the same base."""
    order = sorted(range(len(keys)), key=lambda i: keys[i])
    seen: dict[str, int] = {}
    ids = [""] * len(keys)
    for i in order:
        b = keys[i][0]
        seen[b] = seen.get(b, 0) + 1
        ids[i] = b if seen[b] == 1 else f"{b}-{seen[b]}"
    return ids


def _assign_ids(incidents: list[Incident]) -> None:
    for x, new_id in zip(incidents, ids_for([id_key(x) for x in incidents])):
        x.id = new_id
