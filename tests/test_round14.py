"""What FLORES-200's Polish and German, then its Portuguese and Spanish showed (issue 17, round 14: each measured
once with the code frozen, then tuned on; benchmarks/RESULTS.md).

The units are FLORES-200 devtest's (CC BY-SA 4.0): tests/data/checks/flores-pl-names.tsv's groups of Polish units
that share a place's word, and tests/data/checks/flores-pl-de.tsv's single units of Polish, German, Portuguese and
Spanish.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from conftest import data_rows, names_findings, unit_findings, with_slip
from kztr.text.spellings import near, place_acronyms
from kztr.text.transliteration import adjective_of, name_stem

GROUPS: dict[str, list[tuple[str, str]]] = defaultdict(list)
for group, _, arabic, polish in data_rows("flores-pl-names.tsv"):
    GROUPS[group].append((arabic, polish))


def test_the_groups_are_there():
    assert sorted(GROUPS) == ["africa", "america", "australia", "britain", "europe", "india", "iraq", "paris",
                              "sweden", "turkey"]


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_real_polish_translations_have_no_name_finding(group):
    """Turcja, Turcji, Turcję; Ameryka, w Ameryce; Tybet, w Tybecie: one name each; RPA is South Africa (Republika
    Południowej Afryki), the Springboks its team; Iracka and szwedzkim are adjectives made from names."""
    assert names_findings(GROUPS[group], "pl") == []


def test_a_slip_in_a_declined_polish_name_is_still_found():
    """Turcji in two units, and a slip of it in a third: the case endings do not hide it."""
    found = names_findings(with_slip(GROUPS["turkey"], "Turcję", "Turcję", "Trucję"), "pl")
    assert len(found) == 1 and "Trucję" in found[0][1], found


def test_polish_case_endings_and_adjectives():
    assert {name_stem(word, "pl") for word in ("Turcja", "Turcji", "Turcję")} == {"Turc"}
    assert name_stem("Ameryce", "pl") == name_stem("Ameryka", "pl") == name_stem("Ameryki", "pl")
    assert name_stem("Tybecie", "pl") == "Tybet" and name_stem("Paryżu", "pl") == name_stem("Paryża", "pl")
    assert name_stem("Turcji", "ru") == "Turcji"  # Polish's endings are Polish's only
    assert near(name_stem("Brytanię", "pl"), name_stem("Brytnaię", "pl"))
    assert adjective_of("Iracka Grupa Studyjna", "Irak", "pl") and not adjective_of("w Iraku", "Irak", "pl")


def test_a_place_of_several_words_by_its_initials():
    assert "RPA" in place_acronyms("افريقيا", "pl") and "ZEA" in place_acronyms("امارات", "pl")
    assert place_acronyms("افريقيا", "en") == frozenset({"CAR", "SA"})


SINGLE = data_rows("flores-pl-de.tsv")


@pytest.mark.parametrize("language, line, name, verdict, what, arabic, translation", SINGLE,
                         ids=[f"{row[0]}-{row[1]}" for row in SINGLE])
def test_round_14_units(language, line, name, verdict, what, arabic, translation):
    """Polish's zero in a case (do zera), the source's vulgar fractions (29¾), a number inside a compound of the
    translation's own word (ośmiokąta, achtmal, das Elffache): no finding. A count of millions or a century said
    in words and gone from a translation that says no number (two seeds): a warning. A bracket holding a quarter of
    its side or more that the other side says plainly: no omission (Polish, Portuguese, Spanish). A time zone spelt
    out in Portuguese: a warning, not an error."""
    found = unit_findings(arabic, translation, language, name)
    assert {severity for severity, _ in found} == (set() if verdict == "none" else {verdict}), found


def test_a_number_word_with_a_suffix_of_times_or_in_a_compound():
    """achtmal, das Elffache, dwukrotnie, tienmaal hold their number; столиця (a capital) holds no сто (100)."""
    from kztr.checks.numbers import _own_compound

    assert _own_compound("8", "achtmal so viel Wasser", "de") and _own_compound("11", "das Elffache", "de")
    assert _own_compound("2", "Wzrosło dwukrotnie.", "pl") and _own_compound("10", "tienmaal zo groot", "nl")
    assert _own_compound("8", "na planie ośmiokąta", "pl")
    assert not _own_compound("100", "столиця країни", "uk") and not _own_compound("8", "acht Tage", "de")
