"""The shipped translations: complete English, a started Russian, both clean for gettext and kztr."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ARTICLE, ROOT, msgcat_no_wrap, msgfmt_check

from kztr.catalog import read_catalog

LOCALES = ROOT / "locales"
TEMPLATE = LOCALES / f"{ARTICLE}.pot"
EN = LOCALES / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
RU = LOCALES / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po"

ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
# Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits as Western digits.
WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# A thousands separator (Latin comma, Arabic U+066C) between digits: 10,000 -> 10000.
THOUSANDS = re.compile(r"(?<=\d)[,\u066c](?=\d)")


def numbers(text: str) -> list[str]:
    """Every run of digits, with Western digits and no thousands separators."""
    return re.findall(r"\d+", THOUSANDS.sub("", text.translate(WESTERN_DIGITS)))


def live(path: Path):
    return read_catalog(path).live


def kind(entry) -> str:
    """The block kind from the ``#.`` comment: ``heading``, ``title``, ``paragraph — section: …``."""
    return entry.extracted_comments[0].split(" — ")[0] if entry.extracted_comments else ""


def test_numbers_helper():
    assert numbers("حضر قرابة 10000 شخص") == ["10000"]
    assert numbers("nearly 10,000 people in 2022–2024") == ["10000", "2022", "2024"]
    assert numbers("عام ٢٠٢٢، وعام 2021") == ["2022", "2021"]


# ---------------------------------------------------------------- English


def test_english_is_complete_and_not_fuzzy():
    entries = live(EN)
    assert len(entries) == 45
    assert [e.msgid for e in entries if not e.translated] == []
    assert [e.msgid for e in entries if e.fuzzy] == []


def test_english_follows_the_template():
    assert [e.msgid for e in live(EN)] == [e.msgid for e in live(TEMPLATE)]


@pytest.mark.parametrize("path", [EN, RU], ids=["en", "ru"])
def test_no_arabic_letter_in_any_translation(path):
    leaks = [(e.msgid, e.msgstr) for e in live(path) if ARABIC_LETTER.search(e.msgstr)]
    assert leaks == []


def test_english_keeps_every_number():
    missing = []
    for entry in live(EN):
        have = set(numbers(entry.msgstr))
        lost = [n for n in numbers(entry.msgid) if n not in have]
        if lost:
            missing.append((lost, entry.msgstr))
    assert missing == []


def test_english_kicker_title_and_byline():
    by_kind = {kind(e): e.msgstr for e in live(EN)}
    assert by_kind["kicker"] == "Diplomacy"
    assert "2022" in by_kind["title"]
    assert by_kind["byline"] == "Assel Satubaldina, Senior Editor, The Astana Times"


def test_english_header():
    catalog = read_catalog(EN)
    assert catalog.header_value("Language") == "en"
    assert catalog.header_value("Language-Team") == "English"
    assert catalog.header_value("Last-Translator") == "kztr translators <translators@kztr.invalid>"


# ---------------------------------------------------------------- Russian


def test_russian_has_title_and_every_heading():
    entries = live(RU)
    wanted = [e for e in entries if kind(e) in ("kicker", "title", "heading")]
    assert sum(kind(e) == "heading" for e in wanted) == 6
    assert [e.msgid for e in wanted if not e.translated] == []


def test_russian_is_partial_and_in_cyrillic():
    entries = live(RU)
    done = [e for e in entries if e.translated]
    assert any(not e.has_translation for e in entries), "the Russian catalog is meant to be partial"
    assert [e.msgid for e in entries if e.fuzzy] == []
    assert [e.msgstr for e in done if not CYRILLIC.search(e.msgstr)] == []


def test_russian_opening_section_is_translated():
    entries = live(RU)
    first_heading = next(i for i, e in enumerate(entries) if kind(e) == "heading")
    assert [e.msgid for e in entries[:first_heading] if not e.translated] == []
    assert read_catalog(RU).header_value("Last-Translator") == "kztr translators <translators@kztr.invalid>"


# ---------------------------------------------------------------- gettext and kztr


def test_english_passes_msgfmt_check():
    assert msgfmt_check(EN) == "45 translated messages."


def test_russian_passes_msgfmt_check():
    line = msgfmt_check(RU)
    match = re.fullmatch(r"(\d+) translated messages?, (\d+) untranslated messages?\.", line)
    assert match, line
    translated, untranslated = map(int, match.groups())
    assert translated >= 11 and untranslated > 0 and translated + untranslated == 45


@pytest.mark.parametrize("path", [EN, RU], ids=["en", "ru"])
def test_catalog_is_msgcat_no_wrap_stable(path):
    assert msgcat_no_wrap(path) == path.read_text(encoding="utf-8")


def test_extract_leaves_the_shipped_files_byte_identical(project, run):
    files = [
        project / "locales" / f"{ARTICLE}.pot",
        project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po",
        project / "locales" / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po",
    ]
    before = [f.read_bytes() for f in files]
    run("extract")
    assert [f.read_bytes() for f in files] == before
    run("extract")
    assert [f.read_bytes() for f in files] == before
