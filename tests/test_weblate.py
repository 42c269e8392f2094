"""Weblate reads and writes PO files through translate-toolkit: the shipped catalogs must survive it.

translate-toolkit is not a dependency of kztr (its import name, ``translate``,
is the reason kztr's package is not called that): these tests run Debian's
package (python3-translate) under the system Python, in a subprocess.
scripts/test and .ci/run install it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import ARTICLE, ROOT, msgcat_no_wrap, msgfmt_check, tracked_files, use_partial_russian, without_glossary
from kztr.po.catalog import read_catalog

SYSTEM_PYTHON = "/usr/bin/python3"
NO_WRAP = 65535  # Weblate's "Only wrap lines at newlines": docs/weblate.md
SHIPPED = [name for name in tracked_files("locales") if name.endswith((".po", ".pot"))]

# Runs under /usr/bin/python3 with Debian's translate-toolkit: read each file,
# write it back, and report its units as Weblate sees them.
ROUND_TRIP = r"""
import json, sys
from translate.storage import pypo
result = {}
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    store = pypo.pofile()
    store.parse(data)
    units = [{"msgid": unit.source, "msgstr": unit.target, "fuzzy": unit.isfuzzy(), "obsolete": unit.isobsolete()}
             for unit in store.units if not unit.isheader()]
    result[path] = {"same": bytes(store) == data, "units": units}
print(json.dumps(result))
"""

# A translator's edit as Weblate saves it, with po_line_wrap = 65535 (only at newlines)
# or Weblate's default width (77): set the first empty translation.
EDIT = r"""
import sys
from translate.storage import pypo
path, width, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
store = pypo.pofile(width=width)
store.parse(open(path, "rb").read())
unit = next(unit for unit in store.units if not unit.isheader() and not unit.isobsolete() and not unit.target)
unit.target = text
open(path, "wb").write(bytes(store))
"""


def _system_python(script: str, *args: str) -> str:
    completed = subprocess.run([SYSTEM_PYTHON, "-c", script, *args], capture_output=True, text=True, check=False)
    assert completed.returncode == 0, (
        f"translate-toolkit under {SYSTEM_PYTHON} failed (install Debian's python3-translate): {completed.stderr}")
    return completed.stdout


def test_the_shipped_catalogs_are_laid_out_for_weblate():
    assert f"locales/{ARTICLE}.pot" in SHIPPED  # the template for new translations
    assert {Path(name).parent.parent.name for name in SHIPPED if name.endswith(".po")} == {"en", "ru"}
    assert all(name.endswith(f"/LC_MESSAGES/{ARTICLE}.po") for name in SHIPPED if name.endswith(".po"))


def test_translate_toolkit_reads_and_writes_every_shipped_catalog_unchanged():
    report = json.loads(_system_python(ROUND_TRIP, *(str(ROOT / name) for name in SHIPPED)))
    for name in SHIPPED:
        seen = report[str(ROOT / name)]
        assert seen["same"], f"{name}: translate-toolkit's writer changed bytes"
        catalog = read_catalog(ROOT / name)
        ours = [{"msgid": entry.msgid, "msgstr": entry.msgstr, "fuzzy": entry.fuzzy, "obsolete": entry.obsolete}
                for entry in catalog.entries]
        assert seen["units"] == ours, f"{name}: translate-toolkit sees other units than kztr"


def test_a_weblate_edit_without_wrapping_is_one_line_and_extract_keeps_it(project, run):
    """With po_line_wrap = 65535 a saved translation changes one line, and kztr extract leaves the file as it is."""
    po = use_partial_russian(project)
    without_glossary(project, "ru")  # the partial catalog predates the glossary notes
    before = po.read_text(encoding="utf-8").splitlines()
    translation = ("In 2022 the country hosted the CICA summit — a long sentence, longer than seventy-seven "
                   "columns, as most sentences of the article are.")
    _system_python(EDIT, str(po), str(NO_WRAP), translation)
    after = po.read_text(encoding="utf-8")
    changed = [line for line in after.splitlines() if line not in before]
    assert changed == [f'msgstr "{translation}"']
    assert msgcat_no_wrap(po) == after
    msgfmt_check(po)
    run("extract")
    assert po.read_text(encoding="utf-8") == after


def test_weblate_default_wrapping_would_fight_extract(project, run):
    """Why the README asks for no wrapping: at Weblate's default width the next extract unwraps the edit."""
    po = use_partial_russian(project)
    translation = "A translation longer than seventy-seven columns, wrapped by Weblate at its default width of 77."
    _system_python(EDIT, str(po), "77", translation)
    wrapped = po.read_text(encoding="utf-8")
    assert 'msgstr ""\n"A translation' in wrapped
    run("extract")
    assert po.read_text(encoding="utf-8") != wrapped
    assert f'msgstr "{translation}"' in po.read_text(encoding="utf-8")


def test_system_translate_toolkit_is_installed():
    """scripts/test and .ci/run install Debian's translate-toolkit; the tests above need it, never skip."""
    assert _system_python("import translate.storage.pypo; print('ok')").strip() == "ok"
