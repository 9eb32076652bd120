"""Services named as disrupted.

A service mention in an outage sentence counts unless the words around it make
it a bystander: a rival that gained users ("saingan seperti Telegram", "rivals
such as Signal"), the owner of the service ("layanan milik Facebook",
"Facebook-owned"), or the place people complained ("keluhan di Twitter",
"took to X"). A bystander status carries over a list: "Telegram, Snap, atau
Instagram" are all rivals when the list starts after "saingan seperti".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..lexicon import Language, Lexicon, Match, window_start

# (an owner's name may stand before the next one: "ChatGPT or Google's Gemini")
_LIST_GAP = re.compile(r"^[\s,/&;]*(?:(?:dan|atau|and|or|serta|maupun|bahkan|even|juga|plus|as well as|hingga)\b[\s,]*)*(?:\w[\w.&-]*(?:'s|’s)\s+)?$", re.I)
ROLE_AFTER_CHARS = 40  # "Banglalink official": from the employer to its person's role
VENUE_PEOPLE_WORDS = 8  # "pengguna disarankan memantau akun resmi ... di Twitter": people this many words before the venue word


@dataclass(frozen=True)
class ServiceMention:
    start: int
    end: int
    text: str
    key: str
    bystander: bool
    speaker: bool = False  # the service (its operator) speaks: "Telkomsel sebut ...", "Slack said ..."


def _ends_a_name(text: str, at: int, pos: int, lang: Language) -> bool:
    """A capitalised word stands right before `at`, one space apart: a name's, not the
    sentence's first word nor a common word ("Pelanggan XL", "Layanan X")."""
    if at - 2 < pos or text[at - 1] != " " or not text[at - 2].isalnum():
        return False
    head = text[pos : at - 1].rstrip()
    word = head.rsplit(None, 1)[-1]
    from .names import _common_words, _marked_name

    if len(word) == len(head.lstrip(" \"“'‘([")) and not _marked_name(word):
        return False  # the sentence's first word, unless written like a name ("PermataMobile X")

    return word[:1].isupper() and word.lower() not in _common_words(lang)


_SHORT_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z0-9&]{1,9})\)")
_SPELLING_JOINERS = frozenset({"of", "and", "&", "for", "dan", "the"})  # lower-case words inside a spelled-out name
SPELLED_WORDS = 8  # the words before a short name in brackets that may spell it out


def _initials_before(text: str, at: int) -> tuple[str, int]:
    """The initials of the run of capitalised words (and joiners) that ends right before
    `at`, and where the run starts ("Nairobi Securities Exchange " -> ("NSE", ...))."""
    words = list(re.finditer(r"\S+", text[max(0, at - 120) : at]))[-SPELLED_WORDS:]
    base = max(0, at - 120)
    initials = ""
    start = at
    for w in reversed(words):
        word = w.group().strip(",;:")
        if word != w.group():
            break  # a comma or colon ends the name
        if word[:1].isupper() and word[:1].isalpha():
            initials = word[0] + initials
            start = base + w.start()
        elif word.lower() not in _SPELLING_JOINERS:
            break
    return initials, start


def redefined(text: str, lex: Lexicon) -> tuple[frozenset[str], frozenset[int]]:
    """Listed names that this article uses for something else, found where it spells a short
    name out before it in brackets:
    - a listed short name given as the initials of another name than the one the lexicon
      spells it out as ("the Nairobi Securities Exchange (NSE)": not India's National Stock
      Exchange), every mention of it in the article; a short name the lexicon never spells
      out stays ("First National Bank (FNB)");
    - a listed name that ends a longer name whose short form follows in brackets ("Permanent
      TSB (PTSB)": not the British TSB), that one mention.
    Returns (the short names, the starts of the single mentions)."""
    shorts: set[str] = set()
    starts: set[int] = set()
    for br in _SHORT_IN_BRACKETS.finditer(text):
        short = br.group(1)
        at = br.start()
        head = text[:at].rstrip()
        if len(head) == at:
            continue  # "(" right after a word: no short name given
        listed = lex.services.search(text, br.start(1), br.end(1))
        if listed is not None and listed.start == br.start(1) and listed.end == br.end(1):
            initials, run = _initials_before(text, len(head) + 1)
            same = lex.services.search(text, run, len(head))
            # (the last capitalised words' initials: "The Nairobi Securities Exchange (NSE)")
            if len(short) >= 3 and initials.upper().endswith(short.upper()) and (same is None or same.key != listed.key) \
                    and short.upper() in lex.spelled_out.get(listed.key, ()):
                shorts.add(short)
            continue
        tail = lex.services.search(text, max(0, len(head) - 40), len(head))
        if tail is None or tail.end != len(head) or tail.text == short or not short.endswith(tail.text):
            continue
        initials, _ = _initials_before(text, tail.start)
        prefix = short[: len(short) - len(tail.text)]
        if prefix and initials.endswith(prefix):  # ("Customers of Permanent TSB (PTSB)": the last initials)
            starts.add(tail.start)
    return frozenset(shorts), frozenset(starts)


RIVAL_WORDS = 6  # "beralih ke (dompet digital lain seperti) Telegram": a word of gain this close before
RIVAL_LIST_WORDS = 14  # "turned to taxis and other ride-hailing apps such as Gojek": farther over a list lead


def _rival_reach(text: str, lang: Language, gain_end: int, at: int) -> int:
    """How many words before a service a word of gain may stand: farther when a list lead ("such
    as", "seperti") comes between."""
    return RIVAL_LIST_WORDS if lang.cues["list_lead"].search(text, gain_end, at) is not None else RIVAL_WORDS


_TITLE_NAME = re.compile(r"(?:\s+[A-Z][\w.&-]*){0,8},\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3},")
TITLE_WORDS = 6  # "Head of Public Affairs Shopee Indonesia": a role this many words before the employer


def _in_a_title(text: str, lang: Language, lex: Lexicon, m, pos: int, endpos: int) -> bool:
    """The service is the employer in a person's title: a role word a few words before it, and
    the person's name set off by commas right after it ("juru bicara Telkomsel, Andi Saputra,")."""
    role = lang.cues["person_role"].search(text, max(pos, window_start(text, m.start, TITLE_WORDS)), m.start)
    if role is None or lex.services.search(text, role.end, m.start) is not None:
        return False
    return _TITLE_NAME.match(text, m.end, endpos) is not None


def _renamed(text: str, lang: Language, end: int, at: int) -> bool:
    """Only a word of a former name between two names ("X, formerly Twitter", "X (dulu Twitter)")."""
    cue = lang.cues["former_name"].search(text, end, at)
    return cue is not None and not text[end : cue.start].strip(" ,(") and not text[cue.end : at].strip()


def _hosts(text: str, lang: Language, after_previous: int, at: int) -> bool:
    """A host word right before the service ("di", "in", "on"), and an outage word between it
    and the service named before: the service named before failed inside this one."""
    lead = lang.cues["host_lead"].search(text, max(after_previous, window_start(text, at, 1)), at)
    if lead is None or text[lead.end : at].strip():
        return False
    return lang.cues["outage"].search(text, after_previous, lead.start) is not None \
        or lang.cues["outage_after_service"].search(text, after_previous, lead.start) is not None


def find_services(text: str, lang: Language, lex: Lexicon, pos: int, endpos: int) -> list[ServiceMention]:
    service_matches = lex.services.finditer(text, pos, endpos)
    if not service_matches:
        return []  # no service named: nothing below would find one
    complaint = lang.cues["complaint"].search(text, pos, endpos) is not None
    gains = lang.cues["rival_gain"].finditer(text, pos, endpos)
    speaks = lang.cues["speech"].search(text, pos, endpos) is not None
    bystander_before = lang.cues["service_bystander"]
    bystander_after = lang.cues["service_bystander_after"]
    maker = lang.cues["maker_lead"]
    venue = lang.cues["venue"]
    people = lang.cues["venue_people"]
    speech = lang.cues["speech"]
    out: list[ServiceMention] = []
    previous: ServiceMention | None = None
    owner_of = None  # the words after the last name that made it an owner (", induk usaha")
    for m in service_matches:
        if len(m.text) == 1 and not _standalone(text, m.start, m.end):
            continue  # "X" inside "[bold]X[/bold]" or "x/X" is no service
        if not lex.alias_counts_in(m.text, lang.code):
            continue  # "WA" in English is Western Australia
        if len(m.text) <= 2 and _ends_a_name(text, m.start, pos, lang):
            continue  # "PermataMobile X", "Galaxy S": the last word of another name
        # "saingan seperti Telegram", "keluhan di Twitter": the cue speaks of the next service only
        cue = bystander_before.search(text, max(pos, window_start(text, m.start, 4)), m.start) \
            or maker.search(text, max(pos, window_start(text, m.start, 4)), m.start)  # "besutan Konami": the maker
        # ... unless another name comes between ("layanan milik Microsoft, Azure": the owner is Microsoft)
        by = cue is not None and lex.services.search(text, cue.end, m.start) is None and lex.operators.search(text, cue.end, m.start) is None
        if by and owner_of is not None and owner_of.start <= cue.start and cue.end <= owner_of.end:
            by = False  # "Telkomsel, induk usaha MAXstream": the cue made the name before it the owner
        # "rival Akamai suffered an outage": a service that is itself the outage's subject is no bystander
        hit = lang.cues["outage"].search(text, m.end, min(endpos, m.end + 40))
        if by and hit is not None and (not text[m.end : hit.start].strip() or _OWNS_WHAT_FAILED.match(text[m.end : hit.start])):
            by = False  # ... or what it owns failed ("rival Alibaba Cloud's Hong Kong region went down")
        after = bystander_after.search(text, m.end, min(endpos, m.end + 24))
        # (a capitalised word there goes on the name: "DBS Group", not "Facebook group")
        owner_of = None
        if after is not None and after.start - m.end <= 1 and not text[after.start].isupper():
            by = True
            owner_of = after
        # "tulis pengguna Twitter @galih", "said X user @kestrel": where someone posted
        if _HANDLE_AFTER.match(text, m.end, min(endpos, m.end + 40)):
            by = True
        # "Salesforce's cloud platform Heroku": the owner of the service named next
        owned = _OWNER_OF.match(text, m.end, min(endpos, m.end + 48))
        if owned is not None:
            named = lex.services.search(text, owned.end(), min(endpos, owned.end() + 30))
            by = by or (named is not None and named.start == owned.end())
        said = speech.search(text, m.end, min(endpos, m.end + 14))
        speaker = said is not None and said.start - m.end <= 2 and not _cites(lang, text, said)  # not "Viber, according to NetBlocks"
        # '"...," tulis Cloudflare', '"...," said Google': the quote's speaker follows the verb
        said = speech.search(text, max(pos, window_start(text, m.start, 1)), m.start)
        speaker = speaker or (said is not None and not text[said.end : m.start].strip() and text[max(pos, said.start - 3) : said.start].rstrip()[-1:] in _QUOTE_END)
        # "Head of Public Affairs Shopee Indonesia, Rizky Amalia, membenarkan ...": the employer
        # named in a person's title speaks through that person
        speaker = speaker or _in_a_title(text, lang, lex, m, pos, endpos)
        speaker = speaker or before_a_role(text, lang, m.end, endpos)
        # "layanan seluler Telkomsel tidak terdampak", "Google Search was not affected"
        if lex.service_kind.get(m.key) == "social":
            place = venue.search(text, max(pos, window_start(text, m.start, 3)), m.start)
            if place is not None:  # "Access to Facebook ... was restored": what was lost, not a venue
                lost = lang.cues["venue_not_after"].search(text, max(pos, window_start(text, place.start, 2)), place.start)
                if lost is not None and not text[lost.end : place.start].strip():
                    place = None
                # ... nor "unable to access Twitter": the word of what was lost between them
                elif lang.cues["venue_not_after"].search(text, place.end, m.start) is not None:
                    place = None
            # ... where people complained, or where people or accounts spoke ("O2 customers on
            # Twitter suggested ...", "memantau akun resmi ... di Twitter")
            if place is not None and lex.services.search(text, place.end, m.start) is None and (
                complaint or speaks or people.search(text, max(pos, window_start(text, place.start, VENUE_PEOPLE_WORDS)), place.start) is not None
                or _people_after(text, people, m.end, endpos)  # "On Twitter, some users speculated ..."
            ):
                by = True
        if previous is not None and _LIST_GAP.match(text[previous.end : m.start]) and previous.bystander:
            by = True
        # "On X, formerly Twitter, users posted ...": a former name takes the part of the name before it
        if previous is not None and previous.key == m.key and _renamed(text, lang, previous.end, m.start):
            by = previous.bystander
        # "Meta AI Error di WhatsApp dan Instagram": the app a failed feature lives in
        if not by and previous is not None and not previous.bystander and _hosts(text, lang, previous.end, m.start):
            by = True
        rival = any(
            (g.end <= m.start and window_start(text, m.start, _rival_reach(text, lang, g.end, m.start)) <= g.start and lex.services.search(text, g.end, m.start) is None)  # "beralih ke (dompet digital lain seperti) Telegram"
            or (g.start >= m.end and g.start - m.end <= 60 and lang.cues["outage"].search(text, m.end, g.start) is None)
            for g in gains
        )
        mention = ServiceMention(m.start, m.end, m.text, m.key, by or rival, speaker)
        out.append(mention)
        previous = mention
    out = spare_unaffected(text, lang, lex, out, pos, endpos)
    # A speaking service is a victim only when it speaks of itself: "Google Cloud said its
    # services were down" keeps it; "Telkomsel sebut IndiHome gangguan" keeps only IndiHome.
    others = {m.key for m in out if not m.bystander and not m.speaker}
    if others:
        out = [m if not m.speaker or m.key in others else ServiceMention(m.start, m.end, m.text, m.key, True, True) for m in out]
    return out


VENUE_PEOPLE_AFTER_CHARS = 24  # "On Twitter, some users ...": from the venue's comma to its people


def _people_after(text: str, people, end: int, endpos: int) -> bool:
    """People right after the venue and its comma ("On Twitter, some angry users speculated")."""
    if not text.startswith(",", end):
        return False
    return people.search(text, end + 1, min(endpos, end + 1 + VENUE_PEOPLE_AFTER_CHARS)) is not None


def before_a_role(text: str, lang: Language, end: int, endpos: int) -> bool:
    """A person's role right after the name that ends at `end` ("according to users and a
    Banglalink official", "a Telkomsel spokesperson said"): the name is that person's
    employer, one who speaks."""
    role = lang.cues["person_role"].search(text, end, min(endpos, end + ROLE_AFTER_CHARS))
    return role is not None and role.start - end == 1 and text[end] == " " and text[role.start].islower()


def _cites(lang: Language, text: str, said) -> bool:
    """The speech word cites a source named after it ("according to", "menurut")."""
    cited = lang.cues["citation"].search(text, said.start, said.end)
    return cited is not None and cited.start == said.start


def listed_with_bystanders(text: str, mentions: list[ServiceMention]) -> list[ServiceMention]:
    """A name listed right after a bystander is one too ("apps such as Gojek and Tada", where
    the known Gojek is a rival and Tada a name found in the text)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    out: list[ServiceMention] = []
    for m in mentions:
        if out and out[-1].bystander and not m.bystander and _LIST_GAP.match(text[out[-1].end : m.start]):
            m = _bystander(m)
        out.append(m)
    return out


NORMAL_NEGATION_WORDS = 2  # "was not operating normally", "wasn't" (two tokens): a negation this close before


def denied_normal(text: str, lang: Language, pos: int, endpos: int) -> list[Match]:
    """Words that a service works as usual, right after a negation ("was not operating
    normally", "tidak berjalan normal", "belum sepenuhnya beroperasi normal"): the outage told
    the other way round."""
    negation = lang.cues["operation_negation"]
    out = []
    for m in lang.cues["normal_operation"].finditer(text, pos, endpos):
        neg = negation.search(text, max(pos, window_start(text, m.start, NORMAL_NEGATION_WORDS)), m.start)
        if neg is not None:  # the match runs from the negation ("not operating normally")
            out.append(Match(neg.start, m.end, m.key, text[neg.start : m.end]))
    return out


def unaffected_cues(text: str, lang: Language, pos: int, endpos: int) -> list[Match]:
    """The words that a service was not hit ("was not affected", "berjalan normal"), but not
    inside words that it does not work as usual ("tidak berjalan normal")."""
    found = lang.cues["unaffected"].finditer(text, pos, endpos)
    if found:
        denied = denied_normal(text, lang, pos, endpos)
        if denied:
            return [u for u in found if not any(d.start < u.end and u.start < d.end for d in denied)]
    return found


STILL_USABLE_CHARS = 60  # "could still use Wi-Fi-based messaging apps such as Line": from the words to the service


def spare_unaffected(text: str, lang: Language, lex: Lexicon, mentions: list[ServiceMention], pos: int, endpos: int) -> list[ServiceMention]:
    """Mark as bystanders the services the text says were not hit: "Google Search was not
    affected", the whole list before such a cue ("Xbox Live and Steam were unaffected"), and
    the list a group word refers to ("Verizon and T-Mobile customers also reported problems,
    but both companies said their networks were operating normally")."""
    # "customers could still use Wi-Fi-based messaging apps such as Line", "nasabah masih bisa
    # menggunakan QRIS": the services after a word of still being usable worked
    # (in the same clause: not over a comma or an outage word)
    for lead in lang.cues["still_usable"].finditer(text, pos, endpos):
        mentions = [
            _bystander(m) if 0 <= m.start - lead.end <= STILL_USABLE_CHARS and not any(c in text[lead.end : m.start] for c in ",;")
            and lang.cues["outage"].search(text, lead.end, m.start) is None else m
            for m in mentions
        ]
    unaffected = [u.start for u in unaffected_cues(text, lang, pos, endpos)]
    if not unaffected:
        return mentions
    mentions = sorted(mentions, key=lambda m: m.start)
    # a bystander between the service and the cue does not cut them apart ("WhatsApp, yang
    # juga dimiliki Facebook, tetap berjalan normal")
    names = [(m.start, m.key) for m in mentions if not m.bystander]
    out: list[ServiceMention] = []
    for m in mentions:
        k = bisect_left(unaffected, m.end)  # only cues within 120 characters after the service
        while k < len(unaffected) and unaffected[k] - m.end <= 120:
            if _unaffected_gap(text, m.end, unaffected[k], lang, [a for a, key in names if key != m.key]):
                _spare_list(out, text, m.start)
                m = _bystander(m)
                break
            k += 1
        out.append(m)
    for group in lang.cues["unaffected_group"].finditer(text, pos, endpos):
        if any(0 <= u - group.end <= 60 and not any(group.end <= a < u for a, _ in names) for u in unaffected):
            before = [m for m in out if m.end <= group.start]
            if before:
                last = before.pop()
                _spare_list(before, text, last.start)
                out = before + [_bystander(last)] + [m for m in out if m.end > group.start]
    return out


# "aplikasi Shopee dan pembayaran ShopeePay tidak terdampak", "the Shopee app and the ShopeePay
# wallet were unaffected": a joiner, then a word or two in lower case before the next name
_SPARED_LIST_GAP = re.compile(r"^(?:\s+[a-z][\w-]*)?\s*(?:,\s*)?(?:and|or|dan|atau|serta|maupun|as well as)\s+(?:[a-z][\w-]*\s+){1,2}$")


def _spare_list(mentions: list[ServiceMention], text: str, next_start: int) -> None:
    """Mark as bystanders, in place, the services listed right before `next_start`
    ("Xbox Live and" before "Steam were unaffected")."""
    i = len(mentions) - 1
    while i >= 0 and (_LIST_GAP.match(text[mentions[i].end : next_start]) or _SPARED_LIST_GAP.match(text[mentions[i].end : next_start])):
        mentions[i] = _bystander(mentions[i])
        next_start = mentions[i].start
        i -= 1


def _bystander(m: ServiceMention) -> ServiceMention:
    return ServiceMention(m.start, m.end, m.text, m.key, True, m.speaker)


def _unaffected_gap(text: str, service_end: int, cue_start: int, lang: Language, others: list[int]) -> bool:
    """The unaffected cue speaks of this service: it follows within a clause or an aside
    ("Google Search, which needs no log-in, kept working") with no other service and no
    outage word in between."""
    if not 0 <= cue_start - service_end <= 120:
        return False
    # "ChatGPT, which has seen its own share of outages, was operating normally": an outage
    # word in a relative aside tells of the service's past; a service in it ("Figma, which
    # many Notion-heavy teams use, was working normally") is no clause of its own
    aside = relative_aside(text, lang, service_end, cue_start)
    if aside is not None:
        service_end = aside.end()
    if any(service_end <= a < cue_start for a in others):  # another service's own clause
        return False
    return lang.cues["outage"].search(text, service_end, cue_start) is None


_HANDLE_AFTER = re.compile(r"(?:['’]s)?\s+(?:user\s+|account\s+)?(?:@|r/)\w")  # a service, then a handle or a forum on it ("Twitter @galih", "Reddit's r/bayarea")
_ASIDE = re.compile(r",\s*(\w+)\b[^,.;]*,")  # ", which has seen its own share of outages,"


def relative_aside(text: str, lang: Language, at: int, end: int) -> re.Match | None:
    """The aside set off by commas from text[at] (a comma) that opens with a relative pronoun
    (", which has seen its own share of outages,"), ending before `end`; else None."""
    aside = _ASIDE.match(text, at, end)
    return aside if aside is not None and lang.cues["relative_pronouns"].whole(aside.group(1)) is not None else None
_OWNS_WHAT_FAILED = re.compile(r"['’]s(?:\s+[\w-]+){1,3}\s+$")
_OWNER_OF = re.compile(r"['’]s(?:\s+[a-z][\w-]*){1,3}\s+")
_QUOTE_END = set(',"”’\'')
_ALONE_BEFORE = set(" \t\n(\"'“‘")
_ALONE_AFTER = set(" \t\n)\"'”’,.;:!?")


def _standalone(text: str, start: int, end: int) -> bool:
    """A one-letter name stands alone: space or a quote or bracket around it, not markup."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before in _ALONE_BEFORE and after in _ALONE_AFTER
