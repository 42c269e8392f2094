"""The ``glossary`` check: agreed translations used, forbidden ones not.

A term of the language's glossary found in the source (with any attached
prefixes, with or without diacritics and tatweel: see ``kztr.glossary``)
needs its agreed translation in the translation (a warning when missing: a
pronoun may stand for it); a forbidden variant used instead is an error.
"""

from __future__ import annotations


def check_glossary(source: str, translation: str, context) -> list[tuple[str, str]]:
    from kztr.checks.scripts import latin_runs
    from kztr.glossary import target_pattern

    glossary = context.glossary
    if glossary is None:
        return []
    findings = []
    wrong, reported = set(), set()
    # A forbidden variant is wrong even inside a longer term (Tokaev in “Kassym-Jomart Tokaev”),
    # and is reported once however many terms forbid it.
    for term in glossary.terms_in(source, nested=True):
        for variant in term.forbidden:
            hits = [match.start() for match in target_pattern(variant).finditer(translation)
                    if not translation.startswith(term.target, match.start())]
            if hits:
                if variant not in reported:
                    findings.append(("error", f"“{variant}” is a forbidden translation of {term.source}: "
                                              f"the glossary says “{term.target}”"))
                    reported.add(variant)
                wrong.add(term)
                break
    for term in glossary.terms_in(source):
        if context.latin_checked and term.target == term.source and term.source in latin_runs(source):
            continue  # CICA = CICA: the latin check reports the run missing (one finding for one omission)
        if term not in wrong and not target_pattern(term.target).search(translation):
            findings.append(("warning", f"{term.source} is in the source but not its agreed translation "
                                        f"“{term.target}”" + (f" ({term.note})" if term.note else "")))
    return findings
