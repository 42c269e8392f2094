"""``kztr tm`` and ``kztr xliff``: the translation memory and the catalogs out to CAT tools and back."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from kztr.po.catalog import read_catalog, read_catalog_file
from kztr.config import Settings
from kztr.errors import ExchangeError, KztrError
from kztr.model import Catalog, Entry
from kztr.files import STDOUT, Transaction, write_text
from kztr.po.pofile import generate_po
from kztr.project import list_languages, shown_path, timestamp
from kztr.workflow.common import project_language

if TYPE_CHECKING:
    from kztr.reuse.memory import Memory

TM_FORMATS = ("tmx", "moses")


def _catalogs(settings: Settings, locale: str, doc: str | None = None) -> list[tuple[str, Path, Catalog]]:
    """(doc id, path, catalog) of a language, by document id; ``doc`` picks one."""
    folder = settings.locales_path / locale / "LC_MESSAGES"
    paths = sorted(folder.glob("*.po"))
    if doc is not None:
        chosen = [path for path in paths if path.stem == doc]
        if not chosen:
            have = ", ".join(path.stem for path in paths) or "none"
            raise KztrError(f"no catalog for document {doc!r} in {locale} (have: {have})",
                            path=shown_path(settings, folder))
        paths = chosen
    return [(path.stem, path, read_catalog(path, shown_path(settings, path))) for path in paths]


# ---------------------------------------------------------------- the memory


def load_memory(settings: Settings, locale: str, known: Mapping[str, Catalog] | None = None,
                renamed: Mapping[str, str] | None = None) -> Memory:
    """The memory of ``locale``: every catalog under locales/<locale>/ and every TMX in the tm folder.

    Catalogs already read (``known``, by document id) are not read again.
    ``renamed`` maps a catalog's file name (stem) to the document it now
    belongs to (extract's rename detection, before the file moves).
    """
    from kztr.reuse.memory import MemoryUnit, build_memory
    from kztr.exchange.tmx import read_tmx_file

    known, renamed = dict(known or {}), dict(renamed or {})
    folder = settings.locales_path / locale / "LC_MESSAGES"
    paths = sorted(folder.glob("*.po")) if folder.is_dir() else []
    catalogs = []
    for path in paths:
        doc_id = renamed.get(path.stem, path.stem)
        catalogs.append((doc_id, known[doc_id] if doc_id in known else read_catalog(path, shown_path(settings, path))))
    tmx_units: list[MemoryUnit] = []
    for path in tm_files(settings):
        tmx_units += read_tmx_file(path, shown_path(settings, path), settings.source_language, locale).units
    return build_memory(locale, catalogs, tmx_units)


def tm_files(settings: Settings) -> list[Path]:
    """The TMX files extract reads, in name order."""
    folder = settings.tm_path
    return sorted(path for path in folder.glob("*.tmx") if path.is_file()) if folder.is_dir() else []


# ---------------------------------------------------------------- tm export / import


@dataclass(frozen=True)
class TmExportResult:
    locale: str
    format: str
    paths: tuple[str, ...]
    units: int
    documents: int
    written: bool


def tm_export(settings: Settings, lang: str, output: Path | None = None, fmt: str = "tmx",
              tokenise: bool = False) -> TmExportResult:
    """Write a language's translated units as TMX 1.4b, or as aligned plain-text files (moses)."""
    from kztr import __version__
    from kztr.exchange.tmx import TmxUnit, generate_moses, generate_tmx, tmx_date

    locale = project_language(settings, lang, list_languages(settings))
    units = []
    catalogs = _catalogs(settings, locale)
    for doc_id, _path, catalog in catalogs:
        date = tmx_date(catalog.header_value("PO-Revision-Date"))
        units += [TmxUnit(entry.msgid, entry.msgstr, doc_id, "; ".join(entry.extracted_comments),
                          entry.translator_comments, date)
                  for entry in catalog.entries if entry.translated and entry.msgid_plural is None]
    default = settings.build_path / "tm" / f"memory-{locale}"
    if fmt == "moses":
        if output is not None and str(output) == STDOUT:
            raise KztrError("--format moses writes two files (-o is their prefix): give a prefix, not -")
        prefix = output if output is not None else default
        files = dict(zip((settings.source_language, locale), generate_moses(units, settings.source_language, locale,
                                                                          tokenise)))
        targets = {prefix.with_name(f"{prefix.name}.{lang_}"): text for lang_, text in files.items()}
    else:
        path = output if output is not None else default.with_suffix(".tmx")
        targets = {path: generate_tmx(units, settings.source_language, locale, __version__)}
    with Transaction() as files:  # moses: both files or neither
        written = [files.write(path, text, shown_path(settings, path)) for path, text in targets.items()]
        files.commit()
    return TmExportResult(locale, fmt, tuple(shown_path(settings, path) for path in targets), len(units),
                          len(catalogs), any(written))


@dataclass(frozen=True)
class TmImportResult:
    source: str
    path: str
    state: str  # created, replaced, unchanged
    units: dict[str, int]  # project language -> unit pairs the file gives it
    languages: tuple[str, ...]


def tm_import(settings: Settings, file: Path, replace_existing: bool = False) -> TmImportResult:
    """Check a TMX file and copy it into the tm folder, where extract finds it."""
    from kztr.exchange.tmx import read_tmx

    shown = str(file)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ExchangeError(f"cannot read: {exc.strerror}", path=shown) from None
    languages = list_languages(settings)
    counts, found = {}, ()
    for locale in languages:
        content = read_tmx(data, shown, settings.source_language, locale)
        counts[locale] = len(content.units)
        found = content.languages
    if not languages:
        found = read_tmx(data, shown, settings.source_language, "und").languages
    if not any(counts.values()):
        wanted = ", ".join(languages) or "none yet"
        raise ExchangeError(f"no {settings.source_language} → ({wanted}) unit pairs "
                            f"(the file has: {', '.join(found) or 'no languages'})", path=shown)
    target = settings.tm_path / (file.name if file.suffix.lower() == ".tmx" else f"{file.stem}.tmx")
    state = "created"
    if target.is_file():
        if target.resolve() == file.resolve() or target.read_bytes() == data:
            state = "unchanged"
        elif not replace_existing:
            raise ExchangeError(f"{shown_path(settings, target)} exists with other content; "
                                "rename the file or use --replace", path=shown)
        else:
            state = "replaced"
    if state != "unchanged":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ExchangeError("not UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8 "
                                "(and change the encoding in its <?xml?> line)", path=shown) from None
        write_text(target, text, shown_path(settings, target))
    return TmImportResult(shown, shown_path(settings, target), state, counts, found)


# ---------------------------------------------------------------- xliff export / import


@dataclass(frozen=True)
class XliffExportResult:
    locale: str
    path: str
    documents: tuple[str, ...]
    translated: int
    fuzzy: int
    untranslated: int
    written: bool
    omegat: bool


def xliff_export(settings: Settings, lang: str, doc: str | None = None, output: Path | None = None,
                 omegat: bool = False) -> XliffExportResult:
    """Write a language's catalogs (or one) as XLIFF 1.2."""
    from kztr.exchange.xliff import XliffCatalog, exported_entries, generate_xliff

    locale = project_language(settings, lang, list_languages(settings))
    catalogs = _catalogs(settings, locale, doc)
    text = generate_xliff([XliffCatalog(shown_path(settings, path), catalog) for _, path, catalog in catalogs],
                          settings.source_language, locale, omegat=omegat)
    name = f"{doc}.{locale}.xlf" if doc else f"{locale}.xlf"
    path = output if output is not None else settings.build_path / "xliff" / name
    written = write_text(path, text, shown_path(settings, path))
    entries = [entry for _, _, catalog in catalogs for entry in exported_entries(catalog)]
    translated = sum(entry.translated for entry in entries)
    fuzzy = sum(entry.fuzzy and entry.has_translation for entry in entries)
    return XliffExportResult(locale, shown_path(settings, path), tuple(doc_id for doc_id, _, _ in catalogs),
                             translated, fuzzy, len(entries) - translated - fuzzy, written, omegat)


@dataclass(frozen=True)
class ImportChange:
    """One unit the import did something with, or refused to."""

    kind: str  # taken, confirmed, updated, overwritten, conflict, changed
    catalog: str
    unit: str
    source: str
    line: int | None = None


@dataclass(frozen=True)
class XliffImportResult:
    source: str
    catalogs: tuple[str, ...]  # catalogs written
    counts: dict[str, int]
    changes: tuple[ImportChange, ...]


KINDS = ("taken", "confirmed", "updated", "overwritten", "unchanged", "untranslated", "conflict", "changed")


def xliff_import(settings: Settings, file: Path, overwrite: bool = False) -> XliffImportResult:
    """Bring translations from an XLIFF file into the catalogs; never overwrite one without ``overwrite``."""
    from kztr.lock import project_lock
    from kztr.exchange.xliff import read_xliff

    shown = str(file)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ExchangeError(f"cannot read: {exc.strerror}", path=shown) from None
    files = read_xliff(data, shown)
    languages = list_languages(settings)
    counts = dict.fromkeys(KINDS, 0)
    changes: list[ImportChange] = []
    with project_lock(settings.locales_path, shown_path(settings, settings.locales_path)):
        loaded: dict[Path, tuple[bytes, Catalog]] = {}
        for item in files:
            locale = _locale_of(settings, item.target_language, languages, shown, item.line)
            doc_id = Path(item.original.replace("\\", "/")).stem
            path = settings.catalog_path(locale, doc_id)
            if not doc_id or not path.is_file():
                raise ExchangeError(f"<file original={item.original!r}>: no such catalog in this project "
                                    f"({shown_path(settings, path)})", path=shown, line=item.line)
            if path not in loaded:
                loaded[path] = read_catalog_file(path, shown_path(settings, path))
            old_bytes, catalog = loaded[path]
            catalog = _apply(catalog, item.units, overwrite, counts, changes, shown_path(settings, path))
            loaded[path] = (old_bytes, catalog)
        written = write_changed(settings, loaded)
    return XliffImportResult(shown, tuple(written), counts, tuple(changes))


def write_changed(settings: Settings, loaded: dict[Path, tuple[bytes, Catalog]]) -> list[str]:
    """Write each catalog whose text differs from the bytes it was read from, with a new
    ``PO-Revision-Date`` (atomically; call under the project lock); the paths written, as shown."""
    written = []
    for path, (old_bytes, catalog) in loaded.items():
        text = generate_po(catalog)
        if text.encode("utf-8") != old_bytes:
            catalog = replace(catalog, header=tuple((name, timestamp() if name == "PO-Revision-Date" else value)
                                                    for name, value in catalog.header))
            write_text(path, generate_po(catalog), shown_path(settings, path))
            written.append(shown_path(settings, path))
    return written


def _locale_of(settings: Settings, tag: str, languages: list[str], shown: str, line: int | None) -> str:
    code = tag.replace("-", "_")
    for candidate in (code, code.split("_")[0]):
        if candidate in languages:
            return candidate
    try:
        return project_language(settings, code, languages)
    except KztrError as exc:
        raise ExchangeError(f"target-language {tag!r}: {exc.message}", path=shown, line=line) from None


def _apply(catalog: Catalog, units, overwrite: bool, counts: dict[str, int], changes: list[ImportChange],
           where: str) -> Catalog:
    from kztr.exchange.xliff import unit_id

    entries = list(catalog.entries)
    index = {unit_id(entry): position for position, entry in enumerate(entries)
             if not entry.obsolete and entry.msgid_plural is None}
    by_source = {entries[position].msgid: position for position in index.values()
                 if entries[position].msgctxt is None}

    def note(kind: str, unit) -> None:
        counts[kind] += 1
        if kind not in ("unchanged", "untranslated"):
            changes.append(ImportChange(kind, where, unit.id, unit.source, unit.line))

    for unit in units:
        position = index.get(unit.id, by_source.get(unit.source))
        if position is None or entries[position].msgid != unit.source:
            note("changed", unit)
            continue
        entry = entries[position]
        if not unit.target or unit.target == unit.source:
            note("untranslated", unit)
            continue
        wants_fuzzy = unit.needs_review
        same_text = unit.target == entry.msgstr
        if same_text and (wants_fuzzy == entry.fuzzy or (entry.fuzzy and not unit.approving)):
            note("unchanged", unit)
            continue
        if entry.translated and not overwrite:
            note("conflict", unit)
            continue
        if entry.translated:
            kind = "overwritten"
        elif not entry.has_translation:
            kind = "taken"
        else:
            kind = "confirmed" if same_text else "updated"
        entries[position] = with_translation(entry, unit.target, wants_fuzzy)
        note(kind, unit)
    return replace(catalog, entries=tuple(entries))


def with_translation(entry: Entry, text: str, fuzzy: bool) -> Entry:
    """The entry with a new translation, fuzzy (a translator confirms it) or confirmed."""
    flags = tuple(flag for flag in entry.flags if flag != "fuzzy")
    if fuzzy:
        return replace(entry, msgstr=text, flags=("fuzzy",) + flags)
    return replace(entry, msgstr=text, flags=flags, previous_msgctxt=None, previous_msgid=None,
                   previous_msgid_plural=None)
