"""The PO reader is strict and the writer formats exactly as msgcat --no-wrap."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace

import polib
import pytest
from conftest import DATA, ROOT, msgcat_no_wrap, msgfmt_check, repo_module
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from kztr.errors import CatalogError
from kztr.model import Catalog, Entry
from kztr.po.catalog import parse_catalog, read_catalog
from kztr.po.pofile import generate_po

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'

PO = DATA / "po"  # the reproducers of issue 9
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
    # issue 23 (mutation testing): each message and its line, in live, obsolete and previous lines
    "continuation.po": (6, "string continuation without a keyword before it", True),
    "unknown-keyword.po": (6, "cannot parse this line: 'msgtext \"Diplomacy\"'", True),
    "obsolete-trailing.po": (9, "expected a quoted string, found ';'", True),
    "previous-trailing.po": (6, "expected a quoted string, found ';'", True),
    "obsolete-previous.po": (9, "expected a quoted string, found ';'", True),
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
    catalog = read_catalog(PO / "latin1-ascii-only.po")
    assert catalog.source_charset == "ISO-8859-1"
    assert catalog.header_value("Content-Type") == "text/plain; charset=UTF-8"
    assert catalog.entries[0].msgstr == "Gipfel"


def test_raw_control_character_is_read_and_written_as_msgcat_writes_it():
    path = PO / "raw-bel.po"
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


# ------------------------------------------------ reproducers of issue 9 (tests/data/po)
#
# Each file is read, its reading checked, its written text compared with the golden file in
# tests/data/po/expected/ and with what GNU gettext makes of the same input:
#   "msgcat"   kztr writes exactly what `msgcat --no-wrap` writes;
#   "msgcat, LF" the same but for line ends: msgcat keeps the CR of a CRLF comment line, kztr writes LF;
#   "msgconv"  a legacy charset: exactly what `msgconv --to-code=UTF-8 | msgcat --no-wrap` writes;
#   "refused"  gettext refuses the input, kztr reads it (a documented choice); the output passes msgfmt -c;
#   "moved"    gettext keeps a header found after entries where it is; kztr writes it first.
READS = {
    "obsolete-plural-partial.po": ("msgcat", {"~a": ("x", "")}),
    "escapes-bytes.po": ("msgcat", {"a": "café A"}),
    "escapes-per-literal.po": ("msgcat", {"a": "café AC \x0123"}),
    "flags-spaces.po": ("msgcat", {"a %d": "b %d", "c": "d"}),
    "bang-flags.po": ("msgcat", {"a": "b", "c %d": "d %d"}),
    "comments-header-obsolete.po": ("msgcat", {"a": "b", "~o": "p"}),
    "two-strings-one-line.po": ("msgcat", {"ab": "cd"}),
    "keyword-no-space.po": ("msgcat", {"a": "b"}),
    "keyword-and-msgstr-one-line.po": ("msgcat", {"a": "b"}),
    "msgstr-space-index.po": ("msgcat", {"a": ("x", "y")}),
    "indented-comments.po": ("msgcat", {"a": "b"}),
    "header-line-without-colon.po": ("msgcat", {"a": "b"}),
    "header-not-first.po": ("moved", {"a": "b", "c": "d"}),
    "raw-control-chars.po": ("msgcat", {"a": "x\x01y\x7fz\aw\x1bq", "cr": "1\r2"}),
    "iso-8859-2.po": ("msgconv", {"Pay attention": "Zażółć gęślą jaźń"}),
    "windows-1256.po": ("msgconv", {"Summit": "قمة", "Diplomacy, 2022": "الدبلوماسية، 2022؟"}),
    "bom.po": ("refused", {"a": "b"}),
    "live-and-obsolete-same-msgid.po": ("refused", {"a": "live", "~a": "old"}),
    "plurals-out-of-order.po": ("refused", {"a": ("y", "ys")}),
    "previous-after-msgid.po": ("refused", {"new": "b"}),
    "nbsp-line.po": ("refused", {"a": "b", "c": "d"}),
    "references-dot-slash-duplicates.po": ("msgcat", {"a": "b"}),
    "flag-order.po": ("msgcat", {"{a} %s": "{a} %s!"}),
    "headerless.po": ("msgcat", {"a": "b", "c": "d"}),
    "crlf.po": ("msgcat, LF", {"a": "b\nc"}),
    "msgmerge-previous-plural.po": ("msgcat", {"%d file removed": ("%d файл удалён", "%d файла удалены",
                                                                   "%d файлов удалено")}),
}
REFUSED = {  # file: (line, what kztr says); gettext refuses these too (but reads the mislabelled one as mojibake)
    "plural-index-repeated.po": (9, "msgstr[0] repeated (first at line 8)"),
    "mislabelled-latin1.po": (4, "mislabelled: the header says charset=ISO-8859-1 but the bytes are UTF-8 "
                                 "('Lø' would read as 'LÃ¸'); set charset=UTF-8 in the header"),
}


def _gettext(*commands: list[str], path) -> str:
    """What a pipe of gettext commands makes of a file, as exact text (no newline translation)."""
    data = path.read_bytes()
    for command in commands:
        data = subprocess.run(command, input=data, capture_output=True, check=True).stdout
    return data.decode("utf-8")


@pytest.mark.parametrize("name", sorted(READS))
def test_reproducer_is_read_and_written_as_gettext_does(name, tmp_path):
    verdict, expected = READS[name]
    catalog = read_catalog(PO / name)
    reading = {("~" if entry.obsolete else "") + entry.msgid:
               (tuple(text for _, text in entry.msgstr_plural) if entry.msgid_plural else entry.msgstr)
               for entry in catalog.entries}
    assert reading == expected
    text = generate_po(catalog)
    assert text.encode("utf-8") == (PO / "expected" / name).read_bytes()
    if verdict == "msgcat":
        assert text == _gettext(["msgcat", "--no-wrap", "-"], path=PO / name)  # bytes: CRs are not hidden
    elif verdict == "msgcat, LF":  # msgcat keeps the CR of a CRLF comment line; kztr writes LF only
        assert text == _gettext(["msgcat", "--no-wrap", "-"], path=PO / name).replace("\r\n", "\n")
    elif verdict == "msgconv":
        relabelled = tmp_path / name  # gettext's iconv knows windows-1256 as CP1256
        relabelled.write_bytes((PO / name).read_bytes().replace(b"charset=windows-1256", b"charset=CP1256"))
        assert text == _gettext(["msgconv", "--to-code=UTF-8", "-"], ["msgcat", "--no-wrap", "-"], path=relabelled)
    else:
        refused = subprocess.run(["msgcat", "--no-wrap", str(PO / name)], capture_output=True)
        assert (refused.returncode != 0) == (verdict == "refused")
    written = tmp_path / "out.po"
    written.write_text(text, encoding="utf-8")
    if name == "live-and-obsolete-same-msgid.po":  # the duplicate gettext refuses stays in the output
        assert subprocess.run(["msgfmt", "-o", "/dev/null", str(written)], capture_output=True).returncode == 1
    elif name != "headerless.po":  # msgfmt -c wants a header; kztr adds none, as msgcat
        msgfmt_check(written)
    assert generate_po(read_catalog(written)) == text  # kztr reads its own output back to the same text


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_reproducer_is_refused_with_its_line(name):
    line, words = REFUSED[name]
    with pytest.raises(CatalogError) as caught:
        read_catalog(PO / name, name)
    assert str(caught.value).startswith(f"{name}:{line}: {words}")


def test_gettext_refuses_the_repeated_plural_index_at_the_same_line():
    refused = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(PO / "plural-index-repeated.po")],
                             capture_output=True, text=True)
    assert "plural-index-repeated.po:9: plural form has wrong index" in refused.stderr


@pytest.mark.parametrize("name", ["escapes-bytes.po", "flags-spaces.po", "bang-flags.po", "iso-8859-2.po",
                                  "windows-1256.po", "obsolete-plural-partial.po"])
def test_reproducer_statistics_equal_msgfmt(name):
    """kztr's counts (``stats.count_entries``, what status shows) are msgfmt's, number for number."""
    from kztr.stats import count_entries

    counts = count_entries(read_catalog(PO / name).entries)
    counted = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(PO / name)],
                             # the last line: after any charset warning
                             capture_output=True, text=True).stderr.strip().splitlines()[-1]
    assert _msgfmt_statistics(counted) == (counts.translated, counts.fuzzy, counts.untranslated), counted


def _msgfmt_statistics(line: str) -> tuple[int, int, int]:
    """(translated, fuzzy, untranslated) from msgfmt's ``--statistics`` line, each read whole.

    >>> _msgfmt_statistics("11 translated messages, 1 fuzzy translation, 2 untranslated messages.")
    (11, 1, 2)
    """
    import re

    match = re.fullmatch(r"(\d+) translated messages?(?:, (\d+) fuzzy translations?)?"
                         r"(?:, (\d+) untranslated messages?)?\.", line)
    assert match, line
    return tuple(int(group or 0) for group in match.groups())  # type: ignore[return-value]


def test_reproducer_details():
    flags = read_catalog(PO / "flags-spaces.po").entries
    assert flags[0].flags == ("fuzzy", "c-format") and flags[0].fuzzy and flags[1].fuzzy
    bang = read_catalog(PO / "bang-flags.po").entries[0]
    assert bang.translator_comments == () and bang.fuzzy  # gettext reads #! as #,
    kept = read_catalog(PO / "comments-header-obsolete.po")
    assert kept.header_extracted_comments == ("extracted on header",) and kept.header_references == ("ref.py:1",)
    assert kept.obsolete[0].extracted_comments == ("ex",) and kept.obsolete[0].references == ("old.py:3",)
    assert read_catalog(PO / "previous-after-msgid.po").entries[0].previous_msgid == "old"
    legacy = read_catalog(PO / "windows-1256.po")
    assert legacy.source_charset == "windows-1256"
    assert legacy.header_value("Content-Type") == "text/plain; charset=UTF-8"
    assert read_catalog(PO / "windows-1256.po").entries[0].translator_comments == ("ملاحظة المترجم",)
    assert read_catalog(PO / "headerless.po").has_header is False
    both = read_catalog(PO / "live-and-obsolete-same-msgid.po")
    assert [(entry.msgstr, entry.obsolete) for entry in both.entries] == [("live", False), ("old", True)]


@pytest.mark.parametrize("name", sorted(name for name in READS if name not in (
    "escapes-bytes.po", "escapes-per-literal.po", "flags-spaces.po", "keyword-and-msgstr-one-line.po",
    "keyword-no-space.po",
    "msgstr-space-index.po", "previous-after-msgid.po", "bang-flags.po", "raw-control-chars.po",
    "two-strings-one-line.po")))
def test_reproducer_reading_agrees_with_polib_where_polib_reads_it(name):
    """polib is the independent oracle where it is right (it refuses or misreads the others)."""
    ours = [(e.msgid, e.msgstr, dict(e.msgstr_plural), e.obsolete, e.fuzzy) for e in read_catalog(PO / name).entries]
    theirs = [(e.msgid, e.msgstr, dict(e.msgstr_plural), bool(e.obsolete), "fuzzy" in e.flags)
              for e in polib.pofile(str(PO / name), wrapwidth=0) if e.msgid or e.msgctxt]
    assert ours == theirs


def test_parsed_entries_equal_constructed_ones():
    """The reader builds entries without Entry's __init__ (speed): they must be the same records."""
    data = (b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            b'# t\n#. x\n#: a.py:1\n#, fuzzy\n#| msgid "o"\nmsgctxt "c"\nmsgid "a"\nmsgstr "b"\n\n'
            b'#~ msgid "p"\n#~ msgid_plural "ps"\n#~ msgstr[0] "q"\n#~ msgstr[1] "qs"\n')
    first, second = parse_catalog(data, "x.po").entries
    assert first == Entry(msgid="a", msgstr="b", msgctxt="c", translator_comments=("t",), extracted_comments=("x",),
                          references=("a.py:1",), flags=("fuzzy",), previous_msgid="o", line=4)
    assert second == Entry(msgid="p", msgid_plural="ps", msgstr_plural=((0, "q"), (1, "qs")), obsolete=True, line=13)
    assert hash(first) == hash(replace(first))
    with pytest.raises(AttributeError):
        first.msgid = "changed"


def test_references_wrap_at_79_bytes_as_msgcat(tmp_path):
    """gettext measures reference lines in bytes: Arabic file names wrap sooner than their characters say."""
    entry = Entry(msgid="x", references=("source/مؤتمر-قادة-الأديان.txt:1", "source/العالمية-والتقليدية.txt:22",
                                         "source/b.txt:3"))
    text = generate_po(Catalog(header=(("Content-Type", "text/plain; charset=UTF-8"),), entries=(entry,)))
    path = tmp_path / "refs.po"
    path.write_text(text, encoding="utf-8")
    assert msgcat_no_wrap(path) == text
    assert text.count("#:") == 2


_HEAD = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'


_ERRORS = [  # (catalog, what kztr says, the first line gettext names): one case per refusal of the line reader
    (_HEAD + 'msgid "a"\n\n# c\nmsgid "b"\nmsgstr "c"\n', "4: msgid without msgstr (a comment follows at line 6)", 4),
    (_HEAD + 'msgid "a"\n# c\nmsgstr "b"\n', "4: msgid without msgstr (a comment follows at line 5)", 4),
    (_HEAD + 'msgid "a"\nmsgstr "b"\nmsgstr "c"\n', "6: second msgstr in one entry", 6),
    (_HEAD + 'msgid "a"\nmsgid_plural "b"\nmsgid_plural "c"\nmsgstr[0] "d"\n',
     "6: second msgid_plural in one entry", 4),
    (_HEAD + 'msgid "a"\n#~ msgstr "b"\n', "5: msgstr is obsolete (#~) but its entry is live", 5),
    (_HEAD + '#~ msgid "a"\nmsgstr "b"\n', "5: msgstr is live but its entry is obsolete (#~)", 5),
    (_HEAD + '#~ msgid "a"\n#~ msgid_plural "b"\nmsgstr[0] "c"\n',
     "6: msgstr is live but its entry is obsolete (#~)", 6),
    (_HEAD + 'msgid "a"\n#~ msgid "b"\n#~ msgstr "c"\n', "4: msgid without msgstr", 4),
    (_HEAD + 'msgid "a"\nmsgid "b"\nmsgstr "c"\n', "4: msgid without msgstr", 4),
    (_HEAD + 'msgctxt "a"\nmsgctxt "b"\nmsgid "c"\nmsgstr "d"\n', "4: msgid without msgstr", 5),
    (_HEAD + 'msgctxt "a"\n', "4: msgctxt without msgid", 5),
    ('# c\nmsgstr "a"\n', "2: msgstr without msgid", 2),
    ('# c\nmsgid_plural "a"\n', "2: msgid_plural without msgid", 2),
    (_HEAD + 'msgid "a"\nmsgstr "b"\nmsgid_plural "c"\n', "6: msgid_plural out of order", 6),
    (_HEAD + 'msgid "a"\nmsgid_plural "b"\nmsgstr "c"\n', "6: plural entry needs msgstr[0], msgstr[1]…, not msgstr", 6),
    (_HEAD + 'msgid[0] "a"\nmsgstr "b"\n', "4: msgid[0]: only msgstr has plural forms", 4),
    (_HEAD + 'msgid "a"\nmsgstr[0] "b"\n', "5: msgstr[N] without msgid_plural", 4),
    (_HEAD + 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[2] "z"\n',
     "7: msgstr[2]: plural forms must be msgstr[0], msgstr[1]… without gaps", 7),
    (_HEAD + 'msgid "a"\nmsgid_plural "b"\nmsgstr[1] "d"\n',
     "6: msgstr[1]: plural forms must be msgstr[0], msgstr[1]… without gaps", 6),
    (_HEAD + 'msgid "a"\nmsgid_plural "b"\nmsgstr[0] "d"\nmsgstr[0] "e"\n',
     "7: msgstr[0] repeated (first at line 6)", 7),
    (_HEAD + '#| msgid "o" msgctxt "c"\nmsgid "a"\nmsgstr "b"\n', "4: #| msgctxt out of order", 4),
    (_HEAD + '#| msgid_plural "x"\nmsgid "a"\nmsgstr "b"\n', "4: #| msgid_plural out of order", 4),
    (_HEAD + '#| msgid "x"\n#| msgid "y"\nmsgid "a"\nmsgstr "b"\n', "5: #| msgid out of order", 5),
    (_HEAD + '#| msgstr "x"\nmsgid "a"\nmsgstr "b"\n', "4: msgstr in a previous-message (#|) comment", 4),
    (_HEAD + '#| msgid "x"\n#~| msgid_plural "y"\nmsgid "a"\nmsgstr "b"\n', "5: inconsistent use of #~", 5),
    (_HEAD + '#~| msgid "x"\n#| msgid_plural "y"\nmsgid "a"\nmsgstr "b"\n', "5: inconsistent use of #~", 5),
    (_HEAD + '#| msgctxt "x"\n#~| msgid "y"\n#~ msgid "a"\n#~ msgstr "b"\n', "5: inconsistent use of #~", 5),
    (_HEAD + '#| msgid "o" # c\nmsgid "a"\nmsgstr "b"\n', "4: cannot parse this line: 'msgid \"o\" # c'", 5),
    (_HEAD + 'msgid "a"\nmsgstr "b"\n#| msgid "x"\n', "6: #| line with no message after it (truncated?)", 7),
    (_HEAD + '# c\n"x"\nmsgid "a"\nmsgstr "b"\n', "5: string continuation without a keyword before it", 5),
    (_HEAD + 'msgid "a"\n#~ "b"\nmsgstr "c"\n', "5: string continuation without a keyword before it", 5),
    (_HEAD + 'msgid "a"\nmsgstr "b" x\n', "5: expected a quoted string, found 'x'", 5),
    (_HEAD + '#| msgid "a"\n#| "b" x\nmsgid "a"\nmsgstr "b"\n', "5: expected a quoted string, found 'x'", 5),
    (_HEAD + 'msgid "a"\nmsgstr "b"\nmsgidx "c"\n', "6: cannot parse this line: 'msgidx \"c\"'", 6),
    (_HEAD + 'msgid "a"\u00a0\nmsgstr "b"\n', "4: cannot parse this line: 'msgid \"a\"'", 4),  # NBSP after a string
    (_HEAD + 'msgid "a"\nmsgstr "b"\u00a0x\n', "5: cannot parse this line: 'msgstr \"b\"\\xa0x'", 5),
    (_HEAD + 'msgid "a"\nmsgstr "b\\q"\n', "5: invalid escape sequence \\q in string", 5),
    (_HEAD + 'msgctxt "k\\q"\nmsgid "a"\nmsgstr "b"\n', "4: invalid escape sequence \\q in string", 4),
    (_HEAD + 'msgid "a\\q"\nmsgstr "b"\n', "4: invalid escape sequence \\q in string", 4),
    (_HEAD + 'msgid "a"\nmsgid_plural "b\\q"\nmsgstr[0] "c"\n', "5: invalid escape sequence \\q in string", 5),
    (_HEAD + 'msgid "a"\nmsgid_plural "b"\nmsgstr[0] "c"\nmsgstr[1] "d\\q"\n',
     "7: invalid escape sequence \\q in string", 7),
    (_HEAD + '#, fuzzy\n#| msgid "o\\q"\nmsgid "a"\nmsgstr "b"\n', "5: invalid escape sequence \\q in string", 5),
    (_HEAD + '#, fuzzy\n#| msgctxt "o\\q"\n#| msgid "o"\nmsgid "a"\nmsgstr "b"\n',
     "5: invalid escape sequence \\q in string", 5),
    (_HEAD + '#, fuzzy\n#| msgid "o"\n#| msgid_plural "o\\q"\nmsgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\n'
     'msgstr[1] "c"\n', "6: invalid escape sequence \\q in string", 6),
    (_HEAD + 'msgid "a" # c\nmsgstr "b"\n', "4: msgid without msgstr (a comment follows at line 4)", 4),
    (_HEAD + 'msgid "a"\nmsgstr "b"\n#~ msgid "c" # note\n#~ msgstr "d"\n',
     "6: msgid without msgstr (a comment follows at line 6)", 6),
    (_HEAD + 'msgid "a" msgstr "b" "c\n', "4: unterminated string (missing closing \")", 5),
    (_HEAD + 'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', "7: duplicate message (first defined at line 4)", 7),
    (_HEAD + 'msgctxt "k"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "k"\nmsgid "a"\nmsgstr "c"\n',
     "9: duplicate message (first defined at line 5)", 9),
    (_HEAD + '#~ msgid "a"\n#~ msgstr "b"\n\n#~ msgid "a"\n#~ msgstr "c"\n',
     "7: duplicate message (first defined at line 4)", 7),
    (_HEAD + 'msgid "a"\nmsgstr "b" ' + "x" * 30 + "\n", "5: expected a quoted string, found '" + "x" * 20 + "'", 5),
    (_HEAD + 'msgid "a"\nmsgstr "b"\nmsgidentifier_longer_than_forty_characters "c"\n',
     "6: cannot parse this line: 'msgidentifier_longer_than_forty_characte'", 6),
    (_HEAD + 'msgid "a"\nmsgstr "b"\u00a0' + "y" * 40 + "\n",
     "5: cannot parse this line: 'msgstr \"b\"\\xa0" + "y" * 29 + "'", 5),
    (_HEAD + 'msgid "a"\n#~ msgctxt "b"\n', "4: msgid without msgstr", 4),
    (_HEAD + 'msgid "a"\nmsgctxt "c"\nmsgstr "b"\n', "4: msgid without msgstr", 4),
    (_HEAD + 'msgctxt "a"\n#~ msgid "b"\n#~ msgstr "c"\n', "5: inconsistent use of #~", 5),
    (_HEAD + 'msgid "a"\n', "4: file ends inside an entry (truncated?)", 4),
    (_HEAD + 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n',
     '4: duplicate header entry (msgid "", first at line 1)', 4),
    ('"x"\nmsgid "a"\nmsgstr "b"\n', "1: string continuation without a keyword before it", 1),
    (_HEAD + '#~ #| msgid "o" x\n#~ msgid "a"\n#~ msgstr "b"\n', "4: expected a quoted string, found 'x'", 4),
    (_HEAD + '#~ #| msgid "o\\q"\n#~ msgid "a"\n#~ msgstr "b"\n', "4: invalid escape sequence \\q in string", 4),
    # kztr names the line at fault where gettext names the next one
    (_HEAD + '#| msgid "o" # a comment long enough to be cut\nmsgid "a"\nmsgstr "b"\n',
     "4: cannot parse this line: 'msgid \"o\" # a comment long enough to be '", 5),
    (_HEAD + '#| msgid "o"\n# c\nmsgid "a"\nmsgstr "b"\n', "5: comment after a #| line: its msgid must follow it", 6),
    (_HEAD + 'msgid "a"\nmsgstr "b\n', "5: unterminated string (missing closing \")", 6),
]


@pytest.mark.parametrize("text, said, gettext_line", _ERRORS, ids=[  # plain ids: mutmut names tests by them
    f"{number:02}-" + re.sub(r"[^a-z0-9]+", "-", said.lower()).strip("-")[:50]
    for number, (_, said, _) in enumerate(_ERRORS)])
def test_errors_name_the_line_gettext_names(text, said, gettext_line, tmp_path):
    """Each refusal, word for word and with its line, beside the first line gettext names: the same line
    but where a comment says otherwise (gettext names the line where it noticed, kztr the line at fault)."""
    path = tmp_path / "e.po"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        read_catalog(path, "e.po")
    assert str(caught.value) == f"e.po:{said}"
    refused = subprocess.run(["msgcat", str(path)], capture_output=True, text=True,
                             env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"})
    assert refused.returncode != 0
    assert int(refused.stderr.split(":")[1]) == gettext_line


def test_flags_of_several_lines_add_up(tmp_path):
    """A deliberate difference: gettext 0.21 keeps only the last flags line (fuzzy lost); kztr and polib keep all."""
    path = tmp_path / "two.po"
    path.write_text(_HEAD + '#, fuzzy\n#, c-format\nmsgid "a %d"\nmsgstr "b %d"\n', encoding="utf-8")
    entry = read_catalog(path).entries[0]
    assert entry.flags == ("fuzzy", "c-format") and entry.fuzzy
    assert [e.flags for e in polib.pofile(str(path))] == [["fuzzy", "c-format"]]
    assert "#, c-format\nmsgid" in msgcat_no_wrap(path) and "fuzzy" not in msgcat_no_wrap(path)
    assert "#, fuzzy, c-format\n" in generate_po(read_catalog(path))


def test_legacy_charset_in_a_one_line_header_and_mixed_encodings():
    header = 'msgid ""\nmsgstr "Language: ar\\nContent-Type: text/plain; charset=CP1256\\n"\n\n'
    legacy = (header + 'msgid "Summit"\nmsgstr "قمة"\n').encode("cp1256")
    assert parse_catalog(legacy, "x.po").entries[0].msgstr == "قمة"
    mixed = (header + 'msgid "دبلوماسية"\nmsgstr "x"\n\nmsgid "الرئيس"\nmsgstr "y"\n\n').encode("utf-8")
    mixed += 'msgid "Summit"\nmsgstr "قمة"\n'.encode("cp1256")
    with pytest.raises(CatalogError, match=r"^x.po:11: not UTF-8 \(byte 0xde\), yet most of the file is UTF-8 .*"
                                           r"charset=CP1256: it mixes encodings"):
        parse_catalog(mixed, "x.po")


_TEXT = st.text(st.sampled_from([*list('aب "\\\n\t\r\x01\x07\x1b\x7f\xa0é#~|:,.%{}'), "\u200f", "ة", "x"]), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_TEXT, _TEXT, st.sampled_from([(), ("fuzzy",), ("python-format",)]), st.booleans()),
                min_size=1, max_size=4, unique_by=lambda item: item[0]))
def test_any_text_is_written_as_msgcat_writes_it_and_read_back(tmp_path, items):
    """kztr reads its own output (control characters, escapes, CRs…), and msgcat leaves it unchanged."""
    entries = tuple(Entry(msgid=msgid or "-", msgstr=msgstr, flags=flags, translator_comments=("c",) if note else ())
                    for msgid, msgstr, flags, note in items if msgid or msgstr)
    entries = tuple({entry.msgid: entry for entry in entries}.values())
    assume(entries)  # a file with only a header: msgcat writes nothing (kztr keeps the header)
    catalog = Catalog(header=(("Content-Type", "text/plain; charset=UTF-8"),), entries=entries)
    text = generate_po(catalog)
    again = parse_catalog(text.encode("utf-8"), "x.po")
    assert [(e.msgid, e.msgstr) for e in again.entries] == [(e.msgid, e.msgstr) for e in entries]
    path = tmp_path / "p.po"
    path.write_bytes(text.encode("utf-8"))
    assert _gettext(["msgcat", "--no-wrap", "-"], path=path) == text


# ---------------------------------------------------------------- the usual layout, read entry by entry


def _both_readers(data: bytes, shown: str = "x.po"):
    """What the reader gives (the layout reader where it applies) and what the line reader alone gives:
    the catalog, or the error as (message, line)."""
    from kztr.po import catalog as module

    def outcome(read):
        try:
            return read()
        except CatalogError as exc:
            return ("error", exc.message, exc.line)

    def lines_only():
        original = module._Parser.parse
        module._Parser.parse = module._Parser.parse_lines
        try:
            return parse_catalog(data, shown)
        finally:
            module._Parser.parse = original

    return outcome(lambda: parse_catalog(data, shown)), outcome(lines_only)


def _all_catalog_files():
    found = sorted(ROOT.glob("locales/**/*.po")) + sorted(ROOT.glob("locales/*.pot"))
    found += sorted(DATA.rglob("*.po")) + sorted(DATA.rglob("*.pot")) + sorted((ROOT / "benchmarks").rglob("*.po"))
    return found


def test_layout_reader_gives_what_the_line_reader_gives_on_every_catalog_here():
    from kztr.po.layout import GiveUp, read_entries

    read_by_layout = set()
    for path in _all_catalog_files():
        data = path.read_bytes()
        fast, lines = _both_readers(data, path.name)
        assert fast == lines, path
        try:
            read_entries(data.decode("utf-8"), path.name, "utf-8")
            read_by_layout.add(path)
        except (GiveUp, UnicodeDecodeError):
            pass
    # the usual layout is read by the layout reader, not given up on: every catalog kztr wrote, at least
    shipped = set(ROOT.glob("locales/**/*.po")) | set(ROOT.glob("locales/*.pot"))
    assert shipped <= read_by_layout and len(read_by_layout) > 20
    # blank lines before the first entry (an editor's, a concatenation's) are skipped, not given up on
    text = (ROOT / "locales" / "en" / "LC_MESSAGES" / "kazakhstan-diplomacy-2022.po").read_text(encoding="utf-8")
    _, entries = read_entries("\n\n\n" + text, "x.po", "utf-8")
    assert [entry.line for entry in entries] == [entry.line + 3 for entry in read_entries(text, "x.po", "utf-8")[1]]
    assert parse_catalog(("\n\n\n" + text).encode("utf-8")).entries == tuple(entries)


def test_layout_reader_gives_what_the_line_reader_gives_on_mutated_catalogs():
    """benchmarks/po_mutations.py's edits (indents, joined and split lines, escapes, CRs, stray marks)
    on every catalog here: the same catalog or the same error at the same line."""
    import random

    mutate = repo_module("benchmarks", "po_mutations").mutate
    rng = random.Random(22)
    texts = [path.read_bytes().decode("utf-8", errors="replace") for path in _all_catalog_files()]
    texts = [text for text in texts if len(text) < 200_000]
    for _ in range(3000):
        data = mutate(rng.choice(texts), rng).encode("utf-8")
        fast, lines = _both_readers(data)
        assert fast == lines, data[:2000]


def test_layout_reader_reads_the_archive_workload_the_same():
    """A merged catalog of the archive benchmark: glossary notes, fuzzy entries with #| msgid, obsolete ones."""
    from kztr.po.layout import read_entries
    from kztr.reuse.merge import merge_catalog

    workloads = repo_module("benchmarks", "workloads")
    near_duplicates, translation_of = workloads.near_duplicates, workloads.translation_of
    workload = near_duplicates(600, seed=4)
    old = Catalog(header=(("Language", "en"),), entries=tuple(
        Entry(msgid=sentence, msgstr=translation_of(number), extracted_comments=("paragraph", "glossary: x = y"),
              references=(f"source/a.txt:{number}",))
        for number, sentence in enumerate(s for paragraph in workload.old for s in paragraph)))
    template = Catalog(entries=tuple(Entry(msgid=sentence, references=("source/a.txt:1", "source/a.txt:2"))
                                     for paragraph in workload.new for sentence in paragraph))
    merged, _ = merge_catalog(template, old, (("Language", "en"),))
    data = generate_po(merged).encode("utf-8")
    assert b"#| msgid" in data and b"#~ msgid" in data
    fast, lines = _both_readers(data)
    assert isinstance(fast, Catalog) and fast == lines
    read_entries(data.decode("utf-8"), "x.po", "utf-8")  # read by the layout reader: no GiveUp


def test_one_msgid_in_two_contexts_is_two_messages_and_in_one_context_a_duplicate(tmp_path):
    """A message is its (msgctxt, msgid): gettext accepts «مايو» as a month and as a name, and refuses
    the same context twice (and a context-less copy beside a contextual one is no duplicate either)."""
    two_contexts = ('msgctxt "شهر"\nmsgid "مايو"\nmsgstr "May"\n\n'
                    'msgctxt "اسم"\nmsgid "مايو"\nmsgstr "Mayo"\n\n'
                    'msgid "مايو"\nmsgstr "May"\n')
    ok = tmp_path / "contexts.po"
    ok.write_text(HEADER + two_contexts, encoding="utf-8")
    assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(ok)], capture_output=True).returncode == 0
    assert [(entry.msgctxt, entry.msgstr) for entry in read_catalog(ok).entries] == \
        [("شهر", "May"), ("اسم", "Mayo"), (None, "May")]
    same = tmp_path / "same-context.po"
    same.write_text(HEADER + 'msgctxt "شهر"\nmsgid "مايو"\nmsgstr "May"\n\n'
                    'msgctxt "شهر"\nmsgid "مايو"\nmsgstr "Mai"\n', encoding="utf-8")
    refused = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(same)], capture_output=True, text=True)
    assert "duplicate message definition" in refused.stderr
    with pytest.raises(CatalogError) as caught:
        read_catalog(same)
    assert str(caught.value) == f"{same}:10: duplicate message (first defined at line 6)"  # the msgid lines


def test_a_translator_comment_without_a_space_keeps_its_first_letter():
    """``#ملاحظة`` (no space after ``#``, as a hand edit writes it; msgfmt accepts it): the comment is
    ``ملاحظة``; only the one space after ``#`` is layout, never a letter."""
    text = '#ملاحظة المترجم\n# with a space\nmsgid "دبلوماسية"\nmsgstr "Diplomacy"\n'
    entry, = parse_catalog(text.encode("utf-8"), "comments.po").entries
    assert entry.translator_comments == ("ملاحظة المترجم", "with a space")


def test_mutated_catalogs_are_read_refused_and_written_as_gettext_does(tmp_path):
    """benchmarks/po_mutations.py against GNU gettext: 400 copies of the shipped catalogs and the reproducers,
    each with 1-3 random line edits (seed 9), read and rewritten by kztr and by `msgcat --no-wrap`.  kztr reads
    what gettext reads, writing the same text (apart from the documented line ends and header-only files),
    refuses what gettext refuses, and names gettext's line in at least nine refusals out of ten (gettext names
    a later line for some, such as a #~ msgstr after a live msgid)."""
    import collections
    import random

    mutations = repo_module("benchmarks", "po_mutations")
    rng = random.Random(9)
    texts = mutations.bases()
    assert len(texts) > 20
    kinds: collections.Counter = collections.Counter()
    path = tmp_path / "m.po"
    for _ in range(400):
        path.write_bytes(mutations.mutate(rng.choice(texts), rng).encode("utf-8"))
        kind, error, complaint, _ = mutations.compare(path)
        assert kind not in ("different output", "gettext refuses, kztr reads", "kztr refuses, gettext reads"), (
            path.read_text(encoding="utf-8")[:3000], error, complaint)
        kinds[kind] += 1
    refused = kinds["both refuse, same line"] + kinds["both refuse, another line"]
    assert kinds["same output"] > 200 and refused > 100
    assert kinds["both refuse, same line"] >= 0.9 * refused


def test_msgmerges_previous_context_msgid_and_plural_are_read_by_both_readers():
    """msgmerge --previous on a plural with a context (tests/data/po/msgmerge-previous-plural.po): the three
    #| fields, read the same by the layout reader and by the line reader."""
    data = (PO / "msgmerge-previous-plural.po").read_bytes()
    fast, lines = _both_readers(data)
    assert fast == lines
    entry = fast.entries[0]
    assert (entry.previous_msgctxt, entry.previous_msgid, entry.previous_msgid_plural) == (
        "menu", "%d file deleted", "%d files deleted")
    assert (entry.msgctxt, entry.msgid, entry.msgid_plural, entry.flags) == (
        "menu", "%d file removed", "%d files removed", ("fuzzy",))


def test_a_catalog_that_cannot_be_read_is_named_with_the_systems_reason(tmp_path):
    folder = tmp_path / "fr.po"
    folder.mkdir()
    with pytest.raises(CatalogError) as caught:
        read_catalog(folder, "locales/fr/LC_MESSAGES/doc.po")
    assert str(caught.value) == "locales/fr/LC_MESSAGES/doc.po: cannot read: Is a directory"
    with pytest.raises(CatalogError) as caught:
        read_catalog(tmp_path / "missing.po")
    assert str(caught.value) == f"{tmp_path / 'missing.po'}: cannot read: No such file or directory"


def test_an_empty_file_and_a_nul_byte_are_refused_with_their_line():
    """Both are refused before any parsing (gettext would cut a string at the NUL): the first NUL's line."""
    for empty in (b"", b"\n\n  \n"):
        with pytest.raises(CatalogError) as caught:
            parse_catalog(empty)
        assert str(caught.value) == "<catalog>: empty file: not a PO catalog (restore it from version control)"
    data = (HEADER + 'msgid "a"\nmsgstr "b\x00c"\n\nmsgid "d"\nmsgstr "\x00"\n').encode("utf-8")
    with pytest.raises(CatalogError) as caught:
        parse_catalog(data, "ar.po")
    assert str(caught.value) == "ar.po:6: NUL byte: binary data in a PO file"


def test_header_charsets_as_written_and_only_the_content_type_converted(tmp_path):
    """A lower-case utf-8 is UTF-8 and its header is kept as written; a legacy catalog is converted, and
    only its Content-Type says so (a field that merely mentions a charset is left alone, as msgconv does);
    a charset no codec or iconv knows is named at the header's line; '#|msgid' needs no space."""
    lower = parse_catalog(b'msgid ""\nmsgstr "Content-Type: text/plain; charset=utf-8\\n"\n\n'
                          b'msgid "a"\nmsgstr "\xc3\xa9"\n')
    assert (lower.source_charset, lower.header, lower.entries[0].msgstr) == (
        "UTF-8", (("Content-Type", "text/plain; charset=utf-8"),), "é")
    legacy = tmp_path / "legacy.po"
    legacy.write_bytes(b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n'
                       b'"X-Note: was charset=KOI8-R\\n"\n\nmsgid "a"\nmsgstr "\xe9"\n')
    catalog = read_catalog(legacy)
    assert catalog.source_charset == "ISO-8859-1" and catalog.entries[0].msgstr == "é"
    assert catalog.header == (("Content-Type", "text/plain; charset=UTF-8"), ("X-Note", "was charset=KOI8-R"))
    assert generate_po(catalog) == _gettext(["msgconv", "--to-code=UTF-8", "-"], ["msgcat", "--no-wrap", "-"],
                                            path=legacy)
    with pytest.raises(CatalogError) as caught:
        parse_catalog(b'msgid ""\nmsgstr "Content-Type: text/plain; charset=FOO-99\\n"\n', "x.po")
    assert str(caught.value) == "x.po:2: unknown charset FOO-99 in the header"
    glued = parse_catalog((HEADER + '#, fuzzy\n#|msgid "o"\nmsgid "a"\nmsgstr "b"\n').encode("utf-8"))
    assert glued.entries[0].previous_msgid == "o"


def test_a_comment_after_a_string_on_its_line_is_kept_as_msgcat_keeps_it(tmp_path):
    """'msgstr "b" # fix X  ': the comment belongs to the next entry, its text as written (spaces, a last X);
    an obsolete '#~ #|msgid' needs no space either."""
    path = tmp_path / "inline.po"
    path.write_text(_HEAD + 'msgid "a"\nmsgstr "b" # fix X  \nmsgid "c"\nmsgstr "d" # see X\nmsgid "e"\nmsgstr "f"\n\n'
                    '#~ #|msgid "o"\n#~ msgid "g"\n#~ msgstr "h"\n', encoding="utf-8")
    catalog = read_catalog(path)
    assert [entry.translator_comments for entry in catalog.entries[1:3]] == [("fix X  ",), ("see X",)]
    assert catalog.entries[3].previous_msgid == "o"
    assert generate_po(catalog) == _gettext(["msgcat", "--no-wrap", "-"], path=path)
