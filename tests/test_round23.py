"""Issue 17, round 23: kztr check says which of the checked languages have no spelling dictionary for the names check.

A misspelt name that no other unit of the language spells is found by the language's own hunspell dictionary
(``kztr.text.dictionaries``: Austrálue one slip from Austrálie, which the Czech dictionary lists). Without it the
names check finds far fewer misspellings (benchmarks/RESULTS.md, issue 17's round 23), and said nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from kztr.cli import main
from kztr.text import dictionaries, lexicon
from kztr.text.dictionaries import debian_package, present

ROOT = Path(__file__).resolve().parents[1]  # the shipped project: the article, its English and Russian catalogs
LANGUAGES_NOTE = ("kztr: names: no spelling dictionary of en, ru (apt-get install hunspell-en-us hunspell-ru), so a "
                  "misspelt name that no other unit spells is not found")


@pytest.mark.parametrize(("language", "package"), [
    ("cs", "hunspell-cs"), ("sv", "hunspell-sv"), ("en", "hunspell-en-us"), ("de", "hunspell-de-de"),
    ("pt", "hunspell-pt-br"), ("pt_PT", "hunspell-pt-pt"), ("es", "hunspell-es"), ("nb", "hunspell-no"),
    ("sr@latin", "hunspell-sr"), ("ar", "hunspell-ar"),
    ("fi", ""), ("ja", ""),  # Debian has no hunspell dictionary of Finnish (voikko's) nor of Japanese
])
def test_debian_package(language, package):
    assert debian_package(language) == package


def _run(*options: str) -> tuple[list, str]:
    result = CliRunner().invoke(main, ["check", "-C", str(ROOT), "--format", "json", "--no-cache", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def test_check_names_the_languages_without_a_dictionary(monkeypatch, tmp_path):
    """On the shipped article with the dictionaries CI installs, no note; with none to be found, one line naming both
    languages and Debian's packages (stdout's JSON unchanged); none where the names check does not run, and only the
    language asked for with --lang."""
    assert present("en") and present("ru"), "scripts/test installs hunspell-en-us and hunspell-ru"
    findings, stderr = _run("--check", "names")
    assert "spelling dictionary" not in stderr
    monkeypatch.setattr(lexicon, "_FOLDERS", ())
    monkeypatch.setenv("KZTR_HUNSPELL_PATH", str(tmp_path))  # an empty folder: no dictionary anywhere
    assert not present("en")
    without, stderr = _run("--check", "names")
    assert LANGUAGES_NOTE in stderr.splitlines() and without == findings
    assert "kztr: names: no spelling dictionary of ru (apt-get install hunspell-ru)" in _run(
        "--check", "names", "--lang", "ru")[1]
    assert "spelling dictionary" not in _run("--check", "numbers")[1]


def test_a_dictionary_in_the_project_path_counts(monkeypatch, tmp_path):
    """KZTR_HUNSPELL_PATH's folders are looked in first: a copy of the English dictionary there is present."""
    folder = dictionaries._files("en")[1]
    monkeypatch.setattr(lexicon, "_FOLDERS", ())
    for suffix in (".dic", ".aff"):
        (tmp_path / f"en_US{suffix}").write_bytes((folder / f"en_US{suffix}").read_bytes())
    monkeypatch.setenv("KZTR_HUNSPELL_PATH", str(tmp_path))
    assert present("en") and not present("ru")

