"""Issue 17, round 19 (benchmarks/RESULTS.md): names mentioned once.

* A country or a city mentioned in one unit only is checked where Arabic's spelling dictionary (hunspell-ar) reads
  the word as that name and as nothing else (``kztr.text.lexicon.only_a_name``: برشلونة, الهند; not مالي,
  financial, nor المغرب, the sunset prayer): dropped, it is a finding.
* A foreign name beside its other half is looked for where that half's spelling puts it (after a first name, before
  a surname): a capitalised word on the other side is not it (Jai Shankar for جاي شانكار شودري: Choudhary dropped),
  nor is one that spells the Arabic word on the other side (Professor Ferguson for البروفيسور باميلا فرجسون).

The units are real: tests/data/checks/round19.tsv. The Arabic dictionary is Debian's hunspell-ar, which
scripts/test installs.
"""

from __future__ import annotations

import pytest
from conftest import assert_names_row, data_rows, names_findings
from kztr.text import lexicon

ROWS = data_rows("round19.tsv")


@pytest.mark.parametrize("language, verdict, what, arabic, translation, end", ROWS,
                         ids=[f"{row[0]}-{index}-{row[1]}" for index, row in enumerate(ROWS)])
def test_round_19_units(language, verdict, what, arabic, translation, end):
    assert lexicon.dictionary_installed(), "no hunspell-ar: scripts/test installs it"
    assert_names_row(language, verdict, arabic, translation, end)


def test_the_rows_are_there():
    assert len(ROWS) == 19 and sum(row[1] == "finding" for row in ROWS) == 7


@pytest.mark.parametrize("word, stem, named", [
    ("برشلونة", "برشلونة", True),
    ("لبرشلونة", "برشلونة", True),  # with a clitic
    ("الصين", "الصين", True),  # a name that takes the article
    ("وفرنسا", "فرنسا", True),
    ("لندن", "لندن", True),  # its readings as a verb after a prefix are the affix rules' by-products
    ("تايوان", "تايوان", True),  # a word the dictionary does not know has no other reading
    ("مالي", "مالي", False),  # financial
    ("كوبا", "كوبا", False),  # a cup
    ("المغرب", "المغرب", False),  # the sunset prayer
    ("بنين", "بنين", False),  # they built (and delicious, in Moroccan Arabic)
])
def test_only_a_name(word, stem, named):
    assert lexicon.only_a_name(word, stem) is named


def test_without_the_dictionary_no_word_is_only_a_name(monkeypatch):
    monkeypatch.setattr(lexicon, "_dictionary", lambda: None)
    lexicon.only_a_name.cache_clear()
    try:
        assert not lexicon.only_a_name("برشلونة", "برشلونة")
        assert names_findings([("هل يعود من مدريد ؟", "Il revient de ?")], "fr") == []
    finally:
        lexicon.only_a_name.cache_clear()


# ---------------------------------------------------------------- FLORES-200's Czech, after it was measured

CS_ROWS = data_rows("flores-cs.tsv")


def test_a_czech_name_in_its_cases_is_the_name():
    """Čína, Číny, Číně (China in three cases), in the nine units whose Arabic names الصين: one name, no finding."""
    pairs = [(arabic, czech) for _, _, arabic, czech in CS_ROWS]
    assert len(pairs) == 9 and any("Číně" in czech for _, czech in pairs)
    assert names_findings(pairs, "cs") == []
    # a slip is still one: Čímě for Číně
    at = next(index for index, (_, czech) in enumerate(pairs) if "Číně" in czech)
    slipped = [*pairs[:at], (pairs[at][0], pairs[at][1].replace("Číně", "Čímě")), *pairs[at + 1:]]
    assert names_findings(slipped, "cs") == [(at + 1, "the name الصين (Čína) is not in the translation")]


# ---------------------------------------------------------------- FLORES-200's Slovenian, measured in round 17

SL_ROWS = data_rows("flores-sl.tsv")


def test_a_slovenian_name_in_its_cases_is_the_name():
    """Avstralija, Avstralije, Avstraliji, Avstralijo (Australia in four cases), in the seven units whose Arabic
    names استراليا: one name, no finding."""
    pairs = [(arabic, slovenian) for _, _, arabic, slovenian in SL_ROWS]
    assert len(pairs) == 7 and any("Avstralijo" in slovenian for _, slovenian in pairs)
    assert names_findings(pairs, "sl") == []
    at = next(index for index, (_, slovenian) in enumerate(pairs) if "Avstralijo" in slovenian)
    slipped = [*pairs[:at], (pairs[at][0], pairs[at][1].replace("Avstralijo", "Avstarlijo")), *pairs[at + 1:]]
    assert names_findings(slipped, "sl") == [
        (at + 1, "the name استراليا is written “Avstralija” in 5 other units: “Avstarlijo” here")]
