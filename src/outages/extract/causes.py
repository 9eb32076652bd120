"""Stated causes, and who states them.

A sentence states a cause when a `because` cue ("karena", "disebabkan",
"due to", "caused by") is followed by a phrase of a category in
`data/causes.toml`, or when it says the cause is unknown or not shared
(`undisclosed`). A category phrase right after a denial ("bukan karena",
"not a cyberattack") is no cause. The basis says who states it: the operator
(a spokesperson, the company, a person the article introduced with an
operator role), speculation (a hedge: "diduga", "suspected", "may have"), or
else the media.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Language, Lexicon

# Categories in tie-break order: the more specific first.
ORDER = (
    "dns", "configuration_change", "cyberattack", "power", "datacenter", "natural_disaster",
    "government", "maintenance", "capacity", "hardware", "software_bug", "third_party", "network",
)
_RANK = {c: i for i, c in enumerate(ORDER)}
WINDOW = 90  # characters between a causal word and the category phrase
# Categories whose phrases name a cause even without a causal word ("a DDoS attack hit ...").
STRONG_WITHOUT_CUE = frozenset({"dns", "configuration_change", "cyberattack", "power", "datacenter", "natural_disaster", "government", "maintenance", "capacity"})
_ROLE_NAME = re.compile(r"((?:[A-Z][\w'-]+\s){0,1}[A-Z][\w'-]+)")
_QUOTE_CHARS = "\"“”"


@dataclass(frozen=True)
class CauseMention:
    start: int  # the sentence's span: the sentence is the evidence
    end: int
    category: str
    basis: str
    cue_start: int
    cue_end: int
    speaker: str | None = None  # the operator that states it, when one is named
    tier: int = 0  # 0: tied to a causal word; 1: a bare category phrase in a sentence about the outage


def operator_speakers(text: str, lang: Language, spans: list[tuple[int, int]]) -> set[str]:
    """Surnames of people the article introduces with an operator role ("CEO Telegram, Pavel Durov")."""
    names: set[str] = set()
    roles = lang.cues["operator_speaker"]
    calendar_words = set(lang.months) | set(lang.month_abbreviations) | set(lang.weekdays)
    for start, end in spans:
        for role in roles.finditer(text, start, end):
            tail = text[role.end : min(end, role.end + 60)]
            # skip the company ("CEO Telegram, Pavel Durov" / "juru bicara Google Jane Doe")
            m = re.match(r"^(?:\s(?:of\s)?[A-Z][\w&.'-]*){0,2}(?:,)?\s((?:[A-Z][\w'-]+\s?){1,3})", tail)
            if m:
                parts = m.group(1).split()
                if parts and parts[-1] not in calendar_words:
                    names.add(parts[-1])
    return names


def find_cause(text: str, lang: Language, lex: Lexicon, start: int, end: int, speakers: set[str], paragraph: tuple[int, int], outage_sentence: bool = False) -> CauseMention | None:
    sentence = text[start:end]
    low_basis, speaker = _basis(text, lang, lex, start, end, speakers, paragraph)
    undisclosed = lang.cues["undisclosed"].search(text, start, end)
    denial = lang.cues["denial"]
    best: tuple[int, int, int, CauseMention] | None = None

    contrast = lang.cues["contrast"]

    def denied(at: int, reach: int) -> bool:
        """A denial shortly before `at`, not cut off by a contrast ("not X but Y")."""
        lo = max(start, at - reach)
        for c in contrast.finditer(text, lo, at):
            lo = c.end
        return denial.search(text, lo, at) is not None

    def consider(cue, tier: int, distance: int) -> None:
        nonlocal best
        # a phrase tied to a causal word is denied only right before it ("not a cyberattack
        # but ..."); a bare phrase is denied anywhere in its clause ("membantah ... peretasan")
        if denied(cue.start, 24 if tier == 0 else 90):
            return
        rank = (tier, _RANK.get(cue.key, 99), distance)
        if best is None or rank < best[:3]:
            best = (*rank, CauseMention(start, end, cue.key, low_basis, cue.start, cue.end, speaker, tier))

    # "karena X", "due to X": the cause follows the cue
    for because in lang.cues["because"].finditer(text, start, end):
        if denied(because.start, 60):
            continue  # "membantah gangguan terjadi karena peretasan"
        for cue in lang.causes.finditer(text, because.start, min(end, because.end + WINDOW)):
            consider(cue, 0, cue.start - because.end)
    # "X menyebabkan gangguan", "a change that caused the outage": the cause precedes the verb
    for verb in lang.cues["because_backward"].finditer(text, start, end):
        for cue in lang.causes.finditer(text, max(start, verb.start - WINDOW), verb.start):
            consider(cue, 0, verb.start - cue.end)
    # a category phrase in a sentence about the outage, with no causal word: weaker
    if best is None and (outage_sentence or lang.cues["speech"].search(text, start, end)):
        for cue in lang.causes.finditer(text, start, end):
            if cue.key in STRONG_WITHOUT_CUE:
                consider(cue, 1, 0)
    if best is not None:
        return best[3]
    if undisclosed is not None:
        return CauseMention(start, end, "undisclosed", "operator" if low_basis == "operator" else "media", undisclosed.start, undisclosed.end, speaker)
    del sentence
    return None


def _who(text: str, lex: Lexicon, at: int, floor: int, ceiling: int) -> str | None:
    """The operator named closest to a speech verb or a role word ("Cloudflare said",
    "juru bicara Meta", "a Google spokesperson"), or None."""
    best: tuple[int, str] | None = None
    for m in lex.operators.finditer(text, max(floor, at - 60), min(ceiling, at + 40)):
        d = abs(m.start - at)
        if best is None or d < best[0]:
            best = (d, m.key)
    for m in lex.services.finditer(text, max(floor, at - 60), min(ceiling, at + 40)):
        d = abs(m.start - at)
        if best is None or d < best[0]:
            best = (d, lex.service_operator.get(m.key, m.key))
    return best[1] if best else None


def _basis(text: str, lang: Language, lex: Lexicon, start: int, end: int, speakers: set[str], paragraph: tuple[int, int]) -> tuple[str, str | None]:
    """Who states the sentence: (basis, the operator that speaks when one is named)."""
    if lang.cues["speculation"].search(text, start, end):
        return "speculation", None
    role = lang.cues["operator_speaker"].search(text, start, end)
    if role:
        return "operator", _who(text, lex, role.start, start, end)
    sentence = text[start:end]
    if any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence) for name in speakers):
        return "operator", None
    if lang.cues["citation"].search(text, start, end):
        return "media", None
    # A quote in the same paragraph attributed to a spokesperson or the company.
    p_start, p_end = paragraph
    if any(c in text[p_start:p_end] for c in _QUOTE_CHARS):
        role = lang.cues["operator_speaker"].search(text, p_start, p_end)
        if role:
            return "operator", _who(text, lex, role.start, p_start, p_end)
        if any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text[p_start:p_end]) for name in speakers):
            return "operator", None
    # A company is the subject that says it ("WhatsApp said", "Meta mengatakan", "Cloudflare said").
    verb = lang.cues["speech"].search(text, start, end)
    if verb is not None:
        who = _who(text, lex, verb.start, start, verb.start)
        if who is not None:
            return "operator", who
    return "media", None
