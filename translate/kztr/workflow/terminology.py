"""``kztr glossary``: a language's glossary out as TBX-Basic, and a TBX from another tool into it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kztr.config import Settings
from kztr.errors import ExchangeError, KztrError
from kztr.files import write_text
from kztr.project import shown_path


@dataclass(frozen=True)
class GlossaryExportResult:
    locale: str
    path: str
    terms: int
    version: int
    written: bool


def glossary_export(settings: Settings, lang: str, output: Path | None = None,
                    version: int = 3) -> GlossaryExportResult:
    """Write ``glossary/<lang>.tsv`` (or .csv) as TBX-Basic (v3 by default, v2 for older tools)."""
    from kztr.exchange.tbx import generate_tbx
    from kztr.locales import validate_locale
    from kztr.workflow.qa import GLOSSARY_DIR, load_glossary

    locale = validate_locale(lang)
    glossary = load_glossary(settings, locale)
    if glossary is None:
        folder = shown_path(settings, settings.root / GLOSSARY_DIR)
        raise KztrError(f"no glossary for {locale} ({folder}/{locale}.tsv)")
    text = generate_tbx(glossary, settings.source_language, locale, version)
    path = output if output is not None else settings.build_path / "glossary" / f"{locale}.tbx"
    written = write_text(path, text, shown_path(settings, path))
    return GlossaryExportResult(locale, shown_path(settings, path), len(glossary.terms), version, written)


@dataclass(frozen=True)
class GlossaryImportResult:
    source: str
    path: str
    state: str  # created, updated, unchanged
    added: int
    updated: int  # existing terms that gained forbidden variants or a note
    kept: int  # terms the glossary has already, the same
    conflicts: tuple[str, ...]  # "source: glossary says X, the file Y" (the glossary's is kept)
    unmapped: tuple[str, ...]
    concepts: int
    skipped: int


def glossary_import(settings: Settings, file: Path, lang: str) -> GlossaryImportResult:
    """Take the terms of a TBX file into ``glossary/<lang>.tsv`` (or the .csv the language has): new terms
    are added, existing ones gain the file's forbidden variants and note; a different agreed translation
    is a conflict (the glossary's is kept). A glossary the file does not change is not written."""
    from kztr.exchange.tbx import read_tbx
    from kztr.glossary import Glossary, generate_glossary, glossary_path, parse_glossary
    from kztr.locales import validate_locale
    from kztr.lock import project_lock
    from kztr.workflow.qa import GLOSSARY_DIR

    locale = validate_locale(lang)
    content = read_tbx(file, str(file), settings.source_language, locale)
    folder = settings.root / GLOSSARY_DIR
    with project_lock(settings.locales_path, shown_path(settings, settings.locales_path)):
        path = glossary_path(folder, locale) or folder / f"{locale}.tsv"
        delimiter = "," if path.suffix == ".csv" else "\t"
        before = path.read_bytes().decode("utf-8-sig") if path.is_file() else ""
        existing = parse_glossary(before, locale, shown_path(settings, path), delimiter) if before else \
            Glossary(locale, shown_path(settings, path))
        merged, counts, conflicts, changed = _merge(existing, content.terms)
        if not content.terms and not existing.terms:
            raise ExchangeError(f"no {settings.source_language} → {locale} terms "
                                f"({content.concepts} concepts, none with both)", path=str(file))
        state = "unchanged"
        if counts["added"] or counts["updated"]:
            text = _rewrite(before, merged, delimiter, changed) if before else \
                generate_glossary(merged, delimiter, (f"Imported by kztr glossary import from {file.name}.",))
            write_text(path, text, shown_path(settings, path))
            state = "updated" if before else "created"
    return GlossaryImportResult(str(file), shown_path(settings, path), state, counts["added"], counts["updated"],
                                counts["kept"], tuple(conflicts), content.unmapped, content.concepts, content.skipped)


def _merge(existing, incoming) -> tuple[list, dict[str, int], list[str], set[int]]:
    from dataclasses import replace

    from kztr.text.arabic import strip_marks

    terms = list(existing.terms)
    index = {strip_marks(term.source): position for position, term in enumerate(terms)}
    counts = {"added": 0, "updated": 0, "kept": 0}
    conflicts: list[str] = []
    changed: set[int] = set()
    for term in incoming:
        key = strip_marks(term.source)
        if key not in index:
            index[key] = len(terms)
            terms.append(replace(term, line=0))
            counts["added"] += 1
            continue
        old = terms[index[key]]
        if old.target != term.target:
            conflicts.append(f"{term.source}: the glossary says {old.target!r}, the file {term.target!r} (kept)")
            continue
        forbidden = tuple(dict.fromkeys(old.forbidden + term.forbidden))
        note = old.note or term.note
        if (forbidden, note) == (old.forbidden, old.note):
            counts["kept"] += 1
        else:
            terms[index[key]] = replace(old, forbidden=forbidden, note=note)
            counts["updated"] += 1
            changed.add(old.line)
    return terms, counts, conflicts, changed


def _rewrite(before: str, terms, delimiter: str, changed: set[int]) -> str:
    """The glossary file with its terms as merged: existing lines (comments, blank lines) stay where they are,
    changed terms are rewritten in place, new terms are appended."""
    from kztr.glossary import generate_glossary

    by_line = {term.line: term for term in terms if term.line and term.line in changed}
    lines = before.splitlines()
    out = []
    for number, line in enumerate(lines, start=1):
        term = by_line.get(number)
        out.append(generate_glossary([term], delimiter).splitlines()[1] if term is not None else line)
    added = [term for term in terms if not term.line]
    return "\n".join(out + generate_glossary(added, delimiter).splitlines()[1:]) + "\n"
