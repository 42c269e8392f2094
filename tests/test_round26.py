"""Issue 17, round 26 (benchmarks/RESULTS.md): a country's name in the translation's language mistyped.

The names check found a place's name mistyped only where the name spells the Arabic's letters (Bulgria for بلغاريا)
or a neighbour swapped or letter doubled as no ending does. A name the language writes otherwise (Germania for
ألمانيا, India for الهند), or a slip at its end (Indai), was missed, and so was a slip beside the name spelt right
where the source says it twice. Now a word no other unit has, one slip off the place's name, which the language's
spelling dictionary does not know while it knows the name, is a names warning, unless it is the name in English,
without its accents, with another ending, or with a consonant doubled as the shadda does. The units are real:
tests/data/checks/round26.tsv.
"""

from __future__ import annotations

import pytest
from conftest import assert_names_row, data_rows
from kztr.checks.places import unknown_place_slip
from kztr.text.dictionaries import present

ROWS = data_rows("round26.tsv")


@pytest.mark.parametrize(("language", "verdict", "arabic", "translation", "end"), ROWS,
                         ids=[f"{row[0]}-{row[1]}-{index}" for index, row in enumerate(ROWS)])
def test_names_on_real_units(language, verdict, arabic, translation, end):
    assert present(language), f"scripts/test installs the {language} spelling dictionary"
    assert_names_row(language, verdict, arabic, translation, end)


@pytest.mark.parametrize(("word", "name", "language", "slip"), [
    ("Germanai", "Germania", "ro", True), ("Bilgarije", "Bulgarije", "nl", True),
    ("Germanii", "Germania", "ro", False),   # a case the dictionary knows
    ("Africa", "Afrika", "da", False),       # English's
    ("Rumania", "Rumanía", "es", False),     # the accent left off
    ("Jubba", "Juba", "en", False),          # the shadda
    ("Tongan", "Tonga", "id", False),        # an ending
    ("Τόκυο", "Τόκιο", "el", False),         # one sound
])
def test_unknown_place_slip(word, name, language, slip):
    assert present(language), f"scripts/test installs the {language} spelling dictionary"
    assert unknown_place_slip(word, name, language) is slip
