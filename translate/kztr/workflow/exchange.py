"""``kztr tm`` and ``kztr xliff``: the translation memory and the catalogs out to CAT tools and back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kztr.config import Settings
from kztr.errors import ExchangeError, KztrError
from kztr.files import STDOUT, Transaction, write_text
from kztr.model import Catalog, Entry
from kztr.po.catalog import read_catalog
from kztr.po.pofile import generate_po
from kztr.project import list_languages, shown_path, timestamp
from kztr.workflow.common import project_language

if TYPE_CHECKING:
    from kztr.reuse.memory import Memory, MemoryUnit

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
    """The memory of ``locale``: every catalog under locales/<locale>/ and every TMX in the tm folder
    (streamed, only this language's pairs kept: extract builds one language's memory at a time).

    Catalogs already read (``known``, by document id) are not read again.
    ``renamed`` maps a catalog's file name (stem) to the document it now
    belongs to (extract's rename detection, before the file moves).
    """
    from kztr.reuse.memory import build_memory

    known, renamed = dict(known or {}), dict(renamed or {})
    folder = settings.locales_path / locale / "LC_MESSAGES"
    paths = sorted(folder.glob("*.po")) if folder.is_dir() else []
    catalogs = []
    for path in paths:
        doc_id = renamed.get(path.stem, path.stem)
        catalogs.append((doc_id, known[doc_id] if doc_id in known else read_catalog(path, shown_path(settings, path))))
    return build_memory(locale, catalogs, read_tm_folder(settings, (locale,))[locale])


def tm_files(settings: Settings) -> list[Path]:
    """The TMX files of the tm folder (``is_tmx``: any case of .tmx), in name order: what extract reads."""
    from kztr.exchange.tmx import is_tmx

    folder = settings.tm_path
    return sorted(path for path in folder.iterdir() if is_tmx(path) and path.is_file()) if folder.is_dir() else []


def read_tm_folder(settings: Settings, locales: Sequence[str]) -> dict[str, list[MemoryUnit]]:
    """Every TMX of the tm folder, each read once (streaming) for all ``locales``: their units by language.
    A bad or hostile file is an ``ExchangeError``."""
    from kztr.exchange.tmx import read_tmx

    units: dict[str, list[MemoryUnit]] = {locale: [] for locale in locales}
    for path in tm_files(settings):
        content = read_tmx(path, shown_path(settings, path), settings.source_language, tuple(locales))
        for locale in locales:
            units[locale] += content.units[locale]
    return units


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
        texts = dict(zip((settings.source_language, locale), generate_moses(units, settings.source_language, locale,
                                                                          tokenise), strict=True))
        targets = {prefix.with_name(f"{prefix.name}.{lang_}"): text for lang_, text in texts.items()}
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
    declared: str = ""  # the header's srclang, when it names another language than the source variants
    sources: tuple[str, ...] = ()  # the tags of the variants read as the source


def tm_import(settings: Settings, file: Path, replace_existing: bool = False) -> TmImportResult:
    """Check a TMX file (read once, streaming) and copy its bytes, as they are, into the tm folder."""
    from kztr.exchange.tmx import is_tmx, read_tmx

    shown = str(file)
    languages = list_languages(settings)
    # checked from the file, a megabyte at a time: too big a file is refused before it is read
    content = read_tmx(file, shown, settings.source_language, tuple(languages), keep=False)
    if not any(content.counts.values()):
        wanted = ", ".join(languages) or "none yet"
        raise ExchangeError(f"no {settings.source_language} → ({wanted}) unit pairs "
                            f"(the file has: {', '.join(content.languages) or 'no languages'})", path=shown)
    target = settings.tm_path / (file.name if is_tmx(file) else f"{file.stem}.tmx")
    state = "created"
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ExchangeError(f"cannot read: {exc.strerror}", path=shown) from None
    if target.is_file():
        if target.resolve() == file.resolve() or _same_bytes(target, data):
            state = "unchanged"
        elif not replace_existing:
            raise ExchangeError(f"{shown_path(settings, target)} exists with other content; "
                                "rename the file or use --replace", path=shown)
        else:
            state = "replaced"
    if state != "unchanged":
        write_text(target, data, shown_path(settings, target))  # the bytes as they are: any encoding XML allows
    declared = content.declared if content.header_differs else ""
    return TmImportResult(shown, shown_path(settings, target), state, content.counts, content.languages,
                          declared, content.sources)


def _same_bytes(path: Path, data: bytes) -> bool:
    """Whether a file holds exactly ``data``, compared a megabyte at a time."""
    if path.stat().st_size != len(data):
        return False
    view = memoryview(data)
    with path.open("rb") as handle:
        for start in range(0, len(data), 1 << 20):
            if handle.read(1 << 20) != view[start:start + (1 << 20)]:
                return False
    return True


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
    version: str = "1.2"
    translate_toolkit: bool = False


XLIFF_VERSIONS = ("1.2", "2.1")


def xliff_export(settings: Settings, lang: str, doc: str | None = None, output: Path | None = None,
                 omegat: bool = False, version: str = "1.2", translate_toolkit: bool = False) -> XliffExportResult:
    """Write a language's catalogs (or one) as XLIFF 1.2 or 2.1 (1.2 flavours: OmegaT's, translate-toolkit's)."""
    from kztr.exchange.xliff import XliffCatalog, exported_entries, generate_xliff
    from kztr.exchange.xliff2 import generate_xliff2

    if (omegat or translate_toolkit) and version != "1.2":
        raise KztrError("--omegat and --translate-toolkit are flavours of XLIFF 1.2")
    if omegat and translate_toolkit:
        raise KztrError("--omegat and --translate-toolkit are two flavours: choose one")
    locale = project_language(settings, lang, list_languages(settings))
    catalogs = _catalogs(settings, locale, doc)
    items = [XliffCatalog(shown_path(settings, path), catalog) for _, path, catalog in catalogs]
    if version == "2.1":
        text = generate_xliff2(items, settings.source_language, locale)
    else:
        text = generate_xliff(items, settings.source_language, locale, omegat=omegat, po_reference=translate_toolkit)
    name = f"{doc}.{locale}.xlf" if doc else f"{locale}.xlf"
    path = output if output is not None else settings.build_path / ("xliff" if version == "1.2" else "xliff2") / name
    written = write_text(path, text, shown_path(settings, path))
    entries = [entry for _, _, catalog in catalogs for entry in exported_entries(catalog)]
    translated = sum(entry.translated for entry in entries)
    fuzzy = sum(entry.fuzzy and entry.has_translation for entry in entries)
    return XliffExportResult(locale, shown_path(settings, path), tuple(doc_id for doc_id, _, _ in catalogs),
                             translated, fuzzy, len(entries) - translated - fuzzy, written, omegat, version,
                             translate_toolkit)


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


def xliff_import(settings: Settings, file: Path, overwrite: bool = False, lang: str | None = None) -> XliffImportResult:
    """Bring translations from an XLIFF file (1.x or 2.x) into the catalogs; never overwrite one without
    ``overwrite``. A catalog whose entries the file does not change is not written, whatever its layout.
    ``lang``: the language of a file that does not name its target language (translate-toolkit's po2xliff)."""
    from kztr.exchange.xliff import read_xliff
    from kztr.lock import project_lock

    shown = str(file)
    languages = list_languages(settings)
    if lang is not None:
        lang = project_language(settings, lang, languages)
    files = read_xliff(file, shown, lang)
    counts = dict.fromkeys(KINDS, 0)
    changes: list[ImportChange] = []
    with project_lock(settings.locales_path, shown_path(settings, settings.locales_path)):
        loaded: dict[Path, tuple[Catalog, Catalog]] = {}  # path -> (as read, as imported)
        for item in files:
            locale = _locale_of(settings, item.target_language, languages, shown, item.line)
            # a tool that drops original (npm's xliff) keeps the file id, which kztr's 2.x makes the document id
            doc_id = Path((item.original or item.ident).replace("\\", "/")).name
            doc_id = Path(doc_id).stem if item.original else doc_id
            path = settings.catalog_path(locale, doc_id) if doc_id else None
            if path is None or not path.is_file():
                where = f"original={item.original!r}" if item.original else f"id={item.ident!r}"
                raise ExchangeError(f"<file {where}>: no such catalog in this project"
                                    + (f" ({shown_path(settings, path)})" if path else ""), path=shown, line=item.line)
            if path not in loaded:
                catalog = read_catalog(path, shown_path(settings, path))
                loaded[path] = (catalog, catalog)
            before, catalog = loaded[path]
            catalog = _apply(catalog, item.units, overwrite, counts, changes, shown_path(settings, path))
            loaded[path] = (before, catalog)
        written = write_changed(settings, loaded)
    return XliffImportResult(shown, tuple(written), counts, tuple(changes))


def write_changed(settings: Settings, loaded: dict[Path, tuple[Catalog, Catalog]]) -> list[str]:
    """Write each catalog whose entries changed (``loaded``: path -> (as read, as changed)), with a new
    ``PO-Revision-Date`` (atomically; call under the project lock); the paths written, as shown.

    No change in content, no write, whatever the file's layout (wrapped by msgcat or Weblate)."""
    written = []
    for path, (before, catalog) in loaded.items():
        if catalog.entries != before.entries:
            catalog = replace(catalog, header=tuple((name, timestamp() if name == "PO-Revision-Date" else value)
                                                    for name, value in catalog.header))
            write_text(path, generate_po(catalog), shown_path(settings, path))
            written.append(shown_path(settings, path))
    return written


def _locale_of(settings: Settings, tag: str, languages: list[str], shown: str, line: int | None) -> str:
    """The project language a file's language tag means, in any case (``EN-us`` is ``en_US``, then ``en``)."""
    from kztr.locales import validate_locale

    try:
        code = validate_locale(tag.replace("-", "_"))
    except KztrError as exc:
        raise ExchangeError(f"target language {tag!r}: {exc.message}", path=shown, line=line) from None
    for candidate in (code, code.split("_")[0].split("@")[0]):
        if candidate in languages:
            return candidate
    try:
        return project_language(settings, code, languages)
    except KztrError as exc:
        raise ExchangeError(f"target language {tag!r}: {exc.message}", path=shown, line=line) from None


def _apply(catalog: Catalog, units, overwrite: bool, counts: dict[str, int], changes: list[ImportChange],
           where: str) -> Catalog:
    """The catalog with the file's translations taken; texts are compared as the catalog stores them
    (NFC: a catalog written in decomposed form is not "different" from the same text composed)."""
    from kztr.exchange.xliff import unit_id

    entries = list(catalog.entries)
    index = {unit_id(entry): position for position, entry in enumerate(entries)
             if not entry.obsolete and entry.msgid_plural is None}
    by_source = {_nfc(entries[position].msgid): position for position in index.values()
                 if entries[position].msgctxt is None}

    def note(kind: str, unit) -> None:
        counts[kind] += 1
        if kind not in ("unchanged", "untranslated"):
            changes.append(ImportChange(kind, where, unit.id, unit.source, unit.line))

    for unit in units:
        position = index.get(unit.id, by_source.get(unit.source))
        if position is None or _nfc(entries[position].msgid) != unit.source:
            note("changed", unit)
            continue
        entry = entries[position]
        if not unit.target or unit.target == unit.source:
            note("untranslated", unit)
            continue
        wants_fuzzy = unit.needs_review
        same_text = unit.target == _nfc(entry.msgstr)
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
        entries[position] = with_translation(entry, entry.msgstr if same_text else unit.target, wants_fuzzy)
        note(kind, unit)
    return replace(catalog, entries=tuple(entries))


def _nfc(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", text)


def with_translation(entry: Entry, text: str, fuzzy: bool) -> Entry:
    """The entry with a new translation, fuzzy (a translator confirms it) or confirmed."""
    flags = tuple(flag for flag in entry.flags if flag != "fuzzy")
    if fuzzy:
        return replace(entry, msgstr=text, flags=("fuzzy", *flags))
    return replace(entry, msgstr=text, flags=flags, previous_msgctxt=None, previous_msgid=None,
                   previous_msgid_plural=None)
