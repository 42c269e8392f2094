"""Shared fixtures: a copy of the shipped translation project to run commands on."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis keeps its examples and constants outside the checkout under test (no .hypothesis/ in it).
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "kztr-hypothesis")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
ARTICLE = "kazakhstan-diplomacy-2022"
# Screenshots and rendered pages for a person to look at: never in the checkout under test.
ARTIFACTS = Path(os.environ.get("KZTR_TEST_ARTIFACTS") or Path(tempfile.gettempdir()) / "kztr-test-artifacts")
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


def numbers_findings(source: str, translation: str, lang: str,
                     parallel: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """The numbers check's (severity, message) on one Arabic unit and its translation into ``lang``;
    ``parallel``: the sentence's translations into other languages, {language: translation}."""
    return unit_findings(source, translation, lang, "numbers", parallel)


def unit_findings(source: str, translation: str, lang: str, check: str,
                  parallel: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """One check's (severity, message) on one Arabic unit and its translation into ``lang``, a catalog of its own."""
    from kztr.checks import check_catalog
    from kztr.model import Catalog, Entry

    entry = Entry(source, translation, references=("source/a.txt:1",), line=1)
    others = {source: {lang: translation, **parallel}} if parallel else None
    return [(item.severity, item.message) for item in check_catalog(
        Catalog(entries=(entry,)), "ar", lang, only=(check,), parallel=others)]


def with_slip(pairs: list[tuple[str, str]], marker: str, name: str, slip: str) -> list[tuple[str, str]]:
    """``pairs`` (Arabic, translation) with ``name`` written ``slip`` in the first translation that has ``marker``."""
    index = next(at for at, (_, translation) in enumerate(pairs) if marker in translation)
    return [*pairs[:index], (pairs[index][0], pairs[index][1].replace(name, slip)), *pairs[index + 1:]]


def names_findings(pairs, language: str) -> list[tuple[int, str]]:
    """The names check's (line, message) on a catalog of one language made of (Arabic, translation) ``pairs``."""
    from kztr.checks.names import check_names
    from kztr.model import Catalog, Entry

    entries = [Entry(source, target, references=(f"source/a.txt:{index}",), line=index)
               for index, (source, target) in enumerate(pairs, start=1)]
    return [(item.line, item.message) for item in check_names([("a", language, "locales/a.po",
                                                                Catalog(entries=tuple(entries)))])]


def assert_names_row(language: str, verdict: str, arabic: str, translation: str, end: str,
                     dictionary: bool = False) -> None:
    """A unit of a names-check data file (tests/data/checks/round*.tsv): no names finding where the verdict is
    "none", else one that ends with ``end``; with ``dictionary``, the language's spelling dictionary installed first
    (the rules under test read it)."""
    if dictionary:
        from kztr.text.dictionaries import present

        assert present(language), f"scripts/test installs the {language} spelling dictionary"
    found = [message for _, message in names_findings([(arabic, translation)], language)]
    if verdict == "none":
        assert found == [], found
    else:
        assert len(found) == 1, found
        assert found[0].endswith(end), found


def names_rows(name: str) -> list:
    """The rows of a names-check data file as pytest parameters, each named by its language, verdict and place."""
    return [pytest.param(*row, id=f"{row[0]}-{row[1]}-{index}") for index, row in enumerate(data_rows(name))]


def data_rows(name: str) -> list[list[str]]:
    """The rows of tests/data/checks/``name``, a TSV with comment lines, each split at its tabs."""
    return [row.split("\t") for row in (DATA / "checks" / name).read_text(encoding="utf-8").splitlines()
            if row and not row.startswith("#")]


def one_line_error(result, *words: str) -> str:
    """A command's failure as kztr reports one: exit 1, one line on stderr holding ``words``, no traceback."""
    assert result.exit_code == 1, (result.exit_code, result.output)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


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


def fail_step(monkeypatch, step: int, error: BaseException | None = None) -> list[int]:
    """Make the ``step``-th file-system step of kztr.files fail: every os.fsync (a file staged),
    os.link (a file kept aside), os.rename and os.replace (a file put in place, or back) counts.
    Returns the counter, so a caller knows when a run took fewer steps than ``step``."""
    import errno
    import os

    import kztr.files as files

    calls = [0]
    for name in ("fsync", "link", "rename", "replace"):
        real = getattr(os, name)

        def counted(*args, _real=real, **kwargs):
            calls[0] += 1
            if calls[0] == step:
                raise error if error is not None else OSError(errno.EIO, "Input/output error")
            return _real(*args, **kwargs)

        monkeypatch.setattr(files.os, name, counted)
    return calls


# ---------------------------------------------------------------- unwritable places, as root too
#
# CI runs as root, and permission bits do not stop root: a read-only folder is a read-only bind mount
# (else an immutable folder, chattr +i), a full disk is a small tmpfs filled up. Where neither can be
# had (no root, no mount), a read-only folder is a chmod and the full disk test is skipped, saying why.


@contextmanager
def read_only(folder: Path):
    """``folder`` cannot be written in, by this process, root included, until the block ends."""
    import os

    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield "chmod"
        finally:
            folder.chmod(mode)
        return
    if _root_command("mount", "--bind", str(folder), str(folder)):
        try:
            if not _root_command("mount", "-o", "remount,bind,ro", str(folder)):
                pytest.skip("cannot remount a bind mount read-only here")
            yield "read-only bind mount"
        finally:
            _root_command("umount", "-l", str(folder))
        return
    if _root_command("chattr", "+i", str(folder)):
        try:
            yield "chattr +i"
        finally:
            _root_command("chattr", "-i", str(folder))
        return
    pytest.skip("root, but neither a bind mount nor chattr +i is possible here: cannot make a folder read-only")


@contextmanager
def full_disk(folder: Path, size_kb: int = 1024):
    """A small tmpfs at ``folder`` (root only); ``fill_disk`` then leaves no byte free."""
    import os

    if os.geteuid() != 0:
        pytest.skip("a full disk is a small tmpfs, and mounting one needs root (CI runs as root)")
    folder.mkdir(parents=True, exist_ok=True)
    if not _root_command("mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)):
        pytest.skip("root, but mounting a tmpfs is not allowed here (no CAP_SYS_ADMIN)")
    try:
        yield folder
    finally:
        _root_command("umount", "-l", str(folder))


def fill_disk(folder: Path) -> None:
    """Write zeros into ``folder`` until its file system has no space left."""
    import errno

    with open(folder / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
        try:
            while True:  # the last few bytes
                handle.write(b"\0")
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc


def _root_command(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


def repo_module(folder: str, name: str):
    """A module of benchmarks/ or scripts/ (the workloads, the mutations, a data generator), imported
    for a test that reuses it."""
    import importlib
    import sys

    sys.path.insert(0, str(ROOT / folder))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.pop(0)


# ---------------------------------------------------------------- headless Chromium
# The browser fixture (one Chromium per test module) and its helpers, for test_browser, test_history and
# test_weblate_server.

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
    "--force-device-scale-factor=1", "--lang=en-US",
)
WIDE, NARROW, HEIGHT = 1280, 400, 900


def _require_browser() -> None:
    problems = [f"{path} not found" for path in (CHROMIUM, CHROMEDRIVER) if not Path(path).exists()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        problems.append("the selenium package is not installed (pip install -e '.[test]')")
    if problems:
        message = "browser tests need Debian chromium and chromium-driver: " + "; ".join(problems)
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    patch = pytest.MonkeyPatch()
    patch.setenv("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument(f"--window-size={WIDE},{HEIGHT}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    patch.undo()


def load(driver, page: Path, width: int = WIDE, height: int = HEIGHT, media: str = "screen") -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})
    driver.get(page.as_uri())
    driver.execute_script("return document.fonts.ready")


def screenshot(driver, name: str, full_page: bool = False) -> Path:
    """Save a PNG to ARTIFACTS (the viewport, or the whole page)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    width = metrics["cssLayoutViewport"]["clientWidth"]
    height = metrics["cssContentSize"]["height"] if full_page else metrics["cssLayoutViewport"]["clientHeight"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": full_page,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 16000), "scale": 1},
    })
    path = ARTIFACTS / name
    path.write_bytes(base64.b64decode(shot["data"]))
    return path
