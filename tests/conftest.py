"""Shared test setup: every test gets its own store, so no test touches the user's data."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path, monkeypatch):
    monkeypatch.setenv("OUTAGES_DB", str(tmp_path / "outages-test.db"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
