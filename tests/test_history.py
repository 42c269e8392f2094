"""``kztr status --history`` and ``--badge``: the catalogs over time, read from real git histories.

The main history is this repository's own: tests/data/history/locales-history.bundle
holds locales/ at the nine commits that changed it (see tests/data/README),
cloned into tmp_path, so the tests never depend on the checkout being a full
clone. GNU msgfmt is the oracle for the unit counts at every point; polib plus
kztr's word counter for the words.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import polib
import pytest
from click.testing import CliRunner
from conftest import ARTIFACTS, load, screenshot
from kztr.cli import main
from kztr.stats import count_words

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "tests" / "data" / "history" / "locales-history.bundle"
ARTICLE = "kazakhstan-diplomacy-2022"
PO = f"locales/{{}}/LC_MESSAGES/{ARTICLE}.po"


def git(repo: Path, *args: str, author: str = "Test <test@example.org>", date: str = "2026-01-05T10:00:00Z") -> str:
    name, _, email = author.partition(" <")
    env = {**os.environ, "GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email.rstrip(">"), "GIT_AUTHOR_DATE": date,
           "GIT_COMMITTER_NAME": "Committer", "GIT_COMMITTER_EMAIL": "c@example.org", "GIT_COMMITTER_DATE": date,
           "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"}
    completed = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=True)
    return completed.stdout


def kztr(project: Path, *args: str, expect: int = 0):
    result = CliRunner().invoke(main, [args[0], "--project", str(project), *args[1:]])
    assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
    return result


def history_json(project: Path, *args: str) -> dict:
    return json.loads(kztr(project, "status", "--history", "--format", "json", *args).stdout)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """This repository's catalog history, cloned from the bundle, as a kztr project."""
    target = tmp_path / "repo"
    subprocess.run(["git", "clone", "-q", str(BUNDLE), str(target)], check=True)
    (target / "kztr.toml").write_text('source-language = "ar"\n', encoding="utf-8")
    return target


def original(repo: Path) -> dict[str, str]:
    """kztr's commit (short hash) for each commit of the clone."""
    found = {}
    for line in git(repo, "log", "--format=%H %b").splitlines():
        if line.strip():
            sha, _, body = line.partition(" ")
            found[sha] = body.split()[-1]
    return found


def msgfmt_units(data: bytes, tmp_path: Path) -> tuple[int, int, int]:
    """(translated, fuzzy, untranslated) by GNU msgfmt --statistics."""
    import re

    path = tmp_path / "blob.po"
    path.write_bytes(data)
    text = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(path)], capture_output=True,
                          text=True, check=True).stderr
    found = {kind: int(number) for number, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", text)}
    return found.get("translated", 0), found.get("fuzzy", 0), found.get("untranslated", 0)


def polib_words(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "blob.po"
    path.write_bytes(data)
    return sum(count_words(entry.msgid) for entry in polib.pofile(str(path)).translated_entries())


# ---------------------------------------------------------------- this repository's history


def test_every_point_agrees_with_msgfmt_and_polib_at_that_commit(repo, tmp_path):
    data = history_json(repo)
    assert data["commits"] == 9 and not data["shallow"]
    assert [language["language"] for language in data["languages"]] == ["en", "ru"]
    for language in data["languages"]:
        for point in language["series"]:
            revision = f"{point['commit']}:{PO.format(language['language'])}"
            blob = subprocess.run(["git", "-C", str(repo), "show", revision],
                                  capture_output=True, check=True).stdout
            assert (point["translated"], point["fuzzy"], point["untranslated"]) == msgfmt_units(blob, tmp_path)
            assert point["words_translated"] == polib_words(blob, tmp_path)


def test_two_points_checked_by_hand_against_git_log(repo):
    """c784c9b (2026-11-28 18:43): the first Russian catalog, 11 of 45 units, 141 of 993 words;
    1e5c9b4 (2026-11-29 08:30): Russian complete, English unchanged at 45 of 45."""
    data = history_json(repo)
    kztr_commit = original(repo)
    series = {language["language"]: {kztr_commit[point["commit"]]: point for point in language["series"]}
              for language in data["languages"]}
    first_russian = series["ru"]["c784c9b"]
    assert (first_russian["translated"], first_russian["untranslated"], first_russian["words_translated"],
            first_russian["words_total"], first_russian["date"]) == (11, 34, 141, 993, "2026-11-28T18:43:19Z")
    assert next(iter(series["ru"])) == "c784c9b"  # no Russian before it
    complete = series["ru"]["1e5c9b4"]
    assert (complete["translated"], complete["words_translated"], complete["date"]) == (45, 993, "2026-11-29T08:30:09Z")
    assert "1e5c9b4" in series["en"] and series["en"]["1e5c9b4"]["translated"] == 45  # its English revision
    assert [kztr_commit[point["commit"]] for point in data["languages"][0]["series"]] == [
        "8057adf", "f859766", "fea19b3", "1e5c9b4", "39bee5f"]


def test_translators_words_add_up_to_the_change_in_translated_words(repo):
    data = history_json(repo)
    for language in data["languages"]:
        translators = language["translators"]
        new = sum(row["words_new"] for row in translators)
        lost = sum(row["words_lost"] for row in translators)
        end = language["series"][-1]["words_translated"]
        assert new - lost == end == 993
        assert [row["via"] for row in translators] == [["author"]]
    since = history_json(repo, "--since", "2026-11-29")
    russian = since["languages"][1]
    assert russian["start"]["words_translated"] == 141
    gained = sum(row["words_new"] - row["words_lost"] for row in russian["translators"])
    assert gained == russian["series"][-1]["words_translated"] - russian["start"]["words_translated"] == 852


def test_table_by_week_and_the_state_at_a_tag(repo):
    kztr_commit = {value: key for key, value in original(repo).items()}
    git(repo, "tag", "v0.1", kztr_commit["c784c9b"])
    at = history_json(repo, "--at", "v0.1")
    assert at["commits"] == 3 and [point["words_translated"] for point in at["languages"][1]["series"]] == [141]
    table = kztr(repo, "status", "--history", "--by", "week").stdout
    assert "2026-W48" in table and "Russian" in table
    weeks = history_json(repo, "--by", "week")
    assert [point["period"] for point in weeks["languages"][1]["series"]] == ["2026-W48"]
    assert weeks["languages"][1]["series"][0]["words_translated"] == 993
    until = history_json(repo, "--until", "2026-11-29")
    assert [point["words_translated"] for point in until["languages"][1]["series"]] == [141]


def test_second_run_reads_no_blob_and_a_damaged_cache_counts_again(repo, monkeypatch):
    from kztr.config import load_settings
    from kztr.workflow.cache import cache_path
    from kztr.workflow.history import history

    settings = load_settings(repo)
    cache_path(settings, "history").unlink(missing_ok=True)
    first = history(settings)
    assert first.blobs_read == 11  # each distinct catalog version once (5 English, 6 Russian)
    again = history(settings)
    assert again.blobs_read == 0 and again.languages == first.languages
    cache_path(settings, "history").write_text("{not json", encoding="utf-8")
    damaged = history(settings)
    assert damaged.languages == first.languages and damaged.blobs_read == first.blobs_read
    blocked = repo.parent / "blocked"  # a file where the cache folder should be (root may write anywhere else)
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("KZTR_CACHE_DIR", str(blocked))
    unwritable = history(settings)  # counts again, and says nothing of the cache it could not keep
    assert unwritable.languages == first.languages and unwritable.blobs_read == first.blobs_read


def test_a_shallow_clone_starts_at_the_oldest_commit_it_has(repo, tmp_path):
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "2", f"file://{repo}", str(shallow)], check=True)
    (shallow / "kztr.toml").write_text('source-language = "ar"\n', encoding="utf-8")
    data = history_json(shallow)
    assert data["shallow"] and data["commits"] == 2
    russian = data["languages"][1]
    assert [point["words_translated"] for point in russian["series"]] == [993, 993]
    assert "shallow clone" in kztr(shallow, "status", "--history").stdout


def test_html_page_has_one_chart_per_language_and_escapes_translators(repo):
    """git strips < and > from names, but a catalog's Last-Translator can hold anything."""
    (repo / "source").mkdir()
    (repo / "source" / f"{ARTICLE}.txt").write_bytes((ROOT / "source" / f"{ARTICLE}.txt").read_bytes())
    po = repo / PO.format("ru")
    text = po.read_text(encoding="utf-8")
    text = text.replace('msgstr "Дипломатия"', 'msgstr "Дипломатия!"', 1)
    text = text.replace("Last-Translator: kztr translators <translators@kztr.invalid>",
                        "Last-Translator: <script>alert(1)</script>")
    po.write_text(text, encoding="utf-8")
    git(repo, "commit", "-qam", "edit", author='Dana "D" & Asel <x@example.org>', date="2026-12-01T09:00:00Z")
    page = kztr(repo, "status", "--history", "--format", "html", "--credit", "last-translator").stdout
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg"') == 2
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    by_author = kztr(repo, "status", "--history", "--format", "html").stdout
    assert "Dana &#34;D&#34; &amp; Asel &lt;x@example.org&gt;" in by_author
    for chart in page.split('<div class="chart">')[1:]:
        ElementTree.fromstring(chart.split("</div>")[0])  # well-formed SVG


# ---------------------------------------------------------------- credits, merges, Last-Translator


def _catalog(units: dict[str, str], translator: str = "") -> str:
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n'
    if translator:
        header += f'"Last-Translator: {translator}\\n"\n'
    return header + "".join(f'\nmsgid "{source}"\nmsgstr "{target}"\n' for source, target in units.items())


SOURCES = ("قمة أستانا", "انتهت القمة في أستانا.", "وقع الرئيسان اتفاقية جديدة.")


@pytest.fixture
def team(tmp_path: Path) -> Path:
    """A project whose English catalog three people translate, one of them on a branch."""
    repo = tmp_path / "team"
    po = repo / "locales" / "en" / "LC_MESSAGES" / "news.po"
    po.parent.mkdir(parents=True)
    (repo / "kztr.toml").write_text('source-language = "ar"\n', encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    po.write_text(_catalog(dict.fromkeys(SOURCES, "")), encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "extract", author="Maintainer <m@example.org>", date="2026-01-05T10:00:00Z")
    po.write_text(_catalog({SOURCES[0]: "The Astana summit", SOURCES[1]: "", SOURCES[2]: ""}), encoding="utf-8")
    git(repo, "commit", "-qam", "first", author="Asel <asel@example.kz>", date="2026-01-06T10:00:00Z")
    git(repo, "checkout", "-qb", "side")
    po.write_text(_catalog({SOURCES[0]: "The Astana summit", SOURCES[1]: "", SOURCES[2]: "The presidents signed."}),
                  encoding="utf-8")
    git(repo, "commit", "-qam", "side", author="Dana <dana@example.kz>", date="2026-01-07T10:00:00Z")
    git(repo, "checkout", "-q", "main")
    po.write_text(_catalog({SOURCES[0]: "Astana summit", SOURCES[1]: "The summit ended in Astana.", SOURCES[2]: ""}),
                  encoding="utf-8")
    git(repo, "commit", "-qam", "main", author="Asel <asel@example.kz>", date="2026-01-08T10:00:00Z")
    git(repo, "merge", "-q", "--no-ff", "-X", "theirs", "side", "-m", "merge", author="Maintainer <m@example.org>",
        date="2026-01-09T10:00:00Z")
    return repo


def test_branch_work_is_credited_to_its_author_once_not_to_the_merger(team):
    data = history_json(team)
    translators = {row["translator"]: row for row in data["languages"][0]["translators"]}
    words = [count_words(text) for text in SOURCES]
    assert translators["Asel <asel@example.kz>"]["words_new"] == words[0] + words[1]
    assert translators["Asel <asel@example.kz>"]["words_revised"] == words[0]
    assert translators["Dana <dana@example.kz>"]["words_new"] == words[2]
    assert "Maintainer <m@example.org>" not in translators  # neither the extract nor the merge translated
    final = data["languages"][0]["series"][-1]
    assert (final["translated"], final["words_translated"]) == (3, sum(words))
    assert sum(row["words_new"] - row["words_lost"] for row in translators.values()) == sum(words)


def test_last_translator_when_asked_or_when_a_commit_has_no_author(tmp_path):
    repo = tmp_path / "p"
    po = repo / "locales" / "en" / "LC_MESSAGES" / "news.po"
    po.parent.mkdir(parents=True)
    (repo / "kztr.toml").write_text('source-language = "ar"\n', encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    po.write_text(_catalog({SOURCES[0]: "The Astana summit"}, "Aigerim <a@example.kz>"), encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "poedit", author="Maintainer <m@example.org>")
    po.write_text(_catalog({SOURCES[0]: "The Astana summit", SOURCES[1]: "The summit ended."},
                           "Bota <b@example.kz>"), encoding="utf-8")
    git(repo, "commit", "-qam", "imported", author="(no author) <>")
    by_author = history_json(repo)["languages"][0]["translators"]
    assert {(row["translator"], tuple(row["via"])) for row in by_author} == {
        ("Maintainer <m@example.org>", ("author",)), ("Bota <b@example.kz>", ("Last-Translator",))}
    by_header = history_json(repo, "--credit", "last-translator")["languages"][0]["translators"]
    assert {row["translator"]: row["words_new"] for row in by_header} == {
        "Aigerim <a@example.kz>": count_words(SOURCES[0]), "Bota <b@example.kz>": count_words(SOURCES[1])}


def test_a_committed_broken_catalog_counts_as_the_one_before_it(team):
    po = team / "locales" / "en" / "LC_MESSAGES" / "news.po"
    po.write_text('msgid "unterminated\n', encoding="utf-8")
    git(team, "commit", "-qam", "broken", date="2026-01-10T10:00:00Z")
    result = kztr(team, "status", "--history")
    assert "is not a valid catalog: counted as the one before it" in result.stdout
    assert history_json(team)["languages"][0]["series"][-1]["translated"] == 3


# ---------------------------------------------------------------- errors and the badge


def test_outside_git_and_an_unknown_revision_are_one_line_errors(project, repo):
    outside = kztr(project, "status", "--history", expect=1)
    assert "not a git repository" in outside.output.lower() and "Traceback" not in outside.output
    unknown = kztr(repo, "status", "--at", "v9.9", expect=1)
    assert "v9.9" in unknown.output and len(unknown.output.strip().splitlines()) == 1
    assert kztr(repo, "status", "--at", "--all", expect=1).output.count("\n") == 1


def test_badge_to_an_unwritable_path_is_a_one_line_error(project):
    result = kztr(project, "status", "--badge", "--lang", "ru", "-o", "/proc/kztr-ru.svg", expect=1)
    assert "cannot write" in result.output and len(result.output.strip().splitlines()) == 1


def test_badge_says_the_language_and_its_percent_rounded_down(project, tmp_path):
    from conftest import use_partial_russian

    target = tmp_path / "ru.svg"
    kztr(project, "status", "--badge", "--lang", "ru", "-o", str(target))
    texts = [element.text for element in ElementTree.parse(target).iter("{http://www.w3.org/2000/svg}text")]
    assert texts == ["ru", "ru", "100 %", "100 %"]
    use_partial_russian(project)
    partial = ElementTree.fromstring(kztr(project, "status", "--badge", "--lang", "ru").stdout)
    assert [element.text for element in partial.iter("{http://www.w3.org/2000/svg}text")][2] == "14 %"
    assert "exactly one --lang" in kztr(project, "status", "--badge", expect=2).output


# ---------------------------------------------------------------- in Chromium

FITS_JS = """
const svg = document.querySelector('svg');
const texts = Array.from(svg.querySelectorAll('text')).map((t) => t.getBBox());
const rects = Array.from(svg.querySelectorAll('g rect')).map((r) => r.getBBox());
return [svg.getBoundingClientRect().width, texts.map((b) => [b.x, b.width]), rects.map((b) => [b.x, b.width])];
"""


@pytest.mark.parametrize("language,partial", [("ru", False), ("ru", True), ("en", False)])
def test_badge_renders_in_chromium_with_its_text_inside_its_halves(browser, project, tmp_path, language, partial):
    from conftest import use_partial_russian

    if partial:
        use_partial_russian(project)
    page = tmp_path / f"{language}.svg"
    kztr(project, "status", "--badge", "--lang", language, "-o", str(page))
    load(browser, page)
    width, texts, (left, right, _) = browser.execute_script(FITS_JS)
    assert width == left[1] + right[1]
    for x, text_width in texts[:2]:
        assert left[0] + 2 <= x and x + text_width <= left[0] + left[1] - 2
    for x, text_width in texts[2:]:
        assert right[0] + 2 <= x and x + text_width <= right[0] + right[1] - 2
    screenshot(browser, f"badge-{language}{'-partial' if partial else ''}.png")


def test_history_chart_renders_on_screen_and_in_print(browser, repo, tmp_path):
    (repo / "source").mkdir()
    (repo / "source" / f"{ARTICLE}.txt").write_bytes((ROOT / "source" / f"{ARTICLE}.txt").read_bytes())
    page = tmp_path / "status.html"
    kztr(repo, "status", "--history", "--format", "html", "-o", str(page))
    for media in ("print", "screen"):
        load(browser, page, media=media)
        sizes = browser.execute_script(
            "return Array.from(document.querySelectorAll('.kztr-history svg')).map((s) => "
            "[s.getBoundingClientRect().width, s.getBoundingClientRect().height, s.querySelectorAll('path').length])")
        assert len(sizes) == 2 and all(width > 300 and height > 100 and paths == 3 for width, height, paths in sizes)
    from selenium.webdriver.common.by import By

    ARTIFACTS.mkdir(exist_ok=True)
    browser.find_element(By.CSS_SELECTOR, ".kztr-history").screenshot(str(ARTIFACTS / "history-chart.png"))


def test_authors_go_through_the_mailmap(team):
    (team / ".mailmap").write_text("Asel Satubaldina <asel@example.kz> Asel <asel@example.kz>\n", encoding="utf-8")
    names = [row["translator"] for row in history_json(team)["languages"][0]["translators"]]
    assert "Asel Satubaldina <asel@example.kz>" in names and "Asel <asel@example.kz>" not in names
