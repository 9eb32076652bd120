"""The commands end to end: JSON purity, one-line errors, exit codes, untrusted text."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from outages.cli import app, main
from outages.incidents import bundled_incidents

runner = CliRunner()


def run(*args, **kw):
    return runner.invoke(app, list(args), catch_exceptions=False, **kw)


def run_main(args, capsys):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_equals_library():
    result = run("list", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [x.model_dump(mode="json") for x in bundled_incidents()]


def test_list_jsonl_one_incident_a_line():
    result = run("list", "--jsonl")
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 5
    assert all(json.loads(line)["id"] for line in lines)


def test_list_table_oldest_first():
    result = run("list")
    assert result.exit_code == 0
    out = result.stdout
    assert out.index("2014-02-22") < out.index("2017-05") < out.index("2019-03-13") < out.index("2022-10-25")


@pytest.mark.parametrize(
    "args, ids",
    [
        (["--service", "Facebook"], ["2019-03-13-facebook-instagram-whatsapp"]),
        (["--since", "2019", "--until", "2019-12"], ["2019-03-13-facebook-instagram-whatsapp"]),
        (["--region", "PK"], ["2022-10-25-whatsapp"]),
        (["--region", "Pakistan"], ["2022-10-25-whatsapp"]),
        (["--cause", "software_bug"], ["2017-11-03-whatsapp"]),
    ],
)
def test_filters(args, ids):
    result = run("list", "--json", *args)
    assert [x["id"] for x in json.loads(result.stdout)] == ids


def test_show_day_gives_the_merged_incident():
    result = run("show", "2022-10-25")
    assert result.exit_code == 0
    assert "001_66a59790bf4c0e40.txt" in result.stdout and "003_221bd0fbe2f34a02.txt" in result.stdout
    assert "nyaris dua jam" in result.stdout


def test_show_json_and_id():
    by_day = json.loads(run("show", "2022-10-25", "--json").stdout)
    by_id = json.loads(run("show", by_day["id"], "--json").stdout)
    assert by_day == by_id
    assert len(by_day["sources"]) == 2


def test_show_month_with_two_matches_lists_them():
    result = run("show", "2017")
    assert result.exit_code == 0
    assert "2017-05-whatsapp" in result.stdout and "2017-11-03-whatsapp" in result.stdout


def test_show_nothing_names_nearest_and_exits_1(capsys):
    code, out, err = run_main(["show", "2030-01-01"], capsys)
    assert code == 1 and out == ""
    assert "nearest" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [["show", "2022-13-45"], ["list", "--since", "yesterday-ish"], ["list", "--bogus"], ["list", "--cause", "aliens"], ["show"]],
)
def test_usage_errors_are_one_line_exit_2(args, capsys):
    code, out, err = run_main(args, capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("outages: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_extract_missing_file_one_line_exit_3(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("WhatsApp down selama dua jam pada Senin (4/10/2021) di seluruh dunia.", encoding="utf-8")
    code, out, err = run_main(["extract", str(tmp_path / "nope.txt"), str(good), "--json"], capsys)
    assert code == 3
    assert json.loads(out)[0]["services"] == ["WhatsApp"]  # the good file's result is kept
    assert "nope.txt" in err and err.count("\n") == 1


def test_extract_reads_front_matter_and_sources(tmp_path, capsys):
    (tmp_path / "x.txt").write_text(
        "---\nurl: https://example.com/2021/10/05/x\nlanguage: en\n---\nInstagram went down for about three hours on Monday across Europe.\n",
        encoding="utf-8",
    )
    code, out, _ = run_main(["extract", str(tmp_path / "x.txt"), "--json"], capsys)
    (x,) = json.loads(out)
    assert code == 0
    assert x["start"] == "2021-10-04" and x["duration"]["minutes"] == 180
    assert x["sources"][0]["published"] == "2021-10-05"


def test_extract_broken_front_matter(tmp_path, capsys):
    (tmp_path / "bad.txt").write_text("---\nurl: [unclosed\n---\ntext\n", encoding="utf-8")
    code, _, err = run_main(["extract", str(tmp_path / "bad.txt")], capsys)
    assert code == 3 and "bad.txt" in err and "front matter" in err


HOSTILE = (
    "WhatsApp [bold red]down[/bold red] [/bold] selama dua jam pada Senin (4/10/2021) "
    "[link=file:///etc/passwd]x[/link] \x1b[31mmerah\x1b[0m \x1b]8;;http://evil\x07klik\x1b]8;;\x07 \u202egnp.exe di seluruh dunia.\r"
)


def test_hostile_text_is_shown_plain(tmp_path):
    path = tmp_path / "evil.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    result = run("extract", str(path))
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    json_out = json.loads(run("extract", str(path), "--json").stdout)
    assert json_out[0]["services"] == ["WhatsApp"]


def test_show_hostile_evidence_not_markup(tmp_path, monkeypatch):
    from outages import render

    incident = {
        "id": "x", "services": ["[bold]X[/bold]"], "start": "2021-01-01", "precision": "day", "end": None,
        "estimated": [], "duration": None, "regions": [], "cause": None, "symptoms": [], "disagreements": [],
        "sources": [{"file": "f[/]", "url": "[link=file:///etc/passwd]u[/link]", "outlet": None, "published": None,
                     "evidence": [{"field": "services", "quote": "[/bold]\x1b[2J", "start": 0, "end": 7}]}],
    }
    con = render.console(width=100, record=True)
    con.print(render.incident_detail(incident))
    text = con.export_text()
    assert "[bold]X[/bold]" in text and "[/bold]" in text and "\x1b" not in text
    assert "file:///etc/passwd" in text  # shown as text, not made a link
    html = con.export_html()
    assert 'href="file:///etc/passwd"' not in html


def test_no_color_respected():
    env = {"NO_COLOR": "1", "COLUMNS": "100"}
    result = subprocess.run([sys.executable, "-m", "outages.cli", "list"], capture_output=True, text=True, env={**__import__("os").environ, **env})
    assert result.returncode == 0 and "\x1b[" not in result.stdout


def test_schema_validates_list_output():
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "Incident"
    data = json.loads(run("list", "--json").stdout)
    from outages.models import Incident

    for x in data:
        Incident.model_validate(x)
    assert set(schema["required"]) <= set(data[0])


def test_every_command_has_help():
    for name in ("list", "show", "summary", "extract", "schema"):
        result = run(name, "--help")
        assert result.exit_code == 0 and "Usage" in result.stdout


def test_summary_json():
    data = json.loads(run("summary", "--json").stdout)
    assert data["incidents"] == 5
    whatsapp = next(s for s in data["services"] if s["service"] == "WhatsApp")
    assert whatsapp["incidents"] == 5
    assert data["longest"]["id"].startswith("2019-03-13")
