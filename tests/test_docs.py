"""Every command is documented in the README and has help; the README's set-up commands are the CI's."""

from __future__ import annotations

import re
from pathlib import Path

from typer.main import get_command

from outages.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme_and_has_help():
    group = get_command(app)
    for name, command in group.commands.items():
        assert f"outages {name}" in README, name
        assert (command.help or "").strip(), name


def test_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(r"Pass the tests[^\n]*\n\n    ([^\n]+)\n", README)
    assert match, "README has no test command"
    assert match.group(1).strip() in ci


def test_readme_documents_every_incident_field():
    from outages.models import Incident

    for field in Incident.model_fields:
        assert f"`{field}`" in README, field
