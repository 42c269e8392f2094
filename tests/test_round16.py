"""Issue 17, round 16 (benchmarks/RESULTS.md): the names check's foreign words (a word of the source that the Arabic
spelling dictionary does not know is most often a foreign name, so a name mentioned once can be checked), a letter
doubled in one of a unit's two spellings, and text garbled by a wrong decoding (the script check).

The units are real: tests/data/checks/round16.tsv (FLORES-200's Turkish, German, Polish and Greek, XQuAD's English,
NTREX-128's English, Tatoeba's English and Turkish; one with the seeder's slip), flores-it-india.tsv,
flores-id-garbled.tsv, flores-sv-quotes.tsv and flores-sv-numbers.tsv (FLORES-200's Italian, Indonesian and
Swedish). The dictionary is Debian's hunspell-ar, which ./scripts/test installs: these tests fail, not skip, without
it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import data_rows, names_findings, numbers_findings, unit_findings
from kztr.text import lexicon
from kztr.text.lexicon import dictionary_installed, unknown_arabic
from kztr.text.transliteration import skeleton, skeletons

ROWS = data_rows("round16.tsv")


def test_the_dictionary_is_there():
    assert dictionary_installed(), "hunspell-ar is not installed (./scripts/test installs it)"


def test_words_and_names():
    """Foreign names are unknown; Arabic words are known, also typed without the hamza on their alef (الانقاض) or
    with one where none is (إبنتها), with a final ه for ة, run into the next word where a space was left out
    (المقاعدبمجلس, منطقةفي), with an alef on the wrong side of a consonant (ينقاش), a verb's dual (يقضيان) and
    spoken Arabic's هال (هالسنة)."""
    for name in ("غيتس", "فرجسون", "تايوان", "أوتاوا", "سولانكي", "جينجريتش", "بالاسوبرامانيان"):
        assert unknown_arabic(name), name
    for word in ("الأنقاض", "الانقاض", "ستتاثر", "اخواتهن", "اقليم", "مدرسه", "المقاعدبمجلس", "منطقةفي", "عبرعن",
                 "منولاية", "كانتمكتوبة", "إبنتها", "ينقاش", "متابينة", "يقضيان", "هالسنة"):
        assert not unknown_arabic(word), word


def test_without_the_dictionary_nothing_is_unknown(monkeypatch):
    monkeypatch.setattr(lexicon, "_dictionary", lambda: None)
    lexicon.unknown_arabic.cache_clear()
    try:
        assert not unknown_arabic("غيتس")
        assert names_findings([tuple(ROWS[1][3:])], ROWS[1][0]) == []
    finally:
        lexicon.unknown_arabic.cache_clear()


@pytest.mark.parametrize("language, verdict, what, arabic, translation", ROWS,
                         ids=[f"{row[0]}-{index}-{row[1]}" for index, row in enumerate(ROWS)])
def test_round_16_units(language, verdict, what, arabic, translation):
    """Ferguson dropped from "Profesör Pamela Ferguson", Schumacher from "Michael Schumacher", Graham from "Graham
    Twigg": a warning. None for a name translated (Wyspa Zwodnicza for جزيرة ديسبشن), Słania, Gaziantep for غازي
    عنتاب, KwaZulu-Natal, Mohendżo, Πουνάχα, or Arabic words typed without a space or with a slip."""
    found = [message for _, message in names_findings([(arabic, translation)], language)]
    if verdict == "none":
        assert found == [], found
    else:
        assert len(found) == 1 and found[0].endswith("is not in the translation (a foreign name: no word of Arabic's "
                                                     "dictionary)"), found


def test_a_letter_doubled_in_one_of_two_spellings():
    """India written Inddia once in a unit that writes it twice (the seeder's slip on FLORES-200's Italian): two
    spellings of one word in one unit, one only doubling a letter, are a slip, though they sound alike."""
    pairs = [(arabic, italian) for _, arabic, italian in data_rows("flores-it-india.tsv")]
    assert len(pairs) == 6 and names_findings(pairs, "it") == []
    arabic, italian = pairs[-1]
    slipped = [*pairs[:-1], (arabic, italian.replace("In India settentrionale", "In Inddia settentrionale"))]
    assert names_findings(slipped, "it") == [(6, "هند is spelt “India” and “Inddia” in this unit")]


GARBLED = {405: "29Â¾ (29¾), 24Â½ (24½)", 24: "â€” (—)", 340: "GalÃ¡pagos (Galápagos)", 761: "30Â°C (30°C)"}


@pytest.mark.parametrize("line, arabic, indonesian", data_rows("flores-id-garbled.tsv"),
                         ids=lambda value: value if value.isdigit() else "")
def test_garbled_text_is_an_error(line, arabic, indonesian):
    """FLORES-200's Indonesian has 29 units whose UTF-8 was read as Windows-1252 (GalÃ¡pagos, â€”, kmÂ²): each an
    error naming the repair; the unit repaired has none."""
    found = unit_findings(arabic, indonesian, "id", "script")
    assert found == [("error", f"text decoded with the wrong encoding (UTF-8 read as Windows-1252): "
                               f"{GARBLED[int(line)]}")], found
    repaired = indonesian.encode("cp1252").decode("utf-8")
    assert unit_findings(arabic, repaired, "id", "script") == []


@pytest.mark.parametrize("language, line, arabic, swedish", data_rows("flores-sv-quotes.tsv"),
                         ids=lambda value: value if value.isdigit() else "")
def test_swedish_quotes_are_a_pair(language, line, arabic, swedish):
    """Swedish writes ”…”, the same mark on both sides (FLORES-200's Swedish, seven false warnings when measured):
    a pair; the quotation's end lost is still unbalanced."""
    assert unit_findings(arabic, swedish, language, "punctuation") == []
    cut = swedish[:swedish.rindex("”")] + swedish[swedish.rindex("”") + 1:]
    assert any("unbalanced" in message for _, message in unit_findings(arabic, cut, language, "punctuation"))


@pytest.mark.parametrize("language, line, arabic, swedish", data_rows("flores-sv-numbers.tsv"),
                         ids=lambda value: value if value.isdigit() else "")
def test_swedish_number_words_as_swedish_writes_them(language, line, arabic, swedish):
    """fyrtio (40) and tusende (1000th), which num2words writes förtio and etttusende: on FLORES-200's Swedish a
    false warning and a false error when measured; none now, and the number changed is still found."""
    assert numbers_findings(arabic, swedish, language) == []
    changed = swedish.replace("fyrtio", "femtio").replace("tusende", "hundrade")
    assert numbers_findings(arabic, changed, language) != []


def test_greek_kh_and_polish_dz():
    """Greek χ may be the kh Arabic writes خ (Πουνάχα, بوناخا; also the h of Χαράπα, هارابا), Polish dż the j of ج
    (Mohendżo, موهينجو)."""
    assert skeleton("بوناخا") in skeletons("Πουνάχα") and skeleton("هارابا") in skeletons("Χαράπα")
    assert skeleton("موهينجو") in skeletons("Mohendżo")


def test_the_rows_are_there():
    assert len(ROWS) == 13 and {row[1] for row in ROWS} == {"none", "finding"}


ROOT = Path(__file__).resolve().parents[1]  # the shipped project: the article and its catalogs
NOTE = ("kztr: names: Arabic's spelling dictionary is not installed (apt-get install hunspell-ar), so a name "
        "mentioned once is not checked")


def test_check_says_when_the_dictionary_is_missing(monkeypatch, tmp_path):
    """kztr check --check names on the shipped article: a note on stderr where hunspell-ar is missing (the JSON on
    stdout unchanged), none where it is there or the names check does not run."""
    from click.testing import CliRunner
    from kztr.cli import main

    def run(*options):
        result = CliRunner().invoke(main, ["check", "-C", str(ROOT), "--format", "json", "--no-cache", *options])
        assert result.exit_code == 0, result.output
        return result.stdout, result.stderr

    present = run("--check", "names")
    assert NOTE not in present[1]
    monkeypatch.setattr(lexicon, "_FOLDERS", ())
    monkeypatch.setenv("KZTR_HUNSPELL_PATH", str(tmp_path))
    missing = run("--check", "names")
    assert NOTE in missing[1] and missing[0] == present[0]
    assert NOTE not in run()[1]

