"""The extraction quality gate: scores on the annotated fixtures stay at or above the floors."""

from __future__ import annotations

import sys
try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from pathlib import Path

import pytest

from outages.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
FLOORS = tomllib.loads((ROOT / "benchmarks" / "floors.toml").read_text())


@pytest.mark.parametrize("folder", ["articles", "holdout"])
def test_scores_at_or_above_floors(folder):
    score, notes = evaluate(ROOT / "tests" / "fixtures" / folder)
    figures = score.figures()
    below = {k: round(v, 3) for k, v in figures.items() if k in FLOORS.get(folder, {}) and v + 1e-9 < FLOORS[folder][k]}
    assert not below, f"{folder}: below floor {below}; all: {figures}"


def test_floors_cover_every_figure():
    for folder in ("articles", "holdout"):
        assert set(FLOORS[folder]) >= {"precision", "recall", "date", "services", "duration", "regions_f1", "cause"}


def test_the_scorer_compares_services_through_their_aliases():
    from outages.evaluate import Score, score_article

    s = Score()
    pred = [{"services": ["X"], "start": "2023-07-01", "regions": [], "duration": None, "cause": None}]
    gold = [{"services": ["Twitter"], "start": "2023-07-01", "regions": [], "duration_minutes": None, "cause": None}]
    score_article(pred, gold, s)
    assert (s.matched, s.services_ok) == (1, 1)
    s = Score()
    score_article([dict(pred[0], services=["Kestrel Pay"])], [dict(gold[0], services=["kestrel pay"])], s)
    assert (s.matched, s.services_ok) == (1, 1)
    s = Score()
    score_article([dict(pred[0], services=["Slack"])], gold, s)
    assert s.matched == 0


@pytest.mark.parametrize(
    "got, want, same",
    [
        pytest.param(["Mizuho"], ["Mizuho Bank"], True, id="unknown-name-shortened"),
        pytest.param(["HBO Go"], ["HBO"], True, id="unknown-name-lengthened"),
        pytest.param(["Waikato Hospital"], ["Waikato DHB"], False, id="unknown-names-that-only-share-a-word"),
        pytest.param(["Google"], ["Google Cloud"], False, id="lexicon-services-compare-by-key"),
        pytest.param(["Bank Zork"], ["Zork"], False, id="not-a-prefix"),
        # a service the lexicon knows, by its canonical name, opens a longer gold name the lexicon lacks
        pytest.param(["LPSE"], ["LPSE Provinsi Jambi"], True, id="known-name-lengthened-by-gold"),
        # ... but a gold name the lexicon lacks is no longer known name's ("Commonwealth" is not CommBank)
        pytest.param(["Commonwealth Bank"], ["Commonwealth"], False, id="known-name-not-shortened"),
    ],
)
def test_the_scorer_takes_an_unknown_name_at_another_length_as_the_same_service(got, want, same):
    from outages.evaluate import Score, score_article

    s = Score()
    pred = [{"services": got, "start": "2021-03-03", "regions": [], "duration": None, "cause": None}]
    gold = [{"services": want, "start": "2021-03-03", "regions": [], "duration_minutes": None, "cause": None}]
    score_article(pred, gold, s)
    assert (s.matched, s.services_ok) == ((1, 1) if same else (0, 0))


def test_the_scorer_reads_a_guessed_gold_cause_as_no_cause():
    # the field rules: "Speculation and denials are not a cause", on both sides
    from outages.evaluate import Score, score_article

    s = Score()
    pred = [{"services": ["Slack"], "start": "2021-03-03", "regions": [], "duration": None, "cause": {"category": "cyberattack", "basis": "speculation"}}]
    gold = [{"services": ["Slack"], "start": "2021-03-03", "regions": [], "duration_minutes": None, "cause": "cyberattack", "cause_basis": "speculation"}]
    score_article(pred, gold, s)
    assert s.cause_ok == 1


@pytest.mark.parametrize(
    "basis, ok",
    [("operator", 1), ("media", 0)],
)
def test_the_scorer_checks_who_states_a_right_cause(basis, ok):
    from outages.evaluate import Score, score_article

    s = Score()
    pred = [{"services": ["Slack"], "start": "2021-03-03", "regions": [], "duration": None, "cause": {"category": "dns", "basis": basis}}]
    gold = [{"services": ["Slack"], "start": "2021-03-03", "regions": [], "duration_minutes": None, "cause": "dns", "cause_basis": "operator"}]
    score_article(pred, gold, s)
    assert (s.cause_ok, s.basis_total, s.basis_ok) == (1, 1, ok)


def test_the_scorer_leaves_basis_out_when_no_cause_is_stated():
    from outages.evaluate import Score, score_article

    s = Score()
    pred = [{"services": ["Slack"], "start": "2021-03-03", "regions": [], "duration": None, "cause": None}]
    gold = [{"services": ["Slack"], "start": "2021-03-03", "regions": [], "duration_minutes": None, "cause": None, "cause_basis": None}]
    score_article(pred, gold, s)
    assert (s.cause_ok, s.basis_total) == (1, 0)


def test_the_scorer_goes_on_past_an_unreadable_article(tmp_path):
    import json

    (tmp_path / "bad.txt").write_text("---\ntitle: [unclosed\n---\nWhatsApp down.\n", encoding="utf-8")
    (tmp_path / "bad.gold.json").write_text(json.dumps({"published": None, "incidents": [{"start": "2021-10-04", "services": ["WhatsApp"]}]}))
    (tmp_path / "good.txt").write_text("WhatsApp down\n\nWhatsApp was down for two hours on Monday, 4 October 2021.\n", encoding="utf-8")
    (tmp_path / "good.gold.json").write_text(json.dumps({"incidents": [{"start": "2021-10-04", "services": ["WhatsApp"], "duration_minutes": 120, "regions": [], "cause": None, "cause_basis": None}]}))
    score, notes = evaluate(tmp_path)
    assert (score.articles, score.gold, score.matched) == (2, 2, 1)
    assert notes["bad.txt"][0].startswith("unreadable:")


def test_the_scorer_reads_null_gold_regions_as_none():
    # a hand-made gold file may write "regions": null where the text names no place
    from outages.evaluate import Score, score_article

    s = Score()
    pred = [{"services": ["Slack"], "start": "2021-03-03", "regions": [], "duration": None, "cause": None}]
    gold = [{"services": ["Slack"], "start": "2021-03-03", "regions": None, "duration_minutes": None, "cause": None}]
    score_article(pred, gold, s)
    assert (s.matched, s.region_fp, s.region_fn) == (1, 0, 0)


@pytest.mark.parametrize(
    "got, want, text, same",
    [
        pytest.param(["PMM"], ["Platform Merdeka Mengajar"], "Guru mengeluh Platform Merdeka Mengajar (PMM) error.", True, id="short-form-defined"),
        pytest.param(["Result Transmission System"], ["RTS"], "The Result Transmission System (RTS) collapsed.", True, id="long-form-defined"),
        pytest.param(["PMM"], ["Platform Merdeka Mengajar"], "Guru mengeluh PMM error. Platform Merdeka Mengajar juga.", False, id="not-defined"),
    ],
)
def test_the_scorer_takes_a_short_form_the_article_defines_as_the_same_service(got, want, text, same):
    from outages.evaluate import Score, score_article

    s = Score()
    pred = [{"services": got, "start": "2021-03-03", "regions": [], "duration": None, "cause": None}]
    gold = [{"services": want, "start": "2021-03-03", "regions": [], "duration_minutes": None, "cause": None}]
    score_article(pred, gold, s, text)
    assert (s.matched, s.services_ok) == ((1, 1) if same else (0, 0))
