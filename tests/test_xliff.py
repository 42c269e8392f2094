"""XLIFF 1.2 out (schema-valid, byte-stable) and back in: only matching sources, never overwriting silently."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ARTICLE, DATA, msgfmt_check, use_partial_russian
from hypothesis import given, settings
from hypothesis import strategies as st
from kztr.cli import main
from kztr.exchange.xliff import unit_id
from kztr.model import Entry
from kztr.po.catalog import read_catalog
from xmlcheck import assert_valid_xliff, counting_server

EN = Path("locales") / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
RU = Path("locales") / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po"


def kztr(project: Path, *args: str, expect: int = 0):
    result = CliRunner().invoke(main, [*args, "--project", str(project)])
    assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
    return result


def catalogs(project: Path) -> dict[str, bytes]:
    return {path.relative_to(project).as_posix(): path.read_bytes() for path in (project / "locales").rglob("*.po")}


@pytest.fixture
def two_documents(tmp_path: Path) -> Path:
    """The status test project: two documents, one with <script> in its source."""
    target = tmp_path / "two"
    shutil.copytree(DATA / "status" / "project", target)
    return target


def test_export_is_schema_valid_and_byte_stable(project, tmp_path):
    use_partial_russian(project)
    result = kztr(project, "xliff", "export", "--lang", "ru")
    assert result.output.strip() == \
        "_build/xliff/ru.xlf: 1 documents, 11 translated, 0 fuzzy, 34 untranslated (written)"
    path = project / "_build" / "xliff" / "ru.xlf"
    assert_valid_xliff(path, tmp_path / "schemas")
    first = path.read_bytes()
    assert "(unchanged)" in kztr(project, "xliff", "export", "--lang", "ru").output
    assert path.read_bytes() == first
    text = first.decode("utf-8")
    assert text.count("<trans-unit ") == 45
    assert f'<file original="locales/ru/LC_MESSAGES/{ARTICLE}.po" source-language="ar" target-language="ru"' in text
    first_unit = re.search(r"<trans-unit .*?</trans-unit>", text, re.S).group()
    ident = unit_id(Entry("دبلوماسية"))
    assert first_unit == (
        f'<trans-unit id="{ident}" resname="{ident}" approved="yes" xml:space="preserve">\n'
        '        <source xml:lang="ar">دبلوماسية</source>\n'
        '        <target xml:lang="ru" state="translated">Дипломатия</target>\n'
        '        <context-group purpose="location"><context context-type="sourcefile">'
        f'source/{ARTICLE}.txt</context><context context-type="linenumber">1</context></context-group>\n'
        '        <note from="developer" annotates="source">kicker</note>\n'
        "      </trans-unit>")
    assert text.count('state="new"></target>') == 34


def test_fuzzy_and_escaping(two_documents, tmp_path):
    kztr(two_documents, "xliff", "export", "--lang", "en", "-o", str(tmp_path / "en.xlf"))
    assert_valid_xliff(tmp_path / "en.xlf", tmp_path / "schemas")
    text = (tmp_path / "en.xlf").read_text(encoding="utf-8")
    assert text.count("<file ") == 2
    assert "&lt;script&gt;alert(\"x\")&lt;/script&gt;" in text and "<script>" not in text
    assert text.count('approved="no" xml:space="preserve">') == text.count('state="needs-review-translation"') == 1


def test_doc_option_and_omegat_flavour(project, tmp_path):
    out = tmp_path / "one.xlf"
    kztr(project, "xliff", "export", "--lang", "en", "--doc", ARTICLE, "--omegat", "-o", str(out))
    assert_valid_xliff(out, tmp_path / "schemas")
    units = re.findall(r"<source xml:lang=\"ar\">(.*?)</source>\n\s*<target xml:lang=\"en\" "
                       r"state=\"needs-translation\">(.*?)</target>", out.read_text(encoding="utf-8"))
    assert len(units) == 45 and all(source == target for source, target in units)
    result = kztr(project, "xliff", "export", "--lang", "en", "--doc", "nope", expect=1)
    assert "no catalog for document 'nope' in en (have: kazakhstan-diplomacy-2022)" in result.stderr


def test_round_trip_changes_no_byte(two_documents, project, tmp_path):
    for root, lang in ((project, "en"), (project, "ru"), (two_documents, "en")):
        before = catalogs(root)
        kztr(root, "xliff", "export", "--lang", lang, "-o", str(tmp_path / f"{lang}.xlf"))
        result = kztr(root, "xliff", "import", str(tmp_path / f"{lang}.xlf"))
        assert "taken" not in result.output and "updated" not in result.output
        assert catalogs(root) == before


def _edit_target(text: str, source: str, target: str, state: str = "translated") -> str:
    pattern = re.compile(rf'(<source xml:lang="ar">{re.escape(source)}</source>\n\s*<target xml:lang="\w+" )'
                         r'state="[^"]*">[^<]*</target>')
    edited, count = pattern.subn(lambda m: f'{m.group(1)}state="{state}">{target}</target>', text)
    assert count == 1, source
    return edited


def test_import_takes_new_translations_and_keeps_existing_ones(project, tmp_path):
    use_partial_russian(project)
    kztr(project, "xliff", "export", "--lang", "ru", "-o", str(tmp_path / "ru.xlf"))
    text = (tmp_path / "ru.xlf").read_text(encoding="utf-8")
    ru = read_catalog(project / RU)
    untranslated = [entry.msgid for entry in ru.entries if not entry.has_translation]
    translated = [entry for entry in ru.entries if entry.translated]
    text = _edit_target(text, untranslated[0], "Новый перевод &amp; &lt;b&gt;")
    text = _edit_target(text, untranslated[1], "Черновик", state="needs-review-translation")
    text = _edit_target(text, untranslated[2], untranslated[2], state="translated")  # a copy is no translation
    text = _edit_target(text, translated[0].msgid, "Другая дипломатия")
    (tmp_path / "ru.xlf").write_text(text, encoding="utf-8")

    result = kztr(project, "xliff", "import", str(tmp_path / "ru.xlf"))
    assert result.output.splitlines()[0].endswith(": 2 taken, 10 unchanged, 32 untranslated, 1 conflict")
    assert re.search(rf"conflict    \S*ru.xlf:\d+  {RU.as_posix()}  ", result.output), result.output
    assert "1 translated unit differs from the file: kept; --overwrite takes the file's" in result.output
    after = {entry.msgid: entry for entry in read_catalog(project / RU).entries}
    assert after[untranslated[0]].msgstr == "Новый перевод & <b>" and after[untranslated[0]].translated
    assert after[untranslated[1]].msgstr == "Черновик" and after[untranslated[1]].fuzzy
    assert not after[untranslated[2]].has_translation
    assert after[translated[0].msgid].msgstr == translated[0].msgstr
    msgfmt_check(project / RU)
    assert "PO-Revision-Date: 2026-11-28" not in (project / RU).read_text(encoding="utf-8")

    again = kztr(project, "xliff", "import", str(tmp_path / "ru.xlf"), "--overwrite")
    assert ": 1 overwritten, 12 unchanged, 32 untranslated" in again.output.splitlines()[0]
    assert {e.msgid: e.msgstr for e in read_catalog(project / RU).entries}[translated[0].msgid] == "Другая дипломатия"


def test_fuzzy_is_confirmed_only_by_an_approving_state(project, tmp_path):
    # make a fuzzy unit: change one sentence of the source and extract
    source = project / "source" / f"{ARTICLE}.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("في 20 سبتمبر", "في 21 سبتمبر"), encoding="utf-8")
    kztr(project, "extract")
    fuzzy = [entry for entry in read_catalog(project / EN).entries if entry.fuzzy]
    assert len(fuzzy) == 1 and "21 September" in fuzzy[0].msgstr
    kztr(project, "xliff", "export", "--lang", "en", "-o", str(tmp_path / "en.xlf"))
    text = (tmp_path / "en.xlf").read_text(encoding="utf-8")
    assert 'state="needs-review-translation">Tokayev chaired' in text
    assert "previous source: وترأس توكاييف المائدة المستديرة" in text
    stale = text.replace('state="needs-review-translation"', 'state="needs-translation"')
    (tmp_path / "stale.xlf").write_text(stale, encoding="utf-8")
    stale_result = kztr(project, "xliff", "import", str(tmp_path / "stale.xlf")).output.splitlines()[0]
    assert stale_result.endswith(": 45 unchanged")
    (tmp_path / "ok.xlf").write_text(text.replace('state="needs-review-translation"', 'state="final"'),
                                     encoding="utf-8")
    assert ": 1 confirmed, 44 unchanged" in kztr(project, "xliff", "import", str(tmp_path / "ok.xlf")).output
    entry = next(e for e in read_catalog(project / EN).entries if e.msgid == fuzzy[0].msgid)
    assert entry.translated and entry.previous_msgid is None


def test_changed_sources_are_reported_not_taken(project, tmp_path):
    use_partial_russian(project)
    kztr(project, "xliff", "export", "--lang", "ru", "-o", str(tmp_path / "ru.xlf"))
    text = (tmp_path / "ru.xlf").read_text(encoding="utf-8")
    untranslated = next(entry.msgid for entry in read_catalog(project / RU).entries if not entry.has_translation)
    (tmp_path / "ru.xlf").write_text(_edit_target(text, untranslated, "Перевод"), encoding="utf-8")
    source = project / "source" / f"{ARTICLE}.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(untranslated, untranslated.replace("2022", "2023")),
                      encoding="utf-8")
    kztr(project, "extract")
    before = catalogs(project)
    result = kztr(project, "xliff", "import", str(tmp_path / "ru.xlf"))
    assert "1 changed" in result.output and "source no longer matches" in result.output
    assert catalogs(project) == before


def test_bad_and_hostile_xliff_refused(project, tmp_path):
    before = catalogs(project)
    for name in ("billion-laughs.xlf", "external-file.xlf"):
        result = kztr(project, "xliff", "import", str(DATA / "hostile" / name), expect=1)
        assert len(result.stderr.strip().splitlines()) == 1
        assert "refused: the document type declares an entity" in result.stderr
    bad = tmp_path / "bad.xlf"
    cases = {
        '<xliff version="3.0" xmlns="urn:oasis:names:tc:xliff:document:3.0"/>':
            "kztr reads XLIFF 1.2 (and 1.1) and 2.x",
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>':
            "kztr reads XLIFF 1.2 (and 1.1) and 2.x",
        '<xliff version="1.2"><file original="x.po" source-language="ar" datatype="po"><body/></file></xliff>':
            "bad.xlf:1: <file> without target-language",
        '<xliff version="1.2"><file original="../../etc/passwd" source-language="ar" target-language="en" '
        'datatype="po"><body/></file></xliff>': "no such catalog in this project",
        '<xliff version="1.2"><file original="x.po" source-language="ar" target-language="de" '
        'datatype="po"><body/></file></xliff>': "no catalogs for language 'de'",
        '<xliff version="1.2">\n<file': "bad.xlf:2: not well-formed XML",
    }
    for content, message in cases.items():
        bad.write_text(content, encoding="utf-8")
        result = kztr(project, "xliff", "import", str(bad), expect=1)
        assert message in result.stderr and "Traceback" not in result.output, result.stderr
    assert catalogs(project) == before
    with counting_server() as (port, hits):
        bad.write_text(f'<!DOCTYPE xliff SYSTEM "http://127.0.0.1:{port}/x.dtd"><xliff version="1.2"/>',
                       encoding="utf-8")
        assert "no units" in kztr(project, "xliff", "import", str(bad)).output
    assert hits == []


def test_translate_toolkit_reads_the_export(project, tmp_path):
    use_partial_russian(project)
    """An independent reader: Debian's translate-toolkit (system Python, never in .venv)."""
    kztr(project, "xliff", "export", "--lang", "ru", "-o", str(tmp_path / "ru.xlf"))
    script = ("import sys; from translate.storage import xliff; store = xliff.xlifffile.parsefile(sys.argv[1]); "
              "units = [u for u in store.units if not u.isheader()]; "
              "print(len(units), sum(u.istranslated() for u in units)); print(units[0].source, units[0].target)")
    done = subprocess.run(["/usr/bin/python3", "-c", script, str(tmp_path / "ru.xlf")],
                          capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["45 11", "دبلوماسية Дипломатия"]


def test_json_reports(project, tmp_path):
    use_partial_russian(project)
    import json

    exported = json.loads(kztr(project, "xliff", "export", "--lang", "ru", "-o", str(tmp_path / "ru.xlf"),
                               "--format", "json").output)
    assert (exported["translated"], exported["fuzzy"], exported["untranslated"]) == (11, 0, 34)
    imported = json.loads(kztr(project, "xliff", "import", str(tmp_path / "ru.xlf"), "--format", "json").output)
    assert imported["counts"]["unchanged"] == 11 and imported["counts"]["untranslated"] == 34
    assert imported["catalogs"] == [] and imported["changes"] == []
    for command in ("export", "import"):
        assert "Example" in CliRunner().invoke(main, ["xliff", command, "--help"]).output


def test_omegat_flavour_round_trip_changes_no_byte(project, tmp_path):
    use_partial_russian(project)
    before = catalogs(project)
    kztr(project, "xliff", "export", "--lang", "ru", "--omegat", "-o", str(tmp_path / "ru.xlf"))
    assert ": 45 untranslated" in kztr(project, "xliff", "import", str(tmp_path / "ru.xlf")).output
    assert catalogs(project) == before


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
                | st.sampled_from("\n\t<>&\"'،؛؟ـ"), min_size=1, max_size=40).filter(
                    lambda text: unicodedata.normalize("NFC", text) == text)


@settings(max_examples=200, deadline=None)
@given(source=_TEXT, target=_TEXT, comment=_TEXT)
def test_any_text_survives_export_and_reading(source, target, comment):
    from kztr.exchange.xliff import XliffCatalog, generate_xliff, read_xliff
    from kztr.model import Catalog

    entry = Entry(source, target, translator_comments=(comment,), references=("source/a.txt:3",))
    text = generate_xliff([XliffCatalog("locales/en/LC_MESSAGES/a.po", Catalog(entries=(entry,)))], "ar", "en")
    (file,) = read_xliff(text.encode("utf-8"), "a.xlf")
    (unit,) = file.units
    assert (unit.id, unit.source, unit.target, unit.state) == (unit_id(entry), source, target, "translated")


def test_a_target_a_po_file_cannot_hold_is_refused(project, tmp_path):
    use_partial_russian(project)
    kztr(project, "xliff", "export", "--lang", "ru", "-o", str(tmp_path / "ru.xlf"))
    untranslated = next(entry.msgid for entry in read_catalog(project / RU).entries if not entry.has_translation)
    text = _edit_target((tmp_path / "ru.xlf").read_text(encoding="utf-8"), untranslated, "Перевод&#127;")
    (tmp_path / "ru.xlf").write_text(text, encoding="utf-8")
    before = catalogs(project)
    result = kztr(project, "xliff", "import", str(tmp_path / "ru.xlf"), expect=1)
    assert re.search(r"ru.xlf:\d+: control character U\+007F: a PO file cannot hold it", result.stderr)
    assert catalogs(project) == before
