"""kztr build: the bilingual edition in HTML, Markdown and plain text.

Fixtures: tests/data/build/en.po is an English catalog of the real article
(its msgids are the shipped article's units) with hostile, fuzzy and
untranslated entries; fa.po is a mostly untranslated Persian one (a
right-to-left target). Golden files are in tests/data/build/expected/;
regenerate them after a deliberate change with

    KZTR_REGEN_GOLDEN=1 python -m pytest tests/test_build.py
"""

from __future__ import annotations

import html
import os
import re
import shutil
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from kztr.config import load_settings
from kztr.project import read_documents
from kztr.render.bilingual import Edition, Language, Pair, Row, split_runs
from kztr.render.html import csp_hash, render_html
from kztr.render.markdown import RLM, escape_markdown
from kztr.stats import Counts
from kztr.workflow import build

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "data" / "build"
EXPECTED = FIXTURES / "expected"
ARTICLE = "kazakhstan-diplomacy-2022"
REGENERATE = os.environ.get("KZTR_REGEN_GOLDEN") == "1"
HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "| pipes |",
    "**bold**",
    "Kazakhstan’s diplomacy in 2022</title><script>alert(2)</script>",
    "&lt;b&gt; AT&T &amp; \"quoted\" 'single' </span></div></main> {{ 7*7 }} {% raw %}",
)
# Every element the page may contain; a catalog string must never add one.
PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "div", "header", "main", "footer", "span",
             "p", "h1", "h2", "blockquote", "a", "bdi", "meter", "code", "script"}


# ---------------------------------------------------------------- a small DOM


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text for child in self.children)

    def walk(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Node]:
        return [node for node in self.walk() if (tag is None or node.tag == tag)
                and all(attrs[key] in node.attrs.get(key.rstrip("_"), "").split() if key == "class_"
                        else node.attrs.get(key) == attrs[key] for key in attrs)]


VOID = {"meta", "br", "img", "link", "input", "hr"}


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {name: value or "" for name, value in attrs})
        self.tags.append((tag, node.attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse_html(text: str) -> _TreeBuilder:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    assert builder.stack == [builder.root], "unclosed elements"
    return builder


def unit_texts(dom: Node, side: str) -> list[tuple[str, str]]:
    """(key, text) of every unit in the source or target cells, in page order."""
    found = []
    for cell in dom.find_all("div", class_="cell"):
        if side in cell.attrs["class"].split():
            for span in cell.find_all("span", class_="u"):
                inner = span.find_all("span", class_="t") or span.find_all("span", class_="fallback")
                found.append((span.attrs["data-u"], inner[0].text if side == "target" else span.text))
    return found


# ---------------------------------------------------------------- helpers


@pytest.fixture
def fixture_project(project: Path) -> Path:
    """The shipped project with the hand-made en and fa catalogs."""
    for lang in ("en", "fa"):
        target = project / "locales" / lang / "LC_MESSAGES" / f"{ARTICLE}.po"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(FIXTURES / f"{lang}.po", target)
    return project


def built(project: Path, lang: str = "en", fmt: str = "html", **options) -> str:
    result = build(load_settings(project), lang, fmt=fmt, **options)
    return (project / result.documents[0].path).read_text(encoding="utf-8")


def check_golden(name: str, text: str) -> None:
    path = EXPECTED / name
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, f"{name} differs (KZTR_REGEN_GOLDEN=1 after a deliberate change)"


# ---------------------------------------------------------------- the command


def test_build_writes_build_lang_doc_html_and_prints_the_path(fixture_project, run, monkeypatch):
    monkeypatch.chdir(fixture_project)
    result = run("build", "--lang", "en")
    assert result.output.splitlines() == [f"_build/en/{ARTICLE}.html"]
    assert (fixture_project / "_build" / "en" / f"{ARTICLE}.html").is_file()
    monkeypatch.chdir(fixture_project.parent)
    result = run("build", "--lang", "en", "--format", "txt")
    assert result.output.splitlines() == [f"project/_build/en/{ARTICLE}.txt"]


@pytest.mark.parametrize("fmt", ["html", "md", "txt"])
def test_every_format_builds_twice_to_identical_bytes(fixture_project, run, fmt):
    out = fixture_project / "out"
    first = run("build", "--lang", "en", "--format", fmt, "--output-dir", str(out)).output.strip()
    path = Path(first)
    assert path == (out / f"{ARTICLE}.{fmt}").resolve()
    data = path.read_bytes()
    run("build", "--lang", "en", "--format", fmt, "--output-dir", str(out))
    assert path.read_bytes() == data
    assert [name for name in os.listdir(out) if name.startswith(".")] == [".kztr-build.json"], \
        "temporary files left behind"


def test_golden_files(fixture_project):
    check_golden("en.html", built(fixture_project))
    check_golden("en.md", built(fixture_project, fmt="md"))
    check_golden("en.txt", built(fixture_project, fmt="txt"))


def test_min_complete_refuses_naming_the_catalog_and_its_percentage(fixture_project, run):
    result = run("build", "--lang", "en", "--min-complete", "99", expect=1)
    assert re.fullmatch(
        rf"kztr: locales/en/LC_MESSAGES/{ARTICLE}\.po is \d+\.\d% translated \(by source words\), "
        r"below --min-complete 99: not built\n", result.output)
    assert not (fixture_project / "_build").exists()
    run("build", "--lang", "en", "--min-complete", "80")


def test_min_complete_counts_units_a_stale_catalog_lacks(fixture_project, run):
    """Source edited, kztr extract not run: the edition is not complete, whatever the catalog says."""
    source = fixture_project / "source" / f"{ARTICLE}.txt"

    def percent() -> float:
        refused = run("build", "--lang", "en", "--min-complete", "100", expect=1).output
        return float(re.search(r"is (\d+\.\d)% translated", refused).group(1))

    assert "not in the catalog" not in run("build", "--lang", "en", "--format", "txt").stderr
    before = percent()
    source.write_text(source.read_text(encoding="utf-8") + "\nوفي الختام شكر الرئيس جميع المشاركين في القمة.\n",
                      encoding="utf-8")
    assert "1 unit of the source is not in the catalog" in run("build", "--lang", "en", "--format", "txt").stderr
    assert percent() < before


def test_a_language_without_a_catalog_suggests_init(fixture_project, run):
    result = run("build", "--lang", "fr", expect=1)
    assert "kztr init --lang fr" in result.output
    assert "locales/fr/LC_MESSAGES" in result.output
    assert "is not a language code" in run("build", "--lang", "zz-top!", expect=1).output


def test_unknown_document_and_bad_options(fixture_project, run):
    assert "no source document 'nope'" in run("build", "--lang", "en", "--doc", "nope", expect=1).output
    run("build", "--lang", "en", "--format", "pdf", expect=2)
    run("build", "--lang", "en", "--source-side", "top", expect=2)
    run("build", "--lang", "en", "--min-complete", "101", expect=2)


def test_a_stale_catalog_shows_new_units_untranslated_and_says_so(fixture_project):
    catalog = fixture_project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    text = catalog.read_text(encoding="utf-8")
    source = fixture_project / "source" / f"{ARTICLE}.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("دبلوماسية\n", "دبلوماسية جديدة\n", 1),
                      encoding="utf-8")
    result = build(load_settings(fixture_project), "en")
    assert result.documents[0].missing == 1
    page = (fixture_project / result.documents[0].path).read_text(encoding="utf-8")
    assert "1 unit of the source is not in the catalog: run <code>kztr extract</code>." in page
    assert catalog.read_text(encoding="utf-8") == text  # build never writes a catalog


def test_help_has_an_example(run):
    result = run("build", "--help")
    assert "Example:" in result.output and "kztr build --lang en" in result.output


# ---------------------------------------------------------------- HTML


def test_html_every_unit_of_the_source_is_there_in_order(fixture_project):
    page = parse_html(built(fixture_project)).root
    units = read_documents(load_settings(fixture_project))[0].units
    assert [text for _, text in unit_texts(page, "source")] == [unit.text for unit in units]
    assert [key for key, _ in unit_texts(page, "target")] == [key for key, _ in unit_texts(page, "source")]


def test_html_hostile_translations_are_visible_text_never_markup(fixture_project):
    text = built(fixture_project)
    builder = parse_html(text)
    assert {tag for tag, _ in builder.tags} <= PAGE_TAGS
    assert [tag for tag, _ in builder.tags].count("script") == 1  # kztr's own
    for tag, attrs in builder.tags:
        assert not [name for name in attrs if name.startswith("on")]
        if tag == "a":
            assert attrs["href"].startswith("#b")
    shown = [text for _, text in unit_texts(builder.root, "target")]
    for hostile in HOSTILE:
        assert hostile in shown, hostile
    assert builder.root.find_all("title")[0].text.startswith(HOSTILE[5])


def test_html_directions_and_languages(fixture_project):
    page = parse_html(built(fixture_project)).root
    document = page.find_all("html")[0]
    assert (document.attrs["lang"], document.attrs["dir"]) == ("en", "ltr")
    sources = page.find_all("div", class_="source")
    targets = page.find_all("div", class_="target")
    assert sources and len(sources) == len(targets)
    assert {(cell.attrs["lang"], cell.attrs["dir"]) for cell in sources} == {("ar", "rtl")}
    assert {(cell.attrs["lang"], cell.attrs["dir"]) for cell in targets} == {("en", "ltr")}
    fallbacks = page.find_all("span", class_="fallback")
    assert fallbacks and {(span.attrs["lang"], span.attrs["dir"]) for span in fallbacks} == {("ar", "rtl")}
    assert page.find_all("body")[0].attrs["class"] == "side-right"


def test_html_right_to_left_target(fixture_project):
    page = parse_html(built(fixture_project, "fa")).root
    assert page.find_all("html")[0].attrs["dir"] == "rtl"
    assert {cell.attrs["dir"] for cell in page.find_all("div", class_="target")} == {"rtl"}
    assert "دیپلماسی" in [text for _, text in unit_texts(page, "target")]


def test_html_titles_headings_and_language_names(fixture_project):
    page = parse_html(built(fixture_project)).root
    band = page.find_all("header", class_="band")[0]
    assert [node.text for node in band.find_all("span", class_="lang")] == ["العربية", "English"]
    assert [node.text for node in band.find_all("h1")] == ["كشف حساب انجازات كازاخستان الدولية خلال 2022", HOSTILE[5]]
    headings = page.find_all("main")[0].find_all("h2")
    assert len(headings) == 2 * 6
    assert "Congress of Leaders of World and Traditional Religions" in [node.text for node in headings]


def test_html_markers_for_fuzzy_and_untranslated(fixture_project):
    page = parse_html(built(fixture_project)).root
    review = page.find_all("span", class_="review")
    assert len([span for span in review if "data-u" in span.attrs]) == 2
    missing = [span for span in page.find_all("span", class_="missing") if "data-u" in span.attrs]
    assert [span.find_all("span", class_="flag")[0].text for span in missing] == ["untranslated"] * 3
    assert "ثلاثة" in missing[0].find_all("span", class_="fallback")[0].text  # the source, shown
    footer = page.find_all("footer")[0].text
    assert "40 of 45 units translated, 2 need review, 3 untranslated" in footer

    page = parse_html(built(fixture_project, include_fuzzy=False)).root
    assert not [span for span in page.find_all("span", class_="review") if "data-u" in span.attrs]
    flags = [span.find_all("span", class_="flag")[0].text
             for span in page.find_all("span", class_="missing") if "data-u" in span.attrs]
    assert sorted(flags) == ["fuzzy, left out"] * 2 + ["untranslated"] * 3


def test_html_latin_runs_in_arabic_are_isolated(fixture_project):
    text = built(fixture_project)
    assert "تحول <bdi dir=\"ltr\">CICA</bdi> وتمديد رئاسة كازاخستان لـ <bdi dir=\"ltr\">2022-2024</bdi>." in text


def test_html_is_self_contained_and_locked_down(fixture_project):
    text = built(fixture_project)
    builder = parse_html(text)
    for tag, attrs in builder.tags:
        assert "src" not in attrs and tag != "link"
        assert attrs.get("href", "#").startswith("#")
    assets = "".join(node.text for node in builder.root.find_all("style") + builder.root.find_all("script"))
    for needle in ("http:", "https:", "//", "@import", "url(", "@font-face", "fetch(", "XMLHttpRequest"):
        assert needle not in assets.replace("*/", "").replace("/*", "").replace("// Pointing", "")
    policy = next(attrs["content"] for tag, attrs in builder.tags
                  if attrs.get("http-equiv") == "Content-Security-Policy")
    style = re.search(r"<style>(.*?)</style>", text, re.S).group(1)
    script = re.search(r"<script>(.*?)</script>", text, re.S).group(1)
    assert f"style-src {csp_hash(style)}" in policy and f"script-src {csp_hash(script)}" in policy
    assert "default-src 'none'" in policy and "unsafe" not in policy
    assert "@media print" in style and "max-width: 46rem" in style and "Noto Naskh Arabic" in style


def test_html_source_side_left(fixture_project):
    page = parse_html(built(fixture_project, source_side="left")).root
    assert page.find_all("body")[0].attrs["class"] == "side-left"


def _edition(translation: str, state: str = "translated") -> Edition:
    ar, en = Language("ar", "العربية", "Arabic", "rtl"), Language("en", "English", "English", "ltr")
    rows = (Row("title", 0, 1, (Pair("عنوان", translation, state, 0, 0),)),
            Row("paragraph", 1, 3, (Pair("جملة.", translation, state, 1, 0), Pair("ثانية.", "", "untranslated", 1, 1))))
    return Edition("doc", "source/doc.txt", "locales/en/LC_MESSAGES/doc.po", ar, en, rows, Counts(translated=2))


PO_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60)


@hypothesis_settings(max_examples=150, deadline=None)
@given(PO_TEXT)
def test_html_any_translation_is_text(translation):
    builder = parse_html(render_html(_edition(translation)))
    expected = parse_html(render_html(_edition("x"))).tags
    assert [tag for tag, _ in builder.tags if tag != "bdi"] == [tag for tag, _ in expected]  # bdi: kztr's isolates
    assert {tuple(attrs) for tag, attrs in builder.tags if tag == "bdi"} <= {("dir",)}
    assert [text for _, text in unit_texts(builder.root, "target")][:2] == [translation, translation]


# ---------------------------------------------------------------- Markdown


def _markdown_html(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


def test_an_edition_cannot_be_built_without_the_units_of_every_block(project):
    """A Segmented whose units were not grouped by block (units_by_block defaulted to ()) built an
    edition with no rows, silently: zip() stopped at the shorter. Now it cannot be made."""
    from dataclasses import replace

    from kztr.model import Segmented
    from kztr.po.catalog import read_catalog
    from kztr.render.bilingual import assemble_edition

    segmented = read_documents(load_settings(project))[0]
    blocks = len(segmented.document.blocks)
    assert len(segmented.units_by_block) == blocks == 34
    with pytest.raises(TypeError, match="units_by_block"):
        Segmented(segmented.document, segmented.units)  # no units by block: a required argument now
    with pytest.raises(ValueError, match=f"0 groups of units for {blocks} blocks"):
        replace(segmented, units_by_block=())
    with pytest.raises(ValueError, match=f"{blocks - 1} groups of units for {blocks} blocks"):
        replace(segmented, units_by_block=segmented.units_by_block[:-1])
    catalog = read_catalog(project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    arabic, english = Language("ar", "العربية", "Arabic", "rtl"), Language("en", "English", "English", "ltr")
    edition = assemble_edition(segmented, catalog, arabic, english)
    assert edition.units == len(segmented.units) == 45


def test_markdown_is_one_table_row_per_unit_with_directions(fixture_project):
    text = built(fixture_project, fmt="md")
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    units = read_documents(load_settings(fixture_project))[0].units
    assert len(rows) == 1 + len(units)
    rendered = parse_html(_markdown_html(text)).root
    body_rows = rendered.find_all("tbody")[0].find_all("tr")
    assert len(body_rows) == len(units)
    for row, unit in zip(body_rows, units, strict=True):
        cells = row.find_all("td")
        assert len(cells) == 3
        assert cells[2].text.startswith(RLM + "\u2067") and cells[2].text.endswith("\u2069")  # the Arabic column
        assert cells[2].text.lstrip(RLM).replace("\u2066", "").replace("\u2067", "").replace("\u2069", "") \
            == unit.text


def test_markdown_hostile_translations_stay_text(fixture_project):
    rendered_text = _markdown_html(built(fixture_project, fmt="md"))
    builder = parse_html(rendered_text)
    assert {tag for tag, _ in builder.tags} <= {"h1", "p", "table", "thead", "tbody", "tr", "th", "td", "em", "strong"}
    cells = [row.find_all("td")[1] for row in builder.root.find_all("tbody")[0].find_all("tr")]
    for hostile in HOSTILE[:5] + HOSTILE[6:]:
        matching = [cell for cell in cells if cell.text == hostile]
        assert matching, hostile
        assert not [node for node in matching[0].walk() if node.tag != "td"]
    assert builder.root.find_all("h1")[0].text == HOSTILE[5]


@given(PO_TEXT.filter(lambda text: text.strip() == text and "\n" not in text))
def test_markdown_escaping_round_trips_any_text(text):
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").enable("strikethrough").renderInline(escape_markdown(text))
    assert html.unescape(rendered) == text


# ---------------------------------------------------------------- text


def test_txt_is_the_translation_alone_in_block_structure(fixture_project):
    text = built(fixture_project, fmt="txt")
    blocks = text.rstrip("\n").split("\n\n")
    assert len(blocks) == len(read_documents(load_settings(fixture_project))[0].document.blocks)
    assert blocks[0] == "Diplomacy" and blocks[-1] == "Assel Satubaldina, senior editor, The Astana Times"
    assert "<script>alert(1)</script>" in blocks  # plain text: nothing to escape
    assert "<b>obsolete</b>" not in text


# ---------------------------------------------------------------- the shipped project


def test_shipped_catalogs_build_with_every_unit(project):
    settings = load_settings(project)
    units = read_documents(settings)[0].units
    languages = sorted(path.name for path in (project / "locales").iterdir() if path.is_dir())
    assert "en" in languages
    for lang in languages:
        page = parse_html(built(project, lang)).root
        assert [text for _, text in unit_texts(page, "source")] == [unit.text for unit in units]
        assert len(unit_texts(page, "target")) == len(units)


def test_split_runs_rejoins_to_the_text():
    for unit in read_documents(load_settings(ROOT))[0].units:
        assert "".join(piece for piece, _ in split_runs(unit.text, "rtl")) == unit.text
