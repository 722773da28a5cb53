"""What every page of the site needs: the snapshot, slugs, groups, findings, links.

The parent process and the notebook kernels build the same :class:`SiteContext`
from the same files (the snapshot JSON and ``site.json``), so file names and
anchors agree without being passed around. Slugs are a pure function of the
snapshot: safe ASCII (``[A-Za-z0-9_-]``) plus a short hash whenever the name had to
change or would clash on a case-insensitive file system.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .._fs import atomic_write
from ..extra import TableGroup
from ..model import (
    ExclusionConstraint,
    ForeignKey,
    Partition,
    Partitioning,
    Policy,
    Routine,
    RowSecurity,
    Rule,
    Schema,
    Table,
    TableKey,
    Trigger,
    View,
    walk_partitions,
)

_RE_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")

#: Page kinds, their file (relative to the site root) and navigation label.
PAGE_FILES = {
    "index": ("index.html", "Overview"),
    "views": ("views.html", "Views"),
    "objects": ("objects.html", "Objects"),
    "quality": ("quality.html", "Data quality"),
    "changes": ("changes.html", "Changes"),
}


def slugify(text: str, taken: set[str]) -> str:
    """A file-name-safe, unique (case-insensitively) slug for ``text``; adds to ``taken``.

    >>> slugify("orders", set()), slugify("<script>x</script>", set())
    ('orders', 'script-x-script-9167da')
    """
    base = _RE_UNSAFE.sub("-", text).strip("-")[:48] or "x"
    slug = base
    if base != text or base.lower() in taken:
        slug = f"{base}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:6]}"
    n = 2
    while slug.lower() in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug.lower())
    return slug


def build_slugs(keys: Iterable[TableKey]) -> dict[TableKey, str]:
    taken: set[str] = set()
    return {k: slugify(str(k), taken) for k in sorted(keys, key=TableKey.sort_key)}


def column_anchor(name: str) -> str:
    """The HTML id of a column's row on its table page."""
    return "c-" + slugify(name, set())


def table_href(slug: str) -> str:
    return f"tables/{slug}.html"


def view_href(slug: str) -> str:
    return f"views/{slug}.html"


def routine_href(slug: str) -> str:
    return f"routines/{slug}.html"


def routine_label(routine: Routine) -> str:
    """``schema.name(arguments)``: what tells overloads apart."""
    return f"{routine.key}({routine.arguments})"


def has_objects(schema: Schema) -> bool:
    """Whether the schema has anything for the objects page (routines, types, triggers,
    partitioned tables, ...)."""
    return bool(schema.routines or schema.domains or schema.composite_types
                or schema.extensions or schema.sequences or schema.enums or schema.triggers
                or schema.collations or any(t.partitioning for t in schema.tables))


def is_event(routine: Routine) -> bool:
    """Whether the routine is a scheduled event (MariaDB/MySQL ``CREATE EVENT``)."""
    return routine.kind == "event"


def event_schedule(routine: Routine) -> str:
    """An event's ``CREATE EVENT ... ON SCHEDULE ...`` text as the server shows it
    (its ``header`` option), or ``""``."""
    return dict(routine.options).get("header", "")


def partition_anchor(part: Partition) -> str:
    """The HTML id of a partition's row on its (top-level) table's page."""
    return "p-" + column_anchor(str(TableKey(part.schema, part.name)))


@dataclass(frozen=True)
class PartitionRow:
    """One partition as its table's page lists it: how deep it sits (0 = a partition
    of the table itself), how it is partitioned in turn, and what it holds of its own
    (keys, checks, indexes) as ``(kind, name, definition)``."""

    part: Partition
    depth: int
    parent: str
    owned: tuple[tuple[str, str, str], ...]


def _owned(part: Partition) -> tuple[tuple[str, str, str], ...]:
    out: list[tuple[str, str, str]] = []
    if part.primary_key is not None:
        out.append(("primary key", part.primary_key.name or "", ", ".join(part.primary_key.columns)))
    out += [("unique", u.name or "", ", ".join(u.columns)) for u in part.unique_constraints]
    out += [("foreign key", f.name or "", f"{', '.join(f.columns)} → {f.referred_table} "
             f"({', '.join(f.referred_columns)})") for f in part.foreign_keys]
    out += [("check", c.name or "", c.expression) for c in part.check_constraints]
    out += [("index", i.name, ("unique " if i.unique else "") + ", ".join(i.expressions))
            for i in part.indexes]
    return tuple(out)


def partition_rows(partitioning: Partitioning | None, parent: str, depth: int = 0
                   ) -> list[PartitionRow]:
    """Every partition under ``partitioning``, depth first (a sub-partition after its
    parent), for the nested list of a table's page and Markdown file."""
    return [PartitionRow(part, level, above, _owned(part))
            for level, above, part in walk_partitions(partitioning, parent, depth)]


def _by_table(objects: Iterable[Any]) -> dict[TableKey, list[Any]]:
    """Objects that sit on a table (their ``key``), grouped by it in their order."""
    out: dict[TableKey, list[Any]] = defaultdict(list)
    for obj in objects:
        out[obj.key].append(obj)
    return out


def _type_name(text: str) -> str:
    """A type name folded for lookup: quotes off, lower case, no array brackets."""
    return text.replace('"', "").replace("`", "").removesuffix("[]").strip().lower()


@dataclass
class SiteContext:
    """The snapshot plus everything derived once for all pages."""

    schema: Schema
    title: str
    groups: tuple[TableGroup, ...] = ()
    baseline: Schema | None = None
    lint_config: dict[str, Any] = field(default_factory=dict)
    max_overview_tables: int = 120

    @cached_property
    def slugs(self) -> dict[TableKey, str]:
        return build_slugs(t.key for t in self.schema.tables)

    @cached_property
    def view_slugs(self) -> dict[TableKey, str]:
        return build_slugs(v.key for v in self.schema.views)

    @cached_property
    def routine_slugs(self) -> dict[tuple[str, str, str], str]:
        """Slugs of routine pages by :attr:`Routine.identity` (overloads get their own)."""
        taken: set[str] = set()
        ordered = sorted(self.schema.routines, key=lambda r: r.identity)
        return {r.identity: slugify(routine_label(r), taken) for r in ordered}

    @cached_property
    def triggers_by_table(self) -> dict[TableKey, list[Trigger]]:
        """Triggers by the table (or view) they are on."""
        out: dict[TableKey, list[Trigger]] = defaultdict(list)
        for tr in self.schema.triggers:
            out[tr.key].append(tr)
        return out

    @cached_property
    def policies_by_table(self) -> dict[TableKey, list[Policy]]:
        """Row-level security policies by their table."""
        return _by_table(self.schema.policies)

    @cached_property
    def row_security_by_table(self) -> dict[TableKey, RowSecurity]:
        """Whether row-level security is enabled or forced, by table (listed tables only)."""
        return {r.key: r for r in self.schema.row_security}

    @cached_property
    def rules_by_table(self) -> dict[TableKey, list[Rule]]:
        """Rewrite rules by the table or view they are on."""
        return _by_table(self.schema.rules)

    @cached_property
    def exclusions_by_table(self) -> dict[TableKey, list[ExclusionConstraint]]:
        """Exclusion constraints by their table."""
        return _by_table(self.schema.exclusion_constraints)

    @cached_property
    def heirs(self) -> dict[TableKey, list[Table]]:
        """The tables that inherit from each table (``INHERITS``), "inherited by"."""
        out: dict[TableKey, list[Table]] = defaultdict(list)
        for t in self.schema.tables:
            for parent in t.inherits:
                out[parent].append(t)
        return out

    @cached_property
    def support(self) -> Any:
        """The dialect's :class:`~schemanb.dialects.DialectSupport`: how its options read."""
        from ..dialects import support_for

        return support_for(self.schema.info.dialect)

    @cached_property
    def events(self) -> list[Routine]:
        """The scheduled events (MariaDB/MySQL), listed apart from the routines."""
        return [r for r in self.schema.routines if is_event(r)]

    @cached_property
    def _collation_hrefs(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for c in self.schema.collations:
            href = f"objects.html#co-{column_anchor(str(c.key))}"
            for name in (str(c.key), c.name):
                out.setdefault(_type_name(name), href)
        return out

    def collation_href(self, name: str) -> str | None:
        """The site-relative link of a collation created as an object, if ``name`` is one."""
        hrefs = self._collation_hrefs
        return hrefs.get(_type_name(name)) if hrefs else None

    @cached_property
    def schema_rows(self) -> list[dict[str, Any]]:
        """One row per schema: tables, views, columns and foreign keys, and its comment
        (the default schema's own, and each schema read besides it, tables or not)."""
        default = self.schema.info.default_schema
        label = f"{default} (default)" if default else "(default)"
        rows: dict[str | None, Counter[str]] = {None: Counter()}
        for n in self.schema.namespaces:
            rows.setdefault(n.name, Counter())
        for t in self.schema.tables:
            rows.setdefault(t.schema, Counter()).update(
                tables=1, columns=len(t.columns), fks=len(t.foreign_keys))
        for v in self.schema.views:
            rows.setdefault(v.schema, Counter()).update(views=1)
        comments: dict[str | None, str | None] = {n.name: n.comment for n in self.schema.namespaces}
        comments[None] = self.schema.default_schema_comment or None
        if not rows[None] and comments[None] is None:
            del rows[None]  # nothing in the default schema, nothing said of it
        return [
            {"schema": label if name is None else name, "comment": comments.get(name),
             "anchor": "s-" + slugify(label if name is None else name, set()),
             **{k: row[k] for k in ("tables", "views", "columns", "fks")}}
            for name, row in sorted(rows.items(), key=lambda kv: kv[0] or "")
        ]

    @cached_property
    def dependents(self) -> dict[TableKey, list[View]]:
        """The views that read each table or view ("used by")."""
        out: dict[TableKey, list[View]] = defaultdict(list)
        for v in self.schema.views:
            for dep in v.depends_on:
                out[dep].append(v)
        return out

    @cached_property
    def routine_by_key(self) -> dict[TableKey, Routine]:
        """A routine by schema and name, when the name is not overloaded (for trigger links)."""
        counts = Counter(r.key for r in self.schema.routines)
        return {r.key: r for r in self.schema.routines if counts[r.key] == 1}

    @cached_property
    def _type_hrefs(self) -> dict[str, str]:
        """Enum and domain names (bare and schema-qualified, folded) -> their row on the
        objects page."""
        out: dict[str, str] = {}
        for prefix, objects in (("e", self.schema.enums), ("d", self.schema.domains)):
            for obj in objects:
                href = f"objects.html#{prefix}-{column_anchor(str(obj.key))}"
                for name in (str(obj.key), obj.name):
                    out.setdefault(_type_name(name), href)
        return out

    def type_href(self, type_sql: str) -> str | None:
        """The site-relative link of the enum or domain a column's type names, if any."""
        hrefs = self._type_hrefs
        return hrefs.get(_type_name(type_sql)) if hrefs else None

    def routine_page(self, routine: Routine) -> str:
        """The site-relative link of a routine's page."""
        return routine_href(self.routine_slugs[routine.identity])

    @cached_property
    def incoming(self) -> dict[TableKey, list[tuple[Table, ForeignKey]]]:
        """Foreign keys pointing at each table ("referenced by")."""
        refs: dict[TableKey, list[tuple[Table, ForeignKey]]] = defaultdict(list)
        for t in self.schema.tables:
            for fk in t.foreign_keys:
                refs[fk.referred_table].append((t, fk))
        return refs

    @cached_property
    def findings(self) -> list[Any]:
        from ..lint import find

        return find(self.schema, config=self.lint_config or None)

    @cached_property
    def _labels(self) -> dict[str, TableKey]:
        return {str(t.key): t.key for t in self.schema.tables}

    def table_of(self, obj: str) -> TableKey | None:
        """The table a finding's object (``table``, ``table.column``...) belongs to."""
        return self._labels.get(obj) or self._labels.get(obj.rsplit(".", 1)[0])

    @cached_property
    def findings_by_table(self) -> dict[TableKey, list[Any]]:
        out: dict[TableKey, list[Any]] = defaultdict(list)
        for f in self.findings:
            key = self.table_of(f.object)
            if key is not None:
                out[key].append(f)
        return out

    def nav(self) -> list[dict[str, str]]:
        kinds = ["index"] + (["views"] if self.schema.views else [])
        kinds += (["objects"] if has_objects(self.schema) else []) + ["quality"]
        kinds += ["changes"] if self.baseline is not None else []
        return [{"kind": k, "href": PAGE_FILES[k][0], "label": PAGE_FILES[k][1]} for k in kinds]

    def page_href(self, key: TableKey) -> str | None:
        """The site-relative link of a table's or view's page (``None`` if outside)."""
        if key in self.slugs:
            return table_href(self.slugs[key])
        if key in self.view_slugs:
            return view_href(self.view_slugs[key])
        return None


def write_context_file(path: Path, *, title: str, groups: tuple[TableGroup, ...],
                       baseline: str | None, lint_config: dict[str, Any]) -> dict[str, Any]:
    """The JSON-ready ``site.json`` the notebooks read beside the snapshot."""
    data = {
        "title": title,
        "baseline": baseline,
        "groups": [
            {"name": g.name, "comment": g.comment, "tables": [[k.schema, k.name] for k in g.tables]}
            for g in groups
        ],
        "lint": lint_config,
    }
    atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    return data


def load_context(snapshot: str | Path, site_file: str | Path = "site.json") -> SiteContext:
    """Rebuild the context in a kernel from the snapshot and ``site.json``."""
    from ..serialize import load_schema

    data = json.loads(Path(site_file).read_text(encoding="utf-8"))
    groups = tuple(
        TableGroup(g["name"], tuple(TableKey(s, n) for s, n in g["tables"]), g.get("comment"))
        for g in data.get("groups", [])
    )
    baseline = data.get("baseline")
    return SiteContext(
        schema=load_schema(snapshot),
        title=data["title"],
        groups=groups,
        baseline=load_schema(Path(site_file).parent / baseline) if baseline else None,
        lint_config=data.get("lint") or {},
    )


__all__ = ["PartitionRow", "SiteContext", "build_slugs", "column_anchor", "event_schedule",
           "has_objects", "is_event", "load_context", "partition_anchor", "partition_rows",
           "routine_label", "slugify"]
