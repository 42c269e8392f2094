"""Indented JSON written by kztr.render.jsontext is json.dumps(..., ensure_ascii=False, indent=2) exactly."""

from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from kztr.cli import main
from kztr.config import load_settings
from kztr.render.jsontext import dumps_indented
from kztr.workflow import check

_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12),
                     st.sampled_from(["قمة «CICA»", "a\"b\\c\n\t", "\u2028\x00\u200f"]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)), max_leaves=20)


@settings(max_examples=1500, deadline=None)
@given(_VALUES)
def test_equals_json_dumps_on_generated_values(value):
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_equals_json_dumps_on_real_reports(project):
    """status, check and SARIF of the shipped project, with findings (Arabic, quotes, nested objects)."""
    from conftest import ARTICLE

    po = project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    lines = po.read_text(encoding="utf-8").split("\n")
    lines = [line.replace("Kazakhstan", "Kazakstan").replace("2022", "2021") if line.startswith("msgstr") else line
             for line in lines]
    # accepted findings: a reason with quotes and Arabic, and one with none
    starts = [max(start for start in range(index) if lines[start].startswith("msgid"))
              for index, line in enumerate(lines) if line.startswith("msgstr") and "2021" in line]
    lines.insert(starts[1], "# kztr: ok numbers")
    lines.insert(starts[0], '# kztr: ok numbers — "عام ٢٠٢١" is the date\'s own year')
    po.write_text("\n".join(lines), encoding="utf-8")
    runner = CliRunner()
    for args in (["status", "--format", "json", "--by-section"], ["check", "--format", "json"],
                 ["check", "--format", "sarif"]):
        text = runner.invoke(main, [*args, "--project", str(project)]).stdout
        value = json.loads(text)
        assert "Kazakstan" in text and text == json.dumps(value, ensure_ascii=False, indent=2) + "\n", args
        if args[0] == "check" and args[-1] == "json":  # every finding's record, keys in order, and the acceptances
            report = check(load_settings(project))
            assert [list(item.items()) for item in value] == [list(finding.record().items())
                                                               for finding in report.findings]
            assert {(item["accepted"], item["reason"]) for item in value} >= {
                (True, '"عام ٢٠٢١" is the date\'s own year'), (True, ""), (False, "")}
