"""Loads and validates the language data in `data/` and compiles it into matchers.

Everything language-specific the extractor knows comes from here: cue phrases
and number words from `data/lang/<code>.toml`, services from
`data/services.toml`, causes from `data/causes.toml`, region aliases from
`data/regions.toml`, and month, weekday and territory names from CLDR through
Babel. Adding a language is a data change: a new `data/lang/<code>.toml` with
the same keys, and the code in `LANGUAGES`.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache

from .resources import data_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LANGUAGES = ("id", "en")

# Keys every data/lang/<code>.toml must have (the schema; tests check it).
CUE_KEYS = (
    "outage", "outage_negation", "recovery", "began", "since_not_date", "citation",
    "region_exclusion", "duration_exclusion", "duration_exclusion_after", "recovery_after", "service_bystander",
    "service_bystander_after", "impact_context", "rival_gain", "since_when", "unaffected", "time_status", "complaint", "venue", "not_incident", "title_not_incident",
    "operator_speaker", "speech", "correction", "speculation", "denial", "undisclosed", "because", "because_backward",
)
DATE_KEYS = (
    "today", "yesterday", "day_before_yesterday", "this_week", "last_week", "last_month",
    "last_year", "this_year", "month_past", "month_lead", "pm", "am", "noon", "time_lead",
    "range_joiner", "published",
)
UNIT_KEYS = ("minute", "hour", "day", "week", "second")
QUALIFIER_KEYS = ("about", "up_to", "nearly", "at_least")

# CLDR territory codes that are not places an outage can hit.
_NOT_PLACES = {"ZZ", "QO", "EZ", "UN", "XA", "XB", "XK"}


class DataError(ValueError):
    """The language data in data/ is malformed."""


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    key: str
    text: str


def _form_pattern(form: str) -> str:
    body = r"\s+".join(re.escape(part) for part in form.split())
    head = r"(?<!\w)" if re.match(r"\w", form) else ""
    tail = r"(?!\w)" if re.search(r"\w$", form) else ""
    return head + body + tail


def _norm(text: str) -> str:
    return " ".join(text.split())


class PhraseMatcher:
    """Finds any of a set of phrases, leftmost-longest, on word boundaries.

    `forms` maps a key to its surface forms. A form is matched case-insensitively
    unless it is in `case_sensitive`. The compiled pattern is a plain alternation
    of literals (no nested quantifiers), so matching is linear in the text.
    """

    def __init__(self, forms: dict[str, list[str]], case_sensitive: set[str] | frozenset[str] = frozenset()):
        self._ci: dict[str, str] = {}
        self._cs: dict[str, str] = {}
        alternatives: list[tuple[int, str]] = []
        for key, surface_forms in forms.items():
            for form in surface_forms:
                form = _norm(form)
                if not form:
                    continue
                if form in case_sensitive:
                    self._cs.setdefault(form, key)
                    alternatives.append((len(form), _form_pattern(form)))
                else:
                    if form.lower() in self._ci:
                        continue
                    self._ci[form.lower()] = key
                    alternatives.append((len(form), "(?i:" + _form_pattern(form) + ")"))
        alternatives.sort(key=lambda item: -item[0])
        self.empty = not alternatives
        self._regex = re.compile("|".join(p for _, p in alternatives)) if alternatives else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Match]:
        if self._regex is None:
            return []
        endpos = len(text) if endpos is None else endpos
        found = []
        for m in self._regex.finditer(text, pos, endpos):
            surface = _norm(m.group())
            key = self._cs.get(surface) or self._ci.get(surface.lower())
            if key is None:  # a case-sensitive form seen in another case
                continue
            found.append(Match(m.start(), m.end(), key, m.group()))
        return found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        if self._regex is None:
            return None
        endpos = len(text) if endpos is None else endpos
        for m in self._regex.finditer(text, pos, endpos):
            surface = _norm(m.group())
            key = self._cs.get(surface) or self._ci.get(surface.lower())
            if key is not None:
                return Match(m.start(), m.end(), key, m.group())
        return None

    def pattern(self) -> str:
        """The alternation as a regex fragment (for embedding in a larger pattern)."""
        return self._regex.pattern if self._regex is not None else r"(?!x)x"


def _cues(forms: list[str]) -> PhraseMatcher:
    return PhraseMatcher({"cue": forms})


@dataclass
class Language:
    code: str
    stopwords: frozenset[str]
    cues: dict[str, PhraseMatcher]
    cue_forms: dict[str, list[str]]
    dates: dict[str, list[str]]
    date_cues: dict[str, PhraseMatcher]
    units: PhraseMatcher
    whole_durations: dict[str, tuple[float, str]]
    qualifiers: PhraseMatcher
    duration_lead: PhraseMatcher
    number_words: dict[str, float]
    teen_suffix: list[str]
    tens_suffix: list[str]
    half_suffix: list[str]
    decimal_comma: bool
    symptoms: PhraseMatcher
    causes: PhraseMatcher
    months: dict[str, int] = field(default_factory=dict)
    month_abbreviations: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)


@dataclass
class Lexicon:
    languages: dict[str, Language]
    services: PhraseMatcher
    service_names: dict[str, str]
    service_operator: dict[str, str]
    service_kind: dict[str, str]
    operators: PhraseMatcher
    regions: PhraseMatcher
    region_names: dict[str, str]
    timezones: dict[str, str]
    timezone_matcher: PhraseMatcher
    unit_minutes: dict[str, float]
    fingerprint: str

    def language(self, code: str | None) -> Language:
        return self.languages.get(code or "", self.languages[LANGUAGES[0]])


def _load_toml(name: str) -> dict:
    path = data_dir() / name
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"{path}: {exc}") from exc


def _require(table: dict, keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if k not in table]
    if missing:
        raise DataError(f"{where}: missing keys {missing}")


def _cldr_calendar(code: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    from babel import Locale  # heavy; only when extraction runs

    locale = Locale.parse(code)
    months: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.months[context]["wide"].items():
            months[name] = number
        for number, name in locale.months[context]["abbreviated"].items():
            name = name.rstrip(".")
            if name not in months:
                abbreviations[name] = number
    weekdays: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            weekdays[name] = number  # 0 = Monday, as in datetime.weekday()
    return months, abbreviations, weekdays


def _language(code: str, causes: dict) -> Language:
    raw = _load_toml(f"lang/{code}.toml")
    where = f"data/lang/{code}.toml"
    _require(raw, ("code", "stopwords", "cues", "dates", "durations", "numbers", "symptoms"), where)
    _require(raw["cues"], CUE_KEYS, where + " [cues]")
    _require(raw["dates"], DATE_KEYS, where + " [dates]")
    durations = raw["durations"]
    _require(durations, ("units", "whole", "qualifiers", "lead"), where + " [durations]")
    _require(durations["units"], UNIT_KEYS, where + " [durations.units]")
    _require(durations["qualifiers"], QUALIFIER_KEYS, where + " [durations.qualifiers]")
    months, abbreviations, weekdays = _cldr_calendar(code)
    extra = raw["dates"].get("month_aliases", {})
    for name, number in extra.items():
        abbreviations[name] = int(number)
    cause_forms = {category: forms.get(code, []) for category, forms in causes.items()}
    return Language(
        code=code,
        stopwords=frozenset(raw["stopwords"]),
        cues={key: _cues(forms) for key, forms in raw["cues"].items()},
        cue_forms=dict(raw["cues"]),
        dates=dict(raw["dates"]),
        date_cues={key: _cues(forms) for key, forms in raw["dates"].items() if isinstance(forms, list)},
        units=PhraseMatcher(durations["units"]),
        whole_durations={k: (float(v[0]), str(v[1])) for k, v in durations["whole"].items()},
        qualifiers=PhraseMatcher(durations["qualifiers"]),
        duration_lead=_cues(durations["lead"]),
        number_words={k: float(v) for k, v in raw["numbers"]["words"].items()},
        teen_suffix=list(raw["numbers"].get("teen_suffix", [])),
        tens_suffix=list(raw["numbers"].get("tens_suffix", [])),
        half_suffix=list(raw["numbers"].get("half_suffix", [])),
        decimal_comma=bool(raw["numbers"].get("decimal_comma", False)),
        symptoms=PhraseMatcher(raw["symptoms"]),
        causes=PhraseMatcher(cause_forms),
        months=months,
        month_abbreviations=abbreviations,
        weekdays=weekdays,
    )


def _regions(languages: tuple[str, ...]) -> tuple[PhraseMatcher, dict[str, str]]:
    from babel import Locale

    raw = _load_toml("regions.toml")
    case_sensitive = set(raw.get("matching", {}).get("case_sensitive", []))
    english = Locale.parse("en").territories
    names = {code: name for code, name in english.items() if code not in _NOT_PLACES}
    forms: dict[str, list[str]] = {}
    for lang in languages:
        for code, name in Locale.parse(lang).territories.items():
            if code in _NOT_PLACES or code not in names or code == "001":
                continue  # "world" / "dunia" alone is a word ("the world's biggest"); data/regions.toml has the phrases
            forms.setdefault(code, []).append(name)
    for code, aliases in raw["aliases"].items():
        if code not in names:
            raise DataError(f"data/regions.toml: unknown CLDR territory {code!r}")
        forms.setdefault(code, []).extend(aliases)
    # Proper names (capitalised) are matched in their case; phrases in lower case in any case.
    for code_forms in forms.values():
        for form in code_forms:
            if form[:1].isupper():
                case_sensitive.add(form)
    return PhraseMatcher(forms, case_sensitive), names


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The compiled lexicon (cached for the life of the process)."""
    services_raw = _load_toml("services.toml")
    causes = _load_toml("causes.toml")
    service_forms: dict[str, list[str]] = {}
    case_sensitive: set[str] = set()
    names: dict[str, str] = {}
    operator_of: dict[str, str] = {}
    kind_of: dict[str, str] = {}
    for key, entry in services_raw["services"].items():
        _require(entry, ("name", "aliases", "operator", "kind"), f"data/services.toml [services.{key}]")
        names[key] = entry["name"]
        operator_of[key] = entry["operator"]
        kind_of[key] = entry["kind"]
        service_forms[key] = [entry["name"], *entry["aliases"]]
        case_sensitive.update(entry.get("case_sensitive", []))
        # one- and two-letter names ("X", "WA", "IG") only in the case written
        case_sensitive.update(f for f in service_forms[key] if len(f) <= 2)
    operators = PhraseMatcher(services_raw.get("operators", {}))
    languages = {code: _language(code, causes) for code in LANGUAGES}
    regions, region_names = _regions(LANGUAGES)
    timezones = {k: str(v) for k, v in _load_toml("timezones.toml").items()}
    units = {k: float(v) for k, v in _load_toml("units.toml").items()}
    return Lexicon(
        languages=languages,
        services=PhraseMatcher(service_forms, case_sensitive),
        service_names=names,
        service_operator=operator_of,
        service_kind=kind_of,
        operators=operators,
        regions=regions,
        region_names=region_names,
        timezones=timezones,
        timezone_matcher=PhraseMatcher({k: [k] for k in timezones}, set(timezones)),
        unit_minutes=units,
        fingerprint=data_fingerprint(),
    )


def data_fingerprint() -> str:
    """A hash of every file in data/: stored results are stale when it changes."""
    digest = hashlib.sha256()
    root = data_dir()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
