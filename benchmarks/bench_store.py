"""Benchmark of the store: ingest a synthetic corpus, then time the commands that read it.

    python benchmarks/bench_store.py            # 10,000 articles
    python benchmarks/bench_store.py --n 2000   # smaller
    python benchmarks/bench_store.py --keep /tmp/bench   # keep the corpus and the store

The corpus is made here: incidents of many services, dates, durations, regions
and causes, each told by one to four articles in English or Indonesian (several
templates per language, varied wording, filler paragraphs), plus articles that
report no outage. Ingest runs in this process in four quarters, so that the
time split (reading, extraction, storage, merging) and the memory after each
quarter are known; `list --json`, `show`, `summary --json` and `export` run as
subprocesses against the finished store, as a user would run them.

Goals (issue 4): ingest >= 500 articles/s, `list --json` < 0.5 s over 10,000
articles, memory flat as the corpus grows.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

SERVICES = [
    "WhatsApp", "Facebook", "Instagram", "Messenger", "Threads", "Telegram", "Signal", "YouTube", "Gmail",
    "Google Drive", "Google Cloud", "TikTok", "Discord", "Slack", "Zoom", "Microsoft Teams", "Outlook",
    "Microsoft 365", "Azure", "AWS", "iCloud", "Cloudflare", "Fastly", "Akamai", "ChatGPT", "GitHub", "Netflix",
    "Spotify", "PlayStation Network", "Roblox", "Snapchat", "BCA", "BRI", "Bank Mandiri", "BSI", "PLN",
    "Telkomsel", "IndiHome", "Indosat", "Rogers", "Optus", "AT&T", "Verizon", "T-Mobile", "KakaoTalk",
]
REGIONS_EN = [
    "Germany", "France", "the United Kingdom", "India", "Brazil", "Indonesia", "Japan", "Australia", "Canada",
    "the United States", "Mexico", "Spain", "Italy", "South Africa", "Nigeria", "Turkey", "Singapore",
    "Malaysia", "the Philippines", "South Korea", "Europe", "Asia",
]
REGIONS_ID = [
    "Indonesia", "Malaysia", "Singapura", "Jepang", "Amerika Serikat", "Inggris", "Jerman", "Prancis", "India",
    "Brasil", "Australia", "Eropa", "Asia", "Filipina", "Korea Selatan", "Thailand",
]
CAUSES_EN = [
    "a configuration change", "a software bug", "a DNS issue", "a power failure at a data center", "a fiber cut",
    "a DDoS attack", "a surge in traffic", "a faulty update", "a hardware failure", "a routing problem",
]
CAUSES_ID = [
    "kesalahan konfigurasi", "bug pada perangkat lunak", "gangguan DNS", "pemadaman listrik di pusat data",
    "serangan DDoS", "lonjakan trafik", "kerusakan perangkat keras", "masalah routing jaringan",
]
OUTLETS_EN = ["Tech Daily", "The Wire Report", "Global Times Online", "Network World News", "City Herald", "Bizz Insider"]
OUTLETS_ID = ["Kabar Tekno", "Warta Digital", "Jurnal Nusantara", "Berita Siber", "Harian Kota", "Info Gadget"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
NUM_EN = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 10: "ten", 12: "twelve"}
NUM_ID = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 8: "delapan", 10: "sepuluh", 12: "dua belas"}
FILLER_EN = [
    "Outage trackers showed thousands of reports at the peak, most of them about the mobile app.",
    "Analysts said the incident showed how much businesses depend on a handful of platforms.",
    "Some users joked about the disruption on rival social networks while they waited.",
    "The company did not say how many accounts were affected or whether data was lost.",
    "Small shops that take orders through the app said they lost a day of sales.",
    "It was not the first problem this year, and critics called for better redundancy.",
    "A regulator said it would ask the company for a full report on what happened.",
]
FILLER_ID = [
    "Situs pemantau gangguan mencatat ribuan laporan dari pengguna pada puncaknya.",
    "Sejumlah pengguna mengeluhkan masalah tersebut melalui media sosial lain.",
    "Pengamat menilai kejadian ini menunjukkan ketergantungan pada satu platform.",
    "Pelaku usaha kecil yang menerima pesanan lewat aplikasi mengaku merugi.",
    "Perusahaan belum menjelaskan berapa banyak akun yang terdampak.",
    "Regulator menyatakan akan meminta laporan lengkap dari perusahaan.",
]
NOISE_EN = [
    "{s} announces new features for creators\n\n{s} said on {wd} it would roll out new editing tools to all users next month. The company said the update was the most requested feature of the year.",
    "{s} reports record quarterly revenue\n\nShares rose after {s} reported revenue above expectations, driven by advertising and subscriptions.",
]
NOISE_ID = [
    "{s} luncurkan fitur baru untuk pengguna\n\n{s} mengumumkan fitur baru pada {wd}. Fitur ini akan tersedia untuk semua pengguna bulan depan.",
]


def _duration_en(minutes: int, rng: random.Random) -> str:
    if minutes < 60:
        return f"{minutes} minutes"
    hours = minutes // 60
    if hours >= 48 and hours % 24 == 0:
        return f"{hours // 24} days"
    word = NUM_EN.get(hours) if rng.random() < 0.5 else None
    return f"{word or hours} hour{'s' * (hours != 1)}"


def _duration_id(minutes: int, rng: random.Random) -> str:
    if minutes < 60:
        return f"{minutes} menit"
    hours = minutes // 60
    if hours >= 48 and hours % 24 == 0:
        return f"{hours // 24} hari"
    word = NUM_ID.get(hours) if rng.random() < 0.5 else None
    return f"{word or hours} jam"


def _english(inc: dict, rng: random.Random, outlet: str, published: date) -> str:
    d: date = inc["day"]
    s = " and ".join(inc["services"])
    wd, month = WEEKDAYS_EN[d.weekday()], MONTHS_EN[d.month - 1]
    regions = inc["regions_en"]
    where = "around the world" if inc["world"] else (", ".join(regions[:-1]) + " and " + regions[-1] if len(regions) > 1 else regions[0])
    qual = rng.choice(["about ", "nearly ", "more than ", "", ""])
    dur = _duration_en(inc["minutes"], rng)
    when = rng.choice([f"on {wd}, {month} {d.day}, {d.year}", f"on {month} {d.day}", f"on {wd}"])
    time_part = f" at {inc['hour']:02d}:{inc['minute']:02d} UTC" if inc["timed"] and rng.random() < 0.6 else ""
    title = rng.choice([f"{s} down for {dur} in {where}", f"{s} outage hits users in {where}", f"{s} suffers outage"])
    body = [
        rng.choice([
            f"{s} suffered an outage {when}{time_part}, leaving users in {where} unable to log in for {qual}{dur}.",
            f"Users in {where} could not use {s} for {qual}{dur} {when}{time_part}, according to outage trackers.",
            f"{s} went down {when}{time_part} and stayed offline for {qual}{dur} for many users in {where}.",
        ]),
    ]
    if inc["cause_en"]:
        body.append(rng.choice([
            f"The company said the disruption was caused by {inc['cause_en']}.",
            f"In a statement, the company blamed {inc['cause_en']} for the outage.",
            f"Engineers traced the problem to {inc['cause_en']}, the company said.",
        ]))
    body += rng.sample(FILLER_EN, rng.randint(1, 4))
    body.append(rng.choice(["Service was fully restored later that day.", "The company apologised to its users.", "Service is back to normal."]))
    return _front(outlet, title, published, "en", inc, rng) + title + "\n\n" + "\n\n".join(body) + "\n"


def _indonesian(inc: dict, rng: random.Random, outlet: str, published: date) -> str:
    d: date = inc["day"]
    s = " dan ".join(inc["services"])
    wd, month = WEEKDAYS_ID[d.weekday()], MONTHS_ID[d.month - 1]
    regions = inc["regions_id"]
    where = "di seluruh dunia" if inc["world"] else "di " + (", ".join(regions[:-1]) + " dan " + regions[-1] if len(regions) > 1 else regions[0])
    qual = rng.choice(["sekitar ", "hampir ", "lebih dari ", "", ""])
    dur = _duration_id(inc["minutes"], rng)
    when = rng.choice([f"pada {wd} ({d.day}/{d.month}/{d.year})", f"pada {wd}, {d.day} {month} {d.year}"])
    time_part = f" sekitar pukul {inc['hour']:02d}.{inc['minute']:02d} WIB" if inc["timed"] and rng.random() < 0.6 else ""
    title = rng.choice([f"{s} Down {dur.title()}", f"{s} Alami Gangguan, Pengguna Mengeluh", f"{s} Error {where.title()}"])
    body = [
        rng.choice([
            f"Layanan {s} mengalami gangguan selama {qual}{dur} {when}{time_part}. Pengguna {where} tidak bisa mengirim pesan.",
            f"{s} down {when}{time_part}. Gangguan berlangsung {qual}{dur} dan dirasakan pengguna {where}.",
        ]),
    ]
    if inc["cause_id"]:
        body.append(rng.choice([
            f"Pihak perusahaan menyebut gangguan disebabkan oleh {inc['cause_id']}.",
            f"Menurut keterangan resmi perusahaan, penyebabnya adalah {inc['cause_id']}.",
        ]))
    body += rng.sample(FILLER_ID, rng.randint(1, 3))
    body.append(rng.choice(["Layanan kembali normal pada sore hari.", "Perusahaan meminta maaf kepada pengguna."]))
    return _front(outlet, title, published, "id", inc, rng) + title + "\n\n" + "\n\n".join(body) + "\n"


def _front(outlet: str, title: str, published: date, lang: str, inc: dict, rng: random.Random) -> str:
    slug = "-".join(title.lower().replace(",", "").split()[:6])
    host = outlet.lower().replace(" ", "")
    lines = ["---", f"outlet: {outlet}"]
    if rng.random() < 0.8:
        lines.append(f"published: {published.isoformat()}")
    lines.append(f"url: https://{host}.example/{published:%Y/%m/%d}/{slug}-{inc['n']}")
    if rng.random() < 0.7:
        lines.append(f"language: {lang}")
    return "\n".join(lines) + "\n---\n"


def make_corpus(n: int, folder: Path, seed: int = 4) -> int:
    """Write `n` article files into `folder`; returns how many incidents they tell of."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = incidents = 0
    start = date(2015, 1, 1)
    while written < n:
        incidents += 1
        services = [rng.choice(SERVICES)] + ([rng.choice(SERVICES)] if rng.random() < 0.15 else [])
        k = rng.choice([1, 1, 2, 2, 3, 4])
        world = rng.random() < 0.15
        minutes = rng.choice([20, 45, 60, 90, 120, 180, 240, 360, 480, 600, 720, 1440, 2880, 4320])
        inc = {
            "n": incidents,
            "services": list(dict.fromkeys(services)),
            "day": start + timedelta(days=rng.randrange(10 * 365)),
            "timed": rng.random() < 0.4,
            "hour": rng.randrange(24),
            "minute": rng.choice([0, 5, 15, 30, 45]),
            "minutes": minutes - (minutes % 60 if minutes >= 60 else 0),
            "world": world,
            "regions_en": rng.sample(REGIONS_EN, rng.randint(1, 4)),
            "regions_id": rng.sample(REGIONS_ID, rng.randint(1, 4)),
            "cause_en": rng.choice(CAUSES_EN) if rng.random() < 0.7 else None,
            "cause_id": rng.choice(CAUSES_ID) if rng.random() < 0.7 else None,
        }
        for j in range(k):
            if written >= n:
                break
            lang = "id" if rng.random() < 0.5 else "en"
            outlet = rng.choice(OUTLETS_ID if lang == "id" else OUTLETS_EN)
            published = inc["day"] + timedelta(days=rng.choice([0, 0, 1, 1, 2]))
            if rng.random() < 0.05:  # an article that reports no outage
                d = inc["day"]
                text = rng.choice(NOISE_ID if lang == "id" else NOISE_EN).format(
                    s=inc["services"][0], wd=(WEEKDAYS_ID if lang == "id" else WEEKDAYS_EN)[d.weekday()]
                )
                text = _front(outlet, text.split("\n")[0], published, lang, inc, rng) + text + "\n"
            else:
                text = (_indonesian if lang == "id" else _english)(inc, rng, outlet, published)
            suffix = ".md" if rng.random() < 0.1 else ".txt"
            (folder / f"{written:06d}_{lang}_{j}{suffix}").write_text(text, encoding="utf-8")
            written += 1
    return incidents


# -- measuring -----------------------------------------------------------------------


def rss_mb() -> float:
    """Current resident memory of this process (Linux), in MB."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def time_command(args: list[str], db: Path | None, runs: int = 3) -> tuple[float, int]:
    """Median wall time of `outages ARGS --db DB` over `runs` runs, and its output size."""
    code = "import sys; from outages.cli import main; sys.exit(main())"
    times, size = [], 0
    env = {k: v for k, v in os.environ.items() if k != "OUTAGES_DB"}
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", code, *args, *(["--db", str(db)] if db else [])], capture_output=True, env=env)
        times.append(time.perf_counter() - t0)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"outages {' '.join(args)} failed: {proc.stderr.decode()[-300:]}")
        size = len(proc.stdout)
    return statistics.median(times), size


def time_python(code: str, db: Path, runs: int = 3) -> tuple[float, int]:
    """Median wall time of `python -c CODE DB`, and its output size."""
    times, size = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
        size = len(proc.stdout)
    return statistics.median(times), size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles in the corpus (default 10000)")
    parser.add_argument("--keep", type=Path, help="make the corpus and the store in this folder and keep them")
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="outages-bench-"))
    corpus, db = work / "corpus", work / "bench.db"
    for stale in (corpus,):
        shutil.rmtree(stale, ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    try:
        t0 = time.perf_counter()
        incidents_told = make_corpus(args.n, corpus, args.seed)
        print(f"corpus: {args.n} articles about {incidents_told} incidents, made in {time.perf_counter() - t0:.1f} s")

        from outages.ingest import expand, ingest
        from outages.store import open_store

        files, problems = expand([str(corpus)])
        assert not problems, problems
        quarters = [files[i * len(files) // 4 : (i + 1) * len(files) // 4] for i in range(4)]
        totals = {"read": 0.0, "extract": 0.0, "store": 0.0, "merge": 0.0}
        added = failed = 0
        t_all = time.perf_counter()
        with open_store(db, seed=False) as store:
            store.incidents_json()  # import and load the extractor before timing the rest
            t_ingest = time.perf_counter()
            for i, chunk in enumerate(quarters, start=1):
                tq = time.perf_counter()
                tally = ingest(store, chunk)
                tm = time.perf_counter()
                store.incidents_text()  # the merge; the benchmark keeps no parsed copy of it
                merged_count = store.conn.execute("SELECT count FROM merged").fetchone()[0]
                last_merge = time.perf_counter() - tm
                totals["merge"] += last_merge
                totals["read"] += tally.read_seconds
                totals["extract"] += tally.extract_seconds
                totals["store"] += tally.store_seconds
                added += tally.added
                failed += tally.failed
                print(
                    f"  quarter {i}: {len(chunk)} articles in {time.perf_counter() - tq:.1f} s"
                    f" (merge of {store.count()} articles: {time.perf_counter() - tm:.2f} s);"
                    f" {merged_count} incidents; memory now {rss_mb():.0f} MB, peak {peak_mb():.0f} MB"
                )
            elapsed = time.perf_counter() - t_ingest
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            n_incidents = merged_count
            reports = store.conn.execute("SELECT sum(count) FROM reports").fetchone()[0]
        size = sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())
        rate = added / elapsed if elapsed else float("inf")
        print()
        print(f"ingest:      {added} added, {failed} failed in {elapsed:.1f} s = {rate:.0f} articles/s, merging after each quarter")
        one_run = elapsed - totals["merge"] + last_merge
        print(f"  as one ingest (one merge at the end): {one_run:.1f} s = {added / one_run:.0f} articles/s (goal >= 500)")
        for key in ("read", "extract", "store", "merge"):
            share = totals[key] / elapsed * 100 if elapsed else 0
            per = totals[key] / max(added, 1) * 1000
            print(f"  {key:<8} {totals[key]:7.1f} s  {share:4.0f} %  {per:6.2f} ms/article")
        print(f"  storage alone (read + store): {added / max(totals['read'] + totals['store'], 1e-9):.0f} articles/s")
        print(f"  extraction in this process: {totals['extract']:.1f} s (large ingests extract in worker processes, ahead of the writer)")
        print(f"memory:      peak {peak_mb():.0f} MB (this process: corpus paths, extractor, the last merge)")
        print(f"store:       {size / 1e6:.1f} MB for {added} articles, {reports} reports, {n_incidents} incidents")

        with open_store(db, seed=False) as store:
            incidents = store.incidents_json()
        dated = [x for x in incidents if x.get("start") and len(x["start"]) >= 10]
        day = dated[len(dated) // 2]["start"][:10]
        print()
        print("commands (median of 3 runs, as subprocesses, including Python start-up):")
        for label, cmd in (
            ("list --json", ["list", "--json"]),
            (f"show {day}", ["show", day]),
            (f"show {day} --json", ["show", day, "--json"]),
            ("summary --json", ["summary", "--json"]),
            ("list --json -s WhatsApp", ["list", "--json", "-s", "WhatsApp"]),
            ("export -f csv", ["export", "-f", "csv"]),
        ):
            seconds, out = time_command(cmd, db)
            goal = "  (goal < 0.5 s)" if label == "list --json" else ""
            print(f"  outages {label:<28} {seconds:6.3f} s  {out / 1e6:6.1f} MB out{goal}")
        fast, size_fast = time_python(
            "import sys; from outages.store import incidents_text; sys.stdout.write(incidents_text(sys.argv[1]) + '\\n')", db
        )
        print(f"  {'store.incidents_text (same bytes)':<36} {fast:6.3f} s  {size_fast / 1e6:6.1f} MB out"
              "  (what an unfiltered list --json could write)")
        baseline, _ = time_command(["schema"], None)
        print(f"  (start-up floor: outages schema {baseline:.3f} s)")
        print(json.dumps({
            "articles": added, "ingest_seconds": round(elapsed, 2), "articles_per_second": round(rate, 1),
            "split_seconds": {k: round(v, 2) for k, v in totals.items()}, "peak_mb": round(peak_mb()),
            "store_mb": round(size / 1e6, 1), "incidents": n_incidents, "total_seconds": round(time.perf_counter() - t_all, 1),
        }))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
