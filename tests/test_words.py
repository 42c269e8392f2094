"""Word counts: kztr.text.words gives sacremoses' count without running sacremoses per unit.

The old definition (``MosesTokenizer(lang).tokenize(text, escape=False)``, tokens
with a letter or digit) is the oracle: every count is compared with it, on the
shipped article, the shipped catalogs, the benchmark texts and generated text.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache

import polib
import pytest
from conftest import ARTICLE, DATA, ROOT, repo_module
from hypothesis import given, settings
from hypothesis import strategies as st
from kztr.text.words import moses_word_count


@cache
def _tokenizer(language: str):
    from sacremoses import MosesTokenizer

    return MosesTokenizer(lang=language)


def sacremoses_count(text: str, language: str = "ar") -> int:
    """The definition status used before: sacremoses' tokens that contain a letter or digit."""
    tokens = _tokenizer(language).tokenize(text, escape=False)
    return sum(1 for token in tokens if any(char.isalnum() for char in token))


def test_packaged_classes_equal_sacremoses():
    generator = repo_module("scripts", "generate_word_chars")
    assert generator.TARGET.read_text(encoding="utf-8") == generator.generate(), "run scripts/generate_word_chars.py"


def _article_units() -> list[str]:
    from kztr.config import load_settings
    from kztr.project import read_documents

    return [unit.text for segmented in read_documents(load_settings(ROOT)) for unit in segmented.units]


def _catalog_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "locales").rglob("*.po")) + sorted(DATA.rglob("*.po")):
        try:
            catalog = polib.pofile(str(path))
        except (OSError, ValueError, UnicodeDecodeError):
            continue  # the malformed-catalog cases under tests/data
        texts += [text for entry in catalog for text in (entry.msgid, entry.msgstr) if text]
    return texts


def test_counts_equal_sacremoses_on_the_shipped_article():
    units = _article_units()
    assert len(units) > 40
    assert [moses_word_count(text) for text in units] == [sacremoses_count(text) for text in units]
    lines = (ROOT / "source" / f"{ARTICLE}.txt").read_text(encoding="utf-8").splitlines()
    assert [moses_word_count(line) for line in lines] == [sacremoses_count(line) for line in lines]


def test_counts_equal_sacremoses_on_catalogs_and_benchmark_text():
    """Shipped and test catalogs (English and Russian translations with apostrophes, plurals,
    markup) in their own languages too, and the hand-written news sentences of the benchmarks."""
    news = (ROOT / "benchmarks" / "data" / "arabic-news-sentences.txt").read_text(encoding="utf-8").splitlines()
    texts = _catalog_texts() + news
    assert len(texts) > 1000
    for language in ("ar", "en", "ru", "fr"):
        mine = [moses_word_count(text, language) for text in texts]
        assert mine == [sacremoses_count(text, language) for text in texts], language


def test_counts_equal_sacremoses_on_the_archive_workload():
    workload = repo_module("benchmarks", "workloads").near_duplicates(2_000, seed=3)
    texts = [sentence for paragraph in workload.new for sentence in paragraph]
    assert [moses_word_count(text) for text in texts] == [sacremoses_count(text) for text in texts]


@pytest.mark.parametrize("text, words", [
    ("2022-2024 و5,300 و1.5 وwww.gov.kz", 4),  # hyphen, comma between digits, single dots: no split
    ("كلمة،كلمة و(CICA)/SCO", 5),  # the Arabic comma and the slash split
    ("أ..ب ...ج", 3),  # dot runs split
    ("x² ½", 3),  # numbers outside IsAlnum are tokens of their own
    ("John's O'Brien", 4),  # apostrophes: sacremoses itself
    ("٢٠٢٢، و١٠٬٠٠٠ و٣٫٥", 5),  # the Arabic thousands and decimal separators split (as sacremoses does)
])
def test_tricky_counts(text, words):
    assert moses_word_count(text) == sacremoses_count(text) == words


_PIECES = st.sampled_from([*list("اب ت،؛؟.,-'`()«»\"/:;!?…0129٠١٫٬aXz²½_—ًـ\u200b\xa0\t"),
                           "..", "...", ", ", ",1", "1,", "U.S.", "MULTI", "\x01"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.characters(blacklist_categories=("Cs",))), max_size=14),
       st.sampled_from(["ar", "en", "fr", "ru", "zh"]))
def test_counts_equal_sacremoses_on_generated_text(pieces, language):
    text = "".join(pieces)
    assert moses_word_count(text, language) == sacremoses_count(text, language)


def test_status_does_not_import_sacremoses(project):
    code = ("import sys; from kztr.cli import main; sys.argv = ['kztr', 'status', '-C', sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\nprint('sacremoses' in sys.modules, file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", code, str(project)], capture_output=True, text=True)
    assert run.stderr.strip().splitlines()[-1] == "False"
