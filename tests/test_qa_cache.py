"""The qa cache (workflow/qa_cache.py): a catalog's per-unit findings remembered between runs of check and
status, taken again only when nothing they depend on changed, and the same findings as a run without it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import ARTICLE
from kztr.checks import Finding
from kztr.config import load_settings
from kztr.workflow import qa
from kztr.workflow.cache import cache_path

EN = Path("locales") / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
RU = Path("locales") / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po"


@pytest.fixture
def checked(project: Path, monkeypatch):
    """The shipped project with a number changed in each translation (the shipped catalogs have no
    findings), its own cache folder, and a count of the catalogs whose per-unit checks really ran."""
    monkeypatch.setenv("KZTR_CACHE_DIR", str(project.parent / "cache"))
    for relative in (EN, RU):
        changed(project / relative, "2022", "2021", 2)
    ran: list[tuple[str, str]] = []
    monkeypatch.setattr("kztr.checks.check_entries", _counting(ran))
    return project, ran


def changed(path: Path, old: str, new: str, count: int) -> None:
    """The first ``count`` translations that write ``old`` write ``new`` instead."""
    lines = path.read_text(encoding="utf-8").split("\n")
    places = [number for number, line in enumerate(lines) if line.startswith("msgstr ") and old in line][:count]
    assert len(places) == count
    for number in places:
        lines[number] = lines[number].replace(old, new)
    path.write_text("\n".join(lines), encoding="utf-8")


def _counting(ran: list):
    """check_entries, noting each catalog whose units it checks (document, language)."""
    from kztr import checks

    real = checks.check_entries

    def check_entries(prepared, start, stop):
        ran.append((prepared.document, prepared.language))
        return real(prepared, start, stop)

    return check_entries


def findings(project: Path, *names: str) -> tuple[Finding, ...]:
    report = qa.check(load_settings(project), only=names)
    return report.findings


def checked_catalogs(ran: list) -> list[tuple[str, str]]:
    return sorted(set(ran))


def test_a_second_run_takes_every_catalog_from_the_cache_with_the_same_findings(checked):
    project, ran = checked
    first = findings(project)
    assert [finding.check for finding in first].count("numbers") >= 4  # both languages, the years changed
    assert checked_catalogs(ran) == [(ARTICLE, "en"), (ARTICLE, "ru")]
    ran.clear()
    again = findings(project)
    assert again == first  # every field, in the same order
    assert ran == []  # no unit checked again


def test_a_saved_catalog_is_checked_again_and_so_is_its_documents_other_language(checked):
    """A unit is compared with its translation into the other language (names, numbers): saving the
    English catalog changes what the Russian one's findings may be."""
    project, ran = checked
    findings(project)
    ran.clear()
    changed(project / EN, "2021", "2020", 1)
    after = findings(project)
    assert checked_catalogs(ran) == [(ARTICLE, "en"), (ARTICLE, "ru")]
    assert any("2020" in finding.message for finding in after)
    ran.clear()
    assert findings(project) == after and ran == []


def test_a_changed_glossary_or_other_checks_are_checked_again(checked):
    project, ran = checked
    first = findings(project)
    ran.clear()
    glossary = project / "glossary" / "en.tsv"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert findings(project) == first
    assert checked_catalogs(ran) == [(ARTICLE, "en")]  # the Russian glossary did not change
    ran.clear()
    only_numbers = findings(project, "numbers")
    assert checked_catalogs(ran) == [(ARTICLE, "en"), (ARTICLE, "ru")]
    assert {finding.check for finding in only_numbers} == {"numbers"}


def test_the_names_check_runs_beside_remembered_catalogs(checked):
    """Names reads every catalog of a language at once: never remembered, always run."""
    project, ran = checked
    with_names = findings(project, "names")
    ran.clear()
    assert findings(project, "names") == with_names
    assert ran == []


def test_status_counts_the_same_findings_from_the_cache(checked, run):
    _, ran = checked
    first = run("status", "--format", "json").output
    ran.clear()
    again = run("status", "--format", "json").output
    assert again == first and ran == []
    assert sum(len(item["findings"]) for item in json.loads(first)) >= 4


@pytest.mark.parametrize("damage", [b"{not json", b'[[99999, "numbers", "error", "x", null]]', b'{"x": 3}',
                                    b"\xff\xfe"])
def test_a_damaged_cache_only_means_checking_again(checked, damage):
    project, ran = checked
    first = findings(project)
    folder = cache_path(load_settings(project), "check").with_suffix("")
    kept = sorted(folder.iterdir())
    assert len(kept) == 2  # a file per catalog
    for path in kept:
        path.write_bytes(damage)
    ran.clear()
    assert findings(project) == first
    assert checked_catalogs(ran) == [(ARTICLE, "en"), (ARTICLE, "ru")]
    for path in folder.iterdir():
        json.loads(path.read_text(encoding="utf-8"))  # written anew


def test_a_cache_folder_nobody_may_write_only_means_checking_again(checked, monkeypatch):
    """A file where the cache folder should be (as root, permissions would not stop the write)."""
    project, ran = checked
    blocked = project.parent / "blocked"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("KZTR_CACHE_DIR", str(blocked))
    first = findings(project)
    ran.clear()
    assert findings(project) == first
    assert checked_catalogs(ran) == [(ARTICLE, "en"), (ARTICLE, "ru")]
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_the_catalogs_are_not_touched(checked):
    project, _ = checked
    before = {path: (path.read_bytes(), os.stat(path).st_mtime_ns) for path in (project / "locales").rglob("*.po")}
    findings(project)
    findings(project)
    assert {path: (path.read_bytes(), os.stat(path).st_mtime_ns) for path in (project / "locales").rglob("*.po")} \
        == before


def test_a_deleted_document_leaves_nothing_in_the_cache(checked):
    """A second document checked, then deleted with its catalogs: the next run forgets its findings (the
    cache kept the files of deleted documents for ever)."""
    import shutil

    from kztr.workflow import qa_cache

    project, _ = checked
    other = "second-document"
    shutil.copy(project / "source" / f"{ARTICLE}.txt", project / "source" / f"{other}.txt")
    for relative in (EN, RU):
        shutil.copy(project / relative, project / relative.with_name(f"{other}.po"))
    findings(project)
    folder = qa_cache._folder(load_settings(project))
    assert len(list(folder.glob("*.json"))) == 4
    (project / "source" / f"{other}.txt").unlink()
    for relative in (EN, RU):
        (project / relative.with_name(f"{other}.po")).unlink()
    findings(project)
    assert sorted(path.name.split("-", 1)[0] for path in folder.glob("*.json")) == sorted(
        qa_cache._slot(ARTICLE, language) for language in ("en", "ru"))
