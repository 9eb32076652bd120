"""Where incidents come from for the commands (the bundled articles, for now)."""

from __future__ import annotations


def incidents_json() -> list[dict]:
    from .incidents import bundled_incidents

    return [x.model_dump(mode="json") for x in bundled_incidents()]
