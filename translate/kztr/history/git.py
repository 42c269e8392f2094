"""Read a project's catalogs out of git: which commits changed them, and the files' bytes.

Through the ``git`` command, not a library: a project that has history has
git, and two long-running processes do all the work.  ``git log --raw``
lists every commit that touched the catalogs folder with the blob hash of
each file it changed (so a file is identified by its content, and one seen
before is never read again); ``git cat-file --batch`` streams the bytes of
the blobs not yet counted.  git itself reads packs, shallow and partial
clones, worktrees and SHA-256 repositories; a library would have to keep
up with each.

Every commit that changed the catalogs is listed, merges included
(``--full-history``), with ``--parents`` so each commit names its nearest
ancestors that touched them.  In a shallow
clone, the oldest commit at hand counts as the start: every catalog it has
is new there.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from kztr.errors import KztrError

EMPTY = "0" * 40


class GitError(KztrError):
    """git is missing, the folder is no repository, or a revision is unknown."""


@dataclass(frozen=True)
class Commit:
    """A commit that changed catalogs: its parents (rewritten to those that did too) and its changes."""

    sha: str
    parents: tuple[str, ...]
    author_time: int  # seconds since the epoch (when the work was done)
    commit_time: int  # seconds since the epoch (when it landed)
    author: str
    email: str
    changes: tuple[tuple[str, str], ...]  # (path from the repository root, new blob or "" when deleted)


def run_git(folder: Path, *args: str) -> str:
    """Run ``git -C folder args`` and return its output; a failure is a ``GitError`` naming the folder."""
    try:
        completed = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed: kztr reads the history with the git command", path=folder) from None
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {args[0]}: {message[-1] if message else 'failed'}", path=folder)
    return completed.stdout.decode("utf-8", "replace")


def repository_prefix(folder: Path) -> tuple[Path, str]:
    """The top folder of the repository holding ``folder``, and ``folder``'s path inside it (``a/b/``)."""
    output = run_git(folder, "rev-parse", "--show-toplevel", "--show-prefix")
    top, _, prefix = output.partition("\n")
    return Path(top.strip()), prefix.strip()


def resolve_revision(top: Path, revision: str) -> str:
    """The commit a revision (tag, branch, hash, ``HEAD~3``) names."""
    if revision.startswith("-"):
        raise GitError(f"not a revision: {revision!r}", path=top)
    try:
        return run_git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}").strip()
    except GitError:
        raise GitError(f"no commit {revision!r} in this repository (a tag, a branch or a commit)", path=top) from None


def last_change(top: Path, revision: str, folder: str) -> str | None:
    """The newest commit on ``revision``'s first-parent line that changed ``folder`` (the main line's tip)."""
    return run_git(top, "rev-list", "-1", "--first-parent", revision, "--", folder or ".").strip() or None


def is_shallow(top: Path) -> bool:
    return run_git(top, "rev-parse", "--is-shallow-repository").strip() == "true"


_LOG_FORMAT = "%x1e%H%x1f%P%x1f%at%x1f%ct%x1f%aN%x1f%aE"  # names through .mailmap


def list_commits(top: Path, revision: str, folder: str) -> list[Commit]:
    """Every commit up to ``revision`` that changed a file under ``folder``, parents before children."""
    output = run_git(top, "log", f"--format={_LOG_FORMAT}", "--raw", "--no-abbrev", "-z", "--no-renames", "--root",
                     "--full-history", "--parents", "--diff-merges=first-parent", "--topo-order", "--reverse",
                     revision, "--",
                     folder or ".")
    return [parse_record(record) for record in output.split("\x1e") if record.strip("\0\n")]


def parse_record(record: str) -> Commit:
    r"""One commit of ``git log --raw -z`` output.

    >>> c = parse_record("a1\x1fb2 c3\x1f10\x1f20\x1fAsel\x1fa@x\0\n:100644 100644 aaa bbb M\0locales/x.po\0")
    >>> c.parents, c.author, c.changes
    (('b2', 'c3'), 'Asel', (('locales/x.po', 'bbb'),))
    """
    header, _, raw = record.partition("\0")
    sha, parents, author_time, commit_time, author, email = header.split("\x1f")
    fields = raw.lstrip("\n").split("\0")
    changes = []
    # strict=False: the record ends with a NUL, which leaves one empty field after the last pair
    for meta, path in zip(fields[0::2], fields[1::2], strict=False):
        parts = meta.lstrip(":").split()
        if len(parts) < 5:
            continue
        blob = parts[3]
        changes.append((path, "" if parts[4].startswith("D") or blob == EMPTY else blob))
    return Commit(sha, tuple(parents.split()), int(author_time), int(commit_time), author, email, tuple(changes))


class BlobReader:
    """``git cat-file --batch`` kept open: the bytes of one blob after another, one process for all."""

    def __init__(self, top: Path):
        try:
            self.process = subprocess.Popen(["git", "-C", str(top), "cat-file", "--batch"], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except FileNotFoundError:
            raise GitError("git is not installed: kztr reads the history with the git command", path=top) from None
        self.top = top

    def read(self, blob: str) -> bytes:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(blob.encode("ascii") + b"\n")
        stdin.flush()
        header = stdout.readline().split()
        if len(header) != 3:
            raise GitError(f"git cat-file: blob {blob} is not in this repository", path=self.top)
        data = stdout.read(int(header[2]))
        stdout.read(1)  # the newline after the contents
        return data

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
