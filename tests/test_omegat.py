"""The real client: OmegaT 3.6 (Debian's omegat) translates kztr's XLIFF with kztr's TMX, kztr reads it back.

OmegaT 3.x's XLIFF filter translates the text of <target> (the Okapi
translation-kit convention), so kztr exports the OmegaT flavour (every target
a copy of the source) and the translations go in as TMX in the project's
tm/auto/, whose exact matches OmegaT inserts by itself.  Console mode needs
no display: java.awt.headless, and its settings go to a scratch user.home.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner
from conftest import ARTICLE, DATA, msgfmt_check
from kztr.cli import main
from kztr.po.catalog import read_catalog
from xmlcheck import assert_valid_xliff

SECOND = "astana-diplomacy-2023-preview"
PROJECT_FILE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>source</source_dir>
        <source_dir_excludes/>
        <target_dir>target</target_dir>
        <tm_dir>tm</tm_dir>
        <glossary_dir>glossary</glossary_dir>
        <glossary_file>glossary/glossary.txt</glossary_file>
        <dictionary_dir>dictionary</dictionary_dir>
        <source_lang>ar</source_lang>
        <target_lang>en</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneArabicTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
        <sentence_seg>false</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
"""


def kztr(project: Path, *args: str, expect: int = 0):
    result = CliRunner().invoke(main, [*args, "--project", str(project)])
    assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
    return result


def run_omegat(folder: Path, home: Path) -> subprocess.CompletedProcess:
    assert shutil.which("omegat"), "Debian package omegat is not installed (scripts/test installs it)"
    env = {**os.environ, "JAVA_TOOL_OPTIONS": f"-Djava.awt.headless=true -Duser.home={home}"}
    return subprocess.run(["omegat", str(folder), "--mode=console-translate"], capture_output=True, text=True,
                          env=env, timeout=300, check=False)


def target_pairs(path: Path) -> list[tuple[str, str]]:
    text = path.read_text(encoding="utf-8")
    return re.findall(r'<source xml:lang="ar">(.*?)</source>\s*<target xml:lang="en"[^>]*>(.*?)</target>', text)


def test_omegat_translates_kztr_exports_and_kztr_reads_them_back(project, tmp_path):
    shutil.copy(DATA / "memory" / f"{SECOND}.txt", project / "source")
    kztr(project, "extract")  # the second document: 9 units filled from the article as fuzzy, 6 empty
    omegat = tmp_path / "omegat-project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (omegat / folder).mkdir(parents=True)
    (omegat / "omegat.project").write_text(PROJECT_FILE, encoding="utf-8")
    kztr(project, "xliff", "export", "--lang", "en", "--omegat", "-o", str(omegat / "source" / "kz-en.xlf"))
    kztr(project, "tm", "export", "--lang", "en", "-o", str(omegat / "tm" / "auto" / "kztr-en.tmx"))
    shutil.copy(DATA / "memory" / "translator-en.tmx", omegat / "tm" / "auto")
    before = {path: path.read_bytes() for path in (project / "locales").rglob("*.po")}

    done = run_omegat(omegat, tmp_path / "home")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "Finished" in done.stdout
    translated = omegat / "target" / "kz-en.xlf"
    assert_valid_xliff(translated, tmp_path / "schemas")
    pairs = target_pairs(translated)
    assert len(pairs) == 60
    english = {source: target for source, target in pairs if target != source}
    assert sum(target != source for source, target in pairs) == 45 + 7 + 2  # article, shared, translator's TMX
    article = read_catalog(project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    for entry in article.entries:  # every unit of the article: OmegaT put in kztr's English
        assert english[entry.msgid.replace("&", "&amp;")] == entry.msgstr.replace("&", "&amp;")
    assert english["ويتوقع المراقبون أن تحتل قضايا الأمن الغذائي وممرات النقل مكانة بارزة في قمة أستانا المقبلة."] \
        == "Observers expect food security and transport corridors to feature prominently at the next Astana summit."
    assert len(english) == 45 + 2  # the 7 sentences the documents share are keys of the article already

    result = kztr(project, "xliff", "import", str(translated))
    assert result.output.splitlines()[0].endswith(": 2 taken, 52 unchanged, 6 untranslated")
    assert result.output.splitlines()[1] == f"locales/en/LC_MESSAGES/{SECOND}.po: updated"
    second = project / "locales" / "en" / "LC_MESSAGES" / f"{SECOND}.po"
    msgfmt_check(second)
    entries = {entry.msgid: entry for entry in read_catalog(second).entries}
    taken = entries["تدخل كازاخستان العام الجديد بجدول أعمال دبلوماسي مزدحم، بعد عام حافل بالقمم والمبادرات."]
    assert taken.translated and taken.msgstr.startswith("Kazakhstan enters the new year")
    # the memory's suggestions stay fuzzy: OmegaT filling them from tm/auto is no human confirmation
    assert sum(entry.fuzzy for entry in entries.values()) == 9
    after = {path: path.read_bytes() for path in (project / "locales").rglob("*.po")}
    assert [path.name for path in after if after[path] != before[path]] == [f"{SECOND}.po"]
