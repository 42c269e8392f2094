"""Render an ``AlignResult`` (``kztr align``): the report, JSON, and the dry run's side-by-side view
(terminal lines, or an HTML page in the bilingual edition's styles). Pure functions: result in, text out."""

from __future__ import annotations

import json
from dataclasses import asdict

from kztr.render.status import shorten

OUTCOME_WORDS = {
    "filled": "filled (fuzzy)", "low": "left empty: score too low", "none": "left empty: no sentence for it",
    "note": "left empty: translated with the unit before it (noted)", "kept": "already translated: kept",
    "absent": "not in the catalog: run kztr extract",
}
_ORDER = ("filled", "low", "none", "note", "kept", "absent")
# The translation's sentences no unit took, listed in the terminal (a file of another document's text has
# hundreds); every unit left empty is listed, since each is the translator's to fill.
UNUSED_SHOWN = 20


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def render_json(result) -> str:
    data = asdict(result)
    data["counts"] = {outcome: result.count(outcome) for outcome in _ORDER}
    data["least_certain"] = [asdict(unit) for unit in result.least_certain]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_report(result, color: bool = False) -> str:
    """What was filled, what was left empty and why, the least certain pairs."""
    import click

    def style(text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if color else text

    units = len(result.units)
    verb = "would fill" if result.dry_run else "filled"
    state = "dry run: nothing written" if result.dry_run else ("written" if result.written else "unchanged")
    lines = [f"{result.catalog}: {verb} {result.count('filled')} of {_plural(units, 'unit')} from "
             f"{result.translation} ({result.sentences} sentences); {state}"]
    if result.learnt_from or result.shipped:
        learnt = [f"{_plural(result.learnt_from, 'translated unit')} of the project (catalogs, tm/, glossary)"]
        if result.shipped:
            learnt.append(f"{result.shipped:,} sentence pairs kztr ships (FLORES-200)")
        lines.append(style("  words learnt from " + " and ".join(learnt), dim=True))
    if result.pivot:
        lines.append(style(f"  compared through the {result.pivot} translations of "
                           f"{_plural(result.pivot_units, 'unit')} "
                           f"too (words learnt from {_plural(result.pivot_learnt_from, 'unit')} translated into both)",
                           dim=True))
    for outcome in _ORDER[1:]:
        count = result.count(outcome)
        if count:
            lines.append(f"  {count:>4}  {OUTCOME_WORDS[outcome]}")
    empty = [unit for unit in result.units if unit.outcome in ("low", "none", "note")]
    if empty:
        lines.append(style("left empty:", bold=True))
        for unit in empty:
            score = f"score {unit.score:.0f}" if unit.outcome == "low" else unit.outcome
            lines.append(f"  {unit.reference} ({score}): {shorten(unit.source, 70)}")
    if result.least_certain:
        lines.append(style("least certain pairs (check these first):", bold=True))
        for unit in result.least_certain:
            lines.append(f"  {unit.reference} (score {unit.score:.0f}, {unit.bead}): {shorten(unit.source, 60)}")
            lines.append(style(f"      → {shorten(unit.translation, 80)}", dim=True))
    if result.unused:
        lines.append(style(f"{_plural(len(result.unused), 'sentence')} of the translation no unit took:", bold=True))
        lines += [f"  {shorten(sentence, 90)}" for sentence in result.unused[:UNUSED_SHOWN]]
        if len(result.unused) > UNUSED_SHOWN:
            lines.append(style(f"  … and {len(result.unused) - UNUSED_SHOWN} more (--format json lists every one)",
                               dim=True))
    if result.count("filled") and not result.dry_run:
        lines.append(style("each filled unit is fuzzy: confirm it in Poedit or with kztr build --review", dim=True))
    return "\n".join(lines) + "\n"


def render_side_by_side(result, color: bool = False) -> str:
    """The dry run in a terminal: each unit, then what it would take, block by block."""
    import click

    def style(text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if color else text

    lines, block = [], None
    for unit in result.units:
        if unit.block != block:
            if block is not None:
                lines.append("")
            block = unit.block
        mark = f"{unit.score:>3.0f}" if unit.outcome in ("filled", "low") else "  -"
        lines.append(f"{style(unit.reference, dim=True)}  {unit.source}")
        if unit.outcome == "filled":
            lines.append(f"  {style(mark, fg='green' if unit.score >= 80 else 'yellow')}  {unit.translation}")
        else:
            text = f"{OUTCOME_WORDS[unit.outcome]}" + (f": {unit.translation}" if unit.translation else "")
            lines.append(f"  {style(mark, fg='red')}  {style(text, fg='red')}")
    lines.append("")
    return "\n".join(lines) + "\n" + render_report(result, color)


def render_html(result, source_language, target_language) -> str:
    """The dry run as one self-contained page: the edition's two columns, scores in the gutter."""
    from markupsafe import Markup

    from kztr.render.html import _asset, _environment, _policy

    css = _asset("edition.css") + _asset("align.css")
    rows: list[list] = []
    for unit in result.units:
        if not rows or rows[-1][0].block != unit.block:
            rows.append([])
        rows[-1].append(unit)
    return _environment().get_template("align.html.j2").render(
        result=result, rows=rows, source=source_language, target=target_language, words=OUTCOME_WORDS,
        report=render_report(result), csp=_policy(css, None), css=Markup(css),
    )
