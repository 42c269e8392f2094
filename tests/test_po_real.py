"""PO files from elsewhere (issue 18): the header's charset and only it, a Content-Type split over two
strings, a legacy file valid as UTF-8 by chance, charsets only iconv knows, and the writer's fixes
(duplicate obsolete entries, the header's fuzzy flag and #| lines); the plural counting rule."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import DATA, msgfmt_check
from kztr.errors import CatalogError
from kztr.model import Catalog, Entry
from kztr.po.catalog import read_catalog
from kztr.po.pofile import generate_po
from kztr.stats import TRANSLATED, UNTRANSLATED, unit_state

PO = DATA / "po"


def gettext(*commands: list[str], path: Path) -> str:
    data = path.read_bytes()
    for command in commands:
        data = subprocess.run(command, input=data, capture_output=True, check=True).stdout
    return data.decode("utf-8")


READS = {  # file: (reading, what gettext makes of it, as kztr writes it)
    "charset-in-comment.po": ({"Cancel": "Annulé"}, [["msgcat", "--no-wrap", "-"]]),
    "content-type-split.po": ({"Cancel": "Annulé"},
                              [["msgconv", "--to-code=UTF-8", "-"], ["msgcat", "--no-wrap", "-"]]),
    "legacy-looks-utf8.po": ({"CANCELLED!": "ANNULÉ\u00a0!"},
                             [["msgconv", "--to-code=UTF-8", "-"], ["msgcat", "--no-wrap", "-"]]),
    "viscii.po": ({"Vietnamese": "Tiếng Việt", "Cancel": "Hủy bỏ"},
                  [["msgconv", "--to-code=UTF-8", "-"], ["msgcat", "--no-wrap", "-"]]),
    "georgian-ps.po": ({"Georgian": "ქართული", "Cancel": "გაუქმება"},
                       [["msgconv", "--to-code=UTF-8", "-"], ["msgcat", "--no-wrap", "-"]]),
    "euc-tw.po": ({"Chinese": "中文", "Cancel": "取消"},
                  [["msgconv", "--to-code=UTF-8", "-"], ["msgcat", "--no-wrap", "-"]]),
    "header-fuzzy-empty.po": ({"a": "b"}, [["msgcat", "--no-wrap", "-"]]),
    "header-previous.po": ({"a": "b"}, [["msgcat", "--no-wrap", "-"]]),
}


@pytest.mark.parametrize("name", sorted(READS))
def test_read_and_written_as_gettext_does(name, tmp_path):
    expected, commands = READS[name]
    catalog = read_catalog(PO / name, name)
    assert {entry.msgid: entry.msgstr for entry in catalog.entries} == expected
    assert generate_po(catalog) == gettext(*commands, path=PO / name)
    written = tmp_path / name
    written.write_text(generate_po(catalog), encoding="utf-8")
    if name != "header-fuzzy-empty.po":  # no charset in that header: msgfmt -c wants one
        msgfmt_check(written)


def test_a_charset_in_a_message_is_not_the_headers():
    """The header comes after a message that talks about charsets: the header's UTF-8 decides."""
    catalog = read_catalog(PO / "charset-in-message.po")
    assert catalog.entries[0].msgstr == "Écrivez Content-Type: text/plain; charset=KOI8-R dans l’en-tête"
    assert catalog.source_charset == "UTF-8"


REFUSED = {  # gettext refuses them at the same line
    "obsolete-duplicate.po": (14, "duplicate message (first defined at line 11)"),
    "obsolete-previous-before-live.po": (9, "inconsistent use of #~"),
    "obsolete-mark-then-previous.po": (9, "inconsistent use of #~"),  # "#~ #| msgid" is "#~| msgid"
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_as_gettext_refuses(name):
    line, words = REFUSED[name]
    with pytest.raises(CatalogError) as caught:
        read_catalog(PO / name, name)
    assert str(caught.value) == f"{name}:{line}: {words}"
    refused = subprocess.run(["msgfmt", "-o", "/dev/null", str(PO / name)], capture_output=True, text=True)
    assert refused.returncode == 1 and f"{name}:{line}:" in refused.stderr


def test_a_mislabelled_file_is_still_refused():
    with pytest.raises(CatalogError, match="mislabelled: the header says charset=ISO-8859-1 but the bytes are UTF-8"):
        read_catalog(PO / "mislabelled-latin1.po")


def test_two_obsolete_entries_with_one_msgid_are_never_written(tmp_path):
    catalog = Catalog(header=(("Content-Type", "text/plain; charset=UTF-8"),), entries=(
        Entry("a", "b"), Entry("x", "newer", obsolete=True), Entry("x", "older", obsolete=True)))
    text = generate_po(catalog)
    assert text.count('#~ msgid "x"') == 1 and '#~ msgstr "newer"' in text
    (tmp_path / "out.po").write_text(text, encoding="utf-8")
    msgfmt_check(tmp_path / "out.po")


def test_a_plural_is_translated_when_every_form_is(tmp_path):
    """The reference is Poedit (3.2: CatalogItem::SetTranslations counts an item translated only when no form is
    empty). msgfmt --statistics and translate-toolkit count by msgstr[0]; Weblate reads it the same way and then
    flags the entry with its "Missing plurals" check. kztr's status follows Poedit: a form still to write is work
    still to do."""
    forms = (("one", "файл"), ("few", ""), ("many", "файлов"))
    partial = Entry("one file", msgid_plural="%d files", msgstr_plural=tuple(enumerate(text for _, text in forms)))
    full = Entry("one dog", msgid_plural="%d dogs", msgstr_plural=((0, "собака"), (1, "собаки"), (2, "собак")))
    assert (unit_state(partial), unit_state(full)) == (UNTRANSLATED, TRANSLATED)
    path = tmp_path / "plural.po"
    path.write_text(generate_po(Catalog(header=(
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Plural-Forms", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                         "(n%100<10 || n%100>=20) ? 1 : 2);")), entries=(partial, full))), encoding="utf-8")
    assert msgfmt_check(path).splitlines()[-1] == "2 translated messages."  # msgfmt counts msgstr[0]
