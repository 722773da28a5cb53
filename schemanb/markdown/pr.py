"""A ``SchemaDiff`` as a pull-request comment (``schemanb diff A B --format markdown``).

A heading, a summary table of the changes by risk (worst first), one collapsible
``<details>`` section per table (its changes, worst risk in the summary line), and
the migration SQL in a fenced block (collapsed too). Database text is escaped by
:mod:`.text`; inside ``<summary>`` (HTML, where Markdown is not parsed) names are
HTML-escaped.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from typing import Any

from ..diff.changes import Change, Risk
from ..diff.summary import describe
from .text import fence, md_code, md_text

_ICONS = {Risk.DESTRUCTIVE: "🔴", Risk.LOCKING: "🟠", Risk.REVIEW: "🟡", Risk.SAFE: "🟢"}


def _worst(changes: list[Change]) -> Risk:
    return max((c.risk for c in changes), key=lambda r: r.level)


def _summary_html(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)


def render_diff_markdown(diff: Any, *, sql: Callable[[], str] | None = None,
                         title: str = "Schema changes") -> str:
    """The pull-request comment of ``diff`` (a :class:`~schemanb.diff.SchemaDiff`).

    ``sql`` returns the migration SQL (``diff.to_sql``); ``None`` leaves it out.
    """
    changes: list[Change] = list(diff.changes)
    out = [f"## {md_text(title)}", ""]
    if not changes:
        return "\n".join(out + ["No differences.", ""])
    risks = Counter(c.risk for c in changes)
    per_table: dict[str, list[Change]] = {}
    for change in changes:
        per_table.setdefault(change.table, []).append(change)
    n_tables = len(per_table)
    out += [f"{len(changes)} change{'s' if len(changes) != 1 else ''} in {n_tables} "
            f"object{'s' if n_tables != 1 else ''}.", ""]
    out += ["| risk | changes | objects |", "| --- | --- | --- |"]
    for risk in sorted(Risk, key=lambda r: -r.level):
        if not risks[risk]:
            continue
        objects = sorted({c.table for c in changes if c.risk is risk})
        shown = ", ".join(md_code(o, cell=True) for o in objects[:8])
        if len(objects) > 8:
            shown += f", … ({len(objects) - 8} more)"
        out.append(f"| {_ICONS[risk]} {risk.value} | {risks[risk]} | {shown} |")
    out.append("")
    for table, items in sorted(per_table.items(), key=lambda kv: (-_worst(kv[1]).level, kv[0])):
        worst = _worst(items)
        noun = "change" if len(items) == 1 else "changes"
        out += ["<details>", f"<summary>{_ICONS[worst]} <code>{_summary_html(table)}</code>: "
                f"{len(items)} {noun} ({worst.value})</summary>", ""]
        out += ["| risk | change | object | before | after |", "| --- | --- | --- | --- | --- |"]
        for c in items:
            before, after = describe(c)
            out.append(f"| {c.risk.value} | {c.kind.value.replace('_', ' ')} | "
                       f"{md_code(c.ref.name, cell=True) if c.ref.name else ''} | "
                       f"{md_code(before, cell=True) if before else ''} | "
                       f"{md_code(after, cell=True) if after else ''} |")
        notes = [n for c in items for n in c.notes]
        if notes:
            out += [""] + [f"- {md_text(n)}" for n in notes]
        out += ["", "</details>", ""]
    if sql is not None:
        text = sql().strip()
        if text:
            out += ["<details>", "<summary>Migration SQL</summary>", "", fence(text, "sql"),
                    "</details>", ""]
    return "\n".join(out).rstrip("\n") + "\n"
