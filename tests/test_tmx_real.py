"""TMX as other tools really write it (issue 18): translate-toolkit's header, any case of .tmx,
deep inline markup, spaces at the ends of a segment, UTF-16; every file read once, streaming."""

from __future__ import annotations

import subprocess
from pathlib import Path

from click.testing import CliRunner
from conftest import ARTICLE
from kztr.cli import main
from kztr.exchange.tmx import read_tmx

EN = Path("locales") / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
HEADER = ('<?xml version="1.0" encoding="{encoding}"?>\n<tmx version="1.4"><header creationtool="x" '
          'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ar" datatype="plaintext"/>'
          "<body>{body}</body></tmx>\n")


def kztr(project: Path, *args: str, expect: int = 0):
    result = CliRunner().invoke(main, [*args, "--project", str(project)])
    assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
    return result


def tmx(body: str, encoding: str = "UTF-8") -> str:
    return HEADER.format(encoding=encoding, body=body)


def new_document(project: Path, text: str = "نتائج القمة\n\nانتهت القمة في أستانا.\n") -> Path:
    (project / "source" / "summit.txt").write_text(text, encoding="utf-8")
    return project / "locales" / "en" / "LC_MESSAGES" / "summit.po"


def test_translate_toolkit_tmx_is_read_by_its_tuv_languages(project, tmp_path):
    """po2tmx writes <header srclang="en"> whatever --source-language says; its <tuv>s are right."""
    made = tmp_path / "po2tmx.tmx"
    subprocess.run(["po2tmx", "-l", "en", "--source-language", "ar", str(project / EN), str(made)],
                   check=True, capture_output=True)
    assert 'srclang="en"' in made.read_text(encoding="utf-8")  # the tool's bug, as shipped
    result = kztr(project, "tm", "import", str(made))
    assert result.output.splitlines() == [
        "tm/po2tmx.tmx: created (45 for en, 0 for ru unit pairs)",
        "    its header says srclang=\"en\"; kztr went by the language of each <tuv> (ar)"]
    summit = new_document(project, "كشف حساب انجازات كازاخستان الدولية خلال 2022\n\nانتهت القمة في أستانا.\n")
    assert "1 from memory (fuzzy)" in kztr(project, "extract").output
    assert "# kztr: from memory: tm/po2tmx.tmx (exact)" in summit.read_text(encoding="utf-8") or \
        "# kztr: from memory: kazakhstan-diplomacy-2022 (exact)" in summit.read_text(encoding="utf-8")


def test_a_file_named_in_capitals_is_a_tmx_everywhere(project, tmp_path):
    agency = tmp_path / "AGENCY.TMX"
    agency.write_text(tmx('<tu><tuv xml:lang="ar"><seg>نتائج القمة</seg></tuv>'
                          '<tuv xml:lang="en"><seg>The summit’s outcome</seg></tuv></tu>'), encoding="utf-8")
    assert kztr(project, "tm", "import", str(agency)).output.startswith("tm/AGENCY.TMX: created (1 for en")
    summit = new_document(project)
    assert "1 from memory (fuzzy)" in kztr(project, "extract").output
    assert "# kztr: from memory: tm/AGENCY.TMX (exact)" in summit.read_text(encoding="utf-8")


def test_deep_inline_markup_is_read_without_recursion(project, tmp_path):
    depth = 1000
    nested = "<hi>" * depth + "results" + "</hi>" * depth
    deep = tmp_path / "deep.tmx"
    deep.write_text(tmx(f'<tu><tuv xml:lang="ar"><seg>نتائج القمة</seg></tuv>'
                        f'<tuv xml:lang="en"><seg>The summit’s {nested}</seg></tuv></tu>'), encoding="utf-8")
    assert len(deep.read_bytes()) < 12_000
    content = read_tmx(deep, "deep.tmx", "ar", ("en",))
    assert [(unit.source, unit.target) for unit in content.units["en"]] == [("نتائج القمة", "The summit’s results")]
    (project / "tm").mkdir()
    (project / "tm" / "deep.tmx").write_bytes(deep.read_bytes())
    summit = new_document(project)
    kztr(project, "extract")
    assert 'msgstr "The summit’s results"' in summit.read_text(encoding="utf-8")


def test_nesting_past_the_stated_depth_is_refused_in_one_line(project, tmp_path):
    depth = 20_000
    deep = tmp_path / "deeper.tmx"
    deep.write_text(tmx('<tu><tuv xml:lang="ar"><seg>نتائج القمة</seg></tuv><tuv xml:lang="en"><seg>'
                        + "<hi>" * depth + "x" + "</hi>" * depth + "</seg></tuv></tu>"), encoding="utf-8")
    result = kztr(project, "tm", "import", str(deep), expect=1)
    assert result.stderr.strip().splitlines() == [
        f"kztr: error: {deep}:2: refused: elements nested more than 10,000 deep"]
    assert not (project / "tm").exists()


def test_spaces_at_the_ends_of_a_translation_are_kept(project, tmp_path):
    """TMX <seg> content is significant: kztr's own export, read back, gives the catalog's msgstr."""
    po = project / EN
    text = po.read_text(encoding="utf-8").replace('msgstr "Diplomacy"', 'msgstr " Diplomacy  "', 1)
    po.write_text(text, encoding="utf-8")
    kztr(project, "tm", "export", "--lang", "en", "-o", str(tmp_path / "en.tmx"))
    content = read_tmx(tmp_path / "en.tmx", "en.tmx", "ar", ("en",))
    assert dict((unit.source, unit.target) for unit in content.units["en"])["دبلوماسية"] == " Diplomacy  "


def test_a_utf16_tmx_imports_as_it_is_and_extract_uses_it(project, tmp_path):
    utf16 = tmp_path / "agency16.tmx"
    utf16.write_bytes(tmx('<tu><tuv xml:lang="ar"><seg>نتائج القمة</seg></tuv>'
                          '<tuv xml:lang="en"><seg>The summit’s outcome</seg></tuv></tu>', "UTF-16").encode("utf-16"))
    assert kztr(project, "tm", "import", str(utf16)).output.startswith("tm/agency16.tmx: created (1 for en")
    assert (project / "tm" / "agency16.tmx").read_bytes() == utf16.read_bytes()
    summit = new_document(project)
    kztr(project, "extract")
    assert 'msgstr "The summit’s outcome"' in summit.read_text(encoding="utf-8")


def test_one_reading_gives_every_language(tmp_path):
    both = tmp_path / "both.tmx"
    both.write_text(tmx('<tu><tuv xml:lang="ar"><seg>نتائج القمة</seg></tuv><tuv xml:lang="ru"><seg>Итоги</seg></tuv>'
                        '<tuv xml:lang="en-GB"><seg>Outcome</seg></tuv></tu>'), encoding="utf-8")
    content = read_tmx(both, "both.tmx", "ar", ("en", "ru", "de"))
    assert {locale: [unit.target for unit in units] for locale, units in content.units.items()} == \
        {"en": ["Outcome"], "ru": ["Итоги"], "de": []}
    assert content.languages == ("ar", "en-GB", "ru")


def test_too_big_a_file_is_refused_before_it_is_read(project, tmp_path, monkeypatch):
    """The size limit is checked on the file, not after reading it (the limit is 1 GiB; here 1,000 bytes)."""
    from kztr.exchange import xmlsafe

    monkeypatch.setattr(xmlsafe, "MAX_XML_BYTES", 1000)
    big = tmp_path / "big.tmx"
    big.write_bytes(b"<not even xml" * 100)
    result = kztr(project, "tm", "import", str(big), expect=1)
    assert result.stderr == f"kztr: error: {big}: refused: 1,300 bytes or more; kztr reads XML files of up to " \
        "1,000 bytes\n"
