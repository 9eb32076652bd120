"""Hostile article text in every view (issue 5, section 2).

An article can hold Rich markup ("[bold red]", "[link=file:///etc/passwd]x[/link]"),
ANSI escape and OSC sequences (7-bit and 8-bit), carriage returns, and
bidirectional overrides. Once ingested, every view shows it as plain text:
markup as written, escape sequences and control characters removed. The views:
`list`, `show`, `summary`, `sources`, `timeline`, `timeline --svg`, every
`export` format, and the `--json` outputs (where the data is kept exactly, and
the characters a terminal would act on are written as JSON escapes).

Two layers: an article through `ingest` (what the extractor makes of it today),
and incidents whose every string is hostile (what a future extractor or a
tampered store could hold), fed to the commands in place of the store's.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from outages.cli import main

HOSTILE = (
    "[bold red]X[/bold red] [link=file:///etc/passwd]x[/link] "
    "\x1b[31mRED\x1b[0m \x1b]8;;http://evil.example/\x07klik\x1b]8;;\x07 \x1b]0;pwned title\x07 "
    "\x9b31mC1\x9b0m \x9d8;;http://evil.example/\x9c a\rb \u202eevil\u202c \u2066iso\u2069 \u200fmark "
    "<script>alert(1)</script> &amp; \x07\x08\x7f\x0c end"
)  # no NUL: a file with one is taken for binary (tests/test_robustness.py)
MARKUP = ("[bold red]X[/bold red]", "[link=file:///etc/passwd]x[/link]")

# what must never reach the output: C0 controls but tab and newline, DEL, C1 controls, bidi and invisible format characters
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the only escape sequence Rich itself writes (colours, bold)


def assert_clean(text: str, crlf: bool = False) -> None:
    if crlf:  # CSV and iCalendar end lines with CRLF by their standards
        text = text.replace("\r\n", "\n")
    found = sorted({f"U+{ord(c):04X}" for c in FORBIDDEN.findall(text)})
    assert not found, f"control or format characters in the output: {found}"


def flat(text: str) -> str:
    return " ".join(text.split())


def run(argv, capsys) -> str:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in err
    assert_clean(err)
    return out


@pytest.fixture()
def wide(monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # long values stay on one line, so they can be searched for


# -- an article through ingest ----------------------------------------------------------


ARTICLE = f"""---
title: {json.dumps("Title " + HOSTILE)}
outlet: {json.dumps("Outlet " + HOSTILE)}
url: {json.dumps("https://example.com/2021/10/05/story?q=" + HOSTILE)}
published: 2021-10-05
language: en
---
Zorkbook was down for about three hours on Monday, 4 October 2021, across Europe. {HOSTILE}
The outage was caused by a configuration change [bold red]by[/bold red] \x1b[2J engineers, the company said. {HOSTILE}
Users could not log in \x1b]8;;file:///etc/passwd\x07here\x1b]8;;\x07 for most of the day.
"""


@pytest.fixture()
def ingested(tmp_path, capsys, wide):
    """The store with the hostile article; returns (its incident's id, the file name it is stored under)."""
    path = tmp_path / "evil\x1b[31m[bold]name\u202e.md"
    path.write_text(ARTICLE, encoding="utf-8")
    run(["ingest", path], capsys)
    incidents = json.loads(run(["list", "--json"], capsys))
    ours = [x for x in incidents if any("evil" in s["file"] for s in x["sources"])]
    assert ours, "the hostile article gave no incident"
    return ours[0]["id"], ours[0]["sources"][0]["file"]


def test_list(ingested, capsys):
    out = run(["list"], capsys)
    assert_clean(out)
    assert ingested[0][:10] in out


def test_show_shows_markup_as_written(ingested, capsys):
    out = run(["show", ingested[0]], capsys)
    assert_clean(out)
    for markup in MARKUP:
        assert markup in flat(out)  # outlet, url and the quotes: shown as written, not as markup
    assert "<script>alert(1)</script>" in out  # plain text on a terminal
    assert "pwned title" not in out  # an OSC sequence goes with its payload


def test_summary(ingested, capsys):
    out = run(["summary"], capsys)
    assert_clean(out)


def test_sources(ingested, capsys):
    out = run(["sources"], capsys)
    assert_clean(out)
    for markup in MARKUP:
        assert markup in flat(out)  # the title


def test_timeline(ingested, capsys, tmp_path):
    assert_clean(run(["timeline"], capsys))
    svg = tmp_path / "t.svg"
    run(["timeline", "--svg", svg], capsys)
    check_svg(svg.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "ics", "md"])
def test_export(ingested, capsys, fmt):
    out = run(["export", "--format", fmt], capsys)
    assert_clean(out, crlf=fmt in ("csv", "ics"))
    if fmt == "json":
        data = json.loads(out)
        assert any(MARKUP[1] in json.dumps(x, ensure_ascii=False) for x in data)
    elif fmt == "jsonl":
        assert all(json.loads(line) for line in out.splitlines())
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert any(MARKUP[1] in row["outlets"] for row in rows)
    elif fmt == "ics":
        check_ics(out)
    else:
        assert "<script>" not in out  # Markdown renders HTML: escaped
        assert "](file:" not in out and "<file:" not in out  # no link to a local file


def test_json_outputs_keep_the_data_and_escape_what_a_terminal_acts_on(ingested, capsys):
    from outages.store import open_store

    aid, file = None, ingested[1]
    for argv in (["list", "--json"], ["list", "--jsonl"], ["list", "--json", "--since", "2021"], ["show", ingested[0], "--json"],
                 ["summary", "--json"], ["sources", "--json"]):
        out = run(argv, capsys)
        assert_clean(out)
        assert all(json.loads(line) for line in out.splitlines()) if "--jsonl" in argv else json.loads(out)
    articles = json.loads(run(["sources", "--json"], capsys))
    aid = next(a["id"] for a in articles if a["file"] == file)
    assert "\x1b" in file and "\u202e" in file  # the data is kept, in JSON escapes
    shown = json.loads(run(["show", ingested[0], "--json"], capsys))
    with open_store() as store:
        text = store.article(aid).text
    quotes = [e for s in shown["sources"] if s["file"] == file for e in s["evidence"]]
    assert quotes and all(text[e["start"]:e["end"]] == e["quote"] for e in quotes)
    assert any("\x1b" in e["quote"] or "\u202e" in e["quote"] for e in quotes) or "\x1b" in shown["sources"][0]["url"]


def test_on_a_colour_terminal_only_rich_styles_are_written(ingested, capsys, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    for argv in (["list"], ["show", ingested[0]], ["summary"], ["sources"], ["timeline"]):
        out = run(argv, capsys)
        assert "\x1b]" not in out, f"{argv}: an OSC sequence (a hyperlink or a window title)"
        plain = SGR.sub("", out)
        assert "\x1b" not in plain, f"{argv}: an escape sequence that is not a colour"
        assert_clean(plain)
    assert "\x1b[" in run(["list"], capsys)  # the check above did see colours


def check_svg(svg: str) -> None:
    assert_clean(svg)
    root = ET.fromstring(svg)  # well-formed XML: nothing from the article broke out of a text node
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        assert tag not in ("script", "foreignObject", "a", "iframe"), tag
        for name, value in el.attrib.items():
            assert not name.rsplit("}", 1)[-1].startswith("on"), name
            assert "file:" not in value and "javascript:" not in value.lower()


def check_ics(ics: str) -> None:
    lines = ics.split("\r\n")
    assert lines[-1] == "" and all("\n" not in ln and "\r" not in ln for ln in lines)
    unfolded: list[str] = []
    for ln in lines[:-1]:
        if ln.startswith(" "):
            unfolded[-1] += ln[1:]
        else:
            unfolded.append(ln)
    names = {re.split("[;:]", ln, maxsplit=1)[0] for ln in unfolded}
    assert names <= {"BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID", "DTSTAMP",
                     "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "URL", "CATEGORIES", "LOCATION", "STATUS",
                     "TRANSP", "X-OUTAGES-PRECISION", "X-OUTAGES-ESTIMATED", "COMMENT"}, names
    assert unfolded.count("BEGIN:VEVENT") == unfolded.count("END:VEVENT")


# -- incidents whose every string is hostile ----------------------------------------------


def _forged() -> list[dict]:
    h = HOSTILE + "\x00"
    evidence = [{"field": f, "quote": h, "start": 0, "end": len(h)} for f in ("services", "duration", "cause", "regions")]
    sources = [{"file": f"file {h}.txt", "url": f"https://example.com/{h}", "outlet": f"Outlet {h}", "published": "2021-10-05",
                "evidence": evidence}]
    base = {
        "precision": "day", "end": None, "estimated": [], "symptoms": [f"symptom {h}"], "sources": sources,
        "duration": {"minutes": 90, "qualifier": "about", "text": h},
        "regions": [{"code": f"Z{h}", "name": f"Region {h}"}],
        "cause": {"category": "configuration_change", "text": h, "basis": "operator"},
        "disagreements": [{"field": "duration", "chosen": h, "rule": h, "variants": [{"value": h, "files": [h]}]}],
    }
    return [
        {**base, "id": "2021-10-04-evil", "services": [f"Svc {h}"], "start": "2021-10-04"},
        {**base, "id": "2021-11-02-evil", "services": [f"Svc {h}", f"Other {h}"], "start": "2021-11-02T10:00:00+07:00",
         "precision": "minute", "end": "2021-11-02T12:00:00+07:00"},
    ]


@pytest.fixture()
def forged(monkeypatch, wide):
    from outages import cli
    from outages.commands import corpus

    incidents = _forged()
    monkeypatch.setattr(cli, "_incidents", lambda db=None: incidents)
    monkeypatch.setattr(corpus, "_incidents", lambda db=None: incidents)
    return incidents


@pytest.mark.parametrize(
    "argv, literal",
    [
        (["list", "--since", "2021"], True),
        (["show", "2021-10-04-evil"], True),
        (["show", "2021"], True),  # two matches: the list of them
        (["summary"], True),
        (["timeline"], False),  # lane names are cut to fit the label column
        (["timeline", "--width", "60"], False),
    ],
)
def test_forged_incidents_in_every_terminal_view(forged, capsys, argv, literal):
    out = run(argv, capsys)
    assert_clean(out)
    assert "pwned title" not in out
    if literal:
        assert "[bold red]X[/bold red]" in flat(out)


def test_forged_incidents_in_the_svg(forged, capsys, tmp_path):
    svg = tmp_path / "t.svg"
    run(["timeline", "--svg", svg, "--width", "200"], capsys)
    check_svg(svg.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "ics", "md"])
def test_forged_incidents_in_every_export(forged, capsys, tmp_path, fmt, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the two iCalendar runs below stamp the same second
    out = run(["export", "--format", fmt, "--since", "2021"], capsys)
    assert_clean(out, crlf=fmt in ("csv", "ics"))
    path = tmp_path / f"out.{fmt}"
    run(["export", "--format", fmt, "--since", "2021", "--output", path], capsys)
    assert path.read_bytes() == out.encode("utf-8")
    if fmt == "ics":
        check_ics(out)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 2 and all(MARKUP[1] in row["cause_text"] for row in rows)
    elif fmt == "md":
        assert "<script>" not in out and "](file:" not in out


def test_forged_incidents_as_json(forged, capsys):
    for argv in (["list", "--json", "--since", "2021"], ["list", "--jsonl", "--since", "2021"], ["show", "2021-10-04-evil", "--json"],
                 ["summary", "--json"]):
        out = run(argv, capsys)
        assert_clean(out)
    shown = json.loads(run(["show", "2021-10-04-evil", "--json"], capsys))
    assert shown == forged[0]  # the same data, every character kept
