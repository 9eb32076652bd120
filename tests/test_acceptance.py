"""Issue 2, section 6: the five bundled articles give exactly these five incidents."""

from __future__ import annotations

import pytest

from outages.incidents import bundled_incidents


@pytest.fixture(scope="module")
def incidents():
    return [x.model_dump(mode="json") for x in bundled_incidents()]


def _within_quarter(got: int | None, want: int) -> bool:
    return got is not None and abs(got - want) <= 0.25 * want


EXPECTED = [
    # start prefix(es), services, minutes, region codes, cause, source prefixes
    (("2014-02-22", "2014-02-23"), {"WhatsApp"}, 1440, {"001"}, "network", {"004"}),
    (("2017-05",), {"WhatsApp"}, 120, set(), None, {"002"}),
    (("2017-11-03",), {"WhatsApp"}, 60, {"NL", "GB", "BE", "MY", "SG", "ID"}, "software_bug", {"002"}),
    (("2019-03-13",), {"WhatsApp", "Facebook", "Instagram"}, 2880, {"US", "150", "142", "ID"}, None, {"000"}),
    (("2022-10-25",), {"WhatsApp"}, 120, {"001", "142", "GB", "PK"}, "undisclosed", {"001", "003"}),
]


def test_exactly_five_incidents(incidents):
    assert len(incidents) == 5


@pytest.mark.parametrize("row", EXPECTED, ids=[r[0][0] for r in EXPECTED])
def test_row(incidents, row):
    starts, services, minutes, regions, cause, sources = row
    matches = [x for x in incidents if x["start"] and any(x["start"].startswith(s) for s in starts) and set(x["services"]) == services]
    assert len(matches) == 1, [(x["start"], x["services"]) for x in incidents]
    x = matches[0]
    if starts == ("2017-05",):
        assert x["start"] == "2017-05" and x["precision"] == "month"
    assert _within_quarter((x["duration"] or {}).get("minutes"), minutes)
    assert {r["code"] for r in x["regions"]} == regions
    assert ((x["cause"] or {}).get("category")) == cause
    assert {s["file"][:3] for s in x["sources"]} == sources


def test_2019_ends_next_day(incidents):
    x = next(x for x in incidents if x["start"].startswith("2019-03-13"))
    assert x["end"].startswith("2019-03-14")


def test_2022_merged_end_and_estimated_start(incidents):
    x = next(x for x in incidents if x["start"].startswith("2022-10-25"))
    assert x["end"] == "2022-10-25T15:45:00+07:00"
    assert "start" in x["estimated"]
    assert x["duration"]["qualifier"] == "nearly"


def test_every_evidence_quote_is_at_its_offsets():
    from outages.articles import bundled_articles

    texts = {a.file: a.text for a in bundled_articles()}
    for x in bundled_incidents():
        for s in x.sources:
            for e in s.evidence:
                assert texts[s.file][e.start : e.end] == e.quote


def test_every_field_has_evidence(incidents):
    for x in incidents:
        fields = {e["field"] for s in x["sources"] for e in s["evidence"]}
        assert "services" in fields and "start" in fields
        if x["duration"] and "duration" not in x["estimated"]:
            assert "duration" in fields
        if x["regions"]:
            assert "regions" in fields
        if x["cause"]:
            assert "cause" in fields
