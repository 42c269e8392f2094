"""Extract skips unchanged documents, and only those: every input, changed alone, forces a run."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ARTICLE
from kztr.config import load_settings
from kztr.po.catalog import read_catalog
from kztr.po.pofile import generate_po
from kztr.workflow import extract, init_language

SECOND = "second-article"


@pytest.fixture
def two_documents(project: Path, tmp_path: Path, monkeypatch) -> Path:
    """The shipped project with a second document, extracted once; a fresh cache folder."""
    monkeypatch.setenv("KZTR_CACHE_DIR", str(tmp_path / "cache"))
    source = project / "source" / f"{ARTICLE}.txt"
    lines = source.read_text(encoding="utf-8").splitlines()
    (project / "source" / f"{SECOND}.txt").write_text("\n".join(lines[:20]) + "\n", encoding="utf-8")
    extract(load_settings(project))
    return project


def _cached(project: Path, **options) -> dict[str, bool]:
    result = extract(load_settings(project), **options)
    return {document.doc_id: document.cached for document in result.documents}


def _files(project: Path) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes()
            for p in sorted(project.rglob("*")) if p.is_file() and p.name != ".kztr.lock"}


def test_second_run_skips_every_document_and_writes_nothing(two_documents):
    before = _files(two_documents)
    assert _cached(two_documents) == {ARTICLE: True, SECOND: True}
    assert _files(two_documents) == before


def test_a_full_run_that_changes_nothing_writes_nothing(two_documents, tmp_path, monkeypatch):
    """The cache forgotten, every catalog is merged and hashed as it is staged: none is replaced (same
    inode, same modification time) and no staged file is left beside it."""
    monkeypatch.setenv("KZTR_CACHE_DIR", str(tmp_path / "forgotten"))
    catalogs = sorted((two_documents / "locales").rglob("*.po"))
    stats = [(path.stat().st_ino, path.stat().st_mtime_ns) for path in catalogs]
    before = _files(two_documents)
    result = extract(load_settings(two_documents))
    assert not any(document.cached for document in result.documents)
    assert len(result.catalogs) == len(catalogs) >= 4 and not any(catalog.written for catalog in result.catalogs)
    assert [(path.stat().st_ino, path.stat().st_mtime_ns) for path in catalogs] == stats
    assert _files(two_documents) == before


def test_skipped_run_reports_what_a_full_run_reports(two_documents, tmp_path, monkeypatch):
    settings = load_settings(two_documents)
    cached = extract(settings)
    monkeypatch.setenv("KZTR_CACHE_DIR", str(tmp_path / "empty"))
    full = extract(settings)
    assert not any(document.cached for document in full.documents)
    assert [replace(d, cached=False) for d in cached.documents] == list(full.documents)
    assert [(c.locale, c.doc_id, c.path, c.report.kept, c.written) for c in cached.catalogs] == \
        [(c.locale, c.doc_id, c.path, c.report.kept, c.written) for c in full.catalogs]


def _edit_source(project: Path) -> None:
    path = project / "source" / f"{ARTICLE}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("أحد عشر", "اثنا عشر"), encoding="utf-8")


def _edit_catalog(path: Path) -> None:
    catalog = read_catalog(path)
    entries = tuple(replace(entry, msgstr=entry.msgstr + " (revised)") if number == 3 else entry
                    for number, entry in enumerate(catalog.entries))
    path.write_text(generate_po(replace(catalog, entries=entries)), encoding="utf-8")


def _po(project: Path, doc: str, lang: str = "en") -> Path:
    return project / "locales" / lang / "LC_MESSAGES" / f"{doc}.po"


# Each edit changes one input of the first document; the first document must run again.
EDITS = {
    "its source": _edit_source,
    "its template": lambda p: (p / "locales" / f"{ARTICLE}.pot").write_text(
        (p / "locales" / f"{ARTICLE}.pot").read_text(encoding="utf-8").replace("msgstr \"\"\n\n",
                                                                             "msgstr \"\"\n\n\n", 1),
        encoding="utf-8"),
    "its template deleted": lambda p: (p / "locales" / f"{ARTICLE}.pot").unlink(),
    "its catalog": lambda p: _edit_catalog(_po(p, ARTICLE)),
    "its catalog deleted": lambda p: _po(p, ARTICLE).unlink(),
    "another document's catalog in the same language (memory)": lambda p: _edit_catalog(_po(p, SECOND)),
    "a catalog of another document of the language added": lambda p: shutil.copy(
        _po(p, SECOND), p / "locales" / "en" / "LC_MESSAGES" / "archived-article.po"),
    "a translation memory file added": lambda p: (p / "tm").mkdir() or (p / "tm" / "news.tmx").write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header/><body/></tmx>', encoding="utf-8"),
    "the settings": lambda p: (p / "kztr.toml").write_text(
        (p / "kztr.toml").read_text(encoding="utf-8") + 'locations = "file"\n', encoding="utf-8"),
    "a new language": lambda p: init_language(load_settings(p), "fr"),
}


@pytest.mark.parametrize("what", list(EDITS))
def test_a_changed_input_is_never_skipped(two_documents, what):
    EDITS[what](two_documents)
    cached = _cached(two_documents)
    assert cached[ARTICLE] is False, what
    assert _cached(two_documents)[ARTICLE] is True  # and the run after that skips it again


def test_a_changed_tm_file_is_never_skipped(two_documents):
    EDITS["a translation memory file added"](two_documents)
    _cached(two_documents)
    tmx = two_documents / "tm" / "news.tmx"
    tmx.write_text(tmx.read_text(encoding="utf-8").replace("<body/>", "<body> </body>"), encoding="utf-8")
    assert _cached(two_documents) == {ARTICLE: False, SECOND: False}


def test_same_size_edit_in_the_same_clock_tick_is_seen(two_documents):
    """Stat data can lie (a same-size edit within one mtime tick); content hashes cannot."""
    path = _po(two_documents, ARTICLE)
    text = path.read_text(encoding="utf-8")
    stat = path.stat()
    changed = text.replace('msgstr "Diplomacy"', 'msgstr "Diplomaci"') if 'msgstr "Diplomacy"' in text else None
    assert changed is not None and len(changed) == len(text)
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert _cached(two_documents)[ARTICLE] is False


def test_the_cutoff_option_and_the_code_are_part_of_the_key(two_documents, monkeypatch):
    assert _cached(two_documents, cutoff=75.0)[ARTICLE] is False
    assert _cached(two_documents, cutoff=75.0)[ARTICLE] is True
    import kztr

    monkeypatch.setattr(kztr, "__version__", "99.0")
    assert _cached(two_documents, cutoff=75.0)[ARTICLE] is False


def test_a_damaged_or_missing_cache_skips_nothing(two_documents):
    from kztr.workflow.cache import cache_path

    path = cache_path(load_settings(two_documents))
    path.write_text("{not json", encoding="utf-8")
    assert _cached(two_documents) == {ARTICLE: False, SECOND: False}
    path.unlink()
    assert _cached(two_documents) == {ARTICLE: False, SECOND: False}
    assert _cached(two_documents) == {ARTICLE: True, SECOND: True}


def test_the_cache_lives_outside_the_project(two_documents, tmp_path):
    from kztr.workflow.cache import cache_path

    path = cache_path(load_settings(two_documents))
    assert path.is_file() and path.parent == tmp_path / "cache"
    assert not any(".kztr-cache" in p.name or p.suffix == ".json" for p in two_documents.rglob("*"))


def test_edit_then_skip_gives_the_files_a_full_run_gives(two_documents, tmp_path, monkeypatch):
    """Skipping is the same as running: edit, extract (skipping the other document), compare."""
    _edit_source(two_documents)
    _edit_catalog(_po(two_documents, SECOND))
    twin = tmp_path / "twin"
    shutil.copytree(two_documents, twin)
    assert _cached(two_documents) == {ARTICLE: False, SECOND: False}
    assert _cached(two_documents) == {ARTICLE: True, SECOND: True}
    monkeypatch.setenv("KZTR_CACHE_DIR", str(tmp_path / "other-cache"))
    extract(load_settings(twin))
    assert _files(twin) == {k: v for k, v in _files(two_documents).items()}


def test_pool_gives_the_files_the_sequential_run_gives(two_documents, tmp_path, monkeypatch):
    from kztr.workflow import parallel

    _edit_source(two_documents)
    init_language(load_settings(two_documents), "fr")
    twin = tmp_path / "twin"
    shutil.copytree(two_documents, twin)
    monkeypatch.setattr(parallel, "POOL_MIN_WORK", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    pooled = extract(load_settings(two_documents))
    monkeypatch.setattr(parallel, "POOL_MIN_WORK", 10**12)
    sequential = extract(load_settings(twin))
    assert _files(twin) == _files(two_documents)
    assert [c.report for c in pooled.catalogs] == [c.report for c in sequential.catalogs]


@pytest.mark.parametrize("pool", [True, False])
def test_bad_catalog_stops_the_run_with_nothing_written_nor_left_staged(two_documents, monkeypatch, pool):
    """The first document is merged and staged before the second's catalog fails: all of it goes."""
    from kztr.errors import CatalogError
    from kztr.workflow import parallel

    _edit_source(two_documents)
    bad = _po(two_documents, SECOND)
    bad.write_text(bad.read_text(encoding="utf-8") + 'msgid "unterminated\n', encoding="utf-8")
    before = _files(two_documents)
    monkeypatch.setattr(parallel, "POOL_MIN_WORK", 0 if pool else 10**12)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    with pytest.raises(CatalogError) as caught:
        extract(load_settings(two_documents))
    assert str(caught.value).startswith(f"locales/en/LC_MESSAGES/{SECOND}.po:")
    assert _files(two_documents) == before


def test_a_changed_template_is_written_as_a_fresh_build_writes_it(two_documents, monkeypatch):
    """template_for renews only the header's date; the text is the one build_template gives."""
    from kztr.po.pofile import generate_po as generate
    from kztr.po.template import build_template
    from kztr.project import read_documents, template_for

    _edit_source(two_documents)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1900000000")
    settings = load_settings(two_documents)
    segmented = next(s for s in read_documents(settings) if s.document.doc_id == ARTICLE)
    template, text, changed = template_for(settings, segmented)
    assert changed and template.header_value("POT-Creation-Date") == "2030-03-17 17:46+0000"
    fresh = build_template(segmented, settings.project, settings.source_language, "2030-03-17 17:46+0000",
                           locations=settings.locations)
    assert text == generate(fresh) and template == fresh


def test_source_changed_while_extract_reads_it_is_refused(two_documents, monkeypatch):
    """The key records the source that was segmented: an edit racing the read must not be cached as seen."""
    from kztr.errors import KztrError
    from kztr.workflow import extract_document

    _edit_source(two_documents)
    before = _files(two_documents)
    real = extract_document.read_document

    def racing(settings, path, script):
        segmented = real(settings, path, script)
        if path.stem == ARTICLE:
            path.write_text(path.read_text(encoding="utf-8") + "\nفقرة أضيفت أثناء التشغيل.\n", encoding="utf-8")
        return segmented

    monkeypatch.setattr(extract_document, "read_document", racing)
    with pytest.raises(KztrError, match="changed while kztr extract read it"):
        extract(load_settings(two_documents))
    after = _files(two_documents)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {f"source/{ARTICLE}.txt"}  # only the racing edit itself; nothing of extract's
