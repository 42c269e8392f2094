"""The documentation build: a broken link fails it; the command reference says what --help says.

Each test builds a small site in tmp_path with docs/conf.py and the exact
sphinx command of scripts/docs (the one CI runs), so dropping -W from
the script, or nitpicky from conf.py, makes a test here fail.
"""

from __future__ import annotations

import doctest
import re
import runpy
import shlex
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import click
from kztr.cli import main

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SCRIPT = ROOT / "scripts" / "docs"


def sphinx_arguments() -> list[str]:
    """The options scripts/docs passes to sphinx, without its source and output folders."""
    lines = [line for line in SCRIPT.read_text(encoding="utf-8").splitlines() if " -m sphinx " in line]
    assert len(lines) == 1, "scripts/docs runs sphinx once"
    words = shlex.split(lines[0])
    arguments = words[words.index("sphinx") + 1:]
    assert arguments[-2:] == ["docs", "_build/docs"]
    return arguments[:-2]


def build_site(tmp_path: Path, pages: dict[str, str]) -> subprocess.CompletedProcess:
    """Build ``pages`` (name -> MyST text) with the project's conf.py, as scripts/docs builds docs/."""
    source = tmp_path / "docs"
    source.mkdir()
    shutil.copy(DOCS / "conf.py", source / "conf.py")
    for name, text in pages.items():
        (source / name).write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "sphinx", *sphinx_arguments(), str(source), str(tmp_path / "site")]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


INDEX = "# Site\n\n```{toctree}\npage\n```\n"
PAGE = """\
# Page

## A section

See [the section](#a-section), [the index](index.md) and {option}`kztr build --lang`.

```{eval-rst}
.. click:: kztr.cli:main
   :prog: kztr
   :nested: full
```
"""


def test_a_sound_page_builds(tmp_path):
    result = build_site(tmp_path, {"index.md": INDEX, "page.md": PAGE})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "page.html").is_file()


BROKEN = {  # a broken link or reference -> the warning that must name its page and line
    "[gone](missing.md)": "cross-reference target not found: 'missing.md'",
    "[gone](index.md#no-such-heading)": "local id not found in doc 'index': 'no-such-heading'",
    "{option}`kztr build --no-such-option`": "unknown option: 'kztr build --no-such-option'",
    "![gone](images/missing.png)": "image file not readable: images/missing.png",
    "{envvar}`KZTR_NO_SUCH`": "'envvar' reference target not found: KZTR_NO_SUCH",  # conf.py: nitpicky
}


def test_a_broken_link_fails_the_build_naming_its_page_and_line(tmp_path):
    page = PAGE + "".join(f"\nBroken: {broken}\n" for broken in BROKEN)
    result = build_site(tmp_path, {"index.md": INDEX, "page.md": page})
    assert result.returncode != 0
    rows = page.splitlines()
    for broken, warning in BROKEN.items():
        line = rows.index(f"Broken: {broken}") + 1
        assert re.search(rf"page\.md:{line}: (WARNING|ERROR): .*{re.escape(warning)}", result.stderr), \
            f"{broken}: no warning\n{result.stderr}"


def test_a_page_in_no_table_of_contents_fails_the_build(tmp_path):
    result = build_site(tmp_path, {"index.md": "# Site\n", "page.md": "# Page\n"})
    assert result.returncode != 0
    assert "page.md: WARNING: document isn't included in any toctree" in result.stderr


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _words(text: str) -> str:
    return " ".join(text.split())


def _commands(command: click.Command, path: str = "kztr"):
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from _commands(sub, f"{path} {name}")


def test_the_reference_shows_every_help_text_as_typed(tmp_path):
    """The generated reference (docs/cli.md) holds each command's help and each option's, word for word."""
    pages = {"index.md": "# Site\n\n```{toctree}\ncli\n```\n", "cli.md": (DOCS / "cli.md").read_text(encoding="utf-8")}
    result = build_site(tmp_path, pages)
    assert result.returncode == 0, result.stderr
    parser = _Text()
    parser.feed((tmp_path / "site" / "cli.html").read_text(encoding="utf-8"))
    shown = _words(" ".join(parser.parts))
    checked = 0
    for path, command in _commands(main):
        for paragraph in re.split(r"\n\s*\n", command.help or ""):
            text = _words(paragraph.replace("\b", ""))
            assert text in shown, f"{path}: {text!r} is not in the reference"
            checked += 1
        for param in command.params:
            if isinstance(param, click.Option) and param.help and not param.hidden:
                assert _words(param.help) in shown, f"{path} {param.opts[0]}: help not in the reference"
                checked += 1
    assert "needs-review-* (2.x: initial) keeps it fuzzy" in shown  # reST would have read * as emphasis
    assert "Run `kztr COMMAND --help`" in shown  # and the backticks as markup
    assert checked > 60


def _conf() -> dict:
    """The names docs/conf.py defines (settings and the help-text filters); no bytecode written."""
    return runpy.run_path(str(DOCS / "conf.py"))


def test_option_help_is_escaped_and_its_fields_kept():
    lines = [
        ".. option:: -o, --output <output>",
        "",
        "    **Required** Write to tm/*.tmx or `here`, a_b|c.",
        "    | - kept as typed",
        "",
        "    :default: ``'html'``",
        "    :options: html | md | txt",
    ]
    _conf()["_escape_option_help"](None, None, lines)
    assert lines == [
        ".. option:: -o, --output <output>",
        "",
        r"    **Required** Write to tm/\*.tmx or \`here\`, a\_b\|c.",
        r"    | \- kept as typed",
        "",
        "    :default: ``'html'``",
        "    :options: html | md | txt",
    ]


def test_help_blocks_stay_as_typed():
    rest = _conf()["help_as_rest"]("Do it.\n\n\b\nExample:\n  kztr x *y*\n\n\b\nExit status: 0 clean;\n1 bad_input\n")
    assert rest == ["Do it.", "", "Example:", "", "::", "", "      kztr x *y*", "",
                    "| Exit status: 0 clean;", r"| 1 bad\_input", ""]


def test_the_examples_in_conf_hold():
    names = _conf()
    runner = doctest.DocTestRunner()
    tests = doctest.DocTestFinder().find(names["escape_rest"], "escape_rest", globs=names)
    for test in tests:
        runner.run(test)
    assert sum(len(test.examples) for test in tests) == 2
    assert runner.summarize(verbose=False).failed == 0
