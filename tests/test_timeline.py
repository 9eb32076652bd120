"""`outages timeline`: lanes, the scaled axis, the legend, 80 columns, SVG."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from outages import timeline as tl
from outages.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def run(*args: str, **kw):
    return CliRunner().invoke(app, list(args), catch_exceptions=False, **kw)


def render(renderable, width: int = 80) -> str:
    console = Console(file=io.StringIO(), width=width, no_color=True, color_system=None, markup=False, highlight=False)
    console.print(renderable)
    return console.file.getvalue()


def incident(id_, services, start, minutes=None, regions=(), precision="day", end=None):
    return {
        "id": id_, "services": list(services), "start": start, "precision": precision, "end": end,
        "duration": None if minutes is None else {"minutes": minutes, "qualifier": "exact", "text": ""},
        "regions": [{"code": c, "name": c} for c in regions], "sources": [],
    }


SAMPLE = [
    incident("a", ["WhatsApp", "Facebook"], "2019-03-13", 14 * 60, ["US", "ID"]),
    incident("b", ["WhatsApp"], "2021-10-04T15:40:00+00:00", 6 * 60, ["001"], precision="minute"),
    incident("c", ["Slack"], "2021-01-04", 30, ["GB"]),
    incident("d", ["PLN"], "2019-08-04", 3 * 1440, ["ID"]),
    incident("e", ["[bold]Evil[/bold] \x1b[31mService with a very long name indeed"], "2020-05", None, precision="month"),
    incident("f", ["Zoom"], None),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("timeline") / "store.db"
    assert run("ingest", str(FIXTURES), "--db", str(path)).exit_code == 0
    return path


def test_renders_within_80_columns_with_lanes_axis_and_legend():
    out = render(tl.Timeline(SAMPLE), 80)
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    lanes = [line for line in lines if "│" in line and not line.lstrip().startswith("└")]
    assert [line.split()[0] for line in lanes[:2]] == ["WhatsApp", "Facebook"] or lanes[0].startswith("WhatsApp")
    assert len(lanes) == 5  # WhatsApp, Facebook, Slack, PLN, the evil one; Zoom has no date
    assert any(line.lstrip().startswith("└") for line in lines)
    assert "2019" in out and "2021" in out
    assert "duration" in out and "regions" in out and "1 incident without a date not shown" in out
    assert "█" in out  # the three-day PLN outage


def test_article_text_is_never_markup_or_escapes():
    out = render(tl.Timeline(SAMPLE), 80)
    assert "[bold]Evil" in out and "\x1b" not in out


@pytest.mark.parametrize(
    "first, last, unit",
    [
        (date(2014, 2, 22), date(2024, 1, 1), "year"),
        (date(2022, 1, 10), date(2022, 9, 1), "month"),
        (date(2022, 10, 20), date(2022, 10, 25), "day"),
        (date(2022, 10, 25), date(2022, 10, 25), "day"),
    ],
)
def test_scale_follows_the_span(first, last, unit):
    scale = tl.choose_scale(first, last)
    assert scale.unit == unit
    assert scale.first <= first and scale.stop > last
    marks = tl.ticks(scale, 60)
    assert marks and all(0 <= col < 60 for col, _ in marks)
    assert all(b[0] - a[0] >= len(a[1]) + 1 for a, b in zip(marks, marks[1:]))  # labels never touch


def test_days_scale_for_one_week():
    week = [incident("x", ["X"], "2022-10-20", 60), incident("y", ["X"], "2022-10-25", 600, ["001"])]
    out = render(tl.Timeline(week), 80)
    assert "in days" in out and "10-25" in out


def test_glyph_classes():
    assert tl.duration_class(incident("a", ["A"], "2020-01-01")) == -1
    assert tl.duration_class(incident("a", ["A"], "2020-01-01", 30)) == 0
    assert tl.duration_class(incident("a", ["A"], "2020-01-01", 2880)) == 3
    assert tl.breadth_class(incident("a", ["A"], "2020-01-01", regions=["001"])) == 2
    assert tl.breadth_class(incident("a", ["A"], "2020-01-01", regions=["ID", "MY"])) == 1


def test_nothing_to_draw():
    assert "no dated incidents" in render(tl.Timeline([incident("f", ["Zoom"], None)]))


def test_command_at_80_columns(db):
    result = run("timeline", "--width", "80", "--db", str(db))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines and all(len(line) <= 80 for line in lines)
    services = {s for x in json.loads(run("list", "--json", "--db", str(db)).stdout) if x.get("start") for s in x["services"]}
    lanes = [line for line in lines if line.rstrip().endswith("│")]
    assert len(lanes) == len(services)


def test_command_filters(db):
    result = run("timeline", "-s", "WhatsApp", "--width", "80", "--db", str(db))
    lanes = [line for line in result.stdout.splitlines() if line.rstrip().endswith("│")]
    assert lanes[0].startswith("WhatsApp")


def test_svg(db, tmp_path):
    out = tmp_path / "timeline.svg"
    result = run("timeline", "--svg", str(out), "--width", "80", "--db", str(db))
    assert result.exit_code == 0 and result.stdout == ""
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "\x1b" not in svg
    assert "WhatsApp" in svg
