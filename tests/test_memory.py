"""The translation memory: Arabic-aware matching, and extract filling a second document from the article."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ARTICLE, DATA, msgfmt_check
from kztr.cli import main
from kztr.model import Catalog, Entry
from kztr.po.catalog import read_catalog
from kztr.reuse.memory import Memory, MemoryUnit, fill_from_memory, normalise, similarity

SECOND = "astana-diplomacy-2023-preview"


def kztr(project: Path, *args: str, expect: int = 0):
    result = CliRunner().invoke(main, [*args, "--project", str(project)])
    assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
    return result


def test_normalise_ignores_diacritics_tatweel_and_letter_variants():
    assert normalise("رئاســة") == normalise("رئاسة")
    assert normalise("ذكّرنا جميعًا") == normalise("ذكرنا جميعا")
    assert normalise("إمكاناتها أستانا آسيا") == normalise("امكاناتها استانا اسيا")
    assert normalise("عام ٢٠٢٢") == normalise("عام 2022")
    assert normalise("القمة") == normalise("القمه")
    assert normalise("القمة") != normalise("القيمة")


def test_similarity_counts_words_not_characters():
    heading, longer = "منظمة شنغهاي للتعاون", "قمة سمرقند لمنظمة شنغهاي للتعاون"
    assert similarity(heading, longer) < 70  # shares the name, is another unit
    assert similarity("وترأس توكاييف المائدة المستديرة في 20 سبتمبر.",
                      "وترأس توكاييف المائدة المستديرة في 21 سبتمبر.") > 80


def test_lookup_prefers_exact_and_skips_the_own_document():
    memory = Memory("en", (
        MemoryUnit("انتهت القمة في أستانا.", "The summit ended in Astana.", "a"),
        MemoryUnit("انتهت القمة في أستانا.", "The summit closed in Astana.", "b"),
        MemoryUnit("قمة سمرقند لمنظمة شنغهاي للتعاون", "SCO summit in Samarkand", "a"),
    ))
    assert memory.lookup("انتهت القمة في أستانا.").unit.target == "The summit ended in Astana."
    assert memory.lookup("انتهت القمة في أستانا.", exclude="a").unit.target == "The summit closed in Astana."
    near = memory.lookup("انتهت القمّة في أستانا اليوم.", exclude="b")
    assert near is not None and not near.exact and near.unit.origin == "a" and near.label == "88 %"
    assert memory.lookup("منظمة شنغهاي للتعاون") is None
    assert memory.lookup("وصل الرئيس إلى سمرقند.") is None
    assert Memory("en").lookup("انتهت القمة في أستانا.") is None


def test_fill_touches_only_untranslated_units():
    memory = Memory("en", (MemoryUnit("انتهت القمة في 14 أكتوبر.", "The summit ended on 14 October.", "a"),))
    catalog = Catalog(entries=(
        Entry("انتهت القمة في 15 أكتوبر."),
        Entry("انتهت القمة في 14 أكتوبر.", "Done.", flags=("fuzzy",)),
        Entry("انتهت القمة في 14 أكتوبر!", "Ended!"),
        Entry("انتهت القمة في 14 أكتوبر.", obsolete=True, msgctxt="x"),
    ))
    filled, count = fill_from_memory(catalog, memory, exclude="b")
    assert count == 1
    first = filled.entries[0]
    assert first.msgstr == "The summit ended on 15 October."  # only the number differed: updated
    assert first.fuzzy and first.previous_msgid == "انتهت القمة في 14 أكتوبر."
    assert first.translator_comments == ("kztr: from memory: a (80 %)",)
    assert filled.entries[1:] == catalog.entries[1:]
    assert fill_from_memory(catalog, memory, exclude="a") == (catalog, 0)


@pytest.fixture
def with_second(project: Path) -> Path:
    shutil.copy(DATA / "memory" / f"{SECOND}.txt", project / "source")
    return project


def test_extract_fills_the_second_document_from_the_article(with_second):
    result = kztr(with_second, "extract")
    assert f"locales/en/LC_MESSAGES/{SECOND}.po: created (0 kept, 15 new, 9 from memory (fuzzy))" in result.output
    assert f"locales/ru/LC_MESSAGES/{ARTICLE}.po: updated (45 kept)" not in result.output
    path = with_second / "locales" / "en" / "LC_MESSAGES" / f"{SECOND}.po"
    msgfmt_check(path)
    article = {entry.msgid: entry.msgstr for entry in
               read_catalog(with_second / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po").entries}
    entries = {entry.msgid: entry for entry in read_catalog(path).entries}
    shared = [msgid for msgid in entries if msgid in article]
    assert len(shared) == 7
    for msgid in shared:
        entry = entries[msgid]
        assert entry.msgstr == article[msgid] and entry.fuzzy and entry.previous_msgid == msgid
        assert entry.translator_comments == (f"kztr: from memory: {ARTICLE} (exact)",)
    tatweel = entries["رئاســة كازاخستان في كومنولث الدول المستقلة"]
    assert tatweel.msgstr == "Kazakhstan’s chairmanship of the Commonwealth of Independent States"
    assert tatweel.previous_msgid == "رئاسة كازاخستان في كومنولث الدول المستقلة"
    assert tatweel.translator_comments == (f"kztr: from memory: {ARTICLE} (99 %)",)
    renumbered = next(entry for msgid, entry in entries.items() if "21 سبتمبر" in msgid)
    assert renumbered.msgstr == \
        "Tokayev chaired the Kazakh–American Investment Round Table in New York on 21 September."
    assert renumbered.translator_comments[0].startswith(f"kztr: from memory: {ARTICLE} (")
    # sentences sharing only names stay empty; so does the heading that is part of another heading
    assert not entries["منظمة شنغهاي للتعاون"].has_translation
    assert not entries["وتستعد الأمانة العامة للمؤتمر لاجتماع مجلس الزعماء الدينيين في الربيع المقبل."].msgstr
    assert sum(1 for entry in entries.values() if not entry.has_translation) == 6
    # the article's own catalogs are untouched, and a second extract changes no byte
    snapshot = {p: p.read_bytes() for p in (with_second / "locales").rglob("*.po")}
    again = kztr(with_second, "extract", "--format", "json")
    assert {p: p.read_bytes() for p in (with_second / "locales").rglob("*.po")} == snapshot
    assert {item["document"]: item["units"]["from_memory"] for item in json.loads(again.output)["catalogs"]} == {
        SECOND: 0, ARTICLE: 0}


def test_memory_fills_units_of_an_existing_catalog_and_reports_json(with_second):
    (with_second / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po").unlink()
    kztr(with_second, "extract")  # the article's catalog is now empty of translations, the second too
    shutil.copytree(Path(__file__).resolve().parents[1] / "locales" / "en", with_second / "locales" / "en",
                    dirs_exist_ok=True)
    data = json.loads(kztr(with_second, "extract", "--format", "json").output)
    filled = {item["document"]: item["units"]["from_memory"] for item in data["catalogs"] if item["language"] == "en"}
    assert filled == {SECOND: 9, ARTICLE: 0}


def test_tm_dir_setting(project):
    config = project / "kztr.toml"
    config.write_text(config.read_text(encoding="utf-8") + 'tm-dir = "memories"\n', encoding="utf-8")
    kztr(project, "tm", "import", str(DATA / "memory" / "translator-en.tmx"))
    assert (project / "memories" / "translator-en.tmx").is_file() and not (project / "tm").exists()
    shutil.copy(DATA / "memory" / f"{SECOND}.txt", project / "source")
    assert "11 from memory (fuzzy)" in kztr(project, "extract").output
    text = (project / "locales" / "en" / "LC_MESSAGES" / f"{SECOND}.po").read_text(encoding="utf-8")
    assert text.count("# kztr: from memory: memories/translator-en.tmx (exact)") == 2
    config.write_text(config.read_text(encoding="utf-8").replace('"memories"', "3"), encoding="utf-8")
    assert "'tm-dir' must be a string" in kztr(project, "extract", expect=1).stderr
