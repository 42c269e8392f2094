"""Numbers written in words: the lexicons of Arabic, English, Russian, French and Greek, and one way to add them up.

Used by ``kztr.text.spelled``, which finds them in a text, for ``kztr.text.quantities``
(its public API is there). Each word of a lexicon has a value and a role:

* ``count``, ``ordinal``: added up (ثلاثة وعشرون = 3 + 20, "twenty-first" = 20 + 1,
  التاسع عشر = 9 + 10);
* ``hundred``: multiplies a unit before it (ثلاث مائة, "three hundred");
* ``scale``: multiplies what comes before it, or 1 (ألف, "thousand", тысяча);
  ``scale-plural`` only what comes before it (ثلاثة آلاف; آلاف alone is "thousands");
* ``fraction``: a value of its own (نصف, "half", треть); after a number with و or
  "and", added to it (درجة ونصف, "two and a half"); right after a count of 1 to 10, its
  numerator (две трети = 2/3); ``fraction-plural`` only there (ثلاثة أرباع = 3/4, "two-thirds";
  أرباع alone is "quarters");
* ``decade`` (السبعينيات, "seventies"), ``dual`` (Arabic counting nouns in the dual:
  شهرين = two months).

Why tables and not a library: text2num (English and seven other languages,
no Russian) rewrites text and returns no positions, reads "168 thousand" as
"168 1000" and knows no decades or fractions; number-parser (English,
Russian) leaves declined ordinals (девятнадцатом) unread; num2words writes
numbers, it does not read them; none reads Arabic. Number words are a
closed class: English's, French's and Greek's fit in this module (num2words writes no
Greek); Russian's every inflected form is generated once with pymorphy3 (``scripts/generate_number_words.py``) into
``kztr/data/number-words.ru``, so kztr does not carry the 16 MB dictionary.

Other languages (issue 17, round 11) are read from what num2words writes: its words for
0 to 999, the scales and the ordinals 1 to 100 become a lexicon, its forms of several
words that the adding up gets wrong (tiga belas, 13) phrases (``build_generated``), for the
languages of ``GENERATED``, those whose every such form this module reads back, and the counts
alone of those it writes no ordinals for (``CARDINALS_ONLY``: Czech, Slovak, Serbian…). They are
built once and shipped (``kztr/data/number-words/``, scripts/generate_num2words_words.py):
kztr does not need num2words to run. num2words writes a count in the nominative only; Czech's,
Slovak's and Slovene's other cases (dvanácti, štyrmi, traja, petih, sedma) are built on its words
by their regular endings, and Croatian's own scales (tisuća, milijun) added (``more_forms``, round 22): no
maintained library writes them, and pymorphy3's kind of dictionary exists for Russian and
Ukrainian only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from kztr.text.arabic import strip_marks
from kztr.text.target import base_language

COUNT, ORDINAL, HUNDRED, SCALE, SCALE_PLURAL, FRACTION, FRACTION_PLURAL, DECADE, DUAL = (
    "count", "ordinal", "hundred", "scale", "scale-plural", "fraction", "fraction-plural", "decade", "dual")


@dataclass(frozen=True)
class Word:
    value: Decimal
    role: str


# ---------------------------------------------------------------- Arabic (letters as strip_marks leaves them)

_AR_CARDINALS = {
    0: "صفر", 1: "واحد واحدة احد احدى", 2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي",
    3: "ثلاث ثلاثة", 4: "اربع اربعة", 5: "خمس خمسة", 6: "ست ستة", 7: "سبع سبعة",
    8: "ثمان ثماني ثمانية", 9: "تسع تسعة", 10: "عشر عشرة",
}
_AR_ORDINALS = {
    1: "اول اولى حادي حادية", 2: "ثاني ثانية ثان", 3: "ثالث ثالثة", 4: "رابع رابعة", 5: "خامس خامسة",
    6: "سادس سادسة", 7: "سابع سابعة", 8: "ثامن ثامنة", 9: "تاسع تاسعة", 10: "عاشر عاشرة",
}
_AR_TENS = {20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "اربعون اربعين", 50: "خمسون خمسين",
            60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين"}
_AR_HUNDREDS = {100: "مائة مئة", 200: "مائتان مائتين مئتان مئتين مائتا مائتي مئتا مئتي"}
_AR_HUNDRED_PREFIXES = {3: "ثلاث", 4: "اربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان ثماني", 9: "تسع"}
_AR_SCALES = {  # singular, dual (a complete number: 2 x), plural (after a count)
    # الفا, مليونا are the accusative singular (1.7 مليونًا) far more often than a construct dual
    1000: ("الف الفا", "الفان الفين الفي", "الاف الوف"),
    10 ** 6: ("مليون مليونا", "مليونان مليونين مليوني", "ملايين"),
    10 ** 9: ("مليار مليارا بليون", "ملياران مليارين ملياري بليونان بليونين", "مليارات بلايين"),
    10 ** 12: ("تريليون ترليون", "تريليونان تريليونين", "تريليونات"),
}
_AR_FRACTIONS = {"0.5": "نصف", "0.25": "ربع", "0.333": "ثلث", "0.667": "ثلثا ثلثي ثلثان ثلثين"}
# plurals after a count (ثلاثة أرباع = 3/4, ثلاثة أخماس = 3/5); خمس, عشر, سبع are also five, ten, seven: not read alone
_AR_FRACTION_PLURALS = {"0.25": "ارباع", "0.2": "اخماس", "0.167": "اسداس", "0.1": "اعشار"}
_AR_POSSESSIVES = ("هما", "هم", "هن", "ها", "ه", "كم")  # ثلثيها, ثلثاهما, ثلاثة أرباعهم: a fraction of them
_AR_DECADE_STEMS = {20: "عشرين", 30: "ثلاثين", 40: "اربعين", 50: "خمسين", 60: "ستين", 70: "سبعين",
                    80: "ثمانين", 90: "تسعين"}
# Counting nouns in the dual (المثنى: -ان, -ين): each is the number 2 ("شهرين" = two months).
# The nouns of time, measure, frequency and counting that news writes in the dual (Arabic
# grammars' examples of the dual, and those NTREX-128's tuning half writes where its English
# has 2 or "two": هدفين, مرتين, درجتين); a noun ending in ة makes its dual on ت.
DUAL_NOUNS = (
    "يوم اسبوع شهر عام سنة ساعة دقيقة ثانية قرن عقد ليلة موسم "
    "مرة ضعف درجة نقطة هدف شوط جولة مباراة "
    "دولار جنيه دينار درهم ريال متر كيلومتر ميل قدم بوصة طن كيلوغرام كيلوجرام لتر "
    "شخص رجل امراة طفل ولد بنت ابن شقيق اخ اخت لاعب دولة مدينة قرية حزب مقعد صوت "
    "كتاب فيلم حلقة سيارة طائرة منزل بيت طابق جزء مرحلة نسخة"
).split()
_AR_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول", "وبال")


def _arabic_lexicon() -> dict[str, Word]:
    table: dict[str, Word] = {}

    def put(words: str, value, role: str) -> None:
        for word in words.split():
            table.setdefault(word.replace("ى", "ي"), Word(Decimal(value), role))

    for value, words in _AR_CARDINALS.items():
        put(words, value, COUNT)
    for value, words in _AR_ORDINALS.items():
        put(words, value, ORDINAL)
    for value, words in _AR_TENS.items():
        put(words, value, COUNT)
    for value, words in _AR_HUNDREDS.items():
        put(words, value, HUNDRED)
    for unit, prefixes in _AR_HUNDRED_PREFIXES.items():
        for prefix in prefixes.split():
            put(f"{prefix}مائة {prefix}مئة", unit * 100, COUNT)
    for scale, (singular, dual, plural) in _AR_SCALES.items():
        put(singular, scale, SCALE)
        put(dual, 2 * scale, DUAL)
        put(plural, scale, SCALE_PLURAL)
    for fraction, words in _AR_FRACTIONS.items():
        put(words, fraction, FRACTION)
    for fraction, words in _AR_FRACTION_PLURALS.items():
        put(words, fraction, FRACTION_PLURAL)
    for value, stem in _AR_DECADE_STEMS.items():
        put(f"{stem}يات {stem}ات", value, DECADE)
    for noun in DUAL_NOUNS:
        put(" ".join(dual_forms(noun)), 2, DUAL)
    return table


def dual_forms(noun: str) -> tuple[str, str]:
    """An Arabic noun's dual, nominative and oblique; a noun ending in ة makes it on ت (ساعة: ساعتان, ساعتين)."""
    base = noun[:-1] + "ت" if noun.endswith("ة") else noun
    return f"{base}ان", f"{base}ين"


# ---------------------------------------------------------------- English

_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
             "sixteen seventeen eighteen nineteen").split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_ORDINAL_UNITS = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                     "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()


def _english_lexicon() -> dict[str, Word]:
    table: dict[str, Word] = {}
    for value, word in enumerate(_EN_UNITS):
        table[word] = Word(Decimal(value), COUNT)
    for value, word in enumerate(_EN_ORDINAL_UNITS):
        table.setdefault(word, Word(Decimal(value), ORDINAL))
    for index, word in enumerate(_EN_TENS):
        tens = Decimal(20 + 10 * index)
        table[word] = Word(tens, COUNT)
        table[word[:-1] + "ieth"] = Word(tens, ORDINAL)
        table[word[:-1] + "ies"] = Word(tens, DECADE)
    table.update({
        "hundred": Word(Decimal(100), HUNDRED), "hundredth": Word(Decimal(100), ORDINAL),
        "thousand": Word(Decimal(1000), SCALE), "thousandth": Word(Decimal(1000), ORDINAL),
        "million": Word(Decimal(10 ** 6), SCALE), "billion": Word(Decimal(10 ** 9), SCALE),
        "trillion": Word(Decimal(10 ** 12), SCALE), "dozen": Word(Decimal(12), SCALE),  # two dozen: 24
        "twice": Word(Decimal(2), COUNT), "decade": Word(Decimal(10), COUNT), "both": Word(Decimal(2), COUNT),
        "half": Word(Decimal("0.5"), FRACTION), "quarter": Word(Decimal("0.25"), FRACTION),
    })
    for word, denominator in EN_DENOMINATORS.items():  # "two-thirds", "three quarters": after a count only
        table[word + "s"] = Word(unit_fraction(denominator), FRACTION_PLURAL)
    return table


# a singular is the ordinal but after "one" or "a" (one third, a fifth of: kztr.text.spelled says where)
EN_DENOMINATORS = {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                   "ninth": 9, "tenth": 10, "hundredth": 100, "thousandth": 1000}


def unit_fraction(denominator: int) -> Decimal:
    """One part in ``denominator``, to three places as the lexicons write it (1/3 is 0.333)."""
    return fraction_of(1, Decimal(denominator))


def fraction_of(numerator: Decimal | int, denominator: Decimal) -> Decimal:
    """``numerator`` parts in ``denominator``, to three places: 2/3 is 0.667, as ثلثي is."""
    return (Decimal(numerator) / denominator).quantize(Decimal("0.001")).normalize()


# ---------------------------------------------------------------- French (issue 17, round 10)

_FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
             "seize").split()
_FR_TENS = {20: "vingt vingts", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante", 70: "septante",
            80: "huitante octante", 90: "nonante"}  # septante, huitante, nonante: Belgium and Switzerland
_FR_ORDINALS = {1: "premier première premiers premières", 2: "second seconde deuxième"}


def _french_lexicon() -> dict[str, Word]:
    """French cardinals (quatre-vingts is joined by the reader, kztr.text.spelled), ordinals, hundreds and
    scales, halves and quarters."""
    table: dict[str, Word] = {word: Word(Decimal(value), COUNT) for value, word in enumerate(_FR_UNITS)}
    table["une"] = Word(Decimal(1), COUNT)
    for value, words in _FR_TENS.items():
        table.update({word: Word(Decimal(value), COUNT) for word in words.split()})
    for value, words in _FR_ORDINALS.items():
        table.update({word: Word(Decimal(value), ORDINAL) for word in words.split()})
    for value, word in enumerate(_FR_UNITS[3:], start=3):  # troisième … seizième
        stem = {"cinq": "cinqu", "neuf": "neuv"}.get(word, word.rstrip("e"))
        table[stem + "ième"] = Word(Decimal(value), ORDINAL)
    for value, words in _FR_TENS.items():
        table[words.split()[0].rstrip("e") + "ième"] = Word(Decimal(value), ORDINAL)
    table.update({
        "cent": Word(Decimal(100), HUNDRED), "cents": Word(Decimal(100), HUNDRED),
        "centième": Word(Decimal(100), ORDINAL), "mille": Word(Decimal(1000), SCALE),
        "mil": Word(Decimal(1000), SCALE), "millième": Word(Decimal(1000), ORDINAL),
        "million": Word(Decimal(10 ** 6), SCALE), "millions": Word(Decimal(10 ** 6), SCALE_PLURAL),
        "milliard": Word(Decimal(10 ** 9), SCALE), "milliards": Word(Decimal(10 ** 9), SCALE_PLURAL),
        "douzaine": Word(Decimal(12), SCALE), "douzaines": Word(Decimal(12), SCALE_PLURAL),
        # about so many (une trentaine de femelles for ثلاثين أنثى; FLORES-200, issue 17 round 13); not quarantaine, a
        # quarantine too
        **{word: Word(Decimal(value), SCALE) for value, word in ((10, "dizaine"), (15, "quinzaine"), (20, "vingtaine"),
                                                                 (30, "trentaine"), (50, "cinquantaine"),
                                                                 (60, "soixantaine"), (100, "centaine"),
                                                                 (1000, "millier"))},
        **{word: Word(Decimal(value), SCALE_PLURAL) for value, word in ((10, "dizaines"), (100, "centaines"),
                                                                        (1000, "milliers"))},
        "demi": Word(Decimal("0.5"), FRACTION), "demie": Word(Decimal("0.5"), FRACTION),
        "moitié": Word(Decimal("0.5"), FRACTION), "quart": Word(Decimal("0.25"), FRACTION),
        "tiers": Word(unit_fraction(3), FRACTION),
    })
    return table


# ---------------------------------------------------------------- Greek (issue 17, round 15)

# Modern Greek's cardinals as written in monotonic spelling, each with its genders and cases (τρεις, τρία, τριών) and
# its other spellings (εφτά, οχτώ, εννιά); the numbers from 21 are written apart (είκοσι πέντε, εκατόν είκοσι) and
# add up. num2words writes no Greek.
_EL_COUNTS = {
    0: "μηδέν", 1: "ένας μία μια ένα ενός έναν", 2: "δύο δυο", 3: "τρεις τρία τριών",
    4: "τέσσερις τέσσερα τεσσάρων τέσσερεις",  # τέσσερεις: a frequent spelling (FLORES-200's Greek has it twice)
    5: "πέντε", 6: "έξι", 7: "επτά εφτά", 8: "οκτώ οχτώ", 9: "εννέα εννιά", 10: "δέκα", 11: "έντεκα ένδεκα",
    12: "δώδεκα", 13: "δεκατρία δεκατρείς", 14: "δεκατέσσερα δεκατέσσερις", 15: "δεκαπέντε", 16: "δεκαέξι δεκάξι",
    17: "δεκαεπτά δεκαεφτά", 18: "δεκαοκτώ δεκαοχτώ", 19: "δεκαεννέα δεκαεννιά", 20: "είκοσι", 30: "τριάντα",
    40: "σαράντα", 50: "πενήντα", 60: "εξήντα", 70: "εβδομήντα", 80: "ογδόντα", 90: "ενενήντα", 100: "εκατό εκατόν",
}
# the hundreds from 200, on -ακόσια (neuter), -ακόσιοι, -ακόσιες, -ακοσίων
_EL_HUNDREDS = {2: "διακ", 3: "τριακ", 4: "τετρακ", 5: "πεντακ", 6: "εξακ", 7: "επτακ εφτακ", 8: "οκτακ οχτακ",
                9: "εννιακ εννεακ"}
# ordinals by their masculine, declined as adjectives on -ος (πρώτη, πρώτο, πρώτου, πρώτες…; εικοστός, εικοστού: the
# accent stays on the ending); the 13th to the 19th are two words (δέκατος έκτος), as are the 21st on (εικοστός
# τέταρτος); the formal genitives move the accent (δευτέρου, δεκάτου)
_EL_ORDINALS = {1: "πρώτος", 2: "δεύτερος", 3: "τρίτος", 4: "τέταρτος", 5: "πέμπτος", 6: "έκτος", 7: "έβδομος",
                8: "όγδοος", 9: "ένατος", 10: "δέκατος", 11: "ενδέκατος εντέκατος", 12: "δωδέκατος", 20: "εικοστός",
                30: "τριακοστός", 40: "τεσσαρακοστός", 50: "πεντηκοστός", 60: "εξηκοστός", 70: "εβδομηκοστός",
                80: "ογδοηκοστός", 90: "ενενηκοστός", 100: "εκατοστός", 1000: "χιλιοστός"}
_EL_ENDINGS = ("ος", "η", "ο", "ου", "ης", "ον", "οι", "ες", "α", "ων", "ους")
_EL_ACCENTED = ("ός", "ή", "ό", "ού", "ής", "όν", "οί", "ές", "ά", "ών", "ούς")
_EL_FORMAL = {2: "δευτέρου δευτέρας δευτέρων δευτέρους", 4: "τετάρτου τετάρτων", 7: "εβδόμου εβδόμης εβδόμων",
              8: "ογδόου ογδόης", 9: "ενάτου ενάτης", 10: "δεκάτου δεκάτης δεκάτων", 11: "ενδεκάτου",
              12: "δωδεκάτου"}


# the forms a Greek number takes at the start of a compound, without accents (τετράχρονος, οχτάγωνη, εντεκάχρονη,
# δεκαήμερο); not δι-, τρι-, εξα-, which start too many other words (δικαστής, τρίτη, εξαιρετικός)
EL_COMPOUND_STARTS = {4: "τετρα", 5: "πεντα", 7: "επτα εφτα", 8: "οκτα οχτα", 9: "εννεα εννια", 10: "δεκα",
                      11: "εντεκα ενδεκα", 12: "δωδεκα", 20: "εικοσα", 100: "εκατονταετ εκατοντα"}


def _greek_lexicon() -> dict[str, Word]:
    """Greek cardinals, hundreds, ordinals and scales (δύο χιλιάδες, 5 εκατομμύρια, 3 δισ.), and a half."""
    table: dict[str, Word] = {}
    for value, words in _EL_COUNTS.items():
        table.update({word: Word(Decimal(value), COUNT) for word in words.split()})
    for value, stems in _EL_HUNDREDS.items():
        table.update({stem + ending: Word(Decimal(100 * value), COUNT) for stem in stems.split()
                      for ending in ("όσια", "όσιοι", "όσιες", "οσίων")})
    for value, forms in _EL_ORDINALS.items():
        for masculine in forms.split():
            endings = _EL_ACCENTED if masculine.endswith("ός") else _EL_ENDINGS
            table.update({masculine[:-2] + ending: Word(Decimal(value), ORDINAL) for ending in endings})
    for value, forms in _EL_FORMAL.items():
        table.update({form: Word(Decimal(value), ORDINAL) for form in forms.split()})
    table.update({
        **{word: Word(Decimal(1000), SCALE) for word in ("χίλια", "χίλιοι", "χίλιες", "χιλίων")},
        **{word: Word(Decimal(1000), SCALE_PLURAL) for word in ("χιλιάδες", "χιλιάδων")},
        "εκατομμύριο": Word(Decimal(10 ** 6), SCALE),
        **{word: Word(Decimal(10 ** 6), SCALE_PLURAL) for word in ("εκατομμύρια", "εκατομμυρίων", "εκατ")},
        "δισεκατομμύριο": Word(Decimal(10 ** 9), SCALE),
        **{word: Word(Decimal(10 ** 9), SCALE_PLURAL) for word in ("δισεκατομμύρια", "δισεκατομμυρίων", "δισ")},
        **{word: Word(Decimal("0.5"), FRACTION) for word in ("μισό", "μισή", "μισός")},
        **{word: Word(Decimal("1.5"), COUNT) for word in ("ενάμισι", "ενάμιση", "μιάμιση")},
    })
    return table


# ---------------------------------------------------------------- Russian

def _russian_lexicon() -> dict[str, Word]:
    from importlib.resources import files

    table: dict[str, Word] = {}
    text = files("kztr").joinpath("data/number-words.ru").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            form, value, kind = line.split("\t")
            table[form] = Word(Decimal(value), HUNDRED if value == "100" and kind == COUNT else kind)
    table.update({"дважды": Word(Decimal(2), COUNT)})
    table.update({form: Word(Decimal(24), COUNT) for form in "сутки суток суткам сутками сутках".split()})
    return table


# ---------------------------------------------------------------- other languages: num2words's words, read back

# The languages whose number words kztr reads from num2words (issue 17, round 11): those of which num2words writes
# ordinals and this module reads back, as num2words writes them, every number from 0 to 999, at least 14 of 16
# millions and billions (1, 2, 3, 5, 7, 12, 25 and 250 of each) and at least 90 % of the ordinals 1 to 100
# (tests/test_number_words_generated.py measures every language num2words has and checks this list). Left out,
# besides Arabic, English, Russian, French and Greek (this module's own lexicons): languages not written with spaces
# between words (Japanese, Thai…), those whose millions num2words writes as one word (Finnish, Hungarian: not cut
# apart, untried), whose ordinals num2words does not write (Czech, Slovak, Serbian…) and a few
# whose forms the additive reading gets wrong (Hebrew, Romanian, Lithuanian, Welsh). Turkish, which num2words joins
# (birmilyon) and its readers write apart (bir milyon), is read cut apart (round 12: ``WRITTEN_APART``).
GENERATED = frozenset("am az be ca da de eo es fa id it nl no pl pt sl sv tg tr uk".split())
# The languages of which num2words writes no ordinals but whose every count 0 to 999 and 14 of 16 millions and
# billions this module reads back, as it writes them (issue 17, round 21): their counts are read, their ordinals are
# not (Czech, Slovak, Serbian, Latvian, Icelandic; kz is num2words's code for Kazakh). Measured, as GENERATED is.
CARDINALS_ONLY = frozenset("cs is kz lv sk sr".split())
NUM2WORDS = GENERATED | CARDINALS_ONLY  # every language whose number words kztr reads from num2words
# Croatian and Bosnian count as Serbian in Latin letters does to a hundred (jedan, četiri, dvanaest, devedeset, sto),
# which num2words writes; their hundreds and scales (dvjesto, tisuća, milijun) differ: ``more_forms`` adds them
SHARED_WORDS = {"hr": "sr", "bs": "sr"}


def words_of(language: str) -> str:
    """The language (its base) whose num2words words kztr reads for ``language``: itself, one it shares its number
    words with (``SHARED_WORDS``), or '' for none."""
    base = base_language(language)
    base = SHARED_WORDS.get(base, base)
    return base if base in NUM2WORDS else ""


# A number from 0 to 999 (and the scales below) as num2words writes it: each word of a number written in one word
# is read alone; a number of several words the reading gets wrong (tiga belas, 13) is kept as a phrase.
_SPOKEN = range(1000)
_SPOKEN_SCALES = (1000, 10 ** 6, 10 ** 9)
_ORDINALS = (*range(1, 101), 1000)
_LETTERS = re.compile(r"[^\W\d_]+")


JOINER = "joiner"  # the role of a word that joins two number words in a shipped file


@dataclass(frozen=True)
class Generated:
    """A language's number words read from num2words: single words, phrases of several, and the words that join
    two (treinta y cinco, vinte e um)."""

    words: dict[str, Word]
    phrases: dict[tuple[str, ...], Word]
    joiners: frozenset[str]
    starts: frozenset[str]  # the first words of the phrases


def spoken(language: str, value: int, to: str = "cardinal") -> tuple[str, ...]:
    """The words num2words writes for ``value`` in ``language`` (its code for it), in lower case; () where it writes
    none. In a language that writes its numbers apart where num2words joins them (``WRITTEN_APART``), the words as
    the language writes them (Turkish yirmibir: yirmi bir). Needs num2words, which only writing and testing the
    shipped words does.

    >>> spoken("tr", 2_500_021), spoken("tr", 21, "ordinal")
    (('iki', 'milyon', 'beş', 'yüz', 'bin', 'yirmi', 'bir'), ('yirmi', 'birinci'))
    """
    tokens = _spoken(language, value, to)
    if language not in WRITTEN_APART:
        return tokens
    return tuple(piece for token in tokens for piece in _apart(token, _parts(language)))


# Turkish writes its numbers a word apart (yirmi bir, iki milyon beş yüz: Türk Dil Kurumu's rule); num2words joins
# them (yirmibir, ikimilyonbeşyüz)
WRITTEN_APART = frozenset({"tr"})


def _spoken(language: str, value: int, to: str = "cardinal") -> tuple[str, ...]:
    from num2words import num2words

    try:
        text = num2words(value, lang=language, to=to)
    except (NotImplementedError, ValueError, TypeError, AttributeError, IndexError, KeyError, OverflowError):
        return ()
    return tuple(token.lower() for token in _LETTERS.findall(text))


@cache
def _parts(language: str) -> tuple[str, ...]:
    """The words num2words joins into one in ``language``: its words of 0 to 10, the tens, a hundred and a thousand,
    their ordinals, and the scales (milyon: ikimilyon without iki), longest first."""
    bases = (*range(11), *range(20, 100, 10), 100, 1000)
    parts = {token for value in bases for to in ("cardinal", "ordinal") for token in _spoken(language, value, to)}
    two = _spoken(language, 2)
    for scale in (10 ** 6, 10 ** 9):
        both = _spoken(language, 2 * scale)
        if len(both) == 1 and len(two) == 1 and both[0].startswith(two[0]):
            parts.add(both[0][len(two[0]):])
    return tuple(sorted(parts, key=lambda part: (-len(part), part)))


def _apart(token: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    """``token`` cut into ``parts`` (the longest that fits first, and back if the rest does not), or itself."""
    if token in parts or not token:
        return (token,) if token else ()
    for part in parts:
        if token.startswith(part):
            rest = _apart(token[len(part):], parts)
            if "".join(rest) == token[len(part):] and all(piece in parts for piece in rest):
                return (part, *rest)
    return (token,)


@cache
def generated(language: str) -> Generated:
    """The number words kztr reads in a language of ``NUM2WORDS`` (Spanish, German, Italian, Portuguese…): what
    num2words writes, read back (``build_generated``), shipped as ``kztr/data/number-words/<language>.tsv`` so that
    kztr needs num2words only to write them (scripts/generate_num2words_words.py). Empty for the other languages.

    >>> spanish = generated("es")
    >>> spanish.words["treinta"], spanish.words["millones"].role, sorted(spanish.joiners)
    (Word(value=Decimal('30'), role='count'), 'scale-plural', ['y'])
    """
    base = words_of(language)
    if not base:
        return Generated({}, {}, frozenset(), frozenset())
    from importlib.resources import files

    return parse_generated(files("kztr").joinpath(f"data/number-words/{base}.tsv").read_text(encoding="utf-8"))


def generated_rows(language: Generated) -> list[str]:
    """A language's words, phrases and joiners as the shipped file's rows (form, value, role), sorted."""
    rows = [f"{form}\t{word.value}\t{word.role}" for form, word in language.words.items()]
    rows += [f"{' '.join(tokens)}\t{word.value}\t{word.role}" for tokens, word in language.phrases.items()]
    rows += [f"{form}\t0\t{JOINER}" for form in language.joiners]
    return sorted(rows)


def parse_generated(text: str) -> Generated:
    """A shipped file of ``generated_rows`` (lines starting with # are its header)."""
    words: dict[str, Word] = {}
    phrases: dict[tuple[str, ...], Word] = {}
    joiners = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        form, value, role = line.split("\t")
        if role == JOINER:
            joiners.add(form)
        elif " " in form:
            phrases[tuple(form.split(" "))] = Word(Decimal(value), role)
        else:
            words[form] = Word(Decimal(value), role)
    return Generated(words, phrases, frozenset(joiners), frozenset(tokens[0] for tokens in phrases))


def build_generated(code: str) -> Generated:
    """A language's number words from num2words (``code`` as num2words names it): each word of a number it writes
    in one word, the forms of several words the adding up reads wrong as phrases (tiga belas, 13), the words that
    stand between two number words in five of its forms or more as joiners (y, e, og)."""
    words: dict[str, Word] = {}
    counts: dict[tuple[str, ...], int] = {}  # every form of a count 0-999 (a region's too: dezesseis, pt_BR)
    ordinals: dict[tuple[str, ...], int] = {}
    for variant in _variants(code):
        counts.update({spoken(variant, value): value for value in reversed(_SPOKEN)})
        ordinals.update({spoken(variant, value, "ordinal"): value for value in reversed(_ORDINALS)})
        for scale in _SPOKEN_SCALES:  # mil, milione; two: millones, Millionen, tysiące; five: tysięcy; tausend
            _scale_words(variant, scale, words)
    for tokens, value in counts.items():  # one word: a count, a hundred
        if len(tokens) == 1 and len(tokens[0]) > 1:
            words.setdefault(tokens[0], Word(Decimal(value), HUNDRED if value == 100 else COUNT))
    for tokens, value in ordinals.items():
        if len(tokens) == 1 and len(tokens[0]) > 1:
            words.setdefault(tokens[0], Word(Decimal(value), ORDINAL))
    hundred = _without_two(code, 100)  # zweihundert, tvåhundra: hundert, hundra alone
    if hundred:
        words.setdefault(hundred, Word(Decimal(100), HUNDRED))
    _inflect(code, words)
    between = Counter(tokens[index] for tokens in counts for index in range(1, len(tokens) - 1)
                      if tokens[index] not in words and tokens[index - 1] in words and tokens[index + 1] in words)
    joiners = frozenset(token for token, count in between.items() if count >= 5)
    made = Generated(words, {}, joiners, frozenset())  # no phrases yet: what the words alone read
    phrases = {tokens: Word(Decimal(value), role) for forms, role in ((ordinals, ORDINAL), (counts, COUNT))
               for tokens, value in forms.items() if 1 < len(tokens) <= 4 and read_back(made, tokens) != value}
    if code == "tr":  # on üç, 13: on üçe, to 13
        phrases.update({(*tokens[:-1], form): word for tokens, word in list(phrases.items()) if word.role == COUNT
                        for form in _turkish_cases(tokens[-1])})
    if code == "uk":
        _ukrainian_cases(words, phrases)
    return Generated(words, phrases, joiners, frozenset(tokens[0] for tokens in phrases))


def _variants(code: str) -> list[str]:
    """num2words's converters for a language: its own, then its regions' (pt, pt_BR)."""
    from num2words import CONVERTER_CLASSES

    return [code, *sorted(other for other in CONVERTER_CLASSES if other.startswith(code + "_"))]


def _scale_words(code: str, scale: int, words: dict[str, Word]) -> None:
    """The words of a scale (a thousand, a million, a billion) in ``code``, added to ``words``: alone (mil, milione),
    after two or five (millones, Millionen, tysiące, tysięcy), after the count's own form (un millón, eine Million,
    дві тисячі), and a scale num2words writes in one word with its count without it (zweitausend: tausend)."""
    for times in (1, 2, 5):
        tokens = spoken(code, times * scale)
        if len(tokens) == 1:
            words.setdefault(tokens[0], Word(Decimal(times * scale), SCALE if times == 1 else COUNT))
            bare = _without_two(code, scale) if times == 2 else ""
            if bare:
                words.setdefault(bare, Word(Decimal(scale), SCALE))
            continue
        if tokens and tokens[-1] not in words:
            words[tokens[-1]] = Word(Decimal(scale), SCALE if times == 1 else SCALE_PLURAL)
        if len(tokens) == 2 and tokens[0] not in words:
            words[tokens[0]] = Word(Decimal(times), COUNT)


def _without_two(code: str, value: int) -> str:
    """The word num2words writes for two times ``value`` without its two, where it writes them as one word
    (zweitausend: tausend), or "" (also where four letters would not be left: Persian دویست is no two and یست)."""
    both, two = spoken(code, 2 * value), spoken(code, 2)
    if len(both) == 1 and len(two) == 1 and both[0].startswith(two[0]) and len(both[0]) > len(two[0]) + 3:
        return both[0][len(two[0]):]
    return ""


# num2words writes one gender and number: an ordinal is an adjective (tercero: tercera, terceros; dritte: dritten),
# a hundred in Spanish and Portuguese agrees with its noun (doscientos: doscientas), and so do Portuguese 1 and 2
_ORDINAL_ENDINGS = {"es": ("o", "a os as"), "pt": ("o", "a os as"), "it": ("o", "a i e"), "de": ("e", "en er es em"),
                    "ca": ("è", "ena ens enes")}  # Catalan: desè, la desena tempesta, tretzens (FLORES-200, round 13)
# Other genders and numbers of single words (Portuguese um: uma; Catalan dos: dues setmanes, FLORES-200), Catalan's
# first four ordinals among them (not segons, according to and seconds, nor quarts, quarters: tres quarts)
_FEMININE = {"es": {"uno": "una"}, "pt": {"um": "uma", "dois": "duas"},
             "ca": {"dos": "dues", "primer": "primera primers primeres", "segon": "segona segones",
                    "tercer": "tercera tercers terceres", "quart": "quarta quartes"}}
# Spanish: an ordinal in -ero loses its o before a noun (el primer día, el tercer lugar); 11th to 19th are written in
# one word (decimotercero, decimosexto; undécimo, duodécimo), where num2words writes two (décimo tercero)
_SPANISH_TEENS = {"undécimo": 11, "duodécimo": 12}


# Polish declines its numbers: an ordinal as an adjective (siódmy: siódmą, siódmego; trzeci: trzeciego), a count
# after a preposition or with men (pięć: pięciu, dziewiętnaście: dziewiętnastu, dwa: dwóch)
_POLISH_ADJECTIVE = {"y": "y a e ego emu ym ą ej ych ymi", "i": "i a ia ie iego iemu im ą ią iej ich imi"}
_POLISH_COUNT_ENDINGS = (("naście", "nastu"), ("dzieści", "dziestu"), ("dziesiąt", "dziesięciu"), ("ęć", "ęciu"),
                         ("eść", "eściu"))
_POLISH_COUNTS = {"dwa": "dwóch dwu dwoma dwie dwiema", "trzy": "trzech trzem trzema", "cztery": "czterech czterem "
                  "czterema", "siedem": "siedmiu", "osiem": "ośmiu", "dwadzieścia": "dwudziestu",
                  "zero": "zera zeru zerem"}  # 26 do zera (26-0; FLORES-200's Polish)


# Turkish adds its case endings to a number (saat dörde, at four; altıdan önce, before six; beşte, at five), by
# vowel harmony; not to on, bir and yüz, whose forms are other words too (ona, onu: to him, him; biri: someone;
# yüzü, bu yüzden: his face, therefore), nor yüzde and binde (per cent, per mille)
_TURKISH_UNDECLINED = frozenset({"on", "bir", "yüz", "sıfır"})
_TURKISH_NOT_CASES = frozenset({"yüzde", "binde"})
_TURKISH_VOWELS = "aeıioöuü"


def _turkish_cases(word: str) -> tuple[str, ...]:
    """A Turkish count's dative, accusative, locative, ablative, genitive and possessive (dört: dörde, dördü, dörtte,
    dörtten, dördün, dördü; altı: altıya, altıyı, altıda, altıdan, altının, altısı), the possessive's cases
    (yaralıların on dokuzunun: of nineteen of the wounded; altısının) and the copula (kırktır, altıdır: is forty, is
    six; FLORES-200's Turkish, round 15).

    >>> _turkish_cases("dört")[:5], _turkish_cases("on")
    (('dörde', 'dördü', 'dörtte', 'dörtten', 'dördün'), ())
    >>> {"dokuzunun", "kırktır", "altısının", "altıdır"} <= {*_turkish_cases("dokuz"), *_turkish_cases("kırk"),
    ...                                                        *_turkish_cases("altı")}
    True
    """
    vowels = [letter for letter in word if letter in _TURKISH_VOWELS]
    if word in _TURKISH_UNDECLINED or not vowels:
        return ()
    last = vowels[-1]
    a = "a" if last in "aıou" else "e"
    i = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[last]
    forms: tuple[str, ...]
    if word[-1] in _TURKISH_VOWELS:
        forms = (word + "y" + a, word + "y" + i, word + "d" + a, word + "d" + a + "n", word + "n" + i + "n",
                 word + "s" + i)
        possessive, copula = word + "s" + i + "n", word + "d" + i + "r"
    else:
        stem = word[:-1] + "d" if word == "dört" else word  # dört softens before a vowel: dörde
        d = "t" if word[-1] in "çfhkpsşt" else "d"
        forms = (stem + a, stem + i, word + d + a, word + d + a + "n", stem + i + "n")
        possessive, copula = stem + i + "n", word + d + i + "r"
    forms += (possessive + i + "n", possessive + a, possessive + "d" + a, possessive + "d" + a + "n", copula)
    return tuple(dict.fromkeys(form for form in forms if form not in _TURKISH_NOT_CASES))


# Ukrainian declines its numbers (issue 17, round 13: FLORES-200's Ukrainian), where num2words writes the nominative:
# an ordinal is an adjective (сьомою, одинадцятим, тринадцятому, третьої), a count has its cases (двадцяти, трьох,
# п'ятьох, шістьма, двохсот), the collective numerals count (троє, четверо, п'ятеро) and a hundred is a noun too
# (сотню пробігів, a hundred runs; сотні, hundreds, is no number). Its apostrophe (п'ять) cuts a word into two tokens,
# a phrase here; the modifier letter ʼ that Ukrainian spelling prefers (пʼять) is a letter and keeps it one word.
_UK_HARD = "ий ого ому им ім а ої ій у ою е і их ими".split()
_UK_SOFT = "ій ього ьому ім я ьої ю ьою є і іх іми".split()  # третій: третього, третьої
_UK_COUNT_ENDINGS = ("и", "ьох", "ьом", "ьма", "ьома")  # after the ть of п'ять, -надцять, -дцять, -десят(ь)
_UK_CASES = {
    "два": "двох двом двома", "дві": "двох двом двома", "три": "трьох трьом трьома",
    "чотири": "чотирьох чотирьом чотирма", "шість": "шести шістьох шістьом шістьма шістьома",
    "сім": "семи сімох сімом сімома", "вісім": "восьми вісьмох вісьмом вісьма вісьмома", "сорок": "сорока",
    "дев'яносто": "дев'яноста", "сто": "ста", "двісті": "двохсот двомстам двомастами двохстах",
    "триста": "трьохсот трьомстам трьомастами трьохстах",
    "чотириста": "чотирьохсот чотирьомстам чотирмастами чотирьохстах",
    "п'ятсот": "п'ятисот п'ятистам п'ятьмастами п'ятистах", "шістсот": "шестисот шестистам шістьмастами шестистах",
    "сімсот": "семисот семистам сьомастами семистах", "вісімсот": "восьмисот восьмистам вісьмастами восьмистах",
    "дев'ятсот": "дев'ятисот дев'ятистам дев'ятьмастами дев'ятистах",
}
_UK_COLLECTIVES = {2: "двоє", 3: "троє", 4: "четверо", 5: "п'ятеро", 6: "шестеро", 7: "семеро", 8: "восьмеро",
                   9: "дев'ятеро", 10: "десятеро"}
_UK_NOUNS = {"сотня сотню сотнею": (100, SCALE), "сотні сотень": (100, SCALE_PLURAL),
             "тисячу тисячею": (1000, SCALE), "тисячам тисячами тисячах": (1000, SCALE_PLURAL),
             "мільйона мільйону мільйоном": (10 ** 6, SCALE), "мільйонам мільйонами мільйонах": (10 ** 6, SCALE_PLURAL),
             "мільярда мільярду мільярдом": (10 ** 9, SCALE), "мільярдам мільярдами мільярдах": (10 ** 9, SCALE_PLURAL)}


def _ukrainian_cases(words: dict[str, Word], phrases: dict[tuple[str, ...], Word]) -> None:
    """Add to a Ukrainian lexicon (num2words's nominatives) the cases of its ordinals and counts, its collective
    numerals and its number nouns (see above).

    >>> words = {"сьомий": Word(Decimal(7), ORDINAL), "двадцять": Word(Decimal(20), COUNT)}
    >>> phrases = {("п", "ять"): Word(Decimal(5), COUNT)}
    >>> _ukrainian_cases(words, phrases)
    >>> words["сьомою"].value, words["двадцяти"].value, phrases[("п", "ятьох")].value, words["пʼятьох"].value
    (Decimal('7'), Decimal('20'), Decimal('5'), Decimal('5'))
    """
    def add(form: str, word: Word) -> None:
        tokens = tuple(_LETTERS.findall(form))
        if len(tokens) == 1:
            words.setdefault(tokens[0], word)
            return
        phrases.setdefault(tokens, word)
        if len(tokens) == 2 and "'" in form:
            words.setdefault(form.replace("'", "ʼ"), word)

    known = list(words.items())
    known += [("'".join(tokens) if len(tokens) == 2 and tokens[0] in ("п", "дев") else " ".join(tokens), word)
              for tokens, word in phrases.items()]
    for form, word in known:
        if word.role == ORDINAL and form.endswith(("ий", "ій")):
            stem = form[:-2]
            for ending in _UK_SOFT if form.endswith("ій") else _UK_HARD:
                add(stem + ending, word)
        elif word.role == COUNT and form.endswith(("ять", "десят")):
            stem = form.removesuffix("ь")
            for ending in _UK_COUNT_ENDINGS:
                add(stem + ending, word)
        if word.role in (COUNT, HUNDRED) and form in _UK_CASES:
            for other in _UK_CASES[form].split():
                add(other, word)
        if "'" in form and " " not in form:
            add(form, word)  # пʼять beside п'ять
    for value, form in _UK_COLLECTIVES.items():
        add(form, Word(Decimal(value), COUNT))
    for forms, (value, role) in _UK_NOUNS.items():
        for form in forms.split():
            add(form, Word(Decimal(value), role))


def _inflect(language: str, words: dict[str, Word]) -> None:
    """Add to ``words`` the other genders, numbers and cases of its ordinals and counts (see above)."""
    if language == "tr":
        for word, entry in list(words.items()):
            if entry.role in (COUNT, SCALE):
                for form in _turkish_cases(word):
                    words.setdefault(form, entry)
    if language == "sv":  # num2words writes förtio (40) and etttusende (1000th); Swedish writes fyrtio and tusende
        for word, entry in list(words.items()):
            if "förtio" in word:
                words.setdefault(word.replace("förtio", "fyrtio"), entry)
        if "etttusende" in words:
            words.setdefault("tusende", words["etttusende"])
    if language == "pl":
        for word, entry in list(words.items()):
            if entry.role == ORDINAL and word[-1] in _POLISH_ADJECTIVE:
                words.update({word[:-1] + ending: entry for ending in _POLISH_ADJECTIVE[word[-1]].split()
                              if word[:-1] + ending not in words})
            elif entry.role == COUNT:
                for ending, oblique in _POLISH_COUNT_ENDINGS:
                    if word.endswith(ending):
                        words.setdefault(word[:-len(ending)] + oblique, entry)
        for word, forms in _POLISH_COUNTS.items():
            words.update({form: words[word] for form in forms.split() if form not in words})
    ending, others = _ORDINAL_ENDINGS.get(language, ("", ""))
    for word, entry in list(words.items()):
        if ending and entry.role == ORDINAL and word.endswith(ending):
            for other in others.split():
                words.setdefault(word[:-len(ending)] + other, entry)
        if language in ("es", "pt") and entry.role == COUNT and 200 <= entry.value < 1000 and word.endswith("os"):
            words.setdefault(word[:-2] + "as", entry)
    if language == "es":
        for word, entry in list(words.items()):
            if entry.role == ORDINAL and 1 <= entry.value <= 9:
                words.setdefault("decimo" + word, Word(entry.value + 10, ORDINAL))
        words.update({word: Word(Decimal(value), ORDINAL) for word, value in _SPANISH_TEENS.items()})
        for word, entry in list(words.items()):
            if entry.role == ORDINAL and word.endswith("ero"):
                words.setdefault(word[:-1], entry)
    for masculine, forms in _FEMININE.get(language, {}).items():
        for form in forms.split():
            words.setdefault(form, words[masculine])


def phrase_at(language: Generated, tokens: list[str] | tuple[str, ...], index: int) -> tuple[Word, int] | None:
    """The phrase of ``language`` that starts at ``tokens[index]``, and its length in words (the longest)."""
    if tokens[index] not in language.starts:
        return None
    for size in (4, 3, 2):
        key = tuple(tokens[index:index + size])
        if len(key) == size and key in language.phrases:
            return language.phrases[key], size
    return None


def read_back(language: Generated, tokens: tuple[str, ...]) -> int | None:
    """The one number ``tokens`` make in ``language`` (None if they do not make exactly one)."""
    words: list[tuple[Word | None, bool]] = []
    joined = False
    index = 0
    while index < len(tokens):
        phrase = phrase_at(language, tokens, index)
        if phrase is not None:
            words.append((phrase[0], joined))
            index += phrase[1]
        elif tokens[index] in language.joiners and words:
            index += 1
            joined = True
            continue
        else:
            words.append((language.words.get(tokens[index]), joined))
            index += 1
        joined = False
    found = add_up(words)
    if len(found) != 1 or found[0].first != 0 or found[0].last != len(words) - 1:
        return None
    value = found[0].values[0]
    return int(value) if value == int(value) else None


# kztr's own lexicons, the languages num2words does not write or writes too little of
_OWN_LEXICONS = {"ar": _arabic_lexicon, "en": _english_lexicon, "ru": _russian_lexicon, "fr": _french_lexicon,
                 "el": _greek_lexicon}


@cache
def lexicon(language: str) -> dict[str, Word]:
    """The number words of a language ({} for one kztr has no words for): num2words's, with the forms it does not
    write (``more_forms``).

    >>> [lexicon(code)[word].value for code, word in (("cs", "dvanácti"), ("sk", "štyrmi"), ("hr", "milijuna"))]
    [Decimal('12'), Decimal('4'), Decimal('1000000')]
    """
    base = base_language(language)
    if base in _OWN_LEXICONS:
        return _OWN_LEXICONS[base]()
    words = generated(base).words
    return {**more_forms(base, words), **words}


# The forms of the counts 2 to 4 in Czech's and Slovak's cases other than the nominative, and Slovak's stems of 5 to
# 10 before a case ending (piat-ich, šiest-im): num2words writes a count in the nominative only
_CZECH_FEW = {2: "dvou dvěma", 3: "tří třech třem třemi", 4: "čtyř čtyřech čtyřem čtyřmi", 9: "devíti"}
# Czech's units and "and" before the tens in one word, its other way of saying 21 to 99 (jedenadvacet or
# jednadvacet, dvaadvacet, třiapadesát: 21, 22, 53)
_CZECH_UNITS_FIRST = {1: "jedena jedna", 2: "dvaa", 3: "třia", 4: "čtyřia", 5: "pěta", 6: "šesta", 7: "sedma",
                      8: "osma", 9: "devěta"}
_SLOVAK_FEW = {2: "dvaja dvoch dvom dvoma", 3: "traja troch trom tromi", 4: "štyria štyroch štyrom štyrmi"}
_SLOVAK_STEMS = {5: "piat", 6: "šiest", 7: "siedm", 8: "ôsm", 9: "deviat", 10: "desiat"}
_SLOVAK_ENDINGS = ("i", "ich", "im", "imi")  # piati (men), piatich, piatim, piatimi
# Slovene's cases of 2 to 4, and the endings of its counts from 5 (petih, sedmih) and of its ordinals, declined as
# adjectives (peti: petega, sedma, tretjem); num2words writes a count's nominative and an ordinal's masculine one
_SLOVENE_FEW = {2: "dveh dvema", 3: "trije treh trem tremi", 4: "štirje štirih štirim štirimi"}
_SLOVENE_COUNT_ENDINGS = ("ih", "im", "imi", "krat")  # petih, petim, petimi; petkrat (five times)
_SLOVENE_ORDINAL_ENDINGS = ("a", "o", "e", "ega", "emu", "em", "im", "ih", "imi", "ima", "ič")  # prvič: firstly
_SLOVENE_NOT_NUMBERS = frozenset("peta peto pete".split())  # a heel (s peto, FLORES-200's line 846), not the fifth
# the million's and the billion's plurals (štiri milijone, pet milijonov); num2words writes milijon, milijona
_SLOVENE_SCALES = {"milijoni": 10 ** 6, "milijone": 10 ** 6, "milijonov": 10 ** 6, "milijarde": 10 ** 9,
                   "milijard": 10 ** 9}
# The cases of 2 to 4 in Serbian, Croatian and Bosnian (u trima područjima, in three areas)
_SERBIAN_FEW = {"dvaju": 2, "dviju": 2, "dvama": 2, "dvjema": 2, "dvema": 2, "triju": 3, "trima": 3, "četiriju": 4,
                "četirima": 4}
# Their collective numerals (dvoje djece, četvero ljudi: two children, four people; Croatian -ero, Serbian -oro), which
# also start compounds (četveromjesečni: four-month-old)
_COLLECTIVE = {2: "dvoje", 3: "troje", 4: "četvero četvoro", 5: "petero petoro", 6: "šestero šestoro",
               7: "sedmero sedmoro", 8: "osmero osmoro", 9: "devetero devetoro", 10: "desetero desetoro"}
# Croatian's and Bosnian's words where Serbian's, which they read (SHARED_WORDS), differ: the ijekavian two and two
# hundred, the thousand, the million and the billion (Serbian's hiljada, milion)
_CROATIAN = {"dvije": (2, COUNT), "dvjesto": (200, COUNT), "dvjesta": (200, COUNT), "tisuća": (1000, SCALE),
             "tisuću": (1000, SCALE), "tisuće": (1000, SCALE_PLURAL), "milijun": (10 ** 6, SCALE),
             "milijuna": (10 ** 6, SCALE_PLURAL), "milijuni": (10 ** 6, SCALE_PLURAL), "milijarda": (10 ** 9, SCALE),
             "milijarde": (10 ** 9, SCALE_PLURAL), "milijardi": (10 ** 9, SCALE_PLURAL)}


def _slovene_forms(words: dict[str, Word]) -> dict[str, Word]:
    """Slovene's counts and ordinals in their other cases, on num2words's nominatives: sedem, osem lose their e
    (sedmih, osmih); drugi (second) only as drugič (secondly), as its forms are also "other" (druga, drugo, drugega),
    and the fifth's forms that are a heel's are left."""
    found = {form: Word(Decimal(value), SCALE_PLURAL) for form, value in _SLOVENE_SCALES.items()}
    for form, word in words.items():
        value = int(word.value)
        if word.role == COUNT and 2 <= value <= 99 and (value <= 19 or value % 10 == 0):
            for few in _SLOVENE_FEW.get(value, "").split():
                found[few] = word
            if value >= 5:
                stem = form[:-2] + form[-1] if form in ("sedem", "osem") else form
                found.update({stem + ending: word for ending in _SLOVENE_COUNT_ENDINGS})
            else:
                found[form + "krat"] = word  # dvakrat, trikrat, štirikrat
        elif word.role == ORDINAL and form.endswith("i"):
            for ending in _SLOVENE_ORDINAL_ENDINGS if value != 2 else ("ič",):  # drugič: secondly
                found.setdefault(form[:-1] + ending, word)  # a count's form first where both have it (petih)
    return {form: word for form, word in found.items() if form not in _SLOVENE_NOT_NUMBERS}


def more_forms(base: str, words: dict[str, Word]) -> dict[str, Word]:
    """Number words of ``base`` that num2words does not write, beside its ``words`` (which ``lexicon`` keeps where
    both have a form) (issue 17, rounds 22 and 23: FLORES-200's Czech, Slovak, Croatian and Slovene, already read):
    a count of 2 to 99 in Czech's and Slovak's other cases, by their grammars' regular endings (dvanácti, padesáti;
    dvanástimi, dvadsiatich, traja: 12, 50; 12, 20, 3), Czech's 21 to 99 said units first (dvaadvacet, třiapadesáti),
    and 2 to 4 in Serbian's, Croatian's and Bosnian's cases (trima) with their collective numerals (četvero);
    Croatian's and Bosnian's own words (tisuća, milijun); Slovene's counts and ordinals in their cases
    (``_slovene_forms``).

    >>> sorted(form for form, word in more_forms("sk", generated("sk").words).items() if word.value == 19)
    ['devätnásti', 'devätnástich', 'devätnástim', 'devätnástimi']
    """
    if base in ("sr", "hr", "bs"):
        own = {form: Word(Decimal(value), role) for form, (value, role) in _CROATIAN.items()} if base != "sr" else {}
        few = {**_SERBIAN_FEW, **{form: value for value, forms in _COLLECTIVE.items() for form in forms.split()}}
        return {**{form: Word(Decimal(value), COUNT) for form, value in few.items()}, **own}
    if base == "sl":
        return _slovene_forms(words)
    if base not in ("cs", "sk"):
        return {}
    found: dict[str, int] = {}
    for form, word in words.items():
        value = int(word.value)
        if word.role != COUNT or not 2 <= value <= 99 or (value > 19 and value % 10):
            continue  # Slovak writes 25 in one word (dvadsaťpäť), and declines it in two: not read
        if base == "cs":
            found.update(dict.fromkeys(_CZECH_FEW.get(value, "").split(), value))
            if value >= 20:  # 21 to 99 with the units first: dvaadvacet, třiapadesát, and in a case (dvaadvaceti)
                for unit, units in _CZECH_UNITS_FIRST.items():
                    found.update({f"{first}{form}{ending}": value + unit for first in units.split()
                                  for ending in ("", "i")})
            if form.endswith(("t", "m")):  # pět, dvanáct, dvacet, sedm: pěti, dvanácti, dvaceti, sedmi
                found[form + "i"] = value
        else:
            found.update(dict.fromkeys(_SLOVAK_FEW.get(value, "").split(), value))
            stem = _slovak_stem(form, value)
            found.update({stem + ending: value for ending in _SLOVAK_ENDINGS} if stem else {})
    return {form: Word(Decimal(value), COUNT) for form, value in found.items()}


def _slovak_stem(form: str, value: int) -> str:
    """The stem a Slovak count takes its case endings on: 5–10 their own (piat-), the teens and tens regular
    (dvanásť: dvanást-; dvadsať: dvadsiat-; päťdesiat-); '' for none."""
    if value in _SLOVAK_STEMS:
        return _SLOVAK_STEMS[value]
    if form.endswith("násť"):
        return form[:-1] + "t"
    if form.endswith("dsať"):
        return form[:-2] + "iat"
    return form if form.endswith("desiat") else ""


def reads_every_number(language: str) -> bool:
    """Does kztr read the language's ordinals as well as its counts, so that a number it finds in no form is missing
    (not so for a language of ``CARDINALS_ONLY``, whose ordinals it does not read: pátý, piaty)?"""
    base = base_language(language)
    return base in _OWN_LEXICONS or base in GENERATED


# لستُ, ألستَ: "I am not", "are you not", never ل + ست (for six) in running text (Tatoeba, issue 17 round 7)
_NOT_NUMBERS = frozenset("لست الست ألست ولست فلست أفلست".split())

# Every word of every source and Arabic translation is looked up: a cache of the words met (a language's
# vocabulary, not its text) makes an archive's check read each distinct word once.
@lru_cache(maxsize=1 << 17)
def arabic_word(word: str) -> tuple[Word, bool] | None:
    """An Arabic word's number (attached prefixes taken off) and whether it starts with و.

    >>> arabic_word("والعشرين")
    (Word(value=Decimal('20'), role='count'), True)
    >>> arabic_word("كازاخستان") is None, arabic_word("لست") is None, arabic_word("لستة")
    (True, True, (Word(value=Decimal('6'), role='count'), False))
    """
    table = lexicon("ar")
    word = strip_marks(word).replace("ى", "ي") if not word.isascii() else word
    if word in _NOT_NUMBERS:
        return None
    for prefix in _AR_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix):
            if rest in table:
                return table[rest], prefix.startswith("و")
            if rest.endswith("ا") and rest[:-1] in table and table[rest[:-1]].role in (COUNT, ORDINAL):
                return table[rest[:-1]], prefix.startswith("و")  # the accusative: واحدًا, عشرينا
            for suffix in _AR_POSSESSIVES:  # a fraction of them: ثلثيها, ثلثاهما, أرباعهم
                stem = rest[:-len(suffix)]
                if rest.endswith(suffix) and stem in table and table[stem].role in (FRACTION, FRACTION_PLURAL):
                    return table[stem], prefix.startswith("و")
    return None


# ---------------------------------------------------------------- adding up

@dataclass(frozen=True)
class Spelled:
    """A number read from words: its values (several readings), kind, and span in words."""

    values: tuple[Decimal, ...]
    kind: str
    first: int  # index of its first word
    last: int   # index of its last word


def add_up(words: list[tuple[Word | None, bool]], units_first: bool = False, french: bool = False,
           greek: bool = False) -> list[Spelled]:
    """The numbers of a text's words: ``(Word or None, joined by "and"/و)`` for each word;
    ``units_first`` for Arabic (خمسة وعشرون), not for English or Russian; ``french`` counts on from sixty and
    eighty (soixante-dix-sept: 60 + 10 + 7); ``greek`` adds a unit's ordinal to the tenth (δέκατος έκτος: 16th).

    >>> W = lambda value, role: (Word(Decimal(value), role), False)
    >>> [s.values for s in add_up([W(3, "count"), W(1000, "scale-plural")])]
    [(Decimal('3000'),)]
    >>> [s.values for s in add_up([W(9, "ordinal"), W(10, "count"), (None, False), W(2, "dual")], True)]
    [(Decimal('19'),), (Decimal('2'),)]
    >>> [(s.values, s.kind) for s in add_up([W(2, "count"), W("0.333", "fraction-plural")])]  # two-thirds
    [((Decimal('0.667'),), 'fraction')]
    >>> [s.values for s in add_up([W(9, "ordinal"), (Word(Decimal(10), "ordinal"), True)], True)]  # التاسع والعاشر
    [(Decimal('9'),), (Decimal('10'),)]
    >>> [s.values for s in add_up([W(1000, "scale"), W(10 ** 6, "scale")])]  # ألف مليون, mil millones: a billion
    [(Decimal('1000000000'),)]
    """
    found: list[Spelled] = []
    index = 0
    while index < len(words):
        word, _ = words[index]
        if word is None or word.role in (SCALE_PLURAL, FRACTION_PLURAL):
            index += 1
            continue
        spelled, index = _one_number(words, index, units_first, french, greek)
        if spelled is not None:
            found.append(spelled)
    return found


_DUAL_SCALES = frozenset(Decimal(2 * 10 ** power) for power in (3, 6, 9))  # ألفين, مليونين, مليارين


def _one_number(words: list[tuple[Word | None, bool]], start: int,
                units_first: bool, french: bool = False, greek: bool = False) -> tuple[Spelled | None, int]:
    total, current = Decimal(0), Decimal(0)
    kind = COUNT
    last_scale = Decimal(0)
    previous: Decimal | None = None  # the last word below a hundred
    index = start
    while index < len(words):
        word, joined = words[index]
        if word is None:
            break
        value, role = word.value, word.role
        numerator = words[start][0]
        if index == start + 1 and role in (FRACTION, FRACTION_PLURAL) and not joined and numerator is not None and (
                _numerator(numerator)):  # two thirds, две трети, ثلاثة أرباع: the count is the numerator
            return Spelled((fraction_of(numerator.value, Decimal(round(1 / value))),), "fraction", start,
                           index), index + 1
        if index > start and (role in (DECADE, DUAL, FRACTION_PLURAL) or (role == FRACTION and not joined) or (
                units_first and role == ORDINAL and joined)):
            break  # التاسع والعاشر: ordinals joined by و are two (the ninth and the tenth), cardinals one (23)
        if role == DECADE:
            return Spelled((value, 1900 + value), DECADE, start, index), index + 1
        if role == DUAL:  # a complete number, unless a fraction follows (ساعتين ونصف) or it is a scale's (ألفين وعشرين)
            current += value
            index += 1
            following, following_joined = words[index] if index < len(words) else (None, False)
            if following is not None and following.role == FRACTION and following_joined:
                current += following.value
                index += 1
            elif value in _DUAL_SCALES and following is not None and following_joined and following.role in (
                    COUNT, HUNDRED) and following.value < value / 2:
                total, current, last_scale, previous = total + current, Decimal(0), value / 2, None
                continue  # ألفين وعشرين is 2020, مليونين وخمسمائة ألف 2,500,000
            break
        if role == FRACTION:
            if index == start:
                return Spelled((value, value + 1), "fraction", start, index), index + 1
            if current == 0 and last_scale:
                total += value * last_scale
            else:
                current += value
            index += 1
            break
        if role != COUNT and role != ORDINAL:
            previous = None
        if role == HUNDRED:
            current = (current or 1) * value if current < 10 else current + value
        elif role in (SCALE, SCALE_PLURAL):
            if last_scale and value > last_scale:  # a larger scale multiplies all before it: mil millones, ألف مليون
                total, current, last_scale = (total + current) * value, Decimal(0), value
                index += 1
                continue
            if role == SCALE_PLURAL and current == 0:
                break
            current = (current or 1) * value
            total += current
            current, last_scale = Decimal(0), value
        else:
            if previous is not None and not _continues(previous, value, units_first, french) and not (
                    greek and role == ORDINAL and previous == 10 and 0 < value < 10):
                break  # two numbers side by side: "ten twenty", الحادية والثلاثين وثلاثة
            current += value
            previous = value
        if role == ORDINAL:
            kind = ORDINAL
        index += 1
    total += current
    if index == start:
        return None, start + 1
    return Spelled((total,), kind, start, index - 1), index


def _numerator(word: Word) -> bool:
    """Can ``word`` be a fraction's numerator: a count from 1 to 10 (two-thirds, три четверти)?"""
    return word.role == COUNT and 1 <= word.value <= 10 and word.value == int(word.value)


def _continues(previous: Decimal, value: Decimal, units_first: bool, french: bool = False) -> bool:
    """Can ``value`` follow ``previous`` in one number? Arabic puts the unit first (واحد وثلاثون,
    ثلاثة عشر), English and Russian the ten ("thirty-one"), French too, and counts on from sixty and eighty
    with ten to nineteen (soixante-dix-sept: 60 + 10 + 7); hundreds and scales go anywhere."""
    if previous >= 100 or value >= 100:
        return True
    if units_first:
        return previous < 10 and (value == 10 or (value >= 20 and value % 10 == 0))
    if french and ((previous in (60, 80) and 10 <= value < 20) or (previous == 10 and 7 <= value <= 9)):
        return True
    return previous >= 20 and previous % 10 == 0 and 0 < value < 10
