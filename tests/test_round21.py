"""Issue 17, round 21 (benchmarks/RESULTS.md): the number words of Czech, Slovak and Croatian.

num2words writes Czech's, Slovak's and Serbian's counts but none of their ordinals, so round 11 left them out of the
languages kztr reads number words in; their words were then the largest class of false warnings on FLORES-200's
Czech, Slovak and Croatian. Their counts are now read (``CARDINALS_ONLY``; Croatian through Serbian's words, which it
shares to a hundred), while a number kztr does not find stays a warning there: it may be an ordinal (pátý) or a form
num2words does not write (třiapadesát, traja). The units are real: tests/data/checks/flores-number-words.tsv.
"""

from __future__ import annotations

import pytest
from conftest import data_rows, names_findings, numbers_findings
from kztr.text.quantities import read_quantities

ROWS = {(language, line): (arabic, translation) for language, line, arabic, translation in
        data_rows("flores-number-words.tsv")}

# (language, line, the number in words, the same changed): each a false warning with the code before the round
IN_WORDS = [
    ("cs", "35", "devatenáct", "dvacet"), ("cs", "60", "čtyři miliony", "tři miliony"), ("cs", "222", "tři", "dva"),
    ("cs", "627", "šest", "sedm"), ("sk", "60", "štyri milióny", "päť miliónov"), ("sk", "627", "šesť", "sedem"),
    ("sk", "904", "šestnásť", "pätnásť"), ("hr", "35", "devetnaest", "osamnaest"),
    ("hr", "222", "tri", "dvije"), ("hr", "434", "dvanaest", "jedanaest"), ("hr", "627", "šest", "pet"),
]


@pytest.mark.parametrize("language, line, written, changed", IN_WORDS, ids=[f"{row[0]}-{row[1]}" for row in IN_WORDS])
def test_a_number_in_czech_slovak_or_croatian_words_is_the_number(language, line, written, changed):
    arabic, translation = ROWS[(language, line)]
    assert written in translation
    assert numbers_findings(arabic, translation, language) == []
    # another number in its place (both of the source's 3s in line 222) is found
    wrong = numbers_findings(arabic, translation.replace(written, changed), language)
    assert wrong and {severity for severity, _ in wrong} <= {"error", "warning"}, wrong


@pytest.mark.parametrize("language", ["cs", "sk"])
def test_the_preposition_v_opening_a_sentence_is_no_roman_five(language):
    """V Japonsku (in Japan): the first cherry blossom parties (أولى, the first) are no fifth; Karel V is."""
    arabic, translation = ROWS[(language, "988")]
    assert translation.startswith("V Japonsku")
    assert numbers_findings(arabic, translation, language) == []
    assert [q.values for q in read_quantities("Karel V. založil univerzitu. V Praze žil.", language)] == [("5",)]


def test_a_number_kztr_cannot_find_in_czech_is_a_warning_not_an_error():
    """Czech's ordinals are not read (num2words writes none): a fifth said pátý is perhaps there; in Polish, whose
    ordinals kztr reads, a number found in no form is an error."""
    arabic, czech = ROWS[("cs", "627")]
    dropped = czech.replace("až šest mil široká", "velmi široká")
    assert [severity for severity, _ in numbers_findings(arabic, dropped, "cs")] == ["warning"]
    assert [severity for severity, _ in numbers_findings(arabic, "Amazonka jest w niektórych miejscach bardzo szeroka.",
                                                         "pl")] == ["error"]


def test_croatian_reads_the_counts_it_shares_with_serbian_only():
    read = [quantity.values[0] for quantity in read_quantities("devetnaest policajaca, dvanaest, devedeset i tri",
                                                               "hr")]
    assert read == ["19", "12", "90", "3"]
    # milijun is Croatian's, not Serbian's: read since round 22 (tests/test_round22.py)
    assert read_quantities("četiri milijuna", "hr")[0].values == ("4000000",)


BARCELONA = data_rows("flores-barcelona.tsv")


@pytest.mark.parametrize("language, line, arabic, translation", BARCELONA, ids=[row[0] for row in BARCELONA])
def test_a_city_misspelt_off_the_dictionary_s_name_is_found(language, line, arabic, translation):
    from kztr.text.dictionaries import installed

    assert installed(language), f"hunspell's {language} dictionary: scripts/test installs it"
    assert "Barcelona" in translation and names_findings([(arabic, translation)], language) == []
    for slip in ("Bacelona", "Barcleona", "Barcelna"):  # a letter dropped, two swapped
        found = names_findings([(arabic, translation.replace("Barcelona", slip))], language)
        assert found == [(1, f"the name برشلونة (Barcelona) is written “{slip}” here")], found
    # a slip that keeps every consonant the Arabic writes, in order (Bracelona: B-R-S-L-N), the Arabic cannot judge
    assert names_findings([(arabic, translation.replace("Barcelona", "Bracelona"))], language) == []
