"""What one catalog blob holds and what one commit changed in it, counted once per blob.

A blob's *summary* is its completeness (``kztr.stats.count_entries`` over
its live entries: the catalog as the translators had it then, whatever the
segmenter of today would make of that day's source) and its
``Last-Translator``.  A commit's *credit* for one catalog compares the
catalog it wrote with the one(s) its parent(s) had, unit by unit (by
msgctxt and msgid):

* *new*: translated now, not translated before (nor in any parent);
* *revised*: translated before and now, with another translation;
* *lost*: translated before, not now (made fuzzy, emptied or removed).

At a merge, a unit whose state the merge took unchanged from one of its
parents is no change of the merge's (its author was credited on that side).
So along a line without merges, the new words minus the lost words of the
commits add up to the change in translated words.
"""

from __future__ import annotations

from dataclasses import dataclass

from kztr.errors import CatalogError
from kztr.model import Catalog
from kztr.stats import Counts, count_entries, count_words, unit_state

PLACEHOLDER_TRANSLATOR = "FULL NAME <EMAIL@ADDRESS>"


@dataclass(frozen=True)
class Summary:
    """One catalog blob: its completeness and who the file says translated it last."""

    counts: Counts
    last_translator: str = ""

    def record(self) -> list:
        counts = self.counts
        return [counts.translated, counts.fuzzy, counts.untranslated, counts.words_translated, counts.words_fuzzy,
                counts.words_untranslated, counts.obsolete, self.last_translator]

    @classmethod
    def from_record(cls, record: list) -> Summary:
        *numbers, translator = record
        return cls(Counts(*(int(number) for number in numbers)), str(translator))


@dataclass(frozen=True)
class Change:
    """What one commit did to one catalog: units and source words new, revised and lost."""

    new_units: int = 0
    new_words: int = 0
    revised_units: int = 0
    revised_words: int = 0
    lost_units: int = 0
    lost_words: int = 0

    def record(self) -> list[int]:
        return [self.new_units, self.new_words, self.revised_units, self.revised_words, self.lost_units,
                self.lost_words]

    def __add__(self, other: Change) -> Change:
        return Change(*(mine + theirs for mine, theirs in zip(self.record(), other.record(), strict=True)))

    @property
    def empty(self) -> bool:
        return not any(self.record())


# A unit's state in a blob, for comparing: its translation when translated, else None.
Units = dict[tuple[str | None, str], tuple[object, int]]


def parse_blob(data: bytes, shown: str) -> Catalog | None:
    """The catalog in a blob, or None when the committed file was not a valid catalog."""
    from kztr.po.catalog import parse_catalog

    try:
        return parse_catalog(data, shown)
    except CatalogError:
        return None


def summarise(catalog: Catalog, language: str) -> Summary:
    translator = catalog.header_value("Last-Translator") or ""
    return Summary(count_entries(catalog.entries, language), translator)


def unit_states(catalog: Catalog, language: str) -> Units:
    """Every live unit: its translation (None unless translated) and its source words."""
    states: Units = {}
    for entry in catalog.entries:
        if entry.obsolete:
            continue
        translated = unit_state(entry) == "translated"
        text = (entry.msgstr if entry.msgid_plural is None else entry.msgstr_plural) if translated else None
        states[entry.key] = (text, count_words(entry.msgid, language))
    return states


def compare(new: Units, parents: list[Units]) -> Change:
    """The credit of a commit that turned its parents' catalogs (first parent first) into ``new``.

    A unit absent from a catalog counts as untranslated there.

    >>> compare({("", "a"): ("A", 2), ("", "b"): (None, 3)}, [{("", "b"): ("B", 3), ("", "c"): ("C", 1)}])
    Change(new_units=1, new_words=2, revised_units=0, revised_words=0, lost_units=2, lost_words=4)
    """
    first = parents[0] if parents else {}
    others = parents[1:]
    totals = [0] * 6
    for key in dict.fromkeys([*new, *first]):
        words = (new.get(key) or first[key])[1]
        now = new[key][0] if key in new else None
        before = first[key][0] if key in first else None
        if now == before or any((other[key][0] if key in other else None) == now for other in others):
            continue
        kind = 4 if now is None else (0 if before is None else 2)
        totals[kind] += 1
        totals[kind + 1] += words
    return Change(*totals)


def credited_to(author: str, email: str, last_translator: str, prefer: str) -> tuple[str, str]:
    """Who a change is credited to, and from what: ``author`` or ``Last-Translator``.

    The commit's author by default (Weblate commits as the translator); the
    catalog's ``Last-Translator`` when the commit carries no author, or
    when asked for (``prefer="last-translator"``: a maintainer commits for
    the translators); the other one when the chosen one is empty.

    >>> credited_to("Asel", "asel@example.kz", "Team <t@example.kz>", "author")
    ('Asel <asel@example.kz>', 'author')
    >>> credited_to("", "", "Dana <d@example.kz>", "author")
    ('Dana <d@example.kz>', 'Last-Translator')
    >>> credited_to("Asel", "asel@example.kz", "FULL NAME <EMAIL@ADDRESS>", "last-translator")
    ('Asel <asel@example.kz>', 'author')
    """
    person = f"{author} <{email}>" if email else author
    has_author = bool(author.strip()) and author.strip() not in ("(no author)", "unknown")
    translator = last_translator.strip()
    has_translator = bool(translator) and translator != PLACEHOLDER_TRANSLATOR
    if prefer == "last-translator" and has_translator:
        return translator, "Last-Translator"
    if has_author or not has_translator:
        return (person if has_author else "unknown"), "author"
    return translator, "Last-Translator"
