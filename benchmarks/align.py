"""``kztr align`` against hunalign and galechurch on NTREX-128 documents, gold alignment known.

NTREX-128 (Federmann, Kocmi and Xin, 2022; CC BY-SA 4.0) has the same 1,997
news sentences in Arabic (``arb``), English (the original, ``src.eng``) and
Russian, with ``DOCUMENT_IDS.tsv`` naming each sentence's document (123).
For every document and language pair:

* the Arabic becomes a kztr source: the first line the title, a line without
  final punctuation its own block (a heading), the other sentences grouped
  into paragraphs of 1-4;
* the translation becomes a text file whose sentences and paragraphs differ
  from the source's: about one adjacent pair in eight joined into one
  sentence (``A; b``), lines with a semicolon or a ", and"-like clause split
  in two sentences, one sentence dropped, one sentence from another document
  added, paragraphs of 1-5 sentences cut anew, and a heading (or the title)
  moved one paragraph down;
* every unit kztr cuts from the source is traced to the NTREX line(s) it
  holds, every character of the translation to the line it came from: the
  gold pairs are (unit, line) with the line still in the translation.

A unit filled with text is predicted to pair with each line that makes up at
least half of that text or of that line's text in the file.  Precision and
recall are over these pairs; a unit is *misplaced* when most of its text
belongs to other units' lines (or to the added sentence).  The peers get the
same units (kztr's cut of the Arabic, paragraphs marked) and the same
translated sentences (kztr's cut, paragraphs marked), and a bead of several
units and sentences gives the whole to its first unit.

kztr learns its words from the archive (below) and from the FLORES-200 pairs it ships
(``kztr/data/align/``; ``--no-shipped-words``: the archive alone, as before round 7).

Documents are split by their sorted index: every third one (0, 3, 6, …)
was used to tune kztr's weights (``--part tune``); figures are reported on
the other 82 (``--part report``, the default).

    python benchmarks/align.py --hunalign /tmp/hunalign/src/hunalign/hunalign \\
        --galechurch-python /tmp/peers/bin/python [--part report|tune|all] [--lang en ru]

NTREX is read from its git mirror (``--ntrex``, default: the fetched mirror path).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

from kztr.text.segment import normalize_text, segment_blocks  # noqa: E402
from kztr.text.sources import read_source  # noqa: E402

T = TypeVar("T")
NTREX = "/work/.mirror/MicrosoftTranslator+NTREX/repo"
FILES = {"ar": "NTREX-128/newstest2019-ref.arb.txt", "en": "NTREX-128/newstest2019-src.eng.txt",
         "ru": "NTREX-128/newstest2019-ref.rus.txt"}
FLORES = "/work/.mirror/Helsinki-NLP+OPUS-MT-testsets/repo"
FLORES_FILES = {"ar": "arb_Arab", "en": "eng_Latn", "ru": "rus_Cyrl"}
PIVOT = "en"  # the language whose catalog the project is taken to have already, beside the translation's
_ENDS = re.compile(r"[.!?؟…][\"'”’»)]*$")
_CLAUSE = {"en": re.compile(r"; |, (?=(?:and|but|while|which) )"), "ru": re.compile(r"; |, (?=(?:и|но|а|однако) )")}
_SMALL = {"en": set("The A An He She It They We This That In On At But And His Her Its Their Our There".split()),
          "ru": set("Он Она Оно Они Мы Это Этот Эта В На Но И По При Его Ее Её Их".split())}


def git_file(repo: str, name: str) -> list[str]:
    text = subprocess.run(["git", "--git-dir", repo, "show", f"HEAD:{name}"], capture_output=True, check=True,
                          text=True).stdout
    return text.split("\n")[:1997]


def load_documents(repo: str) -> dict[str, dict[str, list[str]]]:
    ids = git_file(repo, "DOCUMENT_IDS.tsv")
    texts = {lang: git_file(repo, name) for lang, name in FILES.items()}
    documents: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for number, doc in enumerate(ids):
        for lang in FILES:
            documents[doc][lang].append(normalize_text(texts[lang][number]))
    return {doc: dict(documents[doc]) for doc in sorted(documents)}


# ---------------------------------------------------------------- the source


@dataclass
class Case:
    doc: str
    lang: str
    source_path: Path
    translation_path: Path
    unit_lines: list[set[int]] = field(default_factory=list)  # per unit: the NTREX lines it holds
    segmented: object = None
    spans: list[tuple[int, int, int | None]] = field(default_factory=list)  # file chars -> line (None: added)
    dropped: int = -1
    joined: set[int] = field(default_factory=set)  # lines joined with a neighbour
    split: set[int] = field(default_factory=set)  # lines split in two sentences
    moved: int = -1
    text: str = ""


def is_heading(line: str) -> bool:
    return not _ENDS.search(line)


def in_paragraphs(items: Iterable[T], heading: Callable[[T], bool], longest: int, rng: random.Random) -> list[list[T]]:
    """The items in paragraphs of 1 to ``longest`` (a size drawn for each), every heading a paragraph alone."""
    paragraphs: list[list[T]] = []
    current: list[T] = []
    size = rng.randint(1, longest)
    for item in items:
        if heading(item):
            if current:
                paragraphs.append(current)
            paragraphs.append([item])
            current, size = [], rng.randint(1, longest)
            continue
        current.append(item)
        if len(current) >= size:
            paragraphs.append(current)
            current, size = [], rng.randint(1, longest)
    if current:
        paragraphs.append(current)
    return paragraphs


def build_source(arabic: list[str], rng: random.Random) -> tuple[str, list[list[int]]]:
    """The source text and its blocks (lists of line numbers)."""
    blocks = [[0], *in_paragraphs(range(1, len(arabic)), lambda number: is_heading(arabic[number]), 4, rng)]
    return "\n\n".join(" ".join(arabic[n] for n in block) for block in blocks) + "\n", blocks


def trace_units(case: Case, blocks: list[list[int]], arabic: list[str]) -> None:
    """Which NTREX lines each unit kztr cut holds (by character spans in its block)."""
    document = read_source(case.source_path, case.source_path.parent, "Arabic")
    per_block = segment_blocks(document.blocks)
    from kztr.model import Segmented

    units = tuple(unit for block in per_block for unit in block)
    case.segmented = Segmented(document, units, per_block)
    line_of_block = {}
    for number, block in enumerate(blocks):
        line_of_block[2 * number + 1] = block  # one block per line, blank lines between
    for block, block_units in zip(document.blocks, per_block, strict=True):
        lines = line_of_block[block.line]
        spans, at = [], 0
        for line in lines:
            spans.append((at, at + len(arabic[line]), line))
            at += len(arabic[line]) + 1
        cursor = 0
        for unit in block_units:
            start = block.text.find(unit.text, cursor)
            end = start + len(unit.text)
            cursor = end
            case.unit_lines.append({line for first, last, line in spans if first < end and start < last})


# ---------------------------------------------------------------- the translation


def build_translation(case: Case, target: list[str], blocks: list[list[int]], extra: str,
                      rng: random.Random) -> None:
    """The translation file, re-cut and edited, with every character traced to its line."""
    lang = case.lang
    headings = {block[0] for block in blocks if len(block) == 1 and is_heading(target[block[0]])} | {0}
    body = [n for n in range(1, len(target)) if n not in headings]
    case.dropped = rng.choice(body) if len(body) > 3 else -1
    sentences: list[list[tuple[str, int | None]]] = []  # each: pieces (text, line)
    for number, line in enumerate(target):
        if number == case.dropped:
            continue
        match = _CLAUSE[lang].search(line) if number not in headings else None
        if match and len(case.split) < 2 and match.start() > 20 and len(line) - match.end() > 20:
            first = line[:match.start()] + "."
            rest = line[match.end():]
            second = rest[0].upper() + rest[1:]
            case.split.add(number)
            sentences += [[(first, number)], [(second, number)]]
        else:
            sentences.append([(line, number)])
    joined: list[list[tuple[str, int | None]]] = []
    for pieces in sentences:
        previous = joined[-1] if joined else None
        if (previous and len(previous) == 1 and len(pieces) == 1 and rng.random() < 0.125
                and previous[0][1] not in headings and pieces[0][1] not in headings
                and previous[0][1] not in case.split and pieces[0][1] not in case.split
                and previous[0][0].endswith(".") and not previous[0][0].endswith("..")):
            text, line = pieces[0]
            word = text.split(" ", 1)[0]
            if word in _SMALL[lang]:
                text = text[0].lower() + text[1:]
            previous[0] = (previous[0][0][:-1] + ";", previous[0][1])
            previous.append((" " + text, line))
            case.joined.update({previous[0][1], line})
            continue
        joined.append(list(pieces))
    insert = rng.randint(2, max(2, len(joined) - 1))
    joined.insert(insert, [(extra, None)])
    # Paragraphs anew: headings alone, the rest in runs of 1-5 sentences.
    paragraphs = in_paragraphs(joined, lambda pieces: pieces[0][1] in headings, 5, rng)
    movable = [at for at, paragraph in enumerate(paragraphs[:-1]) if paragraph[0][0][1] in headings
               and paragraph[0][0][1] != 0]  # a heading, not the title: no translation moves its title down
    if movable:
        at = movable[-1] if len(movable) > 1 else movable[0]
        case.moved = paragraphs[at][0][0][1]
        paragraphs.insert(at + 1, paragraphs.pop(at))
    text, spans = "", []
    for paragraph in paragraphs:
        for number, pieces in enumerate(paragraph):
            if number:
                text += " "
            for piece, line in pieces:
                spans.append((len(text), len(text) + len(piece), line))
                text += piece
        text += "\n\n"
    case.text, case.spans = text, spans
    case.translation_path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- scoring


def unit_type(case: Case, unit: int) -> str:
    lines = case.unit_lines[unit]
    if case.moved in lines:
        return "moved"
    if case.dropped in lines and len(lines) == 1:
        return "1-0"
    shared = any(lines & other for number, other in enumerate(case.unit_lines) if number != unit)
    many_sources = shared or bool(lines & case.joined)
    many_targets = len(lines) > 1 or bool(lines & case.split)
    return {(False, False): "1-1", (True, False): "2-1", (False, True): "1-2", (True, True): "2-2"}[
        (many_sources, many_targets)]


def predicted_lines(case: Case, fill: str, expected: set[int]) -> tuple[set[int | None], bool]:
    """The lines a fill pairs with, and whether most of it belongs elsewhere."""
    places = _find(case, fill, expected)
    if places is None:
        # Sentences the file has apart (a sentence added between two halves of a split one): each found.
        from kztr.text.target import split_target_sentences

        pieces = [_find(case, piece, expected) for piece in split_target_sentences(fill, case.lang)]
        if not pieces or None in pieces:
            return {None}, True
        places = [place for found in pieces for place in found]
    owned = Counter()
    totals = Counter()
    for first, last, line in case.spans:
        totals[line] += last - first
        for start, end in places:
            overlap = min(end, last) - max(start, first)
            if overlap > 0:
                owned[line] += overlap
    lines = {line for line, count in owned.items() if count >= 0.5 * min(len(fill), totals[line])}
    own = sum(count for line, count in owned.items() if line in expected)
    return lines, own < 0.5 * len(fill)


def _find(case: Case, fill: str, expected: set[int]) -> list[tuple[int, int]] | None:
    """Where a fill stands in the file: the occurrence nearest the expected lines (None: nowhere)."""
    # A fill of several sentences may join them across a paragraph break: any whitespace matches.
    pattern = r"\s+".join(re.escape(word) for word in fill.split())
    found = [(match.start(), match.end()) for match in re.finditer(pattern, case.text)]
    if not found:
        return None
    if len(found) > 1:
        wanted = [first for first, _, line in case.spans if line in expected]
        return [min(found, key=lambda at: min((abs(at[0] - first) for first in wanted), default=0))]
    return found[:1]


@dataclass
class Tally:
    gold: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    units: int = 0
    filled: int = 0
    misplaced: int = 0
    seconds: float = 0.0
    empty_right: int = 0  # units of a dropped line left empty
    empty_total: int = 0
    added_taken: int = 0  # units that took the added sentence

    def add(self, case: Case, fills: dict[int, str]) -> None:
        for unit, lines in enumerate(case.unit_lines):
            kind = unit_type(case, unit)
            gold = {line for line in lines if line != case.dropped}
            self.units += 1
            self.gold[kind] += len(gold)
            if kind == "1-0":
                self.empty_total += 1
                self.empty_right += unit not in fills
            fill = fills.get(unit)
            if not fill:
                continue
            self.filled += 1
            predicted, misplaced = predicted_lines(case, fill, gold)
            self.misplaced += misplaced
            self.added_taken += None in predicted
            self.predicted[kind] += len(predicted)
            hits = len(predicted & gold)
            self.right[kind] += hits
            self.found[kind] += hits

    def figures(self, kind: str | None = None) -> tuple[float, float, float]:
        keys = [kind] if kind else list(set(self.gold) | set(self.predicted))
        gold = sum(self.gold[k] for k in keys)
        predicted = sum(self.predicted[k] for k in keys)
        right = sum(self.right[k] for k in keys)
        precision = right / predicted if predicted else 1.0
        recall = right / gold if gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


# ---------------------------------------------------------------- the aligners


def sides(case: Case):
    """Units and translated sentences, each with its block: the same input for every aligner."""
    from kztr.text.target import read_translation, target_sentences

    translation = read_translation(case.translation_path, case.translation_path.parent, case.lang)
    sentences = target_sentences(translation.blocks, case.lang)
    units = [(unit.text, unit.block_index) for unit in case.segmented.units]
    return units, [(sentence.text, sentence.block) for sentence in sentences], translation


def run_kztr(case: Case, archive: list | None = None, min_score: float | None = None, pivot=None,
             shipped: bool = True) -> dict[int, str]:
    """kztr's fills; ``archive``: the project's translated pairs (stems) it learns its words from (with
    the pairs kztr ships unless ``shipped`` is False); ``pivot``: the units' translations in another
    language of the project."""
    from kztr.reuse.align_fill import FILLED
    from kztr.text.target import read_translation
    from kztr.workflow.align import align_document

    translation = read_translation(case.translation_path, case.translation_path.parent, case.lang)
    _, placements, _ = align_document(case.segmented, translation, "ar", case.lang, archive=archive,
                                      min_score=min_score, pivot=pivot, shipped=shipped)
    return {p.unit: p.translation for p in placements if p.outcome == FILLED}


def archive_pairs(documents, lang: str, count: int | None = None, source: str = "ar") -> dict[str, list]:
    """The newsroom's archive: the gold pairs (Arabic line, its translation) of the tuning
    documents (every third), as stems, per document; the first ``count`` documents only if given.
    With ``source`` another language: its lines against the translation's (what a pivot learns from)."""
    from kztr.reuse.lexicon import stem_pairs

    names = [doc for number, doc in enumerate(documents) if not number % 3][:count]
    return {doc: stem_pairs(zip(documents[doc][source], documents[doc][lang], strict=True), lang, source)
            for doc in names}


def flores_texts(repo: str, lang: str) -> list[tuple[str, str]]:
    """FLORES-200 devtest (NLLB Team et al. 2022, CC BY-SA 4.0): its 1,012 Arabic sentences and their
    translations, read from the mirror at run time. kztr ships them as stems
    (``kztr/data/align/``, ``scripts/generate_flores_stems.py``); the peer's dictionary learns from
    their words here, so that hunalign is given what kztr is given."""

    def lines(code: str) -> list[str]:
        name = f"HEAD:datasets/facebook/flores/flores200_dataset/devtest/{code}.devtest"
        text = subprocess.run(["git", "--git-dir", repo, "cat-file", "-p", name], capture_output=True, check=True,
                              text=True).stdout
        return [normalize_text(line) for line in text.split("\n")[:1012]]

    return list(zip(lines(FLORES_FILES["ar"]), lines(FLORES_FILES[lang]), strict=True))


def pivot_for(documents, case: Case, language: str, archive: dict[str, list]):
    """The English catalog of the document in the project: each unit's English (the NTREX lines it
    holds; the dropped one's too: the English edition has it), and the archive's English–translation pairs."""
    from kztr.reuse.align import Pivot

    lines = documents[case.doc][language]
    texts = {unit: " ".join(lines[line] for line in sorted(held)) for unit, held in enumerate(case.unit_lines)}
    return Pivot(language, texts, archive_for(archive, case.doc))


def archive_for(archive: dict[str, list], doc: str) -> list:
    """Every archived pair but the document's own (a tuning document is never its own archive)."""
    return [pair for name, pairs in archive.items() if name != doc for pair in pairs]


def beads_to_fills(beads: list[tuple[int, int, int, int]], sentences: list[str]) -> dict[int, str]:
    """A peer's beads (units [s0, s1), sentences [t0, t1)): the whole text to the first unit."""
    fills = {}
    for s0, s1, t0, t1 in beads:
        if s1 > s0 and t1 > t0:
            fills[s0] = " ".join(sentences[t0:t1])
    return fills


def with_paragraphs(items: list[tuple[str, int]]) -> tuple[list[str], list[int]]:
    """Lines for hunalign (``<p>`` between blocks) and, per line, the item it is (-1 for ``<p>``)."""
    lines, index = [], []
    for number, (text, block) in enumerate(items):
        if number and block != items[number - 1][1]:
            lines.append("<p>")
            index.append(-1)
        lines.append(text)
        index.append(number)
    return lines, index


_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


def hunalign_tokens(text: str) -> str:
    """A line as hunalign wants it: lower-case tokens, punctuation split off, one space apart."""
    return " ".join(_TOKEN.findall(text.lower()))


def hunalign_dictionary(documents, lang: str, archive: dict[str, list], path: Path,
                        extra: list[tuple[str, str]] = ()) -> Path:
    """The archive (the tuning documents' pairs, and ``extra`` pairs) as a hunalign dictionary
    (``target @ source`` lines): word forms linked as kztr links stems (Dice), since hunalign
    matches the words it reads."""
    from kztr.reuse.lexicon import learn_lexicon

    texts = [pair for doc in archive for pair in zip(documents[doc]["ar"], documents[doc][lang], strict=True)]
    pairs = [(frozenset(hunalign_tokens(source).split()), frozenset(hunalign_tokens(target).split()))
             for source, target in texts + list(extra)]
    links = learn_lexicon([(source, target) for source, target in pairs if source and target]).forward.links
    words = sorted(f"{target} @ {source}" for source, targets in links.items() for target in targets
                   if source.isalpha() and target.isalpha())
    path.write_text("\n".join(words) + "\n", encoding="utf-8")
    return path


def run_hunalign(binary: str, units, sentences, folder: Path, dictionary: Path | None = None,
                 tokens: bool = False) -> dict[int, str]:
    """hunalign with ``-realign``, as LF Aligner runs it (untokenized, no dictionary: ``null.dic``), or
    on tokenized lines with a dictionary, as its documentation asks."""
    source_lines, source_index = with_paragraphs(units)
    target_lines, target_index = with_paragraphs(sentences)
    if tokens:
        source_lines = [line if line == "<p>" else hunalign_tokens(line) for line in source_lines]
        target_lines = [line if line == "<p>" else hunalign_tokens(line) for line in target_lines]
    (folder / "src.txt").write_text("\n".join(source_lines) + "\n", encoding="utf-8")
    (folder / "tgt.txt").write_text("\n".join(target_lines) + "\n", encoding="utf-8")
    dictionary = dictionary or Path(binary).parents[2] / "data" / "null.dic"
    # cwd: hunalign leaves an empty translate.txt in its working folder.
    output = subprocess.run([binary, "-utf", "-realign", str(dictionary), str(folder / "src.txt"),
                             str(folder / "tgt.txt")], capture_output=True, text=True, check=True, cwd=folder).stdout
    rungs = [tuple(int(value) for value in line.split("\t")[:2]) for line in output.splitlines() if line.strip()]
    beads = []
    for (s0, t0), (s1, t1) in itertools.pairwise(rungs):
        units_in = [source_index[k] for k in range(s0, s1) if source_index[k] >= 0]
        sentences_in = [target_index[k] for k in range(t0, t1) if target_index[k] >= 0]
        if units_in and sentences_in:
            beads.append((units_in[0], units_in[-1] + 1, sentences_in[0], sentences_in[-1] + 1))
    return beads_to_fills(beads, [text for text, _ in sentences])


_GALECHURCH = """
import json, sys, galechurch
for line in sys.stdin:
    source, target = json.loads(line)
    result = galechurch.align(source, target)
    print(json.dumps([(b.source_start, b.source_end, b.target_start, b.target_end) for b in result.beads]), flush=True)
"""


class GaleChurch:
    """The ``galechurch`` package, in its own interpreter (not kztr's venv), one process for all."""

    def __init__(self, python: str) -> None:
        self.process = subprocess.Popen([python, "-c", _GALECHURCH], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True)

    def __call__(self, units, sentences) -> dict[int, str]:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps([[text for text, _ in units], [text for text, _ in sentences]]) + "\n")
        self.process.stdin.flush()
        beads = json.loads(self.process.stdout.readline())
        return beads_to_fills(beads, [text for text, _ in sentences])

    def close(self) -> None:
        assert self.process.stdin
        self.process.stdin.close()
        self.process.wait()


# ---------------------------------------------------------------- running


def cases(documents, lang: str, part: str, folder: Path, salt: str = ""):
    names = list(documents)
    for number, doc in enumerate(names):
        if part == "tune" and number % 3:
            continue
        if part == "report" and not number % 3:
            continue
        texts = documents[doc]
        rng = random.Random(f"{doc}:{lang}{salt}")
        case = Case(doc, lang, folder / f"{number}.txt", folder / f"{number}.{lang}.txt")
        source, blocks = build_source(texts["ar"], rng)
        case.source_path.write_text(source, encoding="utf-8")
        trace_units(case, blocks, texts["ar"])
        other = documents[names[(number + 7) % len(names)]][lang]
        build_translation(case, texts[lang], blocks, other[len(other) // 2], rng)
        yield case


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ntrex", default=NTREX)
    parser.add_argument("--hunalign")
    parser.add_argument("--galechurch-python")
    parser.add_argument("--part", choices=("tune", "report", "all"), default="report")
    parser.add_argument("--lang", nargs="+", default=["en", "ru"])
    parser.add_argument("--archive-docs", type=int, help="archive: the first N tuning documents only (default: all)")
    parser.add_argument("--curve", action="store_true", help="kztr's learning curve: archives of 0 to 41 documents")
    parser.add_argument("--min-score", type=float, help="kztr's cut-off for leaving a unit empty (default: its own)")
    parser.add_argument("--show", action="store_true", help="print kztr's wrong pairs")
    parser.add_argument("--only", nargs="+", help="run only these aligners (names as in the report, e.g. kztr)")
    parser.add_argument("--no-shipped-words", action="store_true",
                        help="kztr learns from the archive alone, not the FLORES-200 pairs it ships too")
    parser.add_argument("--flores", default=FLORES, help="FLORES-200 for the peer's dictionary (default: %(default)s)")
    parser.add_argument("--salt", default="", help="another draw of the cases' edits (default: the benchmark's own)")
    arguments = parser.parse_args()
    documents = load_documents(arguments.ntrex)
    if arguments.curve:
        for lang in arguments.lang:
            curve(documents, lang, arguments.part)
        return
    galechurch = GaleChurch(arguments.galechurch_python) if arguments.galechurch_python else None
    for lang in arguments.lang:
        archive = archive_pairs(documents, lang, arguments.archive_docs)
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            # each lambda binds this iteration's values (it is called before the loop moves on, but says so)
            shipped = not arguments.no_shipped_words
            named = {"kztr": lambda case, units, sentences, archive=archive, shipped=shipped: run_kztr(
                         case, archive_for(archive, case.doc), arguments.min_score, shipped=shipped),
                     "kztr, no archive": lambda case, units, sentences, shipped=shipped: run_kztr(
                         case, shipped=shipped)}
            if lang != PIVOT:
                pivots = archive_pairs(documents, lang, arguments.archive_docs, source=PIVOT)
                named["kztr, with the English catalog"] = lambda case, units, sentences, archive=archive, \
                        pivots=pivots, shipped=shipped: run_kztr(case, archive_for(archive, case.doc),
                                                                 arguments.min_score,
                                                                 pivot_for(documents, case, PIVOT, pivots), shipped)
            if arguments.hunalign:
                named["hunalign"] = lambda case, units, sentences, folder=folder: run_hunalign(
                    arguments.hunalign, units, sentences, folder)
                words = hunalign_dictionary(documents, lang, archive, folder / "archive.dic",
                                            flores_texts(arguments.flores, lang) if shipped else [])
                named["hunalign, archive dictionary"] = lambda case, units, sentences, folder=folder, words=words: \
                    run_hunalign(arguments.hunalign, units, sentences, folder, words, tokens=True)
            if galechurch is not None:
                named["galechurch"] = lambda case, units, sentences: galechurch(units, sentences)
            if arguments.only:
                named = {name: aligner for name, aligner in named.items() if name in arguments.only}
            count, tallies = measure(documents, lang, arguments.part, folder, named, arguments.show, arguments.salt)
        print(f"\narchive: {len(archive)} tuning documents, {sum(len(pairs) for pairs in archive.values())} pairs")
        report(lang, arguments.part, count, tallies)
    if galechurch is not None:
        galechurch.close()


def measure(documents, lang: str, part: str, folder: Path, named: dict, show_errors: bool = False, salt: str = ""):
    """Every aligner of ``named`` (name → function of case, units, sentences) on every case."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    count = 0
    for case in cases(documents, lang, part, folder, salt):
        count += 1
        units, sentences, _ = sides(case)
        for name, aligner in named.items():
            started = time.perf_counter()
            fills = aligner(case, units, sentences)
            tallies[name].seconds += time.perf_counter() - started
            tallies[name].add(case, fills)
            if show_errors and name == "kztr":
                show(case, fills)
    return count, tallies


def curve(documents, lang: str, part: str) -> None:
    """kztr with archives of more and more tuning documents (the first N in sorted order)."""
    print(f"\nar→{lang} ({part}): learning curve")
    print("| archive (documents) | pairs | P | R | F1 | misplaced units |")
    print("|--:|--:|--:|--:|--:|--:|")
    for size in (0, 5, 10, 20, 41):
        archive = archive_pairs(documents, lang, size)
        with tempfile.TemporaryDirectory() as name:
            _, tallies = measure(documents, lang, part, Path(name), {
                "kztr": lambda case, units, sentences, archive=archive: run_kztr(case, archive_for(archive, case.doc))})
        tally = tallies["kztr"]
        precision, recall, f1 = tally.figures()
        print(f"| {size} | {sum(len(pairs) for pairs in archive.values())} | {precision:.4f} | {recall:.4f} "
              f"| {f1:.4f} | {tally.misplaced} ({100 * tally.misplaced / tally.units:.2f} %) |", flush=True)


def show(case: Case, fills: dict[int, str]) -> None:
    for unit, lines in enumerate(case.unit_lines):
        gold = {line for line in lines if line != case.dropped}
        fill = fills.get(unit)
        predicted, misplaced = predicted_lines(case, fill, gold) if fill else (set(), False)
        if predicted != gold:
            print(f"{case.doc} u{unit} {unit_type(case, unit)} gold={sorted(gold)} got={sorted(predicted, key=str)}"
                  f" {'MISPLACED ' if misplaced else ''}| {case.segmented.units[unit].text[:50]} | {(fill or '')[:70]}")


def report(lang: str, part: str, count: int, tallies: dict[str, Tally]) -> None:
    print(f"\nar→{lang}: {count} documents ({part}), {tallies['kztr'].units} units")
    print("| aligner | P | R | F1 | misplaced units | dropped left empty | added taken | time (s) |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|")
    for name, tally in tallies.items():
        precision, recall, f1 = tally.figures()
        print(f"| {name} | {precision:.4f} | {recall:.4f} | {f1:.4f} | {tally.misplaced} "
              f"({100 * tally.misplaced / tally.units:.2f} %) | {tally.empty_right}/{tally.empty_total} "
              f"| {tally.added_taken} | {tally.seconds:.2f} |")
    kinds = sorted(set().union(*(set(tally.gold) | set(tally.predicted) for tally in tallies.values())))
    print("\n| bead (gold) | pairs | " + " | ".join(f"{name} P / R" for name in tallies) + " |")
    print("|---|--:|" + "--:|" * len(tallies))
    for kind in kinds:
        cells = []
        for tally in tallies.values():
            precision, recall, _ = tally.figures(kind)
            cells.append(f"{precision:.3f} / {recall:.3f}")
        print(f"| {kind} | {tallies['kztr'].gold[kind]} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
