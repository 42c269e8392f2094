"""What ``kztr build`` wrote into an output folder, so that it can remove its own stale files.

A build records each file it writes in the folder's manifest
(``.kztr-build.json``): the document it is the edition of (none for an
index page), its format and a digest of its bytes.  A later build removes
a recorded file when it has become stale — its document's source is gone
(deleted or renamed), or it is an index page this build no longer writes
— and only while the file still holds what kztr wrote: a file kztr did
not write, or one somebody changed since, is never removed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

MANIFEST_NAME = ".kztr-build.json"
_FORMAT = 1


@dataclass(frozen=True)
class Output:
    """One file a build wrote: its name in the folder, its document ("" for an index), format, digest."""

    name: str
    doc_id: str
    format: str
    digest: str


def digest_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_manifest(folder: Path) -> dict[str, Output]:
    """The outputs recorded in ``folder``, by name; none when there is no manifest or it is not ours."""
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        if data.get("format") != _FORMAT:
            return {}
        return {name: Output(name, item["doc"], item["format"], item["sha256"])
                for name, item in data["files"].items() if _plain_name(name)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _plain_name(name: str) -> bool:
    """A file directly in the folder: a manifest never makes kztr touch anything elsewhere."""
    return bool(name) and "/" not in name and "\\" not in name and name not in (".", "..")


def stale_outputs(folder: Path, recorded: dict[str, Output], written: dict[str, Output],
                  documents: set[str], index_formats: set[str]) -> list[Path]:
    """Recorded files to remove: those of a document no longer in ``documents``, and index pages of a
    format in ``index_formats`` (a build that would have written one) that this build did not write;
    each only while it still holds the bytes the manifest records."""
    stale = []
    for name, output in sorted(recorded.items()):
        if name in written:
            continue
        gone = output.doc_id not in documents if output.doc_id else output.format in index_formats
        path = folder / name
        if gone and path.is_file() and not path.is_symlink() and _digest_file(path) == output.digest:
            stale.append(path)
    return stale


def manifest_text(folder: Path, recorded: dict[str, Output], written: dict[str, Output],
                  removed: list[Path]) -> str:
    """The manifest after a build: what it wrote, plus what earlier builds wrote that is still there as
    they wrote it (a file somebody changed or removed is no longer kztr's)."""
    gone = {path.name for path in removed}
    kept = {name: output for name, output in recorded.items()
            if name not in gone and name not in written and _digest_file(folder / name) == output.digest}
    files = {**kept, **written}
    return json.dumps({"format": _FORMAT, "files": {
        name: {"doc": output.doc_id, "format": output.format, "sha256": output.digest}
        for name, output in sorted(files.items())}}, indent=1, sort_keys=True) + "\n"


def _digest_file(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
