"""A language's badge: a small SVG like the ones READMEs show, ``ru | 100 %``.

The percentage is of source words translated, rounded down (99.96 % shows
99 %, never 100 %, so "100 %" means done); the colour goes from red to
green with it.  Text widths are estimated from the widths of Verdana at
11 px, the face such badges use, so the badge needs no font file.
"""

from __future__ import annotations

from html import escape

# Advance widths of Verdana 11 px (rounded), for the characters a badge shows.
_WIDTHS = {**dict.fromkeys("0123456789", 7.0), " ": 3.9, "%": 11.9, "_": 7.0, "-": 4.6}
_DEFAULT_WIDTH = 7.0


def text_width(text: str) -> float:
    """Estimated width in pixels of ``text`` in Verdana 11 px.

    >>> text_width("100 %")
    36.8
    """
    return round(sum(_WIDTHS.get(char, _DEFAULT_WIDTH) for char in text), 1)


def badge_colour(percent: float) -> str:
    """Red below 50 %, orange below 80 %, yellow-green below 100 %, green when complete."""
    if percent >= 100:
        return "#2e7d32"
    if percent >= 80:
        return "#7cb342"
    if percent >= 50:
        return "#ef8f00"
    return "#c62828"


def render_badge(language: str, percent_exact: float) -> str:
    """The SVG badge of one language at ``percent_exact`` % translated (by source words)."""
    import math

    value = f"{min(math.floor(percent_exact), 100)} %"
    left = round(text_width(language) + 12)
    right = round(text_width(value) + 12)
    width = left + right
    label = escape(language)
    title = f"{label}: {value} translated"
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="20" role="img" '
            f'aria-label="{title}"><title>{title}</title>'
            '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/>'
            '<stop offset="1" stop-opacity=".1"/></linearGradient>'
            f'<clipPath id="r"><rect width="{width}" height="20" rx="3" fill="#fff"/></clipPath>'
            f'<g clip-path="url(#r)"><rect width="{left}" height="20" fill="#555"/>'
            f'<rect x="{left}" width="{right}" height="20" fill="{badge_colour(percent_exact)}"/>'
            f'<rect width="{width}" height="20" fill="url(#s)"/></g>'
            '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" '
            'font-size="11">'
            f'<text x="{left / 2:.1f}" y="15" fill="#010101" fill-opacity=".3">{label}</text>'
            f'<text x="{left / 2:.1f}" y="14">{label}</text>'
            f'<text x="{left + right / 2:.1f}" y="15" fill="#010101" fill-opacity=".3">{value}</text>'
            f'<text x="{left + right / 2:.1f}" y="14">{value}</text></g></svg>\n')
