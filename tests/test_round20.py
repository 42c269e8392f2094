"""Issue 17, round 20 (benchmarks/RESULTS.md): FLORES-200's Slovak and Croatian, two fresh corpora.

* Slovak's case endings, written from its grammar before the corpus was measured, make Afrika, Afriky and v Afrike
  one name (``kztr.text.transliteration.name_stem``), as round 19 did for Czech and Slovenian.
* A multiplier word in a case CLDR does not list (3,7 miliónmi obyvateľov: the instrumental) is the multiplier: the
  stem CLDR's forms share, and a case ending (``kztr.text.measures``).
* A measure with a vulgar fraction (29¾ بوصة) has its unit read after the fraction, so its conversion (75,57 cm)
  is the same measure.

* Croatian's case endings, written the same way (Afrika, u Africi); a score written with a colon (21:20) is the
  source's two counts; a common word with fewer consonants than a name does not hide the name dropped (osnovao is no
  Siminoff); a Latin name the Croatian declines is there (Audija TT, Oldsmobilu, Asusovo).

The units are real: tests/data/checks/flores-sk.tsv and flores-hr.tsv.
"""

from __future__ import annotations

import pytest
from conftest import data_rows, names_findings, numbers_findings, unit_findings

ROWS = data_rows("flores-sk.tsv")
AFRICA = [(arabic, slovak) for check, _, arabic, slovak in ROWS if check == "names"]
NUMBERS = {line: (arabic, slovak) for check, line, arabic, slovak in ROWS if check == "numbers"}


def test_a_slovak_name_in_its_cases_is_the_name():
    """Afrika, Afriky, v Afrike (Africa in three cases) in the ten units whose Arabic names إفريقيا: no finding."""
    assert len(AFRICA) == 10 and any("Afrike" in slovak for _, slovak in AFRICA)
    assert names_findings(AFRICA, "sk") == []
    # a slip is still one: Afeike for Afrike
    at = next(index for index, (_, slovak) in enumerate(AFRICA) if "v Afrike a" in slovak)
    slipped = [*AFRICA[:at], (AFRICA[at][0], AFRICA[at][1].replace("Afrike", "Afeike")), *AFRICA[at + 1:]]
    found = names_findings(slipped, "sk")
    assert [line for line, _ in found] == [at + 1] and "افريقيا" in found[0][1], found


@pytest.mark.parametrize("line, written, changed", [
    ("565", "3,9 miliónmi", "3,8 miliónmi"),  # pred 4,2 - 3,9 miliónmi rokov: million in the instrumental
    ("943", "3,7 miliónmi", "3,6 miliónmi"),  # s približne 3,7 miliónmi obyvateľov
    ("405", "75,57 cm", "85,57 cm"),  # 29¾ inches converted
])
def test_slovak_numbers_read_as_written(line, written, changed):
    arabic, slovak = NUMBERS[line]
    assert written in slovak
    assert numbers_findings(arabic, slovak, "sk") == []
    wrong = numbers_findings(arabic, slovak.replace(written, changed), "sk")
    assert [severity for severity, _ in wrong] == ["error"], wrong


def test_a_million_in_a_case_cldr_does_not_list_is_a_million():
    from kztr.text.measures import following_scale

    assert following_scale("pred 3,9 miliónmi rokov", 5, 8, "sk")[0] == 1_000_000
    assert following_scale("s 3 milionech", 2, 3, "cs")[0] == 1_000_000
    # an adjective made from it is not (milionový: a million-strong), nor English's millionaires
    assert following_scale("3 milionový", 0, 1, "cs")[0] == 1
    assert following_scale("3 millionaires", 0, 1, "en")[0] == 1


# ---------------------------------------------------------------- FLORES-200's Croatian, measured in round 20

HR_ROWS = data_rows("flores-hr.tsv")
HR_AFRICA = [(arabic, croatian) for check, _, arabic, croatian in HR_ROWS if check == "names"]
SIMINOFF = [(arabic, croatian) for check, _, arabic, croatian in HR_ROWS if check == "siminoff"]


def test_a_croatian_name_in_its_cases_is_the_name():
    """Afrika, Afrike, u Africi (Africa in three cases, the locative's -ci for -ka) over twelve units: no finding."""
    assert len(HR_AFRICA) == 12 and any("Africi" in croatian for _, croatian in HR_AFRICA)
    assert names_findings(HR_AFRICA, "hr") == []
    at = next(index for index, (_, croatian) in enumerate(HR_AFRICA) if "u Africi i" in croatian)
    slipped = [*HR_AFRICA[:at], (HR_AFRICA[at][0], HR_AFRICA[at][1].replace("Africi", "Afrci")), *HR_AFRICA[at + 1:]]
    assert [line for line, _ in names_findings(slipped, "hr")] == [at + 1]


def test_a_dropped_name_is_not_hidden_by_a_common_word_with_fewer_consonants():
    """Jamie Siminoff dropped from the first of three units: osnovao (founded, SNB) is no spelling of Siminoff
    (SMNB), so the name is missing."""
    assert names_findings(SIMINOFF, "hr") == []
    dropped = [(SIMINOFF[0][0], SIMINOFF[0][1].replace("Jamie Siminoff", "Jamie")), *SIMINOFF[1:]]
    found = names_findings(dropped, "hr")
    assert [line for line, _ in found] == [1] and "سيمينوف" in found[0][1], found


def test_a_score_written_with_a_colon_is_not_a_clock_time():
    """21 إلى 20 (21 to 20) written 21:20: the two counts, not 20 past nine; 21:19 is still a change."""
    arabic, croatian = next((arabic, croatian) for check, _, arabic, croatian in HR_ROWS if check == "numbers")
    assert "21:20" in croatian
    assert numbers_findings(arabic, croatian, "hr") == []
    changed = numbers_findings(arabic, croatian.replace("21:20", "21:19"), "hr")
    assert [severity for severity, _ in changed] == ["error"], changed


@pytest.mark.parametrize("line, name, declined", [
    ("110", "Oldsmobile Intrigue", "Oldsmobilu Intrigue"), ("168", "ASUS", "Asusovo"), ("284", "Audi TT", "Audija TT")])
def test_a_latin_name_the_croatian_declines_is_there(line, name, declined):
    arabic, croatian = next((arabic, croatian) for check, number, arabic, croatian in HR_ROWS if number == line)
    assert name in arabic and declined in croatian
    assert unit_findings(arabic, croatian, "hr", "latin") == []
    # the name gone is still a finding
    lost = unit_findings(arabic, croatian.replace(declined, "automobil"), "hr", "latin")
    assert [message for _, message in lost] == [f"“{name}” (Latin script in the source) is missing from the "
                                                 "translation"], lost


def test_a_place_written_with_an_alef_more_than_cldr_writes_is_the_place():
    """الدنمارك (Denmark; CLDR writes الدانمرك) in two units: Dánsku dropped from one is a finding."""
    denmark = [(arabic, slovak) for check, _, arabic, slovak in ROWS if check == "denmark"]
    assert len(denmark) == 2 and "الدنمارك" in denmark[0][0]
    assert names_findings(denmark, "sk") == []
    dropped = [(denmark[0][0], denmark[0][1].replace(" a Dánsku", "")), denmark[1]]
    assert names_findings(dropped, "sk") == [(1, "the name الدنمارك (Dánsko) is not in the translation")]
