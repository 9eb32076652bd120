#!/usr/bin/env python3
"""Write data/subdivisions.toml: the countries' states, provinces and regions, by country.

    pip install pycountry==26.2.16 && python scripts/make_subdivisions.py > data/subdivisions.toml

Source: ISO 3166-2 as packaged by pycountry (from Debian's iso-codes, LGPL-2.1-or-later).
Kept: every country's first-level subdivisions ("New South Wales", "Kerala", "Sindh") and,
where a country's first level is only a handful (fewer than SECOND_LEVEL_UNDER) of nations
or provinces, the level below, which is what news names there (the United Kingdom's council
areas and counties, "Shetland Islands", "Cornwall"; Ireland's counties). Written as ISO
writes them and, where that has accents, without them ("Tamil Nādu", "Tamil Nadu"); a name
with another form in brackets gives both ("Catalunya [Cataluña]"), a name written with its
designation after a comma gives the name and the whole ("Asturias, Principado de":
"Asturias", "Principado de Asturias"), and a designation in the country's language that ends
the name of every subdivision of one type in a country is also left off ("Guangdong
Sheng": "Guangdong", "Skåne län": "Skåne").
Left out, and counted on stderr by reason: names of three letters or fewer; the names in
data/regions.toml [subdivisions] skip (words of a supported language, people's names,
generic names, namesakes better known elsewhere) and [cities] skip; a saint's name, which
churches, schools and people bear too ("Saint Lucy", "Santa Fe"); a country's CLDR
name in a supported language, or part of one ("Georgia", "Virgin Islands"); a name that
CLDR, data/regions.toml or data/cities.toml already gives; a service's or operator's name
in data/services.toml; a name listed in data/regions.toml [not_places]; and a name that
subdivisions of two countries bear ("Punjab", "Limburg", "Central").
No English forms are added: CLDR has subdivision names, but Babel does not ship them
("Bayern" stays "Bayern"), and pycountry's translations of ISO's names (iso-codes' "en" and
"id" catalogues) are sparse and uneven; a form news uses that ISO lacks goes in
data/regions.toml.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

import pycountry
from datafile import without_accents, write_table

SECOND_LEVEL_UNDER = 5  # a first level of fewer subdivisions than this: take the level below too
MIN_LETTERS = 4  # names of three letters or fewer are left out ("Goa", "Mie")
DESIGNATION_MIN = 3  # a word shared by this many subdivisions of one type or more is a designation

ROOT = Path(__file__).resolve().parent.parent
_CODE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")  # "Wales [Cymru GB-CYM]": another code, not a name
_LIST = re.compile(r"\b(?:and|y|et|und|e)\b")  # "Armagh City, Banbridge and Craigavon": one name
_WORD = re.compile(r"\w+")
_SAINT = re.compile(r"^(?:Saint|Sainte|St|San|Santa|Santo|São|Sao)\W+\w+(?:'s)?$")  # "Saint Lucy", "Santa Fe"


def _key(name: str) -> str:
    """One name however written: "South-West", "South West", "Nādu", "nadu"."""
    return " ".join(_WORD.findall(without_accents(name).casefold()))


def _names(iso: str) -> list[str]:
    """The forms of one ISO 3166-2 name: "Catalunya [Cataluña]", "Murcia, Región de", "A / B"."""
    main, _, bracket = iso.partition("[")
    pieces = [main]
    alternative = _CODE.sub("", bracket.rstrip("]")).strip()
    if alternative and not alternative.islower():  # "[city]" is a note
        pieces.append(alternative)
    out: list[str] = []
    for piece in pieces:
        piece = re.sub(r"\([^)]*\)", "", piece)  # "Ilocos (Region I)", "Guyane (française)"
        for part in piece.split("/"):
            part = " ".join(part.split()).strip(" ,")
            head, comma, tail = part.partition(", ")
            if comma and not _LIST.search(tail) and "," not in tail:
                out += [head, f"{tail} {head}"]  # "Asturias", "Principado de Asturias"
            elif part:
                out.append(part)
    return [n for n in dict.fromkeys(out) if n[:1].isupper()]


def _designations(subdivisions: list) -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, type) -> the words that every subdivision of that type ends with, in the
    country's language ("Sheng", "län", "oblast"); not a word of ISO's English name of the
    type ("Western Province", "Northern Region", "Line Islands": the word is the name's)."""
    groups: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    for s in subdivisions:
        names = _names(s.name)
        if names:
            groups[(s.country_code, s.type)].append(names[0].split())
    out = {}
    for (country, kind), names in groups.items():
        if len(names) < DESIGNATION_MIN:
            continue
        trail: list[str] = []
        while all(len(n) > len(trail) + 1 and n[-len(trail) - 1] == names[0][-len(trail) - 1] for n in names):
            trail.insert(0, names[0][-len(trail) - 1])
        if trail and not {w.casefold() for w in trail} & {w.casefold() for w in _WORD.findall(kind)}:
            out[(country, kind)] = tuple(trail)
    return out


def _strip(name: str, trail: tuple[str, ...]) -> str:
    words = name.split()
    return " ".join(words[: -len(trail)]) if trail and tuple(words[-len(trail) :]) == trail else name


def main() -> None:
    regions = tomllib.loads((ROOT / "data" / "regions.toml").read_text(encoding="utf-8"))
    services = tomllib.loads((ROOT / "data" / "services.toml").read_text(encoding="utf-8"))
    cities = tomllib.loads((ROOT / "data" / "cities.toml").read_text(encoding="utf-8"))
    skip = {_key(n) for n in regions.get("subdivisions", {}).get("skip", [])}
    city_skip = {_key(n) for n in regions.get("cities", {}).get("skip", [])}
    not_places = {_key(n) for n in regions.get("not_places", {}).get("forms", [])}
    known = {_key(f) for forms in regions["aliases"].values() for f in forms}
    known |= {_key(f) for forms in cities["cities"].values() for f in forms}
    named = {_key(f) for forms in services.get("operators", {}).values() for f in forms}
    for entry in services["services"].values():
        named |= {_key(f) for f in [entry["name"], *entry["aliases"]]}
    from babel import Locale

    sys.path.insert(0, str(ROOT / "src"))
    from outages.lexicon import _NOT_PLACES, _SHORT_TERRITORY

    places = set(Locale.parse("en").territories) - _NOT_PLACES
    countries: set[str] = set()  # a country's name and every run of words in it
    for lang in ("en", "id"):
        for name in Locale.parse(lang).territories.values():
            for full in {name, _SHORT_TERRITORY.sub("", name)}:
                known.add(_key(full))
                words = _WORD.findall(_key(full))
                countries |= {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}

    every = list(pycountry.subdivisions)
    first = Counter(s.country_code for s in every if s.parent_code is None)
    chosen = [s for s in every if s.parent_code is None or first[s.country_code] < SECOND_LEVEL_UNDER]
    designations = _designations(chosen)
    candidates: list[tuple[str, str]] = []  # (code, form), in ISO's order
    for s in sorted(chosen, key=lambda s: s.code):
        trail = designations.get((s.country_code, s.type), ())
        for name in _names(s.name):
            for form in (name, _strip(name, trail)):
                candidates += [(s.country_code, form), (s.country_code, without_accents(form))]
    candidates = list(dict.fromkeys((code, form) for code, form in candidates if form[:1].isupper()))
    bearers: dict[str, set[str]] = defaultdict(set)
    for code, form in candidates:
        bearers[_key(form)].add(code)

    out: dict[str, list[str]] = defaultdict(list)
    dropped: Counter[str] = Counter()
    for code, form in candidates:
        k = _key(form)
        if code not in places:
            reason = "no CLDR territory"
        elif sum(c.isalpha() for c in form) < MIN_LETTERS:
            reason = "three letters or fewer"
        elif k in skip:
            reason = "in [subdivisions] skip"
        elif k in city_skip:
            reason = "in [cities] skip"
        elif k in countries and k not in known:
            reason = "part of a country's name"
        elif k in known:
            reason = "given by CLDR, aliases or cities"
        elif k in named:
            reason = "a service's or operator's name"
        elif k in not_places:
            reason = "in [not_places]"
        elif _SAINT.match(form):
            reason = "a saint's name"
        elif len(bearers[k]) > 1:
            reason = "borne in two countries"
        else:
            if form not in out[code]:
                out[code].append(form)
            continue
        dropped[reason] += 1
    kept = sum(len(v) for v in out.values())
    print(f"subdivisions: kept {kept} names in {len(out)} countries; dropped {sum(dropped.values())}:", file=sys.stderr)
    for reason, n in dropped.most_common():
        print(f"  {n:5d} {reason}", file=sys.stderr)
    shown = sorted({" ".join(trail) for trail in designations.values()})
    print("  designations left off: " + ", ".join(shown), file=sys.stderr)
    write_table([
        "Countries' states, provinces and regions: a subdivision named as hit stands for its country.",
        "Made by scripts/make_subdivisions.py from ISO 3166-2 as packaged by pycountry (Debian's",
        "iso-codes, LGPL-2.1-or-later); first-level subdivisions, and the level below where the first",
        f"has fewer than {SECOND_LEVEL_UNDER} (the United Kingdom's and Ireland's counties). Do not edit by hand:",
        "add to the skip list in data/regions.toml [subdivisions] and run the script again.",
    ], "subdivisions", out)

if __name__ == "__main__":
    main()
