"""Merging reports across articles: order-independent, idempotent, disagreements kept."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from outages.merge import merge
from outages.models import Duration, Evidence, Incident, Source


def report(file: str, services, start: str, precision="day", minutes=None, text="", end=None, published=None) -> Incident:
    return Incident(
        id="",
        services=list(services),
        start=start,
        precision=precision,
        end=end,
        duration=Duration(minutes=minutes, qualifier="about", text=text or f"{minutes} min") if minutes else None,
        sources=[Source(file=file, published=published, evidence=[Evidence(field="start", quote=start, start=0, end=len(start))])],
    )


def ids(incidents):
    return [(x.id, x.start, tuple(x.services), tuple(s.file for s in x.sources)) for x in incidents]


def test_same_incident_from_two_articles_becomes_one():
    a = report("a.txt", ["WhatsApp"], "2021-06-01", minutes=90, text="sekitar 1,5 jam")
    b = report("b.txt", ["WhatsApp"], "2021-06-01", minutes=120, text="hampir dua jam", published="2021-06-03")
    merged = merge([a, b])
    assert len(merged) == 1
    x = merged[0]
    assert [s.file for s in x.sources] == ["a.txt", "b.txt"]
    dis = [d for d in x.disagreements if d.field == "duration"]
    assert dis and len(dis[0].variants) == 2
    assert x.duration.minutes == 120  # tie on count: the source published last wins


def test_different_services_or_dates_stay_apart():
    a = report("a.txt", ["WhatsApp"], "2021-06-01")
    b = report("b.txt", ["Instagram"], "2021-06-01")
    c = report("c.txt", ["WhatsApp"], "2021-06-09")
    assert len(merge([a, b, c])) == 3


def test_month_report_joins_a_day_report_and_the_day_wins():
    a = report("a.txt", ["Slack"], "2021-01", precision="month")
    b = report("b.txt", ["Slack"], "2021-01-04")
    (x,) = merge([a, b])
    assert x.start == "2021-01-04" and x.precision == "day"


def test_end_time_and_duration_give_an_estimated_start():
    a = report("a.txt", ["WhatsApp"], "2022-03-01", end="2022-03-01T16:00:00+07:00")
    b = report("b.txt", ["WhatsApp"], "2022-03-01", minutes=120, text="hampir dua jam")
    (x,) = merge([a, b])
    assert x.start == "2022-03-01T14:00:00+07:00"
    assert "start" in x.estimated


def test_ids_are_unique_and_stable():
    reports = [report(f"{i}.txt", ["X"], "2023-07-01") for i in range(1)] + [
        report("p.txt", ["X"], "2023-07-20"),
        report("q.txt", ["YouTube"], "2023-07-01"),
    ]
    first = ids(merge(reports))
    assert len({i[0] for i in first}) == len(first)
    assert ids(merge(list(reversed(reports)))) == first


starts = st.sampled_from(["2020-01-01", "2020-01-02", "2020-01-05", "2020-01", "2021-03-10"])
services = st.sets(st.sampled_from(["WhatsApp", "Facebook", "Instagram", "X"]), min_size=1, max_size=2)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(services, starts, st.sampled_from([None, 30, 60, 125])), min_size=1, max_size=7), st.randoms())
def test_merge_is_order_independent_and_idempotent(specs, rnd):
    reports = [
        report(f"f{i}.txt", sorted(svc), start, precision="month" if len(start) == 7 else "day", minutes=m)
        for i, (svc, start, m) in enumerate(specs)
    ]
    once = merge(reports)
    shuffled = list(reports)
    rnd.shuffle(shuffled)
    assert [x.model_dump() for x in merge(shuffled)] == [x.model_dump() for x in once]
    again = merge(once)
    assert [(x.id, x.start, x.services) for x in again] == [(x.id, x.start, x.services) for x in once]


def test_random_order_on_bundled_articles():
    from outages.articles import bundled_articles
    from outages.incidents import incidents_from_articles

    articles = bundled_articles()
    base = [x.model_dump() for x in incidents_from_articles(articles)]
    for seed in range(3):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        assert [x.model_dump() for x in incidents_from_articles(shuffled)] == base
