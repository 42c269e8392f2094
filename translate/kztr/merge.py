"""Merge a new template into an existing catalog without losing a translation.

* unchanged unit: keeps its translation, flags and comments;
* a unit that had been removed (obsolete ``#~``) and returns: revived as it was;
* a fuzzy unit whose source returns to the text it was translated from
  (``#|`` previous msgid): the translation is right again, fuzzy is cleared;
* a changed unit: takes the most similar old translation (rapidfuzz ratio at
  or above the cutoff) as ``fuzzy`` with ``#|`` the msgid it was made for;
  when only numbers changed, the numbers in the translation are updated too;
* a sentence split off an old unit takes that unit's translation, and two
  old units joined into one take both translations, as ``fuzzy``;
* a removed unit with a translation: obsolete ``#~`` (gettext drops untranslated ones).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kztr.model import Catalog, Entry

# Tuned on edits of the shipped article (benchmarks/fuzzy_cutoff.py): two
# distinct sentences of the article score at most 56.3 (rapidfuzz ratio); at
# 60 every word, number, clause and typo edit (250 of them) still finds its
# old translation and no stranger does.  Joins and splits score lower: they
# are found by containment instead (MIN_CONTAINED characters or more).
DEFAULT_CUTOFF = 60.0
MIN_CONTAINED = 20

_NUMBER = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*")
_TO_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
_TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


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


def update_numbers(old_source: str, new_source: str, translation: str) -> str | None:
    """The translation with its numbers updated, when only numbers changed.

    Returns None when the sources differ in more than numbers.  A number is
    updated only where it is unambiguous: its old value occurs once in the old
    source and once in the translation.

    >>> update_numbers("في 14 أكتوبر", "في 15 أكتوبر", "on 14 October")
    'on 15 October'
    >>> update_numbers("عام ٢٠٢١", "عام ٢٠٢٢", "in 2021")
    'in 2022'
    >>> update_numbers("في 14 أكتوبر", "في 14 نوفمبر", "on 14 October") is None
    True
    """
    renumbered = renumber(old_source, new_source, translation)
    return None if renumbered is None else renumbered[0]


def renumber(old_source: str, new_source: str, translation: str) -> tuple[str, bool] | None:
    """``update_numbers`` plus whether every changed number could be updated.

    >>> renumber("خلال 2022، ... عام 2022.", "خلال 2022، ... عام 2023.", "During 2022, ... in 2022.")
    ('During 2022, ... in 2022.', False)
    """
    old_numbers, new_numbers = _NUMBER.findall(old_source), _NUMBER.findall(new_source)
    if _NUMBER.sub("#", old_source) != _NUMBER.sub("#", new_source) or len(old_numbers) != len(new_numbers):
        return None
    old_values = [_value(number) for number in old_numbers]
    wanted = {old: _value(new) for old, new in zip(old_values, new_numbers) if old != _value(new)}
    found = [(match, _value(match.group())) for match in _NUMBER.finditer(translation)]
    found_values = [value for _, value in found]
    changes = {old: new for old, new in wanted.items()
               if old_values.count(old) == 1 and found_values.count(old) == 1}
    pieces, last = [], 0
    for match, value in found:  # all at once, so 2021->2022 and 2022->2023 cannot chain
        if value in changes:
            pieces += [translation[last:match.start()], _written_like(match.group(), changes[value])]
            last = match.end()
    pieces.append(translation[last:])
    return "".join(pieces), len(changes) == len(wanted)


def _value(number: str) -> str:
    """A number's digits, Western, without grouping: ``١٠٬٠٠٠`` -> ``10000``."""
    return number.translate(_TO_WESTERN).replace(",", "")


def _written_like(written: str, value: str) -> str:
    """``value`` in the style of ``written``: its digits, its thousands separators."""
    replacement = value
    if "," in written and "." not in value:
        replacement = f"{int(value):,}"
    if written.translate(_TO_WESTERN) != written:
        replacement = replacement.translate(_TO_ARABIC_INDIC)
    return replacement


def merge_catalog(template: Catalog, old: Catalog, header: tuple[tuple[str, str], ...],
                  cutoff: float = DEFAULT_CUTOFF) -> tuple[Catalog, MergeReport]:
    """The catalog for ``template`` keeping every translation of ``old``."""
    live = {entry.key: entry for entry in old.entries if not entry.obsolete}
    archived: dict[tuple[str | None, str], Entry] = {}
    for entry in old.entries:
        if entry.obsolete:
            archived.setdefault(entry.key, entry)
    template_keys = {entry.key for entry in template.entries}
    used: set[tuple[str | None, str]] = set()
    counts = dict.fromkeys(("kept", "revived", "restored", "fuzzy", "new", "obsoleted", "dropped_empty"), 0)
    changes: list[Change] = []

    def record(kind: str, entry: Entry) -> None:
        counts[kind] += 1
        if kind not in ("kept", "dropped_empty"):
            changes.append(Change(kind, entry.msgid, entry.references[0] if entry.references else ""))

    unmatched_live = [entry for key, entry in live.items() if key not in template_keys]
    unmatched_archived = [entry for key, entry in archived.items() if key not in template_keys]
    pool = [entry for entry in unmatched_live + unmatched_archived if entry.has_translation]
    by_previous = {(entry.previous_msgctxt, entry.previous_msgid): entry
                   for entry in pool if entry.fuzzy and entry.previous_msgid is not None}

    merged: list[Entry] = []
    for unit in template.entries:
        old_entry = live.get(unit.key)
        if old_entry is not None:
            merged.append(_carry(unit, old_entry))
            record("kept", unit)
            continue
        old_entry = archived.get(unit.key)
        if old_entry is not None:
            merged.append(_carry(unit, old_entry))
            record("revived", unit)
            continue
        old_entry = by_previous.get(unit.key)
        restored = _restored(unit, old_entry) if old_entry is not None else None
        if restored is not None:
            used.add(old_entry.key)
            merged.append(restored)
            record("restored", unit)
            continue
        parts = _contained(unit, pool)
        if len(parts) > 1:
            used.update(part.key for part in parts)
            merged.append(_joined_from(unit, parts))
            record("fuzzy", unit)
            continue
        candidate = _closest(unit, pool, cutoff) or _containing(unit, pool) or (parts[0] if parts else None)
        if candidate is not None:
            used.add(candidate.key)
            merged.append(_fuzzy_from(unit, candidate))
            record("fuzzy", unit)
            continue
        merged.append(unit)
        record("new", unit)

    obsolete: list[Entry] = []
    for entry in unmatched_live:
        if entry.key in used:
            continue
        if entry.has_translation:
            obsolete.append(replace(entry, obsolete=True, extracted_comments=(), references=()))
            record("obsoleted", entry)
        else:
            record("dropped_empty", entry)
    obsolete += unmatched_archived
    result = Catalog(
        header=header,
        header_comments=old.header_comments,
        header_flags=_without(old.header_flags, "fuzzy"),
        entries=tuple(merged + obsolete),
    )
    return result, MergeReport(**counts, changes=tuple(changes))


def _restored(unit: Entry, fuzzy: Entry) -> Entry | None:
    """A fuzzy entry whose source went back to the text its translation was made for.

    kztr changes a fuzzy translation only by updating numbers; undo that.  If
    a number cannot be put back for sure, the entry stays fuzzy (None here).
    """
    msgstr = fuzzy.msgstr
    if fuzzy.msgid_plural is None:
        renumbered = renumber(fuzzy.msgid, unit.msgid, fuzzy.msgstr)
        if renumbered is not None:
            msgstr, complete = renumbered
            if not complete:
                return None
    return replace(_carry(unit, fuzzy), msgstr=msgstr, flags=_without(fuzzy.flags, "fuzzy"),
                   previous_msgctxt=None, previous_msgid=None, previous_msgid_plural=None)


def _without(flags: tuple[str, ...], flag: str) -> tuple[str, ...]:
    return tuple(item for item in flags if item != flag)


def _carry(unit: Entry, old: Entry) -> Entry:
    """The template's text, comments and references with the old entry's translation."""
    return replace(
        old,
        msgctxt=unit.msgctxt,
        msgid=unit.msgid,
        extracted_comments=unit.extracted_comments,
        references=unit.references,
        obsolete=False,
        line=0,
    )


def _closest(unit: Entry, pool: list[Entry], cutoff: float) -> Entry | None:
    if not pool:
        return None
    from rapidfuzz import fuzz, process

    found = process.extractOne(unit.msgid, [entry.msgid for entry in pool], scorer=fuzz.ratio, score_cutoff=cutoff)
    return pool[found[2]] if found else None


def _containing(unit: Entry, pool: list[Entry]) -> Entry | None:
    """An old unit this one was split from."""
    core = _core(unit.msgid)
    if len(core) < MIN_CONTAINED or unit.msgid_plural is not None:
        return None
    return next((entry for entry in pool if entry.msgid_plural is None and core in entry.msgid), None)


def _contained(unit: Entry, pool: list[Entry]) -> list[Entry]:
    """Old units joined into this one, in the order they appear in it."""
    if unit.msgid_plural is not None:
        return []
    found = [(unit.msgid.find(_core(entry.msgid)), entry) for entry in pool
             if entry.msgid_plural is None and len(_core(entry.msgid)) >= MIN_CONTAINED
             and _core(entry.msgid) in unit.msgid]
    return [entry for _, entry in sorted(found, key=lambda item: item[0])]


def _core(text: str) -> str:
    """A sentence without its final punctuation, which a split or join changes.

    >>> _core("انتهت القمة.")
    'انتهت القمة'
    """
    return text.rstrip(".!?؟…،؛ ")


def _joined_from(unit: Entry, parts: list[Entry]) -> Entry:
    comments = tuple(dict.fromkeys(comment for part in parts for comment in part.translator_comments))
    return replace(
        unit,
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
    return replace(
        unit,
        msgstr=msgstr,
        msgstr_plural=old.msgstr_plural if unit.msgid_plural is not None else (),
        translator_comments=old.translator_comments,
        flags=("fuzzy",) + _without(old.flags, "fuzzy"),
        previous_msgctxt=old.previous_msgctxt if old.fuzzy and old.previous_msgid is not None else old.msgctxt,
        previous_msgid=previous,
    )
