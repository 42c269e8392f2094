"""What FLORES-200's Ukrainian showed (issue 17, round 13: measured once with the code frozen, then tuned on;
benchmarks/RESULTS.md).

The units are tests/data/checks/flores-uk-names.tsv's: FLORES-200 devtest's Arabic and Ukrainian (CC BY-SA 4.0), a
catalog of one language, in groups that share a name or a place's word. All of them are real translations that agree
with their source: before round 13 each group but Iraq's had a false finding (Ukrainian's case endings read as another
spelling: Азією, Америці; Nome found inside сном; a coconut read as India), and Iraq's had one (Іраці) once
Ukrainian's own letters were read. Its number words are tests/data/numbers/flores-words.tsv's.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from conftest import DATA, data_rows, names_findings
from kztr.model import Catalog, Entry
from kztr.text.spellings import near
from kztr.text.transliteration import cyrillic_stem

GROUPS: dict[str, list[tuple[str, str]]] = defaultdict(list)
for row in (DATA / "checks" / "flores-uk-names.tsv").read_text(encoding="utf-8").splitlines():
    if row and not row.startswith("#"):
        group, _, arabic, ukrainian = row.split("\t")
        GROUPS[group].append((arabic, ukrainian))


def findings(pairs, language="uk"):
    return names_findings(pairs, language)


def test_the_groups_are_there():
    assert sorted(GROUPS) == ["america", "asia", "britain", "india", "iraq", "sleep"]


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_real_ukrainian_translations_have_no_name_finding(group):
    assert findings(GROUPS[group]) == []


def test_a_ukrainian_case_ending_is_the_same_spelling():
    """Азія, Азії, Азією; Ірак, в Іраці; Прага, у Празі: one name (the locative changes a stem's last consonant)."""
    assert len({cyrillic_stem(word) for word in ("Азія", "Азії", "Азією", "Азію")}) == 1
    assert not near(cyrillic_stem("Іраці"), cyrillic_stem("Ірак"))
    assert not near(cyrillic_stem("Празі"), cyrillic_stem("Прага"))
    assert near(cyrillic_stem("Британію"), cyrillic_stem("Биртанію"))  # a slip stays one


rows = data_rows


FRENCH = rows("flores-fr.tsv")
INDONESIAN = rows("flores-id.tsv")


def check(name: str, source: str, translation: str, language: str) -> list[tuple[str, str]]:
    from kztr.checks import check_catalog

    entry = Entry(source, translation, references=("source/a.txt:3",), line=40)
    return [(item.severity, item.message) for item in check_catalog(Catalog(entries=(entry,)), "ar", language,
                                                                     only=(name,))]


@pytest.mark.parametrize("line, name, verdict, what, arabic, french", FRENCH, ids=[row[0] for row in FRENCH])
def test_french_conventions(line, name, verdict, what, arabic, french):
    """FLORES-200's French: acronyms French spells out or writes its own way, a series written once, approximate
    numbers (une trentaine), an elided article (L'usage), a guillemet after its space (geek ! »)."""
    found = check(name, arabic, french, "fr")
    assert {severity for severity, _ in found} == (set() if verdict == "none" else {verdict}), found


def test_an_english_translation_keeps_the_acronym():
    """English is where Latin acronyms come from: PTWC missing from an English translation is still an error, unless
    spelt out."""
    arabic = next(row[4] for row in FRENCH if row[0] == "77")
    assert check("latin", arabic, "Tonga's authorities did not receive the tsunami warning.", "en") == [
        ("error", "“PTWC” (Latin script in the source) is missing from the translation")]
    assert check("latin", arabic, "the warning issued by the Pacific Tsunami Warning Center.", "en") == []


def test_a_percent_sign_left_without_its_number_is_an_error():
    """A seed on FLORES-200's French (line 262): 80 % with its 80 dropped."""
    arabic, french = next((row[4], row[5]) for row in FRENCH if row[0] == "262")
    assert "80 %" in french
    assert check("numbers", arabic, french.replace("80 ", "", 1), "fr") == [
        ("error", "a percent sign with no number before it: the source's percentage lost its number")]


@pytest.mark.parametrize("line, name, verdict, what, arabic, indonesian", INDONESIAN,
                         ids=[row[0] for row in INDONESIAN])
def test_indonesian_conventions(line, name, verdict, what, arabic, indonesian):
    """FLORES-200's Indonesian: persen, pukul before a time (and the second time of a range), a page as halaman."""
    found = check(name, arabic, indonesian, "id")
    assert {severity for severity, _ in found} == (set() if verdict == "none" else {verdict}), found


def test_china_in_english_and_a_coconut_are_no_dropped_names():
    """Tiongkok in eight units, China in one (line 987); جوز الهند, a coconut (gula kelapa), among India's units."""
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for group, _, arabic, indonesian in rows("flores-id-names.tsv"):
        groups[group].append((arabic, indonesian))
    assert len(groups["china"]) == 9 and len(groups["india"]) == 14
    assert findings(groups["china"], "id") == [] and findings(groups["india"], "id") == []


CATALAN = rows("flores-ca.tsv")


@pytest.mark.parametrize("line, name, verdict, what, arabic, catalan", CATALAN,
                         ids=[f"{row[0]}-{row[1]}" for row in CATALAN])
def test_catalan_conventions(line, name, verdict, what, arabic, catalan):
    """FLORES-200's Catalan: its ordinals' genders and numbers (desena, tretzens), names of things translated (Super-G:
    supergegant) and the source's own conversions left out: warnings where they were errors."""
    found = check(name, arabic, catalan, "ca")
    assert {severity for severity, _ in found} == (set() if verdict == "none" else {verdict}), found


def test_a_code_stays_an_error_in_any_latin_script_translation():
    """A document symbol is no name: S/2014/648 missing from a Catalan translation is still an error."""
    arabic = "انظر الوثيقة S/2014/648 للاطلاع على التفاصيل."
    assert check("latin", arabic, "Vegeu el document per als detalls.", "ca") == [
        ("error", "“S/2014/648” (Latin script in the source) is missing from the translation")]
