"""Render a ``HistoryReport``: terminal table, JSON, and an HTML section with one SVG chart per language.

The chart is SVG written here (no plotting library, nothing loaded by the
browser): each language's translated, fuzzy and untranslated source words
as stacked steps over time, which holds its shape on screen and in print.
Every string that comes from git or a catalog is escaped.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from kztr.stats import Counts

_COLOURS = {"translated": "#2e7d32", "fuzzy": "#f9a825", "untranslated": "#d9d9d9"}


def _label(code: str) -> str:
    from kztr.locales import display_name

    return f"{display_name(code)} ({code})"


def _short(sha: str | None) -> str:
    return sha[:7] if sha else "-"


def _via(report) -> str:
    if report.credit == "last-translator":
        return "credited to the catalog's Last-Translator (the commit's author where the header has none)"
    return "credited to the commit's author (the catalog's Last-Translator where a commit has none)"


def _scope(report) -> str:
    where = f"{report.folder}/ in git at {report.revision}"
    dates = ""
    if report.since or report.until:
        dates = f", {report.since or '…'} to {report.until or '…'}"
    shallow = "; shallow clone: the history starts at the oldest commit at hand" if report.shallow else ""
    return f"{where} ({report.commits} commit{'s' if report.commits != 1 else ''} changed catalogs{dates}){shallow}"


# ---------------------------------------------------------------- terminal


def render_history_table(report) -> str:
    """Per language: one row per main-line commit (or period), then the translators' words."""
    lines = [f"History of {_scope(report)}"]
    if not report.languages:
        lines.append("no catalog in this part of the history")
    for language in report.languages:
        lines += ["", _label(language.language),
                  f"  {'when':<19}{'commit':<9}{'units t/f/u':>14}{'words':>14}{'done':>8}{'docs':>6}"]
        rows = ([("before", language.start)] if language.start else []) + [("", point) for point in language.points]
        for mark, point in rows:
            counts = point.totals
            units = f"{counts.translated}/{counts.fuzzy}/{counts.untranslated}"
            words = f"{counts.words_translated}/{counts.words_total}"
            when = f"(start) {_date(point.time)}" if mark else point.period
            lines.append(f"  {when:<19}{_short(point.sha):<9}{units:>14}{words:>14}{counts.percent:>7.1f}%"
                         f"{point.documents:>6}")
        if language.translators:
            lines.append(f"  {'translator':<40}{'new':>7}{'revised':>9}{'lost':>7}{'commits':>9}  via")
            for row in language.translators:
                change = row.change
                lines.append(f"  {_cut(row.translator, 39):<40}{change.new_words:>7}{change.revised_words:>9}"
                             f"{change.lost_words:>7}{row.commits:>9}  {', '.join(row.via)}")
            total = _total(language.translators)
            lines.append(f"  {'total':<40}{total.new_words:>7}{total.revised_words:>9}{total.lost_words:>7}")
    for sha, path in report.invalid:
        lines.append(f"kztr: warning: {path} at {_short(sha)} is not a valid catalog: counted as the one before it")
    lines += ["", "words: source words translated/all; new, revised, lost: source words per translator, "
              f"{_via(report)}"]
    return "\n".join(lines) + "\n"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _total(rows):
    from kztr.history.counting import Change

    return sum((row.change for row in rows), Change())


# ---------------------------------------------------------------- JSON


def _counts(counts: Counts | None) -> dict | None:
    if counts is None:
        return None
    from kztr.render.status import _counts_fields

    return _counts_fields(counts)


def _point(point) -> dict:
    return {"commit": point.sha, "date": _iso(point.time), "period": point.period, "documents": point.documents,
            **(_counts(point.totals) or {})}


def _iso(time: int) -> str:
    return datetime.fromtimestamp(time, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def history_records(report) -> dict:
    """The history as plain data, keys in a fixed order."""
    return {
        "repository": report.repository, "folder": report.folder, "revision": report.revision, "tip": report.tip,
        "shallow": report.shallow, "commits": report.commits, "by": report.period, "credit": report.credit,
        "since": report.since, "until": report.until,
        "languages": [{
            "language": language.language,
            "start": _point(language.start) if language.start else None,
            "series": [_point(point) for point in language.points],
            "translators": [{"translator": row.translator, "via": list(row.via), "commits": row.commits,
                             "words_new": row.change.new_words, "words_revised": row.change.revised_words,
                             "words_lost": row.change.lost_words, "units_new": row.change.new_units,
                             "units_revised": row.change.revised_units, "units_lost": row.change.lost_units}
                            for row in language.translators],
        } for language in report.languages],
        "documents": [{"commit": item.sha, "date": _iso(item.time), "language": item.language,
                       "document": item.document, "removed": item.counts is None, **(_counts(item.counts) or {})}
                      for item in report.documents],
        "invalid": [{"commit": sha, "path": path} for sha, path in report.invalid],
    }


def render_history_json(report) -> str:
    return json.dumps(history_records(report), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- SVG


def render_chart(language) -> str:
    """One language over time as an SVG: translated, fuzzy and untranslated words, stacked steps."""
    from html import escape

    points = ([language.start] if language.start else []) + list(language.points)
    width, height, left, right, top, bottom = 640, 236, 58, 16, 46, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    name = _label(language.language)
    end = language.end
    summary = (f"{name}: {end.totals.words_translated} of {end.totals.words_total} source words translated "
               f"({end.totals.percent:.1f} %)" if end else f"{name}: no catalog yet")
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
             f'height="{height}" role="img" aria-label="{escape(summary)}" class="kztr-chart" '
             'font-family="system-ui, sans-serif" font-size="12">',
             f"<title>{escape(summary)}</title>",
             f'<text x="{left}" y="18" font-weight="bold">{escape(summary)}</text>']
    if points:
        first, last = points[0].time, points[-1].time
        span = max(last - first, 86400)
        high = _nice(max(point.totals.words_total for point in points) or 1)

        def x(time: int) -> float:
            return left + plot_w * (time - first) / span

        def y(words: float) -> float:
            return top + plot_h - plot_h * words / high

        for key, field_tops in (("untranslated", "words_total"), ("fuzzy", "fuzzy_top"),
                                ("translated", "words_translated")):
            path = _steps([(x(point.time), y(_top(point.totals, field_tops))) for point in points],
                          left + plot_w, y(0))
            parts.append(f'<path d="{path}" fill="{_COLOURS[key]}" stroke="none"><title>{key}</title></path>')
        for words in (0, high // 2, high):
            parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(words):.1f}" y2="{y(words):.1f}" '
                         'stroke="#888" stroke-width="0.5"/>')
            parts.append(f'<text x="{left - 6}" y="{y(words) + 4:.1f}" text-anchor="end">{words}</text>')
        parts.append(f'<text x="{left}" y="{height - 10}">{_date(first)}</text>')
        if last > first:
            parts.append(f'<text x="{x(last):.1f}" y="{height - 10}" text-anchor="end">{_date(last)}</text>')
        parts.append(f'<text x="12" y="{top + plot_h / 2:.1f}" transform="rotate(-90 12 {top + plot_h / 2:.1f})" '
                     'text-anchor="middle">source words</text>')
    for offset, key in enumerate(("translated", "fuzzy", "untranslated")):
        parts.append(f'<rect x="{left + offset * 100}" y="26" width="10" height="10" fill="{_COLOURS[key]}" '
                     f'stroke="#555" stroke-width="0.5"/><text x="{left + offset * 100 + 14}" y="35">{key}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _top(counts: Counts, which: str) -> int:
    if which == "fuzzy_top":
        return counts.words_translated + counts.words_fuzzy
    return getattr(counts, which)


def _steps(corners: list[tuple[float, float]], right: float, base: float) -> str:
    """A closed step path: each value held until the next point, the last one to the right edge."""
    path = [f"M{corners[0][0]:.1f},{base:.1f}"]
    for index, (x, y) in enumerate(corners):
        path.append(f"L{x:.1f},{y:.1f}")
        following = corners[index + 1][0] if index + 1 < len(corners) else right
        path.append(f"L{following:.1f},{y:.1f}")
    path.append(f"L{right:.1f},{base:.1f}Z")
    return "".join(path)


def _nice(value: int) -> int:
    """A round axis maximum at or above ``value``.

    >>> _nice(993), _nice(45), _nice(120000)
    (1000, 50, 200000)
    """
    step = 10 ** max(len(str(value)) - 1, 0)
    for factor in (1, 2, 5, 10):
        if value <= step * factor:
            return step * factor
    return step * 10


def _date(time: int) -> str:
    return datetime.fromtimestamp(time, UTC).strftime("%Y-%m-%d")


# ---------------------------------------------------------------- HTML


_SECTION = """<section class="kztr-history">
<style>
.kztr-history .chart { margin: .5rem 0 1.5rem; break-inside: avoid; }
.kztr-history svg { max-width: 100%; height: auto; }
.kztr-history td.n, .kztr-history th.n { text-align: right; font-variant-numeric: tabular-nums; }
@media print { .kztr-history svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
</style>
<h2>Progress over time</h2>
<p>{{ scope }}. Source words of each language's catalogs at every commit of the main line; {{ via }}.</p>
{% for language in languages %}
<div class="chart">{{ chart(language) }}</div>
{% if language.translators %}
<table>
<tr><th>Translator ({{ label(language.language) }})</th><th class="n">New words</th><th class="n">Revised words</th>
<th class="n">Lost words</th><th class="n">Commits</th><th>Credited from</th></tr>
{% for row in language.translators %}
<tr><td>{{ row.translator }}</td><td class="n">{{ row.change.new_words }}</td><td class="n">{{ row.change.revised_words }}</td>
<td class="n">{{ row.change.lost_words }}</td><td class="n">{{ row.commits }}</td><td>{{ row.via|join(", ") }}</td></tr>
{% endfor %}
</table>
{% endif %}
{% endfor %}
</section>
"""  # noqa: E501 - a template line is a line of the page


def render_history_section(report) -> str:
    """The status page's section: a chart and a translators' table per language (an HTML fragment)."""
    from jinja2 import Environment
    from markupsafe import Markup

    environment = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return environment.from_string(_SECTION).render(
        scope=_scope(report), via=_via(report), languages=report.languages, label=_label,
        chart=lambda language: Markup(render_chart(language)))
