"""The ``consistency`` check: one language, every document at once.

* One source sentence translated two ways (across units and documents): the
  sentences are compared without diacritics, tatweel and whitespace
  differences, so ``قمةُ أستانا`` and ``قمة أستانا`` are one sentence. The
  most common translation is taken as the reference; the others are
  reported.
* One translation used for two different sources: a paste into the wrong
  unit, or two sentences that deserve different words. Sources that differ
  only in punctuation or in ى/ي and ة/ه (أجبني and أجبني.) are one sentence here.
"""

from __future__ import annotations

import re
from collections import Counter

from kztr.checks import WARNING, Finding, checked_texts, make_finding
from kztr.text.arabic import strip_marks


def _key(text: str) -> str:
    return " ".join(strip_marks(text).split()).casefold()


_PUNCTUATION = re.compile(r"[^\w\s]|_")


def _loose(key: str) -> str:
    """A source key without punctuation, ى as ي and ة as ه: أدخل and ادخل. are one sentence.

    >>> _loose(_key("أدخل")) == _loose(_key("ادخل.")), _loose(_key("أجبني")) == _loose(_key("أجبني !"))
    (True, True)
    """
    return " ".join(_PUNCTUATION.sub(" ", key).replace("ى", "ي").replace("ة", "ه").split())


# Two sources this similar (rapidfuzz's ratio, 0-100) are two wordings of one sentence: أفتقدك أيضا and أشتاق إليك
# أيضا, a dialect's اغلق قع البيبان for إغلق كل الأبواب. A translation pasted into the wrong unit comes from another
# sentence (a neighbour's: ratio 12-49 in 49 of 60 seeded pastes on six corpora).
SAME_SENTENCE = 60


def _ratio(first: str, second: str) -> float:
    from rapidfuzz.fuzz import ratio

    return ratio(first, second)


def check_consistency(catalogs) -> tuple[Finding, ...]:
    """Findings across ``catalogs``: (document, language, catalog path, Catalog) of one language."""
    units = []  # (source key, translation key, entry, document, language, path, translation)
    for document, language, path, catalog in catalogs:
        for entry in catalog.entries:
            for source, translation in checked_texts(entry):
                units.append((_key(source), " ".join(translation.split()), entry, document, language, path,
                              translation))
    findings = []
    by_source: dict[str, list] = {}
    by_translation: dict[str, list] = {}
    for unit in units:
        by_source.setdefault(unit[0], []).append(unit)
        by_translation.setdefault(unit[1], []).append(unit)
    for group in by_source.values():
        counts = Counter(unit[1] for unit in group)
        if len(counts) < 2:
            continue
        reference = counts.most_common(1)[0][0]
        first = next(unit for unit in group if unit[1] == reference)
        for unit in group:
            if unit[1] != reference:
                findings.append(make_finding(unit[2], "consistency", WARNING,
                                             f"the same source is translated differently at "
                                             f"{first[5]}:{first[2].line}: “{first[6]}”",
                                             unit[3], unit[4], unit[5], unit[6]))
    for group in by_translation.values():
        if len(group) < 2 or all(unit[0] == group[0][0] for unit in group):
            continue  # one source (most translations): nothing to compare, loosely or not
        keys = [_loose(unit[0]) for unit in group]
        if len(set(keys)) < 2:
            continue
        first = group[0]
        for unit, key in zip(group, keys, strict=True):
            if key != keys[0] and _ratio(key, keys[0]) < SAME_SENTENCE:
                findings.append(make_finding(unit[2], "consistency", WARNING,
                                             f"the same translation is used for a different source at "
                                             f"{first[5]}:{first[2].line}: “{first[2].msgid}”",
                                             unit[3], unit[4], unit[5], unit[6]))
    return tuple(findings)
