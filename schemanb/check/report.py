"""Render check results as text, JSON, Markdown (a pull-request comment) or JUnit XML."""

from __future__ import annotations

import html
import json
import re
from typing import Any
from xml.etree import ElementTree as ET

from . import STATUS_DRIFT, STATUS_ERROR, STATUS_IN_SYNC, CheckResult, FleetReport

FORMATS = ("text", "json", "markdown", "junit")

#: The one verdict every format shows: a result passes, fails (``failing``:
#: drift at or above ``--fail-on``, or an error) or is drift that ``--fail-on``
#: tolerates.
TOLERATED = "tolerated"
_LABELS = {STATUS_IN_SYNC: "in sync", STATUS_DRIFT: "DRIFT", STATUS_ERROR: "ERROR", TOLERATED: "drift"}
_ICONS = {STATUS_IN_SYNC: "✅", STATUS_DRIFT: "❌", STATUS_ERROR: "⚠️", TOLERATED: "☑️"}
_BELOW = "below --fail-on"


def verdict(result: CheckResult) -> str:
    """``in-sync``, ``drift`` (failing), ``error``, or :data:`TOLERATED` (drift below ``--fail-on``)."""
    if result.status == STATUS_DRIFT and not result.failing:
        return TOLERATED
    return result.status


def _detail(result: CheckResult) -> str:
    if result.error:
        return result.error
    if not result.changes:
        return ""
    count = f"{len(result.changes)} changes"
    return f"{count}, {_BELOW}" if verdict(result) == TOLERATED else count


def _left_out(result: CheckResult) -> str:
    """The sentence saying which kinds were not compared, or ``""``."""
    if not result.left_out:
        return ""
    n = result.left_out_changes
    count = f" ({n} change{'s' if n != 1 else ''})" if n else ""
    return (
        f"left out: {', '.join(result.left_out)}{count} — models cannot express them; "
        "--all-kinds compares them"
    )


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
        "left_out": list(result.left_out),
        "left_out_changes": result.left_out_changes,
        "changes": [
            {
                "kind": c.kind.value,
                "table": str(c.ref.table),
                "object": c.ref.name,
                "risk": c.risk.value,
                "notes": list(c.notes),
                "row_estimate": c.row_estimate,
                "size_bytes": c.size_bytes,
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


def _failing_drift(report: FleetReport) -> int:
    return sum(1 for r in report.results if verdict(r) == STATUS_DRIFT)


def _summary_line(report: FleetReport) -> str:
    c = report.counts
    drifted = c.get(STATUS_DRIFT, 0)
    tolerated = drifted - _failing_drift(report)
    below = f" ({tolerated} {_BELOW})" if tolerated else ""
    return (
        f"{len(report.results)} checked: {c.get(STATUS_IN_SYNC, 0)} in sync, "
        f"{drifted} drifted{below}, {c.get(STATUS_ERROR, 0)} errors "
        f"({report.seconds:.1f} s)"
    )


def render_text(report: FleetReport, *, title: str = "") -> str:
    lines = []
    single = len(report.results) == 1
    for r in report.results:
        detail = _detail(r)
        lines.append(f"{_LABELS[verdict(r)]:8} {r.target}" + (f"  {detail}" if detail else ""))
        if r.changes and single:
            lines.extend(f"  {_change_line(c)}" for c in r.changes)
        if _left_out(r):
            lines.append(f"  {_left_out(r)}")
    if not single:
        lines.append(_summary_line(report))
    return "\n".join(lines) + "\n"


def render_json(report: FleetReport, *, title: str = "") -> str:
    data = {
        "expected": report.expected,
        "summary": report.counts,
        "failing": sum(1 for r in report.results if r.failing),
        "seconds": round(report.seconds, 3),
        "results": [result_to_dict(r) for r in report.results],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


#: Characters Markdown would read as syntax, written as character references.
_MD_ENTITIES = str.maketrans({c: f"&#{ord(c)};" for c in "|\\`*_[]~"})


def _md(text: str) -> str:
    """Escape text for a Markdown table cell or an HTML block (``<summary>``)."""
    text = html.escape(text.replace("\n", " "), quote=False)
    return text.translate(_MD_ENTITIES)


def _code(text: str) -> str:
    """``text`` as a Markdown code span inside a table cell, shown exactly as it is.

    A code span shows its text literally (no HTML escaping, the renderer does
    that); its fence is one backtick longer than the longest run inside, padded
    with a space where the text starts or ends with a backtick; ``|`` is
    escaped for the table (GitHub's tables unescape it inside code spans too).

    >>> _code("a<b")
    '`a<b`'
    >>> _code("x`y")
    '``x`y``'
    >>> _code("`q`")
    '`` `q` ``'
    """
    text = text.replace("\n", " ").replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def render_markdown(report: FleetReport, *, title: str = "schemanb check") -> str:
    lines = [f"### {_md(title)}", "", _summary_line(report), ""]
    lines += ["| | target | result |", "|---|---|---|"]
    for r in report.results:
        detail = _detail(r) or "in sync"
        lines.append(f"| {_ICONS[verdict(r)]} | {_code(r.target)} | {_md(detail)} |")
    notes = sorted({_left_out(r) for r in report.results if _left_out(r)})
    lines += [f"\n_{_md(n)}_" for n in notes]
    for r in report.results:
        if not r.changes:
            continue
        lines += ["", f"<details><summary>{_md(r.target)}: {_md(_detail(r))}</summary>", ""]
        lines += ["| kind | object | risk |", "|---|---|---|"]
        lines += [
            f"| {c.kind.value} | {_code(str(c.ref))} | {c.risk.value} |" for c in r.changes
        ]
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


def render_junit(report: FleetReport, *, title: str = "schemanb check") -> str:
    suite = ET.Element(
        "testsuite",
        name=title,
        tests=str(len(report.results)),
        failures=str(_failing_drift(report)),
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
        elif verdict(r) == STATUS_DRIFT:
            fail = ET.SubElement(case, "failure", message=f"{len(r.changes)} changes")
            fail.text = "\n".join(_change_line(c) for c in r.changes)
        elif r.changes:  # drift that --fail-on tolerates: listed, not failed
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join([_detail(r)] + [_change_line(c) for c in r.changes])
        if r.left_out:
            props = ET.SubElement(case, "properties")
            ET.SubElement(props, "property", name="left_out", value=_left_out(r))
    ET.indent(suite)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
