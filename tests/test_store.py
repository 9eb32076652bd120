"""The store: seeding, the cached read, re-extraction when the extractor changes, transactions and concurrency."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from outages import store as store_mod
from outages.cli import app, main

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))
SEEDS = 5


def run(*args: str, **kw):
    result = CliRunner().invoke(app, list(args), catch_exceptions=False, **kw)
    return result


def count(db: Path, sql: str, *params) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchone()[0]


def test_new_store_holds_the_bundled_incidents(tmp_path):
    from outages.incidents import bundled_incidents

    db = tmp_path / "s.db"
    expected = [x.model_dump(mode="json") for x in bundled_incidents()]
    assert store_mod.incidents_json(db) == expected
    result = run("list", "--json", "--db", str(db))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == expected
    assert count(db, "SELECT count(*) FROM articles") == SEEDS


def test_env_var_names_the_store(tmp_path, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("OUTAGES_DB", str(db))
    assert run("list", "--json").exit_code == 0
    assert db.exists()
    assert store_mod.resolve_path(None) == db
    assert store_mod.resolve_path(tmp_path / "x.db") == tmp_path / "x.db"


def test_default_path_is_in_the_user_data_folder(monkeypatch):
    monkeypatch.delenv("OUTAGES_DB", raising=False)
    path = store_mod.resolve_path(None)
    assert path.name == "outages.db" and "outages" in str(path.parent)


def test_schema_version_wal_and_migrations(tmp_path):
    db = tmp_path / "s.db"
    store_mod.open_store(db, seed=False).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == store_mod.SCHEMA_VERSION == len(store_mod.MIGRATIONS)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "reports", "merged", "meta"} <= tables


def test_a_store_from_a_newer_version_is_refused_in_one_line(tmp_path, capsys):
    db = tmp_path / "s.db"
    store_mod.open_store(db, seed=False).close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(store_mod.StoreError, match="newer"):
        store_mod.open_store(db)
    assert main(["list", "--db", str(db)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newer" in err and "Traceback" not in err


def test_not_a_store_is_a_data_error(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_text("this is not sqlite " * 100)
    assert main(["list", "--db", str(bad)]) == 3
    assert "not a usable outages store" in capsys.readouterr().err


def test_an_unchanged_store_is_read_without_extracting(tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    first = store_mod.incidents_json(db)

    def boom(*_a, **_k):
        raise AssertionError("extracted on a cached read")

    monkeypatch.setattr(store_mod, "_extract", boom)
    monkeypatch.setattr(store_mod, "_merge_to_json", boom)
    assert store_mod.incidents_json(db) == first


def test_a_cached_read_imports_neither_the_extractor_nor_pydantic(tmp_path):
    db = tmp_path / "s.db"
    store_mod.incidents_json(db)
    code = (
        "import sys; from outages.store import incidents_json; n = len(incidents_json(sys.argv[1]));"
        "print(n, 'pydantic' in sys.modules, 'outages.extract.pipeline' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True).stdout.split()
    assert out[1:] == ["False", "False"] and int(out[0]) > 0


def test_a_new_extractor_version_re_extracts_on_the_next_read(tmp_path, monkeypatch):
    from outages.extract import pipeline

    db = tmp_path / "s.db"
    before = store_mod.incidents_json(db)
    calls = []
    real = store_mod._extract
    monkeypatch.setattr(store_mod, "_extract", lambda a, e: calls.append(a.file) or real(a, e))
    assert store_mod.incidents_json(db) == before and calls == []
    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "test-next")
    assert store_mod.incidents_json(db) == before
    assert len(calls) == SEEDS
    assert count(db, "SELECT count(*) FROM reports WHERE extractor_version = 'test-next'") == SEEDS
    assert count(db, "SELECT count(*) FROM merged WHERE extractor_version = 'test-next'") == 1
    calls.clear()
    store_mod.incidents_json(db)
    assert calls == []


def test_new_language_data_re_extracts(tmp_path, monkeypatch):
    from outages import lexicon

    db = tmp_path / "s.db"
    store_mod.incidents_json(db)
    monkeypatch.setattr(lexicon, "data_fingerprint", lambda: "changed-data")
    with store_mod.open_store(db) as store:
        assert store.cached_json() is None
        assert len(store.stale(*store_mod.current_versions())) == SEEDS
        store.incidents_json()
        assert store.stale(*store_mod.current_versions()) == []


def test_the_signature_follows_the_data_files(tmp_path, monkeypatch):
    import shutil

    from outages import resources

    data = tmp_path / "data"
    shutil.copytree(resources.data_dir(), data)
    monkeypatch.setenv("OUTAGES_DATA_DIR", str(data))
    resources.data_dir.cache_clear()
    try:
        before = store_mod._signature()
        target = data / "units.toml"
        target.write_text(target.read_text() + "\n# touched\n")
        assert store_mod._signature() != before
    finally:
        monkeypatch.delenv("OUTAGES_DATA_DIR")
        resources.data_dir.cache_clear()


def test_blocked_merge_equals_merge():
    from outages.incidents import extract_article
    from outages.ingest import read_input
    from outages.merge import merge

    reports = []
    for path in ARTICLES + sorted((FIXTURES / "holdout").glob("*.txt")):
        for article in read_input(path):
            reports.extend(extract_article(article))
    # the same articles again under other names: many reports to merge with each other
    for path in ARTICLES[:20]:
        for article in read_input(path):
            reports.extend(extract_article(article.model_copy(update={"file": "copy-" + article.file})))
    assert len(reports) > store_mod.BLOCK_FROM
    dump = lambda xs: [x.model_dump(mode="json") for x in xs]  # noqa: E731
    assert dump(store_mod.merge_reports(reports)) == dump(merge(reports))
    assert dump(store_mod.merge_reports(list(reversed(reports)))) == dump(merge(reports))
    # the store's own path, from the stored JSON of each article's reports
    rows = [json.dumps(dump([r])) for r in reports]
    text, count = store_mod._merge_to_json(rows)
    assert json.loads(text) == dump(merge(reports)) and count == len(merge(reports))


def test_blocked_merge_follows_a_merged_incident_past_its_reports(monkeypatch):
    # one report gives the start, another the length: the merged incident ends two days
    # later than either report, and meets a third report no report of its block meets
    from outages.merge import merge
    from outages.models import Duration, Incident, Source

    def report(file, start, precision, minutes=None):
        duration = Duration(minutes=minutes, qualifier="exact", text="38 jam") if minutes else None
        return Incident(id="", services=["Zorktel"], start=start, precision=precision, duration=duration, sources=[Source(file=file)])

    reports = [report("a.txt", "2024-03-11T13:40:00+08:00", "minute"), report("b.txt", "2024-03-11", "day", 2280), report("c.txt", "2024-03-14", "day")]
    monkeypatch.setattr(store_mod, "BLOCK_FROM", 0)
    dump = lambda xs: [x.model_dump(mode="json") for x in xs]  # noqa: E731
    assert len(merge(reports)) == 1
    assert dump(store_mod.merge_reports(reports)) == dump(merge(reports))


def test_remove_a_source(tmp_path):
    db = tmp_path / "s.db"
    rows = json.loads(run("sources", "--json", "--db", str(db)).stdout)
    assert len(rows) == SEEDS and all(r["incidents"] is not None for r in rows)
    victim = rows[0]
    result = run("sources", "--remove", victim["id"][:10], "--db", str(db))
    assert result.exit_code == 0
    ids = {r["id"] for r in json.loads(run("sources", "--json", "--db", str(db)).stdout)}
    assert victim["id"] not in ids and len(ids) == SEEDS - 1
    incidents = json.loads(run("list", "--json", "--db", str(db)).stdout)
    assert all(s["file"] != victim["file"] for x in incidents for s in x["sources"])
    missing = run("sources", "--remove", "ffffffffffffffff", "--db", str(db))
    assert missing.exit_code == 1 and "no stored article" in missing.stderr


# -- transactions and concurrency (subprocesses) ------------------------------------


def _ingest_cmd(db: Path, *paths) -> list[str]:
    # not `-m outages.cli`: run as __main__, cli.py is a second module that the commands do not register on
    code = "import sys; from outages.cli import main; sys.exit(main())"
    return [sys.executable, "-c", code, "ingest", "--db", str(db), *map(str, paths)]


def _env() -> dict:
    env = dict(os.environ)
    env.pop("OUTAGES_DB", None)
    return env


def _check_consistent(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every ingested article came with its reports in the same transaction
        orphans = conn.execute(
            "SELECT count(*) FROM articles a LEFT JOIN reports r ON r.article_id = a.id"
            " WHERE r.article_id IS NULL AND a.file NOT IN (SELECT file FROM articles ORDER BY rowid LIMIT ?)",
            (SEEDS,),
        ).fetchone()[0]
        assert orphans == 0
        assert conn.execute("SELECT count(*) FROM reports WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0] == 0


def _processes_naming(path) -> list[int]:
    """The live processes whose command line names `path` (Linux /proc; none elsewhere)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = next((ln for ln in (entry / "status").read_text().splitlines() if ln.startswith("State:")), "")
        except OSError:
            continue
        if str(path).encode() in cmdline and "Z" not in state.split()[1:2]:
            found.append(int(entry.name))
    return found


def test_killed_mid_ingest_leaves_the_store_consistent_and_the_next_ingest_completes(tmp_path):
    db = tmp_path / "s.db"
    store_mod.open_store(db).close()
    proc = subprocess.Popen(_ingest_cmd(db, *ARTICLES), env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and count(db, "SELECT count(*) FROM articles") < SEEDS + 5:
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    # the ingest's worker processes leave with it (none is left waiting for work)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _processes_naming(db):
        time.sleep(0.1)
    assert _processes_naming(db) == []
    partial = count(db, "SELECT count(*) FROM articles")
    assert SEEDS + 5 <= partial < SEEDS + len(ARTICLES)
    _check_consistent(db)
    done = subprocess.run(_ingest_cmd(db, *ARTICLES), env=_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"added {SEEDS + len(ARTICLES) - partial}," in done.stderr
    assert count(db, "SELECT count(*) FROM articles") == SEEDS + len(ARTICLES)
    _check_consistent(db)


def test_two_ingests_at_once_lose_and_duplicate_nothing(tmp_path):
    db = tmp_path / "s.db"
    half = len(ARTICLES) // 2
    # overlapping halves, in opposite orders, started together on a store that does not exist yet
    first = subprocess.Popen(_ingest_cmd(db, *ARTICLES[: half + 10]), env=_env(), stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(_ingest_cmd(db, *reversed(ARTICLES[half - 10 :])), env=_env(), stderr=subprocess.PIPE, text=True)
    err1, err2 = first.communicate(timeout=300)[1], second.communicate(timeout=300)[1]
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert count(db, "SELECT count(*) FROM articles") == SEEDS + len(ARTICLES)
    assert count(db, "SELECT count(DISTINCT file) FROM articles") == SEEDS + len(ARTICLES)
    assert count(db, "SELECT count(*) FROM reports") == SEEDS + len(ARTICLES)
    _check_consistent(db)
    from outages.incidents import incidents_from_paths

    expected = store_mod.incidents_json(db)
    files = {s["file"] for x in expected for s in x["sources"]}
    assert {p.name for p in ARTICLES} - files == {p.name for p in ARTICLES} - {
        s.file for x in incidents_from_paths(ARTICLES).incidents for s in x.sources
    }


def test_incidents_text_is_what_list_json_prints(tmp_path):
    db = tmp_path / "s.db"
    printed = run("list", "--json", "--db", str(db)).stdout
    assert store_mod.incidents_text(db) + "\n" == printed
    assert json.loads(store_mod.incidents_text(db)) == store_mod.incidents_json(db)
