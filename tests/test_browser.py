"""The bilingual HTML edition in a real browser: headless Chromium, driven by Selenium.

Debian's ``chromium`` and ``chromedriver`` are used as installed (nothing is
downloaded: the driver path is given and ``SE_OFFLINE`` is set). Locally the
tests skip when they are missing; with ``CI=true`` they fail instead.
Screenshots go to $KZTR_TEST_ARTIFACTS (default: kztr-test-artifacts in the system's temporary
folder, never the checkout under test) for a person to look at.
"""

from __future__ import annotations

import base64
import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ARTIFACTS, NARROW, WIDE, copy_project, load, screenshot
from kztr.config import load_settings
from kztr.po.catalog import read_catalog
from kztr.project import read_documents
from kztr.workflow import build

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "data" / "build"
ARTICLE = "kazakhstan-diplomacy-2022"
def _project(base: Path, catalogs: dict[str, Path] | None) -> Path:
    """A copy of the shipped project, its catalogs optionally replaced by fixtures."""
    target = base / "project"
    target.mkdir()
    (target / "kztr.toml").write_text('source-language = "ar"\nproject = "browser test"\n', encoding="utf-8")
    copy_project(target)  # tracked files only: never a user's untracked locales/fr
    for lang, path in (catalogs or {}).items():
        destination = target / "locales" / lang / "LC_MESSAGES" / f"{ARTICLE}.po"
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
    return target


@pytest.fixture(scope="module")
def fixture_page(tmp_path_factory) -> tuple[Path, Path]:
    """(project, page): the fixture English catalog built to HTML."""
    project = _project(tmp_path_factory.mktemp("fixture"), {"en": FIXTURES / "en.po", "fa": FIXTURES / "fa.po"})
    result = build(load_settings(project), "en")
    return project, result.documents[0].file


UNITS_JS = """
const side = (name) => Array.from(document.querySelectorAll('.cell.' + name + ' [data-u]')).map((unit) => {
  const inner = unit.querySelector('.t') || unit.querySelector('.fallback') || unit;
  return [unit.dataset.u, unit.dataset.state || '', inner.textContent];
});
return [side('source'), side('target')];
"""

OVERFLOW_JS = """
const width = document.documentElement.clientWidth;
const wide = Array.from(document.querySelectorAll('body *'))
  .filter((element) => element.getBoundingClientRect().right > width + 1)
  .map((element) => element.tagName + '.' + element.className);
return [document.documentElement.scrollWidth, width, wide.slice(0, 5)];
"""


# ---------------------------------------------------------------- the fixture catalog


def test_every_source_and_translation_unit_is_in_the_dom(browser, fixture_page):
    project, page = fixture_page
    load(browser, page)
    sources, targets = browser.execute_script(UNITS_JS)
    units = read_documents(load_settings(project))[0].units
    assert [text for _, _, text in sources] == [unit.text for unit in units]
    assert [key for key, _, _ in targets] == [key for key, _, _ in sources]
    catalog = {entry.msgid: entry for entry in read_catalog(FIXTURES / "en.po").entries}
    for unit, (_, state, text) in zip(units, targets, strict=True):
        entry = catalog[unit.text]
        assert text == (entry.msgstr if entry.msgstr else unit.text), unit.text
        assert state == ("fuzzy" if entry.fuzzy else "translated" if entry.msgstr else "untranslated")
    assert "<script>alert(1)</script>" in [text for _, _, text in targets]


def test_hostile_translations_do_not_run_and_the_page_script_does(browser, fixture_page):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.action_chains import ActionChains

    load(browser, fixture_page[1])
    assert browser.execute_script("return [document.scripts.length, document.images.length]") == [1, 0]
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    unit = browser.find_element("css selector", '.cell.source [data-u="19.0"]')
    ActionChains(browser).move_to_element(unit).perform()
    lit = browser.execute_script("return Array.from(document.querySelectorAll('.hl')).map((e) => e.dataset.u)")
    assert lit == ["19.0", "19.0"]  # the hovered source sentence and its translation
    background = browser.execute_script(
        "return getComputedStyle(document.querySelector('.cell.target .hl')).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    ActionChains(browser).move_to_element(browser.find_element("css selector", '.cell.target [data-u="2.1"]')).perform()
    assert browser.execute_script("return Array.from(document.querySelectorAll('.hl')).map((e) => e.dataset.u)") \
        == ["2.1", "2.1"]
    errors = [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors  # a CSP hash mismatch or a script error would show here


def test_arabic_computes_right_to_left_and_latin_runs_left_to_right(browser, fixture_page):
    load(browser, fixture_page[1])
    directions = browser.execute_script("""
      const d = (selector) => Array.from(document.querySelectorAll(selector)).map((e) => getComputedStyle(e).direction);
      return {arabic: d('[lang="ar"]'), english: d('.cell.target'), runs: d('.cell.source bdi'),
              root: getComputedStyle(document.documentElement).direction};
    """)
    assert directions["arabic"] and set(directions["arabic"]) == {"rtl"}
    assert set(directions["english"]) == {"ltr"} and directions["root"] == "ltr"
    assert directions["runs"] and set(directions["runs"]) == {"ltr"}


@pytest.mark.parametrize("width", [WIDE, NARROW])
def test_no_horizontal_overflow(browser, fixture_page, width):
    load(browser, fixture_page[1], width=width)
    scroll_width, client_width, wide = browser.execute_script(OVERFLOW_JS)
    assert client_width == width
    assert scroll_width <= client_width and not wide, wide
    screenshot(browser, f"build-fixture-en-{width}.png")


def test_source_on_the_right_side_by_side_and_stacked_when_narrow(browser, fixture_page):
    geometry = """
      const row = document.getElementById('b3');
      const box = (selector) => row.querySelector(selector).getBoundingClientRect();
      const s = box('.source'), t = box('.target');
      return [s.left, s.right, s.top, s.bottom, t.left, t.right, t.top, t.bottom];
    """
    load(browser, fixture_page[1], width=WIDE)
    s_left, _, s_top, _, _, t_right, t_top, _ = browser.execute_script(geometry)
    assert s_left > t_right and abs(s_top - t_top) < 2  # Arabic on the right, level with its translation
    load(browser, fixture_page[1], width=NARROW)
    _, _, _, s_bottom, _, _, t_top, _ = browser.execute_script(geometry)
    assert t_top >= s_bottom - 1  # stacked: the translation under its source


def test_print_keeps_two_columns_and_drops_hover(browser, fixture_page):
    load(browser, fixture_page[1], width=760, media="print")
    s_left, t_right, columns = browser.execute_script("""
      const row = document.getElementById('b3');
      return [row.querySelector('.source').getBoundingClientRect().left,
              row.querySelector('.target').getBoundingClientRect().right,
              getComputedStyle(row).gridTemplateColumns.split(' ').length];
    """)
    assert s_left > t_right and columns == 3
    browser.execute_script("document.querySelector('.cell.source [data-u]').classList.add('hl')")
    assert browser.execute_script(
        "return getComputedStyle(document.querySelector('.hl')).backgroundColor") == "rgba(0, 0, 0, 0)"
    screenshot(browser, "build-fixture-en-print.png")
    pdf = base64.b64decode(browser.execute_cdp_cmd(
        "Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})["data"])
    (ARTIFACTS / "build-fixture-en.pdf").write_bytes(pdf)
    # The page's own @page size (A4: 595 x 842 points) on every page, and the Arabic face embedded.
    boxes = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf))
    assert pdf.startswith(b"%PDF-") and boxes and all(round(float(w)) == 595 and round(float(h)) == 842
                                                      for w, h in boxes), boxes
    faces = subprocess.run(["fc-list", ":lang=ar", "family"], capture_output=True, text=True, check=False).stdout
    if "Amiri" in faces:
        assert b"Amiri" in pdf


def test_arabic_is_set_in_a_naskh_face_where_the_system_has_one(browser, fixture_page):
    faces = subprocess.run(["fc-list", ":lang=ar", "family"], capture_output=True, text=True, check=False).stdout
    naskh = [name for name in ("Amiri", "Noto Naskh Arabic") if name in faces]
    if not naskh:
        pytest.skip("no Naskh font installed (Debian: fonts-hosny-amiri or fonts-noto-core)")
    load(browser, fixture_page[1])
    document = browser.execute_cdp_cmd("DOM.getDocument", {})
    browser.execute_cdp_cmd("CSS.enable", {})
    node = browser.execute_cdp_cmd("DOM.querySelector", {"nodeId": document["root"]["nodeId"],
                                                         "selector": '.cell.source [data-u="2.0"]'})
    fonts = browser.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    used = max(fonts, key=lambda font: font["glyphCount"])["familyName"]
    assert used in naskh, fonts


def test_right_to_left_target_keeps_the_source_on_the_right(browser, fixture_page):
    project, _ = fixture_page
    page = build(load_settings(project), "fa").documents[0].file
    load(browser, page)
    s_left, t_right, direction = browser.execute_script("""
      const row = document.getElementById('b3');
      return [row.querySelector('.source').getBoundingClientRect().left,
              row.querySelector('.target').getBoundingClientRect().right,
              getComputedStyle(row.querySelector('.target')).direction];
    """)
    assert s_left > t_right and direction == "rtl"


# ---------------------------------------------------------------- the shipped project


def test_shipped_english_edition(browser, tmp_path):
    project = _project(tmp_path, None)
    page = build(load_settings(project), "en").documents[0].file
    units = read_documents(load_settings(project))[0].units
    for width in (WIDE, NARROW):
        load(browser, page, width=width)
        sources, targets = browser.execute_script(UNITS_JS)
        assert [text for _, _, text in sources] == [unit.text for unit in units]
        assert len(targets) == len(units)
        scroll_width, client_width, wide = browser.execute_script(OVERFLOW_JS)
        assert scroll_width <= client_width and not wide, wide
        screenshot(browser, f"build-shipped-en-{width}.png")
    load(browser, page, width=WIDE)
    screenshot(browser, "build-shipped-en-full.png", full_page=True)


# ---------------------------------------------------------------- a Markdown document, addresses, the index

ADDRESSES = ("info@example.org", "https://example.org/a/b?x=1&y=2", "source/kazakhstan-diplomacy-2022.txt",
             "12-18", "14.10.2022", "+7 (7172) 74-56-78")
# The box of every character of an element's text, in the order the text is written.
BOXES_JS = """
const boxes = (element) => {
  const found = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.data.length; i++) {
      if (/\\s|[\\u200e\\u200f\\u2066-\\u2069]/.test(node.data[i])) { continue; }
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (box) { found.push([node.data[i], box.left + box.width / 2, box.top + box.height / 2]); }
    }
  }
  return found;
};
"""


def reads_left_to_right(boxes) -> bool:
    """Each character right of the one before it, or on a later line."""
    return all(b[2] > a[2] + 4 or (abs(b[2] - a[2]) <= 4 and b[1] > a[1]) for a, b in itertools.pairwise(boxes))


def reads_right_to_left(boxes) -> bool:
    return all(b[2] > a[2] + 4 or (abs(b[2] - a[2]) <= 4 and b[1] < a[1]) for a, b in itertools.pairwise(boxes))


@pytest.fixture(scope="module")
def guide_pages(tmp_path_factory):
    """(project, guide page, index page): the article and the Markdown guide, built to HTML in English."""
    project = _project(tmp_path_factory.mktemp("guide"), None)
    shutil.copyfile(ROOT / "tests" / "data" / "sources" / "guide.md", project / "source" / "guide.md")
    shutil.copyfile(FIXTURES / "guide.en.po", project / "locales" / "en" / "LC_MESSAGES" / "guide.po")
    result = build(load_settings(project), "en")
    return project, result.documents[0].file, result.index


def test_addresses_inside_arabic_read_left_to_right(browser, guide_pages):
    _, page, _ = guide_pages
    load(browser, page)
    found = browser.execute_script(BOXES_JS + """
      return Array.from(document.querySelectorAll('.cell.source bdi, .fallback bdi')).map(
        (bdi) => [bdi.textContent, bdi.closest('.fallback') ? 'fallback' : 'source', boxes(bdi)]);
    """)
    seen = {(text, where) for text, where, _ in found}
    for address in ADDRESSES:
        assert (address, "source") in seen, address
    assert ("+7 (7172) 74-56-78", "fallback") in seen  # an untranslated sentence shown in the English column
    for text, where, boxes in found:
        assert "".join(char for char, _, _ in boxes) == text.replace(" ", "")
        assert reads_left_to_right(boxes), (text, where, boxes)
    # ...and each address stands where the Arabic sentence puts it: after (left of) the words before it
    before, address = browser.execute_script(BOXES_JS + """
      const unit = Array.from(document.querySelectorAll('.cell.source .u'))
        .find((u) => u.textContent.includes('info@'));
      const bdi = unit.querySelector('bdi');
      const words = boxes(unit).filter((box) => 'للتواصل'.includes(box[0]));
      return [words[0], boxes(bdi)[0]];
    """)
    assert before[1] > address[1] and abs(before[2] - address[2]) < 4
    # the check can fail: an address cut into pieces (as before) reads example.org@info
    control = browser.execute_script(BOXES_JS + """
      const probe = document.createElement('p');
      probe.setAttribute('dir', 'rtl');
      probe.setAttribute('lang', 'ar');
      probe.innerHTML = 'اكتب إلى <span id="probe"><bdi dir="ltr">info</bdi>@'
        + '<bdi dir="ltr">example.org</bdi></span> غدًا';
      document.querySelector('main').prepend(probe);
      return boxes(document.getElementById('probe'));
    """)
    assert "".join(char for char, _, _ in control) == "info@example.org" and not reads_left_to_right(control)
    row = browser.find_element("css selector", "#b3")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    row.screenshot(str(ARTIFACTS / "build-guide-addresses.png"))


def test_addresses_in_untranslated_sentences_read_left_to_right(browser, guide_pages):
    """Nothing translated yet (Russian): every address is shown in a fallback in the left-to-right column."""
    project, _, _ = guide_pages
    catalog = project / "locales" / "ru" / "LC_MESSAGES" / "guide.po"
    catalog.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ru\\n"\n',
                       encoding="utf-8")
    page = build(load_settings(project), "ru", documents=("guide",)).documents[0].file
    load(browser, page)
    found = browser.execute_script(BOXES_JS + """
      return Array.from(document.querySelectorAll('.cell.target .fallback bdi')).map(
        (bdi) => [bdi.textContent, getComputedStyle(bdi.closest('.fallback')).direction, boxes(bdi)]);
    """)
    assert {text for text, _, _ in found} >= set(ADDRESSES)
    for text, direction, boxes in found:
        assert direction == "rtl" and reads_left_to_right(boxes), (text, boxes)


def test_markdown_document_edition_in_the_browser(browser, guide_pages):
    _, page, _ = guide_pages
    load(browser, page)
    state = browser.execute_script("""
      const li = Array.from(document.querySelectorAll('.cell.target li'))
        .find((item) => item.querySelector('.missing'));
      const flag = li.querySelector('.flag').getBoundingClientRect();
      const tables = Array.from(document.querySelectorAll('.row.table table'));
      const links = Array.from(document.querySelectorAll('.cell a'));
      return {
        marker: getComputedStyle(li).display, flagOffset: flag.top - li.getBoundingClientRect().top,
        listStyles: Array.from(document.querySelectorAll('.cell.target li'))
          .map((e) => getComputedStyle(e.parentNode).listStyleType),
        tableRows: tables.map((table) => table.rows.length),
        tableSides: tables.map((table) => table.closest('.cell').classList.contains('source') ? 'source' : 'target'),
        levels: tables.map((table) => Math.round(table.getBoundingClientRect().top)),
        links: links.map((a) => [a.getAttribute('href'), a.rel, getComputedStyle(a).color]),
        strong: Array.from(document.querySelectorAll('.cell strong')).map((e) => getComputedStyle(e).fontWeight),
        code: getComputedStyle(document.querySelector('.row.code pre')).direction,
      };
    """)
    assert state["marker"] == "list-item" and state["flagOffset"] < 12  # the number beside the marker, not above it
    assert {"decimal", "disc", "circle"} <= set(state["listStyles"])
    assert state["tableRows"] == [4, 4] and sorted(state["tableSides"]) == ["source", "target"]
    assert abs(state["levels"][0] - state["levels"][1]) < 2  # the two tables side by side
    assert {(href, rel) for href, rel, _ in state["links"]} == {("https://example.org/library", "noopener noreferrer")}
    assert state["strong"] and all(int(weight) >= 600 for weight in state["strong"])
    assert state["code"] == "ltr"
    for width in (WIDE, NARROW):
        load(browser, page, width=width)
        scroll_width, client_width, wide = browser.execute_script(OVERFLOW_JS)
        assert scroll_width <= client_width and not wide, wide
    load(browser, page)
    errors = [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors
    screenshot(browser, "build-guide-en.png", full_page=True)


def test_index_page_in_the_browser(browser, guide_pages):
    _, _, index = guide_pages
    load(browser, index)
    rows = browser.execute_script("""
      return Array.from(document.querySelectorAll('.row.document')).map((row) => [
        row.querySelector('.source h2').textContent, row.querySelector('.target h2').textContent,
        row.querySelector('.target a').href, row.querySelector('meter').value]);
    """)
    assert [row[0] for row in rows] == ["دليل قصير إلى أرشيف الترجمة", "كشف حساب انجازات كازاخستان الدولية خلال 2022"]
    assert rows[0][1] == "A short guide to the translation archive" and rows[0][3] == pytest.approx(86.7)
    for row in rows:
        assert Path(row[2].removeprefix("file://")).is_file()
    browser.find_element("css selector", ".row.document .target a").click()
    assert browser.current_url.endswith("/guide.html")
    load(browser, index)
    errors = [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors
    screenshot(browser, "build-index-en.png")


def test_markdown_output_reads_right_to_left_when_rendered(browser, guide_pages, tmp_path):
    """--format md through a CommonMark renderer; cells get dir="auto" as GitHub gives them."""
    from markdown_it import MarkdownIt

    project, _, _ = guide_pages
    text = build(load_settings(project), "en", documents=("guide",), fmt="md").documents[0].file.read_text(
        encoding="utf-8")
    body = MarkdownIt("commonmark").enable("table").render(text).replace("<td>", '<td dir="auto">')
    page = tmp_path / "guide-md.html"
    page.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>',
                    encoding="utf-8")
    load(browser, page)
    cells = browser.execute_script(BOXES_JS + """
      const bilingual = Array.from(document.querySelectorAll('table'))
        .filter((table) => table.rows[0].cells[0].textContent === '#');
      return bilingual.flatMap((table) => Array.from(table.tBodies[0].rows)).map((tr) => [
        getComputedStyle(tr.cells[2]).direction, tr.cells[2].textContent, boxes(tr.cells[2]),
        tr.cells[2].innerHTML]);
    """)
    arabic = next(cell for cell in cells if "للتواصل" in cell[1])
    assert {direction for direction, *_ in cells} == {"rtl"}
    words = [box for box in arabic[2] if "\u0600" <= box[0] <= "\u06ff"]
    assert reads_right_to_left(words[:6])  # the first Arabic words, right to left
    email = [box for box in arabic[2] if box[0] in "info@example.org"]
    start = "".join(box[0] for box in email).index("info@example.org")
    assert reads_left_to_right(email[start:start + len("info@example.org")])


# ---------------------------------------------------------------- a new user's Markdown brief (issue 24)

BRIEF_ADDRESSES = ("brief@example.org", "+7 (7172) 55-01-23", "14.10.2022", "20.10.2022", "KZ-2022/118")
BRIEF_TABLES = {
    "target": [["Stage", "Chapters", "Due"], ["First translation", "12", "14.10.2022"],
               ["Review", "7", "2022-11-01"], ["Final delivery", "12", "2022/11/15"]],
    "source": [["المرحلة", "الفصول", "الموعد"], ["الترجمة الأولى", "١٢", "14.10.2022"],
               ["المراجعة", "7", "2022-11-01"], ["التسليم النهائي", "١٢", "٢٠٢٢/١١/١٥"]],
}
# Every cell of every table: its text without direction marks, and whether it has a box on screen.
TABLE_CELLS_JS = """
return Array.from(document.querySelectorAll('table')).map((table) => Array.from(table.rows).map((row) =>
  Array.from(row.cells).map((cell) => {
    const box = cell.getBoundingClientRect();
    return [cell.textContent.replace(/[\\u200e\\u200f\\u2066-\\u2069]/g, '').trim(),
            box.width > 0 && box.height > 0 && getComputedStyle(cell).visibility === 'visible'];
  })));
"""
RAW_MARKUP = ("**", "](", "`", "<", "\\")


@pytest.fixture(scope="module")
def brief_project(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("brief") / "agency"
    (project / "source").mkdir(parents=True)
    (project / "kztr.toml").write_text('source-language = "ar"\nproject = "Astana Book Fair guide"\n', encoding="utf-8")
    shutil.copyfile(ROOT / "tests" / "data" / "sources" / "brief.md", project / "source" / "brief.md")
    for lang in ("en", "fr"):
        folder = project / "locales" / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        shutil.copyfile(FIXTURES / f"brief.{lang}.po", folder / "brief.po")
    return project


def markdown_page(text: str, path: Path, cells: str = "") -> Path:
    """A Markdown edition rendered by markdown-it-py (CommonMark plus tables), as a host would show it.

    ``cells`` is an attribute for every table cell: ``dir="auto"`` as GitHub sets it, or nothing as
    plain CommonMark renderers leave it.
    """
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark").enable("table").render(text)
    if cells:
        body = body.replace("<td>", f"<td {cells}>").replace("<td style", f"<td {cells} style")
        body = body.replace("<th>", f"<th {cells}>").replace("<th style", f"<th {cells} style")
    path.write_text('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>'
                    "body{font:16px/1.5 sans-serif;max-width:72rem;margin:1rem auto}"
                    "td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}table{border-collapse:collapse}"
                    f"</style></head><body>{body}</body></html>", encoding="utf-8")
    return path


def test_brief_html_edition_shows_every_cell_every_address_left_to_right_no_raw_markup(browser, brief_project):
    page = build(load_settings(brief_project), "en").documents[0].file
    load(browser, page)
    tables = browser.execute_script(TABLE_CELLS_JS)
    shown = {side: [[text for text, _ in row] for row in table]
             for side, table in zip(("source", "target"), tables, strict=True)}
    assert shown == BRIEF_TABLES
    assert all(visible for table in tables for row in table for _, visible in row)
    found = browser.execute_script(BOXES_JS + """
      return Array.from(document.querySelectorAll('.cell.source bdi')).map((bdi) => [bdi.textContent, boxes(bdi)]);
    """)
    assert {text for text, _ in found} >= set(BRIEF_ADDRESSES)
    for text, boxes in found:
        assert reads_left_to_right(boxes), (text, boxes)
    visible = browser.execute_script("return document.querySelector('main').innerText")
    assert not [mark for mark in RAW_MARKUP if mark in visible], visible
    assert browser.execute_script("return document.querySelectorAll('.sheet strong').length") == 8  # every bold label
    assert browser.execute_script(
        "return document.querySelectorAll('main a[href^=\"https://example.org\"]').length") == 2
    for width in (WIDE, NARROW):
        load(browser, page, width=width)
        scroll_width, client_width, wide = browser.execute_script(OVERFLOW_JS)
        assert scroll_width <= client_width and not wide, wide
    load(browser, page)
    screenshot(browser, "brief-en.png", full_page=True)


@pytest.mark.parametrize("cells", ["", 'dir="auto"'])
def test_brief_md_edition_rendered_by_a_markdown_renderer(browser, brief_project, tmp_path, cells):
    """--format md through markdown-it-py, then Chromium: plain CommonMark (cells left-to-right) and
    GitHub's dir=auto."""
    text = build(load_settings(brief_project), "en", fmt="md").documents[0].file.read_text(encoding="utf-8")
    page = markdown_page(text, tmp_path / "brief-md.html", cells)
    load(browser, page)
    tables = browser.execute_script(TABLE_CELLS_JS)
    shapes = [[[text for text, _ in row] for row in table] for table in tables]
    assert BRIEF_TABLES["target"] in shapes and BRIEF_TABLES["source"] in shapes  # every cell, header first
    assert all(visible for table in tables for row in table for _, visible in row)
    visible = browser.execute_script("return document.body.innerText")
    assert not [mark for mark in RAW_MARKUP if mark in visible]
    # each Arabic cell reads right to left whatever the cell's own direction: its first word on the right,
    # a list number before it (right of it), a year or a closing full stop at its end (left)
    order = browser.execute_script(BOXES_JS + """
      const cell = (start) => Array.from(document.querySelectorAll('td')).find(
        (td) => td.textContent.replace(/[\\u200e\\u200f\\u2066-\\u2069]/g, '').startsWith(start));
      const x = (td, char, last) => { const found = boxes(td).filter((box) => box[0] === char);
                                       return found.length ? found[last ? found.length - 1 : 0][1] : null; };
      const title = cell('موجز'), item = cell('1. ترجمة'), question = cell('هل يمكنكم');
      return {title: [x(title, 'م'), x(title, '٣', true)], item: [x(item, '1'), x(item, 'ت'), x(item, '.', true)],
              question: [x(question, 'ه'), x(question, '؟')]};
    """)
    assert order["title"][0] > order["title"][1]  # the year ٢٠٢٣ left of the first word
    assert order["item"][0] > order["item"][1] > order["item"][2]  # "1." on the right, the full stop on the left
    assert order["question"][0] > order["question"][1]
    found = browser.execute_script(BOXES_JS + """
      const arabic = Array.from(document.querySelectorAll('td'))
        .filter((td) => /[\\u0600-\\u06ff]/.test(td.textContent));
      return arabic.map((td) => [td.textContent, boxes(td)]);
    """)
    for address in BRIEF_ADDRESSES:
        holders = [boxes for text, boxes in found if address in text]
        assert holders, address
        for boxes in holders:
            chars = "".join(box[0] for box in boxes)
            start = chars.index(address.replace(" ", ""))
            assert reads_left_to_right(boxes[start:start + len(address.replace(" ", ""))]), address
    screenshot(browser, f"brief-en-md{'-auto' if cells else ''}.png", full_page=True)


def test_an_rlm_alone_puts_the_full_stop_on_the_wrong_side(browser, tmp_path):
    """The control: what the md edition wrote before (an RLM only) fails the check above in a plain
    CommonMark cell, and the isolate the edition writes now passes it."""
    rows = ["\u200f1. ترجمة النص قبل 2023.", "\u200f\u20671. ترجمة النص قبل 2023.\u2069"]
    page = markdown_page("| a |\n|---|\n" + "".join(f"| {row} |\n" for row in rows), tmp_path / "rlm.html")
    load(browser, page)
    cells = browser.execute_script(BOXES_JS + """
      return Array.from(document.querySelectorAll('td')).map((td) => {
        const found = boxes(td);
        return [found.find((box) => box[0] === 'ت')[1], found.filter((box) => box[0] === '.').pop()[1],
                found.find((box) => box[0] === '1')[1]];
      });
    """)
    (word, stop, _number), (isolated_word, isolated_stop, isolated_number) = cells
    assert stop > word  # RLM only: the closing full stop right of the Arabic, where the sentence starts
    assert isolated_stop < isolated_word < isolated_number  # one isolate: "1." first (right), "." last (left)


def test_brief_review_list_and_status_page_read_addresses_left_to_right(browser, brief_project, tmp_path):
    """Where a reviewer compares figures (--review's list, status --format html), as in the edition body."""
    from click.testing import CliRunner
    from kztr.cli import main

    project = tmp_path / "agency"
    shutil.copytree(brief_project, project)
    catalog = project / "locales" / "en" / "LC_MESSAGES" / "brief.po"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace("55-01-23, Sunday", "55-01-32, Sunday"),
                       encoding="utf-8")
    review = build(load_settings(project), "en", review=True).documents[0].file
    status = tmp_path / "status.html"
    result = CliRunner().invoke(main, ["status", "--project", str(project), "--format", "html", "--lang", "fr",
                                       "--output", str(status)])
    assert result.exit_code == 0, result.output
    for page, selector in ((review, ".review .src bdi, .review .tgt bdi"), (status, "td[lang=ar] bdi")):
        load(browser, page)
        found = browser.execute_script(BOXES_JS + f"""
          return Array.from(document.querySelectorAll('{selector}')).map((bdi) => [bdi.textContent, boxes(bdi)]);
        """)
        assert {"+7 (7172) 55-01-23", "brief@example.org"} <= {text for text, _ in found}, page
        for text, boxes in found:
            assert reads_left_to_right(boxes) or not any(char.isascii() for char, _, _ in boxes), (text, boxes)
        assert "**" not in browser.execute_script("return document.body.innerText")
    load(browser, review)
    browser.find_element("css selector", "#review").screenshot(str(ARTIFACTS / "brief-review-list.png"))
    load(browser, status)
    screenshot(browser, "brief-status-fr.png", full_page=True)
