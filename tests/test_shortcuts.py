"""The extractor's shortcuts change nothing: every fixture article gives the same incidents
with each shortcut turned off (a new cue read before a shortcut must be taught to it)."""

from __future__ import annotations

from pathlib import Path

from outages.articles import load_sources, read_article
from outages.extract import facts, pipeline

FIXTURES = Path(__file__).parent / "fixtures"


def _all(folders=("articles", "holdout")) -> list[str]:
    out = []
    for folder in folders:
        sources = load_sources(FIXTURES / folder)
        for path in sorted((FIXTURES / folder).glob("*.txt")):
            article = read_article(path, sources)
            out.append(f"## {path.name}")
            out.extend(i.model_dump_json() for i in pipeline.extract(article.model_copy()))
    return out


def test_sentences_without_cues_are_read_in_full_alike(monkeypatch):
    """The early return for a sentence with no cue (_CUE_KEYS) gives what the full reading does."""
    fast = _all()
    monkeypatch.setattr(facts, "_cue_starts", lambda text, lang: None)
    assert _all() == fast
