"""A new user's Markdown brief through every edition, the review and the status page (issue 24).

tests/data/sources/brief.md is an agency brief in Arabic as a new user would
write it: headings, bold labels, ordered and bullet lists, a table whose
cells hold only numbers or dates (``١٢``, ``7``, ``14.10.2022``,
``٢٠٢٢/١١/١٥``), a link with a query, an e-mail address, a phone number,
Arabic-Indic digits, a question and a quotation. tests/data/build/brief.en.po
translates all of it; brief.fr.po about half (the contact paragraph and the
last table row untranslated).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from kztr.config import load_settings
from kztr.po.catalog import read_catalog
from kztr.render.inline import inline_html
from kztr.workflow import build
from test_build import parse_html
from test_markdown_edition import with_translations as replace_translations

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
BRIEF = DATA / "sources" / "brief.md"
ARABIC_INDIC = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
PHONE = "+7 (7172) 55-01-23"
EMAIL = "brief@example.org"
TRANSLATED_TABLE = [["Stage", "Chapters", "Due"], ["First translation", "12", "14.10.2022"],
                    ["Review", "7", "2022-11-01"], ["Final delivery", "12", "2022/11/15"]]
ORIGINAL_TABLE = [["المرحلة", "الفصول", "الموعد"], ["الترجمة الأولى", "١٢", "14.10.2022"],
                  ["المراجعة", "7", "2022-11-01"], ["التسليم النهائي", "١٢", "٢٠٢٢/١١/١٥"]]
CONTROLS = re.compile("[\u200e\u200f\u2066-\u2069]")


@pytest.fixture
def brief(tmp_path: Path) -> Path:
    """A project of one document, the brief, with its English and French catalogs."""
    project = tmp_path / "agency"
    (project / "source").mkdir(parents=True)
    (project / "kztr.toml").write_text('source-language = "ar"\nproject = "Astana Book Fair guide"\n', encoding="utf-8")
    shutil.copyfile(BRIEF, project / "source" / "brief.md")
    for lang in ("en", "fr"):
        folder = project / "locales" / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        shutil.copyfile(DATA / "build" / f"brief.{lang}.po", folder / "brief.po")
    return project


def with_translations(project: Path, lang: str, translations: dict[str, str]) -> None:
    replace_translations(project, translations, "brief", lang)


def edition(project: Path, lang: str = "en", fmt: str = "html", **options) -> str:
    return build(load_settings(project), lang, fmt=fmt, **options).documents[0].file.read_text(encoding="utf-8")


def markdown_html(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table").render(text)


def table_text(table) -> list[list[str]]:
    return [[CONTROLS.sub("", cell.text).strip() for cell in row.find_all("th") + row.find_all("td")]
            for row in table.find_all("tr")]


# ---------------------------------------------------------------- item 4: a table stays a table


def test_md_edition_keeps_the_table_whole_header_row_first(brief):
    rendered = parse_html(markdown_html(edition(brief, fmt="md"))).root
    tables = [table_text(table) for table in rendered.find_all("table")]
    assert TRANSLATED_TABLE in tables and ORIGINAL_TABLE in tables
    # the translation's table first (it is the left column), each under its label
    assert tables.index(TRANSLATED_TABLE) + 1 == tables.index(ORIGINAL_TABLE)
    labels = [p.text for p in rendered.find_all("p") if p.text.startswith("Table ")]
    assert labels == ["Table 14: English translation", "Table 14: Arabic original"]
    # the bilingual table goes on after it, with its own header
    assert sum(1 for table in tables if table[0][0] == "#") == 2
    # alignment kept: the chapters column is right-aligned in both
    aligned = [[td.attrs.get("style") for td in table.find_all("tr")[1].find_all("td")]
               for table in rendered.find_all("table") if table.find_all("th")[0].text != "#"]
    assert aligned == [[None, "text-align:right", None]] * 2


def test_md_edition_with_the_source_on_the_left_puts_the_original_table_first(brief):
    rendered = parse_html(markdown_html(edition(brief, fmt="md", source_side="left"))).root
    tables = [table_text(table) for table in rendered.find_all("table")]
    assert tables.index(ORIGINAL_TABLE) + 1 == tables.index(TRANSLATED_TABLE)


# ---------------------------------------------------------------- item 5: the reader's digits


@pytest.mark.parametrize("fmt", ["html", "md", "txt"])
def test_no_arabic_indic_digit_in_the_english_text_by_accident(brief, fmt):
    text = edition(brief, fmt=fmt)
    if fmt == "html":
        page = parse_html(text).root
        shown = " ".join(cell.text for cell in page.find_all("div", class_="target"))
        assert table_text(page.find_all("div", class_="table")[0].find_all("div", class_="target")[0]
                          .find_all("table")[0]) == TRANSLATED_TABLE
    elif fmt == "md":
        page = parse_html(markdown_html(text)).root
        shown = " ".join(row.find_all("td")[1].text for table in page.find_all("table")
                         if table.find_all("th")[0].text == "#" for row in table.find_all("tr")[1:])
        shown += " ".join(cell for row in TRANSLATED_TABLE for cell in row)
    else:
        shown = text
        assert "| First translation | 12 | 14.10.2022 |" in text and "| Final delivery | 12 | 2022/11/15 |" in text
    assert not ARABIC_INDIC.search(shown), ARABIC_INDIC.search(shown)


def test_french_and_persian_readers_get_their_own_digits(brief):
    page = parse_html(edition(brief, "fr")).root
    target = page.find_all("div", class_="table")[0].find_all("div", class_="target")[0]
    rows = table_text(target.find_all("table")[0])
    assert [row[1:] for row in rows[1:]] == [["12", "14.10.2022"], ["7", "2022-11-01"], ["12", "2022/11/15"]]
    # the untranslated cell shows its source, marked: Arabic, not by accident
    assert rows[3][0] == "untranslatedالتسليم النهائي"
    catalog = brief / "locales" / "fa" / "LC_MESSAGES" / "brief.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fa\\n"\n',
                       encoding="utf-8")
    persian = parse_html(edition(brief, "fa")).root.find_all("div", class_="table")[0]
    cells = table_text(persian.find_all("div", class_="target")[0].find_all("table")[0])
    assert [row[1:] for row in cells[1:]] == [["۱۲", "۱۴.۱۰.۲۰۲۲"], ["۷", "۲۰۲۲-۱۱-۰۱"], ["۱۲", "۲۰۲۲/۱۱/۱۵"]]


def test_code_and_addresses_keep_their_digits():
    from kztr.locales import number_style
    from kztr.render.typography import reader_digits

    persian = number_style("fa")
    assert reader_digits("`kztr build --lang en` v2 https://a.kz/2022 a@b2.kz 10%", persian, markup=True) == \
        "`kztr build --lang en` v۲ https://a.kz/2022 a@b2.kz ۱۰%"
    assert reader_digits("١٢٫٥٪ و٣٬٥٠٠", number_style("fr")) == "12,5% و3\u202f500"  # French marks


# ---------------------------------------------------------------- item 6: one way to show Arabic


def test_review_list_shows_arabic_as_the_edition_body_does(brief):
    with_translations(brief, "en", {"للأسئلة": f"For questions write to {EMAIL} or call the project manager."})
    text = edition(brief, review=True)
    items = parse_html(text).root.find_all("section", class_="review")[0].find_all("li")
    source = next(item for item in items if "numbers" in item.text).find_all("span", class_="src")[0]
    assert [bdi.text for bdi in source.find_all("bdi")] == [EMAIL, PHONE]
    # the very function the edition body uses, so the two read alike
    msgid = next(entry.msgid for entry in read_catalog(DATA / "build" / "brief.en.po").entries
                 if entry.msgid.startswith("للأسئلة"))
    shown = inline_html(msgid, "rtl", True)
    assert f'<span class="src" lang="ar" dir="rtl">{shown}</span>' in text
    assert re.search(f'<span class="u" data-u="[0-9.]+">{re.escape(shown)}</span>', text)


def test_review_list_renders_inline_markup_of_a_markdown_source(brief):
    with_translations(brief, "en", {"**تاريخ الموجز:**": "**Brief date:** 15.10.2022"})
    page = parse_html(edition(brief, review=True)).root
    pair = page.find_all("section", class_="review")[0].find_all("p", class_="pair")[0]
    assert [node.text for node in pair.find_all("strong")] == ["تاريخ الموجز:", "Brief date:"]
    assert "**" not in pair.text and [bdi.text for bdi in pair.find_all("bdi")] == ["14.10.2022"]


def test_status_page_isolates_addresses_and_renders_markup(brief, run_in):
    text = run_in(brief, "status", "--format", "html", "--lang", "fr", "--by-section").output
    page = parse_html(text).root
    contact = next(cell for cell in page.find_all("td") if cell.text.startswith("للأسئلة"))
    assert [bdi.text for bdi in contact.find_all("bdi")] == [EMAIL, PHONE]
    msgid = next(entry.msgid for entry in read_catalog(DATA / "build" / "brief.fr.po").entries
                 if entry.msgid.startswith("للأسئلة"))
    assert f'<td lang="ar" dir="rtl">{inline_html(msgid, "rtl", True)}</td>' in text  # as the edition shows it
    assert "**" not in page.text  # the title's bold, in the section list too, is rendered
    assert "أستانا للكتاب" in [node.text for node in page.find_all("strong")]


@pytest.fixture
def run_in():
    from click.testing import CliRunner
    from kztr.cli import main

    def invoke(project: Path, *args: str):
        result = CliRunner().invoke(main, [args[0], "--project", str(project), *args[1:]])
        assert result.exit_code == 0, (result.output, result.exception)
        return result

    return invoke


# ---------------------------------------------------------------- item 7: the txt edition of Markdown


HOSTILE = {
    "تستعد الوكالة": "<script>alert(1)</script> The agency <img src=x onerror=alert(1)> prepares a guide.",
    "يضم الدليل": "![x](http://evil.example/x.png) [click](javascript:alert(1)) | a | b |",
    "**العميل:**": "**Client: Steppe Communications Agency, Astana",  # the bold broken: markup differs
    "لا تترجموا": "- a list? # a heading? > a quote?",
}


def test_txt_edition_of_a_markdown_document_is_escaped_as_the_md_edition(brief):
    with_translations(brief, "en", HOSTILE)
    text = edition(brief, fmt="txt")
    rendered = parse_html(markdown_html(text)).root
    tags = {node.tag for node in rendered.walk()}
    assert tags <= {"#document", "h1", "h2", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
                    "strong", "em", "code", "a", "blockquote"}, tags
    assert {a.attrs["href"] for a in rendered.find_all("a")} == {"https://example.org/brief/glossary?v=2&lang=ar"}
    shown = rendered.text
    for visible in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "![x](http://evil.example/x.png)",
                    "[click](javascript:alert(1)) | a | b |", "- a list? # a heading? > a quote?"):
        assert visible in shown, visible
    broken = next(li for li in rendered.find_all("li") if "Steppe" in li.text)
    assert broken.text.strip() == "[markup differs: **Client: Steppe Communications Agency, Astana]"
    assert not broken.find_all("strong")
    assert len(rendered.find_all("table")) == 1  # the pipes of a translation make no table
