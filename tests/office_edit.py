"""Edit a review file in a real LibreOffice, headless, through UNO; run by Debian's /usr/bin/python3.

    /usr/bin/python3 tests/office_edit.py FILE OUT EDITS_JSON

EDITS_JSON: {"cells": {"F4": "text", ...}, "delete_rows": [8]} with spreadsheet
cell names (the first sheet of a workbook, the first table of a document;
rows counted from 1, the header row). LibreOffice opens FILE, sets the cells,
deletes the rows (highest first), saves OUT in FILE's format (xlsx or docx),
and quits. The soffice process is started here with a private profile and
ended here, whatever happens.
"""

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time


def prop(name, value):
    from com.sun.star.beans import PropertyValue

    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def connect(pipe, deadline):
    import uno

    context = uno.getComponentContext()
    resolver = context.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", context)
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def edit(document, path, edits):
    if path.endswith(".xlsx"):
        sheet = document.Sheets.getByIndex(0)
        for name, text in edits.get("cells", {}).items():
            sheet.getCellRangeByName(name).setString(text)
        for row in sorted(edits.get("delete_rows", []), reverse=True):
            sheet.Rows.removeByIndex(row - 1, 1)
        return "Calc MS Excel 2007 XML"
    table = document.TextTables.getByIndex(0)
    for name, text in edits.get("cells", {}).items():
        table.getCellByName(name).setString(text)
    for row in sorted(edits.get("delete_rows", []), reverse=True):
        table.Rows.removeByIndex(row - 1, 1)
    return "MS Word 2007 XML"


def main():
    import uno  # Debian's python3-uno: only under /usr/bin/python3

    source, target, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    profile = tempfile.mkdtemp(prefix="kztr-lo-profile-")
    pipe = f"kztr_{os.getpid()}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
                               "--nologo", "--norestore", "--nodefault", f"--accept=pipe,name={pipe};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(pipe, time.monotonic() + 90)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                                (prop("Hidden", True),))
        filter_name = edit(document, source, edits)
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                            (prop("FilterName", filter_name), prop("Overwrite", True)))
        document.close(True)
        with contextlib.suppress(Exception):  # the bridge goes away as soffice quits
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()
        subprocess.run(["rm", "-rf", profile], check=False)


if __name__ == "__main__":
    main()
