"""The names check: names in Arabic letters compared with their Latin and Cyrillic spellings across
the catalogs of a language (consonant skeletons: ترامب = Trump = Трамп)."""

from __future__ import annotations

import json

import pytest
from kztr.checks.names import check_names
from kztr.model import Catalog, Entry
from kztr.text.transliteration import shape, skeleton

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


def test_letters_unicode_gives_no_base_letter():
    """ł, ı, ø have no base letter in Unicode's decomposition, and were dropped: Słania (FLORES-200's Polish, for
    سلانيا) was SN. They are l, i, o; Turkish's dotless ı is a vowel where the Arabic writes one (قيرغيزستان)."""
    assert skeleton("Słania") == skeleton("سلانيا") == "SLN" and skeleton("Ørsted") == skeleton("أورستد")
    assert shape("Kırgızistan") == shape("قيرغيزستان") == shape("Kyrgyzstan")


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


def test_a_name_inside_a_glossary_term_with_a_clitic_prefix_is_left_to_the_glossary():
    """بشميتٍ: the term شميت after the preposition ب and with a diacritic is still the glossary's (issue 22:
    the names check takes the terms' places from the glossary's own search)."""
    from kztr.glossary import parse_glossary

    glossary = parse_glossary("source\ttarget\tnote\tforbidden\nشميت\tSchmidt\t\tShmidt\n", "en")
    pairs = [*ENGLISH, ("وأشاد الوزير بشميتٍ.", "The minister praised Shmidt.")]
    entries = [Entry(source, target, references=(f"source/a.txt:{index}",), line=index)
               for index, (source, target) in enumerate(pairs, start=1)]
    catalogs = [("a", "en", "locales/a.po", Catalog(entries=tuple(entries)))]
    assert [item.message for item in check_names(catalogs)] == [
        "شميت is spelt “Shmidt” here and “Schmidt” in 3 other units"]
    assert glossary.term_spans("وأشاد الوزير بشميتٍ.") == ((13, 18),)
    assert check_names(catalogs, {"en": glossary}) == ()


def both(pairs):
    """Findings on one document translated into English and Russian: [(Arabic, English, Russian)]."""
    catalogs = []
    for column, language in ((1, "en"), (2, "ru")):
        entries = [Entry(row[0], row[column], references=(f"source/a.txt:{index}",), line=index)
                   for index, row in enumerate(pairs, start=1)]
        catalogs.append(("a", language, f"locales/{language}/a.po", Catalog(entries=tuple(entries))))
    return [(item.language, item.line, item.message) for item in check_names(catalogs)]


NEWS = [
    ("وقال كريس ليزلي إن الحزب منقسم.", "Chris Leslie said the party was divided.",
     "Крис Лесли сказал, что партия расколота."),
    ("ويمثل ليزلي دائرة نوتنغهام الشرقية.", "Leslie is MP for Nottingham East.",
     "Лесли представляет Восточный Ноттингем."),
    ("وزار الوفد براغ يوم الاثنين.", "The delegation visited Prague on Monday.",
     "Делегация посетила Прагу в понедельник."),
    ("والتقى الوزير بنظيره في براغ.", "The minister met his counterpart in Prague.",
     "Министр встретился с коллегой в Праге."),
    ("وقال ترامب إن الاتفاق جيد.", "Trump said the deal was good.", "Трамп сказал, что сделка хорошая."),
    ("وأضاف ترامب أنه سيوقع.", "Trump added that he would sign.", "Трамп добавил, что подпишет."),
    ("وسجل غاري هولت هدفا.", "Gary Holt scored a goal.", "Гари Холт забил гол."),
]


def test_clean_translations_into_two_languages_have_no_finding():
    assert both(NEWS) == []


def test_a_name_the_other_language_spells_is_missing_here():
    found = both([*NEWS, ("وعاد الفريق إلى نوتنغهام مساء الأحد.", "The team returned to on Sunday evening.",
                          "Команда вернулась в Ноттингем в воскресенье вечером.")])
    assert found == [("en", 8, "the name نوتنغهام is not in the translation (the ru translation has “Ноттингем”)")]


def test_a_name_translated_or_said_by_a_pronoun_is_no_finding():
    commonwealth = ("وشارك في ألعاب الكومنولث هذا العام.", "He took part in this year's Commonwealth Games.",
                    "Он участвовал в Играх Содружества в этом году.")
    pronoun = ("وقال فليك إن القرار نهائي.", "Flake said the decision was final.",
               "Он сказал, что решение окончательное.")
    assert both([*NEWS, commonwealth, pronoun]) == []


def test_misspellings_found_against_the_languages_own_spellings_only():
    """Pargue is two letters off the Prague of two other units: found; Madird two letters off CLDR's English
    name of مدريد: found. Kanavaugh against the Russian's Кавано, Хоолт against the English's Holt are not:
    across scripts and from the Arabic, real translations differ by convention as much (0 of 34 such findings
    true on six corpora; the real pairs of the next test)."""
    found = both([*NEWS, ("وقال القاضي كافانو إنه بريء.", "Judge Kanavaugh said he was innocent.",
                          "Судья Кавано заявил, что невиновен."),
                  ("وانتقل الوفد إلى براغ.", "The delegation moved on to Pargue.", "Делегация переехала в Прагу."),
                  ("وسجل هولت مرة أخرى.", "Holt scored again.", "Хоолт снова забил."),
                  ("وانتقل الوفد إلى مدريد.", "The delegation moved on to Madird.", "Делегация переехала в Мадрид.")])
    assert found == [("en", 9, "براغ is spelt “Pargue” here and “Prague” in 2 other units"),
                     ("en", 11, "the name مدريد (Madrid) is written “Madird” here")]


XQUAD_CONVENTIONS = [  # XQuAD (CC BY-SA 4.0) lines 1252, 1320, 80, 1401, shortened: false names findings, round 5
    ("راين-ميوزي دلتا، المنطقة الطبيعية الأكثر أهمية في هولندا.",
     "The Rhine-Meuse Delta, the most important natural region of the Netherlands.",
     "Дельта Рейна и Мааса, важнейшая географическая зона Нидерландов."),
    ("ما هي المنظمة التي دعا منها الجنرال جعفر النميري أعضاءً للخدمة في حكومته؟",
     "What organization did General Gaafar al-Nimeiry invite members of to serve in his government?",
     "Членов какой организации пригласил генерал Джафар Нимейри на службу в своем правительстве?"),
    ("وقد كان مسرح فويتشاخ بوغوسلافسكي (1922-26)، أفضل مثال على \"المسرح الأثري البولندي\".",
     "The Wojciech Bogusławski Theatre (1922–26), was the best example of \"Polish monumental theatre\".",
     "Театр Войцеха Богуславского (1922–26) был лучшим примером \"Польского монументального театра\"."),
    ("وصلت تعزيزات الجيش النظامي الفرنسي في مايو 1756، بقيادة اللواء لوي جوزيف دي مونتكالم.",
     "French regular army reinforcements arrived in May 1756, led by Major General Louis-Joseph de Montcalm.",
     "Французские пополнения регулярной армии прибыли в мае 1756 года во главе с генерал-майором Луи-Жозефом де "
     "Монкальмом."),
]


def test_names_each_language_spells_its_own_way_are_no_finding():
    """Маас for Meuse (a doubled vowel), Gaafar for Джафар, Богуславского for Bogusławski and Монкальм for
    Montcalm (a consonant apart): real XQuAD pairs, each reported by round 5's frozen code, none a mistake."""
    assert both(XQUAD_CONVENTIONS) == []


def test_two_people_with_one_first_name_are_not_one_misspelt_name():
    pairs = [("وقال المحامي كريستيان شيرتز إن اللاعب سيطالب بتعويض.",
              "Lawyer Christian Schertz said the player would claim damages."),
             ("وخضع كريستيان أبركرومبي لعملية جراحية.", "Christion Abercrombie underwent surgery."),
             ("وقال مدرب كريستيان أبركرومبي إنه بخير.", "Christion Abercrombie's coach said he was fine."),
             ("ونقل كريستيان أبركرومبي إلى المستشفى.", "Christion Abercrombie was taken to hospital.")]
    assert findings(pairs) == []


def test_months_places_and_abbreviations_are_not_dropped_names():
    rows = [*NEWS,
            ("وستجرى الانتخابات في نوفمبر.", "The election will be held in November.", "Выборы пройдут в ноябре."),
            ("ووصل الفريق من الدنمارك.", "The team arrived from Denmark.", "Команда прибыла из Дании."),
            ("ولد في ولاية أريزونا عام 1970.", "He was born in Arizona in 1970.", "Он родился в Аризоне в 1970 году."),
            ("وضرب الإعصار حدود أريزونا.", "The storm hit the AZ border.", "Шторм обрушился на границу Аризоны.")]
    assert both(rows) == []


def test_a_name_inside_a_compound_word_is_not_dropped():
    """Four UN sentences with أفريقيا = Африка, then one where the Russian has it inside a compound
    adjective: Центральноафриканской Республике (United Nations Parallel Corpus v1.0 test set, lines
    1647, 94, 1026, 308 and 91; Ziemski, Junczys-Dowmunt and Pouliquen, LREC 2016; source: the United Nations)."""
    africa = [
        ("وفي منطقة شرق أفريقيا، يظل النمو قويا بفضل استمرار الاستثمارات ونمو الخدمات.",
         "Экономический рост в странах Восточной Африки продолжится уверенными темпами благодаря сохранению "
         "притока инвестиций и увеличению сектора услуг."),
        ("وإذ تكرر تأكيد ضرورة أن يفي المجتمع الدولي بجميع التزاماته في ما يتعلق بالتنمية الاقتصادية والاجتماعية "
         "في أفريقيا،", "вновь заявляя о необходимости выполнения международным сообществом всех его обязательств "
                        "в отношении социально-экономического развития Африки,"),
        ("تغيير اسم فريق العمليات المتكاملة لمنطقة البحيرات الكبرى ليصبح فريق العمليات المتكاملة لوسط أفريقيا",
         "переименование Объединенной оперативной группы для района Великих озер в Объединенную оперативную "
         "группу для Центральной Африки"),
        ("جنوب أفريقيا* ودولة فلسطين:** مشروع قرار", "Южная Африка* и Государство Палестина**: проект резолюции"),
    ]
    compound = ("بصفتي رئيس تشكيلة جمهورية أفريقيا الوسطى التابعة للجنة بناء السلام، قمت بزيارة إلى بانغي في الفترة "
                "من 2 إلى ٥ أيار/مايو ٢٠١٥.",
                "В качестве Председателя Структуры по Центральноафриканской Республике Комиссии по миростроительству "
                "я посетил Банги в период со 2 по 5 мая 2015 года.")
    assert findings(africa, [compound], language="ru") == []
    dropped = (compound[0], "В качестве Председателя Структуры по этой Республике я посетил Банги в мае 2015 года.")
    assert [message for _, message in findings(africa, [dropped], language="ru")] == [
        "the name افريقيا (“Африк” in 4 other units) is not in the translation"]


def test_a_name_inside_a_missions_acronym_is_not_dropped():
    """UNMIS is the United Nations Mission in the Sudan: UN sentences with السودان = Sudan, then one whose
    English has the mission's acronym (United Nations Parallel Corpus v1.0 test set, lines 1635, 1662,
    208, 2169 and 106; Ziemski, Junczys-Dowmunt and Pouliquen, LREC 2016; source: the United Nations)."""
    sudan = [
        ("1 - لا تزال ماليزيا ملتزمة بتنفيذ قرار مجلس الأمن 2206 (2015) بشأن جنوب السودان.",
         "1. Malaysia remains committed to the implementation of Security Council resolution 2206 (2015) "
         "concerning South Sudan."),
        ("١٦ - شهدت الفترة المشمولة بهذا التقرير إجراء الانتخابات العامة في السودان في الفترة من 13 إلى 16 "
         "نيسان/أبريل.", "16. The reporting period was marked by the conduct of the general elections in the "
                         "Sudan from 13 to 16 April."),
        ("وإذ يقرر أن الحالة في جنوب السودان ما زالت تشكل خطراً يهدد السلام والأمن الدوليين في المنطقة،",
         "Determining that the situation in South Sudan continues to constitute a threat to international peace "
         "and security in the region,"),
        ("وتُنفّذ الفقرتان 9 و 12 من القرار 2206 (2015) بشأن جنوب السودان من خلال التشريعات التالية:",
         "Paragraphs 9 and 12 of resolution 2206 (2015) concerning South Sudan are implemented through the "
         "following legislation:"),
    ]
    source = "التزامات بعثة الأمم المتحدة في السودان، في 30 حزيران/يونيه 2014"
    assert findings(sudan, [(source, "Liabilities of UNMIS as at 30 June 2014")]) == []
    assert [message for _, message in findings(sudan, [(source, "Liabilities of the mission as at 30 June 2014")])] \
        == ["the name سودان (“Sudan” in 4 other units) is not in the translation"]


def test_a_misspelling_of_a_name_one_other_unit_and_the_other_language_spell_is_found():
    """Two UN sentences with دلاميني = Dlamini = Дламини (United Nations Parallel Corpus v1.0 test set,
    lines 472 and 3610, shortened; Ziemski, Junczys-Dowmunt and Pouliquen, LREC 2016; source: the United
    Nations): the English spells it once elsewhere, the Russian here; Dkamini is a slip."""
    letter = ("رسالة من رئيسة مفوضية الاتحاد الأفريقي، نكوسازانا دلاميني - زوما، بشأن الحالة في الصحراء الغربية",
              "a letter from the Chairperson of the African Union Commission, Nkosazana Dlamini-Zuma, on the "
              "situation in Western Sahara",
              "письмо Председателя Комиссии Африканского союза Нкосазаны Дламини-Зумы о ситуации в Западной Сахаре")
    summit = ("وحضر المؤتمر أيضا ونكوسازانا دلاميني زوما، رئيسة مفوضية الاتحاد الأفريقي",
              "The Summit was also attended by Nkosazana Dlamini Zuma, the Chairperson of the African Union "
              "Commission",
              "На совещании Саммита также присутствовала Председатель Комиссии Африканского союза Нкосазана "
              "Дламини-Зума")
    assert both([letter, summit]) == []
    slipped = (summit[0], summit[1].replace("Dlamini", "Dkamini"), summit[2])
    assert both([letter, slipped]) == [
        ("en", 2, "the name دلاميني is written “Dlamini” in 1 other unit: “Dkamini” here")]


def _place_pairs() -> list[dict[str, str]]:
    from pathlib import Path

    path = Path(__file__).parent / "data" / "checks" / "place-names.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def test_a_place_named_its_own_way_is_not_dropped():
    """Real sentences whose place the translation has made an adjective, put in an acronym or a compound, or
    spelt its own way: no finding (tests/data/checks/place-names.tsv)."""
    import re

    for pair in _place_pairs():
        found = both([(pair["source"], pair["en"], pair["ru"])])
        assert not [item for item in found if re.match(r"the name \S+ \([^“)]+\) is ", item[2])], (pair["why"], found)


def test_a_place_the_other_language_names_is_missing_here():
    """TICO-19 (held-out half, line 161) with Italy dropped from the English: the Russian's Италии and CLDR's
    names of إيطاليا say the sentence has it, though no other unit spells it."""
    pair = next(pair for pair in _place_pairs() if pair["line"] == "161")
    dropped = pair["en"].replace(" in Italy.", ".")
    assert dropped != pair["en"]
    assert both([(pair["source"], dropped, pair["ru"])]) == [
        ("en", 1, "the name ايطاليا (Italy) is not in the translation (the ru translation has it)")]
    misspelt = pair["en"].replace("Italy", "Itaky")  # a neighbouring key: its skeleton changed
    assert both([(pair["source"], misspelt, pair["ru"])]) == [
        ("en", 1, "the name ايطاليا (Italy) is written “Itaky” here")]


def _one_consonant_pairs():
    from pathlib import Path

    path = Path(__file__).parent / "data" / "checks" / "one-consonant-names.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    return {int(row["line"]): (row["source"], row["en"], row["ru"]) for row in rows}


def _changed(pairs, line, column, old, new):
    row = list(pairs[line])
    assert old in row[column]
    row[column] = row[column].replace(old, new, 1)
    return [tuple(row) if number == line else pair for number, pair in pairs.items()]


def test_a_name_of_one_consonant_is_learnt_from_the_catalogs():
    """هوبي (Hubei, Хубэй) and ووهان (Wuhan, Ухань) have one consonant each: a skeleton that meets words by
    chance, a spelling only where the language's units confirm it. TICO-19's real units (held-out half) are
    clean; with Hubei dropped, misspelt, or Wuhan dropped from the Russian «5 миллионов человек» sentence (people,
    not a stand-in for the name), each is found."""
    pairs = _one_consonant_pairs()
    assert both(list(pairs.values())) == []
    dropped = both(_changed(pairs, 552, 1, "in Hubei, China", "in China"))
    assert [(language, message.split(" (")[0]) for language, _, message in dropped] == [("en", "the name هوبي")]
    misspelt = both(_changed(pairs, 1337, 1, "in Hubei", "in Hubie"))
    assert [(language, "“Hubie”" in message) for language, _, message in misspelt] == [("en", True)]
    russian = both(_changed(pairs, 1578, 2, "в разгар эпидемии в Ухане,", "в разгар эпидемии,"))
    assert [(language, message.split(" (")[0]) for language, _, message in russian] == [("ru", "the name ووهان")]


def test_a_name_the_other_translation_spells_with_e_for_yo_is_there():
    """UN development set line 1822: «Син Тон Хёка» where other units write Хек (ё written е): no dropped name."""
    from kztr.text.spellings import derived_form

    assert derived_form("ложных показаний лжецов навроде Син Тон Хёка, нет нужды", "", "Хек")
    assert derived_form("случаев возникновения заболевания в Хубэе было бы", "", "Хубэй")
    assert not derived_form("в провинции было бы", "", "Хубэй")


def test_people_counted_in_russian_stand_in_for_no_name():
    from kztr.checks.name_stand_ins import _stand_ins

    assert _stand_ins("около 5 миллионов человек потеряли работу") == 0
    assert _stand_ins("12 человек погибли") == 0
    assert _stand_ins("молодой человек сказал, что он придёт") == 2


CAPSULES = ("على سبيل المثال، اكتُشفت فعالية كبسولات شو فينغ جي دو وكبسولات ليان هوا كينغ وين لعلاج كوفيد-19.",
            "For example, Shu Feng Jie Du capsules and Lian Hua Qing Wen capsules were found to be effective for "
            "COVID-19 treatment.",
            "Например, капсулы Шу Фэн Цзе Ду (Shu Feng Jie Du) и капсулы Лянь Хуа Цин Вэнь (Lian Hua Qing Wen) были "
            "признаны эффективными при лечении COVID-19.")


def test_a_name_a_letter_off_the_other_translations_spelling_in_the_same_script_is_misspelt():
    """TICO-19 (tuning half, line 354): the Russian keeps the Latin names in brackets; Qinf for Qing is one
    consonant off كينغ and a letter off the English's Qing. Across scripts the same distance is transliteration
    (Зорица for Zorica, Кремля for Kremlin): no finding."""
    assert both([CAPSULES]) == []
    misspelt = (CAPSULES[0], CAPSULES[1], CAPSULES[2].replace("Qing", "Qinf"))
    assert both([misspelt]) == [("ru", 1, "the name كينغ is written “Qing” in the en translation: “Qinf” here")]


def _names_project(tmp_path, settings: str = ""):
    """A project of ENGLISH's sentences and a unit that misspells Schmidt, its catalog translated (polib)."""
    import polib
    from kztr.config import load_settings
    from kztr.workflow import extract, init_language

    root = tmp_path / "names"
    (root / "source").mkdir(parents=True)
    (root / "kztr.toml").write_text(f'source-language = "ar"\n{settings}', encoding="utf-8")
    pairs = [*ENGLISH, ("وقال شميت إن الإضراب انتهى.", "Shmidt said the strike was over.")]
    (root / "source" / "a.txt").write_text("\n\n".join(source for source, _ in pairs) + "\n", encoding="utf-8")
    extract(load_settings(root))
    init_language(load_settings(root), "en")
    path = root / "locales" / "en" / "LC_MESSAGES" / "a.po"
    catalog = polib.pofile(str(path), wrapwidth=0)
    translations = dict(pairs)
    for entry in catalog:
        entry.msgstr = translations[entry.msgid]
    catalog.save(str(path))
    return root


def test_names_is_off_unless_the_project_or_the_command_asks(tmp_path):
    from click.testing import CliRunner
    from kztr.cli import main

    def names_findings(root, *options):
        result = CliRunner().invoke(main, ["check", "-C", str(root), "--format", "json", *options])
        assert result.exit_code == 0, result.output
        return [item["message"] for item in json.loads(result.stdout) if item["check"] == "names"]

    def in_status(root):  # status's qa column agrees with check
        status = CliRunner().invoke(main, ["status", "-C", str(root), "--format", "json"])
        return [finding["message"] for catalog in json.loads(status.stdout) for finding in catalog["findings"]
                if finding["check"] == "names"]

    expected = ["شميت is spelt “Shmidt” here and “Schmidt” in 3 other units"]
    root = _names_project(tmp_path)
    assert names_findings(root) == in_status(root) == []  # off by default: right one time in three on real text
    assert names_findings(root, "--check", "names") == expected
    root = _names_project(tmp_path / "on", 'extra-checks = ["names"]\n')
    assert names_findings(root) == in_status(root) == expected


@pytest.mark.parametrize(("value", "message"), [
    ('"names"', "kztr.toml: 'extra-checks' must be a list of check names"),
    ('["nmes"]', "kztr.toml: extra-checks: unknown check 'nmes' (choose from numbers,"),
])
def test_a_bad_extra_checks_setting_is_one_line(tmp_path, value, message):
    from click.testing import CliRunner
    from conftest import one_line_error
    from kztr.cli import main

    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "a.txt").write_text("قال شميت إن المصنع سيغلق.\n", encoding="utf-8")
    (tmp_path / "kztr.toml").write_text(f'source-language = "ar"\nextra-checks = {value}\n', encoding="utf-8")
    one_line_error(CliRunner().invoke(main, ["check", "-C", str(tmp_path)]), message)


# Tatoeba's Arabic–English test set (LASER's; CC BY 2.0 FR), lines 36–41: Layla, a name of one consonant (L)
LAYLA = [
    ("كانت ليلى مهتمّة بالمال.", "Layla had interest in money."),
    ("أرادت ليلى كلّ المال.", "Layla wanted all the money."),
    ("قتلت ليلى سامي بسبب المال.", "Layla killed Sami over money."),
    ("قدّمت ليلى المال لسامي.", "Layla gave Sami the money."),
    ("اعتقدت ليلى أنّ المال كان عند سامي.", "Layla thought Sami had money."),
    ("قدّمت ليلى المزيد من المال لسامي.", "Layla gave Sami more money."),
]


def test_a_dropped_name_of_one_consonant_the_catalog_knows_well_is_found():
    """Tatoeba line 46 (a seed of round 7, missed until round 8): no other language, one consonant."""
    assert findings(LAYLA) == []
    dropped = findings(LAYLA, [("عرض سامي بعض المال على ليلى.", "Sami offered some money.")])
    assert dropped == [(7, "the name ليلى (“Layla” in 6 other units) is not in the translation")]
    assert findings(LAYLA, [("عرض سامي بعض المال على ليلى.", "Sami offered her some money.")]) == []


def test_a_name_of_one_consonant_a_few_units_spell_is_not_enough():
    assert findings(LAYLA[:4], [("عرض سامي بعض المال على ليلى.", "Sami offered some money.")]) == []


# Tatoeba ara-rus (the Tatoeba Translation Challenge's test set, CC BY 2.0 FR): Сами is a name and сами a word
SAMI = [
    ("سامي يتكلّم العربيّة.", "Сами говорит на арабском."),
    ("مات كلب سامي.", "Собака Сами умерла."),
    ("من هو أب سامي؟", "Кто отец Сами?"),
    ("كانت كلاب سامي جائعة جدّا.", "Собаки Сами сильно голодали."),
    ("كان صبيّ سامي نائما.", "Ребёнок Сами спал."),
    ("سامي يحبّ القاهرة.", "Сами любит Каир."),
    ("سامي يكره ليلى.", "Сами ненавидит Лейлу."),
    ("فتح سامي رسالة ليلى.", "Сами открыл письмо Лейлы."),
    ("كان سامي ينتظر اتّصال ليلى.", "Сами ждал звонка Лейлы."),
    ("ناما سامي و ليلى في الشّاطئ.", "Сами и Лейла спали на пляже."),
    ("حلّوا المشكلة بأنفسهم.", "Они сами решили проблему."),
]


def test_a_name_that_is_also_a_word_of_the_language_is_a_name_where_it_spells_one():
    """Tatoeba ara-rus line 912: the Arabic's Sami, the Russian's Fadel (a seed of round 9 dropped Sami likewise)."""
    assert findings(SAMI, language="ru") == []
    found = findings(SAMI, [("انتظر سامي بالجوار.", "Фадель ждал неподалёку.")], language="ru")
    assert [(line, message.split(" (")[0]) for line, message in found] == [(12, "the name سامي")]


def test_a_letter_off_a_short_name_many_units_spell_is_a_slip():
    """Tatoeba ara-rus: Сами in ten units; «Самм» (a seed of round 9) is a slip, «Сами» with a case ending is not."""
    found = findings(SAMI, [("مات قطّ سامي.", "Кот Самм умер.")], language="ru")
    assert found == [(12, "سامي is spelt “Самм” here and “Сам” in 10 other units")]
    assert findings(SAMI, [("أعطيت الكتاب لسامي.", "Я дал книгу Сами.")], language="ru") == []


PLACES_MISSPELT = [
    # FLORES-200 devtest 186 and 760 (CC BY-SA 4.0), UN Parallel Corpus test set 765: the seeds kztr missed in
    # round 8 and before; the Russian of 765 has only an adjective (сирийского), so CLDR alone says it is a place
    ("فرنسا هي البلد السابع ضمن الاتحاد الأوروبي الذي يعاني من هذا الفيروس؛ بعد النمسا وألمانيا وسلوفينيا وبلغاريا "
     "واليونان وإيطاليا.",
     "France is the seventh country in the European Union to suffer this virus; following Austria, Germany, "
     "Slovenia, Bulgaria, Greece and Italy.",
     "Франция – это 7-я страна ЕС, пострадавшая от этого вируса, после Австрии, Германии, Словении, Болгарии, "
     "Греции и Италии.", "Bulgaria", "Bulgria", "the name بلغاريا (Bulgaria) is written “Bulgria” here"),
    ("وبما أن مونتيفيديو تقع جنوب خط الاستواء، فإن فصل الصيف يكون هناك عندما يكون الشتاء في نصف الكرة الأرضية "
     "الشمالي والعكس صحيح.",
     "Since Montevideo is south of the Equator, it is summer there when it's winter in the Northern Hemisphere and "
     "vice versa.",
     "Поскольку Монтевидео находится к югу от экватора, там лето, когда в Северном полушарии зима, и наоборот.",
     "Montevideo", "Monteviseo", "the name مونتيفيديو (Montevideo) is written “Monteviseo” here"),
    ("إن سوريا اليوم في طريقها لأن تصبح \"دولة فاشلة\" نتيجة لممارسات النظام السوري وبما يهدد أمن واستقرار المنطقة "
     "والعالم بأسره.",
     "The regime's actions are now on the way to making Syria into a failed State, posing a threat to the security "
     "and stability of the region and of the world as a whole.",
     "Действия режима ведут сегодня к разрушению сирийского государства, что создает угрозу безопасности и "
     "стабильности в регионе и в мире в целом.", "Syria", "Syris", "the name سوريا (Syria) is written “Syris” here"),
]


@pytest.mark.parametrize("source, english, russian, name, slip, message", PLACES_MISSPELT)
def test_a_place_misspelt_against_its_cldr_name_is_found(source, english, russian, name, slip, message):
    """A country or city misspelt in the translation's own script, its name CLDR's in that language (Montevideo
    is a time zone's city: English gives CLDR no name of its own for it, the zone's is the name)."""
    assert both([(source, english, russian)]) == []
    assert both([(source, english.replace(name, slip), russian)]) == [("en", 1, message)]


def test_a_place_in_cldr_is_matched_without_accents():
    """CLDR's English name of تركيا is Türkiye: a translation's Turkey is the place (FLORES-200 devtest 943, the
    Russian with Турции dropped, is found through the English)."""
    source = ("تعد مدينة إزمير ثالث أكبر مدينة في تركيا ويبلغ عدد سكانها حوالي 3.7 مليون نسمة، وبها ثاني أكبر "
              "ميناء بعد اسطنبول، كما تعد مركزاً متميزاً للنقل.")
    english = ("Izmir is the third largest city in Turkey with a population of around 3.7 million, the second "
               "biggest port after Istanbul, and a very good transport hub.")
    russian = ("Измир является третьим по величине городом Турции с населением около 3,7 миллиона человек, "
               "крупнейшим после Стамбула портом и отличным транспортным узлом.")
    assert both([(source, english, russian)]) == []
    from kztr.checks.places import named_there
    assert named_there("تركيا", "ru", "en", english) == ["Турция"]


GINGRICH = (  # FLORES-200 devtest 193 (CC BY-SA 4.0): the Arabic names جينجريتش twice
    "بعد ظهور النتائج، أثنى \"جينجريتش\" على \"سانتوروم\"، لكنه وجه كلمات لاذعة إلى \"رومني\"، والذي بُثت حملة "
    "إعلانية سلبية في ولاية \"آيوا\" ضد \"جينجريتش\" نيابةً عنه.",
    "After the results came in, Gingrich lauded Santorum, but had tough words for Romney, on whose behalf negative "
    "campaign advertisements were aired in Iowa against Gingrich.",
    "После того, как стали известны результаты, Гингрич похвалил Санторума, но грубо высказался о Ромни, от имени "
    "которого в Айове транслировалась негативная информация против Гингрича.")


def test_a_name_the_source_writes_twice_spelt_two_ways_in_one_unit():
    """The second Gingrich misspelt (its consonants the same: only the first spelling is the name's); two
    spellings that sound alike (Khaled and Khalid, the UN's, two people) are left alone."""
    source, english, russian = GINGRICH
    assert both([GINGRICH]) == []
    slipped = russian.replace("против Гингрича", "против Гнигрича")
    assert both([(source, english, slipped)]) == [("ru", 1, "جينجريتش is spelt “Гингрич” and “Гнигрича” in this unit")]
    assert both([(source, english.replace("against Gingrich", "against Gengrich"), russian)]) == []  # a vowel


TOM = [  # Tatoeba ara-fra (CC BY 2.0 FR), by line: توم is Tom in most of its units
    ('لا أريد أن أضيع الوقت بالحديث مع توم.', 'Je ne veux pas perdre du temps à parler à Tom.'),  # 769
    ('لا تضيّع وقتك في محاولة اقناع توم.', 'Ne perds pas ton temps à essayer de convaincre Tom.'),  # 803
    ('نريد أن نتحدث إلى توم.', 'Nous voulons parler à Tom.'),  # 1052
    ('أعرف توم ولكن لا أعرف ماري.', 'Je connais Tom mais pas Marie.'),  # 141
    ('كان يجب عليك أن تقول الحقيقة لتوم.', 'Tu devais dire à Tom la vérité.'),  # 708
    ('ماري تغني أفضل من توم', 'Marie chante mieux que Tom.'),  # 979
    ('أين وُلِدَ توم؟', 'Où est né Tom ?'),  # 387
    ('لا أحد هنا يعرف هيئة توم.', "Ici, personne ne sait de quoi Tom a l'air."),  # 761
    ('نريد أن نتحدث مع توم.', 'Nous voulons parler avec Tom.'),  # 1053
    ('أعتقد أن توم يستطيعُ المساعدةَ.', 'Je pense que Tom pourra aider.'),  # 127
    ('أنا بحاجة إلى سيارة توم.', "J'ai besoin de la voiture de Tom."),  # 258
    ('هل يحب توم الطماطم؟', 'Est-ce que Tom aime les tomates ?'),  # 1136
    ('اتصلت بتوم.', "J'ai passé un coup de fil à Tom."),  # 23
]


def test_a_short_names_slip_repeated_in_a_few_units_is_still_a_slip():
    """Tomm in two units where eleven write Tom (round 10's French seeds made the same slip three times): each
    is told; until now a spelling another unit used counted as the language's own."""
    slipped = [(source, french.replace("Tom", "Tomm")) if index < 2 else (source, french)
               for index, (source, french) in enumerate(TOM)]
    assert findings(TOM, language="fr") == []
    assert findings(slipped, language="fr") == [(1, "توم is spelt “Tomm” here and “Tom” in 11 other units"),
                                                  (2, "توم is spelt “Tomm” here and “Tom” in 11 other units")]
