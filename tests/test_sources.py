"""Reading sources: the article's blocks, Markdown structure, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ARTICLE, DATA, ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from kztr.config import load_settings
from kztr.errors import SourceError
from kztr.project import read_documents
from kztr.text.sources import read_source


def _article():
    return read_documents(load_settings(ROOT))[0]


def test_shipped_source_is_the_published_article_byte_for_byte():
    shared = ROOT.parent / "shared" / "data" / f"{ARTICLE}.txt"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    assert (ROOT / "source" / f"{ARTICLE}.txt").read_bytes() == shared.read_bytes()


def test_article_units_match_the_golden_list():
    rows = [line.split("\t") for line in (DATA / "article-units.tsv").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    units = _article().units
    assert [(u.kind, str(u.line), str(u.block_index), str(u.sentence_index), u.text) for u in units] == \
        [tuple(row) for row in rows]
    assert len(units) == 45


def test_article_structure():
    document = _article().document
    kinds = [(block.line, block.kind) for block in document.blocks]
    assert kinds[:3] == [(1, "kicker"), (3, "title"), (5, "paragraph")]
    headings = [line for line, kind in kinds if kind == "heading"]
    # line 24 follows a paragraph with no blank line between: still a heading
    assert headings == [8, 14, 20, 24, 32, 39]
    assert kinds[-1] == (42, "byline")


def test_units_carry_their_section():
    units = _article().units
    cica = [unit for unit in units if unit.section.endswith("(CICA)") and unit.kind == "paragraph"]
    assert len(cica) == 6
    assert all(unit.line in (15, 16, 17, 18) for unit in cica)


def test_web_chrome_is_skipped_and_reported():
    skipped = _article().document.skipped
    assert [(skip.line, skip.text) for skip in skipped] == [
        (44, "Leave a Reply"), (46, "Back to top button"), (47, "Open chat"),
        (48, "Scan the code"), (49, "Hello"), (50, "Can we help you?"),
    ]
    assert all(skip.reason == "no Arabic letter" for skip in skipped)


def _read(tmp_path: Path, data: bytes, name: str = "doc.txt", skip=()):
    path = tmp_path / name
    path.write_bytes(data)
    return read_source(path, tmp_path, "Arabic", skip)


def test_bom_and_crlf_are_accepted(tmp_path):
    text = "عنوان الخبر\r\n\r\nوصل الرئيس إلى أستانا. وكان في استقباله الوزير.\r\n"
    document = _read(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert [block.kind for block in document.blocks] == ["title", "paragraph"]
    assert document.blocks[0].text == "عنوان الخبر"


def test_cp1256_is_refused_with_a_conversion_hint(tmp_path):
    with pytest.raises(SourceError) as caught:
        _read(tmp_path, "عنوان\n\nوصل الرئيس إلى أستانا.\n".encode("cp1256"))
    message = str(caught.value)
    assert message.startswith("doc.txt:1: not UTF-8")
    assert "Windows-1256" in message and "iconv -f CP1256 -t UTF-8" in message


def test_utf16_and_binary_are_refused(tmp_path):
    for data, words in (("نص".encode("utf-16"), "UTF-16"), (b"abc\x00\x01", "binary")):
        with pytest.raises(SourceError, match=words):
            _read(tmp_path, data)


def _project(tmp_path: Path, files: dict[str, str], language: str = "ar") -> Path:
    (tmp_path / "source").mkdir()
    (tmp_path / "kztr.toml").write_text(f'source-language = "{language}"\n', encoding="utf-8")
    for name, text in files.items():
        (tmp_path / "source" / name).write_text(text, encoding="utf-8")
    return tmp_path


ARABIC = "قمة أستانا\n\nوصل الرئيس إلى أستانا صباح اليوم. وكان في استقباله رئيس الوزراء.\n"


@pytest.mark.parametrize("text, message", [
    ("", "empty file: nothing to translate"),
    (" \n\n", "empty file: nothing to translate"),
    ("Leave a Reply\nBack to top button\n",
     'no Arabic text: nothing to translate (its letters are Latin: is source-language = "ar" right?)'),
    ("Президент прибыл в Астану. Его встретил премьер-министр.\n",
     'no Arabic text: nothing to translate (its letters are Cyrillic: is source-language = "ar" right?)'),
    ("2022 — 2024\n", "no letters: nothing to translate"),
])
def test_a_document_with_nothing_to_translate_is_skipped_with_a_note(tmp_path, text, message):
    """An empty file and one without Arabic text behave alike: a note, and the other documents go on."""
    from kztr.project import read_sources

    project = _project(tmp_path, {"a.txt": ARABIC, "b.txt": text})
    documents, notes = read_sources(load_settings(project))
    assert [segmented.document.doc_id for segmented in documents] == ["a"]
    assert [(note.source, note.message, note.skipped) for note in notes] == [("source/b.txt", message, True)]


def test_no_document_with_text_at_all_is_one_clear_error(tmp_path):
    project = _project(tmp_path, {"a.txt": "", "b.txt": "Hello world.\n"})
    with pytest.raises(SourceError) as raised:
        read_documents(load_settings(project))
    assert str(raised.value) == ("source/a.txt: empty file: nothing to translate; "
                                 "no source document has Arabic text to translate (nor 1 other document)")


def test_a_source_language_that_does_not_match_most_of_the_text_is_reported(tmp_path):
    from kztr.project import read_sources

    russian = "Президент прибыл в Астану утром. Его встретил премьер-министр страны.\n" * 3
    project = _project(tmp_path, {"a.txt": "قمة أستانا\n\n" + russian})
    documents, notes = read_sources(load_settings(project))
    assert len(documents) == 1
    assert notes[0].message == ('most of its letters are Cyrillic, not Arabic (is source-language = "ar" right?); '
                                "3 lines skipped")
    assert not notes[0].skipped
    # the shipped article raises no note
    assert read_sources(load_settings(ROOT))[1] == ()


def test_bidi_controls_are_removed_and_nfd_composed(tmp_path):
    text = "عنوان\n\nمددت كازاخستان رئاستها \u200f(CICA)\u200e لـ 2022\u20132024.\n"
    document = _read(tmp_path, text.encode("utf-8"))
    assert document.blocks[1].text == "مددت كازاخستان رئاستها (CICA) لـ 2022\u20132024."


def test_skip_patterns_from_settings(tmp_path):
    text = "عنوان\n\nوصل الرئيس إلى أستانا.\nاقرأ أيضًا: أخبار أخرى\n"
    document = _read(tmp_path, text.encode("utf-8"), skip=("^اقرأ أيضًا",))
    assert [skip.line for skip in document.skipped] == [4]
    assert document.skipped[0].reason == "matches a skip pattern"


def test_markdown_structure(tmp_path):
    text = (DATA / "sources" / "news.md").read_bytes()
    document = _read(tmp_path, text, name="news.md")
    kinds = [(block.kind, block.line) for block in document.blocks]
    assert kinds == [
        ("title", 1), ("paragraph", 3), ("heading", 6), ("list-item", 8), ("list-item", 9),
        ("quote", 11), ("paragraph", 17),
    ]
    assert [skip.reason for skip in document.skipped] == ["code block"]
    # inline Markdown stays in the unit so the translation can keep it
    assert "[البيان](https://example.kz/bayan)" in document.blocks[1].text
    # a paragraph over two lines is one block with the whitespace collapsed
    assert "\n" not in document.blocks[1].text


def _letter_scripts_by_character(text: str) -> dict[str, int]:
    """letter_scripts as first written (a Python loop over every character): the oracle."""
    import unicodedata

    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = unicodedata.name(char, "UNKNOWN").split()[0].title()
            script = "Han" if script == "Cjk" else script
            counts[script] = counts.get(script, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: -item[1]))


def test_letter_scripts_equal_the_character_loop_on_real_text():
    """The article, the benchmark's news sentences, the shipped and test catalogs (English, Russian
    and the other scripts of tests/data), whole and line by line: same counts, same order."""
    from kztr.text.sources import letter_scripts

    texts = [(ROOT / "source" / f"{ARTICLE}.txt").read_text(encoding="utf-8"),
             (ROOT / "benchmarks" / "data" / "arabic-news-sentences.txt").read_text(encoding="utf-8")]
    texts += [path.read_text(encoding="utf-8", errors="replace")
              for path in sorted((ROOT / "locales").rglob("*.po")) + sorted(DATA.rglob("*.po"))]
    lines = [line for text in texts for line in text.splitlines()]
    assert len(lines) > 4000
    for text in texts + lines:
        assert list(letter_scripts(text).items()) == list(_letter_scripts_by_character(text).items())


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from("ابت ٱﻻـً،abcÀ×ÿЖж\n一ㄱ가αβ²1."),
                                  st.characters(blacklist_categories=("Cs",)))))
def test_letter_scripts_equal_the_character_loop_on_generated_text(text):
    from kztr.text.sources import letter_scripts

    assert list(letter_scripts(text).items()) == list(_letter_scripts_by_character(text).items())
