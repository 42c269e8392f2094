"""What the names seeds missed on Tatoeba's Arabic–German, –Spanish and –French sets showed (issue 17, round 12:
tuned on those sets, all three measured before; benchmarks/RESULTS.md).

Pairs quoted by corpus line as ``benchmarks/real_check.py`` numbers them: Tatoeba ara-deu, ara-spa and ara-fra (CC BY
2.0 FR) and the UN Parallel Corpus v1.0 test set (its DISCLAIMER), where the same rules must leave real translations
alone. A "seeded" translation is the real one with the mistake benchmarks/seeds.py made in it. Each catalog here is
one language's, as Tatoeba's are: no other language's translation of the sentence says the place is there.
"""

from __future__ import annotations

import pytest
from kztr.checks.names import check_names
from kztr.checks.places import typing_slip
from kztr.model import Catalog, Entry

# Tatoeba ara-deu: a few units of the set with the same places, as its catalog has them
GERMAN = [
    ("ذهبنا إلى لندن السنة الماضية.", "Letztes Jahr sind wir nach London gegangen."),  # 487
    ("هذا خطاب من كندا.", "Das ist ein Brief aus Kanada."),  # 983
    ("كم ستبقى في اليابان؟", "Wie lange werden Sie in Japan bleiben?"),  # 666
    ("لدينا الكثير من الزلازل في اليابان.", "Wir haben in Japan viele Erdbeben."),  # 771
    ("أنا من البرتغال.", "Ich komme aus Portugal."),  # 280
    ("تقع ألمانيا في وسط أوروبا.", "Deutschland liegt mitten in Europa."),  # 396
    ("إنه مستعد أن يسافر إلى كندا.", "Er ist bereit nach Kanada zu gehen."),  # 325
]


def findings(pairs, language="de"):
    entries = [Entry(source, target, references=(f"source/a.txt:{index}",), line=index)
               for index, (source, target) in enumerate(pairs, start=1)]
    found = check_names([("a", language, "locales/a.po", Catalog(entries=tuple(entries)))])
    return [(item.line, item.message) for item in found]


def seeded(pairs, line, old, new):
    """The pairs with the translation of unit ``line`` (1-based) changed as a seed changes it."""
    source, translation = pairs[line - 1]
    assert old in translation
    return [*pairs[:line - 1], (source, translation.replace(old, new, 1)), *pairs[line:]]


def test_the_real_translations_have_no_finding():
    assert findings(GERMAN) == []


@pytest.mark.parametrize("line, old, new, message", [
    (2, " aus Kanada.", " aus.", "the name كندا (Kanada) is not in the translation"),
    (3, " in Japan bleiben", " in bleiben", "the name اليابان (Japan) is not in the translation"),
])
def test_a_place_dropped_from_a_one_language_catalog_is_found(line, old, new, message):
    """Until this round a place CLDR names was told dropped only where another language's translation of the
    sentence named it: a Tatoeba set has one language, so no dropped place was ever found there (0 of 9 seeds).
    Now it is where another unit of the catalog has the word and names the place."""
    assert findings(seeded(GERMAN, line, old, new)) == [(line, message)]


@pytest.mark.parametrize("source, translation, language", [
    # real translations the rule flagged while it took a place no other unit has for evidence enough: a cup (كوبا,
    # Cuba), early (باكراً: Accra after ب), a coconut (جوز الهند), lazy (كسول: Seoul after ك), Benin (tasty in Darija).
    # (Portugal dropped from أنا من البرتغال, in no other unit, was left alone here too until round 19: Arabic's
    # dictionary reads البرتغال as the name only, and it is found now; tests/test_round19.py)
    ("أتناول دائما كوبا من الحليب قبل أن أنام.", "I always drink a glass of milk before going to bed.", "en"),  # 331
    ("لنذهب باكراً.", "Let's go early, shall we?", "en"),  # Tatoeba ara-eng 985
    ("نريد أن نأكل نبات جوز الهند.", "Nous voulons manger des noix de coco.", "fr"),  # Tatoeba ara-fra 1051
    ("رُبّ كسول ينجح.", "Ленивый редко добивается успеха.", "ru"),  # Tatoeba ara-rus 1548
    ("بنين بزّاف، ياك؟", "C'est délicieux, pas vrai ?", "fr"),  # Tatoeba ara-fra 1299
])
def test_a_place_word_alone_in_its_catalog_is_left_alone(source, translation, language):
    """The word is CLDR's Arabic name of a place, but no other unit of the catalog shows it is one here, and Arabic's
    dictionary reads it as another word too (or it is in a compound, or has a clitic that is no preposition)."""
    assert findings([(source, translation)], language) == []


def test_a_place_left_in_english_is_there():
    """TICO-19 held-out, Russian, lines 1473 and 2577: a newspaper's name kept in English (South China Morning
    Post for جريدة جنوب الصين الصباحية) names China."""
    russian = [("بعد أن استقرت الحالات في الصين، كانت الدولة ترسل مساعدات لمختلف الدول التي تضررت بسبب الجائحة.",
                "После того, как ситуация в Китае стабилизировалась, страна также отправляла помощь другим странам, "
                "пострадавшим от пандемии."),
               ("وفق ما ذكرته جريدة جنوب الصين الصباحية، فقد أجرى شينزو آبي محادثات تمهيدية مع إدارة ترامب حول شراء "
                "العقار.", "По сообщению газеты South China Morning Post, Синдзо Абэ сообщил администрации Трампа о "
                "возможности закупок препарата.")]
    assert findings(russian, "ru") == []
    dropped = seeded(russian, 2, "газеты South China Morning Post", "одной газеты")
    assert findings(dropped, "ru") == [(2, "the name الصين (Китай) is not in the translation")]


def test_a_place_dropped_where_the_other_units_misspell_it_is_still_found():
    """Tatoeba ara-deu seeded three of its four units with اليابان: one dropped, two misspelt. The misspelt ones
    still name Japan (a slip, not a translation without it), so they do not count against the dropped one."""
    pairs = seeded(seeded(GERMAN, 3, " in Japan bleiben", " in bleiben"), 4, "Japan", "Japann")
    assert findings(pairs) == [(3, "the name اليابان (Japan) is not in the translation"),
                               (4, "the name اليابان (Japan) is written “Japann” here")]


@pytest.mark.parametrize("line, old, new, message", [
    (1, "London", "Londoon", "the name لندن (London) is written “Londoon” here"),
    (4, "Japan", "Japann", "the name اليابان (Japan) is written “Japann” here"),
    (6, "Europa", "Eruopa", "the name اوروبا (Europa) is written “Eruopa” here"),
])
def test_a_place_mistyped_is_found(line, old, new, message):
    """A letter doubled or two swapped were taken for the name's own forms (Japans) or for another transliteration
    (sounds alike); Europe was no place at all (CLDR's continents were left out with the world)."""
    assert findings(seeded(GERMAN, line, old, new)) == [(line, message)]


def test_a_place_a_unit_renders_otherwise_is_not_dropped():
    """The adjective (Le français … en France: the seed dropped France and kept français, Tatoeba ara-fra 221), a
    role noun, or a catalog whose other units with the word mostly have no such place: no finding."""
    french = [("الفرنسية يتحدث بها في فرنسا.", "Le français est parlé en.")]
    assert findings(french, "fr") == []
    assert findings([("هذا خطاب من كندا.", "This letter is from that country.")], "en") == []
    # مالي is "financial" as often as Mali: the word's other units have no Mali, so its one unit says nothing
    mali = [("هذا تقرير مالي.", "This is a financial report."), ("وضعه المالي جيد.", "His finances are good."),
            ("مالي ليس لك.", "My money is not yours.")]
    assert [item for item in findings(mali, "en") if "Mali" in item[1]] == []


@pytest.mark.parametrize("source, translation, language", [
    # Tatoeba's real translations the first version of the rule flagged: a common word a letter off a place's
    # Arabic name (بينما "while" and بنما, قطار "train" and قطر, السيد "Mr" and السويد), or the word itself
    ("كنت أقرأ بينما كانت تطبخ.", "Ich las, während sie kochte.", "de"),
    ("ركبنا القطار إلى المدينة.", "Wir sind mit dem Zug in die Stadt gefahren.", "de"),
    ("هل السيد سميث موجود؟", "¿Está el señor Smith?", "es"),
])
def test_a_word_a_letter_off_a_places_name_is_no_place(source, translation, language):
    assert findings([(source, translation)], language) == []


def test_a_shadda_doubled_in_a_transliteration_is_no_slip():
    """UN test set 3265: Jubba, the Somali region, for جوبا where CLDR's city is Juba: a consonant doubled inside a
    name is how the Arabic's shadda is transliterated, not a slip of the keys (the first version of the rule found
    it)."""
    assert not typing_slip("Jubba", "Juba")
    assert typing_slip("Japann", "Japan") and typing_slip("Londoon", "London") and typing_slip("Eruopa", "Europa")
    assert not typing_slip("Japans", "Japan")


def test_a_name_the_other_units_spell_is_known_whatever_this_unit_says():
    """Tatoeba ara-deu: ماريا is Maria in the catalog's other units; a name of two consonants must be spelt in four
    of five units that have it, and the unit that dropped it counted against it (7 of 9 with two seeds). Here 4 of
    the 6 units spell it where the check reads it (وماريا was read whole first), 4 of the 5 others; since round 28
    وماريا is Maria's unit too: all 5 others."""
    maria = [("توم وماريا صديقان.", "Tom und Maria sind Freunde."), ("ماريا تحب القطط.", "Maria mag Katzen."),
             ("رأيت ماريا أمس.", "Ich habe Maria gestern gesehen."), ("ماريا معلمة.", "Maria ist Lehrerin."),
             ("أين ماريا؟", "Wo ist Maria?"), ("توم خطب ماريا.", "Tom verlobte sich mit Maria.")]  # the last: 415
    assert findings(maria) == []
    dropped = seeded(maria, 6, " mit Maria.", " mit.")
    assert findings(dropped) == [(6, "the name ماريا (“Maria” in 5 other units) is not in the translation")]


# Tatoeba ara-tur (round 12's fresh corpus, measured with the code frozen, then tuned on): Turkish number words, read
# from num2words's cut apart as Turkish writes them, with their case endings
TURKISH = [  # corpus line after each
    ("ثَلاثٓةٌ أٓشْخاصٍ لَيَزَلونَ مٓفْقُودِينْ.", "Üç kişi hâlâ kayıp.", "Beş kişi hâlâ kayıp.",  # 487
     "ثَلاثٓةٌ (3) in the source, Beş (5) in the translation, both in words (changed?)"),
    ("استمر خطابه لثلاثة ساعات.", "Onun konuşması üç saat sürdü.", "Onun konuşması on saat sürdü.",  # 83
     "لثلاثة (3) in the source, on (10) in the translation, both in words (changed?)"),
    ("كان هنالك ثلاثة رجال.", "Üç adam vardı.", "Adam vardı.",  # 718
     "ثلاثة (3) in the source in words, no number in the translation"),
]


@pytest.mark.parametrize("source, right, seeded_text, message", TURKISH, ids=[item[1] for item in TURKISH])
def test_a_turkish_number_in_words_changed_or_dropped_is_found(source, right, seeded_text, message):
    """Until this round kztr read no Turkish number words: 14 of the set's 20 number seeds were missed."""
    from conftest import numbers_findings

    assert numbers_findings(source, right, "tr") == []
    assert numbers_findings(source, seeded_text, "tr") == [("warning", message)]


@pytest.mark.parametrize("source, translation", [
    ("أخذت موعداً مع الطبيب عند الرابعة.", "Saat dörde doktordan randevu aldım."),  # 36: at four, a case ending
    ("انتهى المؤتمر عند الخامسة.", "Konferans saat beşte bitti."),  # 314
    ("كتير صعب عليي فيق قبل الستة", "Benim için altıdan önce kalkmak zor."),  # 729
    ("والآن : 13 ساعة بدون انترنت", "Ve şimdi: İnternet olmadan on üç saat."),  # 1182
    ("يمكنه الركض لمسافة 100 متر في أقل من 10 ثوان.",  # 1256
     "O, on saniyeden daha az bir süre içinde yüz metre koşabilir."),
])
def test_turkish_numbers_in_words_and_their_cases_are_read(source, translation):
    """Tatoeba ara-tur's real translations: the frozen code warned of 13, 100 and 10 (on üç, yüz, on), and the first
    reading of Turkish words, without case endings, of 4, 5 and 6 (dörde, beşte, altıdan)."""
    from conftest import numbers_findings

    assert numbers_findings(source, translation, "tr") == []


def test_turkish_words_that_are_also_pronouns_are_no_numbers():
    """ona, onu (to him, him) are ten's cases too, biri (someone) one's, yüzden (therefore) a hundred's: not read."""
    from kztr.text.number_words import generated

    words = generated("tr").words
    assert {"dörde", "beşte", "altıdan", "milyona"} <= set(words)
    assert not {"ona", "onu", "biri", "yüzden", "yüzde"} & set(words)


# Half a short sentence dropped (benchmarks/seeds.py's half-dropped seeds of the Tatoeba sets, tuned on: 1 to 4 of 10 a
# set were found): the translation ends on a word no sentence ends with and is shorter than usual. (corpus line)
CUT_SHORT = [
    ("es", "أريد فقط إجابة صريحة، لا أكثر.", "Yo solo quiero una respuesta explícita, nada más.",  # 108
     "Yo solo quiero una.", "una"),
    ("es", "النفط نادر في هذا البلد.", "El petróleo es escaso en este país.", "El petróleo es.", "es"),  # 297
    ("de", "املأ الإستمارة أدناه.", "Füllen Sie das untenstehende Formular aus.", "Füllen Sie das.", "das"),  # 203
    ("ru", "شعر سامي أنّ حياة ليلى كانت في خطر.", "Сами чувствовал, что жизнь Лейлы в опасности.",  # 1774
     "Сами чувствовал, что.", "что"),
]


def omission(source, translation, language):
    from kztr.checks import check_catalog

    entry = Entry(source, translation, references=("source/a.txt:1",), line=1)
    return [(item.severity, item.message) for item in check_catalog(
        Catalog(entries=(entry,)), "ar", language, only=("omission",))]


@pytest.mark.parametrize("language, source, right, cut, word", CUT_SHORT, ids=[item[0] for item in CUT_SHORT])
def test_a_translation_cut_short_on_a_word_that_ends_no_sentence_is_found(language, source, right, cut, word):
    assert omission(source, right, language) == []
    assert omission(source, cut, language) == [
        ("warning", f"the translation ends with “{word}”, a word no sentence of its language ends with, and is shorter "
                    f"than usual: its end may be missing")]


@pytest.mark.parametrize("source, translation, expected", [
    ("إلى أين أنت ذاهب؟", "Πού πας;", []),  # Tatoeba ara-ell 78: Greek's question mark is ;
    ("أين أنت؟", "Πού είσαι\u037e", []),  # the same mark as U+037E, which looks like ;
    ("ماذا يوجد خلف ضباب هذا الوجود.", "Τί κρύβεται πίσω απο την ομίχλη αυτής της παρουσίας;",  # 305
     [("warning", "the source ends with a full stop (.), the translation with a question mark (;)")]),
    ("أين أنت؟", "Πού είσαι.", [("error", "the source is a question (؟) but the translation has no question mark")]),
])
def test_greeks_question_mark_is_a_question_mark(source, translation, expected):
    """Tatoeba ara-ell (round 12's second fresh corpus) measured with the code frozen: 80 false warnings of a question
    that lost its mark, where the Greek asks with ;."""
    from kztr.checks import check_catalog

    entry = Entry(source, translation, references=("source/a.txt:1",), line=1)
    assert [(item.severity, item.message) for item in check_catalog(
        Catalog(entries=(entry,)), "ar", "el", only=("punctuation",))] == expected


# Tatoeba ara-ell's four units with توم (lines 120, 146, 171, 304)
GREEK_TOM = [
    ("إنها تعشق توم.", "Αυτή αγαπάει τον Τομ."),
    ("أين وُلِدَ توم؟", "Πού γεννήθηκε ο Τομ;"),
    ("زار توم أستراليا ثلاث مرات.", "Ο Τομ έχει επισκεφθεί τρεις φορές την Αυστραλία."),
    ("ماذا يفعل الآن توم؟", "Τι κάνει ο Τομ σ'αυτή τη στιγμή;"),
]


def test_a_name_in_greek_letters_is_a_spelling_of_the_arabic():
    """Until this round kztr's consonant skeletons read Latin and Cyrillic letters only: Τομ spelt nothing, and a Greek
    catalog's names were never checked (Tatoeba ara-ell, measured frozen: 2 of 18 name seeds found). The set's
    seeds took all four units with توم, so it found no more; here three keep the name."""
    from kztr.text.transliteration import skeleton

    assert skeleton("Τομ") == skeleton("توم") and skeleton("Μπομπ") == skeleton("بوب")
    assert findings(GREEK_TOM, "el") == []
    dropped = seeded(GREEK_TOM, 4, "ο Τομ σ'αυτή", "ο σ'αυτή")
    assert findings(dropped, "el") == [(4, "the name توم (“Τομ” in 3 other units) is not in the translation")]
