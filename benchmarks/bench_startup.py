"""Start-up time of the command, extraction throughput, peak memory, and adversarial text (issue 5, section 3).

    python benchmarks/bench_startup.py              # everything
    python benchmarks/bench_startup.py --runs 15    # more runs a command (median; at least 7)
    python benchmarks/bench_startup.py --skip-adversarial

Prints plain numbers, one a line, each with a label:

- the wall time of `outages --help`, `outages list --json`, `outages list` and
  `outages show 2022-10-25` (the median of --runs runs, warm: against a store
  that already exists and whose merged incidents are cached), and each as a
  ratio to `python -c pass` timed in the same rounds (the commands are run in
  turn, round after round, so that a busy moment of the machine hits all of
  them alike), and how many milliseconds each adds to it. Goals (issue 5):
  `list --json` within 7x, the Rich table within 9x. `python -S -c pass` (no
  site-packages) is printed too: the difference is what `.pth` files in
  site-packages cost every Python start, which flatters the ratios;
- extraction throughput on one core (the process is pinned to one CPU when the
  system allows it): articles/s and MB/s of article text (UTF-8) over the
  annotated fixtures (tests/fixtures/articles and holdout), repeated, over
  the bundled seeds, and over both; the first extraction, which loads the
  language data, is timed apart. Goal: 1,000 articles/s.
  `benchmarks/bench_extract.py` runs this part alone;
- peak memory (ru_maxrss) of this process and of the largest command run, and
  the peak of Python's traced allocations over one round of extraction;
- adversarial text: 1 MB of long runs of digits, slashes, month names, spaces,
  "(1/2/" repeated, nested brackets, very long words, and a mix of them, each
  through the extractor in a child process that is stopped after --timeout
  seconds. Goal: under 1 s each.

The command is the `outages` script installed beside this Python (not a shell
shim such as pyenv's, which adds its own start-up to every command), run with
this checkout's `src` first on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
FIXTURES = [ROOT / "tests" / "fixtures" / "articles", ROOT / "tests" / "fixtures" / "holdout"]
SEEDS = ROOT / "seeds"

GOAL_LIST_JSON = 7.0
GOAL_TABLE = 9.0
GOAL_ARTICLES_PER_S = 1000
GOAL_ADVERSARIAL_S = 1.0
ADVERSARIAL_BYTES = 1_000_000


def out(label: str, value, unit: str = "") -> None:
    if isinstance(value, float):
        value = f"{value:.3f}" if abs(value) < 100 else f"{value:.1f}"
    print(f"{label}: {value}{(' ' + unit) if unit else ''}", flush=True)


def env() -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), e.get("PYTHONPATH")) if p)
    e.pop("NO_COLOR", None)
    # warm means the bytecode cache too: as after `pip install`, not as a checkout run with
    # PYTHONDONTWRITEBYTECODE=1 (then every module of outages is compiled again on every run, ~25 ms)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    e["COLUMNS"] = "100"
    return e


def outages_command() -> list[str]:
    """The installed console script beside this interpreter, else `python -m outages`."""
    script = Path(sys.executable).parent / "outages"
    if script.is_file():
        with open(script, "rb") as fh:
            if fh.read(2) == b"#!" and b"python" in fh.readline():
                return [str(script)]
    return [sys.executable, "-m", "outages"]


# -- start-up ---------------------------------------------------------------------


def startup(runs: int) -> None:
    command = outages_command()
    out("command", " ".join(command))
    out("bytecode cache", "on (PYTHONDONTWRITEBYTECODE unset for the commands)")
    with tempfile.TemporaryDirectory() as tmp:
        e = env()
        e["OUTAGES_DB"] = str(Path(tmp) / "bench.db")
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "python -S -c pass": [sys.executable, "-S", "-c", "pass"],  # no site: what .pth files cost shows here
            "outages --help": [*command, "--help"],
            "outages list --json": [*command, "list", "--json"],
            "outages list": [*command, "list"],
            "outages show 2022-10-25": [*command, "show", "2022-10-25"],
        }
        # the store is made, seeded, extracted and merged once; then every case runs once to warm the caches
        for args in cases.values():
            done = subprocess.run(args, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()}")
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(runs):
            for name, args in cases.items():
                t0 = time.perf_counter()
                subprocess.run(args, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
                times[name].append(time.perf_counter() - t0)
    base = statistics.median(times["python -c pass"])
    out("runs per command", runs)
    for name, values in times.items():
        median = statistics.median(values)
        out(f"{name} median s", median)
        if name.startswith("outages"):
            out(f"{name} ratio to python -c pass", median / base)
            out(f"{name} over python -c pass ms", (median - base) * 1000)
    out("goal list --json ratio", GOAL_LIST_JSON)
    out("goal list (Rich table) ratio", GOAL_TABLE)
    out("children peak memory MB", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


# -- extraction throughput ----------------------------------------------------------------


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"cpu {cpu}"
    return "not pinned"


def load(folder: Path) -> list:
    from outages.articles import load_sources, read_article

    sources = load_sources(folder)
    return [read_article(p, sources) for p in sorted(folder.glob("*.txt"))]


def throughput(label: str, articles: list, min_seconds: float) -> None:
    from outages.incidents import extract_article

    size = sum(len(a.text.encode("utf-8")) for a in articles)
    rounds, n, t0 = 0, 0, time.perf_counter()
    while True:
        for a in articles:
            # a copy: extraction fills in the article's publication date, and a second
            # round would otherwise skip finding it
            extract_article(a.model_copy())
        rounds += 1
        n += len(articles)
        elapsed = time.perf_counter() - t0
        if elapsed >= min_seconds:
            break
    out(f"{label} articles", len(articles))
    out(f"{label} mean article KB", size / len(articles) / 1024)
    out(f"{label} rounds", rounds)
    out(f"{label} articles/s", n / elapsed)
    out(f"{label} MB/s", size * rounds / elapsed / 1e6)


def extraction(min_seconds: float) -> None:
    sys.path.insert(0, str(SRC))
    out("extraction core", pin_one_core())
    from outages.incidents import extract_article

    fixtures = [a for folder in FIXTURES for a in load(folder)]
    seeds = load(SEEDS)
    t0 = time.perf_counter()
    extract_article(seeds[0])  # loads and compiles the language data
    out("first extraction (loads the language data) s", time.perf_counter() - t0)
    throughput("fixtures", fixtures, min_seconds)
    throughput("seeds", seeds, min_seconds)
    throughput("fixtures and seeds", fixtures + seeds, min_seconds)
    out("goal articles/s", GOAL_ARTICLES_PER_S)
    out("this process peak memory MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    out("one round of fixtures and seeds, peak traced MB", traced_peak(fixtures + seeds))


def traced_peak(articles: list) -> float:
    """The most memory Python objects took at once while extracting the articles once
    (tracemalloc, after the language data is loaded; it slows extraction, so it is not timed)."""
    import tracemalloc

    from outages.incidents import extract_article

    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        for a in articles:
            extract_article(a.model_copy())
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


# -- adversarial text ---------------------------------------------------------------------


def adversarial_texts(size: int = ADVERSARIAL_BYTES) -> dict[str, str]:
    """1 MB each of text made to push regular expressions and scans to their worst."""

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    months = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember " \
             "January February March May June July August October December Jan. Feb. Sept. Okt. Des. "
    return {
        "digits": fill("0123456789" * 100 + " "),
        "digits unbroken": fill("7"),
        "slashes": fill("/" * 50 + "1/" * 50 + " "),
        "month names": fill(months),
        "spaces": fill(" " * 1000 + "a"),
        "(1/2/ repeated": fill("(1/2/"),
        "nested brackets": fill("(" * 500 + "[" * 250 + "{" * 250 + "x" + "}" * 250 + "]" * 250 + ")" * 500 + " "),
        "very long words": fill("W" * 100_000 + "hatsApp" + "a" * 50_000 + " "),
        "dates and times": fill("25/10/2022 13.45-15.45 WIB 2022-10-25T13:45 12:30:45 1-2-3-4-5 "),
        "outage sentences": fill("WhatsApp down selama dua jam pada 25 Oktober 2022 di seluruh dunia. "),
        "mix": fill("Selasa (25/10/2022) 1/2/3/4/5/6 ((((WhatsApp)))) Oktober Oktober 2022 2022 2022 "
                    "pukul 15.45 sampai 16.45 hampir dua jam lebih dari 3 jam (1/2/ " + "9" * 40 + " "),
    }


def adversarial(timeout: float) -> None:
    names = list(adversarial_texts())
    worst = 0.0
    for name in names:
        code = (
            "import sys, time\n"
            f"sys.path.insert(0, {str(SRC)!r}); sys.path.insert(0, {str(ROOT / 'benchmarks')!r})\n"
            "from bench_startup import adversarial_texts\n"
            "from outages.models import Article\n"
            "from outages.incidents import extract_article\n"
            "extract_article(Article(file='warm.txt', text='WhatsApp down selama dua jam.'))\n"
            f"text = adversarial_texts()[{name!r}]\n"
            "t0 = time.perf_counter()\n"
            "reports = extract_article(Article(file='adversarial.txt', text=text, published='2022-11-09', published_from='front_matter'))\n"
            "print(time.perf_counter() - t0, len(reports))\n"
        )
        try:
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env())
        except subprocess.TimeoutExpired:
            out(f"adversarial {name} s", f"> {timeout:.0f} (stopped)")
            worst = float("inf")
            continue
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["?"])[-1]
            out(f"adversarial {name} s", f"error: {last}")
            continue
        seconds, reports = done.stdout.split()
        out(f"adversarial {name} s", float(seconds))
        worst = max(worst, float(seconds))
    out("adversarial text size bytes", ADVERSARIAL_BYTES)
    out("adversarial worst s", worst if worst != float("inf") else f"> {timeout:.0f}")
    out("goal adversarial s", GOAL_ADVERSARIAL_S)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="runs a command (the median is printed; at least 7)")
    parser.add_argument("--seconds", type=float, default=5.0, help="minimum time of each throughput measurement")
    parser.add_argument("--timeout", type=float, default=120.0, help="stop an adversarial extraction after this many seconds")
    parser.add_argument("--skip-adversarial", action="store_true")
    args = parser.parse_args()
    out("python", sys.version.split()[0])
    out("cpus", os.cpu_count())
    startup(max(7, args.runs))
    extraction(args.seconds)
    if not args.skip_adversarial:
        adversarial(args.timeout)


if __name__ == "__main__":
    main()
