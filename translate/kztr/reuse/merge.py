"""Merge a new template into an existing catalog without losing a translation.

* unchanged unit: keeps its translation, flags and comments;
* a unit that had been removed (obsolete ``#~``) and returns: revived as it was;
* a fuzzy unit whose source returns to the text it was translated from
  (``#|`` previous msgid): the translation is right again, fuzzy is cleared
  (the pieces of a split are joined back);
* a changed unit: paired, in document order, with an old unit that vanished
  between the same unchanged neighbours (rapidfuzz ratio at or above the
  cutoff), else with a close one anywhere (``STRICT_CUTOFF``); it takes that
  translation as ``fuzzy`` with ``#|`` the msgid it was made for; when only
  numbers changed, the numbers in the translation are updated too.  One old
  translation feeds one unit (``kztr.reuse.pairing`` finds the pairs);
* two old units joined into one take both translations, as ``fuzzy``; a unit
  split in two gives each half its own sentence of the translation, or the
  first half the translation and the others a note (a half edited as well,
  a word added, is still a half: ``NEAR_CONTAINED``);
* a removed unit with a translation: obsolete ``#~`` (gettext drops untranslated ones).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from kztr.model import Catalog, Entry
from kztr.text.numbers import NUMBER, renumber, update_numbers

__all__ = ["Change", "MergeReport", "merge_catalog", "update_numbers"]

# Tuned on edits of the shipped article (benchmarks/fuzzy_cutoff.py): two
# distinct sentences of the article score at most 56.3 (rapidfuzz ratio); at
# 60 every word, number, clause and typo edit (250 of them) still finds its
# old translation and no stranger does.  Joins and splits score lower: they
# are found by containment instead (MIN_CONTAINED characters or more).
DEFAULT_CUTOFF = 60.0
# Across the document (a unit moved alone and edited) only a close match counts: a one-word
# edit of a news sentence scores above 90, while new sentences glued from pieces of old ones
# (benchmarks/archive.py's near-duplicates) reach the 80s.
STRICT_CUTOFF = 90.0
# A gap between anchors with at most this many changed units on one side is matched generously.
SMALL_GAP = 8
MIN_CONTAINED = 20
# A half of a split that was edited too: how close to a piece of the old sentence it must be
# (rapidfuzz partial_ratio), and how close the halves together to the old sentence (ratio).
NEAR_CONTAINED = 91.0
NEAR_SPLIT = 80.0


@dataclass(frozen=True)
class Change:
    """What happened to one unit: ``revived``, ``restored``, ``fuzzy``, ``new`` or ``obsoleted``."""

    kind: str
    msgid: str
    reference: str = ""


@dataclass(frozen=True)
class MergeReport:
    """What a merge did, in units; ``changes`` lists every unit not simply kept."""

    kept: int = 0
    revived: int = 0
    restored: int = 0
    fuzzy: int = 0
    new: int = 0
    obsoleted: int = 0
    dropped_empty: int = 0
    changes: tuple[Change, ...] = ()


def merge_catalog(template: Catalog, old: Catalog, header: tuple[tuple[str, str], ...],
                  cutoff: float = DEFAULT_CUTOFF) -> tuple[Catalog, MergeReport]:
    """The catalog for ``template`` keeping every translation of ``old``."""
    plan = _Plan(template, old)
    plan.match(cutoff)
    counts = dict.fromkeys(("kept", "revived", "restored", "fuzzy", "new", "obsoleted", "dropped_empty"), 0)
    changes: list[Change] = []

    def record(kind: str, entry: Entry) -> None:
        counts[kind] += 1
        if kind not in ("kept", "dropped_empty"):
            changes.append(Change(kind, entry.msgid, entry.references[0] if entry.references else ""))

    merged = []
    for number, unit in enumerate(template.entries):
        kind, entry = plan.result(number, unit)
        merged.append(entry)
        if kind == "kept":
            counts["kept"] += 1  # the common case, without a Change
        else:
            record(kind, unit)
    obsolete: list[Entry] = []
    for entry in plan.unmatched_live:
        if entry.key in plan.used:
            continue
        if entry.msgstr or any(text for _, text in entry.msgstr_plural):  # a plural with one form filled too
            obsolete.append(entry.but(obsolete=True, extracted_comments=(), references=()))
            record("obsoleted", entry)
        else:
            record("dropped_empty", entry)
    obsolete += plan.unmatched_archived
    result = Catalog(
        header=header,
        header_comments=old.header_comments,
        header_flags=_without(old.header_flags, "fuzzy"),
        entries=tuple(merged + obsolete),
        header_text=old.header_text,  # its lines' spacing kept, as msgcat keeps it
        header_extracted_comments=old.header_extracted_comments,
        header_references=old.header_references,
    )
    return result, MergeReport(**counts, changes=tuple(changes))


class _Plan:
    """Which old entry (or entries) each unit of the template takes, and how.

    Exact matches first (kept, revived, restored); the kept units that did
    not move are anchors.  Between two anchors, the changed units most likely
    are the old units that vanished between the same anchors: they are
    paired generously (``cutoff``), joins and splits found there too.  What
    is left is paired across the whole document (moved and edited), strictly.
    """

    def __init__(self, template: Catalog, old: Catalog) -> None:
        self.units = template.entries
        self.unit_keys = [(unit.msgctxt, unit.msgid) for unit in self.units]  # Entry.key, computed once
        self.old_live = [entry for entry in old.entries if not entry.obsolete]
        self.live = {(entry.msgctxt, entry.msgid): entry for entry in self.old_live}
        self.archived: dict[tuple[str | None, str], Entry] = {}
        for entry in old.entries:
            if entry.obsolete:
                self.archived.setdefault(entry.key, entry)
        keys = {entry.key for entry in template.entries}
        self.unmatched_live = [entry for entry in self.old_live if entry.key not in keys]
        self.unmatched_archived = [entry for key, entry in self.archived.items() if key not in keys]
        self.used: set[tuple[str | None, str]] = set()
        # number -> (kind, old entries); kinds: kept revived restored fuzzy joined split note
        self.plan: dict[int, tuple[str, tuple[Entry, ...]]] = {}

    def result(self, number: int, unit: Entry) -> tuple[str, Entry]:
        kind, olds = self.plan.get(number, ("new", ()))
        if kind == "kept":
            return kind, _carry(unit, olds[0])
        if kind == "revived":
            return kind, _carry(unit, olds[0])
        if kind == "restored":
            return kind, _restored_from(unit, olds)
        if kind == "fuzzy":
            return kind, _fuzzy_from(unit, olds[0])
        if kind == "joined":
            return "fuzzy", _joined_from(unit, list(olds))
        if kind.startswith("piece:"):
            return "fuzzy", _fuzzy_from(unit, olds[0]).but(msgstr=kind[len("piece:"):])
        if kind == "note":
            note = " ".join(olds[0].msgstr.split())
            return "new", unit.but(translator_comments=(f"split from a unit translated as: {note}",))
        return "new", unit

    def match(self, cutoff: float) -> None:
        from kztr.reuse.pairing import stable_anchors

        position = {key: number for number, key in enumerate(self.live)}  # live keeps file order
        kept = []
        for number, key in enumerate(self.unit_keys):
            old = self.live.get(key)
            if old is not None:
                self.plan[number] = ("kept", (old,))
                kept.append(number)
            elif key in self.archived:
                self.plan[number] = ("revived", (self.archived[key],))
        self._restore()
        pool = [entry for entry in self.unmatched_live if entry.has_translation]
        pool.sort(key=lambda entry: position[entry.key])
        starts = [position[entry.key] for entry in pool]
        ends = [(len(self.units), len(self.old_live))]
        # First between the anchors: the kept units that did not move.  Then between any two
        # kept neighbours, moved ones too: a paragraph moved and edited keeps its own gaps.
        anchors = [kept[at] for at in stable_anchors([position[self.unit_keys[number]] for number in kept])]
        for chosen in (anchors, kept):
            bounds = [(-1, -1)] + [(number, position[self.unit_keys[number]]) for number in chosen] + ends
            self._pair_gaps(bounds, pool, starts, cutoff)
        news = [number for number in range(len(self.units)) if number not in self.plan]
        olds = [entry for entry in pool + self.unmatched_archived
                if entry.key not in self.used and entry.has_translation]
        if news and olds:
            self._pair(news, olds, max(cutoff, STRICT_CUTOFF), local=False)

    def _pair_gaps(self, bounds: list[tuple[int, int]], pool: list[Entry], starts: list[int], cutoff: float) -> None:
        """Pair the changed units between each two bounds (new index, old position) with the old ones there."""
        import bisect

        for (new_from, old_from), (new_to, old_to) in itertools.pairwise(bounds):
            if old_from >= old_to or new_to - new_from < 2:
                continue
            news = [number for number in range(new_from + 1, new_to) if number not in self.plan]
            if not news:
                continue
            olds = [entry for entry in pool[bisect.bisect_right(starts, old_from):bisect.bisect_left(starts, old_to)]
                    if entry.key not in self.used]
            if olds:
                # Between close anchors a vanished unit is most likely the changed one: be generous.
                # A long stretch without anchors (a rewrite) is no such evidence: be strict there.
                small = max(len(news), len(olds)) <= SMALL_GAP
                self._pair(news, olds, cutoff if small else max(cutoff, STRICT_CUTOFF), local=True)

    def _restore(self) -> None:
        """Units back to the text a fuzzy translation was made for (a revert)."""
        groups: dict[tuple[str | None, str], list[Entry]] = {}
        for entry in self.unmatched_live + self.unmatched_archived:
            if entry.fuzzy and entry.previous_msgid is not None and entry.has_translation:
                groups.setdefault((entry.previous_msgctxt, entry.previous_msgid), []).append(entry)
        for number, unit in enumerate(self.units):
            group = groups.get(unit.key)
            if number in self.plan or not group:
                continue
            if len(group) == 1 and not _restorable(unit, group[0]):
                continue
            if len(group) > 1 and any(entry.msgid_plural is not None for entry in group):
                continue
            if any(_is_cut_from(entry.msgid, unit.msgid) for entry in group) and \
                    any(_is_cut_from(entry.msgid, unit.msgid) for entry in self._pieces_of(unit, group)):
                continue  # a piece of the split was confirmed (maybe changed) since: a join, fuzzy
            self.plan[number] = ("restored", tuple(group))
            self.used.update(entry.key for entry in group)

    def _pieces_of(self, unit: Entry, group: list[Entry]) -> list[Entry]:
        """Other old entries with a translation that the unit contains (siblings of a split)."""
        keys = {entry.key for entry in group}
        return [entry for entry in self.unmatched_live if entry.has_translation and entry.key not in keys
                and entry.msgid_plural is None and _core(entry.msgid) in unit.msgid]

    def _pair(self, news: list[int], olds: list[Entry], cutoff: float, local: bool) -> None:
        from rapidfuzz import fuzz

        from kztr.reuse.pairing import Candidates, pair_greedily

        candidates = Candidates([entry.msgid for entry in olds])
        shortlists = {number: candidates.shortlist(self.units[number].msgid) for number in news}
        if local:
            self._joins_and_splits(news, olds, shortlists)
            news = [number for number in news if number not in self.plan]
        scored = []
        for place, number in enumerate(news):
            unit = self.units[number]
            for at in shortlists[number]:
                entry = olds[at]
                if entry.key in self.used or (entry.msgid_plural is None) != (unit.msgid_plural is None):
                    continue
                score = fuzz.ratio(unit.msgid, entry.msgid, score_cutoff=cutoff)
                if _renumbered(entry.msgid, unit.msgid):
                    score = 100.0
                elif local and not score and _is_cut_from(unit.msgid, entry.msgid):
                    score = cutoff
                if score:
                    scored.append((score, -abs(at * len(news) - place * len(olds)), number, at))
        for number, at in pair_greedily(scored):
            self.plan[number] = ("fuzzy", (olds[at],))
            self.used.add(olds[at].key)

    def _joins_and_splits(self, news: list[int], olds: list[Entry], shortlists: dict[int, list[int]]) -> None:
        from kztr.reuse.pairing import split_translation

        halves: dict[int, list[int]] = {}
        for number in news:
            unit = self.units[number]
            if unit.msgid_plural is not None:
                continue
            parts = [at for at in shortlists[number] if olds[at].key not in self.used
                     and olds[at].msgid_plural is None and _is_cut_from(olds[at].msgid, unit.msgid)]
            if len(parts) > 1:
                parts.sort(key=lambda at: unit.msgid.find(_core(olds[at].msgid)))
                self.plan[number] = ("joined", tuple(olds[at] for at in parts))
                self.used.update(olds[at].key for at in parts)
                continue
            for at in shortlists[number]:
                if olds[at].msgid_plural is None and _is_piece_of(unit.msgid, olds[at].msgid):
                    halves.setdefault(at, []).append(number)
        for at, numbers in sorted(halves.items()):
            entry = olds[at]
            numbers = [number for number in numbers if number not in self.plan]
            if len(numbers) < 2 or entry.key in self.used or not self._is_split(numbers, entry):
                continue
            self.used.add(entry.key)
            pieces = split_translation(entry.msgstr, [self.units[number].msgid for number in numbers])
            if pieces is not None:
                for number, piece in zip(numbers, pieces, strict=True):
                    self.plan[number] = (f"piece:{piece}", (entry,))
                continue
            self.plan[numbers[0]] = ("fuzzy", (entry,))
            for number in numbers[1:]:
                self.plan[number] = ("note", (entry,))


    def _is_split(self, numbers: list[int], entry: Entry) -> bool:
        """Are the units ``numbers``, each a piece of ``entry``, the halves of its sentence split?

        Pieces cut out as they were always are. A piece edited as well (a word
        added) must stand next to the others, and together they must still read
        as the old sentence.
        """
        from rapidfuzz import fuzz

        halves = [self.units[number].msgid for number in numbers]
        if all(_is_cut_from(half, entry.msgid) for half in halves):
            return True
        return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and \
            fuzz.ratio(" ".join(halves), entry.msgid) >= NEAR_SPLIT


def _restorable(unit: Entry, fuzzy: Entry) -> bool:
    """Can the fuzzy entry's translation be put back for sure (numbers included)?"""
    return _restored_text(unit, fuzzy) is not None


def _restored_text(unit: Entry, fuzzy: Entry) -> str | None:
    """The fuzzy entry's translation for the unit's text: kztr changes a fuzzy translation only by
    updating numbers, so undo that; None when a number cannot be put back for sure."""
    if fuzzy.msgid_plural is not None:
        return fuzzy.msgstr
    renumbered = renumber(fuzzy.msgid, unit.msgid, fuzzy.msgstr)
    if renumbered is None:
        return fuzzy.msgstr
    msgstr, complete = renumbered
    return msgstr if complete else None


def _restored_from(unit: Entry, group: tuple[Entry, ...]) -> Entry:
    """The translation a revert brings back: one fuzzy entry's, or a split's pieces joined."""
    if len(group) == 1:
        return _restored(unit, group[0])
    first = group[0]
    comments = tuple(dict.fromkeys(comment for part in group for comment in part.translator_comments
                                   if not comment.startswith("split from a unit translated as: ")))
    return _carry(unit, first).but(msgstr=" ".join(part.msgstr for part in group),
                   translator_comments=comments, flags=_without(first.flags, "fuzzy"),
                   previous_msgctxt=None, previous_msgid=None, previous_msgid_plural=None)


def _renumbered(old: str, new: str) -> bool:
    """Do the two sources differ in numbers only?"""
    return old != new and NUMBER.search(old) is not None and NUMBER.sub("#", old) == NUMBER.sub("#", new)


def _is_cut_from(part: str, whole: str) -> bool:
    """Is ``part`` (without its final punctuation) a long enough piece of ``whole``?"""
    core = _core(part)
    return len(core) >= MIN_CONTAINED and len(core) < len(_core(whole)) and core in whole


def _is_piece_of(part: str, whole: str) -> bool:
    """``_is_cut_from``, or nearly so: a piece of ``whole`` with a word or two changed.

    Two distinct sentences of the shipped article score at most 89.5 (a
    heading inside a paragraph that names it); a half with a word added,
    dropped or replaced scores 92 and above.
    """
    from rapidfuzz import fuzz

    if _is_cut_from(part, whole):
        return True
    core = _core(part)
    return len(core) >= MIN_CONTAINED and len(core) < len(_core(whole)) and \
        fuzz.partial_ratio(core, whole, score_cutoff=NEAR_CONTAINED) > 0


def _restored(unit: Entry, fuzzy: Entry) -> Entry:
    """A fuzzy entry whose source went back to the text its translation was made for.

    Only for an entry ``_restorable`` accepts: the plan restores no other (an entry whose
    numbers cannot be put back for sure stays fuzzy).
    """
    msgstr = _restored_text(unit, fuzzy)
    if msgstr is None:
        raise ValueError(f"not restorable, yet planned as restored: {unit.msgid!r}")
    return _carry(unit, fuzzy).but(msgstr=msgstr, flags=_without(fuzzy.flags, "fuzzy"),
                   previous_msgctxt=None, previous_msgid=None, previous_msgid_plural=None)


def _without(flags: tuple[str, ...], flag: str) -> tuple[str, ...]:
    return tuple(item for item in flags if item != flag)


def _carry(unit: Entry, old: Entry) -> Entry:
    """The template's text, comments and references with the old entry's translation."""
    if old.msgctxt == unit.msgctxt and old.msgid == unit.msgid and not old.obsolete and \
            old.extracted_comments == unit.extracted_comments and old.references == unit.references:
        return old  # the common case: nothing to change (``line`` says where it was read; never written)
    return old.but(
        msgctxt=unit.msgctxt,
        msgid=unit.msgid,
        extracted_comments=unit.extracted_comments,
        references=unit.references,
        obsolete=False,
        line=0,
    )


def _core(text: str) -> str:
    """A sentence without its final punctuation, which a split or join changes.

    >>> _core("انتهت القمة.")
    'انتهت القمة'
    """
    return text.rstrip(".!?؟…،؛ ")


def _joined_from(unit: Entry, parts: list[Entry]) -> Entry:
    comments = tuple(dict.fromkeys(comment for part in parts for comment in part.translator_comments))
    return unit.but(
        msgstr=" ".join(part.msgstr for part in parts),
        translator_comments=comments,
        flags=("fuzzy",),
        previous_msgid=" ".join(part.msgid for part in parts),
    )


def _fuzzy_from(unit: Entry, old: Entry) -> Entry:
    previous = old.previous_msgid if old.fuzzy and old.previous_msgid is not None else old.msgid
    msgstr = old.msgstr
    if old.msgid_plural is None and unit.msgid_plural is None:
        updated = update_numbers(old.msgid, unit.msgid, old.msgstr)
        if updated is not None:
            msgstr = updated
    return unit.but(
        msgstr=msgstr,
        msgstr_plural=old.msgstr_plural if unit.msgid_plural is not None else (),
        translator_comments=old.translator_comments,
        flags=("fuzzy", *_without(old.flags, "fuzzy")),
        previous_msgctxt=old.previous_msgctxt if old.fuzzy and old.previous_msgid is not None else old.msgctxt,
        previous_msgid=previous,
    )
