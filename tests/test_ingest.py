"""`outages ingest` and `outages sources`: inputs, formats, encodings, bad files, idempotence."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from outages.cli import app
from outages.ingest import expand, html_article, read_input
from outages.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
SEEDS = 5

EN = """---
url: https://news.example.com/2021/03/05/slack-down
title: Slack down for three hours
published: 2021-03-05
language: en
outlet: Example News
---
Slack down for three hours across Europe

Slack suffered an outage on Thursday, March 4, 2021, leaving users in Germany and France unable to send messages for about three hours.

The company said the disruption was caused by a configuration change.
"""

ID_TEXT = """Layanan WhatsApp Down, Pengguna di Indonesia Mengeluh

Layanan WhatsApp mengalami gangguan selama dua jam pada Kamis (11/8/2022). Pengguna di Indonesia dan Malaysia tidak bisa mengirim pesan. Kafe-kafe ramai dengan keluhan.
"""


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture()
def db(tmp_path) -> Path:
    return tmp_path / "store.db"


def articles(db: Path) -> list[dict]:
    return json.loads(run("sources", "--json", "--db", str(db)).stdout)


def test_ingest_is_idempotent(db, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns("*.json"))
    n = len(list(folder.glob("*.txt")))
    first = run("ingest", str(folder), "--db", str(db))
    assert first.exit_code == 0, first.stderr
    assert f"added {n}, updated 0, unchanged 0, failed 0" in first.stderr
    incidents = json.loads(run("list", "--json", "--db", str(db)).stdout)
    second = run("ingest", str(folder), "--json", "--db", str(db))
    assert second.exit_code == 0
    assert json.loads(second.stdout)["unchanged"] == n and json.loads(second.stdout)["added"] == 0
    assert json.loads(run("list", "--json", "--db", str(db)).stdout) == incidents
    assert len(articles(db)) == SEEDS + n
    # the same texts under other names (and CRLF line ends) are the same articles
    other = tmp_path / "again"
    other.mkdir()
    for p in sorted(folder.glob("*.txt"))[:5]:
        (other / ("copy_" + p.name)).write_bytes(p.read_bytes().replace(b"\n", b"\r\n"))
    third = run("ingest", str(other), "--db", str(db))
    assert "added 0, updated 0, unchanged 5" in third.stderr


def test_final_line_counts_and_incidents(db, tmp_path):
    (tmp_path / "a.txt").write_text(EN)
    result = run("ingest", str(tmp_path / "a.txt"), "--db", str(db))
    assert result.exit_code == 0
    last = result.stderr.strip().splitlines()[-1]
    total = len(json.loads(run("list", "--json", "--db", str(db)).stdout))
    assert last == f"outages: added 1, updated 0, unchanged 0, failed 0; {total} incidents now, from {SEEDS + 1} articles"
    assert result.stdout == ""
    slack = json.loads(run("list", "--json", "-s", "Slack", "--db", str(db)).stdout)
    assert len(slack) == 1 and slack[0]["start"] == "2021-03-04" and slack[0]["sources"][0]["outlet"] == "Example News"


def test_changed_front_matter_updates_the_article(db, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(EN)
    run("ingest", str(path), "--db", str(db))
    path.write_text(EN.replace("outlet: Example News", "outlet: Other News"))
    result = run("ingest", str(path), "--db", str(db))
    assert "added 0, updated 1, unchanged 0" in result.stderr
    slack = json.loads(run("list", "--json", "-s", "Slack", "--db", str(db)).stdout)
    assert slack[0]["sources"][0]["outlet"] == "Other News"


def test_a_bad_file_is_reported_and_skipped(db, tmp_path):
    (tmp_path / "good.txt").write_text(EN)
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 300)
    (tmp_path / "bad_front.md").write_text("---\ntitle: [unclosed\n---\nWhatsApp down.\n")
    (tmp_path / "empty.txt").write_text("")
    result = run("ingest", str(tmp_path), str(tmp_path / "missing.txt"), "--db", str(db))
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert any("binary.txt" in ln and "binary" in ln for ln in lines)
    assert any("bad_front.md" in ln and "YAML" in ln for ln in lines)
    assert any("empty.txt" in ln for ln in lines)
    assert any("missing.txt" in ln and "no such file" in ln for ln in lines)
    assert "added 1, updated 0, unchanged 0, failed 4" in lines[-1]
    assert "Traceback" not in result.output


def test_folders_recursive_globs_and_hidden_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(EN)
    (tmp_path / "a" / "b" / "two.md").write_text(ID_TEXT)
    (tmp_path / "a" / "b" / "skip.pdf").write_bytes(b"%PDF")
    (tmp_path / "a" / ".hidden.txt").write_text(EN)
    found, problems = expand([str(tmp_path / "a")])
    assert [p.name for p in found] == ["one.txt", "two.md"] and problems == []
    found, problems = expand([str(tmp_path / "a" / "**" / "*.md"), str(tmp_path / "a" / "one.txt"), str(tmp_path / "a" / "one.txt")])
    assert [p.name for p in found] == ["two.md", "one.txt"] and problems == []
    found, problems = expand([str(tmp_path / "nothing-*.txt")])
    assert found == [] and "no file matches" in problems[0]


def test_glob_given_to_the_command(db, tmp_path):
    (tmp_path / "x1.txt").write_text(EN)
    (tmp_path / "x2.txt").write_text(ID_TEXT)
    result = run("ingest", str(tmp_path / "x*.txt"), "--db", str(db))
    assert "added 2," in result.stderr


def test_stdin(db):
    result = run("ingest", "-", "--db", str(db), input=EN)
    assert result.exit_code == 0 and "added 1," in result.stderr
    stored = [a for a in articles(db) if a["file"].startswith("stdin")]
    assert stored and stored[0]["title"] == "Slack down for three hours"
    again = run("ingest", "-", "--db", str(db), input=ID_TEXT)
    assert "added 1," in again.stderr
    names = [a["file"] for a in articles(db) if a["file"].startswith("stdin")]
    assert len(names) == len(set(names)) == 2  # each its own source, so they merge with others


@pytest.mark.parametrize(
    "encoding, data",
    [
        ("utf-8-sig", ID_TEXT.encode("utf-8-sig")),
        ("utf-16", ID_TEXT.encode("utf-16")),
        ("utf-16-le without BOM", ID_TEXT.encode("utf-16-le")),
        ("cp1252", ID_TEXT.replace("Kafe-kafe", "Café-café").encode("cp1252")),
    ],
)
def test_encodings(tmp_path, encoding, data):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    [article] = list(read_input(path))
    assert not isinstance(article, Exception), article
    assert article.text.startswith("Layanan WhatsApp Down")
    if encoding == "cp1252":
        assert "Café-café" in article.text


def test_jsonl(db, tmp_path):
    lines = [
        json.dumps({"text": EN.split("---\n", 2)[2], "url": "https://a.example/x", "title": "Slack down", "published": "2021-03-05", "language": "en"}),
        "not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": ID_TEXT, "published": "2022-08-12"}),
        json.dumps({"text": ID_TEXT + " ", "published": "yesterday"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = run("ingest", str(path), "--db", str(db))
    assert result.exit_code == 3
    err = result.stderr
    assert f"{path}:2: not valid JSON" in err and f"{path}:3: no 'text'" in err and f"{path}:6:" in err
    assert "added 2, updated 0, unchanged 0, failed 3" in err
    stored = {a["file"]: a for a in articles(db)}
    assert stored["batch.jsonl:1"]["url"] == "https://a.example/x"
    assert stored["batch.jsonl:5"]["published"] == "2022-08-12"


def test_same_file_name_in_two_folders(db, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text(EN)
    (tmp_path / "b" / "story.txt").write_text(ID_TEXT)
    run("ingest", str(tmp_path / "a"), str(tmp_path / "b"), "--db", str(db))
    names = sorted(a["file"] for a in articles(db) if a["file"].startswith("story"))
    assert len(names) == 2 and "story.txt" in names
    other = [n for n in names if n != "story.txt"][0]
    assert other.startswith("story-") and other.endswith(".txt")


HTML = """<html lang="en"><head><title>WhatsApp down for hours - Example News</title>
<meta property="og:title" content="WhatsApp down for two hours">
<meta property="og:url" content="https://news.example.com/2022/10/25/whatsapp-down">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-10-25T10:00:00Z">
</head><body><nav>Home | World | Tech</nav><article><h1>WhatsApp down for two hours</h1>
<p>WhatsApp was down for about two hours on Tuesday, October 25, 2022, affecting users in India and the United Kingdom. Meta said a technical error caused the outage.</p>
<p>Users could not send messages. The service was restored by the afternoon, the company said in a statement to reporters on Tuesday.</p>
<p>It was one of the longest interruptions of the messaging service in years, and businesses that rely on it said they lost orders.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def test_html_with_the_extra(tmp_path):
    pytest.importorskip("trafilatura")
    pytest.importorskip("htmldate")
    article = html_article(HTML.encode(), "page.html")
    assert article.published == "2022-10-25"
    assert "WhatsApp was down for about two hours" in article.text
    assert "Home | World" not in article.text and "Copyright" not in article.text
    assert article.outlet == "Example News"


def test_html_without_the_extra_is_a_clear_one_line_error(db, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    (tmp_path / "page.html").write_text(HTML)
    (tmp_path / "a.txt").write_text(EN)
    result = run("ingest", str(tmp_path), "--db", str(db))
    assert result.exit_code == 3
    [line] = [ln for ln in result.stderr.splitlines() if "page.html" in ln]
    assert "pip install 'outages[html]'" in line
    assert "added 1," in result.stderr


def test_sources_lists_and_removes(db, tmp_path):
    (tmp_path / "a.txt").write_text(EN)
    run("ingest", str(tmp_path / "a.txt"), "--db", str(db))
    rows = articles(db)
    mine = [r for r in rows if r["file"] == "a.txt"][0]
    assert mine["outlet"] == "Example News" and mine["published"] == "2021-03-05" and mine["incidents"] == 1
    table = CliRunner().invoke(app, ["sources", "--db", str(db)], env={"COLUMNS": "100"}).stdout
    assert "Example News" in table and mine["id"][:12] in table
    result = run("sources", "--remove", "a.txt", "--db", str(db))
    assert result.exit_code == 0 and mine["id"] in result.stderr
    assert all(r["file"] != "a.txt" for r in articles(db))
    assert json.loads(run("list", "--json", "-s", "Slack", "--db", str(db)).stdout) == []


def test_extractor_crash_is_reported_not_raised(db, tmp_path, monkeypatch):
    from outages import incidents

    def boom(article):
        raise RuntimeError("bad rule")

    with open_store(db):
        pass  # seeded with the real extractor first
    run("list", "--json", "--db", str(db))
    monkeypatch.setattr(incidents, "extract_article", boom)
    (tmp_path / "a.txt").write_text(EN)
    result = run("ingest", str(tmp_path / "a.txt"), "--db", str(db))
    assert result.exit_code == 3 and "extractor failed: RuntimeError: bad rule" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM reports WHERE error IS NOT NULL").fetchone()[0] == 1
