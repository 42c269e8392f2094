"""``kztr align``'s shipped words: FLORES-200 sentence pairs, as stems, learnt from with the project's own."""

from __future__ import annotations

import json

import pytest
from conftest import ARTICLE, DATA
from kztr.reuse.align import Item, align_document_items
from kztr.reuse.anchors import AnchorReader
from kztr.reuse.lexicon import learn_lexicon, shipped_pairs, source_stems, stem_pairs
from kztr.workflow.align import anchor_readers
from test_align import dropped_and_added, shipped


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_shipped_pairs_are_flores_sentences_stemmed_by_the_installed_stemmer(lang):
    """The file loads (1,012 pairs, its licence and origin in its header) and its first three pairs
    are the first three FLORES sentences as kztr stems them now (fails when snowballstemmer or kztr's
    stemming changed and scripts/generate_flores_stems.py was not run again)."""
    from importlib.resources import files

    rows = [line.split("\t") for line in (DATA / "align" / "flores200-devtest-sample.tsv").read_text(
        encoding="utf-8").splitlines() if not line.startswith("#")]
    texts = {(int(number), language): text for number, language, text in rows}
    sample = [(texts[number, "ar"], texts[number, lang]) for number in (1, 2, 3)]
    pairs = shipped_pairs(lang)
    assert len(pairs) == 1012
    assert list(pairs[:3]) == stem_pairs(sample, lang)
    header = files("kztr").joinpath(f"data/align/flores200-ar-{lang}.tsv").read_text(encoding="utf-8")[:800]
    assert "CC BY-SA 4.0" in header and "NLLB Team" in header and "generate_flores_stems.py" in header


def test_a_language_without_shipped_pairs_learns_from_the_project_alone():
    assert shipped_pairs("de") == shipped_pairs("pt_BR") == ()
    assert len(shipped_pairs("ru_RU")) == len(shipped_pairs("en_GB")) == 1012
    # Aligned as German, the shipped article's English is aligned the same with or without shipped words.
    english = shipped("en")
    units = list(english)[:12]
    texts = [english[msgid] for msgid in units]
    sources = [Item(msgid, 0, "paragraph", number == 0, number == len(units) - 1) for number, msgid in enumerate(units)]
    targets = [Item(text, 0, "paragraph", number == 0, number == len(texts) - 1) for number, text in enumerate(texts)]
    reader = AnchorReader(anchor_readers(), "ar", "de", None, units, texts)
    assert align_document_items(sources, targets, reader) == align_document_items(sources, targets, reader,
                                                                                  shipped=False)


@pytest.mark.parametrize(("lang", "words"), [
    ("en", {"الحكومة": "govern", "الشرطة": "polic", "الاقتصاد": "econom"}),
    ("ru", {"الحكومة": "правительств", "الشرطة": "полиц", "الاقتصاد": "экономик"}),
])
def test_the_shipped_pairs_link_common_words_and_the_projects_own_links_stay(lang, words):
    """FLORES alone links common words of news; learnt with 30 units of the shipped article, the
    article's own words (Kazakhstan, diplomacy: not in FLORES) keep their links, and each of the
    other 15 units' own translation still scores above its neighbours'."""
    flores = learn_lexicon(list(shipped_pairs(lang)))
    for arabic, stem in words.items():
        (source,) = source_stems(arabic)
        assert stem in flores.forward.links[source]
    (kazakhstan,), (diplomacy,) = source_stems("كازاخستان"), source_stems("الدبلوماسية")
    assert not {kazakhstan, diplomacy} & flores.forward.links.keys()
    pairs = stem_pairs(list(shipped(lang).items()), lang)
    both = learn_lexicon(pairs[:30] + list(shipped_pairs(lang)))
    assert {"kazakhstan", "казахста"} & both.forward.links[kazakhstan]
    assert {"diplomaci", "дипломат"} & both.forward.links[diplomacy]
    held = pairs[30:]
    right = sum(all(both.evidence(source, target) > both.evidence(source, held[other][1])
                    for other in (number - 1, number + 1) if 0 <= other < len(held))
                for number, (source, target) in enumerate(held))
    assert right == 15


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_shipped_words_find_a_dropped_unit_where_the_project_has_none(lang):
    """The shipped article in three runs of 15 units against their translation, one sentence left
    out and one from elsewhere in the article put in its place, for each place in turn, the project
    with no translations: with the FLORES words the unit left out is found more often and more
    surely than with none (Russian: 27 times against 30 with 1,094 points of certainty against 1,396)."""
    translation = shipped(lang)
    units = list(translation)
    found: dict[bool, list[float]] = {False: [], True: []}
    for first in (0, 15, 30):
        held = units[first:first + 15]
        sources = [Item(msgid, 0, "paragraph", number == 0, number == len(held) - 1)
                   for number, msgid in enumerate(held)]
        for left_out in range(1, len(held) - 1):
            texts = [translation[msgid] for number, msgid in enumerate(held) if number != left_out]
            texts.insert(left_out, translation[units[(first + 20) % len(units)]])
            targets = [Item(text, 0, "paragraph", number == 0, number == len(texts) - 1)
                       for number, text in enumerate(texts)]
            reader = AnchorReader(anchor_readers(), "ar", lang, None, held, texts)
            for words in (False, True):
                beads = align_document_items(sources, targets, reader, shipped=words)
                found[words] += [bead.score for bead in beads if bead.sources == (left_out,) and not bead.targets]
    assert len(found[True]) > len(found[False])
    assert sum(found[True]) > sum(found[False]) + 250


def test_the_report_names_the_shipped_pairs(project, run):
    translation, _expected, _emptied = dropped_and_added(project, run)
    result = json.loads(run("align", "-l", "en", "-d", ARTICLE, "--format", "json", str(translation)).output)
    assert result["shipped"] == 1012
    report = run("align", "-l", "en", "-d", ARTICLE, "--dry-run", str(translation)).output
    assert f"words learnt from {result['learnt_from']} translated units of the project (catalogs, tm/, glossary) " \
           "and 1,012 sentence pairs kztr ships (FLORES-200)" in report
