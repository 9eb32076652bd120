"""The one place that finds the bundled `data/` and `seeds/` folders.

In a wheel they are inside the package (`outages/data`, `outages/seeds`, put
there by the build's force-include); in a checkout or an editable install they
are at the repository root, two levels above this file's folder.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    override = os.environ.get(f"OUTAGES_{name.upper()}_DIR")
    if override:
        return Path(override)
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    checkout = _PACKAGE_DIR.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"bundled folder {name!r} not found (looked in {inside} and {checkout})")


@lru_cache(maxsize=None)
def data_dir() -> Path:
    return _find("data")


@lru_cache(maxsize=None)
def seeds_dir() -> Path:
    return _find("seeds")

