"""TBX-Basic out (valid against the TBX core grammar and the dialect's Schematron, byte-stable) and in
(a foreign file's terms into glossary/<lang>.tsv, what cannot be mapped listed); translate-toolkit's TBX
reader and writer as the other real tool."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from click.testing import CliRunner
from conftest import DATA
from kztr.cli import main
from kztr.glossary import read_glossary
from xmlcheck import SCHEMAS, counting_server, schematron_errors, xmllint

TBX = DATA / "tbx"


def kztr(project: Path, *args: str, expect: int = 0):
    result = CliRunner().invoke(main, [*args, "--project", str(project)])
    assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
    return result


def assert_valid_tbx_basic(path: Path) -> None:
    result = xmllint("--relaxng", str(SCHEMAS / "tbx-basic" / "TBXcoreStructV03.rng"), str(path))
    assert result.returncode == 0 and "validates" in result.stderr, result.stderr
    assert schematron_errors(path, SCHEMAS / "tbx-basic" / "TBX-Basic_DCA.sch") == []


def terms(path: Path) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(term.source, term.target, term.note, term.forbidden) for term in read_glossary(path, "en").terms]


def test_export_is_valid_tbx_basic_and_byte_stable(project):
    result = kztr(project, "glossary", "export", "--lang", "en")
    assert result.output == "_build/glossary/en.tbx: 37 terms, TBX-Basic v3 (written)\n"
    path = project / "_build" / "glossary" / "en.tbx"
    assert_valid_tbx_basic(path)
    first = path.read_bytes()
    assert "(unchanged)" in kztr(project, "glossary", "export", "--lang", "en").output
    assert path.read_bytes() == first
    text = first.decode("utf-8")
    assert text.count("<conceptEntry ") == 37
    assert text.count("preferredTerm-admn-sts") == 37
    forbidden = sum(len(term[3]) for term in terms(project / "glossary" / "en.tsv"))
    assert text.count("deprecatedTerm-admn-sts") == forbidden > 0
    assert ("<term>Nur-Sultan</term>\n"
            "            <termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts") in text


def test_the_rules_catch_a_wrong_status(tmp_path):
    bad = tmp_path / "bad.tbx"
    bad.write_text((TBX / "agency-terms.tbx").read_text(encoding="utf-8").replace(
        "deprecatedTerm-admn-sts", "forbiddenTerm", 1), encoding="utf-8")
    errors = schematron_errors(bad, SCHEMAS / "tbx-basic" / "TBX-Basic_DCA.sch")
    assert len(errors) == 1 and "/administrativeStatus/ type may be" in errors[0]


def test_export_then_import_gives_the_glossary_back(project):
    original = terms(project / "glossary" / "en.tsv")
    kztr(project, "glossary", "export", "--lang", "en", "-o", str(project / "en.tbx"))
    before = (project / "glossary" / "en.tsv").stat().st_mtime_ns
    unchanged = kztr(project, "glossary", "import", str(project / "en.tbx"), "--lang", "en")
    assert unchanged.output.splitlines() == [
        "glossary/en.tsv: unchanged (0 added, 0 updated, 37 as they were, 0 conflicts; 37 concepts, "
        "0 without both languages)"]
    assert (project / "glossary" / "en.tsv").stat().st_mtime_ns == before
    (project / "glossary" / "en.tsv").unlink()
    created = kztr(project, "glossary", "import", str(project / "en.tbx"), "--lang", "en")
    assert created.output.startswith("glossary/en.tsv: created (37 added")
    assert terms(project / "glossary" / "en.tsv") == original


def test_a_foreign_tbx_is_mapped_and_the_rest_listed(project):
    assert_valid_tbx_basic(TBX / "agency-terms.tbx")
    glossary = project / "glossary" / "en.tsv"
    before = glossary.read_text(encoding="utf-8")
    result = kztr(project, "glossary", "import", str(TBX / "agency-terms.tbx"), "--lang", "en")
    assert result.output.splitlines() == [
        "glossary/en.tsv: updated (1 added, 1 updated, 0 as they were, 2 conflicts; 5 concepts, "
        "1 without both languages)",
        "    conflict  منظمة شنغهاي للتعاون: the glossary says 'SCO', the file 'Shanghai Cooperation Organisation' "
        "(kept)",
        "    conflict  توكاييف: the glossary says 'Tokayev', the file 'Tokaev' (kept)",
        "    not mapped (a kztr glossary has no place for them):",
        '      <descrip type="subjectField"> (1): line 11',
        "      <transacGrp> (1): line 12",
        '      <descrip type="definition"> (1): line 17',
        '      <termNote type="partOfSpeech"> (1): line 27',
        '      <descrip type="context"> (1): line 28',
        '      <termNote type="termType"> (1): line 34',
        "      another admitted translation (a glossary keeps one) (1): line 10"]
    after = glossary.read_text(encoding="utf-8").splitlines()
    kept = before.splitlines()
    # strict=False: the file gains a line (asserted below); the lines both have are compared
    changed = [number for number, (old, new) in enumerate(zip(kept, after, strict=False)) if old != new]
    assert len(after) == len(kept) + 1 and len(changed) == 1  # one line rewritten in place, one added
    assert after[changed[0]] == "سمرقند\tSamarkand\tthe summit city of 2022\tSamarqand"
    new = dict((term[0], term[1:]) for term in terms(glossary))
    assert new["بحر قزوين"] == ("Caspian Sea", "", ())
    assert new["سمرقند"] == ("Samarkand", "the summit city of 2022", ("Samarqand",))
    assert new["توكاييف"][0] == "Tokayev" and new["منظمة شنغهاي للتعاون"][0] == "SCO"
    assert "1 added" not in kztr(project, "glossary", "import", str(TBX / "agency-terms.tbx"), "--lang", "en").output
    assert "glossaries: glossary/en.tsv" in kztr(project, "check", "--lang", "en").output  # it still reads


def test_translate_toolkit_reads_and_writes_it_back(project, tmp_path):
    """translate-toolkit (Weblate's TBX, system Python) reads kztr's TBX v2, a term is added in it and saved;
    kztr takes the file back."""
    exported = tmp_path / "en.tbx"
    kztr(project, "glossary", "export", "--lang", "en", "--tbx-version", "2", "-o", str(exported))
    script = (
        "import json, sys\n"
        "from translate.storage import tbx\n"
        "store = tbx.tbxfile.parsefile(sys.argv[1])\n"
        "units = [(u.source, u.target, u.getnotes()) for u in store.units]\n"
        "unit = tbx.tbxunit('قمة سمرقند')\n"
        "unit.setsource('قمة سمرقند', sourcelang='ar')  # its default is en, whatever the store says\n"
        "unit.settarget('Samarkand summit', lang='en')\n"
        "unit.addnote('added in Weblate')\n"
        "store.addunit(unit)\n"
        "store.savefile(sys.argv[2])\n"
        "print(json.dumps(units, ensure_ascii=False))\n")
    back = tmp_path / "back.tbx"
    done = subprocess.run(["/usr/bin/python3", "-c", script, str(exported), str(back)], capture_output=True,
                          text=True, check=True)
    read = json.loads(done.stdout)
    assert [(source, target, note) for source, target, note in read] == \
        [(source, target, note) for source, target, note, _ in terms(project / "glossary" / "en.tsv")]
    result = kztr(project, "glossary", "import", str(back), "--lang", "en")
    assert result.output.startswith("glossary/en.tsv: updated (1 added, 0 updated, 37 as they were, 0 conflicts")
    assert terms(project / "glossary" / "en.tsv")[-1] == ("قمة سمرقند", "Samarkand summit", "added in Weblate", ())


def test_hostile_and_wrong_files_refused(project, tmp_path):
    before = (project / "glossary" / "en.tsv").read_bytes()
    bad = tmp_path / "bad.tbx"
    with counting_server() as (port, hits):
        for content, message in {
            f'<!DOCTYPE martif SYSTEM "http://127.0.0.1:{port}/x.dtd" [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            "<martif type='TBX'/>": "bad.tbx:1: refused: the document type declares an entity ('x')",
            "<html/>": "bad.tbx:1: not a TBX file (the root element is <html>)",
            "<tbx>": "bad.tbx:1: not well-formed XML",
        }.items():
            bad.write_text(content, encoding="utf-8")
            result = kztr(project, "glossary", "import", str(bad), "--lang", "en", expect=1)
            assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert hits == [] and (project / "glossary" / "en.tsv").read_bytes() == before
    assert "no glossary for de" in kztr(project, "glossary", "export", "--lang", "de", expect=1).stderr
    for command in ("export", "import"):
        assert "Example" in CliRunner().invoke(main, ["glossary", command, "--help"]).output
