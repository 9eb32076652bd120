"""Random and adversarial text through the extractor (issue 5, section 2): it never raises.

Texts of up to a few KB: any Unicode (`st.text`), and texts composed of what
pushes regular expressions and scans to their worst: long runs of digits,
slashes, month and weekday names, spaces, "(1/2/" repeated, nested brackets,
very long words, date and time shapes, outage words, control characters.
No timing is asserted here (a loaded machine would make such a test flaky);
`benchmarks/bench_startup.py` times 1 MB of each kind.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outages.incidents import extract_article
from outages.models import Article

MAX_CHARS = 4000

MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
    "Desember", "January", "February", "March", "May", "June", "July", "August", "October", "December",
    "Jan.", "Feb.", "Mar.", "Sept.", "Okt.", "Des.", "Agu", "Nov",
]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Monday", "Tuesday", "Sunday", "Wed."]
WORDS = [
    "WhatsApp", "Instagram", "Facebook", "down", "outage", "gangguan", "error", "selama", "sekitar", "hampir", "lebih",
    "dari", "hingga", "dua", "jam", "menit", "hari", "hours", "minutes", "about", "nearly", "up", "to", "pukul", "WIB",
    "WITA", "ET", "PT", "GMT", "UTC", "a.m.", "p.m.", "sore", "malam", "di", "seluruh", "dunia", "Inggris", "AS",
    "Europe", "karena", "because", "of", "a", "configuration", "change", "DNS", "bug", "kemarin", "yesterday",
    "lalu", "last", "week", "Baca", "juga:", "ADVERTISEMENT", "Jakarta,", "LONDON", "(Reuters)", "-", "–", "—",
    "kata", "said", "the", "company", "tidak", "bisa", "not", "restored", "pulih", "kembali", "normal",
]
PIECES = [
    "(1/2/", "1/2/", "/", "//", "(", ")", "[", "]", "{", "}", "(((", ")))", "[[", "]]", ".", "..", "...", ",", ":", ";",
    "?", "!", "\"", "'", "“", "”", "‘", "’", "«", "»", "-", "--", "/-/", "T", "Z", "+07:00", "\n", "\n\n", "\r\n", "\t",
    " ", "  ", "\u00a0", "\u200b", "\u202e", "\x1b[31m", "\x00", "\ufeff", "é", "ß", "İ", "ﬁ", "١٢", "二〇二二", "😀",
]


def _repeated(unit: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A unit repeated into a long run (up to MAX_CHARS characters)."""
    return st.tuples(unit, st.integers(1, 1000)).map(lambda t: (t[0] * t[1])[:MAX_CHARS])


digits = st.text(alphabet="0123456789", min_size=1, max_size=60)
numbers = st.integers(0, 99999).map(str)
date_shapes = st.builds(
    lambda d, m, y, sep: sep.join([str(d), str(m), str(y)]),
    st.integers(0, 99), st.integers(0, 99), st.integers(0, 99999), st.sampled_from(["/", "-", ".", " ", "/ "]),
)
time_shapes = st.builds(
    lambda h, m, sep, zone: f"{h}{sep}{m:02d} {zone}",
    st.integers(0, 99), st.integers(0, 99), st.sampled_from([".", ":", "-", "–"]),
    st.sampled_from(["WIB", "ET", "PT", "GMT+7", "UTC", "a.m.", "p.m.", "sore", ""]),
)
nested = st.integers(1, 400).map(lambda n: "(" * n + "[" * n + "x" + "]" * n + ")" * n)
long_word = st.tuples(st.sampled_from(["W", "a", "Whats", "1", "é", "ー"]), st.integers(100, 3000)).map(lambda t: t[0] * t[1])
token = st.one_of(
    st.sampled_from(MONTHS), st.sampled_from(WEEKDAYS), st.sampled_from(WORDS), st.sampled_from(PIECES),
    digits, numbers, date_shapes, time_shapes,
)
composed = st.lists(token, max_size=400).flatmap(
    lambda parts: st.lists(st.sampled_from([" ", "", " ", "\n", ", ", ". "]), min_size=len(parts), max_size=len(parts)).map(
        lambda seps: "".join(p + s for p, s in zip(parts, seps))[:MAX_CHARS]
    )
)
runs = st.one_of(
    _repeated(st.sampled_from(["0", "7", "12", "/", "1/", "(1/2/", " ", "  \n", "(", "[", "Oktober ", "Jan. ",
                               "Mei 2022 ", "25 ", "2022 ", "- ", "jam ", "WhatsApp ", "down ", "a.m. ", "Senin, "])),
    _repeated(token.map(lambda t: t + " ")),
    nested, long_word,
)
mixed = st.lists(st.one_of(composed, runs, st.text(max_size=200)), min_size=1, max_size=6).map(lambda xs: "".join(xs)[:MAX_CHARS])

published = st.sampled_from([None, "2022-11-09", "2014-02-23T10:00:00+07:00"])  # a year or a month alone: see below
language = st.sampled_from([None, "id", "en"])


def check(text: str, lang: str | None, pub: str | None) -> None:
    article = Article(file="adversarial.txt", text=text, language=lang, published=pub,
                      published_from="front_matter" if pub else "none")
    for report in extract_article(article):
        for source in report.sources:
            for e in source.evidence:
                assert text[e.start : e.end] == e.quote


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(st.text(max_size=MAX_CHARS), language, published)
def test_any_unicode_text(text, lang, pub):
    check(text, lang, pub)


@SETTINGS
@given(composed, language, published)
def test_composed_text(text, lang, pub):
    check(text, lang, pub)


@SETTINGS
@given(runs, language, published)
def test_long_runs(text, lang, pub):
    check(text, lang, pub)


@SETTINGS
@given(mixed, language, published)
def test_mixed(text, lang, pub):
    check(text, lang, pub)


def test_each_adversarial_kind_of_the_benchmark_at_a_few_kb():
    """The benchmark's 1 MB texts, cut to 4 KB: the same shapes, here only for exceptions."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_startup.py"
    spec = importlib.util.spec_from_file_location("bench_startup", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    for text in bench.adversarial_texts(MAX_CHARS).values():
        for pub in (None, "2022-11-09"):
            check(text, None, pub)


@pytest.mark.parametrize("pub", ["2019", "2017-05"])
def test_publication_date_known_to_the_year_or_month(pub):
    check("WhatsApp was down for two hours on Tuesday.", None, pub)
