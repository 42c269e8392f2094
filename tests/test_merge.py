"""Merging after source edits: nothing a translator wrote is ever lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ARTICLE, DATA, msgcat_no_wrap, msgfmt_check
from kztr.model import Catalog
from kztr.po.catalog import read_catalog
from kztr.po.pofile import generate_po
from kztr.reuse.merge import merge_catalog, update_numbers
from kztr.text.numbers import renumber


def _paths(project: Path):
    return project / "source" / f"{ARTICLE}.txt", project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"


def _translate_all(po: Path) -> dict[str, str]:
    """Give every unit of the copy a translation (keeps real ones), return msgid -> msgstr."""
    from dataclasses import replace

    catalog = read_catalog(po)
    entries = tuple(
        replace(entry, msgstr=entry.msgstr or f"Unit {number}: {len(entry.msgid)} characters",
                flags=tuple(flag for flag in entry.flags if flag != "fuzzy"))
        for number, entry in enumerate(catalog.entries)
    )
    po.write_text(generate_po(replace(catalog, entries=entries)), encoding="utf-8")
    return {entry.msgid: entry.msgstr for entry in entries if not entry.obsolete}


def _edit(source: Path, old: str, new: str) -> None:
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    source.write_text(text.replace(old, new), encoding="utf-8")


def _entries(po: Path):
    return {entry.msgid: entry for entry in read_catalog(po).entries}


def _check_files(project: Path, po: Path) -> None:
    msgfmt_check(po)
    assert msgcat_no_wrap(po) == po.read_text(encoding="utf-8")
    assert msgcat_no_wrap(project / "locales" / f"{ARTICLE}.pot") == \
        (project / "locales" / f"{ARTICLE}.pot").read_text(encoding="utf-8")


@pytest.fixture
def translated(project, run):
    source, po = _paths(project)
    run("extract")
    before = _translate_all(po)
    return source, po, before


def test_word_edit_becomes_fuzzy_with_previous_msgid(project, run, translated):
    source, po, before = translated
    old = "وترأس توكاييف المائدة المستديرة الكازاخستانية الأمريكية للاستثمار في نيويورك في 20 سبتمبر."
    _edit(source, "المائدة المستديرة", "الطاولة المستديرة")
    result = run("extract")
    assert "1 fuzzy" in result.output
    entries = _entries(po)
    new = old.replace("المائدة المستديرة", "الطاولة المستديرة")
    assert entries[new].fuzzy
    assert entries[new].previous_msgid == old
    assert entries[new].msgstr == before[old]
    assert old not in entries  # its translation lives on in the fuzzy entry
    unchanged = [msgid for msgid in before if msgid != old]
    assert all(entries[msgid].translated and entries[msgid].msgstr == before[msgid] for msgid in unchanged)
    _check_files(project, po)


def test_verbose_extract_lists_each_changed_unit_with_its_line(project, run, translated):
    source, _po, _before = translated
    _edit(source, "المائدة المستديرة", "الطاولة المستديرة")
    _edit(source, "كما تحدث الرئيس توكاييف والبابا فرانسيس أمام ممثلي المجتمع المدني والسلك الدبلوماسي في 13 سبتمبر.\n",
          "")
    output = run("extract", "--verbose").output
    assert f"    fuzzy     source/{ARTICLE}.txt:29    وترأس توكاييف الطاولة المستديرة" in output
    assert f"    obsoleted source/{ARTICLE}.txt:23    كما تحدث الرئيس توكاييف" in output


def test_number_change_updates_the_number_in_the_translation(project, run):
    source, po = _paths(project)
    run("extract")
    _translate_all(po)
    old = "وترأس توكاييف المائدة المستديرة الكازاخستانية الأمريكية للاستثمار في نيويورك في 20 سبتمبر."
    catalog = read_catalog(po)
    from dataclasses import replace
    entries = tuple(replace(e, msgstr="Tokayev chaired the Kazakh-American investment round table "
                                        "in New York on 20 September.") if e.msgid == old else e
                    for e in catalog.entries)
    po.write_text(generate_po(replace(catalog, entries=entries)), encoding="utf-8")
    _edit(source, "في 20 سبتمبر", "في 21 سبتمبر")
    run("extract")
    entry = _entries(po)[old.replace("20", "21")]
    assert entry.fuzzy and entry.previous_msgid == old
    assert entry.msgstr.endswith("in New York on 21 September.")
    _check_files(project, po)


def test_revert_of_a_number_edit_puts_the_number_back(project, run, translated):
    source, po, before = translated
    original = source.read_text(encoding="utf-8")
    old = "وترأس توكاييف المائدة المستديرة الكازاخستانية الأمريكية للاستثمار في نيويورك في 20 سبتمبر."
    _edit(source, "في 20 سبتمبر", "في 21 سبتمبر")
    run("extract")
    source.write_text(original, encoding="utf-8")
    assert "1 restored" in run("extract").output
    entry = _entries(po)[old]
    assert entry.translated and entry.msgstr == before[old]


def test_revert_whose_number_cannot_be_put_back_stays_fuzzy(project, run, translated):
    """The translator wrote the changed number in words: kztr cannot put the old number back for sure,
    so the revert is not restored; the translation stays, fuzzy, for the translator. (The restore step
    plans only what ``_restorable`` accepts; ``_restored`` returns an Entry, never None.)"""
    source, po, before = translated
    original = source.read_text(encoding="utf-8")
    old = "وترأس توكاييف المائدة المستديرة الكازاخستانية الأمريكية للاستثمار في نيويورك في 20 سبتمبر."
    _edit(source, "في 20 سبتمبر", "في 21 سبتمبر")
    run("extract")
    edited = old.replace("20", "21")
    text = po.read_text(encoding="utf-8")
    words = "Tokayev chaired the Kazakh–American Investment Round Table in New York on the twenty-first of September."
    assert text.count(before[old].replace("20", "21")) == 1
    po.write_text(text.replace(before[old].replace("20", "21"), words), encoding="utf-8")
    assert _entries(po)[edited].fuzzy
    source.write_text(original, encoding="utf-8")
    output = run("extract").output
    assert "locales/en/LC_MESSAGES/kazakhstan-diplomacy-2022.po: updated (44 kept, 1 fuzzy)" in output
    entry = _entries(po)[old]
    assert entry.fuzzy and entry.msgstr == words


def test_ambiguous_number_is_left_for_the_translator(project, run, translated):
    source, po, before = translated
    old = next(msgid for msgid in before if msgid.startswith("خلال العام 2022، أعادت أستانا"))
    assert old.count("2022") == 2
    _edit(source, "الفريد لكازاخستان خلال عام 2022.", "الفريد لكازاخستان خلال عام 2023.")
    run("extract")
    entry = _entries(po)[old.replace("عام 2022.", "عام 2023.")]
    assert entry.fuzzy and entry.msgstr == before[old]  # not a guess at which 2022 to change


def test_delete_then_restore_paragraph_revives_translations(project, run, translated):
    source, po, before = translated
    paragraph = "وترأس توكاييف المائدة المستديرة الكازاخستانية الأمريكية للاستثمار في نيويورك في 20 سبتمبر.\n"
    _edit(source, paragraph, "")
    assert "1 obsoleted" in run("extract").output
    obsolete = [entry for entry in read_catalog(po).entries if entry.obsolete]
    assert [(entry.msgid, entry.msgstr) for entry in obsolete] == [(paragraph.strip(), before[paragraph.strip()])]
    _check_files(project, po)
    _edit(source, "\n\nقمة سمرقند لمنظمة شنغهاي", "\n" + paragraph + "\nقمة سمرقند لمنظمة شنغهاي")
    assert "1 revived" in run("extract").output
    catalog = read_catalog(po)
    assert not catalog.obsolete
    assert {entry.msgid: entry.msgstr for entry in catalog.live} == before
    assert all(entry.translated for entry in catalog.live)


def test_inserted_paragraph_is_new_and_in_document_order(project, run, translated):
    source, po, before = translated
    added = "وأكد الرئيس أن كازاخستان ستواصل سياستها الخارجية المتوازنة في عام 2023."
    _edit(source, "\nقمة سمرقند لمنظمة الدول التركية\n", f"{added}\n\nقمة سمرقند لمنظمة الدول التركية\n")
    assert "1 new" in run("extract").output
    msgids = [entry.msgid for entry in read_catalog(po).live]
    assert msgids.index(added) == msgids.index("قمة سمرقند لمنظمة الدول التركية") - 1
    assert _entries(po)[added].msgstr == ""
    assert sum(entry.translated for entry in read_catalog(po).live) == len(before)


def test_revert_restores_the_translation_without_fuzzy(project, run, translated):
    source, po, before = translated
    original = source.read_text(encoding="utf-8")
    _edit(source, "أحد عشر رئيس دولة", "اثنا عشر رئيس دولة")
    run("extract")
    source.write_text(original, encoding="utf-8")
    assert "1 restored" in run("extract").output
    catalog = read_catalog(po)
    assert {entry.msgid: entry.msgstr for entry in catalog.live} == before
    assert all(entry.translated for entry in catalog.live) and not catalog.obsolete


def test_joined_sentences_inherit_both_translations(project, run, translated):
    source, po, before = translated
    first = "خلال العام 2022، مددت كازاخستان رئاستها في CICA في القمة السادسة للمنظمة في أكتوبر."
    second = "مع التركيز على توسيع سلاسل التوريد وتعزيز النمو المستدام والبيئة والأمن الغذائي."
    notes = {entry.msgid: entry.translator_comments for entry in read_catalog(po).entries}
    _edit(source, "في أكتوبر. مع التركيز", "في أكتوبر، مع التركيز")
    run("extract")
    joined = first[:-1] + "، " + second
    entry = _entries(po)[joined]
    assert entry.fuzzy
    assert entry.msgstr == f"{before[first]} {before[second]}"
    assert entry.previous_msgid == f"{first} {second}"
    # the translator's notes on both halves stay (the shipped English explains the second one)
    assert notes[second] and entry.translator_comments == notes[first] + notes[second]


def test_split_sentence_first_half_takes_the_translation_the_other_a_note(project, run, translated):
    """One English sentence for two Arabic halves: never the same msgstr twice in the edition."""
    source, po, before = translated
    old = next(msgid for msgid in before if msgid.startswith("وحضر القمة أحد عشر رئيس دولة"))
    _edit(source, "وأوزبكستان، بالإضافة", "وأوزبكستان. بالإضافة")
    run("extract")
    entries = _entries(po)
    first = next(msgid for msgid in entries if msgid.startswith("وحضر القمة أحد عشر"))
    second = next(msgid for msgid in entries if msgid.startswith("بالإضافة إلى أمير قطر"))
    assert entries[first].fuzzy and entries[first].msgstr == before[old]
    assert entries[first].previous_msgid == old
    assert entries[second].msgstr == "" and not entries[second].fuzzy
    assert entries[second].translator_comments == (f"split from a unit translated as: {before[old]}",)
    _check_files(project, po)


@pytest.mark.parametrize("edit", [
    ("وأوزبكستان، بالإضافة", "وأوزبكستان. وذلك بالإضافة"),  # a word added to the second half
    ("وأوزبكستان، بالإضافة", "وأوزبكستان أيضاً. بالإضافة"),  # ... to the first half
    ("وأوزبكستان، بالإضافة إلى أمير قطر", "وأوزبكستان. وكان بين الحضور أمير قطر"),  # words replaced
])
def test_split_with_an_edit_still_gives_the_note(project, run, translated, edit):
    """The halves no longer match the one English sentence: the note comes whatever else changed."""
    source, po, before = translated
    old = next(msgid for msgid in before if msgid.startswith("وحضر القمة أحد عشر رئيس دولة"))
    _edit(source, *edit)
    run("extract")
    entries = {msgid: entry for msgid, entry in _entries(po).items() if not entry.obsolete}
    first = next(msgid for msgid in entries if msgid.startswith("وحضر القمة أحد عشر"))
    second = next(msgid for msgid in entries if "أمير قطر" in msgid)
    assert first != second and old not in entries
    assert entries[first].fuzzy and entries[first].msgstr == before[old] and entries[first].previous_msgid == old
    assert entries[second].msgstr == "" and not entries[second].fuzzy
    assert entries[second].translator_comments == (f"split from a unit translated as: {before[old]}",)
    assert [entry.msgid for entry in read_catalog(po).entries if entry.obsolete] == []  # nothing else took it
    _check_files(project, po)


def test_two_new_sentences_near_an_old_one_are_no_split(project, run, translated):
    """A new sentence after an edited one is not taken for a half of it: no note from a stranger."""
    source, po, _before = translated
    added = "وأكد الرئيس أن كازاخستان ستواصل سياستها الخارجية المتوازنة في عام 2023."
    _edit(source, "وأوزبكستان، بالإضافة", "وأوزبكستان وأذربيجان، بالإضافة")
    _edit(source, "في البلاد وفي القارة.", f"في البلاد وفي القارة. {added}")
    run("extract")
    entries = _entries(po)
    assert entries[added].msgstr == "" and entries[added].translator_comments == ()


def _set_translation(po: Path, msgid: str, msgstr: str, comments: tuple[str, ...] | None = None) -> None:
    from dataclasses import replace

    catalog = read_catalog(po)
    entries = tuple(replace(entry, msgstr=msgstr, translator_comments=entry.translator_comments
                            if comments is None else comments) if entry.msgid == msgid else entry
                    for entry in catalog.entries)
    po.write_text(generate_po(replace(catalog, entries=entries)), encoding="utf-8")


def test_split_sentence_gives_each_half_its_own_sentence(project, run, translated):
    source, po, before = translated
    old = next(msgid for msgid in before if msgid.startswith("وحضر القمة أحد عشر رئيس دولة"))
    translation = ("Eleven heads of state attended the summit, among them the presidents of Azerbaijan, Belarus, "
                   "Iran, Kazakhstan, Kyrgyzstan, Palestine, Russia, Tajikistan, Türkiye and Uzbekistan. "
                   "With the Emir of Qatar and some 50 delegations, it was one of the main foreign policy "
                   "events after the pandemic.")
    note = "“(مراقب)” after Belarus: Belarus is a CICA observer, said after its name."
    _set_translation(po, old, translation, (note,))
    original = source.read_text(encoding="utf-8")
    _edit(source, "وأوزبكستان، بالإضافة", "وأوزبكستان. بالإضافة")
    assert "2 fuzzy" in run("extract").output
    entries = _entries(po)
    first = next(msgid for msgid in entries if msgid.startswith("وحضر القمة أحد عشر"))
    second = next(msgid for msgid in entries if msgid.startswith("بالإضافة إلى أمير قطر"))
    assert entries[first].msgstr.startswith("Eleven heads") and entries[first].msgstr.endswith("Uzbekistan.")
    assert entries[second].msgstr.startswith("With the Emir")
    assert entries[first].msgstr + " " + entries[second].msgstr == translation
    assert entries[first].fuzzy and entries[second].fuzzy
    assert entries[first].previous_msgid == entries[second].previous_msgid == old
    _check_files(project, po)
    # the edit undone: the two pieces come back together, as translated
    source.write_text(original, encoding="utf-8")
    assert "1 restored" in run("extract").output
    entry = _entries(po)[old]
    assert entry.translated and entry.msgstr == translation
    # the translator's note, which each piece carried, comes back once; no ``#|`` is left
    assert entry.translator_comments == (note,) and entry.previous_msgid is None


def test_split_where_one_half_was_confirmed_is_not_restored_unseen(project, run, translated):
    """A half the translator already confirmed may have changed: the revert stays fuzzy."""
    source, po, before = translated
    old = next(msgid for msgid in before if msgid.startswith("وحضر القمة أحد عشر رئيس دولة"))
    _set_translation(po, old, "Eleven heads of state attended the summit with the presidents of many states. "
                              "With the Emir of Qatar and some 50 delegations, it was a main event of the year.")
    original = source.read_text(encoding="utf-8")
    _edit(source, "وأوزبكستان، بالإضافة", "وأوزبكستان. بالإضافة")
    run("extract")
    from dataclasses import replace

    catalog = read_catalog(po)
    confirmed = tuple(replace(entry, flags=(), previous_msgid=None, msgstr="Eleven heads of state came.")
                      if entry.msgid.startswith("وحضر القمة أحد عشر") else entry for entry in catalog.entries)
    po.write_text(generate_po(replace(catalog, entries=confirmed)), encoding="utf-8")
    source.write_text(original, encoding="utf-8")
    run("extract")
    entry = _entries(po)[old]
    assert entry.fuzzy and "Eleven heads of state came." in entry.msgstr and "Emir of Qatar" in entry.msgstr


def test_extract_twice_changes_no_byte(project, run, translated):
    source, _po, _ = translated
    _edit(source, "أحد عشر رئيس دولة", "اثنا عشر رئيس دولة")
    run("extract")
    files = sorted((project / "locales").rglob("*.po*"))
    snapshot = {path: path.read_bytes() for path in files}
    result = run("extract")
    assert "updated" not in result.output and "(written)" not in result.output
    assert {path: path.read_bytes() for path in files} == snapshot


def test_template_date_moves_only_when_content_changes(project, run, monkeypatch):
    pot = project / "locales" / f"{ARTICLE}.pot"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    run("extract")
    date = read_catalog(pot).header_value("POT-Creation-Date")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    run("extract")
    assert read_catalog(pot).header_value("POT-Creation-Date") == date
    _edit(project / "source" / f"{ARTICLE}.txt", "أحد عشر", "اثنا عشر")
    run("extract")
    assert read_catalog(pot).header_value("POT-Creation-Date") == "2027-01-15 08:00+0000"


def test_golden_merge():
    """before.po + template.pot -> expected.po (fuzzy, obsolete, revived, restored, comments)."""
    folder = DATA / "merge"
    template = read_catalog(folder / "template.pot")
    before = read_catalog(folder / "before.po")
    header = tuple((k, template.header_value(k) if k == "POT-Creation-Date" else v) for k, v in before.header)
    merged, report = merge_catalog(template, before, header)
    assert generate_po(merged) == (folder / "expected.po").read_text(encoding="utf-8")
    assert (report.kept, report.revived, report.restored, report.fuzzy, report.new, report.obsoleted) == \
        (2, 1, 1, 2, 1, 1)


def test_merge_keeps_translator_comments_and_poedit_header():
    """The header extract writes after a merge: Poedit's own fields and the translator's comment
    stay as written, the template's date replaces the old one, entries keep their comments."""
    from kztr.po.template import update_header

    folder = DATA / "merge"
    template, before = read_catalog(folder / "template.pot"), read_catalog(folder / "before.po")
    header = update_header(before.header, template, "en", "nplurals=2; plural=(n != 1);")
    merged, _ = merge_catalog(template, before, header)
    fields = dict(merged.header)
    assert template.header_value("POT-Creation-Date") != before.header_value("POT-Creation-Date")
    assert fields["POT-Creation-Date"] == template.header_value("POT-Creation-Date")
    for name in ("X-Generator", "Last-Translator", "PO-Revision-Date", "Language-Team", "Plural-Forms"):
        assert fields[name] == before.header_value(name), name
    assert [name for name, _ in merged.header] == [name for name, _ in before.header]  # order kept, nothing added
    assert merged.header_comments == before.header_comments == ("English translation of source/news.txt.",)
    kept = {entry.msgid: entry.translator_comments for entry in before.entries if entry.translator_comments}
    assert kept and all(_by_msgid(merged)[msgid].translator_comments == comments for msgid, comments in kept.items()
                        if msgid in _by_msgid(merged))


def _by_msgid(catalog: Catalog) -> dict:
    return {entry.msgid: entry for entry in catalog.entries}


def test_a_number_the_source_repeats_is_not_updated_where_the_translation_says_it_once():
    """«2022» twice in the Arabic, once in the English ("that year"): which one changed is unknowable,
    so the translation is left for the translator rather than guessed."""
    from kztr.text.numbers import renumber

    old = "انعقدت القمة في عام 2022، وفي العام نفسه 2022 استضافت أستانا المؤتمر."
    new = "انعقدت القمة في عام 2023، وفي العام نفسه 2022 استضافت أستانا المؤتمر."
    assert renumber(old, new, "The summit met in 2022, and that same year Astana hosted the congress.") == \
        ("The summit met in 2022, and that same year Astana hosted the congress.", False)
    assert update_numbers(old, new, "The summit met in 2022, and that same year Astana hosted the congress.") == \
        "The summit met in 2022, and that same year Astana hosted the congress."


def test_equal_scores_go_to_the_nearest_old_unit():
    """Two edited sentences in one gap, each as close to both old ones (one letter apart): each takes
    the old sentence that stood in its own place, never the crossed pair."""
    base = "ارتفعت أسعار الذهب إلى مستوى قياسي جديد وسط مخاوف المستثمرين من التضخم."
    first_old, second_old, first_new, second_new = (base.replace("جديد", word)
                                                    for word in ("جريد", "بريد", "فريد", "عريد"))
    from rapidfuzz import fuzz

    assert len({fuzz.ratio(new, old) for new in (first_new, second_new) for old in (first_old, second_old)}) == 1
    translations = {first_old: "First.", second_old: "Second.",
                    **{text: f"English {n}." for n, text in enumerate(SENTENCES)}}
    live, _, _ = _merge([*SENTENCES[:3], first_old, second_old, *SENTENCES[3:]],
                        [*SENTENCES[:3], first_new, second_new, *SENTENCES[3:]], translations)
    assert (live[first_new].msgstr, live[second_new].msgstr) == ("First.", "Second.")


@pytest.mark.parametrize("old, new, translation, expected", [
    ("في 14 أكتوبر", "في 15 أكتوبر", "on 14 October", "on 15 October"),
    ("نحو 10000 شخص", "نحو 12000 شخص", "about 10,000 people", "about 12,000 people"),
    ("عام ٢٠٢١ و2022", "عام ٢٠٢٣ و2024", "in 2021 and 2022", "in 2023 and 2024"),
    ("بنسبة 3.5 في المئة", "بنسبة 4.2 في المئة", "by 3.5 percent", "by 4.2 percent"),
    ("بلغ الإنتاج 1500.5 طن", "بلغ الإنتاج 1600.5 طن", "output reached 1,500.5 tonnes",
     "output reached 1,600.5 tonnes"),  # the translation's grouping kept with a decimal part too
    ("في 14 أكتوبر", "في 14 نوفمبر", "on 14 October", None),
])
def test_update_numbers(old, new, translation, expected):
    assert update_numbers(old, new, translation) == expected


# ---------------------------------------------------------------- merge by document order

SENTENCES = [
    "افتتح رئيس الوزراء مستشفى جديداً للأطفال في الضاحية الشمالية للعاصمة.",
    "قالت مصادر دبلوماسية إن المحادثات بين الجانبين ستستأنف الأسبوع المقبل في جنيف.",
    "ارتفعت أسعار الذهب إلى مستوى قياسي جديد وسط مخاوف المستثمرين.",
    "فاز المنتخب الوطني لكرة اليد على نظيره التونسي في نهائي البطولة العربية.",
    "حذرت هيئة الأرصاد الجوية من موجة حر شديدة تضرب المناطق الجنوبية.",
    "أكد وزير التعليم أن العام الدراسي سيبدأ في موعده رغم أعمال الصيانة.",
    "وقعت الحكومة اتفاقية مع شركة يابانية لبناء محطة لتحلية مياه البحر.",
    "تراجعت نسبة البطالة بين الشباب إلى أدنى مستوى لها منذ عشر سنوات.",
]


def _merge(old_units: list[str], new_units: list[str], translations: dict[str, str] | None = None):
    from kztr.model import Entry

    translations = translations or {text: f"English {number}." for number, text in enumerate(old_units)}
    old = Catalog(entries=tuple(Entry(msgid=text, msgstr=translations.get(text, "")) for text in old_units))
    template = Catalog(entries=tuple(Entry(msgid=text) for text in new_units))
    merged, report = merge_catalog(template, old, ())
    return {entry.msgid: entry for entry in merged.entries if not entry.obsolete}, merged, report


def test_new_sentence_in_place_of_a_deleted_unrelated_one_stays_empty():
    new = [*SENTENCES[:3], "انطلقت أعمال القمة الاقتصادية بمشاركة وزراء المالية من عشرين دولة.", *SENTENCES[4:]]
    live, merged, report = _merge(SENTENCES, new)
    assert live[new[3]].msgstr == "" and report.new == 1 and report.obsoleted == 1
    assert [entry.msgstr for entry in merged.entries if entry.obsolete] == ["English 3."]


def test_two_edits_between_the_same_anchors_each_keep_their_own_translation():
    new = list(SENTENCES)
    new[3] = new[3].replace("لكرة اليد", "لكرة السلة")
    new[4] = new[4].replace("موجة حر شديدة", "موجة حر قوية")
    live, _, report = _merge(SENTENCES, new)
    assert (live[new[3]].msgstr, live[new[4]].msgstr) == ("English 3.", "English 4.")
    assert live[new[3]].previous_msgid == SENTENCES[3] and live[new[4]].previous_msgid == SENTENCES[4]
    assert report.fuzzy == 2


def test_one_old_translation_feeds_one_unit():
    """A unit edited, and a near copy of it inserted too: one takes the translation, the other is new."""
    edited = SENTENCES[2].replace("قياسي جديد", "قياسي غير مسبوق")
    copy = SENTENCES[2].replace("قياسي جديد", "قياسي آخر")
    new = [*SENTENCES[:2], edited, copy, *SENTENCES[3:]]
    live, _, _ = _merge(SENTENCES, new)
    assert sorted([live[edited].msgstr, live[copy].msgstr]) == ["", "English 2."]


def test_a_near_copy_of_an_unchanged_unit_gets_nothing():
    copy = SENTENCES[5].replace("في موعده", "في موعده المحدد")
    live, _, report = _merge(SENTENCES, [*SENTENCES, copy])
    assert live[copy].msgstr == "" and report.new == 1 and live[SENTENCES[5]].msgstr == "English 5."


def test_moved_and_lightly_edited_sentence_is_found_across_the_document():
    moved = SENTENCES[1].replace("الأسبوع المقبل", "الشهر المقبل")
    new = [SENTENCES[0], *SENTENCES[2:], moved]
    live, _, _ = _merge(SENTENCES, new)
    assert live[moved].msgstr == "English 1." and live[moved].fuzzy


def test_moved_and_rewritten_sentence_is_not_guessed_across_the_document():
    """In place it would be paired generously; far away only a close match counts."""
    rewritten = "قالت مصادر مطلعة إن المحادثات بين الطرفين ستعقد الشهر المقبل في فيينا."
    from rapidfuzz import fuzz

    assert 60 < fuzz.ratio(rewritten, SENTENCES[1]) < 80
    live, _, _ = _merge(SENTENCES, [SENTENCES[0], rewritten, *SENTENCES[2:]])
    assert live[rewritten].msgstr == "English 1." and live[rewritten].fuzzy  # in its place: the same unit
    live, _, _ = _merge(SENTENCES, [SENTENCES[0], *SENTENCES[2:], rewritten])
    assert live[rewritten].msgstr == ""  # at the other end of the document: not a guess


def test_number_only_edit_far_away_still_updates_the_numbers():
    old = [*SENTENCES, "سجلت الصادرات نمواً بنسبة 15 في المئة خلال عام 2022."]
    translations = {text: f"English {number}." for number, text in enumerate(SENTENCES)}
    translations[old[-1]] = "Exports grew by 15 percent in 2022."
    moved = "سجلت الصادرات نمواً بنسبة 17 في المئة خلال عام 2022."
    live, _, _ = _merge(old, [moved, *SENTENCES], translations)
    assert live[moved].msgstr == "Exports grew by 17 percent in 2022." and live[moved].fuzzy


def test_merge_is_the_same_whatever_the_hash_seed():
    """Candidates come from an index of word pairs (sets): their order must not leak into the result."""
    import subprocess
    import sys

    code = f"""
import random
from kztr.reuse.merge import merge_catalog
from kztr.model import Catalog, Entry
from kztr.po.pofile import generate_po
sentences = {SENTENCES!r}
rng = random.Random(5)
sources = [sentence.rstrip(".").split() for sentence in sentences]
def glued():
    pieces = []
    for _ in range(3):
        words = rng.choice(sources)
        start = rng.randrange(len(words) - 3)
        pieces += words[start:start + rng.randint(3, 6)]
    return " ".join(pieces) + "."
olds = list(dict.fromkeys(glued() for _ in range(1500)))
news = list(dict.fromkeys(glued() for _ in range(1500)))
old = Catalog(entries=tuple(Entry(msgid=t, msgstr=f"T{{n}}") for n, t in enumerate(olds)))
template = Catalog(entries=tuple(Entry(msgid=t) for t in dict.fromkeys(news)))
print(generate_po(merge_catalog(template, old, ())[0]))
"""
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3", "4")}
    assert len(outputs) == 1


def test_paragraph_moved_and_edited_keeps_its_translations():
    """The moved paragraph's unchanged sentences bracket the edited one, as anchors do in place."""
    rewritten = "تغلب المنتخب الوطني لكرة اليد على المنتخب التونسي في المباراة النهائية للبطولة."
    from rapidfuzz import fuzz

    assert 60 < fuzz.ratio(rewritten, SENTENCES[3]) < 80
    new = SENTENCES[:2] + SENTENCES[4:] + [SENTENCES[2], rewritten]
    live, _, _ = _merge(SENTENCES, new)
    assert live[rewritten].msgstr == "English 3." and live[rewritten].fuzzy
    alone = [*SENTENCES[:3], *SENTENCES[4:], rewritten]  # moved alone: no context
    live, _, _ = _merge(SENTENCES, alone)
    assert live[rewritten].msgstr == ""


# ---------------------------------------------------------------- what other tools wrote survives a merge (issue 9)


def test_a_merge_keeps_the_header_as_written_and_a_half_translated_plural():
    """The header's own spacing, a line without a colon and its #. / #: comments stay (msgcat keeps
    them); a removed plural entry with only one form translated becomes obsolete, never dropped."""
    from kztr.po.catalog import parse_catalog

    old = parse_catalog('''#. a note on the header
#: po/header.c:1
msgid ""
msgstr ""
"Project-Id-Version: خبر\\n"
"Language: ar\\n"
"X-Foo:bar\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;\\n"

msgid "وصل وفد واحد."
msgstr "One delegation arrived."

msgid "%d delegation"
msgid_plural "%d delegations"
msgstr[0] "%d делегация"
msgstr[1] ""
msgstr[2] ""
'''.encode(), "old.po")
    template = parse_catalog('msgid ""\nmsgstr ""\n\nmsgid "وصل وفد واحد."\nmsgstr ""\n'.encode(), "t.pot")
    merged, report = merge_catalog(template, old, old.header)
    text = generate_po(merged)
    assert text.startswith('#. a note on the header\n#: po/header.c:1\nmsgid ""\n')
    assert '"X-Foo:bar\\n"' in text
    assert '#~ msgid "%d delegation"\n#~ msgid_plural "%d delegations"\n#~ msgstr[0] "%d делегация"' in text
    assert report.obsoleted == 1 and report.dropped_empty == 0


def test_a_number_written_with_dots_in_the_arabic_is_updated_by_value():
    """Issue 11: 25.000 → 30.000 in the source, "25,000" in the English: the value is what changed."""
    from kztr.model import Entry

    old = Catalog(entries=(Entry("حضر القداس 25.000 شخص في أستانا.", "25,000 people attended the mass in Astana."),))
    template = Catalog(entries=(Entry("حضر القداس 30.000 شخص في أستانا."),))
    merged, _ = merge_catalog(template, old, ())
    assert merged.entries[0].msgstr == "30,000 people attended the mass in Astana."
    assert merged.entries[0].fuzzy


# ---------------------------------------------------------------- what mutation testing found (issue 23)
# Each test kills mutants of kztr.reuse.merge that the tests above let survive (benchmarks/RESULTS.md).

SHIPPED = Path(__file__).resolve().parents[1] / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
ROOT_NEWS = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "arabic-news-sentences.txt"


def _shipped(start: str):
    """The shipped English catalog's entry whose msgid starts with ``start``."""
    return next(entry for entry in read_catalog(SHIPPED).entries if entry.msgid.startswith(start))


def test_a_revert_the_numbers_cannot_follow_stays_fuzzy():
    """The English says the number in words: after 20 -> 21 and back, kztr cannot be sure the
    translation is right again, so the unit stays fuzzy, with its translation, for the translator."""
    from dataclasses import replace

    from kztr.model import Entry

    original = _shipped("وترأس توكاييف المائدة المستديرة")
    edited = original.msgid.replace("في 20 سبتمبر", "في 21 سبتمبر")
    words = "Tokayev chaired the Kazakh–American Investment Round Table in New York on the twentieth of September."
    fuzzy = replace(original, msgid=edited, msgstr=words, flags=("fuzzy",), previous_msgid=original.msgid)
    # a unit after it whose revert the numbers follow is restored as usual
    later = _shipped("كما تحدث الرئيس توكاييف والبابا فرانسيس")
    later_fuzzy = replace(later, msgid=later.msgid.replace("13", "14"), msgstr=later.msgstr.replace("13", "14"),
                          flags=("fuzzy",), previous_msgid=later.msgid)
    merged, report = merge_catalog(Catalog(entries=(Entry(original.msgid), Entry(later.msgid))),
                                   Catalog(entries=(fuzzy, later_fuzzy)), ())
    entry, restored = merged.entries
    assert report.restored == 1 and entry.msgid == original.msgid
    assert entry.fuzzy and entry.msgstr == words and entry.previous_msgid == original.msgid
    assert restored.translated and restored.msgstr == later.msgstr


def test_a_plural_with_a_context_is_restored_with_its_other_flags_and_no_previous_lines():
    """A catalog from another tool: a plural entry, with a context and a c-format flag, edited then
    reverted. The revert clears fuzzy and every ``#|`` line (msgctxt, msgid, msgid_plural), keeps the rest."""
    from kztr.po.catalog import parse_catalog

    old = parse_catalog('''#, fuzzy, c-format
#| msgctxt "القمة"
#| msgid "وصل %d وفد"
#| msgid_plural "وصل %d وفداً"
msgctxt "القمة"
msgid "حضر %d وفد"
msgid_plural "حضر %d وفداً"
msgstr[0] "%d delegation arrived"
msgstr[1] "%d delegations arrived"
'''.encode(), "old.po")
    template = parse_catalog('msgctxt "القمة"\nmsgid "وصل %d وفد"\nmsgid_plural "وصل %d وفداً"\n'
                             'msgstr[0] ""\nmsgstr[1] ""\n'.encode(), "t.pot")
    merged, report = merge_catalog(template, old, ())
    entry, = merged.entries
    assert report.restored == 1 and entry.flags == ("c-format",)
    assert (entry.previous_msgctxt, entry.previous_msgid, entry.previous_msgid_plural) == (None, None, None)
    assert entry.msgstr_plural == ((0, "%d delegation arrived"), (1, "%d delegations arrived"))
    assert "#|" not in generate_po(merged)


def test_an_edit_of_a_unit_still_fuzzy_keeps_the_text_its_translation_was_made_for():
    """Edited twice before the translator looked (a word changed, or a clause added to the whole
    sentence): ``#|`` stays the text the translation was made for. An entry the translator confirmed
    (fuzzy cleared, an old ``#|`` left behind) starts afresh."""
    from kztr.model import Entry

    first, second, third = SENTENCES[3], SENTENCES[4], SENTENCES[5]
    first_edit, first_again = first.replace("لكرة اليد", "لكرة السلة"), first.replace("لكرة اليد", "لكرة القدم")
    second_edit = second.replace("موجة حر شديدة", "موجة حر قوية")
    third_edit = third.replace("في موعده", "في موعده المحدد")
    third_grown = third_edit[:-1] + " وفق ما أعلنت الوزارة."
    old = Catalog(entries=(
        Entry(first_edit, "English 3.", flags=("fuzzy",), previous_msgid=first),
        Entry(second, "English 4.", previous_msgid="نص قديم لم يعد في المصدر."),  # confirmed
        Entry(third_edit, "English 5.", flags=("fuzzy",), previous_msgid=third),
    ))
    template = Catalog(entries=(Entry(first_again), Entry(second_edit), Entry(third_grown)))
    merged, _ = merge_catalog(template, old, ())
    entries = {entry.msgid: entry for entry in merged.entries}
    assert entries[first_again].flags == ("fuzzy",) and entries[first_again].previous_msgid == first  # once
    assert entries[second_edit].fuzzy and entries[second_edit].previous_msgid == second
    assert entries[third_grown].msgstr == "English 5." and entries[third_grown].previous_msgid == third


def test_a_short_heading_moved_with_its_year_changed_is_found_by_its_numbers():
    """A heading of two words and a year scores below the strict cutoff when the year changes
    (one character in nine); numbers alone changed, it is the same unit wherever it went."""
    from kztr.reuse.merge import STRICT_CUTOFF
    from rapidfuzz import fuzz

    heading, moved = "حصاد 2022", "حصاد 2023"
    assert fuzz.ratio(heading, moved) < STRICT_CUTOFF
    translations = {heading: "2022 in review", **{text: f"English {n}." for n, text in enumerate(SENTENCES)}}
    live, _, _ = _merge([heading, *SENTENCES], [*SENTENCES, moved], translations)
    assert live[moved].msgstr == "2023 in review" and live[moved].fuzzy and live[moved].previous_msgid == heading


def test_a_sentence_added_after_a_shortened_one_is_not_its_other_half():
    """The end of a sentence cut off and a new sentence written after it: together they still read
    much like the old sentence (ratio above NEAR_SPLIT), but the new one is no piece of it (far
    below NEAR_CONTAINED): the shortened sentence keeps the translation, the new one gets no note."""
    from kztr.model import Entry
    from kztr.reuse.merge import NEAR_CONTAINED, NEAR_SPLIT
    from rapidfuzz import fuzz

    old = _shipped("وحضر القمة أحد عشر رئيس دولة")
    shortened = old.msgid[:old.msgid.index("، تعتبر")] + "."
    added = "وقد غطت وسائل الإعلام الدولية القمة على نطاق واسع."
    assert fuzz.ratio(f"{shortened} {added}", old.msgid) >= NEAR_SPLIT
    assert fuzz.partial_ratio(added, old.msgid) < NEAR_CONTAINED
    units = [entry for entry in read_catalog(SHIPPED).entries if not entry.obsolete]
    at = units.index(old)
    template = Catalog(entries=(*(Entry(entry.msgid) for entry in units[:at]), Entry(shortened), Entry(added),
                                *(Entry(entry.msgid) for entry in units[at + 1:])))
    merged, _ = merge_catalog(template, read_catalog(SHIPPED), ())
    entries = {entry.msgid: entry for entry in merged.entries if not entry.obsolete}
    assert entries[shortened].fuzzy and entries[shortened].msgstr == old.msgstr
    assert entries[added].msgstr == "" and entries[added].translator_comments == ()


def test_many_edits_between_the_same_anchors_each_find_their_own_translation():
    """Between two unchanged sentences: two sentences joined in the other order, one of them also
    kept as an edited copy, a sentence cut to its first clause, two sentences each split in two,
    one deleted. Each edit is found, in one pass, and no translation feeds two units."""
    s = SENTENCES
    joined = s[2][:-1] + "، " + s[1]  # the second sentence first
    copy = s[1].replace("الأسبوع المقبل", "الشهر المقبل")
    cut = "فاز المنتخب الوطني لكرة اليد."
    halves = ["حذرت هيئة الأرصاد الجوية من موجة حر شديدة.", "تضرب المناطق الجنوبية.",
              "وقعت الحكومة اتفاقية مع شركة يابانية.", "لبناء محطة لتحلية مياه البحر."]
    assert all(half[:-1] in s[4] for half in halves[:2]) and all(half[:-1] in s[6] for half in halves[2:])
    translations = {text: f"English {n}." for n, text in enumerate(s)}
    translations[s[4]] = "The weather service warned of a severe heatwave. It is hitting the southern regions."
    translations[s[6]] = ("The government signed an agreement with a Japanese company. "
                          "It will build a desalination plant.")
    live, merged, report = _merge(s, [s[0], joined, copy, cut, *halves, s[7]], translations)
    assert live[joined].msgstr == "English 2. English 1." and live[joined].fuzzy
    assert live[copy].msgstr == ""  # its sentence went into the join
    assert live[cut].msgstr == "English 3." and live[cut].previous_msgid == s[3]
    assert [live[half].msgstr for half in halves] == [
        "The weather service warned of a severe heatwave.", "It is hitting the southern regions.",
        "The government signed an agreement with a Japanese company.", "It will build a desalination plant."]
    assert [entry.msgstr for entry in merged.entries if entry.obsolete] == ["English 5."]
    assert (report.kept, report.fuzzy, report.new, report.obsoleted) == (2, 6, 1, 1)


def test_an_edited_unit_keeps_the_translators_note():
    """The shipped English explains its rendering of a fragment; a word of the Arabic edited, the
    translation goes fuzzy and the note stays with it."""
    from kztr.model import Entry

    old = _shipped("مع التركيز على توسيع سلاسل التوريد")
    edited = old.msgid.replace("والأمن الغذائي", "والأمن المائي")
    merged, _ = merge_catalog(Catalog(entries=(Entry(edited),)), Catalog(entries=(old,)), ())
    entry, = merged.entries
    assert old.translator_comments and entry.translator_comments == old.translator_comments
    assert entry.fuzzy and entry.msgstr == old.msgstr and entry.previous_msgid == old.msgid


def test_a_catalog_copied_from_a_template_loses_the_templates_fuzzy_header():
    """xgettext marks a template's header fuzzy; a catalog begun as a copy of it keeps the mark until
    a merge, which drops it (the header is the translator's now), and nothing else of the header."""
    from kztr.po.catalog import parse_catalog

    old = parse_catalog('''# Russian translation of the article.
#, fuzzy
msgid ""
msgstr ""
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "وصل وفد واحد."
msgstr "Прибыла одна делегация."
'''.encode(), "ru.po")
    assert old.header_flags == ("fuzzy",)
    template = parse_catalog('msgid ""\nmsgstr ""\n\nmsgid "وصل وفد واحد."\nmsgstr ""\n'.encode(), "t.pot")
    merged, _ = merge_catalog(template, old, old.header)
    assert merged.header_flags == () and merged.header_comments == ("Russian translation of the article.",)
    assert "#, fuzzy" not in generate_po(merged)


def test_a_removed_untranslated_unit_is_counted_but_not_listed_as_a_change():
    """gettext drops a removed unit nobody translated: the report counts it, ``extract -v`` does
    not list it among the changes (only what happened to a translation is listed)."""
    translations = {text: f"English {n}." for n, text in enumerate(SENTENCES) if n != 3}
    _, merged, report = _merge(SENTENCES, SENTENCES[:3] + SENTENCES[4:], translations)
    assert report.dropped_empty == 1 and report.changes == ()
    assert SENTENCES[3] not in {entry.msgid for entry in merged.entries}


def test_a_kept_unit_takes_the_templates_new_note():
    """A heading renamed: the paragraphs after it keep their text and translation, and their ``#.``
    note names the new section (the template's), not the old one."""
    from dataclasses import replace

    from kztr.model import Entry

    old = _shipped("وحضر القمة أحد عشر رئيس دولة")
    note = old.extracted_comments[0]
    assert " — section: " in note
    renamed = (note.split(" — section: ")[0] + " — section: القمة السادسة لـ CICA", *old.extracted_comments[1:])
    merged, report = merge_catalog(Catalog(entries=(replace(Entry(old.msgid), extracted_comments=renamed,
                                                            references=old.references),)),
                                   Catalog(entries=(old,)), ())
    entry, = merged.entries
    assert report.kept == 1 and entry.extracted_comments == renamed and entry.msgstr == old.msgstr


def test_the_first_sentence_rewritten_in_place_keeps_its_translation():
    """Before the first anchor is a gap too: the document's first sentence reworded (below the strict
    cutoff) is still paired in its place."""
    from kztr.reuse.merge import STRICT_CUTOFF
    from rapidfuzz import fuzz

    rewritten = "افتتح رئيس الحكومة أمس مستشفى حديثاً للأطفال في الضواحي الشمالية للعاصمة."
    assert fuzz.ratio(rewritten, SENTENCES[0]) < STRICT_CUTOFF
    live, _, _ = _merge(SENTENCES, [rewritten, *SENTENCES[1:]])
    assert live[rewritten].msgstr == "English 0." and live[rewritten].previous_msgid == SENTENCES[0]


def test_a_sentence_reworded_and_moved_up_or_cut_and_moved_down_is_not_guessed():
    """Far from where it stood only a close match counts, whichever way it moved: a reworded
    sentence moved to the top (an unrelated sentence in its old place), a sentence cut to its first
    clause moved to the end."""
    rewritten = "وقعت الحكومة أمس اتفاقاً مع شركة من اليابان لإنشاء محطة تحلية لمياه البحر."
    unrelated = "انطلقت أعمال القمة الاقتصادية بمشاركة وزراء المالية من عشرين دولة."
    live, _, _ = _merge(SENTENCES, [rewritten, *SENTENCES[:6], unrelated, *SENTENCES[7:]])
    assert live[rewritten].msgstr == "" and live[unrelated].msgstr == ""
    cut = "قالت مصادر دبلوماسية إن المحادثات بين الجانبين ستستأنف."
    live, _, _ = _merge(SENTENCES, [SENTENCES[0], *SENTENCES[2:], cut])
    assert live[cut].msgstr == ""


def test_a_long_document_edited_throughout_finds_every_translation_through_the_index():
    """More old units than the brute-force limit: candidates come from the index of word pairs
    (kztr.reuse.pairing.Candidates). 120 real news sentences, each with a word added and the
    whole order reversed, all find their own translation; 20 sentences never seen find none, nor
    does a sentence reworded (a long stretch of changes is paired strictly)."""
    from kztr.reuse.pairing import BRUTE_FORCE

    news = ROOT_NEWS.read_text(encoding="utf-8").split("\n")
    sentences = [line for line in news if line.endswith(".") and len(line) > 60][:140]
    olds, unseen = sentences[:120], sentences[120:]
    assert len(olds) > BRUTE_FORCE and len(unseen) == 20
    edited = {text: text[:-1] + " أيضاً." for text in olds}
    translations = {text: f"Translation {n}." for n, text in enumerate(olds)}
    # and one sentence reworded (between the cutoffs): in a stretch this long, no evidence of a pair
    reworded = "تغلب المنتخب الوطني لكرة اليد على المنتخب التونسي في المباراة النهائية للبطولة."
    translations[SENTENCES[3]] = "The national handball team beat Tunisia in the Arab championship final."
    live, _, report = _merge([*olds, SENTENCES[3]], [edited[text] for text in reversed(olds)] + unseen + [reworded],
                             translations)
    assert all(live[edited[text]].msgstr == translations[text] for text in olds)
    assert all(live[text].msgstr == "" for text in [*unseen, reworded]) and report.new == 21



@pytest.mark.parametrize("spacing", ["  ", "\n"])
def test_a_translation_not_written_one_space_between_sentences_is_not_cut(spacing):
    """Cut into pieces, a translation with two spaces (or a line break) after a full stop would lose
    them: the split's first half takes it whole and the second a note, as when the sentences do not fit."""
    from kztr.model import Entry

    old = _shipped("وحضر القمة أحد عشر رئيس دولة")
    first = old.msgid[:old.msgid.index("، بالإضافة")] + "."
    second = old.msgid[old.msgid.index("بالإضافة"):]
    translation = (f"Eleven heads of state attended the summit.{spacing}"
                   "With the Emir of Qatar, some 50 delegations came.")
    merged, _ = merge_catalog(Catalog(entries=(Entry(first), Entry(second))),
                              Catalog(entries=(Entry(old.msgid, translation),)), ())
    halves = {entry.msgid: entry for entry in merged.entries}
    assert halves[first].msgstr == translation and halves[second].msgstr == ""
    assert halves[second].translator_comments == (f"split from a unit translated as: {' '.join(translation.split())}",)


def test_the_closest_edit_wins_an_old_translation_wherever_it_stands():
    """Two units near one old sentence: the closer takes it, though the other stands nearer its
    place; the losing pair does not stop the pairing of a third unit reworded in the same gap."""
    from rapidfuzz import fuzz

    edited = SENTENCES[2].replace("قياسي جديد", "قياسي غير مسبوق")
    copy = SENTENCES[2].replace("أسعار الذهب", "أسعار الفضة").replace("قياسي جديد", "قياسي آخر")
    reworded = "تغلب المنتخب الوطني لكرة اليد على المنتخب التونسي في المباراة النهائية للبطولة."
    assert fuzz.ratio(copy, SENTENCES[2]) < fuzz.ratio(edited, SENTENCES[2])
    live, _, _ = _merge(SENTENCES, [*SENTENCES[:2], copy, edited, reworded, *SENTENCES[4:]])
    assert (live[edited].msgstr, live[copy].msgstr, live[reworded].msgstr) == ("English 2.", "", "English 3.")


# ------------------------------------------------ numbers only: the merge's number updater (kztr.text.numbers)

def _shipped_pair(fragment: str, language: str = "en") -> tuple[str, str]:
    """The one unit of the shipped article whose source holds ``fragment``, with its translation."""
    from conftest import ROOT

    catalog = read_catalog(ROOT / "locales" / language / "LC_MESSAGES" / f"{ARTICLE}.po")
    found = [(entry.msgid, entry.msgstr) for entry in catalog.entries if fragment in entry.msgid]
    assert len(found) == 1, fragment
    return found[0]


_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("fragment, source_edits, translation_edits", [
    ("مددت كازاخستان رئاستها في CICA", [("2022", "2023")], [("2022", "2023")]),
    ("ومع أكثر من 100 وفد", [("100", "120"), ("50", "60")], [("100", "120"), ("50", "60")]),
    ("قرابة 10000 شخص", [("10000", "12000")], [("10,000", "12,000")]),  # written with the English comma
    ("لـ 2022-2024", [("2022-2024", "2023-2025")], [("2022–2024", "2023–2025")]),  # the English en dash kept
    ("ذروتها في 14 أكتوبر", [("14", "15")], [("14 October", "15 October")]),
    ("في استقبال عام 2022", [("2022", "2023")], [("2022", "2023")]),
])
def test_a_numbers_only_edit_of_the_article_updates_its_english(fragment, source_edits, translation_edits):
    source, translation = _shipped_pair(fragment)
    edited, expected = source, translation
    for old, new in source_edits:
        edited = edited.replace(old, new)
    for old, new in translation_edits:
        expected = expected.replace(old, new)
    assert expected != translation
    assert renumber(source, edited, translation) == (expected, True)
    # the same edit with the source written in Eastern Arabic digits: the English keeps its own digits
    assert renumber(source.translate(_EASTERN), edited.translate(_EASTERN), translation) == (expected, True)


def test_numbers_grouped_the_arabic_or_the_european_way_are_updated_as_the_english_groups_them():
    source, translation = _shipped_pair("قرابة 10000 شخص")
    expected = translation.replace("10,000", "12,000")
    # a dot, the Arabic thousands separator, and the Arabic decimal mark that Arabic news also write for
    # thousands: read as grouping because the English has 10,000 (a 10.000 it lacked would be left alone)
    for old, new in (("10.000", "12.000"), ("١٠٬٠٠٠", "١٢٬٠٠٠"), ("١٠٫٠٠٠", "١٢٫٠٠٠")):
        grouped = source.replace("10000", old)
        assert renumber(grouped, source.replace("10000", new), translation) == (expected, True)
    assert renumber(source.replace("10000", "10.500"), source.replace("10000", "12.500"), translation) == (
        translation, False)
    # a translation that keeps the dots (as German or Turkish news write thousands) keeps them
    dotted = translation.replace("10,000", "10.000")
    assert renumber(source.replace("10000", "10.000"), source.replace("10000", "12.000"), dotted) == (
        dotted.replace("10.000", "12.000"), True)


def test_numbers_swapped_in_one_edit_are_swapped_not_chained():
    source, translation = _shipped_pair("ومع أكثر من 100 وفد")
    edited = source.replace("100", "#").replace("50", "100").replace("#", "50")
    assert renumber(source, edited, translation)[0] == translation.replace("more than 100 delegations from over 50",
                                                                           "more than 50 delegations from over 100")


def test_numbers_not_updated_where_the_edit_is_more_than_numbers_or_the_translation_says_them_otherwise():
    source, translation = _shipped_pair("مددت كازاخستان رئاستها في CICA")
    assert renumber(source, source.replace("2022", "2023").replace("السادسة", "السابعة"), translation) is None
    assert renumber(source, source.replace("2022", "2022 و2023"), translation) is None  # one number more
    in_words = translation.replace("In 2022", "This year")
    assert renumber(source, source.replace("2022", "2023"), in_words) == (in_words, False)
    assert update_numbers(source, source.replace("2022", "2023"), in_words) == in_words
    # a number the source repeats is ambiguous: neither place is guessed
    twice = source.replace("في أكتوبر", "في أكتوبر 2022")
    assert renumber(twice, twice.replace("2022", "2023", 1), translation) == (translation, False)
