"""The edition of a Markdown document, addresses inside Arabic, and the index of several documents.

Fixtures: tests/data/sources/guide.md is a short Arabic guide with bold,
code, a link, an e-mail address, a URL with a query, a path, a page range, a
date, a phone number, nested and ordered lists, a table and a code block;
tests/data/build/guide.en.po is its English catalog (one translation whose
bold is broken, one fuzzy, three untranslated: a sentence, a list item, a
table cell).
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from kztr.config import load_settings
from kztr.po.catalog import read_catalog
from kztr.po.pofile import generate_po
from kztr.project import read_documents
from kztr.render.bidi import split_runs
from kztr.render.inline import inline_html
from kztr.render.markdown import cell_text, escape_markdown
from kztr.text.markup import markup_signature
from kztr.workflow import build
from test_build import HOSTILE, parse_html

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
GUIDE = DATA / "sources" / "guide.md"
GUIDE_PO = DATA / "build" / "guide.en.po"
ARTICLE = "kazakhstan-diplomacy-2022"
ADDRESSES = ("info@example.org", "https://example.org/a/b?x=1&y=2", "source/kazakhstan-diplomacy-2022.txt",
             "12-18", "14.10.2022", "+7 (7172) 74-56-78")
LINK = "https://example.org/library"
# Every element inline Markdown may produce in the HTML edition.
INLINE_TAGS = {"strong", "em", "code", "br", "bdi", "a"}


@pytest.fixture
def guide_project(project: Path) -> Path:
    """The shipped project (the article) plus the guide and its English catalog: two documents."""
    shutil.copyfile(GUIDE, project / "source" / "guide.md")
    shutil.copyfile(GUIDE_PO, project / "locales" / "en" / "LC_MESSAGES" / "guide.po")
    return project


def build_guide(project: Path, fmt: str = "html", **options) -> str:
    result = build(load_settings(project), "en", documents=("guide",), fmt=fmt, **options)
    return result.documents[0].file.read_text(encoding="utf-8")


def with_translations(project: Path, translations: dict[str, str], document: str = "guide", lang: str = "en") -> None:
    """Rewrite a catalog (the guide's English one) with some msgstrs replaced (keyed by the start of the msgid)."""
    path = project / "locales" / lang / "LC_MESSAGES" / f"{document}.po"
    catalog = read_catalog(path)
    entries = []
    for entry in catalog.entries:
        for start, text in translations.items():
            if entry.msgid.startswith(start):
                entry = dataclasses.replace(entry, msgstr=text, flags=())
        entries.append(entry)
    path.write_text(generate_po(dataclasses.replace(catalog, entries=tuple(entries))), encoding="utf-8")


def _guide_document():
    from kztr.text.sources import read_source

    return read_source(GUIDE, ROOT, "Arabic")


# ---------------------------------------------------------------- reading Markdown


def test_markdown_reader_keeps_lists_tables_and_code():
    document = _guide_document()
    items = [(block.item.depth, block.item.number) for block in document.blocks if block.item]
    assert items == [(1, 1), (1, 2), (2, None), (2, None), (1, 3), (1, None), (1, None)]
    cells = [(block.cell.row, block.cell.column, block.cell.header, block.cell.align)
             for block in document.blocks if block.cell]
    assert cells[:3] == [(0, 0, True, ""), (0, 1, True, "center"), (0, 2, True, "right")]
    assert len(cells) == 8  # the dates and `reviewer` have no Arabic letter: shown as they are
    verbatim = [(block.kind, block.text) for block in document.verbatim]
    assert verbatim == [("list-item", "`kztr build --lang en`"), ("table-cell", "2022-10-14"),
                        ("table-cell", "2022-10-20"), ("table-cell", "`reviewer`"), ("table-cell", "2022-10-25"),
                        ("code", "kztr build --lang en --format md")]
    assert "code block" in [skip.reason for skip in document.skipped]  # extract still reports it
    assert all(block.index <= len(document.blocks) for block in document.verbatim)


def test_plain_text_documents_have_no_markdown_structure():
    document = read_documents(load_settings(ROOT))[0].document
    assert not document.verbatim and not [block for block in document.blocks if block.item or block.cell]


# ---------------------------------------------------------------- the edition as data


def test_edition_joins_each_table_and_places_code_where_it_stands(guide_project):
    from kztr.render.bilingual import Language, assemble_edition

    segmented = read_documents(load_settings(guide_project), only=("guide",))[0]
    ar, en = Language("ar", "العربية", "Arabic", "rtl"), Language("en", "English", "English", "ltr")
    edition = assemble_edition(segmented, read_catalog(GUIDE_PO), ar, en)
    assert edition.markup
    assert [pair.source for row in edition.rows for pair in row.pairs] == [unit.text for unit in segmented.units]
    kinds = [row.kind for row in edition.rows]
    assert kinds.count("table") == 1 and "table-cell" not in kinds
    assert kinds[kinds.index("table") + 1] == "code"
    table = edition.rows[kinds.index("table")].table
    assert [len(line) for line in table] == [3, 3, 3, 3]
    assert [cell.text for cell in table[1]] == ["", "", "2022-10-14"] and table[3][1].text == "`reviewer`"
    broken = [pair.source for row in edition.rows for pair in row.pairs if pair.markup_broken]
    assert broken == ["افتح الملف في **Poedit** وترجم الجمل الجديدة."]


def test_markup_signature_is_what_a_translation_must_keep():
    source = f"ابدأ بقراءة [صفحة المكتبة]({LINK}) ثم شغّل الأمر `kztr status` لترى ما بقي."
    assert markup_signature(f"Read [the page]({LINK}), then run `kztr status`.") == markup_signature(source)
    for changed in ("Read the page, then run `kztr status`.",  # the link dropped
                    "Read [the page](https://evil.example/), then run `kztr status`.",  # another target
                    f"Read [the page]({LINK}), then run `kztr stats`.",  # the code changed
                    f"Read [the page]({LINK}), then run **`kztr status`**.",  # emphasis added
                    f"Read [the page({LINK}), then run `kztr status`."):  # the link broken
        assert markup_signature(changed) != markup_signature(source), changed


# ---------------------------------------------------------------- HTML


def test_html_renders_inline_markdown_in_both_columns(guide_project):
    page = parse_html(build_guide(guide_project)).root
    source = page.find_all("div", class_="source")
    target = page.find_all("div", class_="target")
    links = [(cell.attrs["dir"], a.attrs["href"], a.attrs["rel"], a.text)
             for cell in source + target for a in cell.find_all("a")]
    assert ("rtl", LINK, "noopener noreferrer", "صفحة المكتبة") in links
    assert ("ltr", LINK, "noopener noreferrer", "the library page") in links
    assert "أرشيف" in [node.text for node in source[1].find_all("strong")]
    assert "archive" in [node.text for node in target[1].find_all("strong")]
    assert [node.text for node in page.find_all("code") if node.text == "kztr status"] == ["kztr status"] * 2
    assert "needs review" in [node.text for node in page.find_all("em")]
    assert "**" not in "".join(cell.text for cell in source)  # no raw markup left in the source column
    title = page.find_all("title")[0].text
    assert title == "A short guide to the translation archive · دليل قصير إلى أرشيف الترجمة"


def test_html_a_translation_that_breaks_the_markup_is_shown_as_text(guide_project):
    page = parse_html(build_guide(guide_project)).root
    unit = [span for span in page.find_all("span", class_="plain")]
    assert len(unit) == 1
    assert unit[0].find_all("span", class_="flag")[0].text == "markup differs"
    assert unit[0].find_all("span", class_="t")[0].text == "Open the file in **Poedit and translate the new sentences."
    assert not unit[0].find_all("strong")


def test_html_lists_stay_lists_with_the_marker_beside_an_untranslated_item(guide_project):
    page = parse_html(build_guide(guide_project)).root
    target = [cell for cell in page.find_all("div", class_="target")]
    ordered = [cell.find_all("ol")[0] for cell in target if cell.find_all("ol")]
    assert [node.attrs["start"] for node in ordered] == ["1", "2", "3"]
    nested = [cell.find_all("ul")[0] for cell in target if cell.find_all("ul", class_="depth-2")]
    assert len(nested) == 2
    untranslated = ordered[2].find_all("li")[0]
    assert untranslated.find_all("span", class_="flag")[0].text == "untranslated"
    assert untranslated.find_all("span", class_="fallback")[0].text == "راجع الترجمة قبل النشر."
    as_is = [cell for cell in target if cell.find_all("ul") and cell.find_all("span", class_="as-is")]
    assert [cell.find_all("code")[0].text for cell in as_is] == ["kztr build --lang en"]


def test_html_tables_stay_tables_beside_each_other(guide_project):
    page = parse_html(build_guide(guide_project)).root
    row = page.find_all("div", class_="table")[0]
    tables = {cell.attrs["class"].split()[1]: cell.find_all("table")[0] for cell in row.find_all("div", class_="cell")}
    for _side, table in tables.items():
        assert len(table.find_all("thead")[0].find_all("th")) == 3
        assert len(table.find_all("tbody")[0].find_all("tr")) == 3
        assert [td.attrs.get("class") for td in table.find_all("tr")[1].find_all("td")] == \
            [None, "align-center", "align-right"]
        assert [td.text for td in table.find_all("td")][2::3] == ["2022-10-14", "2022-10-20", "2022-10-25"]
    assert [th.text for th in tables["target"].find_all("th")] == ["Stage", "Owner", "Date"]
    assert [th.text for th in tables["source"].find_all("th")] == ["المرحلة", "المسؤول", "الموعد"]
    missing = tables["target"].find_all("span", class_="missing")
    assert len(missing) == 1 and missing[0].find_all("span", class_="fallback")[0].text == "المترجمون"
    assert tables["target"].find_all("strong")[0].text == "Translation"


def test_html_code_blocks_are_shown_as_they_are_untranslated(guide_project):
    text = build_guide(guide_project)
    page = parse_html(text).root
    code = page.find_all("div", class_="code")
    assert len(code) == 1
    pre = code[0].find_all("pre")[0]
    assert (pre.attrs["dir"], pre.attrs["translate"], pre.text) == ("ltr", "no", "kztr build --lang en --format md")
    assert not code[0].find_all("span", class_="u") and "id" not in code[0].attrs


def test_html_hostile_translations_of_a_markdown_document_are_inert(guide_project):
    with_translations(guide_project, {
        "يشرح": "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))",
        "ابدأ": "Start by reading [the library page](https://evil.example/), then run `kztr status`.",
        "للتواصل": f"[write]({LINK}) <b onmouseover=alert(1)>us</b>",
        "الملفات": "**<i>Files</i>** and [dates](javascript:alert(1))",
        "خطوات": "[How](mailto:x@example.org \"a\" onclick=\"alert(1)\")",
        "جدول": "Schedule | injected | columns",
        "المرحلة": "![x](https://evil.example/t.png)",
        "وفي الختام": "Finally &lt;b&gt; `<script>` {{ 7*7 }} {% raw %} &#x3C;",
    })
    text = build_guide(guide_project)
    builder = parse_html(text)
    inline_tags = {tag for tag, _ in builder.tags} - {"html", "head", "meta", "title", "style", "body", "div",
                                                     "header", "main", "footer", "span", "p", "h1", "h2",
                                                     "blockquote", "meter", "script", "ul", "ol", "li", "table",
                                                     "thead", "tbody", "tr", "th", "td", "pre"}
    assert inline_tags <= INLINE_TAGS
    assert [tag for tag, _ in builder.tags].count("script") == 1
    for tag, attrs in builder.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        if tag == "a" and not attrs["href"].startswith("#"):
            assert attrs["href"] == LINK and attrs["rel"] == "noopener noreferrer"
    assert "evil.example" not in " ".join(str(attrs) for _, attrs in builder.tags)
    page = builder.root.text
    for visible in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
                    "[the library page](https://evil.example/)", "Schedule | injected | columns",
                    "{{ 7*7 }} {% raw %}"):
        assert visible in page, visible


HOSTILE_PIECES = st.sampled_from(["**", "*", "_", "`", "[", "](", ")", "(", "<", ">", "!", "|", "\n", " ", "&amp;",
                                  "&#x3C;", "\\", "https://evil.example/", "javascript:alert(1)", LINK,
                                  "mailto:x@example.org", "<script>", "<img src=x onerror=alert(1)>", "kztr status",
                                  "info@example.org", "قمة", "\u202e", "\u2066"])
MARKDOWN_TEXT = st.one_of(st.lists(HOSTILE_PIECES, max_size=14).map("".join),
                          st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40))


@hypothesis_settings(max_examples=300, deadline=None)
@given(MARKDOWN_TEXT)
def test_any_markdown_unit_renders_to_allowed_inline_html(text):
    builder = parse_html(f"<p>{inline_html(text, 'ltr', True)}</p>")
    assert {tag for tag, _ in builder.tags} <= INLINE_TAGS | {"p"}
    for tag, attrs in builder.tags:
        assert set(attrs) <= {"href", "title", "rel", "dir"}
        if tag == "a":
            assert attrs["href"].split(":")[0] in ("http", "https", "mailto")
            assert attrs["rel"] == "noopener noreferrer"


# ---------------------------------------------------------------- addresses inside Arabic


@pytest.mark.parametrize("address", ADDRESSES)
def test_each_address_is_one_left_to_right_run(address):
    sentence = f"للتواصل: {address}، أو غدًا."
    pieces = split_runs(sentence, "rtl")
    assert (address, True) in pieces
    assert "".join(piece for piece, _ in pieces) == sentence
    assert f'<bdi dir="ltr">{address.replace("&", "&amp;")}</bdi>' in inline_html(sentence, "rtl", False)
    assert f"\u2066{escape_markdown(address)}\u2069" in cell_text(sentence, "rtl")


def test_address_runs_stop_at_sentence_punctuation_and_keep_their_own_brackets():
    pieces = split_runs("انظر https://en.wikipedia.org/wiki/Astana_(city). و(info@example.org)؟", "rtl")
    assert [piece for piece, isolate in pieces if isolate] == ["https://en.wikipedia.org/wiki/Astana_(city)",
                                                               "info@example.org"]


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_split_runs_rejoins_any_text(text):
    for direction in ("rtl", "ltr"):
        assert "".join(piece for piece, _ in split_runs(text, direction)) == text


def test_addresses_in_the_guide_are_isolated_whole_in_both_columns(guide_project):
    text = build_guide(guide_project)
    for address in ADDRESSES:
        escaped = address.replace("&", "&amp;")
        assert text.count(f'<bdi dir="ltr">{escaped}</bdi>') >= 1, address
    # the untranslated sentence with the phone number: in the Arabic column and as the fallback
    assert text.count('<bdi dir="ltr">+7 (7172) 74-56-78</bdi>') == 2


# ---------------------------------------------------------------- Markdown output


def _markdown_to_html(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table").render(text)


def test_markdown_output_escapes_only_what_markdown_reads(project):
    text = build(load_settings(project), "en", fmt="md").documents[0].file.read_text(encoding="utf-8")
    assert f"Source source/{ARTICLE}.txt, catalog locales/en/LC_MESSAGES/{ARTICLE}.po." in text
    assert not re.search(r"\\[-./:()'\"!#+=@]", text), re.search(r".{20}\\[-./:()'\"!#+=@].{20}", text).group()
    assert re.search(r"^\| 14 \| The sixth summit .* for 2022–2024\. \| "
                     r"\u200f\u2067.* لـ \u20662022-2024\u2069\.\u2069 \|$",
                     text, re.M)  # the Arabic cell: RLM, then one right-to-left isolate
    assert "2022-2024" in text


def test_markdown_output_of_a_markdown_document(guide_project):
    text = build_guide(guide_project, fmt="md")
    assert "[the library page](<https://example.org/library>)" in text and "`kztr status`" in text
    assert "\u2066info@example.org\u2069" in text and "\u2066https://example.org/a/b?x=1&y=2\u2069" in text
    assert "```\nkztr build --lang en --format md\n```" in text
    rendered = parse_html(_markdown_to_html(text)).root
    bilingual = [table for table in rendered.find_all("table") if table.find_all("th")[0].text == "#"]
    rows = [row for table in bilingual for row in table.find_all("tr")]
    assert rows and {len(row.find_all("td")) or len(row.find_all("th")) for row in rows} == {3}
    arabic = [row.find_all("td")[2] for row in rows if row.find_all("td")]
    assert all(cell.text.startswith("\u200f\u2067") and cell.text.endswith("\u2069") for cell in arabic)
    links = {a.attrs["href"] for a in rendered.find_all("a")}
    assert links == {LINK}
    broken = next(row for row in rows if "Poedit" in row.text and row.find_all("td"))
    assert "**Poedit" in broken.find_all("td")[1].text and not broken.find_all("td")[1].find_all("strong")
    assert [row.find_all("td")[1].text for row in rows if "Update the templates" in row.text] == \
        ["1. Update the templates with kztr extract after every change."]


def test_markdown_output_hostile_translations_never_become_markup(guide_project):
    with_translations(guide_project, {
        "يشرح": "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](https://e.x/i.png)",
        "ابدأ": "Start by reading [the library page](https://evil.example/), then run `kztr status`.",
        "جدول": "Schedule | injected | columns",
        "المرحلة": "<https://evil.example/> and www.evil.example",
        "وفي الختام": "Finally `a | b` and [ok](https://example.org/library) &amp; &#x3C;",
    })
    rendered = parse_html(_markdown_to_html(build_guide(guide_project, fmt="md"))).root
    tags = {node.tag for node in rendered.walk()}
    assert tags <= {"#document", "h1", "p", "table", "thead", "tbody", "tr", "th", "td", "em", "strong", "code",
                    "a", "pre"}
    assert {a.attrs["href"] for a in rendered.find_all("a")} == {LINK}
    rows = [row for row in rendered.find_all("tr")]
    assert {len(row.find_all("td")) or len(row.find_all("th")) for row in rows} == {3}
    cells = " ".join(row.text for row in rows)
    for visible in ("<script>alert(1)</script>", "[x](javascript:alert(1))", "Schedule | injected | columns",
                    "<https://evil.example/>", "&amp; &#x3C;"):
        assert visible in cells, visible


@hypothesis_settings(max_examples=300, deadline=None)
@given(MARKDOWN_TEXT)
@example("!<https://evil.example/>")  # found by hypothesis: the text's ! before the link's [ made it an image
@example("see! [here](https://a.kz/b)")
def test_any_markdown_cell_stays_one_cell_with_allowed_markup(text):
    row = f"| 1 | {cell_text(text, 'ltr', markup=True)} | {cell_text(text, 'rtl')} |"
    rendered = parse_html(_markdown_to_html(f"| # | a | b |\n|---|---|---|\n{row}\n")).root
    assert len(rendered.find_all("tbody")[0].find_all("td")) == 3
    body = rendered.find_all("tbody")[0]
    assert {node.tag for node in body.walk()} <= {"tbody", "tr", "td", "strong", "em", "code", "a"}
    assert all(a.attrs["href"].split(":")[0] in ("http", "https", "mailto") for a in body.find_all("a"))
    plain = body.find_all("td")[2]
    assert [node for node in plain.walk() if node is not plain] == []  # the plain cell: text only


# ---------------------------------------------------------------- txt


def test_txt_marks_untranslated_and_fuzzy_units(fixture_catalogs):
    project = fixture_catalogs
    text = build(load_settings(project), "en", fmt="txt").documents[0].file.read_text(encoding="utf-8")
    assert text.count("[untranslated: ") == 3 and text.count("[needs review: ") == 2
    assert "[untranslated: على العكس من ذلك،" in text
    text = build(load_settings(project), "en", fmt="txt", include_fuzzy=False).documents[0].file.read_text(
        encoding="utf-8")
    assert text.count("[untranslated: ") == 3 and text.count("[fuzzy, left out: ") == 2
    assert "[needs review" not in text


def test_txt_help_says_how_units_are_marked(run):
    output = " ".join(run("build", "--help").output.split())
    assert "[untranslated: <source>]" in output and "[needs review: <translation>]" in output


def test_txt_of_a_markdown_document_is_markdown_again(guide_project):
    text = build_guide(guide_project, fmt="txt")
    assert text.startswith("# A short guide to the translation **archive**\n")
    rendered = parse_html(_markdown_to_html(text)).root
    assert len(rendered.find_all("table")[0].find_all("tr")) == 4
    ordered = rendered.find_all("ol")
    assert len(ordered) == 1 and len([li for li in ordered[0].children if getattr(li, "tag", "") == "li"]) == 3
    assert rendered.find_all("pre")[0].text == "kztr build --lang en --format md\n"
    assert "\\[untranslated: \u2067المترجمون\u2069\\]" in text and "\\[needs review: Keep numbers" in text
    assert "[untranslated: \u2067المترجمون\u2069]" in rendered.text  # the brackets escaped, shown as they are


@pytest.fixture
def fixture_catalogs(project: Path) -> Path:
    shutil.copyfile(DATA / "build" / "en.po", project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    return project


# ---------------------------------------------------------------- the index of several documents


def test_index_page_lists_every_document_with_titles_and_completeness(guide_project, run, monkeypatch):
    monkeypatch.chdir(guide_project)
    output = run("build", "--lang", "en").output.splitlines()
    assert output == ["_build/en/guide.html", f"_build/en/{ARTICLE}.html", "_build/en/index.html"]
    index = guide_project / "_build" / "en" / "index.html"
    data = index.read_bytes()
    page = parse_html(data.decode("utf-8")).root
    documents = page.find_all("div", class_="document")
    assert [row.attrs["id"] for row in documents] == ["guide", ARTICLE]
    for row in documents:
        hrefs = {a.attrs["href"] for a in row.find_all("a")}
        assert hrefs == {f"{row.attrs['id']}.html"} and (index.parent / hrefs.pop()).is_file()
    guide = documents[0]
    assert guide.find_all("div", class_="source")[0].find_all("h2")[0].text == "دليل قصير إلى أرشيف الترجمة"
    assert guide.find_all("div", class_="target")[0].find_all("h2")[0].text == \
        "A short guide to the translation archive"
    assert "86.7 %" in guide.text and "23 of 27 units translated" in guide.text
    assert "100 %" in documents[1].text
    assert "Content-Security-Policy" in data.decode() and "script-src 'none'" in data.decode().replace("&#39;", "'")
    run("build", "--lang", "en")
    assert index.read_bytes() == data


def test_index_markdown_and_when_there_is_none(guide_project, run, monkeypatch):
    monkeypatch.chdir(guide_project)
    assert run("build", "--lang", "en", "--format", "md").output.splitlines()[-1] == "_build/en/index.md"
    text = (guide_project / "_build" / "en" / "index.md").read_text(encoding="utf-8")
    assert "| [A short guide to the translation archive](<guide.md>) | \u200f\u2067دليل قصير إلى أرشيف الترجمة\u2069 " \
        "| 86.7 % |" in text
    assert "index" not in run("build", "--lang", "en", "--format", "txt").output
    assert "index" not in run("build", "--lang", "en", "--doc", "guide").output
    (guide_project / "source" / "guide.md").unlink()
    (guide_project / "build").joinpath("en", "index.html").unlink(missing_ok=True)
    assert "index" not in run("build", "--lang", "en").output  # one document: no index


def test_index_escapes_a_hostile_title_and_yields_to_a_document_called_index(guide_project, run):
    shutil.copyfile(DATA / "build" / "en.po", guide_project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    (guide_project / "source" / "guide.md").rename(guide_project / "source" / "index.md")
    (guide_project / "locales" / "en" / "LC_MESSAGES" / "guide.po").rename(
        guide_project / "locales" / "en" / "LC_MESSAGES" / "index.po")
    result = build(load_settings(guide_project), "en")
    assert result.index.name == "index-of-documents.html"
    page = parse_html(result.index.read_text(encoding="utf-8")).root
    assert HOSTILE[5] in page.text
    assert {node.tag for node in page.walk()} <= {"#document", "html", "head", "meta", "title", "style", "body",
                                                  "div", "header", "main", "footer", "span", "h1", "h2", "a", "p",
                                                  "meter", "strong", "code", "bdi"}


EDGE = """# 2022

<!-- تعليق للمحرر -->

فقرة فيها <b>وسم</b> و[رابط نسبي](guide.md) و![صورة](https://example.org/i.png) وسطر\\
ثان.

| أ | ب |
|---|---|
| نعم | |
| | نعم |

1. أول
1. ثان
"""


def test_markdown_edge_cases(project):
    (project / "source" / "edge.md").write_text(EDGE, encoding="utf-8")
    (project / "locales" / "en" / "LC_MESSAGES" / "edge.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n', encoding="utf-8")
    document = read_documents(load_settings(project), only=("edge",))[0].document
    assert [block.item.number for block in document.blocks if block.item] == [1, 2]  # as CommonMark counts
    paragraph = [block.text for block in document.blocks if block.kind == "paragraph"]
    assert paragraph == ["فقرة فيها <b>وسم</b> و[رابط نسبي](guide.md) و![صورة](https://example.org/i.png) وسطر ثان."]
    assert "تعليق" not in " ".join(block.text for block in document.blocks)  # an HTML block is not prose
    page = parse_html(build(load_settings(project), "en", documents=("edge",)).documents[0].file.read_text(
        encoding="utf-8")).root
    assert not [node for node in page.walk() if node.tag in ("img", "b")]
    assert not [a for a in page.find_all("a") if not a.attrs["href"].startswith("#")]  # relative link: its text
    assert "فقرة فيها <b>وسم</b> ورابط نسبي وصورة وسطر ثان." in \
        [cell.text for cell in page.find_all("div", class_="source")]
    table = page.find_all("div", class_="table")[0].find_all("table")[0]
    assert [[td.text for td in tr.find_all("td")] for tr in table.find_all("tr")[1:]] == [["نعم", ""], ["", "نعم"]]
    assert [ol.attrs["start"] for ol in page.find_all("ol")] == ["1", "1", "2", "2"]  # each side


def test_a_line_break_in_a_translation_is_a_line_break():
    assert inline_html("First line\nsecond `line`", "ltr", True) == \
        'First line<br>second <code dir="auto">line</code>'
    assert inline_html("First line\nsecond", "ltr", False) == "First line\nsecond"  # plain text: as it is


@pytest.mark.parametrize("fmt", ["html", "md", "txt"])
def test_a_markdown_document_builds_twice_to_identical_bytes(guide_project, fmt):
    first = build_guide(guide_project, fmt)
    assert build_guide(guide_project, fmt) == first


# ---------------------------------------------------------------- the markup check agrees with the edition


def test_check_status_review_and_edition_agree_on_markup(guide_project):
    """The issue's three translations (a bold dropped, an emphasis split, a link added) and the shipped
    broken bold: kztr check reports exactly the units the edition shows as text, status counts them,
    --review marks them; a link added is an error."""
    from kztr.render.bilingual import Language, assemble_edition
    from kztr.workflow import check, status

    with_translations(guide_project, {
        "دليل قصير": "A short guide to the translation archive",                      # bold dropped
        "الجمل المعلّمة": "Sentences marked *needs* *review* are not yet approved.",     # emphasis split
        "يشرح هذا الدليل": "This guide explains how the library's translation team works; "
                          "[subscribe](https://evil.example/phish).",                  # a link added
        "حدّث القوالب": "Update the templates with `kztr extract` after every change.",  # kept: no finding
    })
    settings = load_settings(guide_project)
    segmented = next(item for item in read_documents(settings) if item.document.doc_id == "guide")
    catalog = read_catalog(guide_project / "locales" / "en" / "LC_MESSAGES" / "guide.po")
    language = Language("en", "English", "English", "ltr")
    source = Language("ar", "Arabic", "العربية", "rtl")
    edition = assemble_edition(segmented, catalog, source, language)
    shown_as_text = {pair.source for row in edition.rows for pair in row.pairs if pair.markup_broken}
    found = [finding for finding in check(settings, ("en",), ("guide",)).findings if finding.check == "markup"]
    assert {finding.msgid for finding in found} == shown_as_text
    assert len(shown_as_text) == 4  # the three above and the catalog's own broken bold
    errors = [finding for finding in found if finding.severity == "error"]
    assert [finding.msgid[:15] for finding in errors] == ["يشرح هذا الدليل"]
    assert "https://evil.example/phish" in errors[0].message
    counted = next(item for item in status(settings, ("en",), ("guide",)).catalogs)
    assert sum(1 for finding in counted.open_findings if finding.check == "markup") == 4
    html = build_guide(guide_project, review=True)
    assert html.count("markup differs") >= 4
    assert html.count('<span class="check">markup</span>') == 4  # the reviewer's list: the same four
    assert all(f"{finding.catalog}:{finding.line}" in html for finding in found)


def test_the_markup_check_is_quiet_on_a_text_document(project):
    """A .txt source has no inline markup: a translation with asterisks is not a markup finding."""
    from kztr.workflow import check

    po = project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    text = po.read_text(encoding="utf-8").replace('msgstr "Diplomacy"', 'msgstr "**Diplomacy**"')
    po.write_text(text, encoding="utf-8")
    found = check(load_settings(project), ("en",)).findings
    assert [finding for finding in found if finding.check == "markup"] == []
