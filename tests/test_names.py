"""The names check: names in Arabic letters compared with their Latin and Cyrillic spellings across
the catalogs of a language (consonant skeletons: ترامب = Trump = Трамп)."""

from __future__ import annotations

from kztr.checks.names import check_names
from kztr.model import Catalog, Entry
from kztr.text.transliteration import skeleton

ENGLISH = [
    ("قال شميت إن المصنع سيغلق.", "Schmidt said the plant would close."),
    ("وأكد شميت أن العمال سيحصلون على تعويض.", "Schmidt confirmed that the workers would be compensated."),
    ("وزار شميت بافلودار يوم الاثنين.", "Schmidt visited Pavlodar on Monday."),
    ("وقال باتريك ماكفول إن الفريق لعب جيدًا.", "Patrick McFaull said the team had played well."),
    ("وسجل باتريك ماكفول هدفين.", "Patrick McFaull scored twice."),
    ("وأضاف ماكفول أن المدرب راضٍ.", "McFaull added that the coach was pleased."),
]
RUSSIAN = [
    ("قال شميت إن المصنع سيغلق.", "Шмидт сказал, что завод закроется."),
    ("وأكد شميت أن العمال سيحصلون على تعويض.", "Шмидт подтвердил, что рабочие получат компенсацию."),
    ("وانتقد الوزير شميت.", "Министр раскритиковал Шмидта."),
    ("وزار الوزير لندن.", "Министр посетил Лондон."),
    ("وقال رئيس بلدية لندن إن المدينة جاهزة.", "Мэр Лондона сказал, что город готов."),
    ("ووصل شميت إلى لندن.", "Шмидт прибыл в Лондон."),
]


def findings(pairs, extra=(), language="en"):
    entries = [Entry(source, target, references=(f"source/a.txt:{index}",), line=index)
               for index, (source, target) in enumerate([*pairs, *extra], start=1)]
    found = check_names([("a", language, "locales/a.po", Catalog(entries=tuple(entries)))])
    return [(item.line, item.message) for item in found]


def test_skeletons_meet_across_three_scripts():
    assert skeleton("شميت") == skeleton("Schmidt") == skeleton("Шмидт")
    assert skeleton("بافلودار") == skeleton("Pavlodar") == skeleton("Павлодар")
    assert skeleton("ترامب") == skeleton("Trump") == skeleton("Трамп")


def test_clean_translations_have_no_finding():
    assert findings(ENGLISH) == []
    assert findings(RUSSIAN, language="ru") == []  # Шмидта is a case of Шмидт


def test_a_misspelt_name_is_found():
    found = findings(ENGLISH, [("وقال شميت إن القرار نهائي.", "Shmidt said the decision was final.")])
    assert found == [(7, "شميت is spelt “Shmidt” here and “Schmidt” in 3 other units")]


def test_a_misspelt_name_whose_skeleton_changed_is_found():
    found = findings(ENGLISH, [("وقال شميت إن القرار نهائي.", "Schmit said the decision was final.")])
    assert [line for line, _ in found] == [7]


def test_a_dropped_surname_is_found_and_a_pronoun_is_not():
    dropped = findings(ENGLISH, [("وقال باتريك ماكفول إن الموسم طويل.", "Patrick said the season was long.")])
    assert dropped == [(7, "the name ماكفول (“McFaull” in 3 other units) is not in the translation")]
    assert findings(ENGLISH, [("وقال ماكفول إن الموسم طويل.", "He said the season was long.")]) == []


def test_russian_forms_made_from_a_name_are_the_name():
    extra = [("وارتفعت الأسعار في لندن.", "Цены на лондонском рынке выросли.")]
    assert findings(RUSSIAN, extra, language="ru") == []


def test_a_russian_misspelling_is_found():
    extra = [("وقال شميت إن القرار نهائي.", "Шмитд сказал, что решение окончательное.")]
    assert [line for line, _ in findings(RUSSIAN, extra, language="ru")] == [7]


def test_a_name_inside_a_glossary_term_is_left_to_the_glossary():
    from kztr.glossary import parse_glossary

    glossary = parse_glossary("source\ttarget\tnote\tforbidden\nشميت\tSchmidt\t\tShmidt\n", "en")
    pairs = [*ENGLISH, ("وقال شميت إن القرار نهائي.", "Shmidt said the decision was final.")]
    entries = [Entry(source, target, references=(f"source/a.txt:{index}",), line=index)
               for index, (source, target) in enumerate(pairs, start=1)]
    catalogs = [("a", "en", "locales/a.po", Catalog(entries=tuple(entries)))]
    assert [item.line for item in check_names(catalogs)] == [7]
    assert check_names(catalogs, {"en": glossary}) == ()
    assert [item.line for item in check_names(catalogs, {"ru": glossary})] == [7]  # another language's glossary
