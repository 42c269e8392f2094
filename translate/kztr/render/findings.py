"""Render a ``CheckReport`` (``kztr check``): terminal lines, JSON, Markdown, SARIF 2.1.0,
and the ``--list`` of checks. Pure functions: report in, text out."""

from __future__ import annotations

from json.encoder import encode_basestring  # the C encoder, as json.dumps uses

from kztr.render.jsontext import dumps_indented
from kztr.render.status import markdown_escape, shorten

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def tally(findings) -> tuple[int, int, int]:
    """(open errors, open warnings, accepted)."""
    errors = sum(1 for item in findings if not item.accepted and item.severity == "error")
    warnings = sum(1 for item in findings if not item.accepted and item.severity == "warning")
    return errors, warnings, sum(1 for item in findings if item.accepted)


def summary_line(findings) -> str:
    """``2 errors, 1 warning, 3 accepted``."""
    errors, warnings, accepted = tally(findings)
    text = f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
    return text + (f", {accepted} accepted" if accepted else "")


def render_table(report, color: bool = False) -> str:
    """Compiler-style lines (``catalog:line: severity: check: message``), the unit under each."""
    import click

    def style(text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if color else text

    lines = []
    for item in report.catalogs:
        for finding in item.findings:
            if finding.accepted:
                label = style(f"accepted {finding.severity}", fg="green")
            else:
                label = style(finding.severity, fg="red" if finding.severity == "error" else "yellow", bold=True)
            lines.append(f"{style(f'{finding.catalog}:{finding.line}:', bold=True)} {label}: "
                         f"{finding.check}: {finding.message}")
            if finding.accepted:
                lines.append(style(f"    accepted: {finding.reason or '(no reason given)'}", fg="green"))
            lines.append(style(f"    {finding.source or '(no reference)'}: {shorten(_flat(finding.msgid), 90)}",
                               dim=True))
            lines.append(style(f"    {finding.language}: {shorten(_flat(finding.msgstr), 90)}", dim=True))
    if lines:
        lines.append("")
    for language in report.languages:
        catalogs = [item for item in report.catalogs if item.language == language]
        findings = [finding for item in catalogs for finding in item.findings]
        checked = sum(1 for item in catalogs if not item.missing)
        lines.append(f"{language}: {summary_line(findings)} in {_plural(checked, 'catalog')}")
    if report.glossaries:
        lines.append(style(f"glossaries: {', '.join(report.glossaries)}", dim=True))
    if not report.languages:
        lines.append("no languages yet: start one with kztr init --lang LANG")
    return "\n".join(lines) + "\n"


def _flat(text: str) -> str:
    return " ".join(text.split())


def render_json(report) -> str:
    """A JSON array, one object per finding with the stable keys (accepted ones included): the text
    ``json.dumps([finding.record() …], ensure_ascii=False, indent=2)`` writes.

    Written from one template a finding at a time, each text encoded once (a unit's findings share its source,
    translation and reference): a check of 100,000 units may have 260,000 findings, and this takes half the
    time of encoding their records (tests/test_jsontext.py holds the two equal, key order included).
    """
    findings = report.findings
    if not findings:
        return "[]\n"
    encoded: dict[str, str] = {}
    known = encoded.get

    def text(value: str) -> str:
        encoded[value] = encode_basestring(value)
        return encoded[value]

    objects = [f'  {{\n    "document": {known(item.document) or text(item.document)},\n'
               f'    "language": {known(item.language) or text(item.language)},\n'
               f'    "check": {known(item.check) or text(item.check)},\n'
               f'    "severity": {known(item.severity) or text(item.severity)},\n'
               f'    "message": {encode_basestring(item.message)},\n'
               f'    "catalog": {known(item.catalog) or text(item.catalog)},\n'
               f'    "line": {item.line:d},\n'
               f'    "source": {known(item.source) or text(item.source)},\n'
               f'    "msgid": {known(item.msgid) or text(item.msgid)},\n'
               f'    "msgstr": {known(item.msgstr) or text(item.msgstr)},\n'
               f'    "accepted": {"true" if item.accepted else "false"},\n'
               f'    "reason": {known(item.reason) or text(item.reason)}\n  }}'
               for item in findings]
    return "[\n" + ",\n".join(objects) + "\n]\n"


def render_markdown(report) -> str:
    """A Markdown table per language, every catalog string escaped (and isolated as the edition does)."""
    from kztr.locales import text_direction
    from kztr.render.markdown import cell_text

    source_direction = text_direction(report.source_language)
    lines = ["# Translation check", ""]
    for language in report.languages:
        findings = [finding for item in report.catalogs if item.language == language for finding in item.findings]
        lines += [f"## {markdown_escape(language)}: {summary_line(findings)}", ""]
        if not findings:
            continue
        lines += ["| Where | Severity | Check | Message | Source | Translation |", "|---|---|---|---|---|---|"]
        target_direction = text_direction(language)
        for finding in findings:
            severity = f"accepted {finding.severity}" if finding.accepted else f"**{finding.severity}**"
            message = cell_text(finding.message, "ltr")
            if finding.accepted:
                message += f" (accepted: {cell_text(finding.reason or 'no reason given', 'ltr')})"
            lines.append(f"| `{finding.catalog}:{finding.line}`<br>{markdown_escape(finding.source)} | {severity} "
                         f"| {finding.check} | {message} | {cell_text(finding.msgid, source_direction)} "
                         f"| {cell_text(finding.msgstr, target_direction)} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def render_sarif(report, version: str) -> str:
    """A SARIF 2.1.0 log: one run, a rule per check, a result per finding.

    Locations are relative to the project root (``%SRCROOT%``), so the log is
    the same on every machine; accepted findings carry an in-source suppression
    with the reviewer's reason.
    """
    from kztr.checks import CHECKS

    index = {check.id: number for number, check in enumerate(CHECKS)}
    rules = [{
        "id": check.id,
        "shortDescription": {"text": check.summary},
        "fullDescription": {"text": f"{check.summary}. Severity: {check.severity}."},
        "defaultConfiguration": {"level": "error" if check.severity.startswith("error") else "warning"},
        "help": {"text": f"Example: source “{check.source}”, translation “{check.translation}” gives "
                         f"{check.finding}. Accept a finding with a translator comment on the unit: "
                         f"# kztr: ok {check.id} — <reason>"},
    } for check in CHECKS]
    results = []
    for finding in report.findings:
        result = {
            "ruleId": finding.check,
            "ruleIndex": index[finding.check],
            "level": finding.severity,
            "message": {"text": finding.message},
            "locations": [_location(finding.catalog, finding.line)],
        }
        reference, _, line = finding.source.rpartition(":")
        if reference and line.isdigit():
            related = _location(reference, int(line))
            related.update({"id": 1, "message": {"text": f"source: {finding.msgid}"}})
            result["relatedLocations"] = [related]
        if finding.accepted:
            result["suppressions"] = [{"kind": "inSource", "status": "accepted",
                                       "justification": finding.reason or "no reason given"}]
        result["properties"] = {"document": finding.document, "language": finding.language,
                                "msgid": finding.msgid, "msgstr": finding.msgstr}
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "kztr", "version": version, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return dumps_indented(log) + "\n"


def _location(path: str, line: int) -> dict:
    region = {"startLine": line} if line > 0 else {}
    physical: dict = {"artifactLocation": {"uri": path, "uriBaseId": "%SRCROOT%"}}
    if region:
        physical["region"] = region
    return {"physicalLocation": physical}


def render_check_list() -> str:
    """``kztr check --list``: every check, what it looks for, its severity and an example."""
    from kztr.checks import CHECKS

    lines = []
    for check in CHECKS:
        lines += [f"{check.id}" + ("" if check.default else f" (off unless asked for: --check {check.id}, or "
                                                            f"extra-checks = [\"{check.id}\"] in kztr.toml)"),
                  f"  {check.summary}.", f"  severity: {check.severity}",
                  f"  example:  source       {check.source}", f"            translation  {check.translation}",
                  f"            finding      {check.finding}", f"  accept:   # kztr: ok {check.id} — <reason>", ""]
    return "\n".join(lines)
