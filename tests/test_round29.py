"""Issue 17, round 29 (benchmarks/RESULTS.md): a name with a consonant doubled where its language never doubles it.

The Arabic cannot tell a doubled letter (its shadda is seldom written), and other transliterations double a consonant
between vowels as often as a slip does (Hassan, Hasan; Mitchell, Mitchel; Duvall): the names check let every doubled
letter pass but a consonant doubled beside another. A spelling dictionary can tell more: a name whose doubled letter
makes letters no word of the language writes (``Frrank``: no word has frr; ``Konng``: nng; ``Τζζον``), where the
name's own letters there are ones it writes, is a slip of the keys. For a name in Latin letters English's dictionary
is asked too. A doubled vowel is left alone: it may write the Arabic's long vowel (FLORES-200's Bulgarian writes
Авраам for إبراهيم, where its dictionary has Аврам).

The units are real: FLORES-200's and TICO-19's, as published and as the benchmark seeded them
(tests/data/checks/round29.tsv).
"""

from __future__ import annotations

import pytest
from conftest import assert_names_row, names_rows, unit_findings
from kztr.checks.places import doubled_unwritten
from kztr.text.dictionaries import present, unwritten


@pytest.mark.parametrize(("language", "verdict", "arabic", "translation", "end"), names_rows("round29.tsv"))
def test_a_name_with_a_consonant_doubled_where_its_language_never_doubles_it(language, verdict, arabic, translation,
                                                                             end):
    assert present("en"), "scripts/test installs English's spelling dictionary"
    assert_names_row(language, verdict, arabic, translation, end, dictionary=True)


def test_letters_no_word_of_the_dictionary_writes():
    assert present("en") and present("uk"), "scripts/test installs English's and Ukrainian's dictionaries"
    assert unwritten("^frr", "en") and unwritten("nng", "en") and unwritten("нкк", "uk")
    assert not unwritten("^fra", "en") and not unwritten("ell$", "en") and not unwritten("нка", "uk")
    # a word's end is where its flags or its line end: Bull/MDS, Joel
    assert not unwritten("ull$", "en") and not unwritten("oel$", "en")


@pytest.mark.parametrize(("word", "name", "language", "slip"), [
    ("Frrank", "Frank", "id", True),           # no Indonesian nor English word writes frr
    ("Elllis", "Ellis", "cs", True),           # three l
    ("Касабланкка", "Касабланка", "uk", True),
    ("Layton", "Laton", "it", False),          # no letter doubled
    ("Duvall", "Duval", "da", False),          # the actor's own spelling: Danish writes all at a word's end
    ("Mitchell", "Mitchel", "fr", False),
    ("Hassan", "Hasan", "en", False),          # the shadda's doubling
    ("Bennet", "Benet", "el", False),          # Latin letters in a Greek translation: English's dictionary decides
    ("Reaagan", "Reagan", "tr", False),        # a vowel: no Turkish nor English word writes eaa, but a doubled vowel
    ("Авраам", "Аврам", "bg", False),          # may write the Arabic's long one (إبراهيم)
])
def test_a_consonant_doubled_where_the_language_never_doubles_it(word, name, language, slip):
    assert present(language), f"scripts/test installs the {language} spelling dictionary"
    assert doubled_unwritten(word, name, language) is slip


# FLORES-200 devtest (CC BY-SA 4.0), Arabic and French as published, and the benchmark's seed (the 3 dropped)
TRAFFIC = ("ولتوضيح تدفق حركة المرور بشكل أفضل، أقيمت علاقات بين الخصائص الرئيسية الثلاثة: (1) التدفق (2) الكثافة، و "
           "(3) السرعة.")
TRAFFIC_FR = ("Pour mieux représenter le flux de trafic, des relations ont été établies entre les trois principales "
              "caractéristiques : (1) le débit, (2) la densité et (3) la vitesse.")


def test_a_bracket_left_empty_where_the_source_has_none():
    assert unit_findings(TRAFFIC, TRAFFIC_FR, "fr", "punctuation") == []
    assert unit_findings(TRAFFIC, TRAFFIC_FR.replace("(3)", "()"), "fr", "punctuation") == [
        ("warning", "an empty bracket “()” in the translation, where the source has none: what it held may be "
                    "missing")]
    # a function's call the source writes too is no bracket emptied
    assert unit_findings("استدعِ الدالة print() مرة واحدة.", "Call print() once.", "en", "punctuation") == []
