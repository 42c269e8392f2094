"""``kztr status --history``: each language's completeness over time, and who translated how much.

Read from git (``kztr.history.git``); each catalog version counted once
(``kztr.history.walk``) and remembered in the user's cache folder beside
extract's (``workflow/cache.py``): a blob hash names its content, so a
second run reads no blob it counted before.  The cache's key is kztr's
version, the word counter's and the source language; a missing or damaged
cache only means counting again.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from kztr.config import Settings
from kztr.errors import KztrError
from kztr.history.counting import Change, Summary
from kztr.history.walk import BlobStore, Credit, DocumentPoint
from kztr.stats import Counts

PERIODS = ("commit", "week", "month")
CREDIT_FROM = ("author", "last-translator")
_FORMAT = 1


@dataclass(frozen=True)
class Point:
    """A language's catalogs (the selected documents) at one main-line commit, or at a period's end."""

    sha: str
    time: int  # commit time, seconds since the epoch
    period: str  # the date, ISO week (2026-W48) or month (2026-11) it stands for
    totals: Counts
    documents: int


@dataclass(frozen=True)
class TranslatorCredit:
    """Source words one translator newly translated, revised and lost in the period, in one language."""

    translator: str
    via: tuple[str, ...]  # "author", "Last-Translator": what the credit was read from
    commits: int
    change: Change


@dataclass(frozen=True)
class LanguageHistory:
    language: str
    start: Point | None  # the last point before --since: where the period started
    points: tuple[Point, ...]
    translators: tuple[TranslatorCredit, ...]

    @property
    def end(self) -> Point | None:
        return self.points[-1] if self.points else self.start


@dataclass(frozen=True)
class HistoryReport:
    repository: str  # the project folder as git sees it
    folder: str  # the catalogs' folder inside the repository
    revision: str
    tip: str | None  # the newest main-line commit that changed the catalogs
    shallow: bool
    commits: int  # commits that changed catalogs
    period: str
    credit: str
    since: str | None
    until: str | None
    languages: tuple[LanguageHistory, ...]
    documents: tuple[DocumentPoint, ...]
    invalid: tuple[tuple[str, str], ...]
    blobs_read: int


def history(settings: Settings, languages: tuple[str, ...] = (), documents: tuple[str, ...] = (),
            revision: str = "HEAD", since: datetime | None = None, until: datetime | None = None,
            period: str = "commit", credit: str = "author") -> HistoryReport:
    """The history of the project's catalogs up to ``revision``, read from git."""
    from kztr.history import git
    from kztr.history.walk import walk
    from kztr.project import shown_path

    top, _ = git.repository_prefix(settings.root)
    try:
        folder = settings.locales_path.resolve().relative_to(top.resolve()).as_posix()
    except ValueError:
        raise KztrError("the catalogs' folder is outside the git repository", path=settings.locales_path) from None
    tip_commit = git.resolve_revision(top, revision)
    if not tip_commit:
        raise git.GitError(f"no commit {revision!r} in this repository", path=shown_path(settings, settings.root))
    commits = git.list_commits(top, tip_commit, folder)
    tip = git.last_change(top, tip_commit, folder)
    where = _catalog_paths(folder)
    store = _load_store(settings)
    with git.BlobReader(top) as reader:
        store.read = reader.read
        walked = walk(commits, tip, where, store, prefer=credit)
    _save_store(settings, store)
    wanted_languages = {_language(code) for code in languages}
    wanted_documents = set(documents)
    points = [item for item in walked.documents
              if (not wanted_languages or item.language in wanted_languages)
              and (not wanted_documents or item.document in wanted_documents)]
    credits = [item for item in walked.credits
               if (not wanted_languages or item.language in wanted_languages)
               and (not wanted_documents or item.document in wanted_documents)
               and _within(item.time, since, until)]
    series = _series(points, period)
    histories = []
    for language in sorted(set(series) | {item.language for item in credits}):
        before = [point for point in series.get(language, []) if since is not None and point.time < since.timestamp()]
        inside = _last_of_each(period, [point for point in series.get(language, [])
                                        if _within(point.time, since, until)])
        histories.append(LanguageHistory(language, before[-1] if before else None, inside,
                                         _translators([item for item in credits if item.language == language])))
    return HistoryReport(shown_path(settings, settings.root), folder, revision, tip, git.is_shallow(top),
                         len(commits), period, credit, _day(since), _day(until), tuple(histories),
                         tuple(item for item in points if _within(item.time, since, until)), walked.invalid,
                         store.blobs_read)


def _language(code: str) -> str:
    """A language code as its folder is named (validated by Babel; it may exist only in the past)."""
    from kztr.locales import validate_locale

    return validate_locale(code)


def _catalog_paths(folder: str):
    """``where`` for the walk: (language, document) of ``<folder>/<lang>/LC_MESSAGES/<doc>.po``, else None."""
    from kztr.errors import LocaleError
    from kztr.locales import validate_locale

    prefix = f"{folder}/" if folder and folder != "." else ""
    known: dict[str, bool] = {}

    def where(path: str) -> tuple[str, str] | None:
        if not path.startswith(prefix) or not path.endswith(".po"):
            return None
        parts = path[len(prefix):].split("/")
        if len(parts) != 3 or parts[1] != "LC_MESSAGES":
            return None
        language = parts[0]
        if language not in known:
            try:
                known[language] = validate_locale(language) == language
            except LocaleError:
                known[language] = False
        return (language, parts[2][:-3]) if known[language] else None

    return where


def _within(time: int, since: datetime | None, until: datetime | None) -> bool:
    return (since is None or time >= since.timestamp()) and (until is None or time < until.timestamp())


def _day(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%d") if moment is not None else None


def period_of(time: int, period: str) -> str:
    """The label of the period a moment (UTC) falls in.

    >>> period_of(1795891189, "week"), period_of(1795891189, "month"), period_of(1795891189, "commit")
    ('2026-W48', '2026-11', '2026-11-28 18:39')
    """
    moment = datetime.fromtimestamp(time, UTC)
    if period == "week":
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return moment.strftime("%Y-%m")
    return moment.strftime("%Y-%m-%d %H:%M")


def _series(points: list[DocumentPoint], period: str) -> dict[str, list[Point]]:
    """Each language's totals after every main-line commit that changed it (kept up to date, not re-added)."""
    fields = tuple(Counts.__dataclass_fields__)
    current: dict[tuple[str, str], tuple[int, ...]] = {}
    totals: dict[str, list[int]] = {}
    catalogs: dict[str, int] = {}
    series: dict[str, list[Point]] = {}
    index = 0
    while index < len(points):
        sha = points[index].sha
        changed = set()
        while index < len(points) and points[index].sha == sha:
            item = points[index]
            key = (item.language, item.document)
            running = totals.setdefault(item.language, [0] * len(fields))
            old = current.pop(key, None)
            if old is not None:
                running[:] = [total - value for total, value in zip(running, old, strict=True)]
                catalogs[item.language] -= 1
            if item.counts is not None:
                new = tuple(getattr(item.counts, name) for name in fields)
                current[key] = new
                running[:] = [total + value for total, value in zip(running, new, strict=True)]
                catalogs[item.language] = catalogs.get(item.language, 0) + 1
            changed.add(item.language)
            index += 1
        time = points[index - 1].time
        for language in sorted(changed):
            series.setdefault(language, []).append(Point(sha, time, period_of(time, period),
                                                         Counts(*totals[language]), catalogs[language]))
    return series


def _last_of_each(period: str, points: list[Point]) -> tuple[Point, ...]:
    """The points, or with --by week|month the last point of each period."""
    if period == "commit":
        return tuple(points)
    last: dict[str, Point] = {}
    for point in points:
        last[point.period] = point
    return tuple(last.values())


def _translators(credits: list[Credit]) -> tuple[TranslatorCredit, ...]:
    grouped: dict[str, list[Credit]] = {}
    for item in credits:
        grouped.setdefault(item.translator, []).append(item)
    rows = [TranslatorCredit(name, tuple(sorted({item.via for item in items})), len({item.sha for item in items}),
                             sum((item.change for item in items), Change()))
            for name, items in grouped.items()]
    return tuple(sorted(rows, key=lambda row: (-(row.change.new_words + row.change.revised_words), row.translator)))


# ---------------------------------------------------------------- the cache


def _environment(settings: Settings) -> str:
    from importlib.metadata import PackageNotFoundError, version

    import kztr

    try:
        sacremoses = version("sacremoses")
    except PackageNotFoundError:
        sacremoses = "?"
    return f"{_FORMAT} kztr {kztr.__version__} sacremoses {sacremoses} {settings.source_language}"


def _load_store(settings: Settings) -> BlobStore:
    from kztr.workflow.cache import cache_path

    store = BlobStore(read=lambda blob: b"", language=settings.source_language)
    try:
        data = json.loads(cache_path(settings, "history").read_text(encoding="utf-8"))
        if data.get("environment") != _environment(settings):
            return store
        store.summaries = {blob: Summary.from_record(item) if item is not None else None
                           for blob, item in data["blobs"].items()}
        store.changes = {key: Change(*(int(number) for number in item)) for key, item in data["changes"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        store.summaries, store.changes = {}, {}
    store.known = len(store.summaries) + len(store.changes)
    return store


def _save_store(settings: Settings, store: BlobStore) -> None:
    """Write the cache when this run counted something new (a run that read no blob writes nothing)."""
    from kztr.errors import WriteError
    from kztr.files import write_text
    from kztr.workflow.cache import cache_path

    if len(store.summaries) + len(store.changes) == store.known:
        return
    text = json.dumps({"environment": _environment(settings),
                       "blobs": {blob: item.record() if item is not None else None
                                 for blob, item in sorted(store.summaries.items())},
                       "changes": {key: item.record() for key, item in sorted(store.changes.items())}},
                      ensure_ascii=False, separators=(",", ":")) + "\n"
    with contextlib.suppress(WriteError, OSError):  # no cache folder we may write: the next run counts again
        write_text(cache_path(settings, "history"), text)
