"""Render check results as text, JSON, Markdown (a pull-request comment) or JUnit XML."""

from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree as ET

from . import STATUS_DRIFT, STATUS_ERROR, STATUS_IN_SYNC, CheckResult, FleetReport

FORMATS = ("text", "json", "markdown", "junit")

_LABELS = {STATUS_IN_SYNC: "in sync", STATUS_DRIFT: "DRIFT", STATUS_ERROR: "ERROR"}
_ICONS = {STATUS_IN_SYNC: "✅", STATUS_DRIFT: "❌", STATUS_ERROR: "⚠️"}


def _change_line(change: Any) -> str:
    return f"{change.kind.value} {change.ref} [{change.risk.value}]"


def result_to_dict(result: CheckResult) -> dict[str, Any]:
    return {
        "target": result.target,
        "status": result.status,
        "failing": result.failing,
        "seconds": round(result.seconds, 3),
        "error": result.error,
        "worst_risk": result.worst_risk.value if result.worst_risk else None,
        "changes": [
            {
                "kind": c.kind.value,
                "table": str(c.ref.table),
                "object": c.ref.name,
                "risk": c.risk.value,
                "notes": list(c.notes),
            }
            for c in result.changes
        ],
    }


def render(report: FleetReport, fmt: str = "text", *, title: str = "schemanb check") -> str:
    """The report in ``fmt`` (one of :data:`FORMATS`)."""
    return {
        "text": render_text,
        "json": render_json,
        "markdown": render_markdown,
        "junit": render_junit,
    }[fmt](report, title=title)


def _summary_line(report: FleetReport) -> str:
    c = report.counts
    return (
        f"{len(report.results)} checked: {c.get(STATUS_IN_SYNC, 0)} in sync, "
        f"{c.get(STATUS_DRIFT, 0)} drifted, {c.get(STATUS_ERROR, 0)} errors "
        f"({report.seconds:.1f} s)"
    )


def render_text(report: FleetReport, *, title: str = "") -> str:
    lines = []
    single = len(report.results) == 1
    for r in report.results:
        detail = r.error or (f"{len(r.changes)} changes" if r.changes else "")
        lines.append(f"{_LABELS[r.status]:8} {r.target}" + (f"  {detail}" if detail else ""))
        if r.changes and single:
            lines.extend(f"  {_change_line(c)}" for c in r.changes)
    if not single:
        lines.append(_summary_line(report))
    return "\n".join(lines) + "\n"


def render_json(report: FleetReport, *, title: str = "") -> str:
    data = {
        "expected": report.expected,
        "summary": report.counts,
        "seconds": round(report.seconds, 3),
        "results": [result_to_dict(r) for r in report.results],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _md(text: str) -> str:
    """Escape text for a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")


def render_markdown(report: FleetReport, *, title: str = "schemanb check") -> str:
    lines = [f"### {_md(title)}", "", _summary_line(report), ""]
    lines += ["| | target | result |", "|---|---|---|"]
    for r in report.results:
        detail = r.error or (f"{len(r.changes)} changes" if r.changes else "in sync")
        lines.append(f"| {_ICONS[r.status]} | `{_md(r.target)}` | {_md(detail)} |")
    for r in report.results:
        if not r.changes:
            continue
        lines += ["", f"<details><summary>{_md(r.target)}: {len(r.changes)} changes</summary>", ""]
        lines += ["| kind | object | risk |", "|---|---|---|"]
        lines += [
            f"| {c.kind.value} | `{_md(str(c.ref))}` | {c.risk.value} |" for c in r.changes
        ]
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


def render_junit(report: FleetReport, *, title: str = "schemanb check") -> str:
    suite = ET.Element(
        "testsuite",
        name=title,
        tests=str(len(report.results)),
        failures=str(len(report.drifted)),
        errors=str(len(report.errors)),
        time=f"{report.seconds:.3f}",
    )
    for r in report.results:
        case = ET.SubElement(
            suite, "testcase", classname="schemanb.check", name=r.target, time=f"{r.seconds:.3f}"
        )
        if r.status == STATUS_ERROR:
            err = ET.SubElement(case, "error", message=r.error or "error")
            err.text = r.error or ""
        elif r.status == STATUS_DRIFT:
            fail = ET.SubElement(case, "failure", message=f"{len(r.changes)} changes")
            fail.text = "\n".join(_change_line(c) for c in r.changes)
    ET.indent(suite)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
