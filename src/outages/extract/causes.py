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
from functools import lru_cache
from dataclasses import dataclass

from ..lexicon import Language, Lexicon, window_start
from .services import relative_aside

# Categories in tie-break order: the more specific first.
ORDER = (
    "dns", "configuration_change", "cyberattack", "power", "datacenter", "natural_disaster",
    "government", "maintenance", "capacity", "hardware", "software_bug", "third_party", "network",
)
_RANK = {c: i for i, c in enumerate(ORDER)}
SUPPLIED_KINDS = frozenset({"hardware", "software_bug", "network"})  # technical faults a supplier's product can hold
SUPPLIED_REACH = 48  # characters from the fault's phrase to the words that name its supplier
WINDOW = 90  # characters between a causal word and the category phrase
NEAR_CHARS = 40  # a phrase this close to its causal word beats a farther one of any category
WITHHELD_NEGATION_WORDS = 4  # words from a negation to its verb of telling ("tidak pernah secara resmi menjelaskan")
WITHHELD_OBJECT_REACH = 100  # ... and between that verb and the cause it did not tell
TEMPORAL_WINDOW = 24  # ... when the causal word is one of time ("setelah", "after a")
# Categories whose phrases name a cause even without a causal word ("a DDoS attack hit ...").
STRONG_WITHOUT_CUE = frozenset({"dns", "configuration_change", "cyberattack", "power", "datacenter", "natural_disaster", "government", "maintenance", "capacity", "hardware"})
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
    """Names of people the article introduces with an operator role ("CEO Telegram, Pavel
    Durov", "EVP Corporate Communication BCA Hera F Haryn"): first name and surname, since
    later sentences use either ("kata Hera", "Durov said")."""
    names: set[str] = set()
    roles = lang.cues["person_role"]
    calendar_words = set(lang.months) | set(lang.month_abbreviations) | set(lang.weekdays)
    for start, end in spans:
        for role in roles.finditer(text, start, end):
            # the capitalised run after the role, over joiners ("and", "of", "dan") and one comma
            stop = min(end, role.end + 120)
            words = _ROLE_TAIL.findall(text, role.end, stop)
            if stop < end and words:
                words.pop()  # may be cut by the window
            run: list[str] = []
            for w in words:
                if w[:1].isupper():
                    run.append(w)
                elif w in ",()":
                    run.append(",")  # "(Komdigi)" and commas end a name
                elif w.lower() in _ROLE_JOINERS:
                    if run:  # ("Director of Corporate Affairs ...": the role goes on)
                        run.append("")  # a joiner breaks the name but not the run
                else:
                    break
            while run and run[-1] == ",":
                run.pop()
            # the person is the last names of the run: no acronym ("BCA"), no joiner, no comma
            def plain(w: str) -> bool:
                return bool(w) and w != "," and not (w.isupper() and len(w) > 1) and w not in calendar_words and not _organisation_or_place(w)

            person: list[str] = []
            for k in range(len(run) - 1, -1, -1):
                w = run[k]
                if not plain(w):
                    # "District Judge Yvonne Gonzalez Rogers": a surname that is also a company's
                    # name ends a run of two plain names
                    if person or not (w and k >= 2 and all(plain(x) and roles.whole(x) is None for x in run[k - 2 : k])):
                        break
                person.append(w)
                if len(person) == 3:
                    break
            if len(person) >= 2:  # a full name; one capitalised word may be a company
                names |= {w for w in person if len(w) > 1}
    return names


@lru_cache(maxsize=4096)
def _organisation_or_place(word: str) -> bool:
    """'Indonesia' in "Garuda Indonesia Rudi Hartono", 'Telkomsel' in "Direktur Telkomsel ..."
    (kept per word: the lexicon is loaded once)."""
    from .. import lexicon

    lex = lexicon.load()
    return any(m.search(word) is not None for m in (lex.regions, lex.services, lex.operators))


_ROLE_TAIL = re.compile(r"[\w'&.-]+|[,()]")
_ROLE_JOINERS = frozenset({"and", "of", "for", "dan", "&"})


def cause_clause(text: str, lang: Language, start: int, end: int, after_outage: bool = True) -> tuple[int, int] | None:
    """Where text[start:end] states why an outage happened: from the first causal word after
    an outage word (or anywhere, `after_outage=False`: "akar masalahnya adalah ...") —
    "down karena ...", "caused by"; not a temporal "after" — to a clause word that opens
    something else ("..., sedangkan ..."), or None."""
    first_outage = lang.cues["outage"].search(text, start, end) if after_outage else None
    if after_outage and first_outage is None:
        return None
    for because in lang.cues["because"].finditer(text, first_outage.end if first_outage else start, end):
        temporal = lang.cues["because_temporal"].search(text, because.start, because.end)
        if temporal is None or temporal.end != because.end:
            brk = lang.cues["clause_break"].search(text, because.end, end)
            return because.start, brk.start if brk is not None else end
    return None


SET_ASIDE_WORDS = 3  # "than an attack", "rather than a cyberattack": the word and an article before the cause


def _set_aside(text: str, lang: Language, start: int, at: int) -> bool:
    """A cause right after a word that sets it aside for another, with at most an article
    between ("looked more like a database problem than an attack", "ketimbang serangan
    siber"): the alternative not taken, no cause (not "slower than usual due to a cable cut")."""
    m = lang.cues["set_aside"].search(text, max(start, window_start(text, at, SET_ASIDE_WORDS)), at)
    if m is None:
        return False
    determiners = {w.lower() for w in lang.cue_forms["name_determiners"]}
    return all(w.lower() in determiners for w in text[m.end : at].split())


def _may_state_cause(text: str, lang: Language, start: int, end: int) -> bool:
    """What find_cause needs to find anything in text[start:end]: a cause phrase (every cause
    it weighs is a match of lang.causes inside the span), or a word that the cause is not
    told ("undisclosed", or the verb of telling that _withheld starts from). A sentence with
    none of them (five in six) is passed with three look-ups instead of the whole reading.
    (A scan of a part of the span finds nothing where a scan of the whole span finds nothing.)"""
    return (lang.causes.search(text, start, end) is not None
            or lang.cues["undisclosed"].search(text, start, end) is not None
            or lang.cues["withheld_tell"].search(text, start, end) is not None)


def find_cause(text: str, lang: Language, lex: Lexicon, start: int, end: int, speakers: set[str], paragraph: tuple[int, int], outage_sentence: bool = False,
               in_quotation: bool = False) -> CauseMention | None:
    """The cause text[start:end] states, and who states it. `in_quotation`: the sentence starts
    inside a quotation opened before it (a quoted statement of several sentences)."""
    if not _may_state_cause(text, lang, start, end):
        return None
    # who states it, read only once a cause is found (most sentences state none)
    said: dict[bool, tuple[str, str | None]] = {}

    def basis(cue_end: int | None = None) -> tuple[str, str | None]:
        # a guess told in a later clause of its own is no guess at this cause
        guess_after = cue_end is not None and _guess_in_later_clause(text, lang, cue_end, end)
        if guess_after not in said:
            said[guess_after] = _basis(text, lang, lex, start, end, speakers, paragraph, guess_from=cue_end if guess_after else None, in_quotation=in_quotation)
        return said[guess_after]

    undisclosed = lang.cues["undisclosed"].search(text, start, end)
    if undisclosed is not None:
        # "belum jelas kapan ... akan kembali", "it was unclear how many users": unknown, but not the cause
        other = lang.cues["undisclosed_other"].search(text, undisclosed.end, min(end, undisclosed.end + 16))
        if other is not None and not text[undisclosed.end : other.start].strip(" ,"):
            undisclosed = None
    if undisclosed is None:
        undisclosed = _withheld(text, lang, start, end)
    denial = lang.cues["denial"]
    best: tuple[int, bool, int, int, CauseMention] | None = None

    contrast = lang.cues["contrast"]

    def denied(at: int, reach: int) -> bool:
        """A denial shortly before `at`, not cut off by a contrast ("not X but Y")."""
        lo = max(start, at - reach)
        for c in contrast.finditer(text, lo, at):
            lo = c.end
        return denial.search(text, lo, at) is not None

    location = lang.cues["cause_location"]
    supplied = lang.cues["supplied_by"]
    pending = lang.cues["cause_pending"]

    def located(at: int) -> bool:
        return location.search(text, max(start, window_start(text, at, 4)), at) is not None

    # "a flood of complaints", "a storm of criticism": a cause's word in a phrase that names
    # none (looked up once a cause word is met: most sentences have none)
    figures: list | None = None

    def consider(cue, tier: int, distance: int) -> None:
        nonlocal best, figures
        if figures is None:
            figures = lang.cues["not_a_cause"].finditer(text, start, end)
        if any(f.start <= cue.start and cue.end <= f.end for f in figures):
            return
        # a phrase tied to a causal word is denied only right before it ("not a cyberattack
        # but ..."); a bare phrase is denied anywhere in its clause ("membantah ... peretasan")
        if _in_service_name(lex, text, cue):
            return  # "lumpuhnya Pusat Data Nasional Sementara": the data centre is the service
        if denied(cue.start, 24 if tier == 0 else 90) or _set_aside(text, lang, start, cue.start):
            return
        category = cue.key
        # "a faulty component in core network equipment provided by a third-party supplier",
        # "software supplied by Ericsson": a technical fault in a supplier's product is the supplier's
        if category in SUPPLIED_KINDS and supplied.search(text, cue.end, min(end, cue.end + SUPPLIED_REACH)) is not None:
            category = "third_party"
        order = _RANK.get(category, 99)
        # "kerusakan perangkat keras ... di pusat data": a data centre named as the place
        # where another cause struck is a place; it is the cause only when nothing else is
        far = distance > NEAR_CHARS
        if cue.key == "datacenter" and located(cue.start):
            # (however near the causal word: "a hardware failure in a network device at one of
            # its data centers caused ...")
            order, far = len(ORDER), True
        # "a hardware fault in the core equipment of the radio network caused ...": the network
        # named as where the failure struck is a place, however near the causal word
        if cue.key == "network" and located(cue.start):
            order, far = len(ORDER), True
        rank = (tier, far, order, distance)  # near the causal word first, then the more specific
        if best is None or rank < best[:4]:
            low_basis, speaker = basis(cue.end)
            best = (*rank, CauseMention(start, end, category, low_basis, cue.start, cue.end, speaker, tier))

    # "karena X", "due to X": the cause follows the cue
    temporal = lang.cues["because_temporal"]
    for because in lang.cues["because"].finditer(text, start, end):
        if denied(because.start, 60):
            continue  # "membantah gangguan terjadi karena peretasan"
        if lang.cues["operation_negation"].search(text, max(start, window_start(text, because.start, 1)), because.start) is not None:
            continue  # "tidak berkaitan dengan upaya peretasan", "not due to": the causal word itself denied
        # "setelah bug pada pustaka ...": a word of time is causal only right before the cause
        when = temporal.search(text, because.start, because.end)
        # ... a little further when it carries an article ("after a technical fault at its network")
        reach = WINDOW if when is None or when.end != because.end else TEMPORAL_WINDOW * (2 if " " in when.text.strip() else 1)
        for cue in lang.causes.finditer(text, because.start, min(end, because.end + reach)):
            # "penyebabnya masih kami telusuri bersama mitra": no cause is stated yet
            if pending.search(text, because.end, cue.start) is not None:
                break
            consider(cue, 0, cue.start - because.end)
    # "X menyebabkan gangguan", "a change that caused the outage": the cause precedes the verb
    forward_starts = None
    for verb in lang.cues["because_backward"].finditer(text, start, end):
        if forward_starts is None:
            forward_starts = {b.start for b in lang.cues["because"].finditer(text, start, end)}
        if verb.start in forward_starts:
            continue  # "was caused by a change": the passive names its cause after it (above)
        # ("a bug in a new version, which had been rolled out before the outage, caused ...":
        # over the relative clause to what comes before it)
        before = _before_relative_clause(text, lang, start, verb.start)
        for cue in lang.causes.finditer(text, max(start, before - WINDOW), verb.start):
            if before < verb.start and before <= cue.start:
                continue  # a cause word inside the relative clause is not the subject
            down = lang.cues["outage"].search(text, cue.end, verb.start)
            if down is not None and down.start - cue.end <= 1 and not text[cue.end : down.start].strip():
                continue  # "the network outage meant customers could not call": what went down, not why
            consider(cue, 0, before - cue.end if cue.end <= before else verb.start - cue.end)
    # a category phrase in a sentence about the outage, with no causal word: weaker
    if best is None and (outage_sentence or lang.cues["speech"].search(text, start, end)):
        for cue in lang.causes.finditer(text, start, end):
            if cue.key in STRONG_WITHOUT_CUE and not _in_relative_aside(text, lang, start, end, cue.start):
                consider(cue, 1, 0)
    if best is not None:
        return best[4]
    if undisclosed is not None:
        # "Meta belum memberikan penjelasan": the company that keeps the cause to itself is
        # named (who), but the outlet tells that it was not told (media); the company's own
        # word ("Meta said it was still investigating") is the operator's
        low_basis, speaker = basis()
        # "tanpa menjelaskan penyebab", "without saying why": the telling denied in the phrase itself
        told_not = lang.cues["withheld_negation"].search(text, undisclosed.start, min(undisclosed.end, undisclosed.start + 12))
        if told_not is not None and told_not.start == undisclosed.start:
            return CauseMention(start, end, "undisclosed", "media", undisclosed.start, undisclosed.end, None)
        if not _speaks(text, lang, start, end) and not in_quotation:
            # "Anthropic hasn't said what caused it": a speech verb denied is no statement (a
            # sentence inside a quotation opened before it speaks: '... said: "We are aware ...
            # The root cause is still being investigated."')
            return CauseMention(start, end, "undisclosed", "media", undisclosed.start, undisclosed.end, None)
        who = (speaker if low_basis == "operator" else None) or _who(text, lang, lex, undisclosed.start, start, undisclosed.start)
        return CauseMention(start, end, "undisclosed", low_basis, undisclosed.start, undisclosed.end, who or speaker)
    return None


def _told_not(text: str, lang: Language, at: int, floor: int) -> bool:
    """A negation or refusal among the few words before `at` ("has not said", "belum menjelaskan")."""
    return lang.cues["withheld_negation"].search(text, max(floor, window_start(text, at, WITHHELD_NEGATION_WORDS)), at) is not None


def _speaks(text: str, lang: Language, start: int, end: int) -> bool:
    """Someone speaks in text[start:end]: a spokesperson or statement is named, or a speech
    verb stands with no negation right before it ("said it was investigating", not "hasn't
    said", "belum menjelaskan"), or the sentence opens a quotation ('"Penyebabnya masih kami
    investigasi."')."""
    if text[start:end].lstrip()[:1] in _QUOTE_CHARS:
        return True
    return any(
        not _told_not(text, lang, m.start, start)
        for cue in ("operator_speaker", "speech")
        for m in lang.cues[cue].finditer(text, start, end)
    )  # "belum memberikan keterangan resmi": a statement denied is none


def _withheld(text: str, lang: Language, start: int, end: int):
    """A cause kept back: a negation, a verb of telling a few words after it, and the cause
    later in the clause ("did not say how many were affected, or what had caused it",
    "tidak pernah secara resmi menjelaskan apa yang menyebabkan gangguan"). The match of the
    cause words, or None."""
    objects = lang.cues["cause_object"]
    for tell in lang.cues["withheld_tell"].finditer(text, start, end):
        if not _told_not(text, lang, tell.start, start):
            continue
        told = objects.search(text, tell.end, min(end, tell.end + WITHHELD_OBJECT_REACH))
        if told is not None:
            return told
    return None


CHANNEL_WORDS = 3  # "on its official X handle": the words of a channel before the name


def _who(text: str, lang: Language, lex: Lexicon, at: int, floor: int, ceiling: int) -> str | None:
    """The operator named closest to a speech verb or a role word ("Cloudflare said",
    "juru bicara Meta", "a Google spokesperson"), or None; not the channel it spoke
    through ("said in a post on X", "melalui akun Instagram")."""
    channel = lang.cues["speech_channel"]

    def through(m) -> bool:
        lead = channel.search(text, max(floor, window_start(text, m.start, CHANNEL_WORDS)), m.start)
        return lead is not None and not text[lead.end : m.start].strip()

    best: tuple[int, str] | None = None
    for m in lex.operators.finditer(text, max(floor, at - 60), min(ceiling, at + 40)):
        d = abs(m.start - at)
        if (best is None or d < best[0]) and not through(m):
            best = (d, m.key)
    for m in lex.services.finditer(text, max(floor, at - 60), min(ceiling, at + 40)):
        d = abs(m.start - at)
        if (best is None or d < best[0]) and not through(m):
            best = (d, lex.service_operator.get(m.key, m.key))
    return best[1] if best else None


def _names_word(name: str, text: str) -> bool:
    """The name stands in the text as a word of its own (the caller has checked that it
    occurs at all, which most sentences fail, so the pattern runs only where it may match)."""
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def _in_service_name(lex: Lexicon, text: str, cue) -> bool:
    """The cause phrase is part of a service's name the text writes ("Pusat Data Nasional")."""
    m = lex.services.search(text, window_start(text, cue.start, SERVICE_NAME_REACH_WORDS), cue.end + SERVICE_NAME_REACH_CHARS)
    while m is not None and m.start <= cue.start:
        if m.end >= cue.end:
            return True
        m = lex.services.search(text, m.end, cue.end + SERVICE_NAME_REACH_CHARS)
    return False


SERVICE_NAME_REACH_WORDS = 4  # a service name may start this many words before the cause phrase
SERVICE_NAME_REACH_CHARS = 40  # ... and end this far after it


def guessing(text: str, lang: Language, start: int, end: int):
    """The first word of guessing in text[start:end] that is not inside a set phrase guessing at
    nothing ("sesegera mungkin", "if possible"), or None."""
    first = lang.cues["speculation"].search(text, start, end)
    if first is None:
        return None  # (most sentences: one look-up)
    phrases = lang.cues["not_speculation"].finditer(text, start, end)
    if not phrases:
        return first
    for g in lang.cues["speculation"].finditer(text, start, end):
        if not any(p.start <= g.start and g.end <= p.end for p in phrases):
            return g
    return None


def _guess_in_later_clause(text: str, lang: Language, cue_end: int, end: int) -> bool:
    """A word of guessing after the cause, in a clause opened after a comma by a word of time or
    a clause word ("disebabkan serangan siber, setelah kelompok ransomware LockBit mengklaim
    ..."): it guesses at something else."""
    guess = guessing(text, lang, cue_end, end)
    if guess is None:
        return False
    comma = text.rfind(",", cue_end, guess.start)
    if comma < 0:
        return False
    opener = lang.cues["because_temporal"].search(text, comma + 1, guess.start) or lang.cues["clause_break"].search(text, comma + 1, guess.start)
    return opener is not None and not text[comma + 1 : opener.start].strip()


PRONOUN_OPENER_CHARS = 32  # "Menurut keterangannya,", "According to him,": an opener of a pronoun's word ends this close to the start


# A line that opens with a handle and a colon is an embedded post ("@kopisusu_senja: telegram
# kenapa dah?? ... diblokir lagi"): a user's word about the cause, however sure it sounds.
_USER_POST = re.compile(r"[ \t]*@\w{1,30}:\s")


def _basis(text: str, lang: Language, lex: Lexicon, start: int, end: int, speakers: set[str], paragraph: tuple[int, int], guess_from: int | None = None,
           in_quotation: bool = False) -> tuple[str, str | None]:
    """Who states the sentence: (basis, the operator that speaks when one is named). `guess_from`:
    a word of guessing from there on guesses at something else (see _guess_in_later_clause)."""
    if guessing(text, lang, start, end if guess_from is None else guess_from) is not None:
        return "speculation", None
    if _USER_POST.match(text, text.rfind("\n", 0, start) + 1, end):
        return "speculation", None  # "@kopisusu: ... diblokir lagi": an embedded post, a user's word
    role = lang.cues["operator_speaker"].search(text, start, end)
    if role:
        return "operator", _who(text, lang, lex, role.start, start, end)
    sentence = text[start:end]
    if any(name in sentence and _names_word(name, sentence) for name in speakers):
        return "operator", None
    # '"Penyebab pastinya masih kami telusuri," kata Mei': a quotation in the company's own
    # voice ("kami", "we"), given to someone no outsider's role names
    quoted = in_quotation or any(q in text[start:end] for q in _QUOTE_CHARS)
    if quoted and lang.cues["first_person_plural"].search(text, start, end) is not None \
            and (_speech_verb_in(text, lang, paragraph[0], paragraph[1]) or _quotation_goes_on(text, lang, paragraph)):
        back = _previous_paragraph(text, paragraph[0])
        role = _last(lang.cues["person_role"], text, back, paragraph[1])
        if role is None or lang.cues["outside_role"].whole(role.text) is None:
            return "operator", _who(text, lang, lex, role.start, back, paragraph[1]) if role is not None else None
    # "The issue was caused by a defect in a software update that was deployed to our login
    # service overnight": a press release, the company's own voice outside any quotation
    # (not a word in capitals: "the US", "SEA-ME-WE 4")
    if not quoted and any(not m.text.isupper() for m in lang.cues["first_person_plural"].finditer(text, start, end)):
        return "operator", None
    # '"A hardware failure was detected in ... . As a precaution, ...," the PSX said': a
    # quotation the company is named as giving, right after it closes
    if quoted:
        given = _quote_giver(text, lang, lex, start, paragraph[1])
        if given is not None:
            return "operator", given
    cited = lang.cues["citation"].search(text, start, end)
    opener = lang.cues["pronoun_speech"].search(text, start, min(end, start + PRONOUN_OPENER_CHARS))
    if opener is not None and cited is not None and opener.start <= cited.start < opener.end:
        cited = None  # "According to her, ...": a pronoun's word (read below), no citation
    if cited is not None:
        # "according to Microsoft": the company itself, cited (another company's word is the
        # media's: the incident's report checks the speaker against its operators)
        # "menurut keterangan BNI", "according to a statement from Akamai": the one who made it
        statement = lang.cues["statement_nouns"].search(text, cited.end, min(end, cited.end + 40))
        if statement is not None and not text[cited.end : statement.start].strip():
            cited = statement
        next_word = text[cited.end : cited.end + 30].split(None, 1)
        named = bool(next_word) and not next_word[0][:1].islower()
        channel = lang.cues["speech_channel"].search(text, cited.start, cited.end)
        if named and channel is not None and (channel.start, channel.end) == (cited.start, cited.end):
            pass  # "said via Twitter": where it was said, not who said it (read on below)
        else:
            who = _who(text, lang, lex, cited.end, cited.end, min(end, cited.end + 30)) if named else None
            return ("operator", who) if who is not None else ("media", None)
    # A quote in the same paragraph attributed to a spokesperson or the company.
    p_start, p_end = paragraph
    if any(c in text[p_start:p_end] for c in _QUOTE_CHARS):
        role = lang.cues["operator_speaker"].search(text, p_start, p_end)
        if role:
            return "operator", _who(text, lang, lex, role.start, p_start, p_end)
        paragraph_text = text[p_start:p_end]
        if any(name in paragraph_text and _names_word(name, paragraph_text) for name in speakers):
            return "operator", None
    # "Ia menyebut kendala berasal dari ...", "He said the fault ...": a pronoun that speaks, for
    # the spokesperson the paragraph (or the one before) introduced
    # ("Namun ia mengatakan ...", "But he said ...": after a word of contrast)
    lead = lang.cues["contrast"].search(text, start, min(end, start + 12))
    head = lead.end if lead is not None and not text[start : lead.start].strip(" \"“'‘") else start
    pronoun = lang.cues["pronoun_subject"].search(text, head, min(end, head + 12))
    # ("Menurutnya, kendala bersumber dari ...", "According to her, ...": a pronoun's word opens it)
    if (opener is not None and not text[start : opener.start].strip(" \"“'‘")) or (
        pronoun is not None and not text[head : pronoun.start].strip(" ,\"“'‘") and lang.cues["speech"].search(text, pronoun.end, end) is not None
    ):
        # (the person may be named a paragraph or two before: "Corporate Secretary BNI, Rizal,
        # membenarkan ..." / "Menurut dia, kendala dipicu ...")
        back = _previous_paragraph(text, _previous_paragraph(text, p_start))
        role = _last(lang.cues["person_role"], text, back, start) or _last(lang.cues["operator_speaker"], text, back, start)
        if role is not None and lang.cues["outside_role"].whole(role.text) is not None:
            return "media", None  # "Ana Li, an analyst at Gartner, ... According to her, ...": an outsider's word
        if role is not None or any(name in text[back:start] and _names_word(name, text[back:start]) for name in speakers):
            return "operator", _who(text, lang, lex, role.start, back, start) if role is not None else None
    # '"Kami menemukan bug ...," ujarnya': a quotation given (in this sentence or later in the
    # paragraph) to a person named before, in this paragraph or the one before; the operator's
    # word unless that person is an outsider
    if any(q in text[start:end] for q in _QUOTE_CHARS) and lang.cues["pronoun_speech"].search(text, start, p_end) is not None:
        role = _last(lang.cues["person_role"], text, _previous_paragraph(text, _previous_paragraph(text, p_start)), start)
        if role is not None and lang.cues["outside_role"].whole(role.text) is None:
            return "operator", _who(text, lang, lex, role.start, role.start, start)
    # A company is the subject that says it ("WhatsApp said", "Meta mengatakan", "Cloudflare said").
    # ("In an advisory posted on its pages, the state-run lender said ...": a speech word in an
    # opening phrase speaks for no one; the next one may)
    verbs = lang.cues["speech"].finditer(text, start, end)
    for verb in verbs:
        who = _who(text, lang, lex, verb.start, start, verb.start)
        if who is None and text[start : verb.start].rstrip()[-1:] in (",", '"', "”"):
            who = _who(text, lang, lex, verb.end, verb.end, end)  # '..., kata Telkomsel'
        if who is not None:
            return "operator", who
        if _company_subject(text, lang, start, verb.start):
            return "operator", None
    if verbs:
        # "Zorkbook said ...": a name the lexicon lacks speaks; the incident's report takes it
        # as the operator's word only when the name is one of the incident's services
        named = _SUBJECT_NAME.search(text, start, _before_gap_words(text, lang, start, verbs[0].start))
        if named is not None:
            return "media", named.group(1)
    return "media", None


RELATIVE_CLAUSE_CHARS = 120  # ", which had been rolled out shortly before the outage,": how long a clause may be


def _in_relative_aside(text: str, lang: Language, start: int, end: int, at: int) -> bool:
    """text[at] stands in an aside set off by commas that opens with a relative pronoun: it
    tells what something is or does, not why the outage happened ("a failure in Akamai's
    Prolexic service, which protects customers from denial-of-service attacks, knocked out")."""
    comma = text.rfind(",", start, at)
    if comma < 0:
        return False
    aside = relative_aside(text, lang, comma, end)
    return aside is not None and at < aside.end()


def _before_relative_clause(text: str, lang: Language, start: int, at: int) -> int:
    """Where a relative clause set off by commas right before `at` begins (", which ...,
    caused"), or `at` when there is none."""
    if not text[max(start, at - 3) : at].rstrip().endswith(","):
        return at
    floor = max(start, at - RELATIVE_CLAUSE_CHARS)
    comma = text.rfind(",", floor, len(text[:at].rstrip()) - 1)
    if comma < floor:
        return at
    rel = lang.cues["relative_pronouns"].search(text, comma + 1, min(at, comma + 12))
    return comma if rel is not None and not text[comma + 1 : rel.start].strip() else at


def _speech_verb_in(text: str, lang: Language, start: int, end: int) -> bool:
    """A verb of saying in text[start:end] ("said", "kata", "he added")."""
    return lang.cues["speech"].search(text, start, end) is not None or lang.cues["pronoun_speech"].search(text, start, end) is not None


def _quotation_goes_on(text: str, lang: Language, paragraph: tuple[int, int]) -> bool:
    """A paragraph that is a quotation on its own, after a paragraph of quoted speech: the
    same speaker goes on ('"... Service has now been fully restored," the statement read.'
    then '"The root cause ... is under investigation, and we will provide further updates."')."""
    own = text[paragraph[0] : paragraph[1]].strip()
    if not own or own[0] not in _QUOTE_CHARS:
        return False
    back = _previous_paragraph(text, paragraph[0])
    before = text[back : paragraph[0]]
    return any(q in before for q in _QUOTE_CHARS) and _speech_verb_in(text, lang, back, paragraph[0])


def _previous_paragraph(text: str, p_start: int) -> int:
    """Where the paragraph before the one at `p_start` begins (blank lines skipped)."""
    at = len(text[:p_start].rstrip())
    return text.rfind("\n", 0, at) + 1 if at else 0


def _last(matcher, text: str, start: int, end: int):
    """The last match of `matcher` in text[start:end], or None."""
    last = None
    for last in matcher.finditer(text, start, end):
        pass
    return last


SUBJECT_LEAD_WORDS = 3  # "- The", "The Chinese": words before the company's word
SUBJECT_TAIL_WORDS = 4  # "asal China itu": words between it and the verb


QUOTE_GIVER_CHARS = 40  # '...," the PSX said': from the closing quotation mark to the speech verb


def _quote_giver(text: str, lang: Language, lex: Lexicon, start: int, p_end: int) -> str | None:
    """The operator named as giving the quotation `start` is in: a speech verb right after the
    quotation closes, in the same paragraph, with a known operator or service beside it."""
    close = min((i for i in (text.find('"', start + 1, p_end), text.find("”", start, p_end)) if i >= 0), default=-1)
    if close < 0 or text[start] == '"' and close == start:
        return None
    verb = lang.cues["speech"].search(text, close, min(p_end, close + QUOTE_GIVER_CHARS))
    if verb is None:
        return None
    return _who(text, lang, lex, verb.start, close, min(p_end, verb.end + QUOTE_GIVER_CHARS))


def _company_subject(text: str, lang: Language, start: int, at: int) -> bool:
    """A word for the company heads the clause before the speech verb at `at` ("It said the
    root cause was ...", "The telco says ...", "In a statement, the bank said ...",
    "Pengembang asal China itu menyebut ..."); not a name that starts with one ("Bank
    Indonesia mengatakan", "Service NSW said")."""
    head = max(start, text.rfind(",", start, at) + 1)
    if head > start and lang.cues["subject_close"].whole(text[head:at].strip()) is not None and not any(q in text[start:at] for q in _QUOTE_CHARS):
        # "perusahaan asal Amerika Serikat yang berkantor pusat di San Francisco, California,
        # itu menyebut", "The company, headquartered in San Francisco, also said": a word
        # closes a subject whose asides hold commas (a verb right after the last comma does not:
        # tried, dev basis .855 -> .850)
        m = lang.cues["company_subject"].search(text, start, at)
        if m is None:
            return False
        if not text[m.start].islower():
            # (not a name that starts with the word: "Bank Indonesia"; the sentence's first
            # word is capitalised anyway: "Perusahaan yang berbasis di Sydney, Australia, itu")
            after = text[m.end : at].split()
            if text[start:m.start].strip(" \"“'‘") or not after or not after[0][:1].islower():
                return False
        lead = text[max(start, text.rfind(",", start, m.start) + 1) : m.start]  # after "Melalui halaman statusnya,"
        return len(lead.split()) <= SUBJECT_LEAD_WORDS
    m = lang.cues["company_subject"].search(text, head, at)
    if m is None:
        return False
    lead, tail = text[head : m.start].split(), text[m.end : at].split()
    if len(lead) > SUBJECT_LEAD_WORDS or len(tail) > SUBJECT_TAIL_WORDS or any(q in text[head:at] for q in _QUOTE_CHARS):
        return False
    return not (tail and tail[0][:1].isupper())


def _before_gap_words(text: str, lang: Language, start: int, at: int) -> int:
    """Where the words before `at` end once a verb's gap words are left off ("Zorkpay has
    blamed", "Zorkpay also said": right after "Zorkpay "), or `at` when there are none."""
    from .names import _gap_words  # (names imports this module: read when first needed)

    gap = _gap_words(lang)
    words = text[start:at].rstrip().split(" ")
    kept = len(words)
    while kept and words[kept - 1].lower() in gap:
        kept -= 1
    return at if kept == len(words) else start + len(" ".join(words[:kept])) + 1


_SUBJECT_NAME = re.compile(r"((?:[A-Z][\w&.-]*\s){0,2}[A-Z][\w&.-]*)\s+$")  # the capitalised words right before the verb
