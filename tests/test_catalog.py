"""The PO reader is strict and the writer formats exactly as msgcat --no-wrap."""

from __future__ import annotations

import subprocess

import polib
import pytest

from conftest import DATA, ROOT, msgcat_no_wrap
from kztr.catalog import parse_catalog, read_catalog
from kztr.pofile import generate_po, write_atomic
from kztr.errors import CatalogError
from kztr.model import Catalog, Entry

SHIPPED = sorted((ROOT / "locales").rglob("*.po")) + sorted((ROOT / "locales").glob("*.pot"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_shipped_catalogs_are_msgcat_no_wrap_fixed_points(path):
    assert msgcat_no_wrap(path) == path.read_text(encoding="utf-8")
    assert generate_po(read_catalog(path)) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_reader_agrees_with_polib(path):
    ours = read_catalog(path)
    theirs = polib.pofile(str(path), wrapwidth=0)
    assert [(e.msgid, e.msgstr, e.fuzzy) for e in ours.live] == \
        [(e.msgid, e.msgstr, "fuzzy" in e.flags) for e in theirs if not e.obsolete]
    assert dict(ours.header) == dict(theirs.metadata)


def test_writer_matches_msgcat_on_hard_cases(tmp_path):
    entries = (
        Entry(msgid="سطر أول\nسطر ثان", msgstr="line one\nline two",
              translator_comments=("تعليق المترجم", ""), extracted_comments=("paragraph — section: قمة",)),
        Entry(msgid='قال: "نعم" \\ لا\t!', msgstr='He said: "yes" \\ no\t!', flags=("python-format", "fuzzy"),
              previous_msgid="قال: نعم"),
        Entry(msgid="ينتهي بسطر جديد\n", msgstr=""),
        Entry(msgid="نص", msgstr="text", msgctxt="سياق"),
        Entry(msgid="ملف واحد", msgid_plural="ملفات", msgstr_plural=((0, "one file"), (1, "%d files"))),
        Entry(msgid="مرجع طويل", references=tuple(f"source/{'a' * n}.txt:{n}" for n in range(20, 40))),
        Entry(msgid="قديم", msgstr="old", obsolete=True, flags=("fuzzy",), previous_msgid="أقدم",
              translator_comments=("kept",)),
    )
    catalog = Catalog(header=(("Content-Type", "text/plain; charset=UTF-8"), ("Language", "en")),
                      header_comments=("رأس",), entries=entries)
    text = generate_po(catalog)
    path = tmp_path / "hard.po"
    path.write_text(text, encoding="utf-8")
    assert msgcat_no_wrap(path) == text
    again = read_catalog(path)
    assert [entry.msgid for entry in again.entries] == [entry.msgid for entry in entries]
    assert again.entries[-1].previous_msgid == "أقدم"  # polib would lose this
    assert again.entries[0].translator_comments == ("تعليق المترجم", "")


@pytest.mark.parametrize("width", range(70, 90))
def test_reference_wrapping_matches_gettext_at_the_boundary(tmp_path, width):
    first = "s/" + "a" * (width - 12) + ".txt:1"
    entry = Entry(msgid="x", references=(first, "s/b.txt:22", "s/c.txt:333"))
    text = generate_po(Catalog(header=(("Content-Type", "text/plain; charset=UTF-8"),), entries=(entry,)))
    path = tmp_path / "refs.po"
    path.write_text(text, encoding="utf-8")
    assert msgcat_no_wrap(path) == text


# file: (line, what kztr says, does GNU gettext refuse it too)
BAD = {
    "unterminated.po": (9, "unterminated string", True),
    "truncated.po": (11, "file ends inside an entry", True),
    "duplicate.po": (11, "duplicate message (first defined at line 7)", True),
    "msgstr-missing.po": (6, "msgid without msgstr", True),
    "garbage.po": (5, "expected a quoted string", True),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_malformed_catalogs_name_file_and_line(name):
    line, words, _ = BAD[name]
    path = DATA / "bad-po" / name
    with pytest.raises(CatalogError) as caught:
        read_catalog(path, f"bad-po/{name}")
    assert str(caught.value).startswith(f"bad-po/{name}:{line}: ")
    assert words in str(caught.value)


def test_gettext_agrees_those_files_are_bad():
    for name in (name for name, (_, _, refused) in BAD.items() if refused):
        completed = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(DATA / "bad-po" / name)],
                                   capture_output=True)
        assert completed.returncode != 0, name


def test_undeclared_legacy_bytes_get_a_msgconv_hint():
    data = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "ب"\n'.encode("cp1256")
    with pytest.raises(CatalogError, match=r"^x.po:5: not UTF-8 \(byte 0xc8\); convert it: msgconv --to-code=UTF-8$"):
        parse_catalog(data, "x.po")


def test_legacy_catalogs_that_gettext_reads_are_read():
    """A declared legacy charset with matching bytes (ASCII-only here): read, and kept as a note."""
    catalog = read_catalog(DATA / "bad-po" / "charset-latin1.po")
    assert catalog.source_charset == "ISO-8859-1"
    assert catalog.header_value("Content-Type") == "text/plain; charset=UTF-8"
    assert catalog.entries[0].msgstr == "Gipfel"


def test_raw_control_character_is_read_and_written_as_msgcat_writes_it():
    path = DATA / "bad-po" / "control-char.po"
    assert read_catalog(path).entries[0].msgstr == "Diplo\amacy"
    assert generate_po(read_catalog(path)) == msgcat_no_wrap(path)


def test_crlf_bom_and_missing_header_are_read():
    data = b'\xef\xbb\xbfmsgid "\xd9\x86\xd8\xb5"\r\nmsgstr "text"\r\n'
    catalog = parse_catalog(data, "x.po")
    assert catalog.header == ()
    assert catalog.entries[0].msgstr == "text"


def test_writer_drops_what_msgcat_drops(tmp_path):
    path = tmp_path / "f.po"
    path.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    '#, fuzzy, python-format\nmsgid "أ"\nmsgstr ""\n\n'
                    '#, fuzzy\nmsgid "ب"\nmsgid_plural "ب ب"\nmsgstr[0] ""\nmsgstr[1] "x"\n\n'
                    '#, fuzzy\n#~ msgid "ج"\n#~ msgstr ""\n', encoding="utf-8")
    assert generate_po(read_catalog(path)) == msgcat_no_wrap(path)
    assert "fuzzy" not in msgcat_no_wrap(path) and "ج" not in msgcat_no_wrap(path)


def test_empty_and_obsolete_only_files(tmp_path):
    with pytest.raises(CatalogError, match="empty file"):
        parse_catalog(b"", "x.po")
    catalog = parse_catalog('msgid ""\nmsgstr ""\n\n#~ msgid "قديم"\n#~ msgstr "old"\n'.encode(), "x.po")
    assert catalog.live == () and catalog.obsolete[0].msgstr == "old"


def test_write_atomic_replaces_whole_file_and_keeps_mode(tmp_path):
    path = tmp_path / "a.po"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "جديد\n")
    assert path.read_text(encoding="utf-8") == "جديد\n"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.po"]


def test_crash_during_write_leaves_the_old_file(tmp_path, monkeypatch):
    import os

    path = tmp_path / "a.po"
    path.write_text("previous content\n", encoding="utf-8")

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        write_atomic(path, "new content\n")
    assert path.read_text(encoding="utf-8") == "previous content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.po"]
