"""Property tests: random edit scripts on the real article never lose a translation."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from conftest import ARTICLE, copy_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kztr.config import load_settings
from kztr.po.catalog import read_catalog
from kztr.project import read_documents
from kztr.text.segment import split_sentences
from kztr.workflow import extract
from kztr.workflow.cache import cache_path

NEW_SENTENCES = [
    "وأكد الوزير أن كازاخستان ستواصل سياستها الخارجية المتوازنة.",
    "وفي عام 2023، تستضيف أستانا منتدى دوليًا جديدًا للحوار.",
    "ورحب المشاركون بالمبادرة، مشيرين إلى أهميتها للمنطقة؛ وطالبوا بمتابعتها.",
]
WORDS = ["الجديدة", "الكبرى", "الدولية", "المشتركة"]
_DIGITS = re.compile(r"\d+")


def _mask(text: str) -> str:
    return _DIGITS.sub("#", text)


def _paragraph_lines(lines):
    return [i for i, line in enumerate(lines) if len(line) > 120]


def apply_edit(lines: list[str], operation: str, a: int, b: int) -> tuple[list[str], tuple | None]:
    """Apply one editorial change; returns the new lines and, for a number edit, (old unit, new unit)."""
    lines = list(lines)
    paragraphs = _paragraph_lines(lines)
    if not paragraphs:
        return lines, None
    target = paragraphs[a % len(paragraphs)]
    line = lines[target]
    if operation == "word":
        words = line.split()
        words[b % len(words)] = WORDS[b % len(WORDS)]
        lines[target] = " ".join(words)
    elif operation == "number":
        candidates = [i for i in paragraphs if _DIGITS.search(lines[i])]
        target = candidates[a % len(candidates)]
        line = lines[target]
        sentences = split_sentences(line)
        with_digits = [s for s in sentences if _DIGITS.search(s)]
        sentence = with_digits[b % len(with_digits)]
        number = _DIGITS.findall(sentence)[0]
        changed_sentence = sentence.replace(number, str(int(number) + 1 + b % 7), 1)
        lines[target] = line.replace(sentence, changed_sentence, 1)
        return lines, (sentence, changed_sentence)
    elif operation == "split":
        if "، " in line:
            positions = [m.start() for m in re.finditer("، ", line)]
            at = positions[b % len(positions)]
            lines[target] = line[:at] + ". " + line[at + 2:]
    elif operation == "join":
        if ". " in line:
            positions = [m.start() for m in re.finditer(r"\. ", line)]
            at = positions[b % len(positions)]
            lines[target] = line[:at] + "، " + line[at + 2:]
    elif operation == "insert":
        lines.insert(target + 1, NEW_SENTENCES[b % len(NEW_SENTENCES)])
    elif operation == "delete":
        del lines[target]
    elif operation == "move":
        moved = lines.pop(target)
        rest = _paragraph_lines(lines)
        lines.insert(rest[b % len(rest)], moved)
    return lines, None


edit_scripts = st.lists(
    st.tuples(st.sampled_from(["word", "number", "split", "join", "insert", "delete", "move", "revert"]),
              st.integers(0, 1000), st.integers(0, 1000)),
    min_size=1, max_size=5,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=edit_scripts)
def test_random_edit_scripts_never_lose_a_translation(script):
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "kztr.toml").write_text('source-language = "ar"\nproject = "test"\n', encoding="utf-8")
        copy_project(project)
        project_settings = load_settings(project)
        source = project / "source" / f"{ARTICLE}.txt"
        po = project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
        original = source.read_text(encoding="utf-8").split("\n")
        lines = list(original)
        ever_written = {entry.msgstr for entry in read_catalog(po).entries if entry.msgstr}
        for operation, a, b in script:
            before = {entry.msgid: entry for entry in read_catalog(po).live}
            if operation == "revert":
                lines, number_edit = list(original), None
            else:
                lines, number_edit = apply_edit(lines, operation, a, b)
            source.write_text("\n".join(lines), encoding="utf-8")
            extract(project_settings)
            # extract is idempotent (the ground on which skipping an unchanged document stands):
            # a full second run, cache forgotten, changes no byte
            written = {path: path.read_bytes() for path in (project / "locales").rglob("*.po*")}
            cache_path(project_settings).unlink()
            again = extract(project_settings)
            assert not any(item.written for item in again.catalogs), script
            assert not any(item.template_written or item.cached for item in again.documents), script
            assert {path: path.read_bytes() for path in (project / "locales").rglob("*.po*")} == written, script
            catalog = read_catalog(po)
            after = {entry.msgid: entry for entry in catalog.live}
            texts = [_mask(entry.msgstr) for entry in catalog.entries if entry.msgstr]
            # 1. every translation ever written is still here: live, fuzzy or obsolete
            #    (numbers may have been updated; a joined unit holds two translations)
            #    a split's pieces stand on its halves, in order: the live translations joined hold it.
            joined = _mask(" ".join(entry.msgstr for entry in catalog.entries if entry.msgstr))
            for translation in ever_written:
                assert any(_mask(translation) in text for text in texts) or _mask(translation) in joined, \
                    (script, translation)
            # 2. units whose text did not change keep their translation and their state
            for msgid, entry in before.items():
                if msgid in after:
                    assert after[msgid].msgstr == entry.msgstr, (script, msgid)
                    assert after[msgid].fuzzy == entry.fuzzy, (script, msgid)
            # 3. one old translation feeds one unit: no translation stands twice in the edition
            live_translations = [entry.msgstr for entry in catalog.live if entry.msgstr]
            assert len(live_translations) == len(set(live_translations)), script
            # 4. a brand-new sentence never receives someone else's translation
            for msgid in NEW_SENTENCES:
                if msgid in after:
                    assert after[msgid].msgstr == "" and not after[msgid].fuzzy, (script, msgid)
            # 5. a unit whose only change is a number: translation carried, number updated, fuzzy
            if number_edit:
                old_unit, new_unit = number_edit
                if old_unit in before and before[old_unit].translated and new_unit in after \
                        and new_unit not in before and list(after).count(new_unit) == 1:
                    entry = after[new_unit]
                    assert entry.fuzzy and entry.previous_msgid == old_unit, script
                    old_numbers, new_numbers = _DIGITS.findall(old_unit), _DIGITS.findall(new_unit)
                    old_translation = _DIGITS.findall(before[old_unit].msgstr.replace(",", ""))
                    for old, new in zip(old_numbers, new_numbers, strict=True):
                        # unambiguous: once in the source, once in the translation
                        if old != new and old_numbers.count(old) == 1 and old_translation.count(old) == 1:
                            assert new in _DIGITS.findall(entry.msgstr.replace(",", "")), script
            ever_written |= {entry.msgstr for entry in catalog.entries if entry.msgstr}
        # the template always describes the current source
        assert [e.msgid for e in read_catalog(project / "locales" / f"{ARTICLE}.pot").entries] == \
            list(dict.fromkeys(unit.text for unit in read_documents(project_settings)[0].units))


_WORD = st.text(alphabet="abcdefghij", min_size=1, max_size=8)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=8).map(lambda words: " ".join(words).capitalize() + ".")
_HALF = st.lists(st.sampled_from([*WORDS, "القمة", "الرئيس", "في", "أكتوبر"]), min_size=1, max_size=10).map(
    lambda words: " ".join(words) + ".")


@settings(max_examples=200, deadline=None)
@given(sentences=st.lists(_SENTENCE, min_size=1, max_size=6), halves=st.lists(_HALF, min_size=2, max_size=4))
def test_a_split_translation_is_the_translation_cut_in_order(sentences, halves):
    """Each half gets consecutive whole sentences; together they are the translation, byte for byte;
    the cut is the one of least length cost (checked against every possible cut), and None means
    exactly that no cut fits (too few sentences, or even the best one has a piece 2.5x off)."""
    import itertools
    import math

    from kztr.reuse.pairing import sentence_pieces, split_translation

    translation = " ".join(sentences)
    pieces = split_translation(translation, halves)
    sentences = sentence_pieces(translation)  # as the segmenter cuts them ("A. B." is one: an initial)
    shares = [len(half) / sum(map(len, halves)) for half in halves]
    total = sum(map(len, sentences))

    def cost(group: tuple[str, ...], share: float) -> float:  # a group's sentences, as the cut weighs them
        return math.log(sum(map(len, group)) / total / share) ** 2

    def off(piece: str, share: float) -> bool:  # the joined piece, as the final check reads it
        return math.log(len(piece) / total / share) ** 2 > math.log(2.5) ** 2

    cuts = [[tuple(sentences[start:end]) for start, end in zip((0, *points), (*points, len(sentences)), strict=True)]
            for points in itertools.combinations(range(1, len(sentences)), len(halves) - 1)]
    scored = [(sum(cost(group, share) for group, share in zip(cut, shares, strict=True)), cut) for cut in cuts]
    best = min((score for score, _ in scored), default=None)
    if pieces is None:
        assert best is None or any(math.isclose(score, best, abs_tol=1e-9) and
                                   any(off(" ".join(group), share) for group, share in zip(cut, shares, strict=True))
                                   for score, cut in scored)
        return
    assert len(pieces) == len(halves)
    assert " ".join(pieces) == translation
    assert all(piece and piece[-1] == "." for piece in pieces)
    chosen = [score for score, cut in scored if [" ".join(group) for group in cut] == pieces]
    assert chosen and math.isclose(chosen[0], best, abs_tol=1e-9)
    assert not any(off(piece, share) for piece, share in zip(pieces, shares, strict=True))
