"""Scoring the extractor against annotated articles (see tests/fixtures/README.md).

Each article is extracted on its own (no merging across articles) and its
reports are matched to the gold incidents: a pair must share a service (names are
compared through data/services.toml: a service's name and its aliases, "X" and
"Twitter", are one service; other names case-insensitively) and
have dates that meet (a day of slack; two unknown dates meet). Pairs are taken
best first (most shared services, then nearest dates). Unmatched reports are
false positives, unmatched gold incidents false negatives.

Field scores are over matched pairs:
- date: the predicted start at the gold's precision equals the gold start
  (a day where the gold has only a month is wrong: invented precision);
- services: the same set;
- duration: both empty, or within 25 % of the gold minutes;
- regions: micro-averaged F1 of the codes;
- cause: the same category; a cause whose basis is speculation counts as none
  (speculation is not a stated cause);
- basis: over the pairs whose cause is right and stated, who states it (operator or
  media) is the gold's `cause_basis`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .articles import ArticleError, read_article, load_sources
from .incidents import extract_article

DURATION_TOLERANCE = 0.25


@dataclass
class Score:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    date_ok: int = 0
    services_ok: int = 0
    duration_ok: int = 0
    cause_ok: int = 0
    basis_ok: int = 0
    basis_total: int = 0
    region_tp: int = 0
    region_fp: int = 0
    region_fn: int = 0
    published_ok: int = 0
    published_total: int = 0
    errors: list[str] = field(default_factory=list)

    def ratio(self, a: int, b: int) -> float:
        return a / b if b else 1.0

    def figures(self) -> dict[str, float]:
        p = self.ratio(self.matched, self.predicted)
        r = self.ratio(self.matched, self.gold)
        rp = self.ratio(self.region_tp, self.region_tp + self.region_fp)
        rr = self.ratio(self.region_tp, self.region_tp + self.region_fn)
        return {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "date": self.ratio(self.date_ok, self.matched),
            "services": self.ratio(self.services_ok, self.matched),
            "duration": self.ratio(self.duration_ok, self.matched),
            "regions_f1": 2 * rp * rr / (rp + rr) if rp + rr else 0.0,
            "cause": self.ratio(self.cause_ok, self.matched),
            "basis": self.ratio(self.basis_ok, self.basis_total),
            "published": self.ratio(self.published_ok, self.published_total),
        }


def _interval(start: str | None) -> tuple[date, date] | None:
    if not start:
        return None
    from .query import parse_user_date

    try:
        p = parse_user_date(start[:10] if len(start) > 10 else start)
    except ValueError:
        return None
    return p.first, p.last


def _dates_meet(a: str | None, b: str | None) -> bool:
    ia, ib = _interval(a), _interval(b)
    if ia is None and ib is None:
        return True
    if ia is None or ib is None:
        return True  # an unknown date does not rule a pair out
    return not ((ia[1] - ib[0]).days < -1 or (ib[1] - ia[0]).days < -1)


def _date_ok(pred: str | None, gold: str | None) -> bool:
    if gold is None:
        return pred is None
    if pred is None:
        return False
    pred_day = pred[:10]
    if len(gold) == 10:
        return pred_day == gold
    return pred_day == gold  # "2021-10" must be predicted as "2021-10", not a day


def _stated_cause(incident: dict) -> str | None:
    cause = incident.get("cause")
    if not cause or cause.get("basis") == "speculation":
        return None
    return cause["category"]


def _service_key(name: str) -> str:
    """One key per service whatever name a side uses: the lexicon's key when the whole name is
    the service's name or one of its aliases ("Twitter" and "X" are one service), else the
    name case-folded."""
    from .lexicon import load

    whole = load().services.whole(name)
    return whole.key if whole is not None else name.casefold()


def _keys(incident: dict, field: str = "services") -> set[str]:
    return {_service_key(n) for n in incident.get(field, [])}


def _aligned(pred: set[str], gold: set[str], text: str = "") -> set[str]:
    """The predicted keys, a name the lexicon lacks taken as the gold name it shortens or
    lengthens word for word ("Mizuho" and "Mizuho Bank", "HBO" and "HBO Go": the two sides
    wrote one service's name at two lengths; the lexicon's services compare by key, and a
    known service's name also stands for a longer gold name the lexicon lacks that opens
    with it: "LPSE" for "LPSE Provinsi Jambi"). With the article's `text` (case-folded), a
    name and the short form the article gives it in brackets are one service: "Platform
    Merdeka Mengajar (PMM)" makes "PMM" and "Platform Merdeka Mengajar" one."""
    out = set()
    for k in pred:
        if k not in gold and text:
            name = k if _unknown(k) else _canonical(k)
            k = next((g for g in gold if _unknown(g) and (f"{g} ({name})" in text or f"{name} ({g})" in text)), k)
        if k not in gold:
            # a name the lexicon lacks as written; a service it knows by its canonical name
            # ("LPSE" against the gold's "LPSE Provinsi Jambi", a name the lexicon lacks)
            words = (k if _unknown(k) else _canonical(k)).split()
            for g in gold:
                other = g.split()
                if _unknown(g) and min(len(words), len(other)) >= 1 and (other[: len(words)] == words or (_unknown(k) and words[: len(other)] == other)):
                    k = g
                    break
        out.add(k)
    return out


def _canonical(key: str) -> str:
    """A known service's canonical name, case-folded as the unknown keys are."""
    from .lexicon import load

    return load().service_names[key].casefold()


def _unknown(key: str) -> bool:
    from .lexicon import load

    return key not in load().service_names


def _gold_cause(incident: dict) -> str | None:
    """The gold cause as the field rules read it: a guess is no cause."""
    return None if incident.get("cause_basis") == "speculation" else incident.get("cause")


def score_article(pred: list[dict], gold: list[dict], s: Score, text: str = "") -> list[str]:
    """Adds one article's counts to `s`; returns notes on each miss (for --verbose).
    `text`: the article's text, for the short forms it defines (see `_aligned`)."""
    text = text.casefold()
    notes: list[str] = []
    s.gold += len(gold)
    s.predicted += len(pred)
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            shared = _aligned(_keys(p), _keys(g), text) & _keys(g)
            if shared and _dates_meet(p.get("start"), g.get("start")):
                exact = _date_ok(p.get("start"), g.get("start"))
                pairs.append((-len(shared), not exact, i, j))
    pairs.sort()
    used_p, used_g = set(), set()
    for _, _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        p, g = pred[i], gold[j]
        s.matched += 1
        if _date_ok(p.get("start"), g.get("start")):
            s.date_ok += 1
        else:
            notes.append(f"date: got {p.get('start')} want {g.get('start')}")
        if _aligned(_keys(p), _keys(g), text) == _keys(g):
            s.services_ok += 1
        else:
            notes.append(f"services: got {sorted(p['services'])} want {sorted(g['services'])}")
        got = (p.get("duration") or {}).get("minutes")
        want = g.get("duration_minutes")
        if (got is None and want is None) or (got is not None and want is not None and abs(got - want) <= DURATION_TOLERANCE * want):
            s.duration_ok += 1
        else:
            notes.append(f"duration: got {got} want {want}")
        pr = {r["code"] for r in p.get("regions", [])}
        gr = set(g.get("regions") or [])  # a hand-made gold may write null for none
        s.region_tp += len(pr & gr)
        s.region_fp += len(pr - gr)
        s.region_fn += len(gr - pr)
        if pr != gr:
            notes.append(f"regions: got {sorted(pr)} want {sorted(gr)}")
        if _stated_cause(p) == _gold_cause(g):
            s.cause_ok += 1
            if _gold_cause(g) is not None:
                s.basis_total += 1
                got_basis = (p.get("cause") or {}).get("basis")
                if got_basis == g.get("cause_basis"):
                    s.basis_ok += 1
                else:
                    notes.append(f"basis: got {got_basis} want {g.get('cause_basis')}")
        else:
            notes.append(f"cause: got {_stated_cause(p)} want {_gold_cause(g)}")
    for i, p in enumerate(pred):
        if i not in used_p:
            notes.append(f"extra incident: {p.get('start')} {p['services']}")
    for j, g in enumerate(gold):
        if j not in used_g:
            notes.append(f"missed incident: {g.get('start')} {g['services']}")
    return notes


def evaluate(folder: Path, verbose: bool = False) -> tuple[Score, dict[str, list[str]]]:
    s = Score()
    report: dict[str, list[str]] = {}
    sources = load_sources(folder)
    for txt in sorted(folder.glob("*.txt")):
        gold_path = txt.with_suffix(".gold.json")
        if not gold_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            article = read_article(txt, sources)
        except ArticleError as exc:  # one unreadable article scores as nothing found, the rest go on
            s.articles += 1
            report[txt.name] = [f"unreadable: {exc}"] + score_article([], gold.get("incidents", []), s)
            if "published" in gold:
                s.published_total += 1
            continue
        pred = [x.model_dump(mode="json") for x in extract_article(article)]
        s.articles += 1
        notes = score_article(pred, gold.get("incidents", []), s, article.text)
        if "published" in gold:
            s.published_total += 1
            got = (article.published or "")[:10] or None
            if got == gold["published"]:
                s.published_ok += 1
            else:
                notes.append(f"published: got {got} want {gold['published']}")
        if notes:
            report[txt.name] = notes
    return s, report


def format_figures(name: str, s: Score) -> str:
    f = s.figures()
    head = f"{name}: {s.articles} articles, {s.gold} gold incidents, {s.predicted} predicted, {s.matched} matched"
    body = "  ".join(f"{k} {v:.2f}" for k, v in f.items())
    return head + "\n  " + body
