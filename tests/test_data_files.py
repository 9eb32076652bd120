"""The language data in data/ against its schema (like dateparser's tests/test_data.py).

Every data/lang/<code>.toml has the same keys (lexicon.CUE_KEYS, DATE_KEYS, UNIT_KEYS,
QUALIFIER_KEYS), no empty strings, no form twice in one list; services, causes, regions,
time zones and units are checked against the models and CLDR.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from pytest import param

from outages import lexicon
from outages.extract import causes as C
from outages.models import CauseCategory, Qualifier
from outages.resources import data_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def _load(path: Path) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


LANG_FILES = sorted((data_dir() / "lang").glob("*.toml"))

# Top-level tables and the keys the code reads from them. Optional keys are read with .get().
TOP_KEYS = {"code", "stopwords", "demonym_suffixes", "cues", "dates", "durations", "numbers", "symptoms"}
DATE_OPTIONAL = {"year_lead", "month_aliases", "fixed_days", "place_time_after", "place_time_before"}
DURATION_KEYS = {"units", "whole", "qualifiers", "lead"}
NUMBER_KEYS = {"words", "weak", "teen_suffix", "tens_suffix", "half_suffix", "decimal_comma"}
# Tables whose keys are surface forms themselves (not schema keys).
FORM_TABLES = {"durations.whole", "numbers.words", "dates.month_aliases", "dates.fixed_days"}  # fixed_days: keys are days


def _key_paths(table: dict, prefix: str = "") -> set[str]:
    out = set()
    for key, value in table.items():
        path = prefix + key
        out.add(path)
        if isinstance(value, dict) and path not in FORM_TABLES:
            out |= _key_paths(value, path + ".")
    return out


def _lists(table: dict, prefix: str = ""):
    """(path, list of forms) for every list of strings in the table."""
    for key, value in table.items():
        path = prefix + key
        if isinstance(value, dict):
            if path in FORM_TABLES:
                yield path + " (keys)", list(value)
            else:
                yield from _lists(value, path + ".")
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            yield path, value


def _norm(form: str) -> str:
    return " ".join(form.split()).casefold()


def _lang_lists() -> list:
    params = []
    for path in LANG_FILES:
        for key, forms in _lists(_load(path)):
            params.append((path.stem, key, forms))
    return params


# Known duplicates in the data at the time of writing (strict: remove the mark once fixed).
_KNOWN_DUPLICATES: dict[tuple[str, str], str] = {}


def _dup_params() -> list:
    out = []
    for code, key, forms in _lang_lists():
        marks = ()
        if (code, key) in _KNOWN_DUPLICATES:
            marks = pytest.mark.xfail(reason=_KNOWN_DUPLICATES[(code, key)], strict=True)
        out.append(param(code, key, forms, id=f"{code}-{key}", marks=marks))
    return out


# ---------------------------------------------------------------- data/lang/*.toml

def test_every_supported_language_has_a_file():
    assert sorted(p.stem for p in LANG_FILES) == sorted(lexicon.LANGUAGES)


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: p.stem)
def test_language_file_code_matches_its_name(path):
    assert _load(path)["code"] == path.stem


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: p.stem)
def test_language_file_follows_the_schema(path):
    raw = _load(path)
    assert set(raw) == TOP_KEYS
    assert set(raw["cues"]) == set(lexicon.CUE_KEYS)
    assert set(raw["dates"]) - DATE_OPTIONAL == set(lexicon.DATE_KEYS)
    assert set(raw["durations"]) == DURATION_KEYS
    assert set(raw["durations"]["units"]) == set(lexicon.UNIT_KEYS)
    assert set(raw["durations"]["qualifiers"]) == set(lexicon.QUALIFIER_KEYS)
    assert set(raw["numbers"]) <= NUMBER_KEYS and "words" in raw["numbers"]


@pytest.mark.parametrize("path", LANG_FILES[1:], ids=lambda p: p.stem)
def test_language_files_have_exactly_the_same_keys(path):
    reference = _key_paths(_load(LANG_FILES[0]))
    assert _key_paths(_load(path)) == reference


@pytest.mark.parametrize("code, key, forms", [param(c, k, f, id=f"{c}-{k}") for c, k, f in _lang_lists()])
def test_language_lists_have_no_empty_forms(code, key, forms):
    assert all(f.strip() for f in forms), f"{code} {key}: empty form"


@pytest.mark.parametrize("code, key, forms", _dup_params())
def test_language_lists_have_no_duplicated_forms(code, key, forms):
    seen: dict[str, str] = {}
    dups = []
    for f in forms:
        n = _norm(f)
        if n in seen:
            dups.append(f)
        seen.setdefault(n, f)
    assert dups == [], f"{code} {key}: duplicated {dups}"


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: p.stem)
def test_language_values_have_the_right_types(path):
    raw = _load(path)
    for word, value in raw["numbers"]["words"].items():
        assert isinstance(value, (int, float)) and value >= 0, word
    assert isinstance(raw["numbers"].get("decimal_comma", False), bool)
    qualifiers = set(Qualifier.__args__)
    for phrase, spec in raw["durations"]["whole"].items():
        minutes, qualifier = spec
        assert isinstance(minutes, (int, float)) and minutes > 0, phrase
        assert qualifier in qualifiers, phrase
    for alias, month in raw["dates"].get("month_aliases", {}).items():
        assert 1 <= int(month) <= 12, alias
    for key, forms in raw["symptoms"].items():
        assert forms, f"symptom {key} has no forms"


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: p.stem)
def test_every_cue_list_has_forms(path):
    raw = _load(path)
    empty = [k for k, v in raw["cues"].items() if not v]
    assert empty == []


def test_the_lexicon_loads():
    lex = lexicon.load()
    assert set(lex.languages) == set(lexicon.LANGUAGES)


# ---------------------------------------------------------------- services.toml

SERVICES = _load(data_dir() / "services.toml")


@pytest.mark.parametrize("key", sorted(SERVICES["services"]))
def test_service_entries_have_name_aliases_operator_kind(key):
    entry = SERVICES["services"][key]
    for field in ("name", "operator", "kind"):
        assert isinstance(entry.get(field), str) and entry[field].strip(), field
    assert isinstance(entry.get("aliases"), list) and entry["aliases"]
    assert all(isinstance(a, str) and a.strip() for a in entry["aliases"])
    assert set(entry) <= {"name", "aliases", "operator", "kind", "case_sensitive", "only_in", "match_name"}
    # a name matched only through its aliases ("911" alone is a number; "911 calls" the service)
    assert isinstance(entry.get("match_name", True), bool)
    assert set(entry.get("case_sensitive", [])) <= {entry["name"], *entry["aliases"]}
    # an alias that counts only in some languages ("WA": WhatsApp in Indonesian only)
    for form, langs in entry.get("only_in", {}).items():
        assert form in entry["aliases"] and langs and set(langs) <= set(lexicon.LANGUAGES), form


def test_no_alias_is_shared_by_two_services():
    owner: dict[str, str] = {}
    shared = []
    for key, entry in SERVICES["services"].items():
        for form in {_norm(f) for f in [entry["name"], *entry["aliases"]]}:
            if form in owner and owner[form] != key:
                shared.append((form, owner[form], key))
            owner.setdefault(form, key)
    assert shared == []


def test_service_names_are_unique():
    names = [_norm(e["name"]) for e in SERVICES["services"].values()]
    assert len(names) == len(set(names))


def test_operator_forms_are_not_empty_or_shared():
    owner: dict[str, str] = {}
    for operator, forms in SERVICES.get("operators", {}).items():
        assert forms, operator
        for f in forms:
            assert f.strip(), operator
            assert owner.setdefault(_norm(f), operator) == operator, f


# ---------------------------------------------------------------- causes.toml

CAUSES = _load(data_dir() / "causes.toml")


def test_cause_categories_are_the_model_categories_minus_undisclosed():
    assert set(CAUSES) == set(CauseCategory.__args__) - {"undisclosed"}


def test_cause_tie_break_order_names_every_category_once():
    assert sorted(C.ORDER) == sorted(CAUSES)
    assert len(C.ORDER) == len(set(C.ORDER))


_KNOWN_CAUSE_DUPLICATES: dict[tuple[str, str], str] = {}


def _cause_params() -> list:
    out = []
    for category in sorted(CAUSES):
        for code in lexicon.LANGUAGES:
            reason = _KNOWN_CAUSE_DUPLICATES.get((category, code))
            marks = pytest.mark.xfail(reason=reason, strict=True) if reason else ()
            out.append(param(category, code, id=f"{code}-{category}", marks=marks))
    return out


@pytest.mark.parametrize("category, code", _cause_params())
def test_every_category_has_forms_in_every_language(category, code):
    forms = CAUSES[category].get(code)
    assert forms, f"{category} has no {code} forms"
    assert all(f.strip() for f in forms)
    normed = [_norm(f) for f in forms]
    assert len(normed) == len(set(normed)), f"{category}.{code}: duplicated form"


# ---------------------------------------------------------------- regions.toml

REGIONS = _load(data_dir() / "regions.toml")


def _cldr_territories() -> set[str]:
    from babel import Locale

    return set(Locale.parse("en").territories)


@pytest.mark.parametrize("code", sorted(REGIONS["aliases"]))
def test_region_codes_are_cldr_territories(code):
    assert code in _cldr_territories()
    assert code not in lexicon._NOT_PLACES


@pytest.mark.parametrize("code", sorted(REGIONS["aliases"]))
def test_region_aliases_are_not_empty_or_repeated(code):
    forms = REGIONS["aliases"][code]
    assert forms and all(f.strip() for f in forms)
    assert len(forms) == len(set(forms))


def test_case_sensitive_region_forms_are_region_forms():
    aliases = {f for forms in REGIONS["aliases"].values() for f in forms}
    assert set(REGIONS.get("matching", {}).get("case_sensitive", [])) <= aliases


CITIES = _load(data_dir() / "cities.toml")


def test_cities_are_in_cldr_territories_and_left_out_names_stay_out():
    territories = _cldr_territories()
    skip = set(REGIONS["cities"]["skip"])
    aliases = {f for forms in REGIONS["aliases"].values() for f in forms}
    seen: set[str] = set()
    for code, cities in CITIES["cities"].items():
        assert code in territories and code not in lexicon._NOT_PLACES
        assert cities and all(c.strip() for c in cities)
        assert not (set(cities) & skip), f"{code}: a skipped name is listed"
        assert not (set(cities) & aliases), f"{code}: an alias of data/regions.toml is repeated"
        assert not (set(cities) & seen), f"{code}: a city named in two countries"
        seen.update(cities)


SUBDIVISIONS = _load(data_dir() / "subdivisions.toml")


def test_subdivisions_are_in_cldr_territories_and_left_out_names_stay_out():
    territories = _cldr_territories()
    skip = set(REGIONS["subdivisions"]["skip"]) | set(REGIONS["cities"]["skip"])
    known = {f for forms in REGIONS["aliases"].values() for f in forms}
    known |= {f for forms in CITIES["cities"].values() for f in forms}
    seen: set[str] = set()
    for code, names in SUBDIVISIONS["subdivisions"].items():
        assert code in territories and code not in lexicon._NOT_PLACES
        assert names and all(n.strip() and len(n) > 3 for n in names)
        assert len(names) == len(set(names)), f"{code}: a name listed twice"
        assert not (set(names) & skip), f"{code}: a skipped name is listed"
        assert not (set(names) & known), f"{code}: an alias or a city is repeated"
        assert not (set(names) & seen), f"{code}: a subdivision named in two countries"
        seen.update(names)


def test_not_place_names_are_not_empty_or_repeated():
    forms = REGIONS.get("not_places", {}).get("forms", [])
    assert all(f.strip() for f in forms)
    assert len(forms) == len(set(forms))


# ---------------------------------------------------------------- timezones.toml, units.toml, furniture.toml

TIMEZONES = _load(data_dir() / "timezones.toml")
_OFFSET = re.compile(r"^[+-](\d{2}):(\d{2})$")


@pytest.mark.parametrize("abbreviation", sorted(TIMEZONES))
def test_timezones_parse(abbreviation):
    spec = TIMEZONES[abbreviation]
    assert isinstance(spec, str) and abbreviation.strip()
    m = _OFFSET.match(spec)
    if m:
        assert int(m.group(1)) <= 14 and int(m.group(2)) < 60
        return
    from zoneinfo import ZoneInfo

    ZoneInfo(spec)  # raises for an unknown IANA name


def test_units_match_the_schema():
    units = _load(data_dir() / "units.toml")
    assert set(units) == set(lexicon.UNIT_KEYS)
    assert all(isinstance(v, (int, float)) and v > 0 for v in units.values())
    assert units["minute"] == 1 and units["hour"] == 60 and units["day"] == 1440


def test_furniture_lists_are_not_empty_or_repeated():
    raw = _load(data_dir() / "furniture.toml")
    for key in ("line_prefixes", "line_contains", "block_headers", "separators"):
        forms = raw[key]
        assert forms and all(f.strip() for f in forms), key
        normed = [_norm(f) for f in forms]
        assert len(normed) == len(set(normed)), key


def test_service_countries_name_known_services_and_cldr_territories():
    raw = _load(data_dir() / "services.toml")
    territories = _cldr_territories()
    seen: set[str] = set()
    for code, keys in raw.get("countries", {}).items():
        assert code in territories and code not in lexicon._NOT_PLACES
        assert keys and set(keys) <= set(raw["services"]), f"{code}: unknown service keys"
        assert not (set(keys) & seen), f"{code}: a service in two countries"
        seen.update(keys)
