"""The one exception tree: every error a user can cause is a ``KztrError``."""

from __future__ import annotations

from pathlib import Path


def display_path(path: Path | str, root: Path) -> str:
    """A path as kztr names it in messages and reports: relative to the project root
    (``locales/en/LC_MESSAGES/x.po``), as given when outside it, ``-`` (standard output) as is.

    The one place a path becomes what the user reads (the project's ``shown_path`` is this with
    the project's root). Files written for the user to open next (editions, exports) are printed
    by the command line as paths from the current folder (``cli.common.path_from_cwd``).

    >>> display_path(Path("/p/locales/en.po"), Path("/p")), display_path(Path("/elsewhere/x.po"), Path("/p"))
    ('locales/en.po', '/elsewhere/x.po')
    >>> display_path(Path("/p/locales/../source/a.txt"), Path("/p"))
    'source/a.txt'
    """
    if str(path) == "-":
        return "-"
    path = Path(path)
    # the folder resolved, not the file: a catalog that is a link (to /dev/full, say) is still named where it is
    resolved = path.parent.resolve() / path.name if path.name not in ("", "..") else path.resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


class KztrError(Exception):
    """An error caused by input, reported as ``path:line: what is wrong``."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:"
            if self.line is not None:
                where += f"{self.line}:"
            where += " "
        return f"{where}{self.message}"


class ConfigError(KztrError):
    """The project settings are missing or wrong."""


class SourceError(KztrError):
    """A source document cannot be read."""


class CatalogError(KztrError):
    """A PO file or template is malformed or cannot be written."""


class LocaleError(KztrError):
    """A language code is not one Babel knows."""


class LockError(KztrError):
    """Another kztr process holds the project lock."""


class GateError(KztrError):
    """A completeness gate (``--fail-under``, ``--min-complete``) failed."""


class ExchangeError(KztrError):
    """A TMX or XLIFF file is malformed, hostile or does not fit the project."""


class WriteError(KztrError):
    """An output cannot be written: a read-only folder, a full disk, a path under a file, a folder."""

    PREFIX = "cannot write: "

    @classmethod
    def because(cls, reason: str, path: Path | str | None = None) -> WriteError:
        return cls(cls.PREFIX + reason, path=path)

    @property
    def reason(self) -> str:
        """Why, without the path: "Read-only file system", "No space left on device"…"""
        return self.message.removeprefix(self.PREFIX)
