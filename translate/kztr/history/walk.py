"""Walk the commits that changed the catalogs: each language's totals along the main line, and credits.

Each commit's catalogs are its first parent's plus what it changed (blob
hashes from ``git log --raw``); a blob is summarised once (``BlobStore``),
so the work grows with the number of distinct catalog versions, not with
commits × catalogs.  The *main line* is the first-parent chain from the
tip: the catalogs as the branch had them, one point per commit there.
Credits come from every commit, side branches included.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from kztr.history.counting import Change, Summary, compare, parse_blob, summarise, unit_states
from kztr.history.git import Commit
from kztr.stats import Counts


@dataclass(frozen=True)
class DocumentPoint:
    """One catalog as a main-line commit changed it (None: the commit removed it)."""

    sha: str
    time: int
    language: str
    document: str
    counts: Counts | None


@dataclass(frozen=True)
class Credit:
    """What one commit did to one catalog, and who it is credited to."""

    sha: str
    time: int  # author time
    language: str
    document: str
    translator: str
    via: str  # "author" or "Last-Translator"
    change: Change


@dataclass
class BlobStore:
    """Summaries and comparisons of blobs: from the cache, else read once through ``read``."""

    read: Callable[[str], bytes]
    language: str
    summaries: dict[str, Summary | None] = field(default_factory=dict)
    changes: dict[str, Change] = field(default_factory=dict)
    blobs_read: int = 0
    known: int = 0  # summaries and changes loaded from the cache
    _units: dict[str, dict] = field(default_factory=dict)

    def _catalog(self, blob: str):
        self.blobs_read += 1
        return parse_blob(self.read(blob), blob)

    def summary(self, blob: str) -> Summary | None:
        if blob not in self.summaries:
            catalog = self._catalog(blob)
            self.summaries[blob] = summarise(catalog, self.language) if catalog is not None else None
            if catalog is not None:
                self._units[blob] = unit_states(catalog, self.language)
        return self.summaries[blob]

    def units(self, blob: str | None) -> dict:
        if not blob:
            return {}
        if blob not in self._units:
            catalog = self._catalog(blob)
            self._units[blob] = unit_states(catalog, self.language) if catalog is not None else {}
        return self._units[blob]

    def change(self, new: str | None, parents: list[str | None]) -> Change:
        key = f"{new or '-'}<{','.join(blob or '-' for blob in parents)}"
        if key not in self.changes:
            self.changes[key] = compare(self.units(new), [self.units(blob) for blob in parents])
        return self.changes[key]


@dataclass(frozen=True)
class Walked:
    documents: tuple[DocumentPoint, ...]
    credits: tuple[Credit, ...]
    invalid: tuple[tuple[str, str], ...]  # (commit, path) of committed files that were not valid catalogs


def walk(commits: list[Commit], tip: str | None, where: Callable[[str], tuple[str, str] | None],
         store: BlobStore, prefer: str = "author") -> Walked:
    """Count every commit (parents first); ``where`` maps a repository path to (language, document).

    Main-line commits give a ``DocumentPoint`` per catalog they changed.
    """
    mainline = _mainline(commits, tip)
    waiting = Counter(parent for commit in commits for parent in commit.parents)
    states: dict[str, dict[str, str]] = {}
    documents: list[DocumentPoint] = []
    credits: list[Credit] = []
    invalid: list[tuple[str, str]] = []
    for commit in commits:
        parents = [states.get(parent, {}) for parent in commit.parents]
        state = dict(parents[0]) if parents else {}
        on_line = commit.sha in mainline
        for path, blob in commit.changes:
            found = where(path)
            if found is None:
                continue
            language, document = found
            if blob and store.summary(blob) is None:
                invalid.append((commit.sha, path))
                continue  # a broken file counts as the catalog it replaced
            old = state.get(path)
            if blob == old:
                continue
            if blob:
                state[path] = blob
            else:
                state.pop(path, None)
            change = store.change(blob, [parent.get(path) for parent in parents])
            if not change.empty:
                translator, via = store_credit(commit, store, blob or old, prefer)
                credits.append(Credit(commit.sha, commit.author_time, language, document, translator, via, change))
            if on_line:
                summary = store.summary(blob) if blob else None
                documents.append(DocumentPoint(commit.sha, commit.commit_time, language, document,
                                               summary.counts if summary else None))
        states[commit.sha] = state
        for parent in commit.parents:
            waiting[parent] -= 1
            if not waiting[parent]:
                states.pop(parent, None)
    return Walked(tuple(documents), tuple(credits), tuple(invalid))


def store_credit(commit: Commit, store: BlobStore, blob: str | None, prefer: str) -> tuple[str, str]:
    from kztr.history.counting import credited_to

    summary = store.summary(blob) if blob else None
    return credited_to(commit.author, commit.email, summary.last_translator if summary else "", prefer)


def _mainline(commits: list[Commit], tip: str | None) -> set[str]:
    parents = {commit.sha: commit.parents for commit in commits}
    line: set[str] = set()
    current = tip
    while current is not None and current in parents and current not in line:
        line.add(current)
        current = parents[current][0] if parents[current] else None
    return line
