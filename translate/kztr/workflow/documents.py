"""Documents that were renamed or deleted: orphaned catalogs, rename detection, ``kztr rename``.

A document's catalogs are named after its source file's stem, so renaming
the source (``git mv``) leaves the template and every language's catalog
under the old name. ``find_orphans`` finds catalogs whose source is gone;
extract gives an orphan's catalogs to a new document whose units are mostly
the same (``plan_adoptions``, as git detects a rename by similarity), and
``rename_document`` (``kztr rename OLD NEW``) moves them on request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from kztr.config import Settings
from kztr.errors import CatalogError, KztrError, WriteError
from kztr.lock import project_lock
from kztr.model import Catalog, Segmented
from kztr.po.catalog import read_catalog, read_catalog_file
from kztr.project import list_languages, shown_path
from kztr.text.sources import SOURCE_SUFFIXES, list_sources

# A new document takes an orphan's catalogs when at least this share of the
# units of the larger of the two are the same sentence (git's default rename
# threshold is also 50 %). Measured by benchmarks/rename_threshold.py: the
# article is still recognised with 22 of its 45 units reworded (0.51); the
# distinct documents of the repository share no unit at all (0.00).
RENAME_SIMILARITY = 0.5
_DOC_ID = re.compile(r"^[^\s/\\.][^\s/\\\x00-\x1f]*$")


@dataclass(frozen=True)
class Orphan:
    """Catalogs of a document whose source file is gone."""

    doc_id: str
    template: str  # as shown to the user; "" when there is none
    catalogs: tuple[str, ...]

    @property
    def files(self) -> tuple[str, ...]:
        return ((self.template,) if self.template else ()) + self.catalogs


@dataclass(frozen=True)
class Adoption:
    """A new document that took an orphan's catalogs: the source was renamed."""

    old: str
    new: str
    shared: int  # units the two have in common
    units: int  # units of the larger of the two
    catalogs: tuple[str, ...]  # the moved catalogs, at their new place

    @property
    def similarity(self) -> float:
        return self.shared / self.units if self.units else 0.0


def find_orphans(settings: Settings, doc_ids: set[str], languages: list[str]) -> tuple[Orphan, ...]:
    """Templates and catalogs under locales/ whose document is not among ``doc_ids``."""
    found: dict[str, dict] = {}
    folder = settings.locales_path
    if folder.is_dir():
        for path in sorted(folder.glob("*.pot")):
            if path.stem not in doc_ids:
                found.setdefault(path.stem, {"template": "", "catalogs": []})["template"] = shown_path(settings, path)
    for locale in languages:
        for path in sorted((folder / locale / "LC_MESSAGES").glob("*.po")):
            if path.stem not in doc_ids:
                found.setdefault(path.stem, {"template": "", "catalogs": []})["catalogs"].append(
                    shown_path(settings, path))
    return tuple(Orphan(doc_id, slot["template"], tuple(slot["catalogs"])) for doc_id, slot in sorted(found.items()))


def document_similarity(new_units: set[str], old_units: set[str]) -> tuple[int, int]:
    """(units in common, units of the larger): the share decides whether a document was renamed.

    >>> document_similarity({"أ.", "ب.", "ج."}, {"أ.", "ب.", "د.", "هـ."})
    (2, 4)
    """
    return len(new_units & old_units), max(len(new_units), len(old_units))


def _orphan_units(settings: Settings, orphan: Orphan, languages: list[str]) -> set[str]:
    """The units an orphan was made for: its template's, else those of its first catalog."""
    path = settings.template_path(orphan.doc_id)
    if not path.is_file():
        path = next(settings.catalog_path(locale, orphan.doc_id) for locale in languages
                    if settings.catalog_path(locale, orphan.doc_id).is_file())
    try:
        catalog = read_catalog(path, shown_path(settings, path))
    except CatalogError:
        return set()  # a damaged orphan is not adopted; it stays reported
    return {entry.msgid for entry in catalog.live if entry.msgid}


def plan_adoptions(
    settings: Settings,
    documents: list[Segmented],
    languages: list[str],
    doc_ids: set[str],
) -> tuple[tuple[Adoption, ...], tuple[Orphan, ...]]:
    """Which new document takes the catalogs of which orphan (it was renamed from it); the other orphans.

    ``documents`` are the new ones (neither template nor catalog); ``doc_ids``
    all the project's documents. A new document's match is the orphan sharing
    the most units, at ``RENAME_SIMILARITY`` or above. Nothing is read beyond
    the orphans' units, nothing moves: extract merges each adopted catalog from
    its old place into the new one and removes the old one in the same
    transaction as every other file it writes.
    """
    orphans = find_orphans(settings, doc_ids, languages)
    if not orphans or not documents:
        return (), orphans
    candidates = []
    for orphan in orphans:
        old_units = _orphan_units(settings, orphan, languages)
        for segmented in documents:
            shared, larger = document_similarity({unit.text for unit in segmented.units}, old_units)
            if larger and shared / larger >= RENAME_SIMILARITY:
                candidates.append((shared / larger, shared, larger, orphan, segmented))
    adoptions, taken_old, taken_new = [], set(), set()
    for _, shared, larger, orphan, segmented in sorted(candidates, key=lambda item: -item[0]):
        new_id = segmented.document.doc_id
        if orphan.doc_id in taken_old or new_id in taken_new:
            continue
        taken_old.add(orphan.doc_id)
        taken_new.add(new_id)
        moved = tuple(shown_path(settings, settings.catalog_path(locale, new_id)) for locale in languages
                      if settings.catalog_path(locale, orphan.doc_id).is_file())
        adoptions.append(Adoption(orphan.doc_id, new_id, shared, larger, moved))
    return tuple(adoptions), tuple(orphan for orphan in orphans if orphan.doc_id not in taken_old)


def renamed_comments(comments: tuple[str, ...], old_id: str, new_relpath: str) -> tuple[str, ...]:
    """Header comments naming the old source file name the new one.

    >>> renamed_comments(("English translation of source/old.txt.",), "old", "source/new.txt")
    ('English translation of source/new.txt.',)
    """
    pattern = re.compile(rf"[^\s]*\b{re.escape(old_id)}(?:{'|'.join(map(re.escape, SOURCE_SUFFIXES))})\b")
    return tuple(pattern.sub(new_relpath, comment) for comment in comments)


# ---------------------------------------------------------------- kztr rename


@dataclass(frozen=True)
class Move:
    """One file moved by ``kztr rename`` (paths as shown to the user)."""

    old: str
    new: str
    replaced: bool = False  # an untranslated catalog at the new name was replaced


@dataclass(frozen=True)
class RenameResult:
    old: str
    new: str
    moves: tuple[Move, ...]


def _doc_id(settings: Settings, argument: str) -> tuple[str, str]:
    """A document id from ``kz-2022``, ``kz-2022.txt`` or ``source/kz-2022.txt``: (id, suffix or "")."""
    path = Path(argument)
    if len(path.parts) > 1:
        inside = (settings.root / path).parent.resolve() == settings.source_path.resolve() \
            or path.parent.resolve() == settings.source_path.resolve()
        if not inside:
            raise KztrError(f"{argument!r} is not in the source folder "
                            f"{shown_path(settings, settings.source_path)}: give a document name, e.g. kz-2022")
    if path.suffix in SOURCE_SUFFIXES:
        return path.stem, path.suffix
    return path.name, ""


def rename_document(settings: Settings, old: str, new: str) -> RenameResult:
    """Move a document's source (if still at the old name), template and every catalog to a new name.

    Refuses a name that would clash with another document's files; a catalog
    already at the new name with nothing translated (made by an extract run
    after a plain ``mv``) is replaced. Every file is checked before any
    moves; a failed move puts back the ones already made.
    """
    old_id, _ = _doc_id(settings, old)
    new_id, new_suffix = _doc_id(settings, new)
    if not _DOC_ID.match(new_id) or new_id.endswith((".pot", ".po")):
        raise KztrError(f"{new!r} is not a document name (a file stem: no folders, no leading dot)")
    if new_id == old_id:
        raise KztrError(f"{old_id!r} and {new!r} are the same document")
    locales = settings.locales_path
    with project_lock(locales, shown_path(settings, locales)):
        sources = {path.stem: path for path in list_sources(settings.source_path, settings.root)} \
            if settings.source_path.is_dir() else {}
        moves: list[tuple[Path, Path, bool]] = []
        read: dict[Path, tuple[bytes, Catalog]] = {}  # every catalog to move, read (and checked) first
        source = sources.get(old_id)
        if source is not None:
            suffix = new_suffix or source.suffix
            if suffix != source.suffix:
                raise KztrError(f"a rename keeps the format: {source.name} cannot become {new_id}{suffix}")
            if new_id in sources:
                raise KztrError(f"{shown_path(settings, sources[new_id])} already exists: choose another name")
            moves.append((source, source.with_name(new_id + suffix), False))
        elif new_id not in sources:
            raise KztrError(f"no source document {old_id!r} or {new_id!r} in "
                            f"{shown_path(settings, settings.source_path)}: move the source first")
        template = settings.template_path(old_id)
        if template.is_file():
            moves.append((template, settings.template_path(new_id), True))  # the template is regenerated anyway
        for locale in list_languages(settings):
            catalog = settings.catalog_path(locale, old_id)
            if not catalog.is_file():
                continue
            read[catalog] = read_catalog_file(catalog, shown_path(settings, catalog))  # a damaged file is not moved
            target = settings.catalog_path(locale, new_id)
            replaced = False
            if target.exists():
                if _has_work(settings, target):
                    raise KztrError("already exists and holds translations: merge by hand, or choose another name",
                                    path=shown_path(settings, target))
                replaced = True
            moves.append((catalog, target, replaced))
        if not any(path.suffix == ".po" for path, _, _ in moves):
            raise KztrError(f"no catalogs named {old_id!r} under {shown_path(settings, locales)}")
        new_source = moves[0][1] if source is not None else sources[new_id]
        _move_all(settings, moves, read, old_id, shown_path(settings, new_source))
    return RenameResult(old_id, new_id, tuple(
        Move(shown_path(settings, path), shown_path(settings, target), replaced and target.suffix == ".po")
        for path, target, replaced in moves))


def _has_work(settings: Settings, path: Path) -> bool:
    catalog = read_catalog(path, shown_path(settings, path))
    return any(entry.has_translation for entry in catalog.entries)


def _move_all(settings: Settings, moves: list[tuple[Path, Path, bool]], read: dict[Path, tuple[bytes, Catalog]],
              old_id: str, new_relpath: str) -> None:
    """Move every file; catalogs get their header comment's source name updated. All or nothing:
    any failure (or an interrupt) puts every file back as it was, and what it replaced."""
    from kztr.files import Transaction

    try:
        with Transaction() as files:
            for path, target, _ in moves:
                shown = shown_path(settings, path)
                if path in read:
                    files.write(target, _renamed_catalog(*read[path], old_id, new_relpath), shown)
                    files.remove(path, shown)
                else:
                    files.move(path, target, shown)
            files.commit()
    except WriteError as exc:
        raise KztrError(f"cannot move {exc.path}: {exc.reason}; nothing was renamed") from None


def _renamed_catalog(data: bytes, catalog: Catalog, old_id: str, new_relpath: str) -> str:
    """A catalog's text with its header comments naming the new source: byte for byte otherwise when
    it is UTF-8; a legacy charset (windows-1256…) is written as UTF-8, as extract would write it."""
    from kztr.po.pofile import generate_po

    if catalog.source_charset.upper() in ("UTF-8", "UTF8", "CHARSET") or data.isascii():
        head, mark, rest = data.decode("utf-8").partition("\nmsgid ")
        return "\n".join(renamed_comments(tuple(head.split("\n")), old_id, new_relpath)) + mark + rest
    header = tuple((name, "text/plain; charset=UTF-8" if name.lower() == "content-type" else value)
                   for name, value in catalog.header)
    return generate_po(replace(catalog, header=header,
                               header_comments=renamed_comments(catalog.header_comments, old_id, new_relpath)))
