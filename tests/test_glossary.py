"""Glossaries: the agreed file format, Arabic-aware term matching, and the notes
``kztr extract`` writes into each language's catalog (Poedit's "Notes for translators")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ARTICLE, DATA, msgcat_no_wrap, msgfmt_check, repo_module
from kztr.glossary import Glossary, GlossaryError, Term, glossary_path, parse_glossary, read_glossary
from kztr.po.catalog import read_catalog
from kztr.text.arabic import strip_marks, word_pattern

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


# ---------------------------------------------------------------- one lookup per text, same terms found


def _strip_marks_as_first_written(text: str) -> str:
    import unicodedata

    from kztr.text.arabic import MARKS

    return MARKS.sub("", unicodedata.normalize("NFKC", text)).translate(
        str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}))


def _terms_in_by_scanning(glossary, text: str, nested: bool = False):
    """Glossary.terms_in as first written: every term's pattern run over the text: the oracle."""
    plain = _strip_marks_as_first_written(text)
    spans = {term: [match.span() for match in term.pattern.finditer(plain)] for term in glossary.terms}
    found = {term: found_spans for term, found_spans in spans.items() if found_spans}
    if nested:
        return tuple(found)
    kept = [term for term, term_spans in found.items()
            if not all(any(other is not term and start <= begin and end <= finish and (finish - start) > (end - begin)
                           for other, other_spans in found.items() for start, finish in other_spans)
                       for begin, end in term_spans)]
    return tuple(sorted(kept, key=lambda term: term.line))


def _spans_by_scanning(glossary, text: str) -> tuple[tuple[int, int], ...]:
    """Glossary.term_spans as first written: each term found, its pattern's finditer spans."""
    plain = _strip_marks_as_first_written(text)
    found = {term: [match.span() for match in term.pattern.finditer(plain)] for term in dict.fromkeys(glossary.terms)}
    return tuple(span for spans in found.values() for span in spans)


def _real_texts() -> list[str]:
    """The article's units, the benchmark's news sentences, the archive workload's glued sentences,
    and all of them again with diacritics, tatweel and attached prefixes the glossary must see through."""
    import random

    from conftest import ROOT
    from kztr.config import load_settings
    from kztr.project import read_documents

    texts = [unit.text for segmented in read_documents(load_settings(ROOT)) for unit in segmented.units]
    texts += [line for line in (ROOT / "benchmarks/data/arabic-news-sentences.txt").read_text(encoding="utf-8")
              .splitlines() if line.strip()]
    texts += [sentence for paragraph in repo_module("benchmarks", "workloads").near_duplicates(1_000, seed=5).new
              for sentence in paragraph]
    rng = random.Random(22)
    varied = []
    for text in texts:
        words = []
        for word in text.split():
            if rng.random() < 0.3:
                word = rng.choice(["و", "ف", "ب", "ل", "ك", "وب", "لل", "ال", "وال", "فلل"]) + word
            if rng.random() < 0.3:
                at = rng.randrange(1, len(word) + 1)
                mark = rng.choice(["\u064e", "\u064f", "\u0650", "\u0651", "\u0640\u0640", "\u064b"])
                word = word[:at] + mark + word[at:]
            words.append(word)
        varied.append(" ".join(words))
    return texts + varied


def test_strip_marks_equals_its_first_definition_on_real_text():
    for text in _real_texts():
        assert strip_marks(text) == _strip_marks_as_first_written(text)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_term_index_finds_what_scanning_every_term_finds(language):
    """The shipped glossaries on real text and on the same text with prefixes, diacritics and tatweel:
    the same terms, in the same order, nested or not; and the same agreed translations of runs."""
    from conftest import ROOT

    glossary = read_glossary(ROOT / "glossary" / f"{language}.tsv", language)
    texts = _real_texts()
    found = 0
    for text in texts:
        for nested in (False, True):
            expected = _terms_in_by_scanning(glossary, text, nested)
            assert glossary.terms_in(text, nested) == expected, text
            found += len(expected)
        assert glossary.term_spans(text) == _spans_by_scanning(glossary, text), text
    assert found > 2000  # the texts do name the glossary's terms
    for term in glossary.terms:
        for run in (term.source, term.source.upper(), strip_marks(term.source) + "ـ"):
            assert glossary.targets_for(run) == tuple(
                other.target for other in glossary.terms
                if _strip_marks_as_first_written(other.source).casefold()
                == _strip_marks_as_first_written(run).casefold())


def test_the_term_index_handles_nested_overlapping_and_non_word_terms():
    glossary = parse_glossary(HEADER + "\n".join([
        "الأمم المتحدة\tUN\t\t", "الجمعية العامة للأمم المتحدة\tUN General Assembly\t\t",
        "U.S.\tU.S.\t\t", "كوفيد-19\tCOVID-19\t\t", "أمم\tnations\t\t", "المتحدة\tunited\t\t",
        "ال\tthe\t\t", "CICA\tCICA\t\t", "لندن\tLondon\t\t", "للندن\tto London\t\t"]) + "\n", "en")
    texts = ["أمام الجمعية العامة للأمم المتحدة ومؤسسات الأمم المتحدة", "زار U.S. وكوفيد-19 ثم U.S.A.",
             "الأمم والأممُ المتحدةُ، ال CICA وCICA", "للندن ولندن وبلندن", "الامم_المتحدة 2022",
             "المتحدة المتحدة المتحدة والمتحدة المتحدة", "الأمم المتحدة المتحدة الأمم"]
    glossary = Glossary(glossary.language, glossary.path, (*glossary.terms, Term("المتحدة المتحدة", "twice", line=11)))
    for text in texts:
        for nested in (False, True):
            assert glossary.terms_in(text, nested) == _terms_in_by_scanning(glossary, text, nested), text
        assert glossary.term_spans(text) == _spans_by_scanning(glossary, text), text
    # a term that can follow itself ("twice" in three): the matches do not overlap, as finditer's do not
    twice = glossary.terms[-1]
    assert [spans for term, spans in glossary._index.found("المتحدة المتحدة المتحدة") if term is twice] == [[(0, 15)]]
    assert [term.target for term in glossary.terms_in(texts[1])] == ["U.S.", "COVID-19"]


def test_a_glossary_with_its_index_built_travels_to_a_worker_process():
    import pickle

    from conftest import ROOT

    glossary = read_glossary(ROOT / "glossary" / "en.tsv", "en")
    assert glossary.terms_in("زار توكاييف أستانا")
    copy = pickle.loads(pickle.dumps(glossary))
    assert copy == glossary and copy.terms_in("زار توكاييف أستانا") == glossary.terms_in("زار توكاييف أستانا")


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
