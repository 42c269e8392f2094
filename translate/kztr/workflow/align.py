"""``kztr align``: a catalog filled from a translation that already exists.

The document's units are aligned with the translation's sentences
(``kztr.reuse.align``); units without a translation take theirs as fuzzy,
with the score, so a person confirms each; everything else is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kztr.config import Settings
from kztr.errors import KztrError, SourceError
from kztr.model import Document, Segmented
from kztr.project import list_languages, read_documents, shown_path
from kztr.reuse.align_fill import FILLED, KEPT, LOW, NONE, NOTE
from kztr.workflow.common import Progress, project_language, silent

ABSENT = "absent"  # the unit is not in the catalog (out of date): kztr extract first
OUTCOMES = (FILLED, LOW, NONE, NOTE, KEPT, ABSENT)
LEAST_CERTAIN = 5


def read_numbers(text: str, language: str) -> tuple[str, ...]:
    """The numbers of a text as ``kztr check`` reads them (``kztr.text.quantities``), as values:
    digits of any system, separators, multipliers and number words (``١٢٫٥`` → ``12.5``).

    The one place the aligner reads numbers.

    >>> read_numbers("في عام ٢٠٢٢ حضر ١٢٬٥٠٠ شخص", "ar"), read_numbers("12,500 people in 2022", "en")
    (('2022', '12500'), ('12500', '2022'))
    >>> read_numbers("حضر أحد عشر رئيس دولة", "ar"), read_numbers("eleven heads of state came", "en")
    (('11',), ('11',))
    """
    from kztr.text.quantities import read_quantities

    return tuple(quantity.value for quantity in read_quantities(text, language))


def converted_numbers(sources: list[str], targets: list[str], source_language: str,
                      target_language: str) -> dict[str, str]:
    """A translation's numbers that state one of the source's in other units (2 inches as 5 cm, 40 miles
    as 65 km: ``kztr.text.quantities.agree``), each as the source's value; numbers the source also
    has as they are, and numbers that state none, are left out. Read across one document.

    >>> converted_numbers(["سقوط 2 إلى 4 بوصات على بعد 40 ميلاً"], ["от 5 до 10 см в 65 км", "5 человек"], "ar", "ru")
    {'5': '2', '10': '4', '65': '40'}
    """
    from kztr.text.quantities import agree, read_quantities

    measures = [quantity for text in sources for quantity in read_quantities(text, source_language)]
    values = {value for quantity in measures for value in quantity.values}
    measures = [quantity for quantity in measures if quantity.near]
    converted: dict[str, str] = {}
    for text in targets:
        for quantity in read_quantities(text, target_language):
            if quantity.value in values or quantity.value in converted:
                continue
            found = next((measure for measure in measures if agree(measure, quantity)), None)
            if found is not None:
                converted[quantity.value] = found.value
    return converted


def anchor_readers():
    """How the aligner reads numbers (number words and converted measures included), Latin runs and
    the lengths of a language's translations: ``kztr check``'s readers."""
    from kztr.checks.length import prior_for
    from kztr.checks.scripts import latin_runs
    from kztr.reuse.anchors import Readers

    return Readers(numbers=read_numbers, latin_runs=latin_runs, converted=converted_numbers, length_prior=prior_for)


@dataclass(frozen=True)
class AlignedUnit:
    """One unit and what the alignment gave it."""

    reference: str
    block: int
    kind: str
    source: str
    outcome: str
    translation: str = ""
    score: float = 0.0
    bead: str = ""


@dataclass(frozen=True)
class AlignResult:
    locale: str
    document: str
    source: str
    catalog: str
    translation: str  # the translation file, as written in the catalog's comments
    dry_run: bool
    written: bool
    units: tuple[AlignedUnit, ...]
    unused: tuple[str, ...]  # sentences of the translation no unit took
    sentences: int = 0
    learnt_from: int = 0  # translated pairs of the project the aligner learnt its words from
    shipped: int = 0  # sentence pairs kztr ships for the language (FLORES-200) it learnt from too
    pivot: str = ""  # another language whose translations of the units the alignment compared too
    pivot_units: int = 0  # units of the document translated in that language
    pivot_learnt_from: int = 0  # units the project has translated into both languages

    def count(self, outcome: str) -> int:
        return sum(1 for unit in self.units if unit.outcome == outcome)

    @property
    def least_certain(self) -> tuple[AlignedUnit, ...]:
        """The filled units the alignment was least sure of, least sure first."""
        filled = [unit for unit in self.units if unit.outcome == FILLED]
        return tuple(sorted(filled, key=lambda unit: (unit.score, unit.reference))[:LEAST_CERTAIN])


def align_document(segmented: Segmented, translation, source_language: str, target_language: str,
                   glossary=None, known: dict[int, str] | None = None, translated: set[int] | None = None,
                   archive=None, min_score: float | None = None, pivot=None, shipped: bool = True):
    """Beads, placements and the translation's sentences for one document (no catalog, no file).

    ``archive``: the project's translated pairs as stems (``kztr.reuse.lexicon.stem_pairs``),
    what the aligner learns its words from, with the pairs kztr ships for the language unless
    ``shipped`` is False; ``pivot``: the units' translations in another language of the project
    (``kztr.reuse.align.Pivot``).
    """
    from kztr.reuse.align import Item, align_document_items
    from kztr.reuse.align_fill import default_min_score, place_beads
    from kztr.reuse.anchors import AnchorReader
    from kztr.text.target import target_sentences

    sources = [Item(unit.text, unit.block_index, unit.kind, unit.sentence_index == 0,
                    unit.sentence_index == len(block) - 1)
               for block in segmented.units_by_block for unit in block]
    sentences = target_sentences(translation.blocks, target_language)
    targets = [Item(sentence.text, sentence.block, sentence.kind, sentence.first, sentence.last)
               for sentence in sentences]
    reader = AnchorReader(anchor_readers(), source_language, target_language, glossary,
                          [item.text for item in sources], [item.text for item in targets])
    beads = align_document_items(sources, targets, reader, known, archive, pivot, shipped)
    placements = place_beads(beads, [item.text for item in sources], [item.text for item in targets],
                             translated or set(),
                             default_min_score(target_language) if min_score is None else min_score)
    return beads, placements, sentences


def align(settings: Settings, lang: str, doc: str, translation: Path, dry_run: bool = False,
          progress: Progress = silent, min_score: float | None = None) -> AlignResult:
    """Align document ``doc`` with ``translation`` and fill its catalog's empty units (not with ``dry_run``);
    a pair scoring below ``min_score`` (default ``align_fill.default_min_score``: 40, Russian 50) is left empty."""
    from kztr.lock import project_lock
    from kztr.text.target import read_translation
    from kztr.workflow.qa import load_glossary

    locale = project_language(settings, lang, list_languages(settings))
    segmented = read_documents(settings, only=(doc,))[0]
    target = _in_language(read_translation(Path(translation), settings.root, locale), locale, lang)
    if target.markup and not segmented.document.markup:
        target = _without_markup(target)
    path = settings.catalog_path(locale, doc)
    shown = shown_path(settings, path)
    if path.exists() and not path.is_file():
        raise KztrError("not a regular file, where this document's catalog should be", path=shown)
    if not path.is_file():
        raise KztrError(f"no catalog for this document; run kztr extract (or kztr init --lang {locale})", path=shown)
    label = _label(settings, Path(translation))
    glossary = load_glossary(settings, locale)
    progress(f"aligning {segmented.document.relpath} with {target.relpath}")
    if dry_run:
        return _run(settings, segmented, target, locale, glossary, path, shown, label, False, min_score)
    with project_lock(settings.locales_path, shown_path(settings, settings.locales_path)):
        return _run(settings, segmented, target, locale, glossary, path, shown, label, True, min_score)


# A translation file whose letters are mostly of another script than its language's is another language's text
# (the Arabic source, the Russian edition given as English): refused rather than aligned.
LEAST_OWN_SCRIPT = 0.5


def _in_language(target: Document, locale: str, lang: str) -> Document:
    """The translation, if it is written in the language's script; an error naming the file if it is empty or
    mostly in another script."""
    from kztr.locales import script_name
    from kztr.text.sources import document_scripts

    script = script_name(locale)
    scripts = document_scripts(target)
    total = sum(scripts.values())
    if not total:
        raise SourceError("no text to align: the file has no letters", path=target.relpath)
    own = scripts.get(script, 0)
    if not target.blocks or own < LEAST_OWN_SCRIPT * total:
        main = next(iter(scripts))
        raise SourceError(f"no {script} text to align: {100 * scripts[main] // total} % of its letters are {main} "
                          f"(is --lang {lang} the file's language?)", path=target.relpath)
    return target


def _without_markup(target: Document) -> Document:
    """A Markdown translation of a plain-text document as plain text: emphasis, links and code spans as the
    text a reader sees (``**CICA**`` as CICA), since the units have no markup to keep."""
    from dataclasses import replace

    from kztr.render.inline import plain_text

    return replace(target, blocks=tuple(replace(block, text=plain_text(block.text, True))
                                        for block in target.blocks))


def _run(settings: Settings, segmented: Segmented, target, locale: str, glossary, path: Path, shown: str,
         label: str, write: bool, min_score: float | None) -> AlignResult:
    from kztr.files import write_text
    from kztr.po.catalog import read_catalog_file
    from kztr.po.pofile import generate_po
    from kztr.reuse.align_fill import fill_catalog
    from kztr.reuse.lexicon import shipped_pairs
    from kztr.workflow.exchange import load_memory

    data, catalog = read_catalog_file(path, shown)
    entries = {entry.msgid: entry for entry in catalog.entries if not entry.obsolete and entry.msgctxt is None}
    memory = load_memory(settings, locale, known={segmented.document.doc_id: catalog})
    archive = project_pairs(memory, glossary, locale)
    pivot = project_pivot(settings, locale, segmented, memory)
    units = segmented.units
    absent = {number for number, unit in enumerate(units) if unit.text not in entries}
    translated = {number for number, unit in enumerate(units)
                  if number not in absent and entries[unit.text].has_translation} | absent
    known = {number: entries[units[number].text].msgstr for number in translated - absent}
    beads, placements, sentences = align_document(segmented, target, settings.source_language, locale, glossary,
                                                  known, translated, archive, min_score, pivot)
    filled, _ = fill_catalog(catalog, placements, label)
    text = generate_po(filled)
    written = False
    if write and text.encode("utf-8") != data:
        written = write_text(path, text, shown)
    used = {j for bead in beads if bead.sources for j in bead.targets}
    relpath = segmented.document.relpath
    aligned = tuple(
        AlignedUnit(f"{relpath}:{unit.line}", unit.block_index, unit.kind, unit.text,
                    ABSENT if number in absent else placement.outcome,
                    "" if number in absent or placement.outcome == KEPT else placement.translation,
                    placement.score, placement.bead)
        for number, (unit, placement) in enumerate(zip(units, placements, strict=True)))
    return AlignResult(locale, segmented.document.doc_id, relpath, shown, label, not write, written, aligned,
                       tuple(sentence.text for number, sentence in enumerate(sentences) if number not in used),
                       len(sentences), len(archive), len(shipped_pairs(locale)), pivot.language if pivot else "",
                       len(pivot.texts) if pivot else 0, len(pivot.archive) if pivot else 0)


def project_pairs(memory, glossary, locale: str) -> list:
    """What the project has translated into ``locale``, as stems: every translated unit of its
    catalogs (this one included) and TMX files (``memory``), and the glossary's terms."""
    from kztr.reuse.lexicon import stem_pairs

    pairs = [(unit.source, unit.target) for unit in memory.units]
    if glossary is not None:
        pairs += [(term.source, term.target) for term in glossary.terms]
    return stem_pairs(pairs, locale)


def project_pivot(settings: Settings, locale: str, segmented: Segmented, memory):
    """The document's units as another language of the project has translated them (the language
    with most of them; None if no other catalog of the document has a translation), with what the
    project has translated into both languages (that language's stems against ``locale``'s):
    a newsroom that translates into English first aligns its Russian through the English too."""
    from kztr.po.catalog import read_catalog_file
    from kztr.reuse.align import Pivot
    from kztr.reuse.lexicon import stem_pairs
    from kztr.reuse.memory import memory_units
    from kztr.workflow.exchange import load_memory

    doc = segmented.document.doc_id
    best = None  # (units translated, language, their translations, the catalog)
    for language in list_languages(settings):
        path = settings.catalog_path(language, doc)
        if language == locale or not path.is_file():
            continue
        _, catalog = read_catalog_file(path, shown_path(settings, path))
        translated = {unit.source: unit.target for unit in memory_units(catalog, doc)}
        texts = {number: translated[unit.text] for number, unit in enumerate(segmented.units)
                 if unit.text in translated}
        if texts and (best is None or len(texts) > best[0]):
            best = (len(texts), language, texts, catalog)
    if best is None:
        return None
    _, language, texts, catalog = best
    mine: dict[str, str] = {}
    for unit in memory.units:
        mine.setdefault(unit.source, unit.target)
    theirs = load_memory(settings, language, known={doc: catalog})
    pairs = stem_pairs([(unit.target, mine[unit.source]) for unit in theirs.units if unit.source in mine],
                       locale, language)
    return Pivot(language, texts, pairs) if pairs else None  # no word of one is linked to the other yet


def _label(settings: Settings, path: Path) -> str:
    """The translation file as the catalog's comments name it: inside the project, its path
    there; outside, its name only (a catalog is shared; nobody else has your Downloads folder)."""
    try:
        return path.resolve().relative_to(settings.root.resolve()).as_posix()
    except ValueError:
        return path.name


__all__ = ["ABSENT", "LOW", "NONE", "OUTCOMES", "AlignResult", "AlignedUnit", "align", "align_document", "read_numbers"]
