"""The client-side search index, built from the snapshot (not scraped from HTML).

Written as a JavaScript file (``assets/search-index.js``) that assigns
``window.SCHEMANB_SEARCH``, because pages opened from ``file://`` cannot fetch
JSON. Each entry is ``[kind, label, detail, href]``: tables, their columns (with
type and comment), views (materialized views as ``materialized view``), triggers
(on their table's page), partitions, routines (their own pages), domains,
composite types, enums, sequences and extensions (the objects page); ``href`` is
relative to the site root. The JSON is
ASCII-only and ``<`` is escaped, so no database text can end the script.
"""

from __future__ import annotations

import json
from typing import Any

from .context import SiteContext, column_anchor, routine_label

MAX_DETAIL = 160


def _short(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


def build_search_entries(ctx: SiteContext) -> list[list[str]]:
    """The index entries for every table, column and view."""
    entries: list[list[str]] = []
    for t in ctx.schema.tables:
        href = ctx.page_href(t.key) or ""
        entries.append(["table", str(t.key), _short(t.comment), href])
        for c in t.columns:
            detail = c.type_sql + (f" — {c.comment}" if c.comment else "")
            entries.append(["column", f"{t.key}.{c.name}", _short(detail),
                            f"{href}#{column_anchor(c.name)}"])
    for v in ctx.schema.views:
        kind = "materialized view" if v.materialized else "view"
        entries.append([kind, str(v.key), _short(v.comment), ctx.page_href(v.key) or ""])
    entries += _object_entries(ctx)
    return entries


def _object_entries(ctx: SiteContext) -> list[list[str]]:
    """Triggers, partitions, routines and the objects page's types, domains, extensions."""
    s = ctx.schema
    entries: list[list[str]] = []
    for tr in s.triggers:
        href = ctx.page_href(tr.key) or ""
        detail = f"{tr.timing} {' OR '.join(tr.events)} on {tr.key}"
        entries.append(["trigger", f"{tr.key}.{tr.name}", _short(detail),
                        f"{href}#tr-{column_anchor(tr.name)}" if href else ""])
    for t in s.tables:
        if t.partitioning is not None:
            for p in t.partitioning.partitions:
                entries.append(["partition", p.name, _short(f"of {t.key}: {p.bound}"),
                                ctx.page_href(t.key) or ""])
    for r in s.routines:
        detail = f"{r.kind} {r.language or ''}" + (f" returns {r.returns}" if r.returns else "")
        entries.append(["routine", routine_label(r), _short(detail), ctx.routine_page(r)])
    entries += [["domain", str(d.key), _short(d.type_sql), "objects.html#domains"]
                for d in s.domains]
    entries += [["type", str(c.key), _short(", ".join(f"{n} {t}" for n, t in c.attributes)),
                 "objects.html#types"] for c in s.composite_types]
    entries += [["enum", str(e.key), _short(", ".join(e.values)), "objects.html#enums"]
                for e in s.enums]
    entries += [["sequence", str(q.key), "", "objects.html#sequences"] for q in s.sequences]
    entries += [["extension", e.name, _short(e.version), "objects.html#extensions"]
                for e in s.extensions]
    return entries


def render_search_js(entries: list[list[str]], meta: dict[str, Any] | None = None) -> str:
    """The JavaScript file text."""
    payload = json.dumps({"entries": entries, **(meta or {})}, ensure_ascii=True,
                         separators=(",", ":"))
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e")
    return f"window.SCHEMANB_SEARCH = {payload};\n"
