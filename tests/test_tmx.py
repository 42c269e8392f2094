"""TMX 1.4b out (valid, byte-stable, read back the same) and in (kztr tm import); hostile files refused."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ARTICLE, DATA, use_partial_russian
from kztr.cli import main
from kztr.errors import ExchangeError
from kztr.exchange.tmx import read_tmx, tmx_date
from kztr.po.catalog import read_catalog
from xmlcheck import assert_valid_tmx, counting_server

HOSTILE = DATA / "hostile"


def kztr(project: Path, *args: str, expect: int = 0):
    result = CliRunner().invoke(main, [*args, "--project", str(project)])
    assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
    return result


def _translated(project: Path, lang: str = "en") -> list[tuple[str, str]]:
    catalog = read_catalog(project / "locales" / lang / "LC_MESSAGES" / f"{ARTICLE}.po")
    return [(entry.msgid, entry.msgstr) for entry in catalog.entries if entry.translated]


def test_export_is_valid_tmx_and_byte_stable(project):
    result = kztr(project, "tm", "export", "--lang", "en")
    path = project / "_build" / "tm" / "memory-en.tmx"
    assert result.output.strip() == "_build/tm/memory-en.tmx: 45 units from 1 catalogs (written)"
    assert_valid_tmx(path)
    first = path.read_bytes()
    assert "(unchanged)" in kztr(project, "tm", "export", "--lang", "en").output
    assert path.read_bytes() == first
    text = first.decode("utf-8")
    assert text.count("<tu ") == 45
    assert 'srclang="ar"' in text and '<tuv xml:lang="en">' in text
    assert f'<prop type="x-document">{ARTICLE}</prop>' in text
    assert '<prop type="x-note">kicker</prop>' in text
    # the date is the catalog's PO-Revision-Date, not the clock
    catalog = read_catalog(project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    revised = catalog.header_value("PO-Revision-Date")
    assert f'creationdate="{tmx_date(revised)}"' in text and tmx_date(revised)


def test_export_reads_back_as_the_catalog_pairs(project):
    use_partial_russian(project)
    kztr(project, "tm", "export", "--lang", "ru", "-o", str(project / "ru.tmx"))
    content = read_tmx((project / "ru.tmx").read_bytes(), "ru.tmx", "ar", ("ru",))
    assert [(unit.source, unit.target) for unit in content.units["ru"]] == _translated(project, "ru")
    assert len(content.units["ru"]) == 11 and content.skipped == 0


def test_translate_toolkit_reads_the_export(project):
    """An independent reader: Debian's translate-toolkit (system Python, never in .venv)."""
    kztr(project, "tm", "export", "--lang", "en")
    script = ("import sys; from translate.storage import tmx; store = tmx.tmxfile.parsefile(sys.argv[1]); "
              "units = [u for u in store.units]; print(len(units)); print(units[1].source); print(units[1].target)")
    done = subprocess.run(["/usr/bin/python3", "-c", script, str(project / "_build" / "tm" / "memory-en.tmx")],
                          capture_output=True, text=True, check=True)
    count, source, target = done.stdout.splitlines()
    assert int(count) == 45
    assert (source, target) == _translated(project)[1]


def test_moses_export_is_aligned(project):
    result = kztr(project, "tm", "export", "--lang", "en", "--format", "moses", "-o", str(project / "corpus" / "kz"))
    assert "corpus/kz.ar: 45 units" in result.output and "corpus/kz.en: 45 units" in result.output
    sources = (project / "corpus" / "kz.ar").read_text(encoding="utf-8").splitlines()
    targets = (project / "corpus" / "kz.en").read_text(encoding="utf-8").splitlines()
    assert list(zip(sources, targets, strict=True)) == _translated(project)
    kztr(project, "tm", "export", "--lang", "en", "--format", "moses", "--tokenise", "-o", str(project / "tok"))
    tokenised = (project / "tok.en").read_text(encoding="utf-8").splitlines()
    assert len(tokenised) == 45
    assert tokenised[1] == "Taking Stock of Kazakhstan ’ s International Achievements in 2022"
    assert (project / "tok.ar").read_text(encoding="utf-8").splitlines()[2].endswith("الأشخاص .")


def test_tmx_date():
    assert tmx_date("2026-11-28 18:39+0000") == "20261128T183900Z"
    assert tmx_date("YEAR-MO-DA HO:MI+ZONE") == ""


def test_import_copies_into_tm_and_extract_uses_it(project, tmp_path):
    tmx = tmp_path / "agency.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">'
        '<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" '
        'srclang="ar-SA" datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="AR-SA"><seg>نتائج القمة</seg></tuv><tuv xml:lang="EN-GB"><seg>The summit’s '
        '<ph x="1">&lt;b&gt;</ph>results</seg></tuv></tu>'
        '<tu><tuv xml:lang="ar"><seg>بلا ترجمة</seg></tuv></tu>'
        "</body></tmx>\n", encoding="utf-8")
    result = kztr(project, "tm", "import", str(tmx))
    assert result.output.strip() == "tm/agency.tmx: created (1 for en, 0 for ru unit pairs)"
    assert (project / "tm" / "agency.tmx").read_bytes() == tmx.read_bytes()
    assert "unchanged" in kztr(project, "tm", "import", str(tmx)).output
    tmx.write_text(tmx.read_text(encoding="utf-8").replace("results", "outcome"), encoding="utf-8")
    refused = kztr(project, "tm", "import", str(tmx), expect=1)
    assert "exists with other content" in refused.stderr and "--replace" in refused.stderr
    assert "replaced" in kztr(project, "tm", "import", str(tmx), "--replace").output
    # a document using the sentence gets it from the TMX
    (project / "source" / "summit.txt").write_text("نتائج القمة\n\nانتهت القمة في أستانا.\n", encoding="utf-8")
    assert "1 from memory (fuzzy)" in kztr(project, "extract").output
    text = (project / "locales" / "en" / "LC_MESSAGES" / "summit.po").read_text(encoding="utf-8")
    assert ('# kztr: from memory: tm/agency.tmx (exact)\n#. title\n#: source/summit.txt:1\n#, fuzzy\n'
            '#| msgid "نتائج القمة"\nmsgid "نتائج القمة"\nmsgstr "The summit’s outcome"\n') in text


def test_import_refuses_a_file_without_pairs_for_the_project(project, tmp_path):
    tmx = tmp_path / "fr.tmx"
    tmx.write_text('<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" '
                   'o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body/></tmx>', encoding="utf-8")
    result = kztr(project, "tm", "import", str(tmx), expect=1)
    assert "fr.tmx: no ar → (en, ru) unit pairs (the file has: no languages)" in result.stderr
    tmx.write_text("<html><body>not a memory</body></html>", encoding="utf-8")
    assert "not a TMX file (the root element is <html>" in kztr(project, "tm", "import", str(tmx), expect=1).stderr
    tmx.write_text("<tmx version='1.4'><header", encoding="utf-8")
    assert "fr.tmx:1: not well-formed XML" in kztr(project, "tm", "import", str(tmx), expect=1).stderr
    assert not (project / "tm").exists()


@pytest.mark.parametrize("name", ["billion-laughs.tmx", "external-file.tmx", "external-http.tmx",
                                  "parameter-entity.tmx"])
def test_hostile_tmx_is_refused_and_nothing_is_fetched(project, tmp_path, name):
    with counting_server() as (port, hits):
        hostile = tmp_path / name
        hostile.write_text((HOSTILE / name).read_text(encoding="utf-8").replace("PORT", str(port)), encoding="utf-8")
        result = kztr(project, "tm", "import", str(hostile), expect=1)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.output
        assert f"{hostile}:" in lines[0] and "refused: the document type declares an entity" in lines[0]
        # dropped into tm/ by hand instead: extract refuses it and writes nothing
        (project / "tm").mkdir(exist_ok=True)
        (project / "tm" / name).write_bytes(hostile.read_bytes())
        before = {path: path.read_bytes() for path in (project / "locales").rglob("*.po")}
        result = kztr(project, "extract", expect=1)
        assert f"tm/{name}:" in result.stderr and "refused" in result.stderr
        assert {path: path.read_bytes() for path in (project / "locales").rglob("*.po")} == before
    assert hits == []


def test_external_dtd_without_entities_is_read_and_never_fetched(project, tmp_path):
    with counting_server() as (port, hits):
        tmx = tmp_path / "with-dtd.tmx"
        tmx.write_text((HOSTILE / "external-dtd.tmx").read_text(encoding="utf-8").replace("PORT", str(port)),
                       encoding="utf-8")
        assert "1 for en" in kztr(project, "tm", "import", str(tmx)).output
    assert hits == []


def test_read_tmx_errors_name_the_line():
    with pytest.raises(ExchangeError, match=r"^x.tmx:3: not well-formed XML"):
        read_tmx(b"<tmx version='1.4'>\n<header/>\n<body><tu></body></tmx>", "x.tmx", "ar", ("en",))


def test_export_needs_a_project_language(project):
    result = kztr(project, "tm", "export", "--lang", "de", expect=1)
    assert "no catalogs for language 'de' (have: en, ru)" in result.stderr
    assert "Example" in CliRunner().invoke(main, ["tm", "export", "--help"]).output
    assert "Example" in CliRunner().invoke(main, ["tm", "import", "--help"]).output


def test_no_break_spaces_survive_the_round_trip(project):
    """The complete Russian catalog writes "10 000" with a no-break space: TMX keeps it, as the moses corpus does."""
    pairs = _translated(project, "ru")
    assert any("\u00a0" in target for _, target in pairs)
    kztr(project, "tm", "export", "--lang", "ru", "-o", str(project / "ru.tmx"))
    content = read_tmx((project / "ru.tmx").read_bytes(), "ru.tmx", "ar", ("ru",))
    assert [(unit.source, unit.target) for unit in content.units["ru"]] == pairs
    kztr(project, "tm", "export", "--lang", "ru", "--format", "moses", "-o", str(project / "ru"))
    assert (project / "ru.ru").read_text(encoding="utf-8").splitlines() == [target for _, target in pairs]
