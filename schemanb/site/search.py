"""The client-side search index, built from the snapshot (not scraped from HTML).

Written as a JavaScript file (``assets/search-index.js``) that assigns
``window.SCHEMANB_SEARCH``, because pages opened from ``file://`` cannot fetch
JSON. Each entry is ``[kind, label, detail, href]``: tables, their columns (with
type and comment) and views; ``href`` is relative to the site root. The JSON is
ASCII-only and ``<`` is escaped, so no database text can end the script.
"""

from __future__ import annotations

import json
from typing import Any

from .context import SiteContext, column_anchor

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
        entries.append(["view", str(v.key), _short(v.comment), ctx.page_href(v.key) or ""])
    return entries


def render_search_js(entries: list[list[str]], meta: dict[str, Any] | None = None) -> str:
    """The JavaScript file text."""
    payload = json.dumps({"entries": entries, **(meta or {})}, ensure_ascii=True,
                         separators=(",", ":"))
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e")
    return f"window.SCHEMANB_SEARCH = {payload};\n"
