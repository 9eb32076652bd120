#!/usr/bin/env python3
"""Score the extractor on annotated article folders and enforce the floors.

    python benchmarks/score.py                 # dev set and holdout, with notes
    python benchmarks/score.py --check         # exit 1 if a figure is below its floor
    python benchmarks/score.py tests/fixtures/articles -v

Floors live in benchmarks/floors.toml; they are raised when the extractor gets
better and never lowered to make a run pass.
"""

from __future__ import annotations

import argparse
import sys
try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from outages.evaluate import evaluate, format_figures  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    ap.add_argument("--check", action="store_true", help="fail when a figure is below benchmarks/floors.toml")
    args = ap.parse_args()
    folders = args.folders or [ROOT / "tests/fixtures/articles", ROOT / "tests/fixtures/holdout"]
    floors = tomllib.loads((ROOT / "benchmarks/floors.toml").read_text())
    failed = []
    for folder in folders:
        score, notes = evaluate(folder)
        print(format_figures(folder.name, score))
        if args.verbose:
            for name, lines in notes.items():
                print(f"  {name}")
                for line in lines:
                    print(f"      {line}")
        floor = floors.get(folder.name, {})
        for key, value in score.figures().items():
            if key in floor and value + 1e-9 < floor[key]:
                failed.append(f"{folder.name} {key} {value:.3f} < floor {floor[key]}")
    for line in failed:
        print("BELOW FLOOR:", line)
    return 1 if (args.check and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
