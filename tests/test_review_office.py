"""The review round trip through a real office suite: LibreOffice (Debian's, headless) edits and saves.

tests/office_edit.py runs under Debian's /usr/bin/python3 with python3-uno:
it starts soffice with a private profile, opens the exported file, changes
cells and deletes a row through UNO, saves it in its own format and quits;
kztr then imports what LibreOffice wrote. The exports are also rendered to
PDF by LibreOffice and to PNG by pdftoppm ($KZTR_TEST_ARTIFACTS, as the browser tests, to look at).
Locally the tests skip when LibreOffice or python3-uno is missing; with
CI=true they fail instead.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import polib
import pytest
from conftest import ARTIFACTS, msgfmt_check

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "kazakhstan-diplomacy-2022"
SYSTEM_PYTHON = "/usr/bin/python3"


@pytest.fixture(scope="module", autouse=True)
def _require_libreoffice():
    problems = [] if shutil.which("soffice") else ["soffice not found (libreoffice-calc-nogui, -writer-nogui)"]
    if subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True).returncode != 0:
        problems.append("python3-uno is not installed")
    if not shutil.which("pdftoppm"):
        problems.append("pdftoppm not found (poppler-utils)")
    if problems:
        if os.environ.get("CI") == "true":
            pytest.fail("; ".join(problems))
        pytest.skip("; ".join(problems))


@pytest.fixture
def kztr(project: Path):
    from click.testing import CliRunner
    from kztr.cli import main

    def invoke(*args: str, expect: int = 0):
        result = CliRunner().invoke(main, [args[0], args[1], "--project", str(project), *args[2:]])
        assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
        return result

    return invoke


def office_edit(source: Path, target: Path, edits: dict) -> None:
    subprocess.run([SYSTEM_PYTHON, str(ROOT / "tests" / "office_edit.py"), str(source), str(target),
                    json.dumps(edits)], check=True, timeout=300)


def entries(project: Path) -> list[polib.POEntry]:
    return [entry for entry in polib.pofile(str(project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"))]


CORRECTION = "As 2022 began, the people of Kazakhstan hoped it would bring more good to the world."
COMMENT = "Is “Astana Times” in italics in the original?"


@pytest.mark.parametrize("fmt,application", [("xlsx", b"LibreOffice"), ("docx", b"LibreOffice")])
def test_round_trip_through_libreoffice_changes_exactly_the_corrected_units(kztr, project, tmp_path, fmt,
                                                                              application):
    kztr("review", "export", "--lang", "en", "--format", fmt)
    exported = project / "_build" / "review" / f"en.{fmt}"
    edited = tmp_path / f"edited.{fmt}"
    # header is row 1, so unit N is row N + 1: correct unit 3, comment on unit 5, delete unit 8's row
    office_edit(exported, edited, {"cells": {"F4": CORRECTION, "G6": COMMENT}, "delete_rows": [9]})
    with zipfile.ZipFile(edited) as archive:
        assert application in archive.read("docProps/app.xml")  # LibreOffice wrote this file
    before = entries(project)
    result = kztr("review", "import", str(edited))
    assert "1 corrected, 1 commented, 42 unchanged" in result.output
    after = entries(project)
    changed = [index for index, (old, new) in enumerate(zip(before, after, strict=True)) if str(old) != str(new)]
    assert changed == [2, 4]
    assert after[2].msgstr == CORRECTION and after[2].fuzzy
    assert after[4].tcomment == f"review: {COMMENT}" and after[4].msgstr == before[4].msgstr
    msgfmt_check(project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    po = project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    again = (po.read_bytes(), po.stat().st_mtime_ns)
    kztr("review", "import", str(edited))  # the same file again: nothing to do, nothing written
    assert (po.read_bytes(), po.stat().st_mtime_ns) == again


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_libreoffice_renders_the_arabic_right_to_left_in_an_arabic_face(kztr, project, tmp_path, fmt):
    kztr("review", "export", "--lang", "en", "--format", fmt)
    exported = project / "_build" / "review" / f"en.{fmt}"
    profile = tmp_path / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(exported)], check=True, capture_output=True, timeout=300)
    pdf = tmp_path / "en.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Amiri" in fonts
    text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # poppler found a right-to-left run (it marks it U+202B) and gives it back in logical order
    assert re.search("\u202b *دبلوماسية", text)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(ARTIFACTS / f"review-{fmt}")], check=True, timeout=120)
    assert (ARTIFACTS / f"review-{fmt}.png").stat().st_size > 10_000
