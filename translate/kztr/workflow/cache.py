"""What ``kztr extract`` remembers between runs, so that it can skip unchanged documents.

A document is skipped only when nothing that could change its result has
changed since the run that last wrote its files.  Its key is a hash of:

* the bytes of its source, of its template and of its catalog in every
  language (hashed, not stat-ed: a same-size edit within one clock tick is
  still seen);
* per language, the bytes of every catalog of that language (all documents:
  translation memory fills new units from them) and of every file under
  ``tm/``;
* the settings, the options (``--cutoff``), the list of languages, and the
  code: kztr's version, the size and time of each of its files, the
  versions of the libraries that shape a catalog (Babel's plural forms,
  rapidfuzz's scores) and of Python.

The key is computed from the files as the run left them: extract is
idempotent (run twice, the second run changes no byte), so a document whose
inputs still hash to that key would come out unchanged: skipping it is the
same as running it.

The cache is one JSON file per project in the user's cache folder
(``$KZTR_CACHE_DIR``, else ``$XDG_CACHE_HOME/kztr``, else ``~/.cache/kztr``),
named after the project's path: nothing is added to the project's tree.  A
missing, damaged, foreign or unwritable cache only means that nothing is
skipped; deleting it is always safe.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kztr.config import Settings

_FORMAT = 1


def digest(data: bytes | None) -> str:
    return "-" if data is None else hashlib.blake2b(data, digest_size=16).hexdigest()


def cache_path(settings: Settings, kind: str = "extract") -> Path:
    """Where a command (extract, history) remembers this project: the user's cache folder, one file per project."""
    folder = os.environ.get("KZTR_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = str(Path(base) / "kztr")
    root = str(settings.root.resolve())
    return Path(folder) / f"{kind}-{Path(root).name[:40]}-{digest(root.encode('utf-8'))[:16]}.json"


@dataclass(frozen=True)
class Remembered:
    """A document as the last run left it: its key and what extract reports for it."""

    key: str
    units: int
    blocks: int
    skipped: tuple[tuple[int, str, str], ...]


def load(settings: Settings) -> dict[str, Remembered]:
    """The remembered documents, or nothing when the cache is missing or unreadable."""
    try:
        data = json.loads(cache_path(settings).read_text(encoding="utf-8"))
        if data.get("format") != _FORMAT:
            return {}
        return {doc: Remembered(item["key"], int(item["units"]), int(item["blocks"]),
                                tuple((int(line), str(text), str(reason)) for line, text, reason in item["skipped"]))
                for doc, item in data["documents"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save(settings: Settings, documents: dict[str, Remembered]) -> None:
    """Write the cache, only when it changed (a run that changes nothing writes nothing)."""
    from kztr.errors import WriteError
    from kztr.files import write_text

    text = json.dumps({"format": _FORMAT, "documents": {
        doc: {"key": item.key, "units": item.units, "blocks": item.blocks, "skipped": [list(s) for s in item.skipped]}
        for doc, item in sorted(documents.items())}}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    with contextlib.suppress(WriteError):  # no cache folder we may write: the next run simply skips nothing
        write_text(cache_path(settings), text)


def environment(settings: Settings, options: dict[str, object]) -> str:
    """The part of every key that does not depend on one document: settings, options, code."""
    from importlib.util import find_spec

    import kztr

    parts: list[object] = [_FORMAT, repr(settings), sorted(options.items()), kztr.__version__, sys.version]
    # The libraries that shape a catalog: an upgrade rewrites their files (size, time).
    for name in ("babel", "rapidfuzz", "regex", "click"):
        spec = find_spec(name)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        parts.append((name, _stat(origin.parent) if origin else None, _stat(origin) if origin else None))
    package = Path(kztr.__file__).parent
    for path in sorted(package.rglob("*")):
        if "__pycache__" not in path.parts and path.is_file():
            parts.append((path.relative_to(package).as_posix(), _stat(path)))
    return digest(json.dumps(parts, default=str).encode("utf-8"))


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def language_state(catalogs: dict[Path, str], tm_files: dict[Path, str]) -> str:
    """Every catalog of one language and every memory file (their hashes): what translation memory reads."""
    parts = sorted((path.as_posix(), hashed) for path, hashed in catalogs.items())
    parts += sorted((path.as_posix(), hashed) for path, hashed in tm_files.items())
    return digest_text(json.dumps(parts))


def document_key(environment_key: str, source: str, template: str,
                 catalogs: dict[str, str | None], languages: dict[str, str]) -> str:
    """The key of one document from hashes: its own files, each language's state, the environment."""
    parts = [environment_key, source, template,
             sorted((locale, data or "-", languages[locale]) for locale, data in catalogs.items())]
    return digest_text(json.dumps(parts))


def digest_text(text: str) -> str:
    """``digest(text.encode())``, a megabyte at a time: no second copy of a 50 MB catalog."""
    return digest_chunks(text[start:start + (1 << 20)] for start in range(0, len(text), 1 << 20))


def digest_chunks(chunks: Iterable[str]) -> str:
    """``digest_text`` of the text these pieces make (``kztr.po.pofile.po_chunks``), one piece at a time."""
    hashed = new_digest()
    for chunk in chunks:
        hashed.update(chunk.encode("utf-8"))
    return hashed.hexdigest()


def new_digest():
    """The hash ``digest`` uses, to be fed bytes piece by piece (``update``), then read (``hexdigest``)."""
    return hashlib.blake2b(digest_size=16)
