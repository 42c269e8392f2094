"""Glossaries: the agreed file format, Arabic-aware term matching, and the notes
``kztr extract`` writes into each language's catalog (Poedit's "Notes for translators")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ARTICLE, DATA, msgcat_no_wrap, msgfmt_check
from kztr.text.arabic import strip_marks, word_pattern
from kztr.po.catalog import read_catalog
from kztr.glossary import GlossaryError, Term, glossary_path, parse_glossary, read_glossary

CHECKS_DATA = DATA / "checks"
HEADER = "source\ttarget\tnote\tforbidden\n"


# ---------------------------------------------------------------- the format


def test_reads_the_agreed_tsv_format():
    glossary = read_glossary(CHECKS_DATA / "glossary-en.tsv", "en")
    assert [(term.source, term.target, term.forbidden) for term in glossary.terms[:2]] == [
        ("توكاييف", "Tokayev", ("Tokaev", "Tokaiev")), ("كازاخستان", "Kazakhstan", ())]
    assert glossary.terms[0].note == "the president" and glossary.terms[0].line == 3


def test_reads_the_csv_variant_with_quoted_commas():
    glossary = read_glossary(CHECKS_DATA / "glossary-ru.csv", "ru")
    cica = next(term for term in glossary.terms if term.source == "CICA")
    assert cica.target == "СВМДА" and cica.note == "Совещание по взаимодействию и мерам доверия в Азии, СВМДА"
    assert cica.forbidden == ("СВДМА",)


def test_tsv_is_preferred_to_csv(tmp_path):
    (tmp_path / "en.csv").write_text("source,target,note,forbidden\n", encoding="utf-8")
    assert glossary_path(tmp_path, "en") == tmp_path / "en.csv"
    (tmp_path / "en.tsv").write_text(HEADER, encoding="utf-8")
    assert glossary_path(tmp_path, "en") == tmp_path / "en.tsv"
    assert glossary_path(tmp_path, "ru") is None


@pytest.mark.parametrize("text, line, message", [
    ("source\ttarget\n", 1, "the first line must be exactly"),
    ("Source\tTarget\tNote\tForbidden\n", 1, "the first line must be exactly"),
    (HEADER + "كازاخستان\t\n", 2, "a term needs a source and a target"),
    (HEADER + "# c\nكازاخستان\tKazakhstan\ta\tb\tc\n", 3, "5 columns"),
    (HEADER + "كازاخستان\tKazakhstan\nكازاخـستانُ\tKazakstan\n", 3, "already defined at line 2 as 'Kazakhstan'"),
])
def test_bad_glossaries_name_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "en.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError) as error:
        read_glossary(path, "en", "glossary/en.tsv")
    assert str(error.value).startswith(f"glossary/en.tsv:{line}: ") and message in str(error.value)


def test_not_utf8_is_refused(tmp_path):
    path = tmp_path / "en.tsv"
    path.write_bytes(HEADER.encode() + "كازاخستان\tKazakhstan\n".encode("cp1256"))
    with pytest.raises(GlossaryError, match="not UTF-8"):
        read_glossary(path, "en")


def test_one_term_written_two_ways_with_one_target_is_one_entry():
    glossary = parse_glossary(HEADER + "أستانا\tAstana\t\tNur-Sultan\nاستانا\tAstana\tthe capital\tAkmola\n", "en")
    assert [(term.source, term.note, term.forbidden, term.line) for term in glossary.terms] == [
        ("أستانا", "the capital", ("Nur-Sultan", "Akmola"), 2)]


def test_forbidden_variants_are_split_on_spaced_bars_only():
    glossary = parse_glossary(HEADER + "أستانا\tAstana\t\tNur-Sultan | Akmola|Tselinograd\n", "en")
    assert glossary.terms[0].forbidden == ("Nur-Sultan", "Akmola|Tselinograd")


# ---------------------------------------------------------------- matching


@pytest.mark.parametrize("text", [
    "كازاخستان", "وكازاخستان", "بكازاخستان", "لكازاخستان", "ككازاخستان", "فكازاخستان", "وبكازاخستان",
    "فلكازاخستان", "كازاخـــستان", "كَازَاخِسْتَانُ", "زار كازاخستان.", "(كازاخستان)", "«كازاخستان»",
])
def test_a_term_matches_with_prefixes_diacritics_and_tatweel(text):
    assert Term("كازاخستان", "Kazakhstan").occurs_in(text)


@pytest.mark.parametrize("text", ["الكازاخستانية", "كازاخستاني", "الكازاخستاني", "كازاخستانيون", "أوزبكستان"])
def test_a_term_does_not_match_inside_another_word(text):
    assert not Term("كازاخستان", "Kazakhstan").occurs_in(text)


@pytest.mark.parametrize("text", [
    "الدول المستقلة", "والدول المستقلة", "بالدول المستقلة", "للدول المستقلة", "وللدول المستقلة",
    "فالدول المستقلة", "كالدول المستقلة", "الدولِ المستقلةِ",
])
def test_a_term_with_the_article_matches_its_prefixed_forms(text):
    assert Term("الدول المستقلة", "independent states").occurs_in(text)


def test_later_words_of_a_term_take_no_prefix_and_alef_forms_are_one():
    term = Term("رابطة الدول المستقلة", "CIS")
    assert term.occurs_in("ولرابطة الدول المستقلة")
    assert not term.occurs_in("رابطة والدول المستقلة")
    assert Term("أستانا", "Astana").occurs_in("واستانا") and Term("استانا", "Astana").occurs_in("بأستانا")
    assert strip_marks("إِحْدَى") == "احدى"
    assert word_pattern("الامم").startswith("(?:")


def test_a_latin_term_matches_as_a_word():
    assert Term("CICA", "СВМДА").occurs_in("في CICA.") and not Term("CICA", "СВМДА").occurs_in("CICAS")


# ---------------------------------------------------------------- extract writes the notes


@pytest.fixture
def glossary_project(project: Path) -> Path:
    """The shipped project with the test glossary as its English one (its Russian one as shipped)."""
    (project / "glossary").mkdir(exist_ok=True)
    shutil.copyfile(CHECKS_DATA / "glossary-en.tsv", project / "glossary" / "en.tsv")
    return project


def test_extract_writes_each_languages_terms_into_the_notes(glossary_project, run):
    pot = glossary_project / "locales" / f"{ARTICLE}.pot"
    before_pot = pot.read_bytes()
    en = glossary_project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    ru = glossary_project / "locales" / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po"
    ru_before = ru.read_bytes()
    run("extract")
    assert pot.read_bytes() == before_pot  # the shared template carries no glossary
    assert ru.read_bytes() == ru_before  # the Russian glossary as shipped: nothing changes
    catalog = read_catalog(en)
    entry = next(entry for entry in catalog.entries if entry.msgid.startswith("كما تحدث الرئيس توكاييف"))
    assert "glossary: توكاييف = Tokayev (the president); not: Tokaev, Tokaiev" in entry.extracted_comments
    assert entry.extracted_comments[0].startswith("paragraph")
    assembly = next(entry for entry in catalog.entries if "للجمعية العامة للأمم المتحدة" in entry.msgid)
    notes = [note for note in assembly.extracted_comments if note.startswith("glossary:")]
    assert "glossary: الجمعية العامة للأمم المتحدة = UN General Assembly" in notes
    assert all("= UN\u0020(" not in note and not note.endswith("= UN") for note in notes)  # left to the longer term
    kazakh = [entry for entry in catalog.entries if "الكازاخستانية" in entry.msgid]
    assert kazakh and not any("كازاخستان = " in note for entry in kazakh for note in entry.extracted_comments
                              if "كازاخستان" not in entry.msgid.replace("الكازاخستانية", ""))
    # translations untouched, gettext agrees, msgcat --no-wrap stable, a second run changes nothing
    assert [entry.msgstr for entry in catalog.entries] == [entry.msgstr for entry in read_catalog(
        DATA.parent.parent / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po").entries]
    msgfmt_check(en)
    assert msgcat_no_wrap(en) == en.read_text(encoding="utf-8")
    written = en.read_bytes()
    run("extract")
    assert en.read_bytes() == written


def test_init_writes_the_notes_too(glossary_project, run):
    (glossary_project / "glossary" / "fr.csv").write_text("source,target,note,forbidden\nتوكاييف,Tokaïev,,\n",
                                                          encoding="utf-8")
    run("init", "--lang", "fr")
    catalog = read_catalog(glossary_project / "locales" / "fr" / "LC_MESSAGES" / f"{ARTICLE}.po")
    noted = [entry for entry in catalog.entries if "glossary: توكاييف = Tokaïev" in entry.extracted_comments]
    assert len(noted) == sum(1 for entry in catalog.entries if "توكاييف" in entry.msgid) > 3


def test_a_bad_glossary_stops_extract_before_anything_is_written(glossary_project, run):
    (glossary_project / "glossary" / "en.tsv").write_text("source\ttarget\n", encoding="utf-8")
    en = glossary_project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    before = en.read_bytes()
    result = run("extract", expect=1)
    assert "glossary/en.tsv:1: the first line must be exactly" in result.stderr
    assert en.read_bytes() == before
