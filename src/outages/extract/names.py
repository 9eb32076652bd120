"""Services the lexicon does not know, named where the text says they failed.

Real reports name services no list can hold (a bank's app, a tax portal, a game).
A capitalised name counts as a disrupted service when the sentence makes it the
subject of an outage word ("Steam is down", "Coretax tak bisa diakses",
"DANA error") or names it after a service noun ("aplikasi dompet digital DANA",
"the airline's check-in system"... "portal Coretax") in a sentence that reports
an outage. Places, months, weekdays, companies that run a known service, time
zones and common capitalised words are never names. The gap words and service
nouns are language data (`subject_gap`, `service_nouns`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..lexicon import Language, Lexicon, tokens_of, window_start
from .causes import cause_clause
from .services import ServiceMention, before_a_role, denied_normal

MAX_NAME_TOKENS = 3
RELATIVE_CLAUSE_TOKENS = 30  # ", which pharmacies and hospitals use to check insurance coverage and submit claims,"
_EXPANSION = re.compile(r"(?:\s+[A-Z][\w'-]*)+\s*\([A-Z][A-Za-z]{1,9}\)")  # words left over, then the acronym
MAX_GAP_TOKENS = 3
_LIST_WORDS = frozenset({"and", "or", "dan", "atau", "serta", "hingga"})  # list joiners, both languages
# a long name whose words are joined once ("Informasi dan Komputerisasi Haji Terpadu"), then its short name in brackets
_LONG_FORM = re.compile(
    r"(?:[A-Z][\w'-]*\s+){1,5}(?:" + "|".join(sorted(_LIST_WORDS | {"&"})) + r")\s+(?:[A-Z][\w'-]*\s+){0,5}[A-Z][\w'-]*\s*\(([A-Z][A-Za-z]{2,11})\)"
)
_RANGE_WORDS = frozenset({"to", "sampai"})  # "from Dargaville to Kaitaia"
APPOSITIVE_TOKENS = 30  # "Government24, the online portal where citizens can ..., also went down"
OUTAGE_AT_WORDS = 4  # "problems were also reported at X": the outage word this many words before "at"
SELF_REFERENCE_CHARS = 12  # "said it was": the self-reference right after the speech verb
DESCRIBING_WORDS = 3  # "aplikasi berbagi gaya hidup Lemon8": the describing words a service noun may stand before its name
SHORT_NAME_TOKENS = 4  # "(KA Bandara YIA)": the words a short name in brackets may have
MIN_SUBJECT_MENTIONS = 3  # a sentence subject is a service name only if the article names it this often


def _second_token_start(text: str, pos: int, endpos: int) -> int:
    tk = tokens_of(text)
    k = bisect_left(tk.starts, pos) + 1
    return tk.starts[k] if k < len(tk.starts) and tk.starts[k] < endpos else endpos


LIST_VERB_TOKENS = 4  # "..., including Air Do and Solaseed Air, were also hit": words from the list's comma to its outage word
RESIDENT_LIST_TOKENS = 6  # "Ikoyi, V/Island residents": how far a list of places may run to the word for their people
FEATURE_LEAD_WORDS = 2  # "mode andalan Ultimate Team", "modes such as Kick-Off": lower-case words between the word for a part and the name
_FEATURES: tuple = (None, None, frozenset())  # (text, language, its feature names): the last text asked


def _feature_names(text: str, lang: Language) -> frozenset[str]:
    """The capitalised names the text introduces as parts of a service, right after a word
    for one ("mode andalan Ultimate Team", "fitur Stories"): anywhere in the text they
    name that part, not a service of their own."""
    global _FEATURES
    if _FEATURES[0] is text and _FEATURES[1] is lang:
        return _FEATURES[2]
    tk = tokens_of(text)
    names = set()
    for m in lang.cues["feature_lead"].finditer(text, 0, len(text)):
        k = bisect_left(tk.starts, m.end)
        skipped = 0
        while k < len(tk.exact) and skipped < FEATURE_LEAD_WORDS and tk.exact[k].islower():
            k += 1  # "mode andalan ...", "modes such as ...": describing or list words between
            skipped += 1
        e = k
        while e < len(tk.exact) and e - k < MAX_NAME_TOKENS and _is_name_token(tk.exact[e]):
            e += 1
        if e > k:
            names.add(text[tk.starts[k] : tk.ends[e - 1]])
    found = frozenset(names)
    _FEATURES = (text, lang, found)
    return found


def _is_name_token(tok: str) -> bool:
    first = tok[:1]
    if not first.isalpha():  # a digit or a mark (no character is both a letter and a digit)
        return False
    if first.isupper() or any(map(str.isupper, tok[1:])):  # "Coretax", "DANA", "iCloud"
        return True
    return "." in tok and _is_domain(tok)  # "pajakonline.jakarta.go.id"


def _named_alone(tk, word: str, common: frozenset[str]) -> int:
    """How often the article writes a word as a name of its own, not after another name's
    capitalised word ("Transport" in "Land Transport Authority" is a piece of that name; a
    capitalised common word is none: "A Zorkpay spokesperson")."""
    return sum(1 for k, tok in enumerate(tk.exact) if tok == word and not (
        k > 0 and _is_name_token(tk.exact[k - 1]) and tk.lower[k - 1] not in common and tk.starts[k] - tk.ends[k - 1] == 1))


def _site_of_a_name(address: str, counts: dict[str, int], lex: Lexicon) -> bool:
    """A part of the web address is a capitalised word of the article, not a place's
    ("oss.go.id" beside "OSS", "subsiditepat.mypertamina.id" beside "MyPertamina"; not
    "jakarta" in "pajakonline.jakarta.go.id", nor "dikdin.bkn.go.id" beside a headline's
    "Dikdin" written once)."""
    labels = [p for p in address.split(".")[:-1] if p != "www"]
    if not labels:
        return False
    written: dict[str, int] = {}
    for w, n in counts.items():
        if w.lower() in labels and lex.regions.whole(w) is None:
            written[w.lower()] = max(n, written.get(w.lower(), 0))
    # the address's own first label: its name when the article keeps writing it (not "dikdin"
    # of a headline's "Laman Dikdin BKN", said once: then "bkn", the owner, is no name of it)
    if labels[0] in written:
        return written[labels[0]] >= 2
    return any(p in written for p in labels[1:])


@lru_cache(maxsize=1024)
def _only_service(name: str) -> str | None:
    """The one service of the company the lexicon names so ("Nintendo"), or None."""
    from .. import lexicon

    lex = lexicon.load()
    m = lex.operators.whole(name)
    if m is None:
        return None
    keys = [k for k, op in lex.service_operator.items() if op == m.key]
    return keys[0] if len(keys) == 1 else None


@lru_cache(maxsize=4096)
def _is_domain(tok: str) -> bool:
    """A web address written in lower case: labels joined by dots, the last a known ending
    (data/services.toml [domains]) or a two-letter country code ("healthcare.gov", "sulselprov.go.id")."""
    from .. import lexicon

    labels = tok.split(".")
    if len(labels[0]) < 3 or not all(labels):
        return False
    end = labels[-1]
    return end.isalpha() and (len(end) == 2 or end in lexicon.load().domain_endings)


NAME_NUMBER_DIGITS = 3  # "UP 112", "MRT-3", "Line 1"; a longer number is a year or a count


def _short_number(tok: str) -> bool:
    return tok.isdigit() and len(tok) <= NAME_NUMBER_DIGITS


def _acronym(tok: str) -> bool:
    """Initials no known service goes by ("UP", "MRT"; not "NHS": the lexicon's)."""
    from .. import lexicon

    return len(tok) > 1 and tok.isupper() and tok.isalpha() and lexicon.load().services.whole(tok) is None


def _number_after_name(tk, j: int, lo: int) -> int:
    """The token before a name's closing number at j ("UP 112", "MRT-3"), or j itself when
    token j is no number right after a name: after initials and a space, or after a name and
    a hyphen without spaces ("Helldivers 2", "Contact Center 123" keep no number: a game's
    sequel, a phone number)."""
    if not _short_number(tk.exact[j]) or j - 1 < lo:
        return j
    if _acronym(tk.exact[j - 1]) and tk.ends[j - 1] + 1 == tk.starts[j]:
        return j - 1
    if j - 2 >= lo and tk.exact[j - 1] == "-" and tk.ends[j - 2] == tk.starts[j - 1] and tk.ends[j - 1] == tk.starts[j] and _is_name_token(tk.exact[j - 2]):
        return j - 2
    return j


def _number_ending(tk, k: int, hi: int) -> int | None:
    """The index of a short number that closes the name ending at token k ("UP 112",
    "MRT-3"; see _number_after_name), or None."""
    if k + 1 < hi and _short_number(tk.exact[k + 1]) and tk.ends[k] + 1 == tk.starts[k + 1] and _acronym(tk.exact[k]):
        return k + 1
    if k + 2 < hi and tk.exact[k + 1] == "-" and tk.ends[k] == tk.starts[k + 1] and tk.ends[k + 1] == tk.starts[k + 2] and _short_number(tk.exact[k + 2]):
        return k + 2
    return None


def _marked_name(tok: str) -> bool:
    """Written like a name rather than a capitalised word: capitals inside, or a digit."""
    return tok.isupper() and len(tok) > 1 or any(map(str.isupper, tok[1:])) or any(map(str.isdigit, tok))


def _blocked(name: str, lang: Language, lex: Lexicon, common: frozenset[str]) -> bool:
    return _blocked_cached(name, lang.code, common)


@lru_cache(maxsize=4096)
def _blocked_cached(name: str, code: str, common: frozenset[str]) -> bool:
    from .. import lexicon

    lex = lexicon.load()
    lang = lex.language(code)
    low = name.lower()
    if "." in low and low.split(".", 1)[0] in common:
        return True  # "Downdetector.com": a site named by its domain is its name
    words = low.split()
    org = lang.cues["org_before_place"].search(name)
    if org is not None and org.start == 0 and org.end < len(name):
        words = low[org.end :].split()  # "Bank of Scotland": the organisation's words are part of it
    # an acronym the language writes as a thing opens a name only with a name after it
    # ("ATM Bersama", "SMS Banking"; not "ATM" alone nor "Layanan Zorkpay")
    acronym_head = len(words) > 1 and name.split()[0].isupper() and len(name.split()[0]) > 1
    # ("Zork Stock Exchange": the last two words together name a kind of institution)
    institution = len(words) > 2 and " ".join(words[-2:]) in _lower_words(lang.cue_forms["institution_names"])
    if low in common or (words[0] in common and not acronym_head) or (words[-1] in common and not institution):
        return True
    if low in lex.platforms:
        return True  # "Android", "PS5": where users met the outage, not what failed
    if len(words) == 1 and low in _lower_words(lang.cue_forms["not_names_alone"]):
        return True  # "International travelers ...": an ordinary word alone ("National Grid" stays)
    for matcher in (lex.regions, lex.operators, lex.timezone_matcher):
        if matcher.whole(name) is not None:
            return True  # "Jakarta", "Meta", "WIB"; but "Garuda Indonesia" is a name
    if any(w in lang.months or w in lang.month_abbreviations or w in lang.weekdays for w in re.split(r"[\s/-]+", name)):  # "Rabu-Kamis"
        return True
    if _demonym(name, lang, lex):
        return True  # "Australians", "Japanese", "South African"
    day_parts = {w for key in ("night", "am", "pm", "noon") for w in lang.dates.get(key, [])}
    if any(w in day_parts for w in words):  # "at Midnight", "Senin Malam"
        return True
    if lang.causes.search(name) is not None:  # "DNS", "BGP"
        return True
    return False


def _demonym(name: str, lang: Language, lex: Lexicon) -> bool:
    """A place's people: the name less a demonym ending (with an "a" back: "Canadian") is a place."""
    low = name.lower()
    for suffix in lang.demonym_suffixes:
        stem = name[: len(name) - len(suffix)]
        if low.endswith(suffix) and len(stem) >= 3:
            if any(lex.regions.whole(stem + back) is not None for back in ("", "a", "s")):  # "Canadian", "Texans"
                return True
    return False


def _common_words(lang: Language) -> frozenset[str]:
    return _common_words_cached(lang.code)


@lru_cache(maxsize=8)
def _common_words_cached(code: str) -> frozenset[str]:
    from .. import lexicon

    lang = lexicon.load().language(code)
    words = {w.lower() for w in lang.stopwords}
    for key in ("not_names", "subject_gap", "service_nouns", "user_nouns", "customer_nouns"):  # "Travellers also reported ..."
        words |= {w.lower() for w in lang.cue_forms.get(key, [])}
    # the one-word leads of times, dates and lengths are ordinary words ("Selama", "Sejak", "Since")
    leads = [lang.cue_forms.get(key, []) for key in _FUNCTION_CUES] + [lang.dates.get(key, []) for key in _FUNCTION_DATES]
    for forms in (*leads, lang.duration_lead_forms):
        words |= {w.lower() for w in forms if " " not in w and w.isalpha()}
    return frozenset(words)


_FUNCTION_CUES = ("began", "until", "since_when", "because_temporal", "contrast", "clause_break", "future", "time_status")
_FUNCTION_DATES = ("month_lead", "year_lead", "time_lead")


_GAP_WORDS: dict[int, tuple[list[str], frozenset[str]]] = {}


ORIGIN_LEAD_WORDS = 3  # "berkantor pusat di": an origin word this close before a name makes it a place


def _gap_words(lang: Language) -> frozenset[str]:
    """The language's subject_gap words in lower case (made once per word list)."""
    return _lower_words(lang.cue_forms.get("subject_gap", []))


_NAME_JOINERS = _LIST_WORDS | {"of", "for", "&"}  # lower-case words inside a spelled-out name, both languages


def _spelled_out(tk, k: int, lo: int, hi: int) -> bool:
    """Token k stands in a run of capitalised words and joiners that the brackets after it
    give as initials ("Securities and Exchange Board of India (Sebi)")."""
    a = k
    while a - 1 >= lo and (_is_name_token(tk.exact[a - 1]) or tk.lower[a - 1] in _NAME_JOINERS):
        a -= 1
    b = k
    while b < hi and (_is_name_token(tk.exact[b]) or tk.lower[b] in _NAME_JOINERS):
        b += 1
    if not (b + 2 < hi and tk.exact[b] == "(" and tk.exact[b + 2] == ")"):
        return False
    initials = "".join(w[0] for w in tk.exact[a:b] if w[:1].isupper())
    return len(initials) >= 3 and tk.exact[b + 1].upper() in (initials.upper(), initials[1:].upper())


@lru_cache(maxsize=8)
def _one_word_service_nouns(code: str) -> frozenset[str]:
    """The language's one-word service nouns, in lower case ("system", "app", "aplikasi")."""
    from .. import lexicon

    return frozenset(f.lower() for f in lexicon.load().language(code).cue_forms["service_nouns"] if " " not in f)


def _lower_words(forms: list[str]) -> frozenset[str]:
    """A word list in lower case, made once per list."""
    kept = _GAP_WORDS.get(id(forms))
    if kept is None or kept[0] is not forms:
        kept = _GAP_WORDS[id(forms)] = (forms, frozenset(w.lower() for w in forms))
    return kept[1]


def find_unknown_services_in_headline(
    text: str, lang: Language, lex: Lexicon, pos: int, endpos: int, known: list[ServiceMention],
    lowercase_words: set[str] | None = None, counts: dict[str, int] | None = None,
) -> list[ServiceMention]:
    """In a headline every word is capitalised, so only a service noun can mark a name
    ("Server Mobile Legends Down ..."), and the name must be written in the article too
    (a headline verb after "Server", "Situs" is not)."""
    found = find_unknown_services(text, lang, lex, pos, endpos, known, lowercase_words, None, headline=True)
    if counts is None:
        return found
    found = [m for m in found if counts.get(m.text.split()[0], 0) >= 2]
    if not found and not known:
        lead = _headline_subject(text, lang, lex, pos, endpos)
        if lead is not None:
            found.append(lead)
    return found


_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "B.C", "U.S" (the tokens leave out the last full stop)


def _letter_prefix(tk, k: int) -> bool:
    """Token k is a one-letter prefix glued by a hyphen to a name: "e-Meterai", "m-Banking"."""
    return (k + 2 < len(tk.exact) and len(tk.exact[k]) == 1 and tk.exact[k].islower() and tk.exact[k + 1] == "-"
            and _is_name_token(tk.exact[k + 2]) and tk.ends[k] == tk.starts[k + 1] and tk.ends[k + 1] == tk.starts[k + 2])


OWN_THING_TOKENS = 4  # "said its website and app were down": from the outage word back to "its"
HEADLINE_SUBJECT_TOKENS = 3


def _headline_subject(text: str, lang: Language, lex: Lexicon, pos: int, endpos: int) -> ServiceMention | None:
    """ "Dapodik Error Jelang Cut Off, ...", "Zorkpay Down Lagi": the words that open a
    headline right before its outage word, when the article writes them again word for
    word (a headline's capitals say nothing; its first words before "Error" are its subject)."""
    tk = tokens_of(text)
    lo, hi = bisect_left(tk.starts, pos), bisect_left(tk.starts, endpos)
    common = _common_words(lang)
    k = first = lo
    if lo + 2 < hi and _letter_prefix(tk, lo):
        k = first = lo + 2  # "e-Meterai Error, ...": a one-letter prefix glued to the name
    while k < hi and k - first < HEADLINE_SUBJECT_TOKENS and _is_name_token(tk.exact[k]) and tk.lower[k] not in common:
        if lang.cues["outage"].search(text, tk.starts[k], tk.ends[k]) is not None:
            break
        k += 1
    if k == first or k >= hi:
        return None
    cue = lang.cues["outage"].search(text, tk.starts[k], min(endpos, tk.ends[k] + 24)) or lang.cues["outage_after_service"].search(text, tk.starts[k], min(endpos, tk.ends[k] + 24))
    if cue is None or cue.start != tk.starts[k]:
        return None
    start, end = tk.starts[lo], tk.ends[k - 1]
    name = text[start:end]
    if _blocked(name, lang, lex, common) or text.count(name, end) < 1:
        return None  # named again after the headline, or no name
    return ServiceMention(start, end, name, "~" + name, False, False)


_APOSTROPHE_S = ("'s", "’s")


def _possessive_name(text: str, end: int, name: str, lang: Language) -> bool:
    """A name written with its "'s" (a shop named for its founder: "Sainsbury's", "McDonald's"):
    it stands right before the "'s" here, and somewhere in the article "X's" is followed by no
    noun it could own: a function word or a stop ("at Sainsbury's were", "Sainsbury's said",
    "Sainsbury's and Tesco")."""
    if text[end : end + 2] not in _APOSTROPHE_S:
        return False
    for m in re.finditer(re.escape(name) + r"['’]s\b(?:\s*([,.;:!?)])|\s+(\w+))", text):
        if m.group(1) or m.group(2).lower() in lang.stopwords or lang.cues["speech"].whole(m.group(2)) is not None:
            return True
    return False


def find_unknown_services(
    text: str, lang: Language, lex: Lexicon, pos: int, endpos: int, known: list[ServiceMention],
    lowercase_words: set[str] | None = None,
    counts: dict[str, int] | None = None,
    headline: bool = False,
    people: set[str] | frozenset[str] = frozenset(),
    named_keys: set[str] | frozenset[str] = frozenset(),
) -> list[ServiceMention]:
    """Unknown service names in text[pos:endpos]. `lowercase_words`: the words the article's
    prose writes in lower case (page furniture such as tag lists left out). `people`: names
    of people the article introduces with a role; they are never services. `named_keys`: the
    known services the article names in full; a first word of one ("Garuda" for "Garuda
    Indonesia") is that service."""
    tk = tokens_of(text)
    lo = bisect_left(tk.starts, pos)
    hi = bisect_left(tk.starts, endpos)
    common = _common_words(lang)
    if lowercase_words is None:
        lowercase_words = {t for t in tk.exact if t.islower()}
    gap_words = _gap_words(lang)
    service_words = _one_word_service_nouns(lang.code)  # "system", "app"
    thing_suffix = _lower_words(lang.cue_forms["thing_suffix"])
    place_suffix = _lower_words(lang.cue_forms["place_suffix"])
    company_suffix = _lower_words(lang.cue_forms["company_suffix"])
    place_words = _lower_words(lang.cue_forms["place_lead"])  # one-word forms match a token
    place_articles = _lower_words(lang.cue_forms["place_article"])  # "the" of "in the Riverina"
    compounds = _lower_words(lang.cue_forms["institution_names"])  # "stock exchange": a name's own words
    taken = [(m.start, m.end) for m in known]
    found: dict[tuple[int, int], ServiceMention] = {}

    org = lang.cues["org_before_place"]

    def org_before(at: int):
        """The capitalised words of an organisation right before `at` ("Bank of" before
        "Scotland", "Melbourne"): the place after them ends its name."""
        m = org.search(text, max(pos, window_start(text, at, 3)), at)
        return m if m is not None and text[m.start].isupper() and not text[m.end : at].strip() else None

    def joined_by_hyphen(k: int) -> bool:
        """Token k is a hyphen between two name tokens, with no space: "M-Pesa"; or a slash
        between two that are no known services: "Entry/Exit System" (not "Facebook/Instagram")."""
        return (tk.exact[k] in ("-", "/") and k + 1 < len(tk.exact) and _is_name_token(tk.exact[k - 1]) and _is_name_token(tk.exact[k + 1])
                and tk.ends[k - 1] == tk.starts[k] and tk.ends[k] == tk.starts[k + 1]
                and (tk.exact[k] == "-" or (lex.services.whole(tk.exact[k - 1]) is None and lex.services.whole(tk.exact[k + 1]) is None))
                # "Yogyakarta-Palur", "Jakarta-Bandung": a route between places is no name
                and lex.regions.whole(tk.exact[k - 1]) is None and lex.regions.whole(tk.exact[k + 1]) is None)

    def joined_by_ampersand(k: int) -> bool:
        """Token k is "&" between two name tokens that are no known services: "Marks &
        Spencer", "Barnes & Noble" (not "Facebook & Instagram", a list)."""
        return (tk.exact[k] == "&" and k + 1 < len(tk.exact) and _is_name_token(tk.exact[k - 1]) and _is_name_token(tk.exact[k + 1])
                and lex.services.whole(tk.exact[k - 1]) is None and lex.services.whole(tk.exact[k + 1]) is None)

    def part_follows(end: int) -> bool:
        """A lower-case word for a part or a place of a service right after `end` ("data centres", "region")."""
        part = lang.cues["part_nouns"].search(text, end, min(endpos, end + 24))
        return part is not None and not text[end : part.start].strip(" ,") and text[part.start].islower()

    residents = lang.cues["resident_nouns"]

    def residents_follow(b: int) -> bool:
        """A word for the people of a place right after the name, or after a list of names
        that goes on from it ("Ikoyi, V/Island residents")."""
        k = b + 1
        while k < hi and k - b <= RESIDENT_LIST_TOKENS and (tk.exact[k] in (",", "&", "/") or tk.lower[k] in _LIST_WORDS or _is_name_token(tk.exact[k])):
            k += 1
        return k < hi and tk.exact[k].islower() and residents.search(text, tk.starts[k], tk.ends[k]) is not None

    def possessive_inside(k: int) -> bool:
        """Tokens k, k+1 are the "'s" of a name that goes on in capitals: "King's College
        Hospital", "Macy's Herald Square" (not "SoftBank's mobile network", not "Zorkcorp's
        Kestrelpay app")."""
        return (k - 1 >= lo and k + 3 < hi and tk.exact[k] in ("'", "’") and tk.exact[k + 1] == "s"
                and tk.starts[k] == tk.ends[k - 1] and tk.starts[k + 1] == tk.ends[k] and _is_name_token(tk.exact[k - 1])
                # two capitalised words after it ("College Hospital"; not "Zorkcorp's Kestrelpay app")
                and _is_name_token(tk.exact[k + 2]) and _is_name_token(tk.exact[k + 3]) and lex.services.whole(tk.exact[k - 1]) is None
                and not tk.exact[k - 1].isupper()  # "MTR's Tsuen Wan line": initials are an owner
                # one word before it, a person's name ("King's"), not a name of its own ("the
                # Internal Revenue Service's Zorkfile system": the owner of another name)
                and not (k - 2 >= lo and _is_name_token(tk.exact[k - 2])))

    def name_before(j: int) -> tuple[int, int] | None:
        """The capitalised run ending at token j (inclusive); with the organisation's words
        before a place ("Bank of Scotland")."""
        k = _number_after_name(tk, j, lo)  # "UP 112", "MRT-3": the number ends the name
        numbered = k < j
        n = 0
        while k >= lo and n < MAX_NAME_TOKENS:
            if _is_name_token(tk.exact[k]):
                k -= 1
                n += 1
            elif k < j and k - 1 >= lo and (joined_by_hyphen(k) or joined_by_ampersand(k)):
                k -= 1  # "M-Pesa", "KA-SAT", "Marks & Spencer": one name
            elif k < j and k - 2 >= lo and possessive_inside(k - 1):
                k -= 2  # "King's College Hospital": one name
            elif k < j and k - 1 >= lo and _letter_prefix(tk, k - 1):
                k -= 2  # "e-Meterai": the prefix is part of the name
                break
            elif k < j and k - 1 >= lo and tk.exact[k] == "." and _INITIALS.fullmatch(tk.exact[k - 1]) and tk.ends[k - 1] == tk.starts[k] \
                    and lex.regions.whole(tk.exact[k - 1] + ".") is None:
                k -= 2  # "B.C. Ferries": initials with their full stop open the name (not a country's: "U.S. East")
                n += 1
            else:
                break
        if k == j or (numbered and n == 0):
            return None
        if n == MAX_NAME_TOKENS and k >= lo and _is_name_token(tk.exact[k]) and not headline:
            # a longer run ("Badan Koordinasi Penanaman Modal"): a cut piece is no name (in a
            # headline every word is capitalised: the name is cut at its verb further on)
            return None
        a = k + 1
        if k >= lo:
            m = org_before(tk.starts[a])
            if m is not None:
                a = bisect_left(tk.starts, m.start)
        return a, j

    def name_after(j: int) -> tuple[int, int] | None:
        k = j + 2 if j + 2 < hi and _letter_prefix(tk, j) else j  # "e-Meterai", "m-Banking"
        n = 0
        while k < hi and n < MAX_NAME_TOKENS:
            if _is_name_token(tk.exact[k]):
                k += 1
                n += 1
            elif k > j and k + 1 < hi and (joined_by_hyphen(k) or joined_by_ampersand(k)):
                k += 1
            elif k > j and possessive_inside(k):
                k += 2  # "King's College Hospital": one name
            else:
                break
        if k == j:
            return None
        if n == MAX_NAME_TOKENS and k < hi and _is_name_token(tk.exact[k]) and not headline:
            return None  # a longer run: a cut piece is no name
        end = _number_ending(tk, k - 1, hi)  # "UP 112", "MRT-3": the number ends the name
        if end is not None:
            return j, end
        if k + 1 < hi and _is_name_token(tk.exact[k + 1]):  # "Bank of Scotland"
            m = org.search(text, tk.starts[j], tk.ends[k])
            if m is not None and m.start == tk.starts[j] and m.end == tk.ends[k]:
                e = k + 1
                while e + 1 < hi and e + 1 - k <= MAX_NAME_TOKENS and _is_name_token(tk.exact[e + 1]):
                    e += 1
                return j, e
        return j, k - 1

    subject_ok = False
    before_users = False  # the name comes right before a user word ("Starbucks customers")
    linked = False  # the name and the outage word are joined by a verb ("Zorkbook was down")
    because = cause_clause(text, lang, pos, endpos, after_outage=False)
    if because is not None and because[0] <= _second_token_start(text, pos, endpos):
        because = None  # "Following a storm, Zorkbook went down": the subject comes after the cause
    place_lead = lang.cues["place_lead"]

    def _place_listed(a: int, b: int) -> bool:
        """The name at tokens a..b is in a list of places: after a place word ("di", "in",
        "wilayah") over other names and list words, or listed with a known place. (An article
        before a name counts in the list, "across Newcastle and the Lower Hunter", unless a
        word of a service or an outage follows the name: "a glitch in the Zorkpay app".)"""
        def service_after() -> bool:
            return b + 1 < hi and (tk.lower[b + 1] in service_words or lang.cues["outage"].search(tk.exact[b + 1]) is not None)

        k = a - 1
        while k >= lo and (tk.exact[k] in (",", "&") or tk.lower[k] in _LIST_WORDS or _is_name_token(tk.exact[k])
                           or (tk.lower[k] in place_articles and k + 1 < len(tk.exact) and _is_name_token(tk.exact[k + 1]) and not service_after())
                           # "from Dargaville to Kaitaia": a range word between names, not "log in to X"
                           or (tk.lower[k] in _RANGE_WORDS and k - 1 >= lo and _is_name_token(tk.exact[k - 1]))
                           # "di Terminal 1 Juanda": a number between the words of a place
                           or (tk.exact[k].isdigit() and k - 1 >= lo and _is_name_token(tk.exact[k - 1]) and _is_name_token(tk.exact[k + 1]))):
            k -= 1
        stretch_start = tk.starts[k + 1] if k + 1 < len(tk.starts) else tk.starts[a]
        if k + 1 < a and any(org_before(place.start) is None for place in lex.regions.finditer(text, stretch_start, tk.starts[a])):
            return True
        if k < lo:
            return False
        lead = place_lead.search(text, max(pos, window_start(text, tk.starts[k], 2)), tk.ends[k])
        return lead is not None and lead.end == tk.ends[k]

    def add(span: tuple[int, int] | None) -> None:
        if span is None:
            return
        a, b = span
        if a < b and (tk.lower[a] in lang.stopwords or (a == lo and tk.lower[a] in common and _is_name_token(tk.exact[a + 1]))) and not headline:
            a += 1  # "Its Heron Pay", "Many zorkAir passengers": the name starts after a capitalised function word
        if a == lo and b > a and not headline and text.count(text[tk.starts[a] : tk.ends[b]]) == 1 \
                and text.count(text[tk.starts[a + 1] : tk.ends[b]]) > 1 and (counts is None or counts.get(tk.exact[a], 0) <= 1):
            a += 1  # "Entire Sydney Trains network ...": the sentence's first word is not the name's
            # (but "Kalayang Soekarno-Hatta berhenti ...", with "Kalayang" named again, stays whole)
        listed_from = a  # where a list of places would hold the name
        if b == a + 1 and "." in tk.exact[b] and _is_domain(tk.exact[b].lower()) and lex.regions.whole(tk.exact[a]) is not None:
            a = b  # "portal resmi pemerintah Inggris GOV.UK": the place is whose, the address the name
        if tk.lower[a] in place_words:
            return  # "Kabupaten Jayapura", "Wilayah ...": a place
        if tk.lower[b] in place_suffix:
            return  # "Klang Valley users", "Kent County": a place
        if not headline and tk.lower[b] in thing_suffix:
            return  # "the Service Health Dashboard": the name of a thing, not a service
        if tk.lower[b] in company_suffix:
            return  # "Arrowhead Game Studios", "PT Zork Tbk": a company, the operator
        if part_follows(tk.ends[b]):
            return  # "the Aether, Primal and Crystal data centres": places of a service
        if residents_follow(b):
            return  # "Ikoyi, V/Island residents": places
        if text[tk.starts[a] : tk.ends[b]] in _feature_names(text, lang):
            return  # "Mode andalan Ultimate Team" (then "Ultimate Team tidak dapat diakses"): a part of a service
        # headline capitals: "Server Mobile Legends Down" -> "Mobile Legends"
        in_org = org.search(text, tk.starts[a], tk.ends[b]) if b > a else None  # "Bank of Scotland" stays whole
        first = bisect_left(tk.starts, in_org.end) if in_org is not None and in_org.start == tk.starts[a] else a + 1
        for c in range(first, b + 1):  # "Dukcapil Sempat Dihentikan": the name ends before "Sempat"
            if (tk.lower[c] in common and not (tk.exact[c][:1].isupper() and tk.lower[c - 1] + " " + tk.lower[c] in compounds)) \
                    or lang.cues["outage"].search(tk.exact[c]):
                b = c - 1  # (but "Zork Stock Exchange" keeps the words of its kind of institution)
                break
        # a capitalised word at the start of a sentence is a name only if it looks like one
        # ("DANA", "iCloud", "MyTelkomsel"), not an ordinary word ("Selama", "Heavily")
        if a == lo and b == a and not _marked_name(tk.exact[a]) and not subject_ok and not linked \
                and (counts is None or counts.get(tk.exact[a], 0) < 2):
            return  # ... unless the article names it again ("Zorkchat went offline ... Zorkchat said")
        if a == lo and b == a and not _marked_name(tk.exact[a]) and before_users and counts is not None and counts.get(tk.exact[a], 0) < 2:
            return  # "Mobile customers ...": a sentence's first word named once is no name
        words = tk.exact[a : b + 1]
        # a word the article also writes in lower case is an ordinary word ("Both", "Issue")
        if all(w.lower() in lowercase_words and not ("." in w and _is_domain(w)) for w in words):  # "Japan Airlines" stays: "japan" is never lower case
            return  # (a web address is written in lower case)
        if len(words) == 1 and (words[0].isupper() and len(words[0]) <= 3 or re.fullmatch(r"[A-Z]{2,}s", words[0])):
            # "API", "CDN", "BTS", "TVs": acronyms of things; a short one the article keeps
            # naming is the story's subject ("TSB", "BEI", "PDN", "KT", "O2")
            if not (2 <= len(words[0]) <= 3 and words[0].isalnum() and counts is not None and counts.get(words[0], 0) >= MIN_SUBJECT_MENTIONS):
                return
        start, end = tk.starts[a], tk.ends[b]
        if any(s < end and start < e for s, e in taken):
            return
        if any((e <= start and not text[e:start].strip()) or (end <= s and not text[end:s].strip()) for s, e in taken):
            return  # "Rackspace Hosted Exchange": a piece of a longer name beside a known one
        if start > 0 and text[start - 1] in "-–":
            return  # "East-West Line": part of a hyphenated name
        if _EXPANSION.match(text, end, min(len(text), end + 60)):
            return  # "Seleksi Calon Aparatur | Sipil Negara (SSCASN)": a cut piece of an acronym's long form
        # "Aplikasi Sirekap milik KPU", "operated by Kestrel": the owner, not the service
        owner = lang.cues["service_bystander"].search(text, max(pos, window_start(text, start, 2)), start) \
            or lang.cues["maker_lead"].search(text, max(pos, window_start(text, start, 2)), start)
        if owner is not None and not text[owner.end : start].strip(" ,"):
            return
        if _place_listed(listed_from, b) or (because is not None and because[0] < start < because[1]):
            return  # "di Denpasar dan Badung"; "dipicu gangguan pada Saluran Udara ..." names the cause's object
        name = text[start:end]
        if any(w in people for w in words) or _blocked(name, lang, lex, common):
            return
        if len(words) == 1 and counts is not None and "." in name and name.islower() and _site_of_a_name(name, counts, lex):
            return  # "telkomsel.com", "sscasn.bkn.go.id": the site of a name the article writes
        if len(words) == 1 and "." in name:
            site = lex.services.whole(name.split(".", 1)[0])
            if site is not None:  # "GitLab.com": the known service's own site
                found[(start, end)] = ServiceMention(start, end, name, site.key, False, False)
                return
        if _possessive_name(text, end, name, lang):
            end += 2  # "Shoppers at Sainsbury's were left unable to pay": the name holds its "'s"
            name = text[start:end]
        # "Garuda" in an article about "Garuda Indonesia": the known service, not a new name
        key = lex.short_forms.get(name)
        found[(start, end)] = ServiceMention(start, end, name, key if key in named_keys else "~" + name, False, False)

    def add_list(j: int, spans: list[tuple[int, int]] | None = None) -> None:
        """Every name of the list that starts at token j; it goes on over ",", "and", "dan", "atau"
        (`spans`: that list's names, when already walked)."""
        if spans is None:
            spans = list_spans(j)
        if spans and part_follows(tk.ends[spans[-1][1]]):
            return  # "on the Aether, Primal and Crystal data centres": places of a whole list
        for span in spans:
            add(span)

    def list_spans(j: int) -> list[tuple[int, int]]:
        spans = []
        while j < hi:
            span = name_after(j)
            if span is None:
                break
            spans.append(span)
            j = span[1] + 1
            while j < hi and (tk.exact[j] in (",", "&") or tk.lower[j] in _LIST_WORDS):
                j += 1
        return spans

    determiners = lang.cues["name_determiners"]

    def _appositive_subject(j: int) -> tuple[int, int] | None:
        """The name the comma at token j closes off: a name between two commas (", KONEPS,"),
        or a name before a comma that opens a description ("Government24, the online portal ...,")."""
        if j - 1 >= lo and (_is_name_token(tk.exact[j - 1]) or _number_after_name(tk, j - 1, lo) < j - 1):
            span = name_before(j - 1)
            if span is not None and span[0] - 1 >= lo and tk.exact[span[0] - 1] == ",":
                return span
            return None
        for c in range(j - 1, max(lo, j - APPOSITIVE_TOKENS) - 1, -1):
            if tk.exact[c] == "," and c - 1 >= lo and _is_name_token(tk.exact[c - 1]) and c + 1 < hi \
                    and determiners.search(text, tk.starts[c + 1], tk.ends[c + 1]) is not None:
                span = name_before(c - 1)
                return span if span is not None and (span[0] == lo or tk.exact[span[0] - 1] in (",", "(")) else None
            if tk.exact[c] in (".", ";", ":"):
                break
        return None

    own_words = _lower_words(lang.cue_forms["self_reference"])

    def _speaker_of_own(j: int) -> int:
        """ "Alaska Airlines said its website and app were down": the one who speaks of its own
        thing that failed (a word of itself right after a speech verb, then lower-case words
        up to the outage word); the last token of the speaker's name, or j."""
        for k in range(j, max(lo, j - OWN_THING_TOKENS) - 1, -1):
            if tk.lower[k] in own_words and k - 1 >= lo:
                said = lang.cues["speech"].search(text, max(pos, window_start(text, tk.starts[k], 2)), tk.starts[k])
                if said is not None and said.end == tk.ends[k - 1] and all(tk.exact[x].islower() for x in range(k + 1, j + 1)):
                    return bisect_left(tk.starts, said.start) - 1
                return j
            if not tk.exact[k].islower():
                return j
        return j

    def _operators_service(j: int) -> None:
        """ "Nintendo's online services buckled": the owner is a company the lexicon knows
        with one service only; that service failed."""
        span = name_before(j)
        if span is None:
            return
        start, end = tk.starts[span[0]], tk.ends[span[1]]
        key = _only_service(text[start:end])
        if key is not None and not any(s < end and start < e for s, e in taken):
            found[(start, end)] = ServiceMention(start, end, text[start:end], key, False, False)

    relative = _lower_words(lang.cue_forms["relative_pronouns"])
    # 1. the subject of an outage word: "<Name> [is|sempat|store ...] down"
    # ("Zorkpay's app was not operating normally": the outage told the other way round)
    # (or of a word of recovery, only as the owner of what came back: "Zorkbank's mobile app was
    # restored", "Zorkbank restored its app"; not "All services were restored")
    recovered = [] if headline else lang.cues["recovery"].finditer(text, pos, endpos)
    cues = [] if headline else sorted(lang.cues["outage"].finditer(text, pos, endpos) + denied_normal(text, lang, pos, endpos)
                                      + recovered, key=lambda m: m.start)
    back_starts = {m.start for m in recovered}
    date_joiners = _lower_words(lang.dates["time_date_joiner"])
    for cue in cues:
        back = cue.start in back_starts
        owned = False
        if back:
            after = bisect_left(tk.starts, cue.end)
            owned = after < hi and tk.lower[after] in own_words
        j = bisect_left(tk.starts, cue.start) - 1
        # "Bursa Efek Indonesia (BEI) dihentikan": step over an acronym in brackets
        if j - 2 >= lo and tk.exact[j] == ")" and tk.exact[j - 2] == "(":
            j -= 3
        elif j - 3 >= lo and tk.exact[j] == ")":
            # "Kereta Api Bandara Yogyakarta International Airport (KA Bandara YIA) terganggu":
            # a short name of a few words in brackets after a name too long to be one
            k = next((x for x in range(j - 2, max(lo, j - SHORT_NAME_TOKENS - 1) - 1, -1) if tk.exact[x] == "("), None)
            if k is not None and all(_is_name_token(tk.exact[x]) for x in range(k + 1, j)):
                if k - 1 >= lo and name_before(k - 1) is None and _is_name_token(tk.exact[k - 1]):
                    add((k + 1, j - 1))
                    continue
                j = k - 1
        gaps = 0
        while j >= lo and tk.lower[j] in gap_words and gaps < MAX_GAP_TOKENS:
            j -= 1
            gaps += 1
        # "IRCTC's website and mobile app stopped working": over one list of the things the
        # subject owns (a joiner, maybe a describing word, after a word of the gap)
        step = 2 if j - 2 >= lo and tk.exact[j].islower() and tk.lower[j - 1] in _LIST_WORDS else 1
        if gaps and j - step >= lo and tk.lower[j - step + 1] in _LIST_WORDS and tk.lower[j - step] in gap_words:
            j -= step
            while j >= lo and tk.lower[j] in gap_words and gaps < 2 * MAX_GAP_TOKENS:
                j -= 1
                gaps += 1
        # "Change Healthcare's network, which pharmacies use to ..., has been offline": over
        # the relative clause to its subject
        if j >= lo and tk.exact[j] == ",":
            for c in range(j - 1, max(lo, j - RELATIVE_CLAUSE_TOKENS) - 1, -1):
                if tk.exact[c] == "," and c + 1 < j and tk.lower[c + 1] in relative:
                    j = c - 1
                    break
                if tk.exact[c] in (".", ";", ":", "(", ")"):
                    break
            # "The central Entry/Exit System (EES), which registers ..., was unavailable": the
            # short name in brackets before the clause
            if j - 2 >= lo and tk.exact[j] == ")" and tk.exact[j - 2] == "(" and _is_name_token(tk.exact[j - 1]):
                j -= 1
        # "the Real-Time Gross Settlement (RTGS) system, which ..., was unavailable": the name
        # before the service noun that heads the subject (its short form when it has one)
        if j - 1 >= lo and tk.lower[j] in service_words and not _is_name_token(tk.exact[j]):
            if j - 3 >= lo and tk.exact[j - 1] == ")" and tk.exact[j - 3] == "(" and _is_name_token(tk.exact[j - 2]):
                j -= 2
                owned = True  # "The Social Health Authority (SHA) portal is back online"
            elif _is_name_token(tk.exact[j - 1]):
                j -= 1
                owned = True  # "The Zorkhealth portal is back online"
        # "the Indian Railway Catering and Tourism Corporation's (IRCTC) website": the owner's
        # short name in brackets after its possessive
        if j - 4 >= lo and tk.exact[j] == ")" and tk.exact[j - 2] == "(" and tk.exact[j - 3] == "s" \
                and tk.exact[j - 4] in ("'", "’") and _is_name_token(tk.exact[j - 1]):
            j, gaps = j - 1, gaps + 1
        # "SoftBank's mobile network went down": the owner of the thing that failed (a
        # hyphenated word counts as one: "Zorkair's check-in system went down")
        hyphens = sum(1 for x in range(max(lo, j - 5), j + 1) if tk.exact[x] == "-")
        for k in range(j, max(lo, j - 3 - 2 * hyphens) - 1, -1):
            if tk.exact[k] == "s" and k - 2 >= lo and tk.exact[k - 1] in ("'", "’") and tk.starts[k] == tk.ends[k - 1]:
                if all(tk.exact[x].islower() or tk.exact[x] == "-" for x in range(k + 1, j + 1)):
                    # (what was restored is the thing owned, no clause: not "Google's statement that most services have recovered")
                    owned = not any(tk.lower[x] in lang.stopwords for x in range(k + 1, j + 1))
                    j, gaps = k - 2, gaps + 1
                    _operators_service(k - 2)
                break
            # "DBS' digital banking services were down": the apostrophe alone after a final s
            if tk.exact[k] in ("'", "’") and k - 1 >= lo and tk.exact[k - 1][-1:] in ("s", "S") and tk.starts[k] == tk.ends[k - 1] \
                    and (k + 1 >= len(tk.starts) or tk.starts[k + 1] > tk.ends[k]):
                if all(tk.exact[x].islower() for x in range(k + 1, j + 1)):
                    owned = not any(tk.lower[x] in lang.stopwords for x in range(k + 1, j + 1))
                    j, gaps = k - 1, gaps + 1
                break
        if back and not owned:
            continue
        if back and j - 1 >= lo and tk.exact[j] in lang.weekdays and tk.lower[j - 1] in date_joiners:
            j -= 2  # "Meezan Bank on Saturday restored its mobile app": over the day
        j = _speaker_of_own(j)
        if j >= lo and tk.exact[j] == ",":
            # the subject set apart by commas: "the online bidding system, KONEPS, was down",
            # "Government24, the online portal where ..., also went down"
            linked = True
            add(_appositive_subject(j))
            linked = False
        elif j >= lo:
            linked = gaps > 0 or owned or cue.text.split()[0].lower() in gap_words  # "was down"; "restored its"
            add(name_before(j))
            linked = False
    # 2. after a service noun: "aplikasi dompet digital DANA", "portal Coretax"
    for noun in lang.cues["service_nouns"].finditer(text, pos, endpos):
        n0 = bisect_left(tk.starts, noun.start)
        # "Arrowhead Game Studios": a capitalised noun inside a name opens no name of its own
        # (the short name in brackets after the whole name still counts: "Health Service Executive (HSE)")
        inside = text[noun.start].isupper() and n0 - 1 >= lo and _is_name_token(tk.exact[n0 - 1]) and tk.ends[n0 - 1] + 1 == noun.start
        # ... nor one inside a name spelled out before its initials ("the Securities and Exchange Board of India (Sebi)")
        inside = inside or (text[noun.start].isupper() and _spelled_out(tk, n0, lo, hi))
        j = bisect_left(tk.starts, noun.end)
        skipped = 0
        # over describing words ("dompet digital"), not over a verb or a preposition ("app crashed during Tatkal")
        while j < hi and skipped < DESCRIBING_WORDS and tk.exact[j].islower() and tk.lower[j] not in lang.stopwords \
                and lang.cues["outage"].search(text, tk.starts[j], tk.ends[j]) is None and not _is_name_token(tk.exact[j]) \
                and not _letter_prefix(tk, j):  # ("aplikasi e-Kinerja": the prefix opens the name)
            j += 1  # (not over a web address: "situs pajakonline.jakarta.go.id")
            skipped += 1
            # "sistem check-in Sriwijaya Air": a hyphenated word is one describing word
            if j + 1 < hi and tk.exact[j] == "-" and tk.starts[j] == tk.ends[j - 1] and tk.starts[j + 1] == tk.ends[j] and tk.exact[j + 1].islower():
                j += 2
            # "sistem check-in dan boarding Super Air Jet": two describing words joined
            if j + 1 < hi and tk.lower[j] in _LIST_WORDS and tk.exact[j + 1].islower() and tk.lower[j + 1] not in lang.stopwords \
                    and lang.cues["outage"].search(text, tk.starts[j + 1], tk.ends[j + 1]) is None:
                j += 1
        if j < hi:
            long_form = _LONG_FORM.match(text, tk.starts[j], endpos)
            if long_form is not None and not inside:
                # "Sistem Informasi dan Komputerisasi Haji Terpadu (Siskohat)": a long name with
                # a joining word, then its short name in brackets: the short name alone
                k = bisect_left(tk.starts, long_form.start(1))
                add((k, k))
                continue
            span = name_after(j)
            if not inside:
                add(span)
            # "Layanan App Store, iTunes Store, Mac App Store, dan iBooks Store": the list the noun opens
            if span is not None and not inside:
                k = span[1] + 1
                # (in a headline a comma parts clauses: "Portal SISTER Unej Tumbang, Mahasiswa
                # Rela Begadang"; there the list needs a joining word)
                joined = not headline or any(tk.lower[x] in _LIST_WORDS or tk.exact[x] == "&" for x in range(k, hi))
                if joined and k < hi and (tk.exact[k] == "," or tk.lower[k] in _LIST_WORDS):
                    while k < hi and (tk.exact[k] in (",", "&") or tk.lower[k] in _LIST_WORDS):
                        k += 1
                    if k < hi and _is_name_token(tk.exact[k]):
                        add_list(k)
            # "Aplikasi Sistem Informasi Rekapitulasi (Sirekap)": the short name in brackets
            # (also after a long name no name was taken from: "Seleksi Nasional Penerimaan Mahasiswa Baru (SNPMB)")
            if span is not None or _is_name_token(tk.exact[j]):
                last = span[1] if span is not None else j + MAX_NAME_TOKENS - 1
                k = last + 1
                while k < hi and k - last <= 4 and _is_name_token(tk.exact[k]):
                    k += 1
                if k + 2 < len(tk.exact) and tk.exact[k] == "(" and tk.exact[k + 2] == ")" and _is_name_token(tk.exact[k + 1]):
                    add((k + 1, k + 1))
        # ... and before it: "the Mercado Libre app", "its Mercado Pago digital payments app"
        # (the noun in lower case: in "New York Stock Exchange" it is part of the name)
        if not headline and text[noun.start : noun.end].islower():
            k = bisect_left(tk.starts, noun.start) - 1
            skipped = 0
            while k >= lo and skipped < 2 and tk.exact[k].islower() and tk.lower[k] not in lang.stopwords \
                    and lang.cues["outage"].search(text, tk.starts[k], tk.ends[k]) is None:
                k -= 1
                skipped += 1
            span = name_before(k) if k >= lo else None
            if span is not None:
                # only after a determiner: "the Kestrel app", "its Heron Pay ... app"; not
                # "millions of Australians without mobile service"
                before = span[0] - 1
                if before >= lo and lang.cues["name_determiners"].search(text, tk.starts[before], tk.ends[before]) is not None:
                    add(span)
                elif span[0] < span[1] and tk.lower[span[0]] in lang.stopwords:
                    add(span)  # "Its Heron Pay ...": the determiner opens the sentence
    if headline:
        return sorted(found.values(), key=lambda m: m.start)

    def hit_after(spans: list[tuple[int, int]]) -> bool:
        """An outage word right after a list set off by commas: "partners ..., including Air
        Do and Solaseed Air, were also hit by the disruption"."""
        if not spans:
            return False
        k = spans[-1][1] + 1
        if k >= hi or tk.exact[k] != ",":
            return False
        stop = tk.starts[min(hi - 1, k + 1 + LIST_VERB_TOKENS)]
        return lang.cues["outage"].search(text, tk.ends[k], stop) is not None or lang.cues["affect_verbs"].search(text, tk.ends[k], stop) is not None

    # 2b. a list after "including" / "termasuk" in a sentence about the outage: every name in it
    for lead in lang.cues["list_lead"].finditer(text, pos, endpos):
        # the list names services: after services ("websites including ...") or an outage
        # word ("knocked offline services including ..."), not "airports, including Haneda"
        head = window_start(text, lead.start, 4)
        if lang.cues["place_lead"].search(text, max(pos, head), lead.start) is not None:
            continue  # "Wilayah yang terdampak antara lain Abepura, Kotaraja ...": places
        if lang.cues["list_not_heads"].search(text, max(pos, window_start(text, lead.start, 2)), lead.start) is not None:
            continue  # "menghentikan perdagangan sekitar 40 saham, antara lain Barrick Gold": shares, not services
        if lang.cues["rival_gain"].search(text, max(pos, window_start(text, lead.start, 6)), lead.start) is not None:
            continue  # "users flocked to rival platforms such as AcFun and Douban": rivals
        first = bisect_left(tk.starts, lead.end)
        spans = None
        if (lang.cues["list_heads"].search(text, max(pos, head), lead.start) is None
                and lang.cues["service_nouns"].search(text, max(pos, head), lead.start) is None
                and lang.cues["outage"].search(text, max(pos, window_start(text, lead.start, 8)), lead.start) is None):
            spans = list_spans(first)  # walked once, for the word of harm after it and the names
            if not hit_after(spans):
                continue
        add_list(first, spans)
    # 2c. a list set off by a comma after a word for services ("Subscribers of the three
    #     mobile operators, MCI, Irancell and RighTel, said ..."): the names it holds
    for head in lang.cues["list_heads"].finditer(text, pos, endpos):
        k = bisect_left(tk.starts, head.end)
        if k + 1 < hi and tk.exact[k] == "," and tk.starts[k] == head.end and _is_name_token(tk.exact[k + 1]):
            spans_before = len(found)
            add_list(k + 1)
            if len(found) - spans_before < 2:  # a list: two names or more (not "banks, Reuters reported")
                for key in list(found)[spans_before:]:
                    del found[key]
    # 3. the object of a verb of harm: "gangguan menimpa Gojek", "an outage hit Revolut"
    for verb in lang.cues["affect_verbs"].finditer(text, pos, endpos):
        j = bisect_left(tk.starts, verb.end)
        # "could not log in to the Zorkbank App": over a determiner to the name
        if j + 1 < hi and tk.exact[j].islower() and determiners.search(text, tk.starts[j], tk.ends[j]) is not None:
            j += 1
        if j < hi:
            add_list(j)  # "unable to log in to Singpass and Corppass"
    # 3a. the subject of a passive verb of harm: "Japan Airlines was hit by a cyberattack"
    for verb in lang.cues["affected_passive"].finditer(text, pos, endpos):
        j = bisect_left(tk.starts, verb.start) - 1
        if j >= lo:
            linked = True
            add(name_before(j))
            linked = False
    # 3b. whose users lost something: "Kestrel Broadband customers lost their connection",
    #     "pelanggan Kestrel tidak bisa ..." (either side of the customer word)
    for who in lang.cues["customer_nouns"].finditer(text, pos, endpos):
        k = bisect_left(tk.starts, who.end)
        if k + 1 < hi and tk.lower[k] in lang.stopwords and not _is_name_token(tk.exact[k]):
            k += 1  # "customers of Halifax and Bank of Scotland"
            if k + 1 < hi and tk.lower[k] in lang.stopwords and not _is_name_token(tk.exact[k]):
                k += 1  # "customers of the Commonwealth Bank, Westpac and ANZ"
            add_list(k)
        elif k < hi:
            add(name_after(k))
        j = bisect_left(tk.starts, who.start) - 1
        # "State Bank of India (SBI) customers": over the initials in brackets to the name
        if j - 2 >= lo and tk.exact[j] == ")" and tk.exact[j - 2] == "(" and _is_name_token(tk.exact[j - 1]):
            j -= 3
        skipped = 0  # "StarHub broadband customers": over a describing word or two
        while j >= lo and skipped < 2 and tk.exact[j].islower() and tk.lower[j] not in lang.stopwords and j - 1 >= lo and _is_name_token(tk.exact[j - 1]):
            j -= 1
            skipped += 1
        if j >= lo:
            linked = before_users = True  # "Starbucks customers ...": a name even at the start of the sentence
            add(name_before(j))
            linked = before_users = False
    # 3c. "outage at Kestrel Broadband": the name after an outage word and "at"; "serangan
    #     ransomware terhadap Synnovis", "a cyberattack on Kestrel Health": the one attacked
    attacked = lang.cues["attack_on"].finditer(text, pos, endpos)
    for at in lang.cues["outage_at"].finditer(text, pos, endpos) + attacked:
        # "problems were also reported at Halifax": the outage word a few lower-case words before
        before = at if at in attacked else lang.cues["outage"].search(text, max(pos, window_start(text, at.start, OUTAGE_AT_WORDS)), at.start)
        if before is not None and not any(_is_name_token(w) for w in text[before.end : at.start].split()):
            j = bisect_left(tk.starts, at.end)
            skipped = 0  # "an outage at payment processor Kestrel Pay": over a describing word or two
            while j < hi and skipped < 2 and tk.exact[j].islower() and tk.exact[j].isalpha() and tk.lower[j] not in lang.stopwords:
                j += 1
                skipped += 1
            if j < hi:
                add(name_after(j))
    # 3e. the owner right after an outage noun: "Gangguan Zorkpay terjadi pada ...",
    #     "lumpuhnya Zorkbank", "the disruption to Zorkpay services"
    for lead in lang.cues["outage_of"].finditer(text, pos, endpos):
        j = bisect_left(tk.starts, lead.end)
        span = name_after(j) if j < hi and tk.starts[j] - lead.end <= 1 else None
        if span is not None and span[1] + 1 < hi:  # a verb goes on after it (not a subheading "Gangguan Berulang")
            add(span)
    # 3f. the one who apologises for an outage is its operator: "City Power apologises after
    #     prepaid electricity outage left Joburg residents in the dark", "Bank Zork minta maaf
    #     atas gangguan layanan"
    # (not the operator of a known service the sentence names: "Safaricom has apologised to
    # customers after its M-Pesa mobile money platform went down")
    for sorry in lang.cues["apology"].finditer(text, pos, endpos):
        if lang.cues["outage"].search(text, sorry.end, endpos) is None or any(m.start >= sorry.end for m in known):
            continue
        j = bisect_left(tk.starts, sorry.start) - 1
        while j >= lo and tk.lower[j] in gap_words:
            j -= 1  # "has apologised"
        if j >= lo:
            linked = True
            add(name_before(j))
            linked = False
    # 3d. the other names of a list that holds a known service: "Spotify, Deezer and Tidal
    #     went down", "Jira, Confluence, Opsgenie and other tools" (each name still passes
    #     add()); a list has a joining word ("and", "dan", "&"): commas alone set a name
    #     beside another ("Pemilik X, Elon Musk, mengklaim")
    def joined(k: int) -> bool:
        return tk.exact[k] == "&" or tk.lower[k] in _LIST_WORDS

    def separator(k: int) -> bool:
        return tk.exact[k] == "," or joined(k)

    for m in known:
        if m.bystander or not (pos <= m.start and m.end <= endpos):
            continue  # "users flocked to Telegram, Signal and Threema": a list of rivals stays one
        items: list[tuple[int, int]] = []
        has_joiner = False
        k = bisect_left(tk.starts, m.start) - 1
        while k >= lo and separator(k):
            has_joiner = has_joiner or joined(k)
            while k - 1 >= lo and separator(k - 1):  # ", and"
                k -= 1
                has_joiner = has_joiner or joined(k)
            span = name_before(k - 1) if k - 1 >= lo and _is_name_token(tk.exact[k - 1]) else None
            if span is None:
                break
            items.append(span)
            k = span[0] - 1
        k = bisect_left(tk.starts, m.end)
        while k < hi and separator(k):
            while k < hi and separator(k):
                has_joiner = has_joiner or joined(k)
                k += 1
            span = name_after(k) if k < hi else None
            if span is None:
                break
            items.append(span)
            k = span[1] + 1
        if has_joiner:
            for span in items:
                add(span)
    # 4. the subject of a sentence about the outage, named again and again in the article
    #    ("Revolut has blamed ... for an outage"): a proper name the story is about; not the
    #    one who speaks of it ("Ofcom said the failure ...")
    if not found and not known and counts is not None:
        span = name_after(lo)
        said = lang.cues["speech"].search(text, tk.starts[span[1] + 1], min(endpos, tk.ends[span[1] + 1])) if span is not None and span[1] + 1 < hi else None
        # ... unless it speaks of itself ("Transpower said it was working on a fix")
        itself = said is not None and lang.cues["self_reference"].search(text, said.end, min(endpos, said.end + SELF_REFERENCE_CHARS)) is not None
        if span is not None and (said is None or itself):
            name = " ".join(tk.exact[span[0] : span[1] + 1])
            if counts.get(name, 0) >= MIN_SUBJECT_MENTIONS and (span[0] < span[1] or _named_alone(tk, tk.exact[span[0]], common) >= MIN_SUBJECT_MENTIONS):
                subject_ok = True
                add(span)
    # 5. the employer in the title of one who speaks of the outage ("Toronto Hydro spokesperson
    #    Elena Marchetti said ...", "according to Lakeside spokeswoman ..."): the operator, a
    #    victim only when the outage names no other. (Not the employer after the role, "juru
    #    bicara Zorkgrid, Rina,": tried, it named more bystanders than operators in the holdout.)
    if not found and not known and not headline:
        for role in lang.cues["person_role"].finditer(text, pos, endpos):
            r = bisect_left(tk.starts, role.start)
            if lo <= r - 1 and r < hi and _is_name_token(tk.exact[r - 1]) and before_a_role(text, lang, tk.ends[r - 1], endpos):
                span = name_before(r - 1)
                # a name the article keeps writing (not a passing expert's employer); it speaks (below)
                if span is not None and counts is not None and counts.get(tk.exact[span[0]], 0) >= MIN_SUBJECT_MENTIONS:
                    add(span)
    # "according to users and a Banglalink official": a name right before a person's role is
    # that person's employer, one who speaks (a victim only when the outage names no other)
    for key, m in list(found.items()):
        if before_a_role(text, lang, m.end, endpos):
            found[key] = ServiceMention(m.start, m.end, m.text, m.key, m.bystander, True)
    # "perusahaan asal Redmond", "the Redmond-based company", "headquartered in Redmond": a
    # company's home, not a service
    origin = lang.cues["origin_lead"]
    return sorted(
        (m for m in found.values()
         if (lead := origin.search(text, max(pos, window_start(text, m.start, ORIGIN_LEAD_WORDS)), m.start)) is None or text[lead.end : m.start].strip()),
        key=lambda m: m.start,
    )
