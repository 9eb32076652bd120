"""Property tests: extraction never raises, evidence offsets are exact, output validates."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outages.extract.pipeline import extract
from outages.models import Article, Incident
from outages.text import clean_for_display

WORDS = [
    "WhatsApp", "down", "gangguan", "Instagram", "selama", "dua", "jam", "hampir", "pukul", "15.45", "WIB",
    "Selasa,", "25", "Oktober", "2022", "(3/11/2017)", "di", "seluruh", "dunia", "Inggris", "AS", "karena",
    "bug", "kemarin", "Jan", "Koum", "Mei", "2017", "Baca", "juga:", "Jakarta", "-", "outage", "on", "Monday",
    "for", "nearly", "six", "hours", "caused", "by", "DNS", "in", "the", "US", "and", "UK", "[bold]", "\x1b[31m",
    "\u202e", "\n", "\n\n", ".", ",", "?", "\"", "“", "”", "sejak", "hingga", "13-14/3/2019", "Rabu-Kamis",
]

article_text = st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join) | st.text(max_size=400)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text, st.sampled_from([None, "id", "en"]), st.sampled_from([None, "2022-11-09", "2014-02-23T10:00:00+07:00"]))
def test_extraction_never_raises_and_evidence_is_exact(text, language, published):
    article = Article(file="p.txt", text=text, language=language, published=published,
                      published_from="front_matter" if published else "none")
    incidents = extract(article)
    for incident in incidents:
        Incident.model_validate(json.loads(incident.model_dump_json()))
        for source in incident.sources:
            for e in source.evidence:
                assert text[e.start : e.end] == e.quote


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_clean_for_display_leaves_no_control_characters(text):
    cleaned = clean_for_display(text)
    assert "\x1b" not in cleaned and "\r" not in cleaned
    assert not any(0x80 <= ord(c) <= 0x9F or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for c in cleaned)
    assert all(c in "\n" or ord(c) >= 0x20 for c in cleaned if ord(c) < 0x20)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join))
def test_models_round_trip_through_json(text):
    for incident in extract(Article(file="r.txt", text=text, language="id", published="2022-11-09", published_from="front_matter")):
        again = Incident.model_validate_json(incident.model_dump_json())
        assert again == incident
