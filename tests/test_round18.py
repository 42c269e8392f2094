"""Issue 17, round 18 (benchmarks/RESULTS.md): names the translation's language's spelling dictionary knows.

A capitalised word that hunspell's dictionary of the translation's language does not know, one slip of the keys
inside a name it does know (Gngrich, Gingrich), is that name misspelt where the Arabic says so: the name spells a
foreign name or a place of the source, and the word has a consonant the Arabic lacks, or lacks a vowel the Arabic
writes (``kztr.text.dictionaries``, ``kztr.checks.names._misspelt_in_dictionary``). A vowel or a consonant doubled,
the Arabic cannot tell from another transliteration (Loong, Йоханесбурге): no finding.

The units are real: tests/data/checks/round18.tsv. The dictionaries are Debian's (hunspell-en-us, hunspell-ru, …),
which scripts/test installs.
"""

from __future__ import annotations

import pytest
from conftest import assert_names_row, data_rows, names_findings, numbers_findings
from kztr.locales import dictionary_names
from kztr.text import dictionaries

ROWS = data_rows("round18.tsv")


@pytest.mark.parametrize("language, verdict, what, arabic, translation, end", ROWS,
                         ids=[f"{row[0]}-{index}-{row[1]}" for index, row in enumerate(ROWS)])
def test_round_18_units(language, verdict, what, arabic, translation, end):
    assert dictionaries.installed(language), f"no hunspell dictionary of {language}: scripts/test installs it"
    assert_names_row(language, verdict, arabic, translation, end)


def test_the_rows_are_there():
    assert len(ROWS) == 16 and sum(row[1] == "finding" for row in ROWS) == 7


def test_names_near_a_word_from_the_dictionary_s_list():
    """Read from the .dic file itself, a slip apart; in Ukrainian or Russian, a stem apart (Шдегель, Шлегель)."""
    assert dictionaries.names_near("Gngrich", "en") == ("Gingrich",)
    assert "Dillon" in dictionaries.names_near("Dilkon", "en")
    assert "Шлегель" in dictionaries.names_near("Шдегель", "uk")
    assert "Ричард" in dictionaries.names_near("Рмчарда", "ru")  # a case ending and a slip
    assert dictionaries.names_near("Bob", "en") == ()  # three letters: a letter off too many names


def test_what_the_dictionary_knows_is_no_slip():
    assert dictionaries.slipped("Gngrich", "Gingrich", "en")
    assert not dictionaries.slipped("Gingrich", "Gingrich", "en")
    assert not dictionaries.slipped("Tessa", "Tesla", "en")  # Tessa is a name it knows
    assert not dictionaries.slipped("Трампа", "Трапа", "ru")  # a case form it knows; трапа is a common word


def test_without_a_dictionary_nothing_is_asked(monkeypatch):
    """A language no dictionary is installed for: the names check is as before, no finding, no error."""
    monkeypatch.setattr(dictionaries, "_files", lambda language: None)
    for cache in (dictionaries._names, dictionaries._hunspell, dictionaries.knows, dictionaries.names_near):
        cache.cache_clear()
    try:
        row = next(row for row in ROWS if "Dilkon" in row[4])
        assert names_findings([(row[3], row[4])], "en") == []
        assert not dictionaries.installed("en") and dictionaries.names_near("Gngrich", "en") == ()
    finally:
        monkeypatch.undo()
        for cache in (dictionaries._names, dictionaries._hunspell, dictionaries.knows, dictionaries.names_near):
            cache.cache_clear()


def test_a_language_s_dictionary_names():
    assert dictionary_names("en") == ("en_US", "en")
    assert dictionary_names("ru") == ("ru_RU", "ru")
    assert dictionary_names("pt_BR") == ("pt_BR", "pt")


# ---------------------------------------------------------------- FLORES-200's Romanian, after it was measured

RO_ROWS = data_rows("flores-ro.tsv")


def test_a_romanian_name_in_its_genitive_is_the_name():
    """Germaniei (of Germany) beside five units with Germania: the same name, declined (its false findings)."""
    pairs = [(arabic, romanian) for check, _, arabic, romanian in RO_ROWS if check == "names"]
    assert len(pairs) == 6 and "Germaniei" in pairs[0][1]
    assert names_findings(pairs, "ro") == []
    # a slip is still one: Germanai for Germania, in the same six units
    slipped = [(pairs[0][0], pairs[0][1].replace("Germaniei", "Germanai")), *pairs[1:]]
    assert [line for line, _ in names_findings(slipped, "ro")] == [1]


@pytest.mark.parametrize("line", ["75", "628"])
def test_romanian_multipliers_and_percent_in_words(line):
    """45 de milioane (Romanian's de before a multiplier from twenty up) and 20 la sută (percent in words)."""
    arabic, romanian = next((arabic, romanian) for check, number, arabic, romanian in RO_ROWS if number == line)
    assert numbers_findings(arabic, romanian, "ro") == []
    if line == "75":
        changed = numbers_findings(arabic, romanian.replace("45 de milioane", "46 de milioane"), "ro")
        assert [severity for severity, _ in changed] == ["error"], changed
    else:
        lost = numbers_findings(arabic, romanian.replace("20 la sută", "20"), "ro")
        assert [severity for severity, _ in lost] == ["error"], lost
