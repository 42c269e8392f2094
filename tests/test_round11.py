"""What the seeds kztr missed on Tatoeba's Arabic–Spanish set showed (issue 17, round 11: tuned on that set after it
was measured with the code frozen; benchmarks/RESULTS.md).

Pairs quoted by corpus line as ``benchmarks/real_check.py`` numbers them: Tatoeba ara-spa and ara-rus (CC BY 2.0 FR),
FLORES-200 devtest and NTREX-128 (CC BY-SA 4.0), where the same rules must leave real translations alone. A "seeded"
translation is the real one with the mistake benchmarks/seeds.py made in it.
"""

from __future__ import annotations

import pytest
from conftest import numbers_findings as findings
from kztr.model import Catalog, Entry

# (corpus line, the Arabic, the real translation, the seeded one, what kztr check says of the seeded one)
SEEDED = [
    ("ara-spa 517: a dual against another count", "بيل أكبر مني بسنتين.", "Bill tiene dos años más que yo.",
     "Bill tiene nueve años más que yo.", "بسنتين (2) in the source, nueve (9) in the translation, both in words"),
    ("ara-spa 1244: an article is no number", "نعيش في بيت فيه ثلاثة غرف نوم.",
     "Vivimos en una casa con tres dormitorios.", "Vivimos en una casa con dormitorios.",
     "ثلاثة (3) in the source in words, no number in the translation"),
    ("ara-spa 804: an hour is a feminine ordinal", "في لندن الساعة الآن السابعة .", "En Londres ahora son las siete.",
     "En Londres ahora son las once.", "السابعة (7) in the source, once (11) in the translation, both in words"),
    ("ara-spa 1251: one of several counts", "هذا الطفل هو أربعة، ولكن يمكنك الاعتماد إلى مائة",
     "Ese niño tiene sólo cuatro años, pero ya puede contar hasta 100.",
     "Ese niño tiene sólo cuatro años, pero ya puede contar hasta.",
     "مائة (100) in the source in words, not in the translation"),
    ("ara-spa 998: tenemos holds no ten", "لا يزال أمامنا عشرة أميال.", "Todavía tenemos diez millas por delante.",
     "Todavía tenemos millas por delante.", "عشرة (10) in the source in words, no number in the translation"),
]


@pytest.mark.parametrize("case, source, right, seeded, message", SEEDED, ids=[item[0] for item in SEEDED])
def test_a_count_in_words_changed_or_dropped(case, source, right, seeded, message):
    """Each seed was missed by the frozen code: the dual (2) was never compared, "una" counted as the number said,
    an hour's ordinal was not compared with a count, a second count in words was not read, "tenemos" started
    like "ten" (English), a compound that could hold 10."""
    assert findings(source, right, "es") == []
    found = findings(source, seeded, "es")
    assert [severity for severity, _ in found] == ["warning"] and found[0][1].startswith(message), found


@pytest.mark.parametrize("source, translation, lang", [
    # FLORES-200 devtest 444: two centuries said as two hundred years
    ("أثبتت الإستراتيجية فاعليتها؛ قطع الإمدادات الحيوية العسكرية والمدنية، على الرغم من انتهاك هذا الحصار للقانون "
     "الدولي المقبول بشكل عام والذي دُوّن ونُسّق في عدة اتفاقيات دولية خلال القرنين الماضيين.",
     "Эта стратегия доказала свою эффективность, отрезав жизненно важные военные и гражданские поставки, хотя эта "
     "блокада нарушала принятые повсеместно международные законы, изложенные в нескольких международных соглашениях "
     "за последние двести лет.", "ru"),
    # NTREX-128 held-out 734: the dual's two is there (два матча) beside another number word (четверках)
    ("بذل فريق الولايات المتحدة قصارى جهده في المجموعة الرباعية، وفاز في مباراتين، لكنه لم يتمكن من التغلب على "
     "النقص لديه.", "США оказали больше сопротивления в четверках, выиграв два матча, но они не смогли сократить "
     "разрыв в счете.", "ru"),
    # Tatoeba ara-rus 3570: counting to ten; تسعة، عشرة are two numbers, not 19
    ("واحد، اثنان، ثلاثة، أربعة، خمسة، ستة، سبعة، ثمانية، تسعة، عشرة.",
     "Один, два, три, четыре, пять, шесть, семь, восемь, девять, десять.", "ru"),
])
def test_real_translations_the_new_rules_leave_alone(source, translation, lang):
    """The first versions of this round's rules flagged these three real translations."""
    assert findings(source, translation, lang) == []


def test_a_name_of_two_consonants_is_not_in_any_word_that_starts_with_them():
    """Tom (TM) dropped from Tatoeba ara-fra 803 was taken as there in "ton" or "temps" (a derived form starts with
    the skeleton: лондонских for لندن); a two-consonant name's derived form must start as its spelling does."""
    from kztr.text.spellings import derived_form
    from kztr.text.transliteration import skeleton

    form = skeleton("توم")
    assert form == "TM"
    assert not derived_form("Ne perds pas ton temps à essayer de convaincre.", form, "Tom")  # the seeded slip
    assert derived_form("Ne perds pas ton temps à essayer de convaincre Tom.", form, "Tom")  # Tatoeba ara-fra 803
    assert derived_form("Ты вышла за Тома замуж только из-за денег.", skeleton("توم"), "Том")  # Tatoeba ara-rus


@pytest.mark.parametrize("source, translation", [
    # Tatoeba ara-deu 1079: 68 in a compound (a false error of the set's frozen measurement)
    ("هل يتوجب علي أن أحترم شخص عمره 68 سنة مدمن على آلات القمار وعلى الكحول فقط لأنه كبير بالسن؟",
     "Sollte ich einem achtundsechzigjährigen spielautomatenabhängigen Alkoholiker Respekt entgegenbringen, "
     "nur weil er alt ist?"),
    # Tatoeba ara-deu 156: ten and a third, 10.20 Uhr (a false warning of the same)
    ("الساعة العاشرة والثلث.", "Es ist 10.20 Uhr."),
])
def test_german_writes_a_number_in_a_compound_and_a_time_with_uhr(source, translation):
    """Found measuring Tatoeba ara-deu with the code frozen, tuned after."""
    assert findings(source, translation, "de") == []


LONDON = [  # Tatoeba ara-spa 643, 770, 804, 908, 1177 and 1435: لندن is Londres, which no consonant skeleton links
    ("ذهبنا إلى لندن العام الماضي.", "Fuimos a Londres el año pasado."),
    ("عمي يعيش في لندن.", "Mi tío vive en Londres."),
    ("في لندن الساعة الآن السابعة .", "En Londres ahora son las siete."),
    ("كنت في لندن معظم الصيف.", "Estuve en Londres la mayor parte del verano."),
    ("متى ذهبت إلى لندن؟", "¿Cuándo has ido a Londres?"),
]


def test_a_place_is_spelt_by_its_cldr_name_where_no_skeleton_links_them():
    """Londres for لندن: the names check learns it from CLDR's Spanish name, so that a slip in it (the seed of line
    1435, missed by the frozen code) is found, and the real translations are left alone."""
    from kztr.checks.names import check_names

    def names(pairs):
        entries = [Entry(source, target, references=(f"source/a.txt:{index}",), line=index)
                   for index, (source, target) in enumerate(pairs, start=1)]
        return [item.message for item in check_names([("a", "es", "locales/a.po", Catalog(entries=tuple(entries)))])]

    assert names([*LONDON, ("وصلنا إلى لندن البارحة.", "Llegamos a Londres ayer.")]) == []
    assert names([*LONDON, ("وصلنا إلى لندن البارحة.", "Llegamos a Londrres ayer.")]) == [
        "the name لندن is written “Londres” in 5 other units: “Londrres” here"]


@pytest.mark.parametrize("source, translation", [
    # FLORES-200 devtest 307 and 135, Portuguese: an hour marked h (07h19min, 22h) is a clock time
    ("وضربَ الزلزال ماريانا في الساعة ٠٧:١٩ صباحاً بالتوقيت المحلي (الجمعة ٠٩:١٩ مساءً بتوقيت جرينتش).",
     "O terremoto atingiu Mariana às 07h19min, horário local. No horário GMT, foi na sexta-feira, às 21h19min."),
    ("بين الساعة 10:00 إلى 11:00 مساءً بتوقيت الجبل، أُضرِمَ حريقٌ من قبل النزلاء في الفناء.",
     "Entre 22h e 23h (MDT), os detentos causaram um incêndio na prisão."),
])
def test_portuguese_writes_a_time_with_h(source, translation):
    """Two false errors of the numbers check on FLORES-200's Portuguese (not a judged corpus; read in round 11)."""
    assert findings(source, translation, "pt") == []


def test_an_hour_marked_h_in_the_arabic_too():
    """Tatoeba ara-fra 1201: the Arabic writes 10h40 in Latin letters, as the French does (10 h 40); reading the h only
    in the translation made the first version of the rule above a false error."""
    assert findings("وقت استراحتنا يمتد من 10h40 إلى 11h00.", "Nous avons une pause de 10 h 40 à 11 h 00.", "fr") == []
