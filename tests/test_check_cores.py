"""kztr check and status on both cores (issue 22): the per-unit checks in pieces, the names check and each
language's consistency check in forked workers give the very findings, in the very order, of one process."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import DATA, ROOT
from kztr.config import load_settings
from kztr.po.catalog import read_catalog
from kztr.project import list_languages, read_sources, shown_path
from kztr.workflow import parallel, qa


def loaded_catalogs(root: Path):
    settings = load_settings(root)
    read, _ = read_sources(settings)
    catalogs = []
    for language in list_languages(settings):
        for segmented in read:
            path = settings.catalog_path(language, segmented.document.doc_id)
            if path.is_file():
                shown = shown_path(settings, path)
                catalogs.append((segmented.document.doc_id, language, shown, read_catalog(path, shown)))
    return settings, catalogs


@pytest.mark.skipif(not parallel.can_fork(), reason="one core, or no fork: check runs in one process")
@pytest.mark.parametrize("source", [DATA / "status" / "project", ROOT], ids=["status-fixture", "shipped"])
def test_findings_on_cores_are_those_of_one_process(source, tmp_path, monkeypatch):
    root = Path(shutil.copytree(source, tmp_path / "project", ignore=shutil.ignore_patterns(
        ".venv*", ".git", "tests", "node_modules", "_build", "benchmarks", "docs")))
    settings, catalogs = loaded_catalogs(root)
    settings = replace(settings, extra_checks=("names",))  # every check, the one asked for too
    assert len(catalogs) >= 2
    monkeypatch.setattr(qa, "PARALLEL_MIN_ENTRIES", 10 ** 9)
    alone = qa.collect_findings(settings, catalogs)
    forked = []
    monkeypatch.setattr(parallel, "run_forked", lambda tasks, real=parallel.run_forked: forked.append(len(tasks))
                        or real(tasks))
    monkeypatch.setattr(qa, "PARALLEL_MIN_ENTRIES", 0)
    monkeypatch.setattr(qa, "PIECE", 7)  # many pieces, split inside paragraphs and across catalogs
    on_cores = qa.collect_findings(settings, catalogs)
    pieces = sum(-(-len(catalog.entries) // 7) for *_, catalog in catalogs)
    languages = len({language for _, language, *_ in catalogs})
    assert forked == [1 + languages + pieces]  # the names check, each language's consistency, every piece
    assert on_cores == alone
    assert list(on_cores) == list(alone)
    if source != ROOT:  # the shipped catalogs are clean (benchmarks/RESULTS.md, issue 19)
        assert sum(len(found) for found in alone.values()) >= 3  # some findings to compare (3 since issue 17 round 4)


@pytest.mark.skipif(not parallel.can_fork(), reason="one core, or no fork: check runs in one process")
def test_names_is_forked_only_when_asked_for(tmp_path, monkeypatch):
    """Off by default (no task for it), run when the project's extra-checks names it."""
    root = Path(shutil.copytree(DATA / "status" / "project", tmp_path / "project"))
    settings, catalogs = loaded_catalogs(root)
    forked = []
    monkeypatch.setattr(parallel, "run_forked", lambda tasks, real=parallel.run_forked: forked.append(len(tasks))
                        or real(tasks))
    monkeypatch.setattr(qa, "PARALLEL_MIN_ENTRIES", 0)
    monkeypatch.setattr(qa, "PIECE", 7)
    qa.collect_findings(settings, catalogs)
    qa.collect_findings(replace(settings, extra_checks=("names",)), catalogs)
    pieces = sum(-(-len(catalog.entries) // 7) for *_, catalog in catalogs)
    languages = len({language for _, language, *_ in catalogs})
    assert forked == [languages + pieces, 1 + languages + pieces]
