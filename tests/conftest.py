"""Shared fixtures: a copy of the shipped translation project to run commands on."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis keeps its examples and constants outside the checkout under test (no .hypothesis/ in it).
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "kztr-hypothesis")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
ARTICLE = "kazakhstan-diplomacy-2022"
# The Russian catalog as it stood with 11 of 45 units translated (141 of 993 words):
# a real partial catalog for tests of gates, progress and first translations.
RU_PARTIAL = DATA / "ru-partial.po"


def without_glossary(project: Path, lang: str) -> None:
    """Remove a language's glossary from a copied project, for fixtures saved before the
    glossary notes existed (extract would otherwise add its ``#. glossary:`` notes)."""
    (project / "glossary" / f"{lang}.tsv").unlink(missing_ok=True)


def use_partial_russian(project: Path) -> Path:
    """Put the 11-unit Russian catalog in a copied project; returns its path."""
    import shutil

    po = project / "locales" / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po"
    shutil.copyfile(RU_PARTIAL, po)
    return po


@pytest.fixture(scope="session", autouse=True)
def _extract_cache(tmp_path_factory):
    """Keep extract's cache (workflow/cache.py) out of the user's cache folder."""
    import os

    os.environ["KZTR_CACHE_DIR"] = str(tmp_path_factory.mktemp("kztr-cache"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A throwaway copy of this repository's translation project (source + locales)."""
    target = tmp_path / "project"
    target.mkdir()
    (target / "kztr.toml").write_text(
        'source-language = "ar"\nproject = "kztr: Kazakhstan\'s diplomacy in 2022"\n', encoding="utf-8"
    )
    copy_project(target)
    return target


def copy_project(target: Path, root: Path = ROOT) -> None:
    """Copy the repository's tracked source, locales and glossary folders into ``target``."""
    for relative in tracked_files("source", "locales", "glossary", root=root):
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / relative, target / relative)


def tracked_files(*folders: str, root: Path = ROOT) -> list[str]:
    """The repository's own files under ``folders``: what git tracks, never a user's untracked
    ``locales/fr`` or a build left behind. Outside a git checkout (an unpacked sdist), every file."""
    completed = subprocess.run(["git", "-C", str(root), "ls-files", "-z", "--", *folders],
                               capture_output=True, check=False)
    if completed.returncode == 0 and completed.stdout:
        return sorted(name for name in completed.stdout.decode("utf-8").split("\0") if name)
    return sorted(path.relative_to(root).as_posix() for folder in folders
                  for path in (root / folder).rglob("*") if path.is_file() and path.name != ".kztr.lock")


@pytest.fixture
def run(project: Path):
    """Run a kztr command in the project copy through click's CliRunner."""
    from kztr.cli import main

    def invoke(*args: str, expect: int | None = 0):
        result = CliRunner().invoke(main, ["--help"] if not args else [args[0], "--project", str(project), *args[1:]])
        if expect is not None:
            assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
        return result

    return invoke


def msgfmt_check(path: Path) -> str:
    """Run GNU gettext's ``msgfmt --check`` on a catalog; return its statistics line."""
    completed = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(path)],
        capture_output=True, text=True, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stderr.strip()


def msgcat_no_wrap(path: Path) -> str:
    """What ``msgcat --no-wrap`` makes of a file."""
    completed = subprocess.run(["msgcat", "--no-wrap", str(path)], capture_output=True, text=True, check=True)
    return completed.stdout
