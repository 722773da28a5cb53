"""The client-side search index, built from the snapshot (not scraped from HTML).

Written as a JavaScript file (``assets/search-index.js``) that assigns
``window.SCHEMANB_SEARCH``, because pages opened from ``file://`` cannot fetch
JSON. Each entry is ``[kind, label, detail, href]``: tables, their columns (with
type and comment), views (materialized views as ``materialized view``), triggers,
partitions at any depth, policies, rules and exclusion constraints (each at its
row on its table's page), routines and events (their own pages), domains,
composite types, enums, sequences, collations and extensions (the objects page)
and schemas with their comments (the index); ``href`` is relative to the site root. The JSON is
ASCII-only and ``<`` is escaped, so no database text can end the script.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import ExclusionConstraint, Policy, Rule, TableKey
from .context import (
    SiteContext,
    column_anchor,
    event_schedule,
    is_event,
    partition_anchor,
    partition_rows,
    routine_label,
)

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
        href = ctx.page_href(t.key) or ""
        for row in partition_rows(t.partitioning, str(t.key)):
            p = row.part
            entries.append(["partition", str(TableKey(p.schema, p.name)),
                            _short(f"of {row.parent}: {p.bound}"),
                            f"{href}#{partition_anchor(p)}" if href else ""])
    for r in s.routines:
        if is_event(r):
            entries.append(["event", str(r.key), _short(event_schedule(r)), ctx.routine_page(r)])
            continue
        detail = f"{r.kind} {r.language or ''}" + (f" returns {r.returns}" if r.returns else "")
        entries.append(["routine", routine_label(r), _short(detail), ctx.routine_page(r)])
    entries += _table_object_entries(ctx)
    entries += [["domain", str(d.key), _short(d.type_sql), "objects.html#domains"]
                for d in s.domains]
    entries += [["type", str(c.key), _short(", ".join(f"{n} {t}" for n, t in c.attributes)),
                 "objects.html#types"] for c in s.composite_types]
    entries += [["enum", str(e.key), _short(", ".join(e.values)), "objects.html#enums"]
                for e in s.enums]
    entries += [["sequence", str(q.key), _short(q.comment),
                 f"objects.html#sq-{column_anchor(str(q.key))}"] for q in s.sequences]
    entries += [["collation", str(c.key), _short(f"{c.provider} {c.locale or c.lc_collate or ''}"),
                 f"objects.html#co-{column_anchor(str(c.key))}"] for c in s.collations]
    entries += [["extension", e.name, _short(e.version), "objects.html#extensions"]
                for e in s.extensions]
    entries += [["schema", row["schema"], _short(row["comment"]), f"index.html#{row['anchor']}"]
                for row in ctx.schema_rows]
    return entries


def _table_object_entries(ctx: SiteContext) -> list[list[str]]:
    """Policies, rules and exclusion constraints, each at its row on its table's page."""
    s = ctx.schema
    entries: list[list[str]] = []
    for kind, prefix, objects in (("policy", "pol", s.policies), ("rule", "rule", s.rules),
                                  ("exclusion", "ex", s.exclusion_constraints)):
        for obj in objects:
            href = ctx.page_href(obj.key) or ""
            entries.append([kind, f"{obj.key}.{obj.name}", _short(_detail(obj)),
                            f"{href}#{prefix}-{column_anchor(obj.name)}" if href else ""])
    return entries


def _detail(obj: Policy | Rule | ExclusionConstraint) -> str:
    if isinstance(obj, Policy):
        kind = "permissive" if obj.permissive else "restrictive"
        return f"{kind} for {obj.command} to {', '.join(obj.roles)}" + (
            f" — {obj.comment}" if obj.comment else "")
    return obj.definition


def render_search_js(entries: list[list[str]], meta: dict[str, Any] | None = None) -> str:
    """The JavaScript file text."""
    payload = json.dumps({"entries": entries, **(meta or {})}, ensure_ascii=True,
                         separators=(",", ":"))
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e")
    return f"window.SCHEMANB_SEARCH = {payload};\n"
