"""Catalogs saved by the real Poedit 3.2 (fixtures made under Xvfb, see tests/data/README)."""

from __future__ import annotations

import difflib
import shutil

import pytest
from conftest import ARTICLE, DATA, msgcat_no_wrap, msgfmt_check, without_glossary
from kztr.po.catalog import read_catalog
from kztr.po.pofile import generate_po

POEDIT = DATA / "poedit"


def _install(project, name):
    without_glossary(project, "ru")  # the fixtures were saved before the Russian glossary existed
    po = project / "locales" / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po"
    shutil.copyfile(POEDIT / name, po)
    return po


@pytest.mark.parametrize("name", ["saved-by-poedit.po", "fuzzy-toggled-by-poedit.po"])
def test_kztr_reads_poedit_files_exactly(name):
    path = POEDIT / name
    catalog = read_catalog(path)
    assert catalog.header_value("X-Generator") == "Poedit 3.2.2"
    # kztr writes back exactly what Poedit wrote: same format, nothing lost
    assert generate_po(catalog) == path.read_text(encoding="utf-8")
    assert msgcat_no_wrap(path) == path.read_text(encoding="utf-8")


def test_poedit_kept_kztr_format_only_touching_what_a_save_must():
    before = (POEDIT / "before.po").read_text(encoding="utf-8").splitlines()
    after = (POEDIT / "saved-by-poedit.po").read_text(encoding="utf-8").splitlines()
    changed = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert len(changed) == 5  # PO-Revision-Date (-/+), X-Generator (+), the msgstr (-/+)
    assert any(line.startswith('+"X-Generator: Poedit 3.2.2') for line in changed)


def test_extract_after_a_poedit_save_changes_nothing(project, run):
    po = _install(project, "saved-by-poedit.po")
    saved = po.read_bytes()
    run("extract")
    assert po.read_bytes() == saved
    assert msgfmt_check(po) == "12 translated messages, 33 untranslated messages."


def test_extract_after_a_poedit_save_and_a_source_edit_touches_only_that_unit(project, run):
    po = _install(project, "saved-by-poedit.po")
    saved = po.read_text(encoding="utf-8")
    translations = {e.msgid: e.msgstr for e in read_catalog(po).entries if e.msgstr}
    source = project / "source" / f"{ARTICLE}.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("العام 2022، حيث قادت", "العام 2022، حيث أطلقت"),
                      encoding="utf-8")
    run("extract")
    after = po.read_text(encoding="utf-8")
    changed = [line for line in difflib.unified_diff(saved.splitlines(), after.splitlines(), lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    # POT-Creation-Date (-/+), the msgid (-/+), "#, fuzzy" and "#| msgid" (+)
    assert len(changed) == 6, changed
    assert all("POT-Creation-Date" in line or "حيث" in line or line == "+#, fuzzy" for line in changed)
    catalog = read_catalog(po)
    assert catalog.header_value("X-Generator") == "Poedit 3.2.2"
    assert catalog.header_value("PO-Revision-Date") == read_catalog(POEDIT / "saved-by-poedit.po").header_value(
        "PO-Revision-Date")
    kept = {e.msgstr for e in catalog.entries if e.msgstr}
    assert set(translations.values()) <= kept  # the Poedit translation among them, now fuzzy
    msgfmt_check(po)


def test_fuzzy_set_in_poedit_survives_extract(project, run):
    po = _install(project, "fuzzy-toggled-by-poedit.po")
    saved = po.read_bytes()
    run("extract")
    assert po.read_bytes() == saved
    fuzzy = [entry for entry in read_catalog(po).entries if entry.fuzzy]
    assert [entry.msgid[:16] for entry in fuzzy] == ["في استقبال عام 2"]
    assert msgfmt_check(po) == "10 translated messages, 1 fuzzy translation, 34 untranslated messages."
