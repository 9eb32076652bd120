"""Extraction throughput alone (issue 5): articles/s, MB/s and peak memory on one core.

    python benchmarks/bench_extract.py               # 5 s a measurement
    python benchmarks/bench_extract.py --seconds 10

The measurement is the extraction part of `bench_startup.py` (one source of
truth), without the start-up and adversarial runs: the first extraction (which
loads the language data) timed apart, then articles/s and MB/s of article text
over the annotated fixtures (tests/fixtures/articles and holdout), the seeds,
and both, each extracted from a copy of the article, round after round for at
least --seconds; then the peak memory of the process (ru_maxrss) and of
Python's traced allocations over one round.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import extraction, out  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="minimum time of each throughput measurement")
    args = parser.parse_args()
    out("python", sys.version.split()[0])
    extraction(args.seconds)


if __name__ == "__main__":
    main()
