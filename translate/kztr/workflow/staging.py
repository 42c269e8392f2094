"""Files written in two steps: staged beside their target while extract works, renamed when all is done.

A run that fails (a bad catalog in its last document) leaves every file as
it was; a run that succeeds renames each staged file over its target, so
readers see the old file or the new one, never half.  Staging also frees a
document's text as soon as it is merged: a 100k-unit catalog need not stay
in memory until the last document is done.  Staged files are named as
``pofile.write_atomic`` names its temporaries, so a killed run's leftovers
are removed by the next run (``remove_stale_temporaries``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def stage(path: Path, text: str | Iterable[str]) -> Path:
    """Write ``text`` (or the pieces it comes in) to a temporary file beside ``path`` (synced, with the
    target's mode)."""
    from kztr.po.pofile import _umask

    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644 & ~_umask()
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="\n", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            pieces = (text[start:start + (1 << 20)] for start in range(0, len(text), 1 << 20)) \
                if isinstance(text, str) else text  # encoded a megabyte at a time, not all at once
            for piece in pieces:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, mode)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return Path(handle.name)


def commit(staged: list[tuple[Path, Path]]) -> None:
    """Rename every staged file over its target: (target, staged file) pairs."""
    for target, temporary in staged:
        os.replace(temporary, target)


def discard(staged: list[tuple[Path, Path]]) -> None:
    for _, temporary in staged:
        temporary.unlink(missing_ok=True)
