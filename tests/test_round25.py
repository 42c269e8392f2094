"""Issue 17, round 25 (benchmarks/RESULTS.md), and two things a new user's Markdown brief showed.

* The names check's dictionary rule: a capitalised word the language's spelling dictionary does not know, which is a
  name it does know with two neighbouring letters swapped or a consonant doubled beside another (Doanu for Donau: a
  slip no transliteration makes), where no word of the Arabic spells the word as written (دوفال: Duvall is right).
* The foreign-name rule no longer takes a word that spells another name of the source for a part of the name (Africa,
  أفريقيا, inside روستنبرج): Rustenburg left out is found.
  The units are real: tests/data/checks/round25.tsv.
* ``kztr extract`` says it skipped a table's cells (figures), not "lines", each line once.
* The edition numbers its rows one after another: a table is one number, however many cells it has.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import assert_names_row, names_rows
from kztr.cli import main
from test_brief import brief, edition  # noqa: F401 (brief: the fixture)


@pytest.mark.parametrize(("language", "verdict", "arabic", "translation", "end"), names_rows("round25.tsv"))
def test_names_on_real_units(language, verdict, arabic, translation, end):
    assert_names_row(language, verdict, arabic, translation, end, dictionary=True)


def test_extract_says_table_cells_not_lines(brief):  # noqa: F811
    """The brief's table has six cells of figures (١٢, 14.10.2022): cells, on three lines, each named once."""
    result = CliRunner().invoke(main, ["extract", "-C", str(brief)])
    assert result.exit_code == 0, result.output
    assert "  skipped 1 line and 6 table cells (not source-language text): 19, 25, 26, 27" in result.output
    verbose = CliRunner().invoke(main, ["extract", "-C", str(brief), "--verbose"]).output
    assert "25: ١٢  (a table cell with no Arabic letter)" in verbose
    assert "19: `kztr build --review`  (no Arabic letter)" in verbose


def test_the_edition_numbers_a_table_once(brief):  # noqa: F811
    """The paragraph after the brief's table (its 14th row) is the 15th, not the 20th (the table's cells each took
    a number)."""
    import re

    html = edition(brief)
    numbers = [int(number) for number in re.findall(r'<div class="row [^"]*" id="b(\d+)"', html)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 17
    assert "Table 14: English translation" in edition(brief, fmt="md")


def test_check_says_a_catalog_is_behind_its_source(project):
    """The article edited and ``kztr extract`` not run: check says so on stderr for each language, as status does
    (the new sentence is checked nowhere until extract adds it); findings and exit code as before."""
    import shutil

    first = CliRunner().invoke(main, ["check", "-C", str(project), "--no-cache"])
    assert first.exit_code == 0 and "behind the source" not in first.stderr, first.output
    source = project / "source" / "kazakhstan-diplomacy-2022.txt"
    shutil.copystat(project / "locales" / "kazakhstan-diplomacy-2022.pot", source)  # as old as the template
    with source.open("a", encoding="utf-8") as file:
        file.write("وأضاف الكاتب جملة جديدة في آخر المقال.\n")
    result = CliRunner().invoke(main, ["check", "-C", str(project), "--no-cache"])
    assert result.exit_code == 0 and result.stdout == first.stdout
    assert [line for line in result.stderr.splitlines() if "behind" in line] == [
        f"kztr: locales/{lang}/LC_MESSAGES/kazakhstan-diplomacy-2022.po: behind the source: 1 unit not in this "
        "catalog, not checked (run kztr extract)" for lang in ("en", "ru")]
    assert CliRunner().invoke(main, ["extract", "-C", str(project)]).exit_code == 0
    assert "behind the source" not in CliRunner().invoke(main, ["check", "-C", str(project), "--no-cache"]).stderr
