"""Render lint findings as text, JSON, CSV, Markdown (a pull-request comment) or JUnit XML.

The same formats ``schemanb check`` offers, so a pipeline treats both alike.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from xml.etree import ElementTree as ET

from .registry import FINDING_COLUMNS, SEVERITIES, Finding

FORMATS = ("text", "json", "csv", "markdown", "junit")


def render_findings(findings: Sequence[Finding], fmt: str = "text") -> str:
    """``findings`` in ``fmt`` (one of :data:`FORMATS`)."""
    return {
        "text": _text,
        "json": _json,
        "csv": _csv,
        "markdown": _markdown,
        "junit": _junit,
    }[fmt](findings)


def _counts(findings: Sequence[Finding]) -> str:
    counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}
    return ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items())


def _text(findings: Sequence[Finding]) -> str:
    lines = [f"{f.severity:8} {f.rule:26} {f.object}: {f.message}" for f in findings]
    return "\n".join([*lines, _counts(findings)]) + "\n"


def _json(findings: Sequence[Finding]) -> str:
    rows = [dict(zip(FINDING_COLUMNS, f.as_tuple())) for f in findings]
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def _csv(findings: Sequence[Finding]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(FINDING_COLUMNS)
    writer.writerows(f.as_tuple() for f in findings)
    return out.getvalue()


def _md(text: str) -> str:
    """Escape database text for a Markdown table cell (no HTML gets through)."""
    for old, new in (("\\", "\\\\"), ("|", "\\|"), ("<", "&lt;"), (">", "&gt;"), ("\n", " ")):
        text = text.replace(old, new)
    return text


def _markdown(findings: Sequence[Finding]) -> str:
    lines = ["### schemanb lint", "", _counts(findings), ""]
    if findings:
        lines += ["| severity | rule | object | message |", "|---|---|---|---|"]
        lines += [
            f"| {f.severity} | {f.rule} | `{_md(f.object)}` | {_md(f.message)} |" for f in findings
        ]
    return "\n".join(lines) + "\n"


def _junit(findings: Sequence[Finding]) -> str:
    """One test case per rule that found something; each finding a failure line."""
    by_rule: dict[str, list[Finding]] = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    suite = ET.Element(
        "testsuite", name="schemanb lint", tests=str(max(1, len(by_rule))),
        failures=str(len(by_rule)), errors="0",
    )
    if not by_rule:
        ET.SubElement(suite, "testcase", classname="schemanb.lint", name="no findings")
    for rule, items in by_rule.items():
        case = ET.SubElement(suite, "testcase", classname="schemanb.lint", name=rule)
        fail = ET.SubElement(case, "failure", message=f"{len(items)} findings",
                             type=items[0].severity)
        fail.text = "\n".join(f"{f.object}: {f.message}" for f in items)
    ET.indent(suite)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
