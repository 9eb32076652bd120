"""`outages export`: every format parses, carries the incidents, and is safe (escaping, control characters)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from outages import export as exp
from outages.cli import app, main

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "store.db"
    result = run("ingest", str(FIXTURES), "--db", str(path))
    assert result.exit_code == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def incidents(db) -> list[dict]:
    return json.loads(run("list", "--json", "--db", str(db)).stdout)


NASTY = {
    "id": "2023-01-02-evil",
    "services": ["Evil, Inc; \\ Service"],
    "start": "2023-01-02T10:15:00+07:00",
    "precision": "minute",
    "end": "2023-01-02T12:45:00+07:00",
    "estimated": [],
    "duration": {"minutes": 150, "qualifier": "about", "text": "two and a half hours"},
    "regions": [{"code": "ID", "name": "Indonesia"}],
    "cause": {"category": "software_bug", "text": "=HYPERLINK(\"x\")\x1b[31m red\x07 | *bold* [link](x)\nnext line", "basis": "operator"},
    "symptoms": ["cannot log in"],
    "sources": [{"file": "evil.txt", "url": "https://evil.example/a b", "outlet": "Évil Ñews 日本語ニュースサイトの名前がとても長い場合のテストです", "published": "2023-01-02", "evidence": []}],
    "disagreements": [],
}


def test_json_equals_list_json(db, incidents):
    result = run("export", "--format", "json", "--db", str(db))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == incidents


def test_jsonl_one_incident_a_line(db, incidents):
    lines = run("export", "-f", "jsonl", "--db", str(db)).stdout.splitlines()
    assert [json.loads(line) for line in lines] == incidents


def test_csv_one_row_per_incident(db, incidents):
    text = run("export", "-f", "csv", "--db", str(db)).stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(incidents)
    assert list(rows[0]) == list(exp.CSV_COLUMNS)
    for row, x in zip(rows, incidents):
        assert row["id"] == x["id"]
        assert row["services"] == "; ".join(x["services"])
        assert row["regions"] == "; ".join(r["name"] for r in x["regions"])
        assert row["sources"] == "; ".join(s["file"] for s in x["sources"])
        assert row["duration_minutes"] == (str(x["duration"]["minutes"]) if x.get("duration") else "")


def test_csv_cells_are_flat_and_not_formulas():
    [row] = list(csv.DictReader(io.StringIO(exp.to_csv([NASTY]))))
    assert row["cause_text"].startswith("'=HYPERLINK")
    assert "\x1b" not in row["cause_text"] and "\n" not in row["cause_text"] and "\x07" not in row["cause_text"]


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def check_ics(text: str) -> list[dict]:
    """A minimal RFC 5545 check: CRLF only, 75-octet lines, balanced components; returns the events."""
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75, line
    lines = unfold(text)[:-1]
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(ln.startswith("PRODID:") for ln in lines)
    events, current = [], None
    for line in lines[1:-1]:
        assert re.match(r"^[A-Z-]+[;:]", line), line
        if line == "BEGIN:VEVENT":
            assert current is None
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    assert current is None
    for event in events:
        assert {"UID", "DTSTAMP", "SUMMARY", "DESCRIPTION"} <= set(event)
        assert any(k.startswith("DTSTART") for k in event)
    return events


def test_ics_structure(db, incidents):
    result = run("export", "-f", "ics", "--db", str(db))
    events = check_ics(result.stdout_bytes.decode("utf-8"))  # .stdout turns CRLF into LF
    dated = [x for x in incidents if x.get("start")]
    assert len(events) == len(dated) == len(incidents) - exp.undated(incidents)
    assert len({e["UID"] for e in events}) == len(events)
    by_uid = {e["UID"]: e for e in events}
    for x in dated:
        event = by_uid[f"{x['id']}@outages"]
        if x["precision"] in ("minute", "hour"):
            assert re.fullmatch(r"\d{8}T\d{6}Z?", event["DTSTART"])
        else:
            assert re.fullmatch(r"\d{8}", event["DTSTART;VALUE=DATE"])
            assert event["DTEND;VALUE=DATE"] > event["DTSTART;VALUE=DATE"]
        for s in x["sources"]:
            assert (s.get("url") or s["file"]).replace(",", "\\,").replace(";", "\\;") in event["DESCRIPTION"].replace("\\n", "")


def test_ics_times_escaping_and_folding():
    text = exp.to_ics([NASTY, {**NASTY, "id": "undated", "start": None, "precision": "unknown"}])
    [event] = check_ics(text)
    assert event["DTSTART"] == "20230102T031500Z" and event["DTEND"] == "20230102T054500Z"
    assert event["SUMMARY"].startswith("Evil\\, Inc\\; \\\\ Service outage")
    assert "\x1b" not in text and "\x07" not in text
    assert "\\n" in event["DESCRIPTION"]  # newlines escaped, never raw
    assert "日本語" in "".join(unfold(text))  # folded without breaking a character
    assert exp.undated([NASTY, {**NASTY, "start": None}]) == 1


@pytest.mark.parametrize(
    "x, expected",
    [
        ({"start": "2022-10-25", "precision": "day"}, ["DTSTART;VALUE=DATE:20221025", "DTEND;VALUE=DATE:20221026"]),
        ({"start": "2019-03-13", "precision": "day", "end": "2019-03-14"}, ["DTSTART;VALUE=DATE:20190313", "DTEND;VALUE=DATE:20190315"]),
        ({"start": "2022-10-25", "precision": "day", "duration": {"minutes": 2880}}, ["DTSTART;VALUE=DATE:20221025", "DTEND;VALUE=DATE:20221027"]),
        ({"start": "2017-05", "precision": "month"}, ["DTSTART;VALUE=DATE:20170501", "DTEND;VALUE=DATE:20170601"]),
        ({"start": "2022-10-25T08:00:00+01:00", "precision": "minute", "duration": {"minutes": 90}}, ["DTSTART:20221025T070000Z", "DURATION:PT1H30M"]),
        ({"start": "2022-10-25T08:00:00+00:00", "precision": "hour"}, ["DTSTART:20221025T080000Z"]),
        ({"start": None, "precision": "unknown"}, None),
    ],
)
def test_ics_times(x, expected):
    assert exp.ics_times(x) == expected


def test_ics_fold_counts_octets():
    line = "DESCRIPTION:" + "é" * 100
    folded = exp.ics_fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_markdown_report(db, incidents):
    text = run("export", "-f", "md", "--db", str(db)).stdout
    assert text.startswith("# Outage report\n")
    assert text.count("\n### ") == len(incidents)
    table = [ln for ln in text.split("## Timeline", 1)[1].split("##", 1)[0].splitlines() if ln.startswith("| ")]
    assert len(table) == len(incidents) + 2  # header, separator, rows
    nasty = exp.to_md([NASTY])
    assert "\x1b" not in nasty and "\\*bold\\*" in nasty and "\\[link\\]" in nasty and "\\|" in nasty


def test_filters_apply(db, incidents):
    text = run("export", "-f", "jsonl", "-s", "WhatsApp", "--since", "2020", "--db", str(db)).stdout
    got = [json.loads(line) for line in text.splitlines()]
    assert got and all("WhatsApp" in x["services"] and x["start"][:4] >= "2020" for x in got)
    assert len(got) < len(incidents)


def test_output_file_and_format_from_suffix(db, tmp_path, incidents):
    out = tmp_path / "report.csv"
    result = run("export", "--output", str(out), "--db", str(db))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))) == len(incidents)
    ics = tmp_path / "cal.ics"
    run("export", "-o", str(ics), "--db", str(db))
    check_ics(ics.read_bytes().decode("utf-8"))


def test_control_characters_are_cleaned_in_every_format():
    for fmt in exp.FORMATS:
        assert "\x1b" not in exp.export([NASTY], fmt) and "\x07" not in exp.export([NASTY], fmt), fmt


def test_unknown_format_is_a_usage_error(db, capsys):
    assert main(["export", "-f", "pdf", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "unknown format 'pdf'" in err and err.count("\n") == 1


def test_ics_stamp_honours_source_date_epoch(monkeypatch):
    # a calendar of the same store is byte-identical when SOURCE_DATE_EPOCH is set
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = exp.to_ics([NASTY])
    assert "DTSTAMP:20231114T221320Z" in first and exp.to_ics([NASTY]) == first
    # a value that is no number of seconds is ignored: the export time
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    assert "DTSTAMP:2023" not in exp.to_ics([NASTY])
