"""Does a split sentence keep its translation when a half is edited too? (``NEAR_CONTAINED``, ``NEAR_SPLIT``)

Every sentence of the shipped article is split at each Arabic comma (both
halves 30 characters or more), as is, with a word added to the second half
(``وذلك``) and with one added to the first (``أيضاً``), and merged with the
shipped English catalog. A split is served when the second half gets the
"split from a unit translated as" note or each half its own piece of the
translation; "neither" means the translation reaches only the first half and
the second gets nothing: what issue 24 (item 12) reported.

    python benchmarks/split_notes.py
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

from kztr.po.catalog import read_catalog  # noqa: E402
from kztr.reuse.merge import merge_catalog  # noqa: E402

ARTICLE = "kazakhstan-diplomacy-2022"
VARIANTS = ("as is", "word added to the second half", "word added to the first half")


def halves(text: str, cut: int, variant: str) -> tuple[str, str]:
    first, second = text[:cut].strip() + ".", text[cut + 1:].strip()
    if variant == VARIANTS[1]:
        second = "وذلك " + second
    elif variant == VARIANTS[2]:
        first = first[:-1] + " أيضاً."
    return first, second


def outcome(template, catalog, index: int, first: str, second: str) -> str:
    units = [replace(entry, msgstr="", flags=(), translator_comments=()) for entry in template.live]
    units[index:index + 1] = [replace(units[index], msgid=first), replace(units[index], msgid=second)]
    merged, _ = merge_catalog(replace(template, entries=tuple(units)), catalog, catalog.header)
    got = {entry.msgid: entry for entry in merged.entries if not entry.obsolete}
    if any(comment.startswith("split from a unit translated as: ") for comment in got[second].translator_comments):
        return "note"
    if got[first].msgstr and got[second].msgstr and got[first].msgstr != got[second].msgstr:
        return "pieces"
    return "neither"


def main() -> None:
    template = read_catalog(ROOT / "locales" / f"{ARTICLE}.pot")
    catalog = read_catalog(ROOT / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    results: dict[str, Counter] = {variant: Counter() for variant in VARIANTS}
    for index, entry in enumerate(template.live):
        for cut in (at for at, char in enumerate(entry.msgid) if char == "،"):
            if min(len(entry.msgid[:cut].strip()), len(entry.msgid[cut + 1:].strip())) < 30:
                continue
            for variant in VARIANTS:
                results[variant][outcome(template, catalog, index, *halves(entry.msgid, cut, variant))] += 1
    for variant, counts in results.items():
        print(f"{variant:32} {sum(counts.values()):3} splits: {counts['note']:3} note, "
              f"{counts['pieces']:3} pieces, {counts['neither']:3} neither")


if __name__ == "__main__":
    main()
