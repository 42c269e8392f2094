"""Renamed and deleted documents: orphaned catalogs, rename detection in extract, kztr rename."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ARTICLE, DATA, fail_step, msgcat_no_wrap, msgfmt_check

LANGS = ("en", "ru")


def _po(project: Path, lang: str, doc: str) -> Path:
    return project / "locales" / lang / "LC_MESSAGES" / f"{doc}.po"


def _snapshot(project: Path) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in sorted(project.rglob("*")) if p.is_file()}


def test_git_mv_then_extract_keeps_every_translation(project, run):
    (project / "source" / f"{ARTICLE}.txt").rename(project / "source" / "kz-2022.txt")
    result = run("extract")
    assert ("renamed: kazakhstan-diplomacy-2022 -> kz-2022 (45 of 45 units the same): "
            "its 2 catalogs moved to the new name, translations kept") in result.output
    assert "locales/en/LC_MESSAGES/kz-2022.po: updated (45 kept)" in result.output
    assert "orphaned" not in result.output
    assert msgfmt_check(_po(project, "en", "kz-2022")) == "45 translated messages."
    assert msgfmt_check(_po(project, "ru", "kz-2022")) == "45 translated messages."
    assert sorted(p.name for p in (project / "locales").rglob("*.po*")) == ["kz-2022.po", "kz-2022.po", "kz-2022.pot"]
    text = _po(project, "en", "kz-2022").read_text(encoding="utf-8")
    assert text.startswith("# English translation of source/kz-2022.txt.\n")
    assert "#: source/kz-2022.txt:1\n" in text and ARTICLE not in text
    assert msgcat_no_wrap(_po(project, "en", "kz-2022")) == text
    status = json.loads(run("status", "--format", "json").output)
    assert {(item["language"], item["document"], item["translated"]) for item in status} == {
        ("en", "kz-2022", 45), ("ru", "kz-2022", 45)}
    before = _snapshot(project)
    run("extract")
    assert _snapshot(project) == before  # a second run changes no byte


def test_renamed_and_edited_document_is_still_recognised(project, run):
    """Reworded sentences do not stop the rename; the merge then treats them as edits (fuzzy)."""
    source = project / "source" / f"{ARTICLE}.txt"
    text = source.read_text(encoding="utf-8")
    text = text.replace("أحد عشر رئيس", "اثنا عشر رئيس").replace("قمة سمرقند", "قمة مدينة سمرقند")
    (project / "source" / "kz.txt").write_text(text, encoding="utf-8")
    source.unlink()
    data = json.loads(run("extract", "--format", "json").output)
    (adoption,) = data["renamed"]
    assert (adoption["from"], adoption["to"]) == (ARTICLE, "kz")
    assert 0.5 <= adoption["shared_units"] / adoption["units"] < 1
    en = next(item for item in data["catalogs"] if item["language"] == "en")
    assert en["units"]["fuzzy"] >= 1 and en["units"]["new"] == 0


def test_a_deleted_document_is_reported_by_extract_and_status(project, run):
    shutil.copyfile(DATA / "sources" / "news.md", project / "source" / "news.md")
    (project / "source" / f"{ARTICLE}.txt").unlink()
    result = run("extract")
    # news.md shares no unit with the article: no rename, the old catalogs are reported instead
    assert "renamed:" not in result.output
    orphan_line = next(line for line in result.output.splitlines() if line.startswith("orphaned:"))
    assert orphan_line == (
        f"orphaned: locales/{ARTICLE}.pot and 2 catalogs (en, ru): no source document '{ARTICLE}' any more; "
        f"renamed? kztr rename {ARTICLE} NEW; deleted? rm locales/{ARTICLE}.pot locales/*/LC_MESSAGES/{ARTICLE}.po")
    assert _po(project, "en", ARTICLE).is_file()  # nothing a translator wrote is touched
    status = run("status")
    assert f"kztr: orphaned: locales/{ARTICLE}.pot" in status.stderr
    assert ARTICLE not in status.stdout
    assert json.loads(run("extract", "--format", "json").output)["orphans"][0]["document"] == ARTICLE


def test_rename_command_moves_source_template_and_catalogs(project, run):
    before = {path: data for path, data in _snapshot(project).items() if path.endswith(".po")}
    result = run("rename", ARTICLE, "kz")
    assert result.output.splitlines() == [
        f"source/{ARTICLE}.txt -> source/kz.txt",
        f"locales/{ARTICLE}.pot -> locales/kz.pot",
        f"locales/en/LC_MESSAGES/{ARTICLE}.po -> locales/en/LC_MESSAGES/kz.po",
        f"locales/ru/LC_MESSAGES/{ARTICLE}.po -> locales/ru/LC_MESSAGES/kz.po",
        f"renamed {ARTICLE} to kz; run kztr extract to update the references",
    ]
    for lang in LANGS:
        old = before[f"locales/{lang}/LC_MESSAGES/{ARTICLE}.po"].decode("utf-8")
        new = _po(project, lang, "kz").read_text(encoding="utf-8")
        # only the header comment naming the source changes
        assert new == old.replace(f"source/{ARTICLE}.txt.\n", "source/kz.txt.\n", 1)
        assert not _po(project, lang, ARTICLE).exists()
    assert "45 kept" in run("extract").output


def test_rename_after_git_mv_moves_only_the_catalogs(project, run):
    (project / "source" / f"{ARTICLE}.txt").rename(project / "source" / "kz.txt")
    assert run("rename", f"source/{ARTICLE}.txt", "source/kz.txt").output.splitlines()[0] == (
        f"locales/{ARTICLE}.pot -> locales/kz.pot")
    assert msgfmt_check(_po(project, "en", "kz")) == "45 translated messages."


def test_rename_replaces_an_untranslated_catalog_left_by_an_earlier_extract(project, run):
    """A plain mv, then an extract by a kztr that did not detect renames: empty catalogs at the new name."""
    (project / "source" / f"{ARTICLE}.txt").rename(project / "source" / "kz.txt")
    shutil.copyfile(project / "locales" / f"{ARTICLE}.pot", project / "locales" / "kz.pot")
    for lang in LANGS:
        empty = project / "locales" / f"{ARTICLE}.pot"
        _po(project, lang, "kz").write_bytes(empty.read_bytes())
    output = run("rename", ARTICLE, "kz").output
    assert f"locales/en/LC_MESSAGES/{ARTICLE}.po -> locales/en/LC_MESSAGES/kz.po (replaced an untranslated catalog)" \
        in output
    assert msgfmt_check(_po(project, "en", "kz")) == "45 translated messages."


@pytest.mark.parametrize("args, words", [
    (("nothing", "kz"), "no source document 'nothing' or 'kz'"),
    ((ARTICLE, ARTICLE), "are the same document"),
    ((ARTICLE, "../kz"), "is not in the source folder"),
    ((ARTICLE, ".kz"), "is not a document name"),
    ((ARTICLE, "k z"), "is not a document name"),
    ((ARTICLE, "kz.md"), "a rename keeps the format"),
])
def test_rename_refuses_bad_names_and_changes_nothing(project, run, args, words):
    before = _snapshot(project)
    result = run("rename", *args, expect=1)
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert _snapshot(project) == before


def test_rename_refuses_to_overwrite_another_documents_work(project, run):
    shutil.copyfile(DATA / "sources" / "news.md", project / "source" / "news.md")
    run("extract")
    before = _snapshot(project)
    assert "source/news.md already exists" in run("rename", ARTICLE, "news", expect=1).stderr
    (project / "source" / "news.md").unlink()
    _po(project, "en", "news").write_text(
        _po(project, "en", ARTICLE).read_text(encoding="utf-8"), encoding="utf-8")  # holds translations
    before = _snapshot(project)
    result = run("rename", ARTICLE, "news", expect=1)
    assert "locales/en/LC_MESSAGES/news.po: already exists and holds translations" in result.stderr
    assert _snapshot(project) == before


def test_similarity_threshold_keeps_distinct_documents_apart():
    from kztr.workflow.documents import RENAME_SIMILARITY, document_similarity

    article = {f"جملة {i}." for i in range(45)}
    shared, larger = document_similarity(article, {f"جملة {i}." for i in range(23)} | {"أخرى."})
    assert shared / larger >= RENAME_SIMILARITY  # half the article kept: a rename
    shared, larger = document_similarity(article, {f"جملة {i}." for i in range(22)})
    assert shared / larger < RENAME_SIMILARITY  # less than half: a different document


def test_a_rename_that_fails_at_any_step_puts_every_file_back(project, run, monkeypatch):
    """Issue 24, item 16: all or nothing, whichever step fails (staging a catalog, moving the source or
    the template, putting a catalog in place, removing the old one), and on Ctrl-C too."""
    import re

    before = _snapshot(project)
    step = 0
    while True:
        step += 1
        with monkeypatch.context() as patch:
            calls = fail_step(patch, step, KeyboardInterrupt() if step % 3 == 0 else None)
            result = run("rename", ARTICLE, "kz", expect=None)
        if calls[0] < step:
            break  # the run took fewer steps than this: it went through
        if step % 3 == 0:
            assert result.exit_code == 130 and result.stderr == (
                "kztr: interrupted; files are written whole or not at all\n"), result.output
        else:
            assert result.exit_code == 1, result.output
            assert re.fullmatch(r"kztr: error: cannot move \S+: Input/output error; nothing was renamed\n",
                                result.stderr), result.stderr
        assert _snapshot(project) == before, step
    assert result.exit_code == 0, result.output
    assert step > 6  # six files (source, template, two catalogs: each written and its old name removed)
    assert msgfmt_check(_po(project, "ru", "kz")) == "45 translated messages."


def test_rename_of_a_windows_1256_catalog(project, run):
    """Issue 24, item 16: a legacy-charset catalog (which every other command reads) is renamed, and
    written as UTF-8, as extract would write it; nothing crashes, nothing is lost."""
    import polib

    po = _po(project, "en", ARTICLE)
    text = po.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=windows-1256")
    po.write_bytes(text.encode("cp1256"))
    old = {entry.msgid: entry.msgstr for entry in polib.pofile(str(po), encoding="cp1256")}
    run("rename", ARTICLE, "kz")
    new = _po(project, "en", "kz")
    assert not po.exists()
    written = new.read_text(encoding="utf-8")
    assert "charset=UTF-8" in written and written.startswith("# English translation of source/kz.txt.\n")
    assert {entry.msgid: entry.msgstr for entry in polib.pofile(str(new))} == old
    assert msgfmt_check(new) == "45 translated messages."
    run("extract")
    assert {entry.msgid: entry.msgstr for entry in polib.pofile(str(new)) if not entry.obsolete} == old
