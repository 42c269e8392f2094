"""The team workflow on a real Weblate server (issue 19): what docs/weblate.md tells a team, run for real.

Weblate 5.14 runs in its own virtual environment (``.venv-weblate``: it brings
translate-toolkit, GPL, which never enters the project's .venv), with
PostgreSQL and Redis on unix sockets; tests/weblate_server.py starts them and
speaks to Weblate's REST API. The project's repository is a copy of this
checkout's tracked files plus two more documents, committed into a fresh
repository whose remote is a bare repository on this disk.

Locally the tests skip, saying why, when Weblate or the services are missing;
with ``CI=true`` they fail instead (.ci/run installs everything).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner
from conftest import ARTICLE, DATA, ROOT, tracked_files
from kztr.cli import main
from weblate_server import ADMIN, ADMIN_PASSWORD, ServiceError, Weblate, start_weblate

# The settings docs/weblate.md gives, as the API takes them.
NO_WRAP = 65535  # "Only wrap lines at newlines (like 'xgettext --no-wrap')": msgcat --no-wrap's layout
DISCOVERY = {
    "match": r"locales/(?P<language>[^/.]*)/LC_MESSAGES/(?P<component>[^/]*)\.po",
    "file_format": "po",
    "name_template": "{{ component }}",
    "base_file_template": "",
    "new_base_template": "locales/{{ component }}.pot",
    "intermediate_template": "",
    "language_regex": "^[^.]+$",
    "copy_addons": True,
    "remove": True,
}
# Header fields Weblate sets when it saves a catalog (docs/weblate.md explains each).
WEBLATE_HEADER = ("PO-Revision-Date", "Last-Translator", "Language-Team", "Plural-Forms", "X-Generator")
NEWS, GUIDE = "news", "guide"  # the two documents added to the repository, from tests/data/sources
EDITED_OLD = "رئاسة كازاخستان في كومنولث الدول المستقلة"  # a heading of the article, translated in en and ru
EDITED_NEW = "رئاسة كازاخستان لكومنولث الدول المستقلة"


def _unavailable(message: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"Weblate integration test cannot run in CI: {message}")
    pytest.skip(f"Weblate integration test: {message}")


@pytest.fixture(scope="module")
def weblate(tmp_path_factory):
    try:
        server = start_weblate(tmp_path_factory.mktemp("weblate"))
    except ServiceError as error:
        _unavailable(str(error))
    try:
        yield server
    finally:
        server.stop()


# ---------------------------------------------------------------------------- the repository

def git(repository: Path, *args: str) -> str:
    completed = subprocess.run(["git", "-C", str(repository), "-c", "user.name=kztr test",
                                "-c", "user.email=test@kztr.invalid", *args],
                               capture_output=True, text=True, check=False)
    assert completed.returncode == 0, f"git {' '.join(args)}: {completed.stderr}"
    return completed.stdout


def kztr(clone: Path, *args: str):
    result = CliRunner().invoke(main, [args[0], "--project", str(clone), *args[1:]])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


@dataclass
class Team:
    """The repository a team shares: a bare remote, a clone of it, Weblate's project."""

    remote: Path
    clone: Path
    project: str


def make_repository(base: Path) -> tuple[Path, Path]:
    """This checkout's tracked files and two more documents, extracted and pushed to a bare remote."""
    clone, remote = base / "clone", base / "remote.git"
    for relative in tracked_files():
        (clone / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / relative, clone / relative)
    for name in (NEWS, GUIDE):
        shutil.copyfile(DATA / "sources" / f"{name}.md", clone / "source" / f"{name}.md")
    kztr(clone, "extract")
    git(clone.parent, "init", "-q", "-b", "main", clone.name)
    git(clone, "add", "-A")
    git(clone, "commit", "-q", "-m", "kztr project")
    git(base, "clone", "-q", "--bare", str(clone), str(remote))
    git(clone, "remote", "add", "origin", remote.as_uri())
    git(clone, "fetch", "-q", "origin")
    git(clone, "branch", "-q", "--set-upstream-to=origin/main")
    return clone, remote


def set_up_project(server: Weblate, base: Path, slug: str, wrap: int) -> Team:
    """docs/weblate.md's setup: one component by hand, the discovery add-on finds the others."""
    clone, remote = make_repository(base)
    server.create_project(slug, remote, ARTICLE, wrap)
    server.api("POST", f"components/{slug}/{ARTICLE}/addons/",
               {"name": "weblate.discovery.discovery", "configuration": DISCOVERY})
    # Weblate 5.14's discovery does not copy the file format parameters to the components it
    # creates (5.15 does: WeblateOrg/weblate#16922); docs/weblate.md's loop sets them.
    for component in components(server, slug):
        if component["file_format_params"].get("po_line_wrap") != wrap:
            server.api("PATCH", f"components/{slug}/{component['slug']}/",
                       {"file_format_params": {"po_line_wrap": wrap}})
    return Team(remote=remote, clone=clone, project=slug)


def components(server: Weblate, project: str) -> list[dict]:
    """The project's gettext components (not the glossary Weblate adds to every project)."""
    return [component for component in server.every(f"projects/{project}/components/")
            if component["file_format"] == "po"]


def units(server: Weblate, project: str, document: str, lang: str) -> dict[str, dict]:
    return {unit["source"][0]: unit for unit in server.every(f"translations/{project}/{document}/{lang}/units/")}


def repository(server: Weblate, project: str, operation: str) -> None:
    assert server.api("POST", f"projects/{project}/repository/", {"operation": operation})["result"] is True


# ---------------------------------------------------------------------------- what a diff may show

def changed_lines(clone: Path, since: str, until: str = "") -> dict[str, list[str]]:
    """Added and removed lines of every catalog changed between two revisions (or the work tree)."""
    args = ["diff", "--unified=0", "--no-color", "--diff-filter=M", since, *([until] if until else []),
            "--", "locales"]
    changes: dict[str, list[str]] = {}
    path = ""
    for line in git(clone, *args).splitlines():
        if line.startswith("+++ b/"):
            path = line[6:]
        elif line.startswith(("+", "-")) and not line.startswith(("+++", "---")):
            changes.setdefault(path, []).append(line)
    return changes


def churn(changes: dict[str, list[str]], translated: set[str]) -> list[str]:
    """The changed lines that are neither a translation saved, a unit marked fuzzy, nor a header
    field Weblate sets (docs/weblate.md lists them): a re-wrapped line is churn."""
    allowed = re.compile(r'^[+-]("({}): .*\\n"|msgstr ""|#, fuzzy)$'.format("|".join(WEBLATE_HEADER)))
    found = []
    for path, lines in changes.items():
        for line in lines:
            if allowed.match(line) or (line.startswith("+msgstr ") and polib_unquote(line[8:]) in translated):
                continue
            found.append(f"{path}: {line}")
    return found


def polib_unquote(quoted: str) -> str:
    return polib.unescape(quoted[1:-1]) if quoted.startswith('"') and quoted.endswith('"') else quoted


def msgcat_no_wrap_changes(path: Path) -> bool:
    completed = subprocess.run(["msgcat", "--no-wrap", str(path)], capture_output=True, text=True, check=True)
    return completed.stdout != path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- a translator's day

TRANSLATIONS = {  # (document, language, unit index) -> what the translator typed in Weblate
    (NEWS, "en", 0): "The Samarkand summit",
    (GUIDE, "en", 1): "This guide explains how the translation team in the library works — a sentence that is "
                      "longer than seventy-seven columns, as most sentences are.",
}
NEEDS_EDITING = (ARTICLE, "en", 3)  # a translated unit of the article a reviewer sends back


def translate_in_weblate(server: Weblate, team: Team) -> dict[str, str]:
    """Save two translations, mark one unit as needing editing, add French from the template,
    then have Weblate commit and push. Returns {msgid: translation} of the saved units."""
    saved = {}
    for (document, lang, index), text in TRANSLATIONS.items():
        unit = list(units(server, team.project, document, lang).values())[index]
        server.api("PATCH", f"units/{unit['id']}/", {"state": 20, "target": [text]})
        saved[unit["source"][0]] = text
    document, lang, index = NEEDS_EDITING
    unit = list(units(server, team.project, document, lang).values())[index]
    assert unit["state"] == 20
    server.api("PATCH", f"units/{unit['id']}/", {"state": 10, "target": unit["target"]})
    saved[unit["source"][0]] = unit["target"][0]
    server.api("POST", f"components/{team.project}/{NEWS}/translations/", {"language_code": "fr"})
    repository(server, team.project, "push")  # commits what is pending, then pushes
    return saved


def test_team_workflow_on_weblate(weblate, tmp_path):
    team = set_up_project(weblate, tmp_path, "kztr", NO_WRAP)
    clone = team.clone

    # Discovery found every document: one component each, all with the settings docs/weblate.md gives.
    found = {component["slug"]: component for component in components(weblate, team.project)}
    assert set(found) == {ARTICLE, NEWS, GUIDE}
    for slug, component in found.items():
        assert component["filemask"] == f"locales/*/LC_MESSAGES/{slug}.po"
        assert component["new_base"] == f"locales/{slug}.pot"
        assert component["file_format_params"] == {"po_line_wrap": NO_WRAP}
        assert component["source_language"]["code"] == "ar"

    # Weblate counts the units kztr status counts, for every document and language.
    assert_same_counts(weblate, team)

    # A translator's day in Weblate; Weblate commits and pushes.
    start = git(clone, "rev-parse", "HEAD").strip()
    saved = translate_in_weblate(weblate, team)
    git(clone, "pull", "-q", "--ff-only")
    log = git(clone, "log", "--format=%s", f"{start}..HEAD").splitlines()
    assert "Added translation using Weblate (French)" in log
    assert sum(subject == "Translated using Weblate (English)" for subject in log) == 3

    # Weblate's commit: only the changed units and the header fields it sets; every file as msgcat --no-wrap.
    assert churn(changed_lines(clone, start, "HEAD"), set(saved.values())) == []
    french = clone / "locales" / "fr" / "LC_MESSAGES" / f"{NEWS}.po"
    for path in (clone / "locales").glob("*/LC_MESSAGES/*.po"):
        assert not msgcat_no_wrap_changes(path), f"{path.relative_to(clone)} is not in msgcat --no-wrap layout"

    # kztr extract after Weblate's commit changes nothing Weblate wrote...
    weblate_head = git(clone, "rev-parse", "HEAD").strip()
    kztr(clone, "extract")
    assert changed_lines(clone, weblate_head) == {}
    # ...keeps the translations, reads the needs-editing unit as fuzzy, and reads the new language.
    for (document, lang, _), text in TRANSLATIONS.items():
        catalog = polib.pofile(str(clone / "locales" / lang / "LC_MESSAGES" / f"{document}.po"))
        assert [entry for entry in catalog if entry.msgstr == text and not entry.fuzzy]
    document, lang, index = NEEDS_EDITING
    article = polib.pofile(str(clone / "locales" / lang / "LC_MESSAGES" / f"{document}.po"))
    assert article[index].fuzzy and article[index].msgstr == saved[article[index].msgid]
    assert len(polib.pofile(str(french))) == 8
    status = {(row["document"], row["language"]): row for row in kztr_status(clone)}
    assert status[(NEWS, "fr")]["untranslated"] == 8
    # extract starts French for the other documents too (kztr keeps every language in every document);
    # Weblate picks those files up as new translations of the components it has.
    added = git(clone, "status", "--porcelain").split()
    assert sorted(name for name in added if name.endswith(".po")) == sorted([
        f"locales/fr/LC_MESSAGES/{ARTICLE}.po", f"locales/fr/LC_MESSAGES/{GUIDE}.po"])

    # The source changes: lock Weblate, let it push, pull, extract, push, Weblate pulls, unlock.
    weblate.api("POST", f"projects/{team.project}/lock/", {"lock": True})
    repository(weblate, team.project, "push")
    source = clone / "source" / f"{ARTICLE}.txt"
    text = source.read_text(encoding="utf-8")
    assert text.count(EDITED_OLD + "\n") == 1
    source.write_text(text.replace(EDITED_OLD + "\n", EDITED_NEW + "\n"), encoding="utf-8")
    kztr(clone, "extract")
    git(clone, "add", "-A")
    git(clone, "commit", "-q", "-m", "Source edited; kztr extract")
    git(clone, "push", "-q", "origin", "main")
    repository(weblate, team.project, "pull")
    weblate.api("POST", f"projects/{team.project}/lock/", {"lock": False})

    # The edited sentence's translation arrives as needing editing, with its previous source.
    for lang in ("en", "ru"):
        edited = units(weblate, team.project, ARTICLE, lang)[EDITED_NEW]
        assert edited["state"] == 10, (lang, edited["state"])
        assert edited["previous_source"] == EDITED_OLD
        old = polib.pofile(str(ROOT / "locales" / lang / "LC_MESSAGES" / f"{ARTICLE}.po")).find(EDITED_OLD)
        assert edited["target"] == [old.msgstr]
    assert_same_counts(weblate, team)
    assert {translation["language_code"] for translation in
            weblate.every(f"components/{team.project}/{GUIDE}/translations/")} == {"ar", "en", "ru", "fr"}


def kztr_status(clone: Path) -> list[dict]:
    return json.loads(kztr(clone, "status", "--format", "json"))


def assert_same_counts(server: Weblate, team: Team) -> None:
    """Units, translated and needing editing (fuzzy): Weblate's counts are kztr status's."""
    ours = {(row["document"], row["language"]): (row["units_total"], row["translated"], row["fuzzy"])
            for row in kztr_status(team.clone)}
    theirs = {}
    for component in components(server, team.project):
        for translation in server.every(f"components/{team.project}/{component['slug']}/translations/"):
            if not translation["is_source"]:
                theirs[(component["slug"], translation["language_code"])] = (
                    translation["total"], translation["translated"], translation["fuzzy"])
    assert theirs == ours


WRONG_WRAPPING = {
    # Weblate's default: each unit saved in Weblate (and the header) is cut at 77 columns;
    # translate-toolkit leaves the units nobody touched as they were.
    77: 'locales/en/LC_MESSAGES/guide.po: +"This guide explains how the translation team in the library works — a "',
    # "No line wrapping": not even after a newline, so the header becomes one line.
    -1: 'locales/en/LC_MESSAGES/guide.po: +msgstr "Project-Id-Version: kztr: Kazakhstan\'s diplomacy in 2022\\nPOT-',
}


@pytest.mark.parametrize("wrap", sorted(WRONG_WRAPPING))
def test_a_wrong_line_wrapping_is_caught(weblate, tmp_path, wrap):
    """With any other wrapping setting the same translator's day shows lines that are no saved
    translation (the checks of the test above fail), and the next extract undoes them: a diff on
    every round."""
    team = set_up_project(weblate, tmp_path, f"kztr-wrap-{wrap}".replace("--", "-minus-"), wrap)
    start = git(team.clone, "rev-parse", "HEAD").strip()
    saved = translate_in_weblate(weblate, team)
    git(team.clone, "pull", "-q", "--ff-only")
    found = churn(changed_lines(team.clone, start, "HEAD"), set(saved.values()))
    assert any(line.startswith(WRONG_WRAPPING[wrap]) for line in found), found
    guide = team.clone / "locales" / "en" / "LC_MESSAGES" / f"{GUIDE}.po"
    assert msgcat_no_wrap_changes(guide)
    weblate_head = git(team.clone, "rev-parse", "HEAD").strip()
    kztr(team.clone, "extract")
    assert guide.as_posix().removeprefix(team.clone.as_posix() + "/") in changed_lines(team.clone, weblate_head)


# ---------------------------------------------------------------------------- the editor, as a translator sees it

SHOWN_UNIT = 4  # the article's first paragraph sentence under its first heading: three glossary notes


def test_weblate_editor_shows_the_arabic_unit_and_its_notes(weblate, tmp_path):
    """Weblate's editor on an Arabic unit of the article, in headless Chromium: the source right to
    left, and the ``#.`` comments (block kind, section, glossary notes) shown to the translator.
    The screenshot goes to tests/artifacts/weblate-editor.png (docs/images/ has a copy)."""
    from conftest import ARTIFACTS, CHROMEDRIVER, CHROMIUM, FLAGS, _require_browser

    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    team = set_up_project(weblate, tmp_path, "kztr-editor", NO_WRAP)
    unit = list(units(weblate, team.project, ARTICLE, "en").values())[SHOWN_UNIT]
    notes = polib.pofile(str(ROOT / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"))[SHOWN_UNIT].comment
    assert unit["note"] == notes and "glossary: " in notes  # Weblate read the #. lines as the unit's note

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, "--window-size=1280,1000", f"--user-data-dir={tmp_path / 'chromium'}",
                 "--proxy-server=direct://", "--proxy-bypass-list=*"):
        options.add_argument(flag)
    patch = pytest.MonkeyPatch()
    patch.setenv("SE_OFFLINE", "true")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.set_page_load_timeout(120)
        driver.get(f"{weblate.url}/accounts/login/")
        driver.find_element(By.NAME, "username").send_keys(ADMIN)
        driver.find_element(By.NAME, "password").send_keys(ADMIN_PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form[action$='/accounts/login/'] [type=submit]").click()
        # the click does not wait for the login to finish: on a busy machine the unit's page was asked for
        # before it had, and shown to an anonymous visitor (no editor); wait for each page instead
        wait = WebDriverWait(driver, 120)
        wait.until(lambda browser: "/accounts/login/" not in browser.current_url)
        driver.get(unit["web_url"])
        source = wait.until(lambda browser: browser.find_element(
            By.CSS_SELECTOR, ".translation-editor[lang=ar], [lang=ar][dir=rtl]"))
        driver.execute_script("return document.fonts.ready")
        direction = driver.execute_script("return getComputedStyle(arguments[0]).direction", source)
        page = driver.find_element(By.TAG_NAME, "body").text
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "weblate-editor.png"))
    finally:
        driver.quit()
        patch.undo()
    assert direction == "rtl"
    assert unit["source"][0] in page
    for line in notes.splitlines():  # every #. line is on the page, the glossary notes among them
        assert line in page, line
