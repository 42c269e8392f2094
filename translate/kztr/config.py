"""Project settings: ``[tool.kztr]`` in ``pyproject.toml`` or a ``kztr.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kztr.errors import ConfigError

DEFAULTS = {
    "source-language": "ar",
    "source-dir": "source",
    "locales-dir": "locales",
    "build-dir": "_build",  # not build/: setuptools and many other tools write there
    "tm-dir": "tm",
    "project": "",
    "skip": [],
    "locations": "full",
    "extra-checks": [],
}


@dataclass(frozen=True)
class Settings:
    """Where a translation project keeps its files, and its source language."""

    root: Path
    source_language: str = "ar"
    source_dir: Path = Path("source")
    locales_dir: Path = Path("locales")
    build_dir: Path = Path("_build")
    tm_dir: Path = Path("tm")
    project: str = ""
    skip_patterns: tuple[str, ...] = field(default=())
    locations: str = "full"
    extra_checks: tuple[str, ...] = ()  # checks that are off unless a project turns them on (kztr check --list)
    config_file: Path | None = None

    @property
    def source_path(self) -> Path:
        return self.root / self.source_dir

    @property
    def locales_path(self) -> Path:
        return self.root / self.locales_dir

    @property
    def build_path(self) -> Path:
        return self.root / self.build_dir

    @property
    def tm_path(self) -> Path:
        """Where TMX files for the translation memory live (``kztr tm import`` copies them here)."""
        return self.root / self.tm_dir

    def template_path(self, doc_id: str) -> Path:
        return self.locales_path / f"{doc_id}.pot"

    def catalog_path(self, locale: str, doc_id: str) -> Path:
        return self.locales_path / locale / "LC_MESSAGES" / f"{doc_id}.po"


def find_config(start: Path) -> Path | None:
    """Return the nearest ``kztr.toml`` or ``pyproject.toml`` with ``[tool.kztr]``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "kztr.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and _has_kztr_table(candidate):
            return candidate
    return None


def _has_kztr_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\[tool\.kztr\]", text, re.MULTILINE) is not None


def load_settings(project: Path | None = None) -> Settings:
    """Read the settings of the project at (or above) ``project`` or the cwd."""
    start = Path(project) if project is not None else Path.cwd()
    if start.is_file():
        config_file: Path | None = start
    else:
        if project is not None and not start.is_dir():
            raise ConfigError("no such project folder", path=start)
        config_file = find_config(start)
    if config_file is None:
        raise ConfigError(
            "no kztr project here: add a [tool.kztr] table to pyproject.toml "
            "or create kztr.toml (see README)",
            path=start,
        )
    table = _read_table(config_file)
    unknown = sorted(set(table) - set(DEFAULTS))
    if unknown:
        raise ConfigError(f"unknown setting(s) {', '.join(unknown)}", path=config_file)
    values = {**DEFAULTS, **table}
    skip = values["skip"]
    if not isinstance(skip, list) or not all(isinstance(item, str) for item in skip):
        raise ConfigError("'skip' must be a list of regular expressions", path=config_file)
    for pattern in skip:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"bad 'skip' pattern {pattern!r}: {exc}", path=config_file) from None
    extra = values["extra-checks"]
    if not isinstance(extra, list) or not all(isinstance(item, str) for item in extra):
        raise ConfigError("'extra-checks' must be a list of check names, e.g. [\"names\"]", path=config_file)
    for key in ("source-language", "source-dir", "locales-dir", "build-dir", "tm-dir", "project", "locations"):
        if not isinstance(values[key], str):
            raise ConfigError(f"'{key}' must be a string", path=config_file)
    if values["locations"] not in ("full", "file", "never"):
        raise ConfigError(f"'locations' must be full, file or never, not {values['locations']!r}", path=config_file)
    root = config_file.parent
    return Settings(
        root=root,
        source_language=values["source-language"],
        source_dir=Path(values["source-dir"]),
        locales_dir=Path(values["locales-dir"]),
        build_dir=Path(values["build-dir"]),
        tm_dir=Path(values["tm-dir"]),
        project=values["project"] or root.resolve().name,
        skip_patterns=tuple(skip),
        locations=values["locations"],
        extra_checks=tuple(extra),
        config_file=config_file,
    )


def _read_table(config_file: Path) -> dict:
    try:
        data = tomllib.loads(config_file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", path=config_file) from None
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", path=config_file) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path=config_file) from None
    if config_file.name == "kztr.toml":
        return data.get("tool", {}).get("kztr", data) if "tool" in data else data
    return data.get("tool", {}).get("kztr", {})
