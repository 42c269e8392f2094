"""Issue 17, round 26 (benchmarks/RESULTS.md): a country's name in the translation's language mistyped; a vowel the
Arabic's long vowel says otherwise; a German number word taken for a name.

The names check found a place's name mistyped only where the name spells the Arabic's letters (Bulgria for بلغاريا)
or a neighbour swapped or letter doubled as no ending does. A name the language writes otherwise (Germania for
ألمانيا, India for الهند), or a slip at its end (Indai), was missed, and so was a slip beside the name spelt right
where the source says it twice. Now a word no other unit has, one slip off the place's name, which the language's
spelling dictionary does not know while it knows the name, is a names warning, unless it is the name in English,
without its accents, with another ending, or with a consonant doubled as the shadda does. The units are real:
tests/data/checks/round26.tsv.

A name in Latin letters one vowel off the dictionary's name, where the Arabic writes a long vowel that the name's
vowels write and the word's do not (Claudua for كلوديا), is a names warning too.

The numbers check took German's capitalised "Millionen" for a name spelling المليوني (two million: its consonants), so
"zwei" dropped from "zwei Millionen Jahren" went unfound (FLORES-200's German seed). And a listed dual of a thing
(كتابَيْن, two books) said as twenty was taken for a dual said in smaller units, as عقدين (two decades) is 20 years
(Tatoeba Greek's seed).
"""

from __future__ import annotations

import pytest
from conftest import assert_names_row, names_rows, numbers_findings
from kztr.checks.places import unknown_place_slip
from kztr.text.dictionaries import present


@pytest.mark.parametrize(("language", "verdict", "arabic", "translation", "end"), names_rows("round26.tsv"))
def test_names_on_real_units(language, verdict, arabic, translation, end):
    assert_names_row(language, verdict, arabic, translation, end, dictionary=True)


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


# FLORES-200 devtest (NLLB Team et al. 2022, CC BY-SA 4.0), its Arabic and German, as published and with the seed
TWO_MILLION = ("يشير العلم الآن إلى أن هذا الاقتصاد الضخم المعتمد على الكربون قد أزاح المحيط الحيوي من إحدى حالاته "
               "المستقرة التي دعمت التطور البشري على مدى المليوني سنةٍ الماضية.")
GERMAN = ("Die Wissenschaft weist nun darauf hin, dass diese massive Kohlenstoffwirtschaft die Biosphäre aus einem "
          "ihrer stabilen Zustände, der die menschliche Evolution in den letzten zwei Millionen Jahren getragen hat, "
          "herausgebracht hat.")


def test_a_german_number_word_is_no_name():
    assert numbers_findings(TWO_MILLION, GERMAN, "de") == []
    assert numbers_findings(TWO_MILLION, GERMAN.replace("zwei ", ""), "de") == [
        ("warning", "المليوني (2000000) in the source in words, no number in the translation")]


def test_a_dual_of_a_thing_has_no_smaller_units():
    """Tatoeba ara-ell (CC BY 2.0 FR) as published, and its seed: two books are not twenty; two decades are 20 years."""
    assert numbers_findings("أعارني كتابَيْن.", "Μου δάνεισε δύο βιβλιά.", "el") == []
    assert numbers_findings("أعارني كتابَيْن.", "Μου δάνεισε είκοσι βιβλιά.", "el") == [
        ("warning", "كتابَيْن (2) in the source, είκοσι (20) in the translation, both in words (changed?)")]
    assert numbers_findings("تغيّر كل شيء خلال عقدين.", "Everything changed in twenty years.", "en") == []
