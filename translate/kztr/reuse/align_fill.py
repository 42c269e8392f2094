"""What an alignment puts in a catalog (``kztr align``): only units without a translation.

Each bead becomes a placement per unit: the sentence(s) it was aligned with,
or nothing and why.  A bead of two units and one sentence (2–1) gives each
unit its part of the sentence only where the sentence can be cut at a clause
boundary in proportion to the units' lengths (``pairing.group_pieces``);
otherwise the whole sentence goes to the first unit and the others get it as
a translator's note, as the merge does for a split.  ``fill_catalog`` writes
the placements into the catalog as fuzzy translations with the comment
``kztr: aligned from <file> (score NN)``; a translated unit is never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kztr.model import Catalog, Entry
from kztr.reuse.align import Bead
from kztr.reuse.pairing import group_pieces

# Below this score (percent, the bead's posterior) a unit is left empty and listed
# (tuned on NTREX-128's tuning documents: benchmarks/align.py).
MIN_SCORE = 40.0
# Per language where the tuning documents asked for another: the Russian alignment is surer of
# its pairs than they are right (NTREX's Russian is the freer translation and the words learnt
# from it fewer): between 40 and 50 the tuning documents' Russian pairs were mostly wrong.
MIN_SCORES = {"ru": 50.0}
FILLED, LOW, NONE, KEPT, NOTE = "filled", "low", "none", "kept", "note"
COMMENT = "kztr: aligned from "
# Clause boundaries, strongest first: after ; : or a sentence end the segmenter kept, before a dash;
# then after a comma (more of them, so a closer fit to the units' lengths is asked for).
_STRONG = re.compile(r"(?<=[;:.!?…])\s(?=\S)|(?<=[;:.!?…][\"”»’)])\s|\s(?=[—–]\s)")
_COMMA = re.compile(r"(?<=[,،])\s")
CUTS = ((_STRONG, 1.8), (_COMMA, 1.4))


@dataclass(frozen=True)
class Placement:
    """What the alignment gives one unit: ``outcome`` filled, low (score too low: left empty),
    none (no sentence of the translation for it), kept (already translated) or note."""

    unit: int
    msgid: str
    outcome: str
    translation: str = ""
    score: float = 0.0
    bead: str = ""


def cut_at_clauses(sentence: str, halves: list[str]) -> list[str] | None:
    """One translated sentence cut into one piece per unit at clause boundaries, or None.

    >>> cut_at_clauses("The summit opened in Astana; leaders of 27 states came.",
    ...                ["افتتحت القمة في أستانا.", "وحضرها قادة 27 دولة."])
    ['The summit opened in Astana;', 'leaders of 27 states came.']
    >>> cut_at_clauses("The summit opened in Astana with leaders of 27 states.", ["أ ب ج.", "د هـ و."]) is None
    True
    """
    for pattern, limit in CUTS:
        pieces = [piece for piece in pattern.split(sentence) if piece]
        if len(pieces) >= len(halves) and " ".join(pieces) == sentence:
            groups = group_pieces(pieces, halves, limit)
            if groups is not None:
                return groups
    return None


def default_min_score(language: str) -> float:
    """The cut-off for a translation in ``language`` when the user gives none.

    >>> default_min_score("ru"), default_min_score("ru_RU"), default_min_score("en")
    (50.0, 50.0, 40.0)
    """
    from kztr.text.target import base_language

    return MIN_SCORES.get(base_language(language), MIN_SCORE)


def place_beads(beads: tuple[Bead, ...], units: list[str], sentences: list[str], translated: set[int],
                min_score: float | None = None) -> list[Placement]:
    """A placement for every unit, in unit order; units in ``translated`` are kept as they are."""
    min_score = MIN_SCORE if min_score is None else min_score
    placements: dict[int, Placement] = {}
    for bead in beads:
        if not bead.sources:
            continue
        texts = _bead_texts(bead, units, sentences)
        for number, unit in enumerate(bead.sources):
            text, outcome = texts[number]
            if unit in translated:
                placements[unit] = Placement(unit, units[unit], KEPT, score=bead.score, bead=bead.kind)
            elif outcome == FILLED and bead.score < min_score:
                placements[unit] = Placement(unit, units[unit], LOW, text, bead.score, bead.kind)
            else:
                placements[unit] = Placement(unit, units[unit], outcome, text, bead.score, bead.kind)
    return [placements.get(unit, Placement(unit, units[unit], NONE)) for unit in range(len(units))]


def _bead_texts(bead: Bead, units: list[str], sentences: list[str]) -> list[tuple[str, str]]:
    """(text, outcome) for each unit of a bead."""
    targets = [sentences[j] for j in bead.targets]
    if not targets:
        return [("", NONE)] * len(bead.sources)
    if len(bead.sources) == 1:
        return [(" ".join(targets), FILLED)]
    halves = [units[i] for i in bead.sources]
    # At clause boundaries (sentence ends among them), else whole sentences with a looser fit.
    pieces = cut_at_clauses(" ".join(targets), halves)
    if pieces is None and len(targets) > 1:
        pieces = group_pieces(targets, halves)
    if pieces is not None:
        return [(piece, FILLED) for piece in pieces]
    whole = " ".join(targets)
    return [(whole, FILLED)] + [(whole, NOTE)] * (len(halves) - 1)


def fill_catalog(catalog: Catalog, placements: list[Placement], label: str) -> tuple[Catalog, int]:
    """The catalog with every filled placement as a fuzzy translation (and every note as a
    translator's comment) on an entry that has no translation; how many entries were filled.

    An entry is found by its msgid; one that already has a translation, or a
    note from an earlier alignment, is left exactly as it is.
    """
    by_msgid: dict[str, list[Placement]] = {}
    for placement in placements:
        if placement.outcome in (FILLED, NOTE):
            by_msgid.setdefault(placement.msgid, []).append(placement)
    entries, filled = [], 0
    for entry in catalog.entries:
        found = by_msgid.get(entry.msgid) if not entry.obsolete and entry.msgctxt is None else None
        if found is None or entry.has_translation or entry.msgid_plural is not None:
            entries.append(entry)
            continue
        placement = next((item for item in found if item.outcome == FILLED), found[0])
        updated = _filled(entry, placement, label)
        filled += updated.msgstr != entry.msgstr
        entries.append(updated)
    return replace(catalog, entries=tuple(entries)), filled


def _filled(entry: Entry, placement: Placement, label: str) -> Entry:
    if placement.outcome == FILLED:
        comment = f"{COMMENT}{label} (score {placement.score:.0f})"
        flags = ("fuzzy", *(flag for flag in entry.flags if flag != "fuzzy"))
        return replace(entry, msgstr=placement.translation, flags=flags,
                       translator_comments=(*_without_alignment(entry.translator_comments), comment))
    if any(comment.startswith(COMMENT) for comment in entry.translator_comments):
        return entry  # noted by an earlier run: aligning again changes nothing
    note = f"{COMMENT}{label}: translated with the unit before it as: {' '.join(placement.translation.split())}"
    return replace(entry, translator_comments=(*entry.translator_comments, note))


def _without_alignment(comments: tuple[str, ...]) -> tuple[str, ...]:
    """An earlier alignment's note goes when a translation comes."""
    return tuple(comment for comment in comments if not comment.startswith(COMMENT))
