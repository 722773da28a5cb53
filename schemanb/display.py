"""HTML and plain-text summaries of Schema, Table and SchemaDiff for notebook cells.

Everything that came from a database (names, types, defaults, comments, notes)
goes through :func:`schemanb._html.escape`; nothing here marks database text
safe. Summaries are compact: counts first, then at most ``MAX_ROWS`` rows, with
a "... and N more" line, so a 1,000-table schema still fits a cell. The site
(``schemanb.site``) reuses these renderers for its pages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from ._html import escape
from .model import (
    Column,
    Grant,
    Partition,
    Partitioning,
    Routine,
    Schema,
    Table,
    TableKey,
    Trigger,
    View,
    walk_partitions,
)

#: Rows shown before a summary is cut with "... and N more".
MAX_ROWS = 50

#: Badge colours by risk value (``Risk.value``), least to most dangerous.
RISK_COLOURS = {
    "safe": "#2e7d32",
    "review": "#1565c0",
    "locking": "#ef6c00",
    "destructive": "#c62828",
}

_STYLE = (
    "<style>"
    ".schemanb-box{font-family:var(--jp-ui-font-family,sans-serif);font-size:13px}"
    ".schemanb-box table{border-collapse:collapse;margin:4px 0}"
    ".schemanb-box th,.schemanb-box td{padding:2px 8px;text-align:left;"
    "border-bottom:1px solid #ddd;vertical-align:top}"
    ".schemanb-box .schemanb-muted{color:#777}"
    ".schemanb-badge{display:inline-block;padding:0 6px;border-radius:8px;"
    "color:#fff;font-size:11px;font-weight:600}"
    "</style>"
)


# ------------------------------------------------------------------ small pieces


def risk_badge(risk: Any) -> str:
    """A coloured badge for a ``Risk`` (or its value)."""
    value = str(getattr(risk, "value", risk))
    colour = RISK_COLOURS.get(value, "#555")
    return (
        f'<span class="schemanb-badge schemanb-risk-{escape(value)}" '
        f'style="background:{colour}">{escape(value)}</span>'
    )


def _table_html(header: Sequence[str], rows: Iterable[Sequence[object]], total: int) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
    )
    more = ""
    if total > MAX_ROWS:
        more = f'<div class="schemanb-muted">... and {total - MAX_ROWS} more</div>'
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def _counts(pairs: Iterable[tuple[str, int]]) -> str:
    return ", ".join(f"<b>{n}</b> {escape(label)}" for label, n in pairs)


def _box(title: str, body: str, *, kind: str) -> str:
    return f'{_STYLE}<div class="schemanb-box schemanb-{kind}">{title}{body}</div>'


def _opt(value: object) -> str:
    return "" if value is None else escape(value)


# ---------------------------------------------------------------------- schema


def schema_counts(schema: Schema) -> dict[str, int]:
    """The headline numbers of a snapshot, by label."""
    tables = schema.tables
    return {
        "tables": len(tables),
        "columns": sum(len(t.columns) for t in tables),
        "foreign keys": sum(len(t.foreign_keys) for t in tables),
        "indexes": sum(len(t.indexes) for t in tables),
        "views": len(schema.views),
        "partitioned tables": sum(1 for t in tables if t.partitioning is not None),
        "partitions": sum(len(t.partitioning.partitions) for t in tables if t.partitioning),
        "triggers": len(schema.triggers),
        "routines": sum(1 for r in schema.routines if r.kind != "event"),
        "events": sum(1 for r in schema.routines if r.kind == "event"),
        "sequences": len(schema.sequences),
        "enums": len(schema.enums),
        "domains": len(schema.domains),
        "types": len(schema.composite_types),
        "extensions": len(schema.extensions),
        "grants": len(schema.grants),
        "schemas": len(schema.namespaces),
        "policies": len(schema.policies),
        "rules": len(schema.rules),
        "exclusion constraints": len(schema.exclusion_constraints),
        "collations": len(schema.collations),
    }


def render_schema_html(schema: Schema) -> str:
    """A compact overview of a snapshot: provenance, counts, one row per table."""
    info = schema.info
    facts = [escape(x) for x in (info.dialect, info.server_version, info.database) if x]
    source = f' <span class="schemanb-muted">{escape(info.source)}</span>' if info.source else ""
    counts = {k: v for k, v in schema_counts(schema).items() if v or k in ("tables", "columns")}
    title = (
        f"<div><b>Schema</b>{source}</div>"
        f'<div class="schemanb-muted">{" · ".join(facts)}</div>'
        f"<div>{_counts(counts.items())}</div>"
    )
    rows = [
        (
            escape(t.key),
            len(t.columns),
            escape(", ".join(t.pk_columns)),
            len(t.foreign_keys),
            len(t.indexes),
            _opt(t.row_estimate),
            _opt(t.comment),
        )
        for t in schema.tables[:MAX_ROWS]
    ]
    header = ("table", "columns", "primary key", "FKs", "indexes", "rows≈", "comment")
    body = _table_html(header, rows, len(schema.tables)) if schema.tables else ""
    body += "".join(_object_sections(schema))
    notes = "".join(f'<div class="schemanb-muted">note: {escape(n)}</div>' for n in schema.notes)
    return _box(title, body + notes, kind="schema")


def _section(title: str, header: Sequence[str], rows: list[Sequence[object]], total: int) -> str:
    return f"<div><b>{escape(title)}</b></div>" + _table_html(header, rows, total)


def _view_kind(view: View) -> str:
    return "materialized view" if view.materialized else "view"


def _trigger_when(trigger: Trigger) -> str:
    state = "" if trigger.enabled else " (disabled)"
    return f"{trigger.timing} {' OR '.join(trigger.events)} FOR EACH {trigger.orientation}{state}"


def _object_sections(schema: Schema) -> list[str]:
    """Sections after the tables: views, partitioned tables, triggers, routines (each cut)."""
    out = []
    if schema.views:
        rows: list[Sequence[object]] = [
            (escape(v.key), _view_kind(v), len(v.columns),
             escape(", ".join(str(k) for k in v.depends_on)), _opt(v.comment))
            for v in schema.views[:MAX_ROWS]
        ]
        out.append(_section("views", ("view", "kind", "columns", "depends on", "comment"),
                            rows, len(schema.views)))
    parted = [t for t in schema.tables if t.partitioning is not None]
    if parted:
        rows = [
            (escape(t.key), escape(t.partitioning.strategy), escape(t.partitioning.key),
             len(t.partitioning.partitions))
            for t in parted[:MAX_ROWS] if t.partitioning is not None
        ]
        out.append(_section("partitioned tables", ("table", "strategy", "key", "partitions"),
                            rows, len(parted)))
    if schema.triggers:
        rows = [(escape(tr.key), escape(tr.name), escape(_trigger_when(tr)))
                for tr in schema.triggers[:MAX_ROWS]]
        out.append(_section("triggers", ("table", "trigger", "when"), rows,
                            len(schema.triggers)))
    if schema.routines:
        rows = [
            (escape(f"{r.key}({r.arguments})"), escape(r.kind), _opt(r.returns),
             _opt(r.language), _opt(r.volatility))
            for r in schema.routines[:MAX_ROWS]
        ]
        out.append(_section("routines", ("routine", "kind", "returns", "language", "volatility"),
                            rows, len(schema.routines)))
    return out


# ----------------------------------------------------------------------- table


def _column_flags(table: Table, column: Column, support: Any) -> str:
    flags = []
    if column.name in table.pk_columns:
        flags.append("PK")
    if column.name in table.fk_columns:
        flags.append("FK")
    if column.autoincrement:
        flags.append("auto" if column.identity else support.generated_label(column))
    if column.computed is not None:
        flags.append("computed")
    if column.collation:
        flags.append(f"COLLATE {column.collation}")
    flags += support.column_settings(column) if column.dialect_options else []
    if column.inherited:
        flags.append("inherited")
    return " ".join(flags)


def _support(schema: Schema | None) -> Any:
    from .dialects import support_for

    return support_for(schema.info.dialect if schema is not None else None)


def render_table_html(table: Table, schema: Schema | None = None) -> str:
    """A table's columns (type, null, default, PK/FK, settings), its keys, indexes,
    options, parents and partitions; with ``schema``, also its exclusion constraints,
    row-level security and policies, triggers, rules and the views that read it."""
    support = _support(schema)
    triggers = [tr for tr in schema.triggers if tr.key == table.key] if schema else []
    used_by = [v for v in schema.views if table.key in v.depends_on] if schema else []
    counts = {
        "columns": len(table.columns),
        "foreign keys": len(table.foreign_keys),
        "indexes": len(table.indexes),
        "unique": len(table.unique_constraints),
        "checks": len(table.check_constraints),
        "partitions": len(table.partitioning.partitions) if table.partitioning else 0,
        "triggers": len(triggers),
        "views": len(used_by),
    }
    counts = {k: v for k, v in counts.items()
              if v or k in ("columns", "foreign keys", "indexes", "unique", "checks")}
    comment = f' <span class="schemanb-muted">{escape(table.comment)}</span>' if table.comment else ""
    title = f"<div><b>{escape(table.key)}</b>{comment}</div><div>{_counts(counts.items())}</div>"
    rows = [
        (
            escape(c.name),
            escape(c.type_sql),
            "" if c.nullable else "NOT NULL",
            _opt(c.default),
            escape(_column_flags(table, c, support)),
            _opt(c.comment),
        )
        for c in table.columns[:MAX_ROWS]
    ]
    header = ("column", "type", "null", "default", "key", "comment")
    body = _table_html(header, rows, len(table.columns))
    body += "".join(f"<div>{line}</div>" for line in _key_lines(table))
    body += "".join(f"<div>{line}</div>" for line in _table_lines(table, schema, support))
    body += "".join(f"<div>{line}</div>" for line in _partition_lines(table))
    body += "".join(
        f"<div>trigger {escape(tr.name)} {escape(_trigger_when(tr))}: "
        f"<code>{escape(tr.definition)}</code></div>"
        for tr in triggers
    )
    if used_by:
        names = ", ".join(str(v.key) for v in used_by)
        body += f"<div>used by views: {escape(names)}</div>"
    return _box(title, body, kind="table")


def _table_lines(table: Table, schema: Schema | None, support: Any) -> list[str]:
    """Options, parents, and (with the schema) exclusion constraints, row-level
    security, policies and rules: one escaped line each."""
    lines = []
    settings = support.table_settings(table)
    if settings:
        lines.append(f"options: {escape(', '.join(settings))}")
    if table.inherits:
        lines.append(f"inherits from: {escape(', '.join(str(k) for k in table.inherits))}")
    if schema is None:
        return lines
    key = table.key
    lines += [f"exclusion {escape(x.name)} {escape(x.definition)}"
              for x in schema.exclusion_constraints if x.key == key]
    for rs in schema.row_security:
        if rs.key == key:
            state = ("enabled" if rs.enabled else "not enabled") + (", forced" if rs.forced else "")
            lines.append(f"row-level security {state}")
    for p in schema.policies:
        if p.key == key:
            kind = "permissive" if p.permissive else "restrictive"
            lines.append(f"policy {escape(p.name)} ({kind} for {escape(p.command)} to "
                         f"{escape(', '.join(p.roles))})"
                         + (f" using <code>{escape(p.using)}</code>" if p.using else "")
                         + (f" with check <code>{escape(p.with_check)}</code>"
                            if p.with_check else ""))
    lines += [f"rule {escape(r.name)}{'' if r.enabled else ' (disabled)'}: "
              f"<code>{escape(' '.join(r.definition.split()))}</code>"
              for r in schema.rules if r.key == key]
    return lines


def _partition_lines(table: Table) -> list[str]:
    p = table.partitioning
    if p is None:
        return []
    lines = [f"partitioned by {escape(p.strategy)} ({escape(p.key)})"]
    for depth, _, part in walk_partitions(p, str(table.key)):
        sub = part.partitioning
        by = f", partitioned by {escape(sub.strategy)} ({escape(sub.key)})" if sub else ""
        lines.append(f"{'&nbsp;&nbsp;' * depth}partition {escape(TableKey(part.schema, part.name))} "
                     f"{escape(part.bound)}{by}")
    return lines


def render_view_html(view: View, schema: Schema | None = None) -> str:
    """A view's columns, what it reads, the views that read it and its definition."""
    used_by = [v for v in schema.views if view.key in v.depends_on] if schema else []
    comment = f' <span class="schemanb-muted">{escape(view.comment)}</span>' if view.comment else ""
    title = (f"<div><b>{escape(view.key)}</b> <span class=\"schemanb-muted\">"
             f"{_view_kind(view)}</span>{comment}</div>")
    rows = [(escape(c.name), escape(c.type_sql), _opt(c.comment)) for c in view.columns[:MAX_ROWS]]
    body = _table_html(("column", "type", "comment"), rows, len(view.columns))
    deps = ", ".join(str(k) for k in view.depends_on)
    body += f"<div>depends on: {escape(deps) or '—'}</div>"
    if used_by:
        body += f"<div>used by: {escape(', '.join(str(v.key) for v in used_by))}</div>"
    if view.definition:
        body += f"<pre>{escape(view.definition)}</pre>"
    return _box(title, body, kind="view")


def _key_lines(table: Table) -> list[str]:
    lines = []
    for fk in table.foreign_keys:
        lines.append(
            f"FK {escape(fk.name or '')} ({escape(', '.join(fk.columns))}) → "
            f"{escape(fk.referred_table)} ({escape(', '.join(fk.referred_columns))})"
        )
    for ix in table.indexes:
        unique = "unique " if ix.unique else ""
        lines.append(f"{unique}index {escape(ix.name)} ({escape(', '.join(ix.expressions))})")
    for uc in table.unique_constraints:
        lines.append(f"unique {escape(uc.name or '')} ({escape(', '.join(uc.columns))})")
    for ck in table.check_constraints:
        lines.append(f"check {escape(ck.name or '')} ({escape(ck.expression)})")
    return lines


# ------------------------------------------------------------------------ diff


def describe(obj: Any) -> str:
    """One line of plain text for a model object on one side of a change."""
    if obj is None:
        return "—"
    if isinstance(obj, Column):
        parts = [obj.name, obj.type_sql, "NULL" if obj.nullable else "NOT NULL"]
        if obj.default is not None:
            parts.append(f"DEFAULT {obj.default}")
        return " ".join(parts)
    if isinstance(obj, Table):
        return f"table {obj.key} ({_n_columns(obj)})"
    if isinstance(obj, View):
        return f"{_view_kind(obj)} {obj.key} ({_n_columns(obj)})"
    if isinstance(obj, Trigger):
        return f"trigger {obj.name} {_trigger_when(obj)}"
    if isinstance(obj, Routine):
        returns = f" RETURNS {obj.returns}" if obj.returns else ""
        return f"{obj.kind} {obj.key}({obj.arguments}){returns}"
    if isinstance(obj, Grant):
        return f"{obj.privilege} on {obj.object_kind} {obj.key} to {obj.grantee}"
    if isinstance(obj, Partition):
        return f"partition {obj.name} {obj.bound}".rstrip()
    if isinstance(obj, Partitioning):
        return f"partitioned by {obj.strategy} ({obj.key})"
    name = getattr(obj, "name", None)
    if name is not None and hasattr(obj, "__dataclass_fields__"):
        return f"{type(obj).__name__} {name}"
    return str(obj)


def _n_columns(obj: Table | View) -> str:
    n = len(obj.columns)
    return f"{n} column" if n == 1 else f"{n} columns"


def risk_counts(changes: Iterable[Any]) -> Counter[str]:
    """How many changes there are of each risk value."""
    return Counter(str(getattr(c.risk, "value", c.risk)) for c in changes)


def render_diff_html(diff: Any) -> str:
    """Counts by risk and kind, then one row a change (risk badge, object, notes)."""
    changes = tuple(diff.changes)
    counts = risk_counts(changes)
    badges = " ".join(f"{risk_badge(r)} {counts[r]}" for r in RISK_COLOURS if counts[r])
    tables = len({c.table for c in changes})
    title = (
        f'<div><b>SchemaDiff</b>: <span class="schemanb-count">{len(changes)} changes</span>'
        f" in {tables} tables {badges}</div>"
    )
    candidates = diff.renames.candidates
    if candidates:
        title += f'<div class="schemanb-muted">{len(candidates)} rename candidates to review</div>'
    if not changes:
        return _box(title, "<div>no differences</div>", kind="diff")
    rows = [
        (
            risk_badge(c.risk),
            escape(c.kind.value),
            escape(c.ref),
            escape(describe(c.before)),
            escape(describe(c.after)),
            escape("; ".join(c.notes)),
        )
        for c in changes[:MAX_ROWS]
    ]
    header = ("risk", "change", "object", "before", "after", "notes")
    return _box(title, _table_html(header, rows, len(changes)), kind="diff")
