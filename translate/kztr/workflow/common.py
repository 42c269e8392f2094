"""What every command's workflow shares: the progress callback and language look-up."""

from __future__ import annotations

from collections.abc import Callable

from kztr.config import Settings
from kztr.errors import KztrError
from kztr.project import shown_path

Progress = Callable[[str], None]


def silent(message: str) -> None:
    """The default progress callback: say nothing."""


def project_language(settings: Settings, code: str, known: list[str]) -> str:
    """A language the project has catalogs for, or an error listing the ones it has."""
    from kztr.errors import LocaleError
    from kztr.locales import validate_locale

    have = f"have: {', '.join(known)}" if known else "no languages yet"
    try:
        locale = validate_locale(code)
    except LocaleError as exc:
        raise LocaleError(f"{exc.message.split(' (try:')[0]} ({have})") from None
    if locale not in known:
        folder = shown_path(settings, settings.locales_path / locale / "LC_MESSAGES")
        raise KztrError(f"no catalogs for language {code!r} ({have}); start one with kztr init --lang {locale}",
                        path=folder)
    return locale
