"""Writing files: the one place kztr puts bytes on disk.

Every output path is one of three things, and is written as such:

* a regular file, or nothing yet: the text goes to a temporary file beside
  it (synced, with the old file's permissions or the umask's), which is
  renamed over it; readers see the old file or the new one, never half.  A
  symlink to a regular file is followed: its target is replaced, the link
  stays.  A write that would change nothing is not made (no timestamp moves);
* a character device or a named pipe (``/dev/null``, ``/dev/stdout``, a
  FIFO, also through a symlink), or ``-`` (standard output): written
  through, never replaced by a regular file;
* anything else (a folder, a block device, a socket): refused.

Any failure (a read-only folder, a full disk, a path under a file) is a
``WriteError`` naming the path and the reason; nothing is left half-written.
Several files that belong together are written by a ``Transaction``: staged
beside their targets, then put in place together, or not at all.  Stray
temporaries of a killed run are removed by ``remove_stale_temporaries``
(called under the project lock).
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
import uuid
from collections.abc import Iterable
from pathlib import Path

from kztr.errors import WriteError

STDOUT = "-"
_CHUNK = 1 << 20  # text is encoded a megabyte at a time, not all at once


# ---------------------------------------------------------------- what a path is


def _resolve(path: Path, shown: str) -> tuple[str, Path]:
    """("stdout" | "file" | "through", the path to write): how to write to ``path``."""
    if str(path) == STDOUT:
        return "stdout", path
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return "file", path
    except OSError as exc:
        raise _error(exc, path, shown) from None
    if stat.S_ISREG(mode):
        return "file", path
    if stat.S_ISLNK(mode):
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            return "file", Path(os.path.realpath(path))  # a dangling link: create what it points to
        except OSError as exc:
            raise _error(exc, path, shown) from None
        if stat.S_ISREG(mode) and not _through_proc(path):
            return "file", Path(os.path.realpath(path))
        if stat.S_ISREG(mode):
            return "through", path  # /dev/stdout redirected to a file: the shell's file, as it opened it
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return "through", path
    what = ("a folder" if stat.S_ISDIR(mode) else "a block device" if stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "not a file")
    raise WriteError.because(f"it is {what}, not a file", path=shown)


def _through_proc(path: Path) -> bool:
    """Does a symlink lead through /proc (``/dev/stdout``, ``/dev/fd/1``)? Then it names an open file."""
    current = os.path.abspath(path)
    for _ in range(40):
        if os.path.realpath(os.path.dirname(current)).startswith("/proc/"):
            return True
        if not os.path.islink(current):
            return False
        current = os.path.join(os.path.dirname(current), os.readlink(current))
    return False


def _error(exc: OSError, path: Path, shown: str, folder: bool = False) -> WriteError:
    """One line: the path and why it cannot be written (``folder``: the path is a folder to make)."""
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        # the path's parents (and the path, for a folder) and what the user sees of them, side by side
        real = ([Path(path)] if folder else []) + list(Path(path).parents)
        seen = ([Path(shown)] if folder else []) + list(Path(shown).parents)[:-1]
        for depth, parent in enumerate(real):
            if parent.exists() or parent.is_symlink():
                if not parent.is_dir():
                    name = seen[depth] if depth < len(seen) else parent
                    return WriteError.because(f"{name} is a file, not a folder", path=shown)
                break
    return WriteError.because(exc.strerror or str(exc), path=shown)


def _mode(path: Path) -> int:
    """The permissions a new file at ``path`` gets: the old file's, else 0644 less the umask."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        return 0o644 & ~_umask()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _same_content(path: Path, text: str | bytes) -> bool:
    try:
        if os.stat(path).st_size < len(text):  # UTF-8 takes at least a byte per character
            return False
        return path.read_bytes() == (text.encode("utf-8") if isinstance(text, str) else text)
    except (OSError, ValueError):
        return False


# ---------------------------------------------------------------- one file


def write_text(path: Path | str, text: str | bytes, shown: str | None = None) -> bool:
    """Write ``text`` (as UTF-8; bytes, such as an office file, as they are) to ``path``, as its
    kind asks (see the module); True when written.

    ``shown`` is the path as the user should see it in an error (default: as given).
    """
    shown = shown or str(path)
    kind, target = _resolve(Path(path), shown)
    if kind == "stdout":
        _write_stdout(text, shown)
    elif kind == "through":
        _write_through(target, text, shown)
    else:
        if _same_content(target, text):
            return False
        temporary = stage(target, text, shown)
        try:
            os.replace(temporary, target)
        except BaseException as exc:
            temporary.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise _error(exc, target, shown) from None
            raise
    return True


def stage(path: Path, text: str | bytes | Iterable[str], shown: str | None = None, seen=None) -> Path:
    """Write ``text`` (or the pieces of text it comes in) to a temporary file beside ``path`` (synced,
    with the mode ``path`` has or would get); the caller renames it into place. A failure removes it
    and raises ``WriteError``.

    ``seen``, when given, is called with each piece of bytes written (a hash's ``update``), and the file
    is left unsynced: the caller, which decides from the hash whether to keep it, calls ``sync`` on it or
    deletes it."""
    shown = shown or str(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # opened apart from the ``with`` below, which closes it, so that a failure to open is told apart
        handle = tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{path.name}.",  # noqa: SIM115
                                             suffix=".tmp", delete=False)
    except OSError as exc:
        raise _error(exc, path, shown) from None
    try:
        with handle:
            for piece in _pieces(text):
                handle.write(piece)
                if seen is not None:
                    seen(piece)
            handle.flush()
            if seen is None:
                os.fsync(handle.fileno())
        os.chmod(handle.name, _mode(path))
    except BaseException as exc:
        Path(handle.name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _error(exc, path, shown) from None
        raise
    return Path(handle.name)


def sync(staged: Path, path: Path, shown: str | None = None) -> None:
    """Flush a file ``stage`` left unsynced to the disk (on failure it is removed: ``WriteError``)."""
    try:
        descriptor = os.open(staged, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise _error(exc, path, shown or str(path)) from None


def _pieces(text: str | bytes | Iterable[str]):
    """The bytes to write, a megabyte of text at a time (never the whole text encoded at once)."""
    if isinstance(text, bytes):
        yield text
        return
    if not isinstance(text, str):  # pieces already (kztr.po.pofile.po_chunks)
        for piece in text:
            yield piece.encode("utf-8")
        return
    for start in range(0, len(text), _CHUNK):
        yield text[start:start + _CHUNK].encode("utf-8")


def _write_through(path: Path, text: str | bytes, shown: str) -> None:
    """A device or a pipe: opened and written, never truncated or replaced."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOCTTY)
    except OSError as exc:
        raise _error(exc, path, shown) from None
    try:
        for piece in _pieces(text):
            data = memoryview(piece)
            while data:
                data = data[os.write(descriptor, data):]
    except OSError as exc:
        raise _error(exc, path, shown) from None
    finally:
        os.close(descriptor)


def _write_stdout(text: str | bytes, shown: str) -> None:
    stream = getattr(sys.stdout, "buffer", None)
    try:
        if stream is None:
            sys.stdout.write(text if isinstance(text, str) else text.decode("utf-8", "replace"))
        else:
            sys.stdout.flush()
            stream.write(text.encode("utf-8") if isinstance(text, str) else text)
        sys.stdout.flush()
    except OSError as exc:
        raise WriteError.because(exc.strerror or str(exc), path="standard output") from None


def is_standard_output(path: Path | str) -> bool:
    """Is ``path`` this process's standard output (``-``, ``/dev/stdout``, the file stdout goes to)?"""
    if str(path) == STDOUT:
        return True
    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, AttributeError):  # no such file, or stdout is not a file (a test's capture)
        return False


def make_folder(path: Path, shown: str | None = None) -> None:
    """``path`` and its parents as folders, or a ``WriteError`` saying why not."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _error(exc, path, shown or str(path), folder=True) from None


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temp files a killed writer left behind (call only under the project lock)."""
    stale = [path for path in folder.rglob(".*.tmp") if path.is_file() and path.name.count(".") >= 3]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


# ---------------------------------------------------------------- several files together


class Transaction:
    """Files that belong together: staged first, then put in place together, or not at all.

    ``write`` stages a file at once (a full disk fails here, before anything
    is in place); ``move`` and ``remove`` are planned. ``commit`` does every
    step in order (writes and moves first, removals last) and, when one
    fails or is interrupted, undoes those already done, byte for byte.
    Leaving the ``with`` block without a commit discards what was staged.
    A device or pipe among the targets is written through at the very end,
    when nothing can fail any more that could be undone.
    """

    def __init__(self) -> None:
        self._steps: list[tuple[str, Path, Path, str]] = []  # (kind, target, source or staged file, shown)
        self._through: list[tuple[str, Path, str | bytes, str]] = []  # (kind, target, text, shown)

    def __enter__(self) -> Transaction:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self.discard()

    def write(self, path: Path | str, text: str | bytes, shown: str | None = None) -> bool:
        """Stage ``text`` for ``path`` (see ``write_text``); False when the file has it already."""
        shown = shown or str(path)
        kind, target = _resolve(Path(path), shown)
        if kind != "file":
            self._through.append((kind, target, text, shown))
            return True
        if _same_content(target, text):
            return False
        self.add(target, stage(target, text, shown), shown)
        return True

    def add(self, target: Path, staged: Path, shown: str | None = None) -> None:
        """A file staged elsewhere (``stage`` in another process) for ``target``."""
        self._steps.append(("put", target, staged, shown or str(target)))

    def move(self, source: Path, target: Path, shown: str | None = None) -> None:
        self._steps.append(("move", target, source, shown or str(source)))

    def remove(self, path: Path, shown: str | None = None) -> None:
        self._steps.append(("remove", path, path, shown or str(path)))

    @property
    def staged(self) -> list[Path]:
        return [source for kind, _, source, _ in self._steps if kind == "put"]

    def discard(self) -> None:
        """Forget every step; staged files are deleted."""
        for path in self.staged:
            path.unlink(missing_ok=True)
        self._steps, self._through = [], []

    def commit(self) -> None:
        """Put every file in place; on any failure, put back every file as it was and raise."""
        steps = sorted(self._steps, key=lambda step: step[0] == "remove")  # stable: removals last
        undo: list[tuple[str, Path, Path | None, Path | None]] = []
        step = steps[0] if steps else None
        try:
            for step in steps:
                undo.append(_do(*step[:3]))
        except BaseException as exc:
            stuck = _undo(undo)
            self.discard()
            if stuck:  # the file system refused even that: say what is where
                raise WriteError.because(f"{exc}; and {len(stuck)} file(s) could not be put back: "
                                         + ", ".join(map(str, stuck)), path=step[3] if step else None) from None
            if isinstance(exc, OSError) and step is not None:
                raise _error(exc, step[1], step[3]) from None
            raise
        for _, _, _, backup in undo:
            if backup is not None:
                backup.unlink(missing_ok=True)
        self._steps = []
        through, self._through = self._through, []
        for kind, target, text, shown in through:
            _write_stdout(text, shown) if kind == "stdout" else _write_through(target, text, shown)


def _backup_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")


def _keep_aside(path: Path) -> Path | None:
    """A second name for the file at ``path`` (a hard link, else a rename), so it can be put back."""
    if not os.path.lexists(path):
        return None
    backup = _backup_name(path)
    try:
        os.link(path, backup, follow_symlinks=False)
    except OSError:
        os.rename(path, backup)  # no hard links here (some network and FAT file systems)
    return backup


def _do(kind: str, target: Path, source: Path) -> tuple[str, Path, Path | None, Path | None]:
    """One step; returns what undoes it: (kind, target, source, backup of what was there)."""
    if kind == "remove":
        removed = _backup_name(target)
        os.rename(target, removed)
        return kind, target, None, removed
    target.parent.mkdir(parents=True, exist_ok=True)
    backup = _keep_aside(target)
    try:
        os.replace(source, target)
    except BaseException:
        if backup is not None and not os.path.lexists(target):
            os.rename(backup, target)
        elif backup is not None:
            backup.unlink()
        raise
    return kind, target, source, backup


def _undo(done: list[tuple[str, Path, Path | None, Path | None]]) -> list[Path]:
    """Put back, newest first, what the steps ``done`` changed; the files that could not be put back."""
    failed = []
    for kind, target, source, backup in reversed(done):
        try:
            if kind == "move" and source is not None:
                os.replace(target, source)
            elif kind == "put":
                target.unlink(missing_ok=True)
            if backup is not None:
                os.replace(backup, target)
        except OSError:
            failed.append(target)
    return failed
