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


def operator_speakers(text: str, lang: Language, spans: list[tuple[int, int]]) -> set[str]:
    """Surnames of people the article introduces with an operator role ("CEO WhatsApp, Jan Koum")."""
    names: set[str] = set()
    roles = lang.cues["operator_speaker"]
    for start, end in spans:
        for role in roles.finditer(text, start, end):
            tail = text[role.end : min(end, role.end + 60)]
            # skip the company ("CEO WhatsApp, Jan Koum" / "juru bicara Meta Joshua Breckman")
            m = re.match(r"^(?:\s(?:of\s)?[A-Z][\w&.'-]*){0,2}(?:,)?\s((?:[A-Z][\w'-]+\s?){1,3})", tail)
            if m:
                parts = m.group(1).split()
                if parts:
                    names.add(parts[-1])
    return names


def find_cause(text: str, lang: Language, lex: Lexicon, start: int, end: int, speakers: set[str], paragraph: tuple[int, int]) -> CauseMention | None:
    sentence = text[start:end]
    low_basis = _basis(text, lang, lex, start, end, speakers, paragraph)
    undisclosed = lang.cues["undisclosed"].search(text, start, end)
    becauses = lang.cues["because"].finditer(text, start, end)
    best: tuple[int, int, CauseMention] | None = None
    denial = lang.cues["denial"]
    for because in becauses:
        window_end = min(end, because.end + 90)
        for cue in lang.causes.finditer(text, because.start, window_end):
            head = text[max(start, cue.start - 24) : cue.start]
            if denial.search(head) or denial.search(text[max(start, because.start - 12) : because.start]):
                continue
            rank = (cue.start - because.end, _RANK.get(cue.key, 99))
            mention = CauseMention(start, end, cue.key, low_basis, cue.start, cue.end)
            if best is None or rank < best[:2]:
                best = (*rank, mention)
    if best is not None:
        return best[2]
    if undisclosed is not None:
        return CauseMention(start, end, "undisclosed", "operator" if low_basis == "operator" else "media", undisclosed.start, undisclosed.end)
    del sentence
    return None


def _basis(text: str, lang: Language, lex: Lexicon, start: int, end: int, speakers: set[str], paragraph: tuple[int, int]) -> str:
    if lang.cues["speculation"].search(text, start, end):
        return "speculation"
    if lang.cues["operator_speaker"].search(text, start, end):
        return "operator"
    if lang.cues["citation"].search(text, start, end):
        return "media"
    sentence = text[start:end]
    if any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence) for name in speakers):
        return "operator"
    # A quote in the same paragraph attributed to a spokesperson or the company.
    p_start, p_end = paragraph
    if any(c in text[p_start:p_end] for c in _QUOTE_CHARS):
        if lang.cues["operator_speaker"].search(text, p_start, p_end):
            return "operator"
        if any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text[p_start:p_end]) for name in speakers):
            return "operator"
    # The operator or service is the subject that says it ("WhatsApp said", "Meta mengatakan").
    if lex.operators.search(text, start, end) or lex.services.search(text, start, end):
        if lang.cues["speech"].search(text, start, end):
            return "operator"
    return "media"
