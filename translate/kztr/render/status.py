"""Render a ``StatusReport``: terminal table, JSON, Markdown and an HTML page.

Every function is pure: it takes the report and returns text. Counting is
done before (``kztr.stats``); these only present the numbers.
"""

from __future__ import annotations

from collections.abc import Iterator

from kztr.render.jsontext import dumps_indented
from kztr.stats import Counts

BAR_WIDTH = 10
_DOC_WIDTH = 27
_NO_SECTION = "(no section: kicker, byline)"
_LEGEND = ("units: translated/fuzzy/untranslated; words: translated/all; done: % of words;\n"
           "qa: findings of kztr check not accepted")


def shorten(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` characters, marking the cut with an ellipsis.

    >>> shorten("kazakhstan-diplomacy-2022", 12)
    'kazakhstan-…'
    >>> shorten("short", 12)
    'short'
    """
    return text if len(text) <= width else text[: width - 1] + "…"


def progress_bar(counts: Counts, width: int = BAR_WIDTH) -> tuple[int, int]:
    """Cells of a ``width``-cell bar for translated and fuzzy words; full only at 100 %.

    >>> progress_bar(Counts(words_translated=999, words_untranslated=1))
    (9, 0)
    >>> progress_bar(Counts(words_translated=5, words_fuzzy=5))
    (5, 5)
    """
    total = counts.words_total
    if not total:
        return width, 0
    done = counts.words_translated * width // total
    if done == width and counts.words_translated < total:
        done -= 1
    fuzzy = min(round(counts.words_fuzzy * width / total), width - done)
    if done + fuzzy == width and counts.words_translated + counts.words_fuzzy < total:
        fuzzy -= 1
    return done, max(fuzzy, 0)


def _language_label(code: str) -> str:
    from kztr.locales import display_name

    return f"{display_name(code)} ({code})"


def _section_label(section: str) -> str:
    return section or _NO_SECTION


# ---------------------------------------------------------------- terminal


def render_table(report, by_section: bool = False, color: bool = False) -> str:
    """The terminal table: one block per language, readable at 80 columns."""
    import click

    def style(text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if color else text

    def row(name: str, counts: Counts, findings: str, bold: bool = False) -> str:
        done, fuzzy = progress_bar(counts)
        bar = style("█" * done, fg="green") + style("▒" * fuzzy, fg="yellow") + "░" * (BAR_WIDTH - done - fuzzy)
        units = f"{counts.translated}/{counts.fuzzy}/{counts.untranslated}"
        words = f"{counts.words_translated}/{counts.words_total}"
        percent = f"{counts.percent:.1f}%"
        tone = "green" if counts.percent >= 100 else ("yellow" if counts.percent >= 50 else "red")
        left = f"  {shorten(name, _DOC_WIDTH):<{_DOC_WIDTH}}{units:>13}{words:>13}"
        text = f"{style(left, bold=bold)}{style(f'{percent:>8}', fg=tone, bold=bold)}  {bar}{findings:>4}"
        return text.rstrip()

    if not report.catalogs:
        return "no languages yet: start one with kztr init --lang LANG\n"
    lines = [style(f"  {'document':<{_DOC_WIDTH}}{'units':>13}{'words':>13}{'done':>8}  {'progress':<{BAR_WIDTH}}"
                   f"{'qa':>4}", dim=True).rstrip()]
    for language in report.languages:
        catalogs = report.for_language(language)
        lines.append(style(_language_label(language), bold=True))
        for item in catalogs:
            lines.append(row(item.document, item.counts, str(len(item.open_findings)) if item.open_findings else ""))
            if item.missing:
                lines.append(style("    no catalog yet: counted as untranslated (run kztr extract)", fg="yellow"))
            elif item.behind:
                lines.append(style(f"    behind the source: {_units(item.behind)} not in this catalog "
                                   "(run kztr extract)", fg="yellow"))
            if by_section:
                for section in item.sections:
                    counts = section.counts
                    lines.append(f"    {counts.translated:>3} of {counts.units_total:<3}{counts.percent:>6.1f}%  "
                                 f"{shorten(_section_label(section.section), 56)}")
        if len(catalogs) > 1:
            total = report.totals(language)
            found = sum(len(item.open_findings) for item in catalogs)
            lines.append(row("total", total, str(found) if found else "", bold=True))
    errors = [finding for item in report.catalogs for finding in item.open_findings if finding.severity == "error"]
    warnings = sum(len(item.open_findings) for item in report.catalogs) - len(errors)
    if errors or warnings:
        lines.append("")
        lines.append(style(f"{_count(len(errors), 'error')} and {_count(warnings, 'warning')} found by kztr check"
                           + (":" if errors else ""), bold=True))
        for finding in errors:
            lines.append(f"  {finding.catalog}:{finding.line}")
            lines.append(f"    {style(finding.check, fg='red')}: {shorten(finding.message, 74 - len(finding.check))}")
    lines.append(style(_LEGEND, dim=True))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- JSON


def _counts_fields(counts: Counts) -> dict:
    return {
        "translated": counts.translated,
        "fuzzy": counts.fuzzy,
        "untranslated": counts.untranslated,
        "obsolete": counts.obsolete,
        "units_total": counts.units_total,
        "words_total": counts.words_total,
        "words_translated": counts.words_translated,
        "words_fuzzy": counts.words_fuzzy,
        "words_untranslated": counts.words_untranslated,
        "percent": counts.percent,
        "percent_units": counts.percent_units,
    }


def status_records(report, by_section: bool = False) -> list[dict]:
    """One plain dict per document × language, keys in a fixed order."""
    return [_record(item, by_section) for item in report.catalogs]


def _record(item, by_section: bool) -> dict:
    record = {"document": item.document, "language": item.language, "path": item.path, "missing": item.missing,
              "behind": item.behind}
    record.update(_counts_fields(item.counts))
    record["findings"] = [finding.record() for finding in item.findings]
    if by_section:
        record["sections"] = [{"section": section.section, **_counts_fields(section.counts)}
                              for section in item.sections]
    return record


def _units(count: int) -> str:
    return _count(count, "unit")


def _count(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def render_json(report, by_section: bool = False) -> str:
    """A JSON array, one object per document × language (stable key order)."""
    return "".join(json_chunks(report, by_section))


def json_chunks(report, by_section: bool = False) -> Iterator[str]:
    """``render_json``'s text a document × language at a time: an archive's report, findings and
    all, is hundreds of megabytes, written out as it is made rather than held whole."""
    if not report.catalogs:
        yield "[]\n"
        return
    for number, item in enumerate(report.catalogs):
        yield ",\n  " if number else "[\n  "
        yield dumps_indented(_record(item, by_section), level=2)
    yield "\n]\n"


# ---------------------------------------------------------------- Markdown


def markdown_escape(text: str) -> str:
    r"""Text safe in a Markdown table cell: no markup, no HTML, no column breaks.

    >>> markdown_escape("a|b <i>*c*</i>")
    'a\\|b &lt;i&gt;\\*c\\*&lt;/i&gt;'
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in "\\`*_[]|#":
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())


def render_markdown(report, by_section: bool = False) -> str:
    """GitHub-flavoured Markdown: a table of catalogs, sections and findings after it."""
    lines = ["# Translation status", ""]
    if not report.catalogs:
        return "\n".join([*lines, "No languages yet: start one with `kztr init --lang LANG`.", ""])
    lines += [
        "| Language | Document | Translated | Fuzzy | Untranslated | Obsolete | Words translated | Complete "
        "| Findings |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|",
    ]

    def row(language: str, document: str, counts: Counts, findings: int) -> str:
        return (f"| {language} | {document} | {counts.translated} | {counts.fuzzy} | {counts.untranslated} "
                f"| {counts.obsolete} | {counts.words_translated} of {counts.words_total} "
                f"| {counts.percent:.1f} % | {findings} |")

    for language in report.languages:
        catalogs = report.for_language(language)
        label = markdown_escape(_language_label(language))
        for item in catalogs:
            document = markdown_escape(item.document) + (" (no catalog yet)" if item.missing else "")
            if item.behind and not item.missing:
                document += f" (behind the source: {_units(item.behind)} missing, run kztr extract)"
            lines.append(row(label, document, item.counts, len(item.open_findings)))
        if len(catalogs) > 1:
            total = report.totals(language)
            lines.append(row(f"**{label}**", "**total**", total, sum(len(item.open_findings) for item in catalogs)))
    if by_section:
        from kztr.locales import text_direction
        from kztr.render.markdown import cell_text

        source_direction = text_direction(report.source_language)
        for item in report.catalogs:
            lines += ["", f"## {markdown_escape(_language_label(item.language))}: {markdown_escape(item.document)}", "",
                      "| Section | Units translated | Words translated | Complete |", "|---|--:|--:|--:|"]
            for section in item.sections:
                counts = section.counts
                name = cell_text(section.section, source_direction, item.markup) if section.section else _NO_SECTION
                lines.append(f"| {name} "
                             f"| {counts.translated} of {counts.units_total} "
                             f"| {counts.words_translated} of {counts.words_total} | {counts.percent:.1f} % |")
    found = [finding for item in report.catalogs for finding in item.open_findings]
    if found:
        lines += ["", "## Findings (kztr check)", ""]
        from kztr.render.markdown import cell_text

        lines += [f"- `{finding.catalog}:{finding.line}` ({markdown_escape(finding.source)}): {finding.severity}, "
                  f"{markdown_escape(finding.check)}, {cell_text(finding.message, 'ltr')}" for finding in found]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- HTML

_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: start; padding: .25rem .5rem; border-bottom: 1px solid #eee; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid #ccc; }
.bar { display: flex; width: 10rem; height: .8rem; background: #e4e4e4; border-radius: 3px; overflow: hidden; }
.bar span { display: block; height: 100%; }
.bar .tr { background: #2e7d32; } .bar .fz { background: #f9a825; }
.ar, [dir=rtl] { font-size: 1.1em; }
.missing { color: #a15c00; } .ref { font-family: ui-monospace, monospace; font-size: .85em; white-space: nowrap; }
.state-fuzzy { color: #a15c00; } .state-untranslated { color: #b00020; }
details { margin: .5rem 0 1rem; } summary { cursor: pointer; }
@media print { .bar { border: 1px solid #999; } details { display: block; } }
</style>
</head>
<body>
<h1>{{ title }}</h1>
<p>Source language: {{ source_name }} ({{ report.source_language }}).
A unit is translated when its translation is non-empty and not fuzzy; percentages are by source words.</p>
{% if not report.catalogs %}<p>No languages yet: start one with <code>kztr init --lang LANG</code>.</p>{% endif %}
{% for language in languages %}
<h2 lang="{{ language.code }}">{{ language.name }} ({{ language.code }})</h2>
<table>
<tr><th>Document</th><th class="n">Translated</th><th class="n">Fuzzy</th><th class="n">Untranslated</th>
<th class="n">Obsolete</th><th class="n">Words</th><th class="n">Complete</th><th>Progress</th><th class="n">Findings</th></tr>
{% for row in language.rows %}
<tr{% if row.total %} class="total"{% endif %}><td>{{ row.name }}{% if row.missing %} <span class="missing">(no catalog yet)</span>{% elif row.behind %} <span class="missing">(behind the source: {{ row.behind }} unit{{ 's' if row.behind != 1 }} missing, run kztr extract)</span>{% endif %}</td>
<td class="n">{{ row.counts.translated }}</td><td class="n">{{ row.counts.fuzzy }}</td>
<td class="n">{{ row.counts.untranslated }}</td><td class="n">{{ row.counts.obsolete }}</td>
<td class="n">{{ row.counts.words_translated }} / {{ row.counts.words_total }}</td>
<td class="n">{{ "%.1f"|format(row.counts.percent) }} %</td>
<td>{{ bar(row.counts) }}</td><td class="n">{{ row.findings }}</td></tr>
{% endfor %}
</table>
{% for item in language.catalogs %}
{% if by_section %}
<details open><summary>{{ item.document }}: sections</summary>
<table>
<tr><th>Section</th><th class="n">Units</th><th class="n">Words</th><th class="n">Complete</th><th>Progress</th></tr>
{% for section in item.sections %}
<tr><td{% if section.section %} lang="{{ report.source_language }}" dir="{{ source_dir }}"{% endif %}>{{ section.section | inline(source_dir, item.markup) if section.section else no_section }}</td>
<td class="n">{{ section.counts.translated }} of {{ section.counts.units_total }}</td>
<td class="n">{{ section.counts.words_translated }} / {{ section.counts.words_total }}</td>
<td class="n">{{ "%.1f"|format(section.counts.percent) }} %</td><td>{{ bar(section.counts) }}</td></tr>
{% endfor %}
</table>
</details>
{% endif %}
{% if listed and item.pending %}
<details open><summary>{{ item.document }}: {{ item.pending|length }} unit{{ "s" if item.pending|length != 1 }} to do
({{ item.counts.untranslated }} untranslated, {{ item.counts.fuzzy }} fuzzy) — {{ item.path }}</summary>
<table>
<tr><th>Where</th><th>State</th><th>Source</th><th>Translation</th></tr>
{% for entry in item.pending %}
<tr><td class="ref">{{ entry.references|join(" ") }}</td>
<td class="state-{{ state(entry) }}">{{ state(entry) }}</td>
<td lang="{{ report.source_language }}" dir="{{ source_dir }}">{{ entry.msgid | inline(source_dir, item.markup) }}</td>
<td lang="{{ language.code }}" dir="{{ language.dir }}">{{ entry.msgstr | inline(language.dir, item.markup and markup_kept(entry.msgid, entry.msgstr)) }}</td></tr>
{% endfor %}
</table>
</details>
{% endif %}
{% endfor %}
{% if not listed and language.pending %}
<p class="missing">{{ language.pending }} unit{{ "s" if language.pending != 1 }} to do in {{ language.documents }} document{{ "s" if language.documents != 1 }}: not listed one by one on a page this size (<code>kztr status --format html --details</code> lists them).</p>
{% endif %}
{% endfor %}
{% if not listed and summary %}
<h2>Findings (kztr check)</h2>
<p>Not listed one by one on a page this size: <code>kztr status --format html --details</code> lists them, <code>kztr check</code> too.</p>
<table>
<tr><th>Language</th><th>Check</th><th class="n">Errors</th><th class="n">Warnings</th></tr>
{% for row in summary %}
<tr><td>{{ row.language }}</td><td>{{ row.check }}</td><td class="n">{{ row.errors }}</td><td class="n">{{ row.warnings }}</td></tr>
{% endfor %}
</table>
{% endif %}
{% if listed and findings %}
<h2>Findings (kztr check)</h2>
<table>
<tr><th>Where</th><th>Check</th><th>Source</th><th>Translation</th></tr>
{% for item, finding in findings %}
<tr><td class="ref">{{ finding.catalog }}:{{ finding.line }}<br>{{ finding.source }}</td>
<td>{{ finding.severity }}, {{ finding.check }}: {{ finding.message | inline("ltr") }}</td>
<td lang="{{ report.source_language }}" dir="{{ source_dir }}">{{ finding.msgid | inline(source_dir, item.markup) }}</td>
<td lang="{{ item.language }}" dir="{{ directions[item.language] }}">{{ finding.msgstr | inline(directions[item.language], item.markup and markup_kept(finding.msgid, finding.msgstr)) }}</td></tr>
{% endfor %}
</table>
{% endif %}
{% if extra %}
{{ extra }}
{% endif %}
</body>
</html>
"""  # noqa: E501 - a template line is a line of the page


# Above this many rows (units to do and findings together) a page lists them only when asked (--details):
# an archive's page stays a page, not a 100,000-row table.
DETAIL_ROWS = 500


def listed_rows(report) -> int:
    """The rows a detailed page has: every unit to do and every open finding."""
    return sum(len(item.pending) + len(item.open_findings) for item in report.catalogs)


def render_html(report, by_section: bool = False, title: str = "Translation status", extra: str = "",
                details: bool | None = None) -> str:
    """One self-contained page (inline CSS, no scripts, no external files); every string escaped.

    ``extra`` is an HTML section rendered elsewhere (the history's charts), put at the end as it is.
    ``details``: list every unit to do and every finding (True), only the counts (False), or the
    first when they are at most ``DETAIL_ROWS`` rows (None).
    """
    from jinja2 import Environment
    from markupsafe import Markup

    from kztr.locales import display_name, text_direction
    from kztr.render.inline import inline_markup
    from kztr.stats import unit_state
    from kztr.text.markup import markup_kept

    def bar(counts: Counts) -> Markup:
        total = counts.words_total or 1
        done = 100.0 * counts.words_translated / total if counts.words_total else 100.0
        fuzzy = 100.0 * counts.words_fuzzy / total
        return Markup('<div class="bar" title="{:.1f} %"><span class="tr" style="width:{:.2f}%"></span>'
                      '<span class="fz" style="width:{:.2f}%"></span></div>').format(counts.percent, done, fuzzy)

    languages = []
    for code in report.languages:
        catalogs = report.for_language(code)
        rows = [{"name": item.document, "counts": item.counts, "findings": len(item.open_findings),
                 "missing": item.missing, "behind": item.behind, "total": False} for item in catalogs]
        if len(catalogs) > 1:
            rows.append({"name": "total", "counts": report.totals(code), "missing": False, "total": True,
                         "findings": sum(len(item.open_findings) for item in catalogs)})
        languages.append({"code": code, "name": display_name(code), "dir": text_direction(code),
                          "rows": rows, "catalogs": catalogs,
                          "pending": sum(len(item.pending) for item in catalogs),
                          "documents": sum(1 for item in catalogs if item.pending)})
    listed = details if details is not None else listed_rows(report) <= DETAIL_ROWS
    environment = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    environment.filters["inline"] = inline_markup  # Arabic shown as the edition shows it: addresses isolated
    environment.globals["markup_kept"] = markup_kept
    return environment.from_string(_HTML).render(
        title=title,
        report=report,
        by_section=by_section,
        languages=languages,
        source_name=display_name(report.source_language),
        source_dir=text_direction(report.source_language),
        directions={code: text_direction(code) for code in report.languages},
        findings=[(item, finding) for item in report.catalogs for finding in item.open_findings] if listed else [],
        listed=listed,
        summary=[] if listed else _findings_summary(report),
        no_section=_NO_SECTION,
        bar=bar,
        state=unit_state,
        extra=Markup(extra),
    )


def _findings_summary(report) -> list[dict]:
    """Open findings counted per language and check, in the report's language order and kztr check's check order."""
    from kztr.checks import CHECK_IDS

    counts: dict[tuple[str, str], list[int]] = {}
    for item in report.catalogs:
        for finding in item.open_findings:
            tally = counts.setdefault((item.language, finding.check), [0, 0])
            tally[0 if finding.severity == "error" else 1] += 1
    order = {check: number for number, check in enumerate(CHECK_IDS)}
    languages = {code: number for number, code in enumerate(report.languages)}
    return [{"language": language, "check": check, "errors": errors, "warnings": warnings}
            for (language, check), (errors, warnings) in sorted(
                counts.items(), key=lambda pair: (languages.get(pair[0][0], 0), order.get(pair[0][1], len(order))))]
