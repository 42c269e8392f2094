"""XLIFF as other tools really write and read it (issue 18): catalogs in another layout or in NFD,
language tags in any case, translate-toolkit's po2xliff and xliff2po, deep inline markup."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import polib
from click.testing import CliRunner
from conftest import ARTICLE, use_partial_russian
from kztr.cli import main
from kztr.po.catalog import read_catalog
from xmlcheck import assert_valid_xliff

EN = Path("locales") / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
RU = Path("locales") / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po"


def kztr(project: Path, *args: str, expect: int = 0):
    result = CliRunner().invoke(main, [*args, "--project", str(project)])
    assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
    return result


def snapshot(project: Path) -> dict[str, tuple[bytes, int]]:
    return {path.name + path.parent.parent.name: (path.read_bytes(), path.stat().st_mtime_ns)
            for path in (project / "locales").rglob("*.po")}


def test_an_import_that_changes_nothing_writes_nothing_whatever_the_layout(project, tmp_path):
    """msgcat's default wrapping (Weblate's too) is not kztr's layout: the file is still left alone."""
    po = project / EN
    wrapped = subprocess.run(["msgcat", str(po)], capture_output=True, check=True).stdout
    po.write_bytes(wrapped)
    assert wrapped.count(b"\n") > 365 and b"PO-Revision-Date" in wrapped
    before = snapshot(project)
    kztr(project, "xliff", "export", "--lang", "en", "-o", str(tmp_path / "en.xlf"))
    result = kztr(project, "xliff", "import", str(tmp_path / "en.xlf"))
    assert result.output.splitlines() == [f"{tmp_path / 'en.xlf'}: 45 unchanged"]
    assert snapshot(project) == before


def _nfd_catalog(project: Path, relative: Path) -> Path:
    po = project / relative
    po.write_text(unicodedata.normalize("NFD", po.read_text(encoding="utf-8")), encoding="utf-8")
    return po


def test_a_catalog_in_nfd_is_compared_as_it_is_stored(project, tmp_path):
    use_partial_russian(project)
    po = _nfd_catalog(project, RU)
    text = po.read_text(encoding="utf-8")
    assert "й" not in text and "и\u0306" in text  # decomposed, as macOS tools write it
    assert "\u0654" in text or "\u0653" in text  # the Arabic sources too: hamza and madda apart
    entry = next(e for e in read_catalog(po).entries if e.translated and "\u0306" in e.msgstr)
    po.write_text(text.replace(f'msgid "{entry.msgid}"', f'#, fuzzy\nmsgid "{entry.msgid}"', 1), encoding="utf-8")
    before = snapshot(project)
    kztr(project, "xliff", "export", "--lang", "ru", "-o", str(tmp_path / "ru.xlf"))
    result = kztr(project, "xliff", "import", str(tmp_path / "ru.xlf"))
    assert result.output.splitlines() == [f"{tmp_path / 'ru.xlf'}: 11 unchanged, 34 untranslated"]
    assert snapshot(project) == before


def test_language_tags_in_any_case(project, tmp_path):
    use_partial_russian(project)
    kztr(project, "xliff", "export", "--lang", "ru", "-o", str(tmp_path / "ru.xlf"))
    untranslated = next(e.msgid for e in read_catalog(project / RU).entries if not e.has_translation)
    text = (tmp_path / "ru.xlf").read_text(encoding="utf-8").replace('target-language="ru"', 'target-language="Ru-RU"')
    text = re.sub(rf'(<source xml:lang="ar">{re.escape(untranslated)}</source>\s*<target xml:lang="ru" )'
                  r'state="new"></target>', r'\1state="translated">Перевод</target>', text)
    (tmp_path / "ru.xlf").write_text(text, encoding="utf-8")
    assert ": 1 taken, 11 unchanged, 33 untranslated" in \
        kztr(project, "xliff", "import", str(tmp_path / "ru.xlf")).output
    kztr(project, "xliff", "export", "--lang", "en", "-o", str(tmp_path / "en.xlf"))
    english = tmp_path / "en.xlf"
    english.write_text(english.read_text(encoding="utf-8").replace('target-language="en"', 'target-language="EN-US"'),
                       encoding="utf-8")
    assert kztr(project, "xliff", "import", str(english)).output == f"{english}: 45 unchanged\n"


def test_po2xliff_output_with_lang(project, tmp_path):
    """translate-toolkit's po2xliff names no target language and writes the PO header as a unit."""
    use_partial_russian(project)
    made = tmp_path / "po2xliff.xlf"
    subprocess.run(["po2xliff", str(RU), str(made)], cwd=project, check=True, capture_output=True)
    text = made.read_text(encoding="utf-8")
    assert "target-language" not in text and 'restype="x-gettext-domain-header"' in text
    refused = kztr(project, "xliff", "import", str(made), expect=1)
    assert "<file> without target-language: which language are these translations? Give it with --lang" \
        in refused.stderr
    untranslated = next(e.msgid for e in read_catalog(project / RU).entries if not e.has_translation)
    made.write_text(text.replace(f"<source>{untranslated}</source>",
                                 f'<source>{untranslated}</source>\n<target state="translated">Перевод</target>', 1),
                    encoding="utf-8")
    result = kztr(project, "xliff", "import", str(made), "--lang", "ru")
    assert result.output.splitlines()[0] == f"{made}: 1 taken, 11 unchanged, 33 untranslated"
    assert not re.search(r"\bchanged\b", result.output)
    assert next(e for e in read_catalog(project / RU).entries if e.msgid == untranslated).msgstr == "Перевод"


def test_xliff2po_reads_kztr_notes_and_locations(project, tmp_path):
    """translate-toolkit's xliff2po (Weblate's and Pootle's mapping) turns kztr's export back into the catalog."""
    use_partial_russian(project)
    source = project / "source" / f"{ARTICLE}.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("2022،", "2022 ،", 1), encoding="utf-8")
    kztr(project, "extract")  # one fuzzy unit with a previous msgid
    po = project / RU
    catalog = polib.pofile(str(po))
    assert len(catalog.fuzzy_entries()) == 1
    for flavour, locations in ((["--translate-toolkit"], True), ([], False)):
        out = tmp_path / f"ru{len(flavour)}.xlf"
        kztr(project, "xliff", "export", "--lang", "ru", *flavour, "-o", str(out))
        if not flavour:
            assert_valid_xliff(out, tmp_path / "schemas")
        back = tmp_path / f"back{len(flavour)}.po"
        subprocess.run(["xliff2po", str(out), str(back)], check=True, capture_output=True)
        theirs = {entry.msgid: entry for entry in polib.pofile(str(back)) if entry.msgid}
        assert len(theirs) == 45
        for entry in catalog:
            other = theirs[entry.msgid]
            assert (other.msgstr, other.fuzzy, other.comment, other.tcomment) == \
                (entry.msgstr, entry.fuzzy, entry.comment, entry.tcomment), entry.msgid
            assert other.occurrences == (entry.occurrences if locations else [])


def test_deep_inline_markup_in_a_target(project, tmp_path):
    use_partial_russian(project)
    kztr(project, "xliff", "export", "--lang", "ru", "-o", str(tmp_path / "ru.xlf"))
    untranslated = next(e.msgid for e in read_catalog(project / RU).entries if not e.has_translation)
    nested = '<g id="1">' * 1000 + "Перевод" + "</g>" * 1000
    text = re.sub(rf'(<source xml:lang="ar">{re.escape(untranslated)}</source>\s*<target xml:lang="ru" )'
                  r'state="new"></target>', rf'\1state="translated">{nested}</target>',
                  (tmp_path / "ru.xlf").read_text(encoding="utf-8"))
    (tmp_path / "ru.xlf").write_text(text, encoding="utf-8")
    assert ": 1 taken" in kztr(project, "xliff", "import", str(tmp_path / "ru.xlf")).output
    assert next(e for e in read_catalog(project / RU).entries if e.msgid == untranslated).msgstr == "Перевод"
