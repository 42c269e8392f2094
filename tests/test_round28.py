"""Issue 17, round 28 (benchmarks/RESULTS.md): misspelt names the Arabic's letters or a dictionary can tell.

Of the seeded misspelt names the check missed, most spell the Arabic's consonants or keep every one of the name's,
so nothing compared a word with what it should be. Four ways to tell, each checked on the 32 corpora of real
translations before it was kept:

* English's spelling dictionary, for a word in Latin letters of another language whose own dictionary lists no name
  near it (Dillon, Brzezinski, Gingrich are in English's, not in Spanish's or Dutch's);
* the Arabic's long vowel lost in a word that swaps two letters of a name the dictionary knows (Lynodn for ليندون);
  such a word spells the Arabic's consonants, which made it look like another person's name;
* a word Arabic's dictionary reads as a name only (بوينس, انطوانيت), like a foreign name or a place;
* a letter typed as the key beside it, in a name a word of the source spells (Rommey for رومني: FLORES-200
  Spanish's own typo);
* a name ten units or more spell, written with a vowel left out where the Arabic writes a long one, however short
  (Tm for توم); and a name the source says twice whose first spelling is the slip, the second the other units'.

The units are real: FLORES-200's and Tatoeba's, as published, and the seeds the benchmark made of them
(tests/data/checks/round28.tsv).
"""

from __future__ import annotations

import pytest
from conftest import assert_names_row, data_rows, names_findings, names_rows, with_slip
from kztr.text.dictionaries import present


@pytest.mark.parametrize(("language", "verdict", "arabic", "translation", "end"), names_rows("round28.tsv"))
def test_a_misspelt_name_the_arabic_or_a_dictionary_tells(language, verdict, arabic, translation, end):
    assert present("en"), "scripts/test installs English's spelling dictionary"
    assert_names_row(language, verdict, arabic, translation, end, dictionary=True)


# Tatoeba (CC BY 2.0 FR), ara-tur as published: 14 units that write توم as Tom, and one more
TOM = [
    ("أراد توم التوضيح ولكن ماري لم تدعه.", "Tom açıklamak istedi fakat Mary ona izin vermedi."),
    ("أراد توم أن يُجرب شيئا مختلفا.", "Tom farklı bir şey denemek istedi."),
    ("أراد توم أن يذهب إلى الشاطئ معنا.", "Tom bizimle sahile gitmek istedi."),
    ("أراد توم أن يلتقي بك في المكتبة.", "Tom kütüphanede seninle tanışmak istedi."),
    ("أراد توم تعلُّم بعض الأغاني الفرنسية.", "Tom bazı Fransızca şarkıları öğrenmek istedi."),
    ("أراد توم فتح مطعمه الخاص.", "Tom kendi restoranını açmak istedi."),
    ("استمر توم بالمشي.", "Tom yürümeye devam etti."),
    ("أسقط توم الحاوية من الرافعة دون قصد.", "Tom konteyneri kazara vincinden düşürdü."),
    ("اشترى توم شرابا من آلة البيع الآلي.", "Tom otomatik satış makinesinden bir içki satın aldı."),
    ("اشترى توم هاتفا جوالا.", "Tom bir cep telefonu aldı."),
    ("أقلّ توم ماري من المطار.", "Tom havaalanında Mary'yi aldı."),
    ("ترك توم القراءة ونام.", "Tom okumayı bıraktı ve yattı."),
    ("تغيّب توم بلا إذن.", "Tom firar etti."),
    ("تكرر إنكار توم للاعتراف بالإساءة.", "Tom görevi kötüye kullanmayı defalarca reddetti."),
    ("إسمي توم.", "İsmim Tom."),
]


def test_a_short_name_many_units_spell_with_the_arabic_long_vowel_left_out():
    assert names_findings(TOM, "tr") == []
    assert names_findings(with_slip(TOM, "İsmim", "Tom", "Tm"), "tr") == [
        (15, "توم is spelt “Tm” here and “Tom” in 14 other units")]


def test_a_short_name_a_few_units_spell_is_left_alone():
    # four other units are not enough to call a two-letter word the name's slip
    assert names_findings(with_slip(TOM[-5:], "İsmim", "Tom", "Tm"), "tr") == []


# FLORES-200 devtest (CC BY-SA 4.0), Arabic and German as published: Gingrich in two units, twice in the second
GINGRICH = [
    ("احتل رئيس مجلس النواب السابق نيوت جينجريتش، وحاكم تكساس ريك بيري، وعضوة الكونجرس ميشيل باكمان المراكز "
     "الرابع، والخامس، والسادس على التوالي.",
     "Der ehemalige Sprecher des Repräsentantenhauses Newt Gingrich, der texanische Gouverneur Rick Perry und die "
     "Kongressabgeordnete Michele Bachmann erreichten jeweils den vierten, fünften und sechsten Platz."),
    ('بعد ظهور النتائج، أثنى "جينجريتش" على "سانتوروم"، لكنه وجه كلمات لاذعة إلى "رومني"، والذي بُثت حملة إعلانية '
     'سلبية في ولاية "آيوا" ضد "جينجريتش" نيابةً عنه.',
     "Nachdem die Ergebnisse vorlagen, lobte Gingrich Santorum, fand aber harte Worte für Romney, in dessen Namen "
     "in Iowa negative Kampagnenwerbung gegen Gingrich ausgestrahlt worden war."),
]


def test_a_name_said_twice_whose_first_spelling_is_the_slip():
    assert names_findings(GINGRICH, "de") == []
    slipped = [GINGRICH[0], (GINGRICH[1][0], GINGRICH[1][1].replace("Gingrich", "Gngrich", 1))]
    assert names_findings(slipped, "de") == [
        (2, "جينجريتش is spelt “Gngrich” and “Gingrich” in this unit")]


def _catalog(name: str) -> tuple[str, list[tuple[str, str]]]:
    rows = [row for row in data_rows("round28-catalogs.tsv") if row[0] == name]
    return rows[0][1], [(arabic, translation) for _, _, arabic, translation in rows]


def test_a_name_after_the_conjunction_is_the_names_unit_too():
    # seven of the thirteen sources write وماري (and Mary): counted as units without Mary, they kept ماري from being
    # a name the catalog knows, and Mary dropped from the last unit passed
    language, pairs = _catalog("mary")
    assert pairs[-1][1] == "Tom havaalanında Mary'yi aldı."
    assert names_findings(pairs, language) == []
    dropped = [*pairs[:-1], (pairs[-1][0], "Tom havaalanında aldı.")]
    assert names_findings(dropped, language) == [
        (13, "the name ماري (“Mary” in 12 other units) is not in the translation")]


def test_a_name_translated_beside_its_other_half_is_no_drop():
    # ويليام فاريل is Guillaume Farel, Гийом Фарель in the Russian: a capitalised word where William would stand
    language, pairs = _catalog("william")
    assert pairs[-1][1].startswith("Гийом Фарель")
    assert names_findings(pairs, language) == []
    assert names_findings([*pairs[:-1], (pairs[-1][0], pairs[-1][1].replace("Гийом ", ""))], language) == [
        (9, "the name ويليام (“Уильям” in 3 other units) is not in the translation")]


def test_an_adjective_made_from_a_place_is_no_slip_of_it():
    language, pairs = _catalog("abkhazia")
    assert any("Абхазского" in translation for _, translation in pairs)
    assert names_findings(pairs, language) == []
