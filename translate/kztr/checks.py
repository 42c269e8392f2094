"""Suspect translations: checks that flag a unit for a human to look at.

A check never changes a catalog and never decides completeness (that is
``kztr.stats``); it only points at units that are probably wrong:

* ``identical``: the translation is the source text, copied unchanged;
* ``source-script``: the translation contains letters of the source's script
  although the target language is written in another one (Arabic letters in
  an English catalog: an untranslated fragment or a paste into the wrong box).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kztr.model import Catalog, Entry

IDENTICAL, SOURCE_SCRIPT = "identical", "source-script"


@dataclass(frozen=True)
class Issue:
    """One suspect unit of a catalog."""

    check: str
    message: str
    line: int
    reference: str
    msgid: str
    msgstr: str


@lru_cache(maxsize=None)
def _script_letters(script: str):
    import regex

    return regex.compile(rf"\p{{Script={script}}}+")


@lru_cache(maxsize=1)
def _any_letter():
    import regex

    return regex.compile(r"\p{L}")


def is_identical(source: str, translation: str) -> bool:
    """A translation that is its source again (ignoring outer spaces); needs a letter.

    >>> is_identical("CICA قمة", " CICA قمة ")
    True
    >>> is_identical("2022", "2022")
    False
    """
    source, translation = source.strip(), translation.strip()
    return bool(translation) and source == translation and _any_letter().search(source) is not None


def script_fragments(text: str, script: str) -> tuple[str, ...]:
    """The runs of ``script`` letters in ``text`` (a Unicode script name).

    >>> script_fragments("The CICA summit (قمة) in Astana", "Arabic")
    ('قمة',)
    >>> script_fragments("Astana", "Arabic")
    ()
    """
    return tuple(_script_letters(script).findall(text))


def _translations(entry: Entry) -> tuple[str, ...]:
    if entry.msgid_plural is not None:
        return tuple(text for _, text in entry.msgstr_plural if text)
    return (entry.msgstr,) if entry.msgstr else ()


def check_entry(entry: Entry, source_script: str, target_script: str) -> tuple[Issue, ...]:
    """Every suspect found in one entry's translation (empty when it has none)."""
    if entry.obsolete:
        return ()
    issues = []
    reference = entry.references[0] if entry.references else ""
    for text in _translations(entry):
        if is_identical(entry.msgid, text) or (entry.msgid_plural and is_identical(entry.msgid_plural, text)):
            issues.append(Issue(IDENTICAL, "translation is identical to the source", entry.line, reference,
                                entry.msgid, text))
            continue
        if source_script != target_script:
            fragments = script_fragments(text, source_script)
            if fragments:
                shown = " ".join(fragments[:3]) + (" …" if len(fragments) > 3 else "")
                issues.append(Issue(SOURCE_SCRIPT, f"{source_script} letters in a {target_script}-script "
                                    f"translation: {shown}", entry.line, reference, entry.msgid, text))
    return tuple(issues)


def check_catalog(catalog: Catalog, source_language: str, target_language: str) -> tuple[Issue, ...]:
    """The suspects of a catalog, in file order."""
    from kztr.locales import script_name

    source_script, target_script = script_name(source_language), script_name(target_language)
    return tuple(issue for entry in catalog.entries for issue in check_entry(entry, source_script, target_script))
