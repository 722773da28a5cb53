"""The HTML fragment of each page kind, rendered with Jinja2 (autoescape on).

These functions run inside the site's notebooks (and in tests): ``render_*``
returns a fragment; ``show_*`` displays it as a ``text/html`` output whose
metadata names the page file it belongs to, which :mod:`schemanb.site.export`
uses to split a notebook into pages. Database text is always escaped by the
templates; the only markup passed through is Graphviz's SVG output, which is
checked by :func:`schemanb.site.diagrams.check_svg` first.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .._redact import mask_url
from ..extra import is_extra_relation
from ..model import Routine, Table, TableKey
from .context import (
    SiteContext,
    column_anchor,
    event_schedule,
    is_event,
    load_context,
    partition_anchor,
    partition_rows,
    routine_label,
)

TEMPLATES = Path(__file__).parent / "templates" / "pages"
#: Output metadata key naming the page a displayed fragment belongs to.
PAGE_KEY = "schemanb_page"


@functools.lru_cache(maxsize=1)
def _env() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(anchor=column_anchor, is_extra=is_extra_relation,
                       partition_anchor=partition_anchor, event_schedule=event_schedule)
    return env


def _render(name: str, ctx: SiteContext, **values: Any) -> str:
    template = _env().get_template(name)
    return str(template.render(ctx=ctx, ctx_key=ctx.table_of, **values))


def _unique_columns(table: Table) -> set[str]:
    singles = {u.columns[0] for u in table.unique_constraints if len(u.columns) == 1}
    singles |= {ix.columns[0] for ix in table.indexes
                if ix.unique and len(ix.expressions) == 1 and ix.columns}
    return singles


# --------------------------------------------------------------------- fragments


def render_table(ctx: SiteContext, key: TableKey, *, svg: str | None = None) -> str:
    """The page of one table: columns, keys, references both ways, indexes, diagram."""
    from markupsafe import Markup

    table = ctx.schema.table_map[key]
    support = ctx.support
    settings = {c.name: support.column_settings(c) for c in table.columns if c.dialect_options}
    return _render(
        "table.html.j2", ctx,
        table=table,
        root="../",
        svg=Markup(svg) if svg else None,  # Graphviz output, checked by check_svg
        incoming=ctx.incoming.get(key, []),
        unique_columns=_unique_columns(table),
        groups=[g for g in ctx.groups if key in g.tables],
        triggers=ctx.triggers_by_table.get(key, []),
        used_by=ctx.dependents.get(key, []),
        findings=ctx.findings_by_table.get(key, []),
        table_settings=support.table_settings(table),
        column_settings=settings,
        show_settings=bool(settings) or any(c.collation or c.inherited for c in table.columns),
        generated=support.generated_label,
        index_settings=support.index_settings,
        heirs=ctx.heirs.get(key, []),
        row_security=ctx.row_security_by_table.get(key),
        policies=ctx.policies_by_table.get(key, []),
        rules=ctx.rules_by_table.get(key, []),
        exclusions=ctx.exclusions_by_table.get(key, []),
        partitions=partition_rows(table.partitioning, str(key)),
    )


def render_view(ctx: SiteContext, key: TableKey, *, svg: str | None = None) -> str:
    """The page of one view: columns, what it reads (and which columns), users, triggers,
    definition."""
    from markupsafe import Markup

    return _render(
        "view.html.j2", ctx,
        view=ctx.schema.view_map[key],
        root="../",
        svg=Markup(svg) if svg else None,  # Graphviz output, checked by check_svg
        used_by=ctx.dependents.get(key, []),
        triggers=ctx.triggers_by_table.get(key, []),
        rules=ctx.rules_by_table.get(key, []),
        index_settings=ctx.support.index_settings,
    )


def render_routine(ctx: SiteContext, routine: Routine) -> str:
    """The page of one routine: signature, language, options, overloads, callers, body."""
    return _render(
        "routine.html.j2", ctx,
        routine=routine,
        schedule=event_schedule(routine) if is_event(routine) else "",
        root="../",
        overloads=[r for r in ctx.schema.routines if r.key == routine.key and r != routine],
        triggers=[tr for tr in ctx.schema.triggers if tr.function == routine.key],
    )


def render_objects(ctx: SiteContext) -> str:
    """The index of everything besides tables and views: routines (linked), events,
    triggers, partitioned tables, domains, composite types, enums, sequences,
    collations, extensions."""
    return _render("objects.html.j2", ctx, schema=ctx.schema,
                   routines=[r for r in ctx.schema.routines if not is_event(r)],
                   events=ctx.events)


def _sections(ctx: SiteContext, group_svgs: dict[str, str]) -> list[dict[str, Any]]:
    from markupsafe import Markup

    tables = ctx.schema.table_map
    sections: list[dict[str, Any]] = []
    grouped: set[TableKey] = set()
    for g in ctx.groups:
        members = [tables[k] for k in g.tables if k in tables]
        grouped.update(g.tables)
        svg = group_svgs.get(g.name)
        sections.append({"title": g.name, "comment": g.comment, "tables": members,
                         "svg": Markup(svg) if svg else None})  # checked by check_svg
    rest = [t for t in ctx.schema.tables if t.key not in grouped]
    if rest:
        sections.append({"title": "Other tables" if sections else "Tables",
                         "comment": None, "tables": rest, "svg": None})
    return sections


def findings_summary(findings: Sequence[Any]) -> str:
    counts = Counter(f.severity for f in findings)
    parts = [f"{counts[s]} {s}{'' if counts[s] == 1 else 's'}" for s in ("error", "warning", "info")]
    return ", ".join(parts)


def render_index(ctx: SiteContext, *, svg: str | None = None, diagram_note: str = "",
                 group_svgs: dict[str, str] | None = None) -> str:
    """The index: database facts, counts per schema, largest tables, groups, diagrams."""
    from markupsafe import Markup

    from ..lint.coverage import comment_coverage

    schema = ctx.schema
    sized = [t for t in schema.tables if t.row_estimate]
    return _render(
        "index.html.j2", ctx,
        coverage=comment_coverage(schema),
        source=mask_url(schema.info.source) if schema.info.source else None,
        columns_total=sum(len(t.columns) for t in schema.tables),
        fks_total=sum(len(t.foreign_keys) for t in schema.tables),
        findings_summary=findings_summary(ctx.findings),
        per_schema=ctx.schema_rows,
        largest=sorted(sized, key=lambda t: -(t.row_estimate or 0))[:10],
        sections=_sections(ctx, group_svgs or {}),
        svg=Markup(svg) if svg else None,  # Graphviz output, checked by check_svg
        diagram_note=diagram_note,
    )


def render_views(ctx: SiteContext) -> str:
    """The list of views, each linked to its page."""
    return _render("views.html.j2", ctx, views=ctx.schema.views)


def render_quality(ctx: SiteContext) -> str:
    """The lint findings, per rule."""
    from ..lint import RULES

    by_rule: dict[str, list[Any]] = {}
    for f in ctx.findings:
        by_rule.setdefault(f.rule, []).append(f)
    rules = [
        {"name": r.name, "severity": (by_rule.get(r.name) or [r])[0].severity,
         "description": r.description, "count": len(by_rule.get(r.name, [])),
         "findings": by_rule.get(r.name, [])}
        for r in RULES.values()
    ]
    return _render("quality.html.j2", ctx, rules=rules, summary=findings_summary(ctx.findings))


def render_changes(ctx: SiteContext) -> str:
    """The drift from the baseline: each change with its risk, the summary and SQL."""
    base = ctx.baseline
    info = base.info if base is not None else None
    values: dict[str, Any] = {
        "baseline_source": mask_url(info.source) if info and info.source else None,
        "baseline_taken": info.captured_at if info else None,
        "changes": [], "risks": [], "summary": "", "sql": "",
    }
    from ..diff import diff

    if base is None:
        return _render("changes.html.j2", ctx, **values)
    result = diff(base, ctx.schema)
    changes = list(result.changes)
    values["changes"] = [
        {"kind": c.kind.value, "object": str(c.ref), "risk": c.risk.value,
         "notes": "; ".join(c.notes)}
        for c in changes
    ]
    values["risks"] = sorted(Counter(c.risk.value for c in changes).items())
    if changes:
        values["summary"] = result.summary()
        values["sql"] = result.to_sql()
    return _render("changes.html.j2", ctx, **values)


# ------------------------------------------------------------------ notebook side


def show(html: str, page: str, title: str) -> None:
    """Display ``html`` as the content of ``page`` (a path relative to the site root)."""
    from IPython.display import display

    metadata = {PAGE_KEY: {"page": page, "title": title}}
    display({"text/html": html}, raw=True, metadata=metadata)  # type: ignore[no-untyped-call]


def show_views(ctx: SiteContext) -> int:
    """Display the list of views and the page of every view; return the number of views."""
    from .diagrams import view_svgs

    show(render_views(ctx), "views.html", "Views")
    svgs = view_svgs(ctx, [v.key for v in ctx.schema.views])
    for v in ctx.schema.views:
        show(render_view(ctx, v.key, svg=svgs.get(v.key)), f"views/{ctx.view_slugs[v.key]}.html",
             str(v.key))
    return len(ctx.schema.views)


def show_objects(ctx: SiteContext) -> int:
    """Display the objects page and the page of every routine; return the number of routines."""
    show(render_objects(ctx), "objects.html", "Objects")
    for r in ctx.schema.routines:
        show(render_routine(ctx, r), ctx.routine_page(r), routine_label(r))
    return len(ctx.schema.routines)


def show_tables(ctx: SiteContext, keys: Iterable[Sequence[str | None]]) -> int:
    """Display the page of every table in ``keys`` (pairs of schema, name); return the count."""
    from .diagrams import focused_svgs

    wanted = [TableKey(s, str(n)) for s, n in keys]
    svgs = focused_svgs(ctx, wanted)
    for key in wanted:
        show(render_table(ctx, key, svg=svgs.get(key)), f"tables/{ctx.slugs[key]}.html", str(key))
    return len(wanted)


__all__ = [
    "PAGE_KEY", "load_context", "render_changes", "render_index", "render_objects",
    "render_quality", "render_routine", "render_table", "render_view", "render_views", "show",
    "show_objects", "show_tables", "show_views",
]
