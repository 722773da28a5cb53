"""The site's diagrams: focused and overview ER diagrams as inline SVG.

Diagrams come from :func:`schemanb.erd` (the one place names enter DOT, escaped
there); when it is not available the pages leave the diagram out. Many small
graphs are laid out by a single ``dot`` run (``dot`` accepts several graphs in
one input and writes one SVG after another), which saves a process start per
table on large schemas. :func:`check_svg` refuses SVG that could run script
before it is inlined into a page.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import Any

from ..erd import erd
from ..errors import RenderError
from ..model import Schema, TableKey
from .context import SiteContext, column_anchor

#: Graphs per ``dot`` run.
BATCH = 100
#: Views drawn in a table's focused diagram; the page lists every view that reads it.
MAX_FOCUS_VIEWS = 6
_RE_SVG_START = re.compile(r"<svg\b")
#: Link targets refused in SVG: any scheme but our placeholder (javascript:, data:, http:...).
_RE_BAD_URL = re.compile(r"^\s*(?!snlink:)[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def check_svg(svg: str) -> str:
    """``svg`` without its XML prolog; RenderError if it holds anything executable.

    The SVG is parsed: no ``script`` or ``foreignObject`` element, no ``on*``
    attribute, and links only to relative pages or our ``snlink:`` placeholders.
    """
    import xml.etree.ElementTree as ET

    start = _RE_SVG_START.search(svg)
    if start is None:
        raise RenderError("dot produced no SVG — check the Graphviz installation (dot -V)")
    svg = svg[start.start():].strip()
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as err:
        raise RenderError(f"dot produced SVG that does not parse: {err}") from err
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1].lower()
        bad = tag in ("script", "foreignobject", "iframe", "object", "embed")
        for name, value in el.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            bad = bad or local.startswith("on")
            bad = bad or (local == "href" and _RE_BAD_URL.match(value) is not None)
        if bad:
            raise RenderError(
                "a diagram's SVG contains script, an event handler or an absolute link — "
                "refusing to inline it"
            )
    return svg


def render_svgs(sources: Sequence[str]) -> list[str]:
    """Lay out DOT sources with as few ``dot`` runs as possible; one SVG each."""
    from ..erd.render import run_dot

    out: list[str] = []
    for start in range(0, len(sources), BATCH):
        chunk = sources[start : start + BATCH]
        data = run_dot("\n".join(chunk), "svg")
        parts = [p for p in re.split(r"(?=<\?xml)", data.decode("utf-8")) if p.strip()]
        if len(parts) != len(chunk):
            raise RenderError(f"dot returned {len(parts)} diagrams for {len(chunk)} graphs")
        out += [check_svg(p) for p in parts]
    return out


#: The erd links nodes to ``LINK_SCHEME + <percent-encoded key>``; :func:`relink`
#: then points each link at the table's page (our slugs, not raw names).
LINK_SCHEME = "snlink:"
_RE_LINK = re.compile(r'(?P<attr>(?:xlink:)?href)="snlink:(?P<key>[^"#]*)(?:#(?P<col>[^"]*))?"')


def link_map(ctx: SiteContext) -> dict[str, TableKey]:
    """The erd's encoded ``{key}`` of each table and view -> its key."""
    from ..erd.parts import table_url

    default = ctx.schema.info.default_schema
    links = {table_url("{key}", v, default): v.key for v in ctx.schema.views}
    links.update({table_url("{key}", t, default): t.key for t in ctx.schema.tables})
    return links


def relink(svg: str, links: dict[str, TableKey], ctx: SiteContext, prefix: str) -> str:
    """Point every ``snlink:`` href at the page (and column row) it names."""
    import html
    import urllib.parse

    def repl(m: re.Match[str]) -> str:
        key = links.get(html.unescape(m.group("key")))
        if key is None:
            return f'{m.group("attr")}="#"'
        href = prefix + (ctx.page_href(key) or "")
        col = m.group("col")
        if col:
            href += "#" + column_anchor(urllib.parse.unquote(html.unescape(col)))
        return f'{m.group("attr")}="{html.escape(href, quote=True)}"'

    return _RE_LINK.sub(repl, svg)


def focused_svgs(ctx: SiteContext, keys: Sequence[TableKey]) -> dict[TableKey, str]:
    """The one-hop diagram of each table in ``keys``."""
    if not keys:
        return {}
    sources = [_graph(erd, ctx, key, 1, _near(ctx, key)).source for key in keys]
    links = link_map(ctx)
    return {k: relink(svg, links, ctx, "../") for k, svg in zip(keys, render_svgs(sources))}


def view_svgs(ctx: SiteContext, keys: Sequence[TableKey]) -> dict[TableKey, str]:
    """The diagram of each view in ``keys`` with what it reads and what reads it."""
    if not keys:
        return {}
    sources = [_graph(erd, ctx, key, 1, _near_view(ctx, key)).source for key in keys]
    links = link_map(ctx)
    return {k: relink(svg, links, ctx, "../") for k, svg in zip(keys, render_svgs(sources))}


def overview_svg(ctx: SiteContext) -> tuple[str | None, str]:
    """The whole-schema diagram for the index, or why there is none."""
    count = len(ctx.schema.tables)
    if count == 0:
        return None, "No tables."
    if count > ctx.max_overview_tables:
        return None, (f"{count} tables are too many for one readable diagram; each table's page "
                      "shows its neighbourhood.")
    svg = render_svgs([_graph(erd, ctx, None, None).source])[0]
    return relink(svg, link_map(ctx), ctx, ""), ""


def group_svgs(ctx: SiteContext) -> dict[str, str]:
    """One diagram per table group (the groups of the extra-metadata file)."""
    groups = [g for g in ctx.groups if 0 < len(g.tables) <= ctx.max_overview_tables]
    if not groups:
        return {}
    subsets = []
    for g in groups:
        members = set(g.tables)
        kept = tuple(t for t in ctx.schema.tables if t.key in members)
        subsets.append(dataclasses.replace(ctx.schema, tables=kept, views=()))
    sources = [_graph(erd, ctx, None, None, sub).source for sub in subsets]
    links = link_map(ctx)
    return {g.name: relink(svg, links, ctx, "") for g, svg in zip(groups, render_svgs(sources))}


def _near(ctx: SiteContext, key: TableKey) -> Schema:
    """The focus table and its direct neighbours, as a small snapshot.

    The erd computes the neighbourhood over the whole schema on every call; handing
    it only the one-hop tables keeps a thousand focused diagrams linear.
    """
    tables = ctx.schema.table_map
    near = {key} | {fk.referred_table for fk in tables[key].foreign_keys}
    near |= {child.key for child, _ in ctx.incoming.get(key, ())}
    kept = tuple(t for t in ctx.schema.tables if t.key in near)
    views = tuple(sorted(ctx.dependents.get(key, ()), key=lambda v: v.key.sort_key()))
    return dataclasses.replace(ctx.schema, tables=kept, views=views[:MAX_FOCUS_VIEWS])


def _near_view(ctx: SiteContext, key: TableKey) -> Schema:
    """A view, what it reads and the views that read it, as a small snapshot."""
    view = ctx.schema.view_map[key]
    near = {key, *view.depends_on} | {v.key for v in ctx.dependents.get(key, ())}
    tables = tuple(t for t in ctx.schema.tables if t.key in near)
    views = tuple(v for v in ctx.schema.views if v.key in near)
    return dataclasses.replace(ctx.schema, tables=tables, views=views)


def _graph(erd: Callable[..., Any], ctx: SiteContext, key: TableKey | None,
           depth: int | None, schema: Schema | None = None) -> Any:
    kwargs: dict[str, Any] = {"url_template": LINK_SCHEME + "{key}"}
    if key is not None:
        kwargs.update(focus=key, depth=depth)
    return erd(schema or ctx.schema, **kwargs)
