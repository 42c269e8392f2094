"""Shared fixtures: a copy of the shipped translation project to run commands on."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
ARTICLE = "kazakhstan-diplomacy-2022"


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
    shutil.copytree(ROOT / "source", target / "source")
    shutil.copytree(ROOT / "locales", target / "locales", ignore=shutil.ignore_patterns(".kztr.lock"))
    return target


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
