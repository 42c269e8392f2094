"""Sentence segmentation on Arabic news text: the cases in tests/data and the article."""

from __future__ import annotations

import json

import pytest
from conftest import DATA, ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from kztr.text.segment import normalize_text, split_sentences

CASES = json.loads((DATA / "segmentation-cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[case["why"] for case in CASES])
def test_segmentation_case(case):
    text = case.get("text", " ".join(case["sentences"]))
    assert split_sentences(text) == case.get("expected", case["sentences"])


def test_there_are_dozens_of_cases():
    assert len(CASES) >= 80
    # every rule that keeps a sentence whole has a near miss that must still split
    near_misses = [case for case in CASES if case["why"].startswith("near miss")]
    assert len(near_misses) >= 8
    assert all(len(case.get("expected", case["sentences"])) == 2 for case in near_misses)


def test_headings_stay_whole_whatever_their_punctuation():
    from kztr.model import Block
    from kztr.text.segment import segment_blocks

    blocks = (Block("heading", "كازاخستان.. عام من الدبلوماسية. ٥. أهداف", 1, 0),
              Block("paragraph", "كازاخستان.. عام من الدبلوماسية. وأهداف جديدة.", 2, 1))
    units = segment_blocks(blocks)
    assert [unit.text for unit in units[0]] == ["كازاخستان.. عام من الدبلوماسية. ٥. أهداف"]
    assert [unit.text for unit in units[1]] == ["كازاخستان.. عام من الدبلوماسية.", "وأهداف جديدة."]


@pytest.mark.parametrize("mark", ["،", "؛"])
def test_arabic_comma_and_semicolon_never_split(mark):
    text = f"قالت الوزارة{mark} في بيان صدر اليوم{mark} إن الاجتماع ناجح."
    assert split_sentences(text) == [text]


def test_sentences_rejoin_to_the_paragraph():
    for line in (ROOT / "source" / "kazakhstan-diplomacy-2022.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            assert " ".join(split_sentences(line)) == normalize_text(line)


def test_quotation_of_three_sentences_from_the_article():
    paragraph = (
        "وقال توكاييف:”هذه المبادئ الثلاثة مترابطة، احترام أحدهما يعني احترام الاثنين الآخرين، "
        "وتقويض أحدهما يعني تقويض الاثنين الآخرين. عندما يضعف نظام نزع السلاح العالمي – التقليدي "
        "والنووي – تصبح هذه المبادئ الثلاثة مهددة. على العكس من ذلك، حيث يتم احترام هذه المبادئ "
        "الثلاثة، فإنها تزداد قوة، هذا هو عائد الرخاء العالمي”."
    )
    sentences = split_sentences(paragraph)
    assert len(sentences) == 3
    assert sentences[-1].endswith("العالمي”.")


def test_normalize_composes_nfd_and_collapses_spaces():
    decomposed = "آسيا".replace("آ", "\u0627\u0653")  # alef + madda above
    assert normalize_text(f"  {decomposed}\u00a0\u00a0الوسطى ") == "آسيا الوسطى"


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2009\u200a"
                                                  "\u200b\u2028\u2029\u202f\u205f\u3000\ufeffاa.ٌ\u0301"),
                                  st.characters(blacklist_categories=("Cs",)))))
def test_normalize_text_collapses_the_white_space_re_matches(text):
    """str.split's white space is the regular expressions' \\s: the same text as the substitution gave."""
    import re
    import unicodedata

    assert normalize_text(text) == re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
