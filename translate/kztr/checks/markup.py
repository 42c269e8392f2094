"""The ``markup`` check: a Markdown unit's translation keeps its inline markup.

For the units of a Markdown document only, with the very definition the
edition uses to show a translation as text, flagged "markup differs"
(``kztr.text.markup``): link and image targets, code spans, bold, emphasis,
line breaks, raw HTML tags. A link, image or tag the source does not have is an
error (a translation must never bring one: ``[subscribe](https://evil.example/phish)``);
any other difference is a warning. So ``kztr check``, the qa column of ``kztr
status``, ``kztr build --review`` and the edition always agree.
"""

from __future__ import annotations

from kztr.text.markup import markup_changes


def check_markup(source: str, translation: str, context) -> list[tuple[str, str]]:
    if not context.markup:
        return []
    changes = markup_changes(source, translation)
    if not changes:
        return []
    severity = "error" if any(severity == "error" for severity, _ in changes) else "warning"
    return [(severity, "markup differs (the edition shows this translation as text): "
                       + "; ".join(what for _, what in changes))]
