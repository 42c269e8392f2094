"""XLIFF 2.1 out (valid against the OASIS core schema and its Schematron rules, byte-stable) and back in,
with the same guarantees as 1.2; a round trip through a real tool that reads 2.x (npm's xliff package)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ARTICLE, DATA, ROOT, msgfmt_check, use_partial_russian
from hypothesis import given, settings
from hypothesis import strategies as st
from kztr.cli import main
from kztr.exchange.xliff import XliffCatalog, read_xliff, unit_id
from kztr.exchange.xliff2 import generate_xliff2
from kztr.model import Catalog, Entry
from kztr.po.catalog import read_catalog
from xmlcheck import SCHEMAS, assert_valid_xliff2, counting_server, schematron_errors

RU = Path("locales") / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po"
EN = Path("locales") / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
NODE_TOOLS = ROOT / "tests" / "node"


def kztr(project: Path, *args: str, expect: int = 0):
    result = CliRunner().invoke(main, [*args, "--project", str(project)])
    assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
    return result


def catalogs(project: Path) -> dict[str, bytes]:
    return {path.relative_to(project).as_posix(): path.read_bytes() for path in (project / "locales").rglob("*.po")}


def test_export_is_valid_and_byte_stable(project):
    use_partial_russian(project)
    result = kztr(project, "xliff", "export", "--lang", "ru", "--xliff-version", "2.1")
    assert result.output == "_build/xliff2/ru.xlf: 1 documents, 11 translated, 0 fuzzy, 34 untranslated (written)\n"
    path = project / "_build" / "xliff2" / "ru.xlf"
    assert_valid_xliff2(path)
    first = path.read_bytes()
    assert "(unchanged)" in kztr(project, "xliff", "export", "--lang", "ru", "--xliff-version", "2.1").output
    assert path.read_bytes() == first
    text = first.decode("utf-8")
    assert text.count("<unit ") == 45 and text.count('<segment state="final">') == 11
    assert text.count('<segment state="initial">') == 34 and text.count("<target>") == 11
    ident = unit_id(Entry("دبلوماسية"))
    assert re.search(r"<unit .*?</unit>", text, re.S).group() == (
        f'<unit id="{ident}" name="{ident}" xml:space="preserve">\n'
        "      <notes>\n"
        f'        <note category="location">source/{ARTICLE}.txt:1</note>\n'
        '        <note category="developer" appliesTo="source">kicker</note>\n'
        "      </notes>\n"
        '      <segment state="final">\n'
        "        <source>دبلوماسية</source>\n"
        "        <target>Дипломатия</target>\n"
        "      </segment>\n"
        "    </unit>")
    assert f'<file id="{ARTICLE}" original="locales/ru/LC_MESSAGES/{ARTICLE}.po">' in text


def test_the_rules_catch_what_they_should(tmp_path):
    """The Schematron check can fail: a target under an initial segment's state is fine, a duplicate id is not."""
    bad = tmp_path / "bad.xlf"
    bad.write_text('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ar" trgLang="en">'
                   '<file id="f"><unit id="u"><segment><source>a</source></segment></unit>'
                   '<unit id="u"><segment><source>b</source></segment></unit></file></xliff>', encoding="utf-8")
    errors = schematron_errors(bad, SCHEMAS / "xliff-2.1" / "xliff_core_2.1.sch")
    assert len(errors) == 2 and all("id duplication found" in error for error in errors)


def test_round_trip_changes_no_byte(project, tmp_path):
    two = tmp_path / "two"
    shutil.copytree(DATA / "status" / "project", two)
    use_partial_russian(project)
    source = project / "source" / f"{ARTICLE}.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("في 20 سبتمبر", "في 21 سبتمبر"), encoding="utf-8")
    kztr(project, "extract")  # a fuzzy unit in en and ru
    for root, lang in ((project, "en"), (project, "ru"), (two, "en")):
        before = catalogs(root)
        out = tmp_path / f"{root.name}-{lang}.xlf"
        kztr(root, "xliff", "export", "--lang", lang, "--xliff-version", "2.1", "-o", str(out))
        assert_valid_xliff2(out)
        result = kztr(root, "xliff", "import", str(out))
        assert not re.search(r"\b(taken|updated|confirmed|changed|conflict)\b", result.output), result.output
        assert catalogs(root) == before
    text = (tmp_path / "project-en.xlf").read_text(encoding="utf-8")
    assert text.count('<segment state="translated" subState="kztr:fuzzy">') == 1
    assert '<note category="previous-source" appliesTo="source">وترأس توكاييف' in text


def _segment(text: str, source: str, state: str, target: str | None, extra: str = "") -> str:
    pattern = re.compile(rf'<segment state="\w+"[^>]*>\s*<source>{re.escape(source)}</source>'
                         r'(\s*<target>[^<]*</target>)?')
    replacement = f'<segment state="{state}"{extra}>\n        <source>{source}</source>' + \
        (f"\n        <target>{target}</target>" if target is not None else "")
    edited, count = pattern.subn(lambda _match: replacement, text)
    assert count == 1, source
    return edited


def test_import_takes_confirms_and_keeps(project, tmp_path):
    use_partial_russian(project)
    out = tmp_path / "ru.xlf"
    kztr(project, "xliff", "export", "--lang", "ru", "--xliff-version", "2.1", "-o", str(out))
    ru = read_catalog(project / RU)
    empty = [entry.msgid for entry in ru.entries if not entry.has_translation]
    done = [entry for entry in ru.entries if entry.translated]
    text = out.read_text(encoding="utf-8")
    text = _segment(text, empty[0], "translated", "Новый перевод &amp; &lt;b&gt;")
    text = _segment(text, empty[1], "translated", "Черновик", ' subState="kztr:fuzzy"')
    text = _segment(text, empty[2], "final", empty[2])  # a copy of the source is no translation
    text = _segment(text, done[0].msgid, "final", "Другая дипломатия")
    out.write_text(text, encoding="utf-8")
    assert_valid_xliff2(out)
    result = kztr(project, "xliff", "import", str(out))
    assert result.output.splitlines()[0].endswith(": 2 taken, 10 unchanged, 32 untranslated, 1 conflict")
    after = {entry.msgid: entry for entry in read_catalog(project / RU).entries}
    assert after[empty[0]].msgstr == "Новый перевод & <b>" and after[empty[0]].translated
    assert after[empty[1]].msgstr == "Черновик" and after[empty[1]].fuzzy
    assert not after[empty[2]].has_translation and after[done[0].msgid].msgstr == done[0].msgstr
    msgfmt_check(project / RU)
    # the fuzzy one, confirmed by a reviewer
    out.write_text(_segment(text, empty[1], "reviewed", "Черновик"), encoding="utf-8")
    assert ": 1 confirmed" in kztr(project, "xliff", "import", str(out)).output
    assert read_catalog(project / RU).entries[[e.msgid for e in ru.entries].index(empty[1])].translated


def test_control_characters_travel_as_cp(tmp_path):
    entry = Entry("نص\x01", "text\x01\x1f", translator_comments=("a\x02",))
    text = generate_xliff2([XliffCatalog("locales/en/LC_MESSAGES/a.po", Catalog(entries=(entry,)))], "ar", "en")
    assert '<source>نص<cp hex="0001"/></source>' in text and '<note category="translator">a\ufffd</note>' in text
    (tmp_path / "cp.xlf").write_text(text, encoding="utf-8")
    assert_valid_xliff2(tmp_path / "cp.xlf")
    (unit,) = read_xliff(text.encode("utf-8"), "cp.xlf")[0].units
    assert (unit.source, unit.target) == ("نص\x01", "text\x01\x1f")


_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x7f")
                | st.sampled_from("\n\t\x01<>&\"'،؛؟ـ"), min_size=1, max_size=40).filter(
                    lambda text: unicodedata.normalize("NFC", text) == text)


@settings(max_examples=200, deadline=None)
@given(source=_TEXT, target=_TEXT, fuzzy=st.booleans())
def test_any_text_survives_export_and_reading(source, target, fuzzy):
    entry = Entry(source, target, flags=("fuzzy",) if fuzzy else (), references=("source/a.txt:3",))
    text = generate_xliff2([XliffCatalog("locales/en/LC_MESSAGES/a.po", Catalog(entries=(entry,)))], "ar", "en")
    (file,) = read_xliff(text.encode("utf-8"), "a.xlf")
    (unit,) = file.units
    assert (unit.id, unit.source, unit.target, unit.needs_review, unit.approving) == \
        (unit_id(entry), source, target, fuzzy, not fuzzy)


def test_bad_and_hostile_files_refused(project, tmp_path):
    before = catalogs(project)
    bad = tmp_path / "bad.xlf"
    head = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ar"'
    cases = {
        f'<!DOCTYPE xliff [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>{head} trgLang="en"><file id="f"/></xliff>':
            "bad.xlf:1: refused: the document type declares an entity ('a')",
        f'{head}><file id="{ARTICLE}"/></xliff>': "<xliff> without trgLang: which language are these translations?",
        f'{head} trgLang="de"><file id="f"/></xliff>': "no catalogs for language 'de'",
        f'{head} trgLang="en"><file id="../../etc/passwd"/></xliff>': "no such catalog in this project",
        f'{head} trgLang="en">\n<file id="f"><unit id="u"><segment></segment></unit></file></xliff>':
            "bad.xlf:2: <unit> without id or <segment> with a <source>",
    }
    for content, message in cases.items():
        bad.write_text(content, encoding="utf-8")
        result = kztr(project, "xliff", "import", str(bad), expect=1)
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert catalogs(project) == before
    with counting_server() as (port, hits):
        bad.write_text(f'<!DOCTYPE xliff SYSTEM "http://127.0.0.1:{port}/x.dtd">{head} trgLang="en"/>',
                       encoding="utf-8")
        assert "no units" in kztr(project, "xliff", "import", str(bad)).output
    assert hits == []


def _node() -> list[str]:
    node = shutil.which("node")
    assert node, "node is not installed (scripts/test installs Debian's nodejs)"
    assert (NODE_TOOLS / "node_modules" / "xliff").is_dir(), "run: npm ci --prefix tests/node (scripts/test does)"
    return [node, str(NODE_TOOLS / "xliff-round-trip.mjs")]


def test_round_trip_through_npm_xliff(project, tmp_path):
    """A real tool that reads and writes XLIFF 2.x (the npm package xliff, which i18next's and locize's tools use):
    it drops states, note categories and the files' original; the translations still come home."""
    use_partial_russian(project)
    out = tmp_path / "ru.xlf"
    kztr(project, "xliff", "export", "--lang", "ru", "--xliff-version", "2.1", "-o", str(out))
    before = catalogs(project)
    back = tmp_path / "back.xlf"
    subprocess.run([*_node(), str(out), str(back)], check=True, capture_output=True)
    assert "original=" not in back.read_text(encoding="utf-8") and "state=" not in back.read_text(encoding="utf-8")
    assert kztr(project, "xliff", "import", str(back)).output == f"{back}: 11 unchanged, 34 untranslated\n"
    assert catalogs(project) == before
    empty = next(entry.msgid for entry in read_catalog(project / RU).entries if not entry.has_translation)
    subprocess.run([*_node(), str(out), str(back), f"{unit_id(Entry(empty))}=Перевод из другого инструмента"],
                   check=True, capture_output=True)
    assert ": 1 taken, 11 unchanged, 33 untranslated" in kztr(project, "xliff", "import", str(back)).output
    entry = next(entry for entry in read_catalog(project / RU).entries if entry.msgid == empty)
    assert entry.msgstr == "Перевод из другого инструмента" and entry.translated
    msgfmt_check(project / RU)


@pytest.mark.parametrize("flag", ["--omegat", "--translate-toolkit"])
def test_flavours_are_for_1_2(project, flag):
    result = kztr(project, "xliff", "export", "--lang", "en", "--xliff-version", "2.1", flag, expect=1)
    assert "flavours of XLIFF 1.2" in result.stderr
