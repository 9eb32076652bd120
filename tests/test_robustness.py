"""Bad input through the command line (issue 5, section 1).

Every bad input gets one line on stderr that starts with `outages:`, names the
file (or the value) and says what is wrong; the exit code is documented (2: a
usage error such as a bad date, 3: a data error such as a file that cannot be
read); there is never a traceback; and in a batch the good files still give
their results.

Decisions recorded here and in the README:
- an empty file, a file of only punctuation or emoji, and a binary file are
  data errors (exit 3), not "no incidents";
- Latin-1 and Windows-1252 text is read as such (é, ’, “ ” kept), UTF-16 with
  or without a BOM too;
- an article file larger than 8 MB (`articles.MAX_ARTICLE_BYTES`) is refused
  with one line before it is read, so a 50 MB file costs nothing; article text
  longer than 2,000,000 characters is refused after decoding. A single 1 MB
  line is an article like any other and is extracted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from outages.articles import MAX_ARTICLE_BYTES
from outages.cli import EXIT_DATA, EXIT_USAGE, main

TEXT = (
    "WhatsApp was down for about two hours on Tuesday, 25 October 2022, across Europe.\n"
    "The outage was caused by a configuration change, the company’s spokeswoman said at a café in Zürich: “we are sorry”.\n"
)
LATIN1_TEXT = TEXT.replace("’", "'").replace("“", '"').replace("”", '"')  # Latin-1 has no curly quotes
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" + bytes(range(256)) * 4


def run(argv, capsys):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    for line in err.splitlines():
        assert line.startswith("outages: "), f"not an outages message: {line!r}"
    return code, out, err


def error_line(err: str, name: str) -> str:
    """The one stderr line that names `name` (exactly one)."""
    lines = [ln for ln in err.splitlines() if name in ln]
    assert len(lines) == 1, f"expected one line naming {name!r}, got {lines!r}"
    return lines[0]


def good_file(tmp_path: Path, name: str = "good.txt", text: str = TEXT) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def bad_alone_and_in_a_batch(tmp_path, capsys, path: Path, problem: str) -> None:
    """`extract` and `ingest`: one line naming the file and the problem, exit 3; a good file beside it still counts."""
    good = good_file(tmp_path)
    code, out, err = run(["extract", path, "--json"], capsys)
    assert code == EXIT_DATA and json.loads(out) == []
    assert problem in error_line(err, path.name)
    assert err.count("\n") == 1

    code, out, err = run(["extract", path, good, "--json"], capsys)
    assert code == EXIT_DATA
    assert problem in error_line(err, path.name)
    assert [x["services"] for x in json.loads(out)] == [["WhatsApp"]]  # the good file's result is kept

    code, out, err = run(["ingest", path, good, "--json"], capsys)
    assert code == EXIT_DATA
    assert problem in error_line(err, path.name)
    counts = json.loads(out)
    assert counts["added"] == 1 and counts["failed"] == 1
    assert err.splitlines()[-1].startswith("outages: added 1, updated 0, unchanged 0, failed 1;")


# -- files that are not article text ------------------------------------------------


def test_empty_file(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    bad_alone_and_in_a_batch(tmp_path, capsys, path, "empty file")


def test_only_front_matter_is_no_article_text(tmp_path, capsys):
    path = tmp_path / "front-only.md"
    path.write_text("---\ntitle: Nothing below\n---\n\n  \n", encoding="utf-8")
    bad_alone_and_in_a_batch(tmp_path, capsys, path, "no article text")


@pytest.mark.parametrize("name", ["image.png", "image.txt"])
def test_png_image(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(PNG)
    bad_alone_and_in_a_batch(tmp_path, capsys, path, "binary file, not text")


@pytest.mark.parametrize("name", ["archive.zip", "archive.txt"])
def test_zip_archive(tmp_path, capsys, name):
    made = tmp_path / "made.zip"
    with zipfile.ZipFile(made, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("article.txt", TEXT * 20)
        zf.writestr("other.txt", LATIN1_TEXT)
    path = tmp_path / name
    path.write_bytes(made.read_bytes())
    made.unlink()
    bad_alone_and_in_a_batch(tmp_path, capsys, path, "binary file, not text")


@pytest.mark.parametrize(
    "name, content",
    [
        ("punctuation.txt", "!?.,;:-—()[]{}«»…'\"/\\*&%$#@" * 200 + "\n...\n"),
        ("emoji.txt", "😀🔥💥🚀📉😱 " * 500 + "\n👍🏽👨‍👩‍👧\n"),
        ("symbols.md", "※ ¶ § • · ° ± × ÷ → ← ★ ☆ ♥ ♦ ©®™ ___ *** ---\n" * 100),
    ],
)
def test_only_punctuation_or_emoji(tmp_path, capsys, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    bad_alone_and_in_a_batch(tmp_path, capsys, path, "no words in the text")


# -- encodings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding, text, expected",
    [
        ("latin-1", LATIN1_TEXT, "café in Zürich"),
        ("cp1252", TEXT, "company’s spokeswoman said at a café in Zürich: “we are sorry”"),
        ("utf-16", TEXT, "company’s spokeswoman said at a café in Zürich: “we are sorry”"),  # with a BOM
        ("utf-16-le", TEXT, "company’s spokeswoman said at a café in Zürich: “we are sorry”"),  # no BOM
        ("utf-16-be", TEXT, "company’s spokeswoman said at a café in Zürich: “we are sorry”"),  # no BOM
        ("utf-8-sig", TEXT, "company’s spokeswoman said at a café in Zürich: “we are sorry”"),
    ],
)
def test_encodings_are_read_right(tmp_path, capsys, encoding, text, expected):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    code, out, err = run(["extract", path, "--json"], capsys)
    assert code == 0 and err == ""
    (incident,) = json.loads(out)
    assert incident["services"] == ["WhatsApp"] and incident["start"] == "2022-10-25"
    assert expected in incident["cause"]["text"]
    code, out, err = run(["ingest", path, "--json"], capsys)
    assert code == 0 and json.loads(out)["added"] == 1
    code, out, _ = run(["show", "2022-10-25", "--json"], capsys)
    matches = json.loads(out)
    quotes = [e["quote"] for x in (matches if isinstance(matches, list) else [matches]) for s in x["sources"] for e in s["evidence"]]
    assert any(expected in q for q in quotes)  # the stored article was decoded right


# -- size ---------------------------------------------------------------------------


def _env() -> dict:
    src = str(Path(__file__).resolve().parents[1] / "src")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)}


def _subprocess(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "outages", *map(str, args)], capture_output=True, text=True, timeout=timeout, env=_env())


def test_50_mb_file_is_refused_at_once(tmp_path):
    """Decision: a 50 MB article file is refused with one line before it is read (the limit is 8 MB).

    No news article is that long; reading and extracting it would take minutes
    and gigabytes. Run as a subprocess with a timeout, so a hang fails the test
    instead of stalling the suite; the good file beside it is still extracted.
    """
    big = tmp_path / "huge.txt"
    line = TEXT.replace("\n", " ") + "\n"
    with open(big, "w", encoding="utf-8") as fh:
        for _ in range(50 * 1024 * 1024 // len(line.encode("utf-8")) + 1):
            fh.write(line)
    assert big.stat().st_size >= 50 * 1024 * 1024 > MAX_ARTICLE_BYTES
    good = good_file(tmp_path)

    result = _subprocess("extract", big, good, "--json", timeout=60)
    assert result.returncode == EXIT_DATA and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert "huge.txt: too large for an article (50 MB; the limit is 8 MB)" in result.stderr
    assert [x["services"] for x in json.loads(result.stdout)] == [["WhatsApp"]]

    result = _subprocess("ingest", big, good, timeout=60)
    assert result.returncode == EXIT_DATA and "Traceback" not in result.stderr
    assert "huge.txt: too large" in error_line(result.stderr, "huge.txt")
    assert result.stderr.splitlines()[-1].startswith("outages: added 1, updated 0, unchanged 0, failed 1;")


def test_50_mb_on_standard_input_is_refused(tmp_path):
    data = (TEXT.replace("\n", " ") + "\n").encode("utf-8") * (50 * 1024 * 1024 // len(TEXT.encode()) + 1)
    result = subprocess.run([sys.executable, "-m", "outages", "ingest", "-"], input=data, capture_output=True, timeout=60, env=_env())
    err = result.stderr.decode()
    assert result.returncode == EXIT_DATA and "Traceback" not in err
    assert "stdin.txt: too large for an article (more than the limit of 8 MB)" in err


def test_text_over_two_million_characters_is_refused(tmp_path, capsys):
    path = tmp_path / "long.txt"
    path.write_text("WhatsApp down " * 150_000, encoding="utf-8")  # 2.1 M characters, 2 MB: under the byte limit
    bad_alone_and_in_a_batch(tmp_path, capsys, path, "too long for an article (2,100,000 characters; the limit is 2,000,000)")


def test_single_1_mb_line_is_extracted(tmp_path, capsys):
    """A 1 MB file without a line break: an article like any other (a realistic text, repeated on one line)."""
    seed = next(Path(__file__).resolve().parents[1].joinpath("seeds").glob("003_*.txt")).read_text(encoding="utf-8")
    one_line = " ".join(seed.split())
    text = (one_line + " ") * (1_000_000 // (len(one_line) + 1) + 1)
    path = tmp_path / "one-line.txt"
    path.write_text(text[:1_000_000], encoding="utf-8")
    assert "\n" not in path.read_text(encoding="utf-8")
    code, out, err = run(["extract", path, "--json"], capsys)
    assert code == 0 and err == ""
    assert any("WhatsApp" in x["services"] for x in json.loads(out))


# -- front matter -------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, problem",
    [
        ("---\ntitle: [unclosed\n---\nWhatsApp down.\n", "front matter is not valid YAML"),
        ("---\ntitle: x\nWhatsApp was down for two hours.\n", "front matter opened with '---' is never closed"),
        ("---\n- a list\n- not a mapping\n---\nWhatsApp down.\n", "front matter is not a mapping"),
        ("---\npublished: yesterday-ish\n---\nWhatsApp down.\n", "'published' is not a date: 'yesterday-ish'"),
        ("---\npublished: 2022-13-45\n---\nWhatsApp down.\n", "'published' is not a date"),
        ("---\ntitle: \"tab\there\"\nurl: {a: [1, 2\n---\nWhatsApp down.\n", "front matter is not valid YAML"),
        ("---\n!!python/object/apply:os.system [echo hacked]\n---\nWhatsApp down.\n", "front matter is not valid YAML"),
        ("---\npublished: !!int x\n---\nWhatsApp down.\n", "front matter is not valid YAML"),
        ("---\ntitle: " + "[" * 600 + "\n---\nWhatsApp down.\n", "front matter is not valid YAML"),
        ("---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\ntitle: [*b, *b, *b]\n---\nWhatsApp down.\n", "front matter 'title' is not a single value"),
    ],
    ids=["bad-yaml", "never-closed", "not-a-mapping", "published-words", "published-month-13", "flow-unclosed",
         "python-tag", "int-tag", "deep-nesting", "aliases"],
)
def test_broken_front_matter(tmp_path, capsys, content, problem):
    path = tmp_path / "front.md"
    path.write_text(content, encoding="utf-8")
    bad_alone_and_in_a_batch(tmp_path, capsys, path, problem)


@pytest.mark.parametrize(
    "block, expected",
    [
        # a colon in a value left unquoted, as people write front matter by hand
        ("title: Singpass down for 2 hours: GovTech\npublished: 2024-05-14", {"title": "Singpass down for 2 hours: GovTech", "published": "2024-05-14"}),
        ("url: https://example.com/a\ntitle: Breaking: WhatsApp down", {"url": "https://example.com/a", "title": "Breaking: WhatsApp down"}),
    ],
)
def test_front_matter_with_an_unquoted_colon_reads_as_plain_lines(block, expected):
    from outages.articles import split_front_matter

    meta, body = split_front_matter("---\n" + block + "\n---\nWhatsApp down.\n", "f.md")
    assert {k: str(v) for k, v in meta.items()} == expected and body == "WhatsApp down.\n"


def test_plain_lines_do_not_excuse_other_broken_yaml():
    from outages.articles import ArticleError, split_front_matter

    with pytest.raises(ArticleError, match="not valid YAML"):
        split_front_matter("---\ntitle: a: b\nurl: {a: [1\n---\nx\n", "f.md")


# -- paths --------------------------------------------------------------------------


def test_path_that_does_not_exist(tmp_path, capsys):
    missing = tmp_path / "nowhere" / "missing.txt"
    good = good_file(tmp_path)
    code, out, err = run(["extract", missing, good, "--json"], capsys)
    assert code == EXIT_DATA and "no such file" in error_line(err, "missing.txt")
    assert [x["services"] for x in json.loads(out)] == [["WhatsApp"]]
    code, out, err = run(["ingest", missing, good], capsys)
    assert code == EXIT_DATA and "no such file or folder" in error_line(err, "missing.txt")
    assert err.splitlines()[-1].startswith("outages: added 1, updated 0, unchanged 0, failed 1;")


def test_folder_given_to_extract(tmp_path, capsys):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    code, _, err = run(["extract", folder], capsys)
    assert code == EXIT_DATA and "is a folder, not a file" in error_line(err, "folder.txt")


def test_folder_of_2000_files_with_a_few_bad_ones(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    services = ["WhatsApp", "Instagram", "Facebook", "Gmail", "YouTube"]
    for i in range(2000):
        day = 1 + i % 28
        (folder / f"a{i:04d}.txt").write_text(
            f"{services[i % 5]} was down for {1 + i % 5} hours on {day} March 2021 across Europe. Report number {i}.\n",
            encoding="utf-8",
        )
    bad = {
        "a0007.txt": ("binary file, not text", PNG),
        "a0500.txt": ("empty file", b""),
        "a1200.md": ("front matter is not valid YAML", b"---\ntitle: [x\n---\nWhatsApp down.\n"),
        "a1999.txt": ("no words in the text", "🔥🔥🔥 ... !!!".encode()),
    }
    for name, (_, data) in bad.items():
        (folder / name).write_bytes(data)
    code, out, err = run(["ingest", folder, "--json"], capsys)
    assert code == EXIT_DATA
    for name, (problem, _) in bad.items():
        assert problem in error_line(err, name)
    assert len(err.splitlines()) == len(bad) + 1  # one line a bad file, then the counts
    counts = json.loads(out)
    # 2,001 files: a0007, a0500 and a1999 were made bad, a1200.md is a bad one beside a1200.txt
    assert counts["added"] == 1997 and counts["failed"] == 4
    assert err.splitlines()[-1].startswith("outages: added 1997, updated 0, unchanged 0, failed 4;")
    code, out, _ = run(["sources", "--json"], capsys)
    stored = {a["file"] for a in json.loads(out)}
    assert {f"a{i:04d}.txt" for i in (0, 1, 8, 499, 501, 1998)} <= stored
    assert not set(bad) & stored
    code, out, _ = run(["list", "--json", "--service", "Gmail"], capsys)
    assert code == 0 and json.loads(out)


def test_empty_standard_input(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, _, err = run(["ingest", "-"], capsys)
    assert code == EXIT_DATA and "empty file" in error_line(err, "stdin")


# -- bad dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, value",
    [
        (["show", "2022-13-45"], "2022-13-45"),
        (["show", "yesterday-ish"], "yesterday-ish"),
        (["show", "2022-02-30"], "2022-02-30"),
        (["list", "--since", "2022-13-45"], "2022-13-45"),
        (["list", "--since", "yesterday-ish"], "yesterday-ish"),
        (["list", "--until", "yesterday-ish", "--json"], "yesterday-ish"),
        (["summary", "--since", "2022-13-45"], "2022-13-45"),
        (["export", "--since", "yesterday-ish"], "yesterday-ish"),
        (["timeline", "--until", "2022-13-45"], "2022-13-45"),
    ],
)
def test_bad_dates_are_usage_errors(capsys, argv, value):
    code, out, err = run(argv, capsys)
    assert code == EXIT_USAGE
    assert out == ""
    assert err.count("\n") == 1 and value in err
    assert ("--since" in err or "--until" in err) == (argv[0] != "show")


@pytest.mark.parametrize("published", ["2019", "2017-05"])
def test_publication_date_known_to_the_year_or_month(tmp_path, capsys, published):
    path = tmp_path / "partial.md"
    path.write_text(f"---\npublished: {published}\n---\nWhatsApp was down for two hours on Tuesday.\n", encoding="utf-8")
    code, out, err = run(["extract", path, "--json"], capsys)
    assert code == 0 and err == ""


def test_extraction_from_several_threads_gives_what_one_thread_gives():
    # the extractor keeps per-text caches (the last text's tokens, dates, scans): a thread
    # extracting another text must never read or clear this text's
    import threading
    from pathlib import Path

    from outages.articles import load_sources, read_article
    from outages.incidents import extract_article

    folder = Path(__file__).parent / "fixtures" / "articles"
    sources = load_sources(folder)
    articles = [read_article(p, sources) for p in sorted(folder.glob("*.txt"))[:60]]
    reference = ["\n".join(r.model_dump_json() for r in extract_article(a.model_copy())) for a in articles]
    mismatches = []

    def work(k: int) -> None:
        order = range(len(articles)) if k % 2 == 0 else reversed(range(len(articles)))
        for i in order:
            got = "\n".join(r.model_dump_json() for r in extract_article(articles[i].model_copy()))
            if got != reference[i]:
                mismatches.append(articles[i].file)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert mismatches == []


def test_extraction_leaves_the_garbage_collector_as_it_found_it():
    import gc

    from outages.articles import article_from_text
    from outages.extract.pipeline import extract

    article = article_from_text("WhatsApp down selama dua jam pada Selasa (25/10/2022).", "t.txt", {"published": "2022-10-25"})
    assert gc.isenabled()
    extract(article)
    assert gc.isenabled()
    gc.disable()
    try:
        extract(article)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_phrase_query_of_an_empty_range_finds_nothing():
    from outages import lexicon

    lex = lexicon.load()
    text = "WhatsApp went down. " * 20  # long enough for the shared index
    lexicon.prepare(text, "en")
    assert lex.services.finditer(text, 120, 40) == []
    assert lex.services.search(text, 120, 40) is None
