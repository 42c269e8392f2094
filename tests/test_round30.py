"""Issue 17, round 30 (benchmarks/RESULTS.md): a day of a date said in words, a number cut off at its hyphen, and
Greek's words that end no sentence.

* The Arabic says a date's day in words (في الثامن من تموز, السادس من أكتوبر); a translation writes it, and one that
  has it in no form lost it (a warning: the reader may not know the language's words). An ordinal after a definite
  noun is that noun's (النصف الأول من أكتوبر: the first half of October), not a day.
* A word of the translation that ends at its hyphen (``COVID-`` before a space or a bracket) where the source writes a
  word with a number after its hyphen (كوفيد-19): the number was cut off, though the translation says it elsewhere.
* A place the source names twice whose name (CLDR's, Kitajska for الصين) one mention of the translation has and the
  other has with a slip of the keys inside its stem (Kotajske): the names check compared the two mentions only where
  they spell the Arabic.
* Two false findings on the UN corpus's development set, found judging it: a month in a case CLDR does not write
  (в сентябре) taken for another month, and a country in the instrumental (Беларусью) for a misspelling.
* The words that end no sentence were looked up as written, while the list holds them casefolded: Greek's τις is
  τισ there (final sigma), so no Greek word on -ς was ever found.

The units are real: FLORES-200's, TICO-19's and NTREX-128's, as published and as the benchmark seeded them.
"""

from __future__ import annotations

import pytest
from conftest import names_findings, unit_findings
from kztr.text.dictionaries import present

# FLORES-200 devtest (CC BY-SA 4.0): line 571, Polish; line 472, Spanish (cut to its date)
NIXON = "كانت أول قراءة عامة للوثيقة بواسطة جون نيكسون في باحة قاعة الاستقلال في الثامن من تموز."
NIXON_PL = ("Dokument po raz pierwszy odczytał publicznie John Nixon na dziedzińcu budynku Independence Hall w dniu "
            "8 lipca.")
VERSAILLES = ("مرعوبين، أُجبر الملك لويس السادس عشر والملكة ماري أنطوانيت، في السادس من أكتوبر عام 1789، على الرجوع من "
              "فرساي إلى باريس.")
VERSAILLES_ES = ("El 6 de octubre de 1789, una muchedumbre de mujeres del mercado obligó al aterrorizado monarca "
                 "Luis XVI y a María Antonieta a volver a París desde Versalles.")
# NTREX-128 (CC BY-SA 4.0), abcnews-306815, Arabic and Russian: "the first half of October", "until mid-October"
OCTOBER = ("يشير توقعنا بالأحوال المناخية على المدى البعيد إلى وجود فرص كبيرة لحدوث ارتفاع في درجات الحرارة فوق "
           "المعتاد بالنسبة للجزء الشرقي للولايات المتحدة خلال النصف الأول من أكتوبر.")
OCTOBER_RU = ("Наш долгосрочный прогноз погоды обещает с большой вероятностью необычайно высокую температуру на "
              "восточном побережье США до середины октября.")


@pytest.mark.parametrize(("source", "translation", "language", "day", "word"), [
    (NIXON, NIXON_PL, "pl", "8", "الثامن"),
    (VERSAILLES, VERSAILLES_ES, "es", "6", "السادس"),
], ids=["flores-pl-571", "flores-es-472"])
def test_the_day_of_a_date_in_words_lost(source, translation, language, day, word):
    assert unit_findings(source, translation, language, "numbers") == []
    cut = translation.replace(f" {day} ", " ", 1)
    assert cut != translation
    assert unit_findings(source, cut, language, "numbers") == [
        ("warning", f"the day of a date in words, {word} ({day}), is not in the translation")]


def test_an_ordinal_after_a_definite_noun_is_no_day():
    assert unit_findings(OCTOBER, OCTOBER_RU, "ru", "numbers") == []


# TICO-19 (CC0 1.0): the tuning half's English line 284 and Russian line 2655, as published and as seeded
MORTALITY = "بحلول 14 فبراير، بلغ معدل الوفيات بسبب كوفيد-19 2% في حين بلغت الحالات المؤكدة 66,576 عالميًّا."
MORTALITY_EN = "By February 14, the mortality of COVID-19 was 2% when the confirmed cases reached 66,576 globally."
VACCINE = "إن لقاح كوفيد-19 هو لقاح مفترض ضد مرض فيروس كورونا 2019 (كوفيد-19)"
VACCINE_RU = "Вакцина COVID-19 — это гипотетическая вакцина против коронавируса 2019 года (COVID-19)."


@pytest.mark.parametrize(("source", "translation", "language", "cut"), [
    (MORTALITY, MORTALITY_EN, "en", "COVID- was"),
    (VACCINE, VACCINE_RU, "ru", "(COVID-)"),
], ids=["tico-en-284", "tico-ru-2655"])
def test_a_number_cut_off_at_its_hyphen(source, translation, language, cut):
    assert unit_findings(source, translation, language, "numbers") == []
    seeded = translation.replace(cut.replace("-", "-19"), cut)
    assert seeded != translation
    assert unit_findings(source, seeded, language, "numbers") == [
        ("warning", "“COVID-” ends at its hyphen, where the source has a number: كوفيد-19")]


def test_a_hyphen_that_joins_two_words_is_no_cut():
    # German's suspended hyphen (Ein- und Ausgang) beside a source with كوفيد-19
    assert unit_findings(VACCINE, "Die COVID-19-Impfung ist eine Ein- und Zweidosen-Impfung gegen das Coronavirus "
                                  "2019 (COVID-19).", "de",
                         "numbers") == []


# FLORES-200 devtest (CC BY-SA 4.0), line 496, Greek: the translation as published and the benchmark's cut
BUTTONS = ("واحدة من أكبر التطورات في ذلك الوقت نتيجة للحروب الصليبية بدأ الناس في استخدام الأزرار لربط الملابس.")
BUTTONS_EL = ("Μια από τις σημαντικότερες εξελίξεις της εποχής, που προήλθε ως αποτέλεσμα από τις σταυροφορίες, ήταν "
              "το ότι οι άνθρωποι ξεκίνησαν να στερεώνουν τα ρούχα τους με κουμπιά.")


def test_a_greek_translation_cut_short_on_a_word_with_final_sigma():
    assert unit_findings(BUTTONS, BUTTONS_EL, "el", "omission") == []
    cut = "Μια από τις σημαντικότερες εξελίξεις της εποχής, που προήλθε ως αποτέλεσμα από τις."
    assert unit_findings(BUTTONS, cut, "el", "omission") == [
        ("warning", "the translation ends with “τις”, a word no sentence of its language ends with, and is shorter "
                    "than usual: its end may be missing")]


# FLORES-200 devtest (CC BY-SA 4.0), line 451, Slovenian: China twice, as published and as the benchmark seeded it;
# FLORES-200's Spanish line 4 and Indonesian line 77: a place's adjective and its people beside its name
CHINA = ("كان لدى الصين القديمة طريقةٌ فريدةٌ لعرض الفترات الزمنية المختلفة؛ كانت كل مرحلة من مراحل الصين أو كل أسرة "
         "كانت في السلطة من نوعٍ مختلفٍ.")
CHINA_SL = ("Starodavna Kitajska je različna časovna obdobja prikazovala na poseben način; vsaka stopnja Kitajske ali "
            "vsaka družina, ki je bila na oblasti, je bila prepoznavna dinastija.")
SWEDEN = ("أعلنت سارة دانيوس -السكرتيرة الدائمة للجنة نوبل للأدب في الأكاديمية السويدية- على الملأ خلال برنامج إذاعي "
          "على راديو السويد في السويد.")
SWEDEN_ES = ("Sara Danius, secretaria permanente del Comité por el Nobel de Literatura de la Academia Sueca, declaró "
             "públicamente en un programa radiofónico de Sveriges, en Suecia.")
TONGA = ("ولم ترد تقارير عن وقوع أضرار أو إصابات كبيرة في تونغا، لكن الكهرباء انقطعت بشكل مؤقت، مما منع سلطات تونغا "
         "من تلقي تحذير تسونامي الصادر من PTWC.")
TONGA_ID = ("Tidak ada laporan kerusakan atau cedera besar di Tonga, tetapi daya listrik untuk sementara terputus, "
            "yang dilaporkan membuat pihak otoritas Tongan tidak dapat menerima peringatan tsunami yang dikeluarkan "
            "oleh PTWC.")


def test_a_place_mistyped_beside_its_name():
    assert present("sl") and present("es") and present("id"), "scripts/test installs these spelling dictionaries"
    assert names_findings([(CHINA, CHINA_SL)], "sl") == []
    assert names_findings([(CHINA, CHINA_SL.replace("Kitajske", "Kotajske"))], "sl") == [
        (1, "the name الصين (Kitajska) is written “Kotajske” here")]
    # a letter more or less is a form of the name: Sueca (Swedish), Tongan (Tonga's)
    assert names_findings([(SWEDEN, SWEDEN_ES)], "es") == [] and names_findings([(TONGA, TONGA_ID)], "id") == []


# United Nations Parallel Corpus v1.0, development set, lines 3555 and 110 (Arabic and Russian, as published): two
# false findings the round's judging of that corpus found, a month in the prepositional (в сентябре) and a country in
# the instrumental (с Беларусью)
FORUM = ("واسترعت أمانة المنتدى الدائم أيضا الانتباه إلى الجدول الزمني المحدد في الوثيقة الختامية الذي ينصّ على إعداد "
         "تقرير مرحلي في موعد لا يتجاوز تموز/يوليه 2015 لكي يُقدَّم إلى الجمعية العامة في دورتها السبعين في أيلول/سبتمبر "
         "2015.")
FORUM_RU = ("Секретариат Постоянного форума обратил внимание совещания на график, определенный итоговым документом, "
            "согласно которому доклад о ходе работы необходимо подготовить не позднее июля 2015 года, с тем чтобы "
            "представить его на семнадцатой сессии Генеральной Ассамблеи, которая состоится в сентябре 2015 года.")
BELARUS = "دال - النظر في ورقة العمل المنقحة الجديدة المقدمة من الاتحاد الروسي وبيلاروس"
BELARUS_RU = ("D. Рассмотрение дополнительно пересмотренного рабочего документа, представленного Беларусью и "
              "Российской Федерацией")


def test_a_month_in_a_case_cldr_does_not_write():
    assert unit_findings(FORUM, FORUM_RU, "ru", "numbers") == []
    assert unit_findings(FORUM, FORUM_RU.replace("в сентябре", "в августе"), "ru", "numbers") == [
        ("error", "the month of a date changed: سبتمبر (September) in the source, July in the translation")]


def test_a_country_in_the_instrumental():
    assert names_findings([(BELARUS, BELARUS_RU)], "ru") == []
    assert names_findings([(BELARUS, BELARUS_RU.replace("Беларусью", "Беларксью"))], "ru") != []
