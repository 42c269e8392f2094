"""What build writes and removes (issue 24, items 9–11): --min-complete refuses a document, not the
build; build removes its own stale outputs (a manifest) and nothing else; a stray file in source/
is reported and skipped by status, check and build."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ARTICLE, DATA

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


@pytest.fixture
def two_documents(project: Path, run) -> Path:
    """The translated article and a news brief whose catalogs are empty (0 %)."""
    shutil.copyfile(DATA / "sources" / "news.md", project / "source" / "news.md")
    run("extract")
    return project


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# ---------------------------------------------------------------- item 9: --min-complete refuses a document


def test_min_complete_builds_the_others_and_names_the_refused(two_documents, run):
    result = run("build", "--lang", "en", "--min-complete", "80", expect=1)
    built = two_documents / "_build" / "en"
    assert [Path(line).name for line in result.stdout.splitlines()] == [f"{ARTICLE}.html"]
    assert result.stderr == ("kztr: locales/en/LC_MESSAGES/news.po is 0.0% translated (by source words), "
                             "below --min-complete 80: not built\n")
    assert _names(built) == [".kztr-build.json", f"{ARTICLE}.html"]  # no index of one document
    assert "news" not in (built / f"{ARTICLE}.html").read_text(encoding="utf-8")[:200]


def test_min_complete_names_every_refused_document(two_documents, run):
    result = run("build", "--lang", "ru", "--min-complete", "100", "--format", "md", expect=1)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "news.po is 0.0% translated" in lines[0]
    (two_documents / "locales" / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po").write_text(
        (DATA / "ru-partial.po").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("build", "--lang", "ru", "--min-complete", "100", "--format", "md", expect=1)
    assert [line.split(" is ")[0] for line in result.stderr.splitlines()] == [
        f"kztr: locales/ru/LC_MESSAGES/{ARTICLE}.po", "kztr: locales/ru/LC_MESSAGES/news.po"]
    assert result.stdout == ""


# ---------------------------------------------------------------- item 10: the build manifest


def test_a_renamed_and_a_deleted_document_leave_no_stale_edition(two_documents, run):
    built = two_documents / "_build" / "en"
    run("build", "--lang", "en")
    assert _names(built) == [".kztr-build.json", "index.html", f"{ARTICLE}.html", "news.html"]
    (built / "notes.html").write_text("a reviewer's own notes", encoding="utf-8")  # not kztr's
    (two_documents / "source" / "news.md").rename(two_documents / "source" / "brief.md")
    run("extract")
    result = run("build", "--lang", "en")
    assert result.stderr.startswith("kztr: removed ") and result.stderr.endswith(
        "/_build/en/news.html (stale: written by an earlier build)\n") and len(result.stderr.splitlines()) == 1
    assert _names(built) == [".kztr-build.json", "brief.html", "index.html", f"{ARTICLE}.html", "notes.html"]
    assert 'href="brief.html"' in (built / "index.html").read_text(encoding="utf-8")
    (two_documents / "source" / "brief.md").unlink()
    result = run("build", "--lang", "en")
    assert [line.split("/_build/")[1] for line in result.stderr.splitlines()] == [
        "en/brief.html (stale: written by an earlier build)", "en/index.html (stale: written by an earlier build)"]
    assert _names(built) == [".kztr-build.json", f"{ARTICLE}.html", "notes.html"]
    manifest = json.loads((built / ".kztr-build.json").read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == [f"{ARTICLE}.html"]
    before = {name: (built / name).read_bytes() for name in _names(built)}
    assert run("build", "--lang", "en").stderr == ""  # twice: nothing more to do
    assert {name: (built / name).read_bytes() for name in _names(built)} == before


def test_only_its_own_unchanged_outputs_are_removed(two_documents, run, tmp_path):
    out = tmp_path / "edition"
    run("build", "--lang", "en", "--format", "md", "--output-dir", str(out))
    (out / "news.md").write_text("edited by hand after the build", encoding="utf-8")
    (out / "other.md").write_text("somebody else's", encoding="utf-8")
    (two_documents / "source" / "news.md").unlink()
    result = run("build", "--lang", "en", "--format", "md", "--output-dir", str(out))
    assert "removed" in result.stderr and "index.md" in result.stderr and "news.md" not in result.stderr
    assert _names(out) == [".kztr-build.json", f"{ARTICLE}.md", "news.md", "other.md"]
    assert (out / "news.md").read_text(encoding="utf-8") == "edited by hand after the build"


def test_a_manifest_never_reaches_outside_its_folder(two_documents, run, tmp_path):
    out = tmp_path / "edition"
    run("build", "--lang", "en", "--output-dir", str(out))
    precious = tmp_path / "precious.html"
    precious.write_text("x", encoding="utf-8")
    manifest = json.loads((out / ".kztr-build.json").read_text(encoding="utf-8"))
    manifest["files"]["../precious.html"] = {"doc": "gone", "format": "html",
                                             "sha256": __import__("hashlib").sha256(b"x").hexdigest()}
    (out / ".kztr-build.json").write_text(json.dumps(manifest), encoding="utf-8")
    run("build", "--lang", "en", "--output-dir", str(out))
    assert precious.exists()


def test_a_filtered_build_keeps_the_index(two_documents, run):
    built = two_documents / "_build" / "en"
    run("build", "--lang", "en")
    run("build", "--lang", "en", "--doc", ARTICLE)
    assert "index.html" in _names(built) and "news.html" in _names(built)


# ---------------------------------------------------------------- item 11: a stray file in source/


@pytest.mark.parametrize("name, data, reason", [
    ("photo.txt", PNG, "binary data (NUL byte): not a text document"),
    ("notes.md", "ملاحظات".encode("utf-16"), "file is UTF-16, not UTF-8"),
    ("old.txt", "مقال قديم".encode("cp1256"), "not UTF-8 (byte 0xe3)"),
])
def test_a_stray_file_in_source_is_reported_and_skipped(project, run, name, data, reason):
    (project / "source" / name).write_bytes(data)
    status = run("status", "--format", "json")
    assert [item["document"] for item in json.loads(status.stdout)] == [ARTICLE, ARTICLE]
    assert f"kztr: source/{name}" in status.stderr and f"skipped: {reason}" in status.stderr
    check = run("check")
    assert f"source/{name}" in check.stderr and "skipped" in check.stderr
    build = run("build", "--lang", "en")
    assert [Path(line).name for line in build.stdout.splitlines()] == [f"{ARTICLE}.html"]
    assert f"source/{name}" in build.stderr and "skipped" in build.stderr
    extract = run("extract")
    assert f"source/{name}" in extract.stdout and "skipped" in extract.stdout
    assert not (project / "locales" / f"{Path(name).stem}.pot").exists()
    assert "binary" in run("status", "--doc", Path(name).stem, expect=1).stderr or \
        "UTF" in run("status", "--doc", Path(name).stem, expect=1).stderr


def test_a_stray_file_keeps_its_line_number(project, run):
    (project / "source" / "photo.txt").write_bytes(b"\xd9\x85\xd9\x82\xd8\xa7\xd9\x84\n\n" + PNG)
    assert "kztr: source/photo.txt:5: skipped: binary data" in run("status").stderr  # the NUL's line
