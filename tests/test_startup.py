"""The fast start (issue 5, section 3): plain `list` and `show` command lines are run without Typer.

`cli._fast_parse` must give exactly what Typer gives, and leave every other
form to Typer; a warm `list --json` imports neither Typer, Pydantic, Rich,
YAML nor Babel, and the Rich views only Rich.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from outages import cli
from outages.cli import main

SAME = [
    ["list"],
    ["list", "--json"],
    ["list", "--jsonl"],
    ["list", "--json", "--jsonl"],
    ["list", "-s", "WhatsApp", "--since", "2017"],
    ["list", "--since=2019", "--json"],
    ["list", "--service", "WhatsApp", "--service", "Facebook", "--json"],
    ["list", "-r", "ID", "--until", "2019-12", "--json"],
    ["list", "-c", "network", "-c", "software_bug"],
    ["list", "--cause", "nope"],
    ["list", "--since", "yesterday-ish"],
    ["list", "--since", "2099"],
    ["show", "2022-10-25"],
    ["show", "2022-10-25", "--json"],
    ["show", "--json", "2019-03-13"],
    ["show", "2017"],
    ["show", "1999"],
    ["show", "2022-13-45"],
    ["show", "yesterday-ish"],
    ["show", "2014-02-22-whatsapp", "--json"],
]
TO_TYPER = [
    ["list", "--help"],
    ["show", "--help"],
    ["list", "--bogus"],
    ["list", "--since"],
    ["list", "--since", "2019", "--since", "2020"],
    ["list", "extra"],
    ["list", "-sWhatsApp"],
    ["list", "--"],
    ["show"],
    ["show", "a", "b"],
    ["show", "--", "-x"],
    ["show", "-"],
    ["show", "2022", "--db"],
    ["summary"],
    [],
]


def _run(argv, capsys):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv", SAME, ids=" ".join)
def test_fast_path_gives_what_typer_gives(argv, capsys, monkeypatch):
    assert cli._fast_parse(list(argv)) is not None
    fast = _run(argv, capsys)
    monkeypatch.setattr(cli, "_fast_parse", lambda args: None)
    slow = _run(argv, capsys)
    assert fast == slow


def test_fast_path_reads_the_store_given(tmp_path, capsys):
    db = tmp_path / "other.db"
    code, out, _ = _run(["list", "--json", "--db", str(db)], capsys)
    assert code == 0 and json.loads(out)
    assert db.is_file()
    code, out, _ = _run(["show", f"--db={db}", "2019-03-13", "--json"], capsys)
    assert code == 0 and json.loads(out)["id"] == "2019-03-13-facebook-instagram-whatsapp"


@pytest.mark.parametrize("argv", TO_TYPER, ids=lambda a: " ".join(a) or "(none)")
def test_other_forms_go_to_typer(argv):
    assert cli._fast_parse(list(argv)) is None


HEAVY = {"typer", "click", "pydantic", "pydantic_core", "rich", "yaml", "babel", "dateutil", "charset_normalizer"}


@pytest.mark.parametrize(
    "argv, allowed",
    [
        (["list", "--json"], set()),
        (["list", "--json", "--since", "2019"], set()),
        (["show", "2022-10-25", "--json"], set()),
        (["list"], {"rich"}),
        (["show", "2022-10-25"], {"rich"}),
    ],
)
def test_a_warm_read_imports_nothing_heavy(argv, allowed, capsys):
    main(["list", "--json"])  # the store is made and its incidents cached
    capsys.readouterr()
    code = (
        "import sys, io, contextlib\n"
        "from outages.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    rc = main({argv!r})\n"
        "print(rc, sorted({m.split('.')[0] for m in sys.modules}))\n"
    )
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    rc, modules = done.stdout.split(" ", 1)
    assert rc == "0"
    loaded = set(json.loads(modules.replace("'", '"'))) & HEAVY
    assert loaded <= allowed, f"{argv}: imports {sorted(loaded - allowed)}"
