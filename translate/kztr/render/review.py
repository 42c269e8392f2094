"""The reviewer's proof: ``kztr build --review`` marks each finding of ``kztr check``
on its sentence pair and lists them all at the end.

Kept apart from the edition renderers: the edition is assembled as usual, and
this module only pairs findings with the units they are about (by msgid) and
numbers them in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kztr.render.status import markdown_escape

if TYPE_CHECKING:
    from kztr.checks import Finding


@dataclass(frozen=True)
class ReviewItem:
    """One numbered finding, with the pair it is marked on (``key``; empty if none)."""

    number: int
    key: str
    finding: Finding


@dataclass(frozen=True)
class Review:
    items: tuple[ReviewItem, ...]
    marks: dict[str, tuple[ReviewItem, ...]]  # pair key → its items

    def marks_for(self, key: str) -> tuple[ReviewItem, ...]:
        return self.marks.get(key, ())

    @property
    def open_count(self) -> int:
        return sum(1 for item in self.items if not item.finding.accepted)


def build_review(edition, findings) -> Review:
    """Number ``findings`` in reading order (on one unit: open errors, warnings, then accepted
    ones) and attach each to its unit's pairs."""
    keys: dict[str, list[str]] = {}
    order: dict[str, int] = {}
    for row in edition.rows:
        for pair in row.pairs:
            keys.setdefault(pair.source, []).append(pair.key)
            order.setdefault(pair.source, len(order))
    ranked = sorted(findings, key=lambda finding: (order.get(finding.msgid, len(order)), finding.line,
                                                   finding.accepted, finding.severity != "error",
                                                   finding.check, finding.message))
    items = []
    marks: dict[str, list[ReviewItem]] = {}
    for number, finding in enumerate(ranked, start=1):
        pair_keys = keys.get(finding.msgid, [])
        item = ReviewItem(number, pair_keys[0] if pair_keys else "", finding)
        items.append(item)
        for key in pair_keys:
            marks.setdefault(key, []).append(item)
    return Review(tuple(items), {key: tuple(value) for key, value in marks.items()})


def render_review_markdown(review: Review) -> str:
    """The list of findings, appended to the Markdown edition."""
    lines = ["", "## Review: findings of kztr check", ""]
    if not review.items:
        return "\n".join([*lines, "No findings.", ""])
    from kztr.render.markdown import cell_text

    lines += ["| # | Severity | Check | Message | Where |", "|--:|---|---|---|---|"]
    for item in review.items:
        finding = item.finding
        severity = f"accepted {finding.severity}" if finding.accepted else f"**{finding.severity}**"
        message = cell_text(finding.message, "ltr")  # a term or a sentence of the source in it is isolated
        if finding.accepted:
            message += f" (accepted: {cell_text(finding.reason or 'no reason given', 'ltr')})"
        lines.append(f"| {item.number} | {severity} | {finding.check} | {message} "
                     f"| `{finding.catalog}:{finding.line}` {markdown_escape(finding.source)} |")
    return "\n".join(lines) + "\n"
