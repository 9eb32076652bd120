"""What the scripts that write data files share: names without accents, and a TOML
table of name lists by territory code (data/cities.toml, data/subdivisions.toml)."""

from __future__ import annotations

import sys
import unicodedata


def without_accents(name: str) -> str:
    """ "Bogotá" -> "Bogota", "Tamil Nādu" -> "Tamil Nadu"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def write_table(header: list[str], table: str, rows: dict[str, list[str]]) -> None:
    """The comment lines, then `[table]` with one `CODE = ["name", ...]` line a code, sorted."""
    w = sys.stdout.write
    for line in header:
        w(f"# {line}\n")
    w(f"\n[{table}]\n")
    for code in sorted(rows):
        forms = ", ".join('"' + f.replace('"', '\\"') + '"' for f in rows[code])
        w(f"{code} = [{forms}]\n")
