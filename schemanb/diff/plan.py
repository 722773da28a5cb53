"""The diff pipeline: prepare both snapshots, find renames, compare, filter, classify.

:func:`build` is what :func:`schemanb.diff` and every rename decision run:

1. prepare — apply ``schema_map`` to ``a``, fold partition children into their
   parents (tables carrying a ``("partition_of", parent)`` dialect option);
2. table renames — candidates among dropped/added tables, decisions applied;
3. column renames — candidates inside each matched pair of tables;
4. compare — :func:`~schemanb.diff.compare.compare_schemas` under those renames;
5. filter — ``ignore`` patterns on ``table``, ``table.column``, ``kind:<kind>``,
   bare kind words (``grants``, ``triggers``: :data:`IGNORE_KINDS`) and
   ``table:NAME``;
6. classify — :func:`~schemanb.diff.risk.assess` with ``a``'s dialect and rows.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..dialects import support_for
from ..model import ColumnRef, Index, ObjectKind, ObjectRef, Partitioning, Schema, Table, TableKey
from . import renames, risk
from .changes import Change, ChangeKind
from .compare import Context, compare_schemas


@dataclass(frozen=True)
class DiffOptions:
    """How two snapshots are compared (see :func:`schemanb.diff`)."""

    portable: bool = False
    ignore: tuple[str, ...] = ()
    schema_map: tuple[tuple[str, str], ...] = ()
    rename_threshold: float = renames.DEFAULT_THRESHOLD


Decision = tuple[str, str, bool]


def build(
    a: Schema, b: Schema, options: DiffOptions, decisions: Iterable[Decision] = ()
) -> tuple[tuple[Change, ...], tuple[Change, ...], renames.Renames]:
    """``(changes, candidates, renames)`` from ``a`` to ``b`` under ``options`` and ``decisions``.

    ``candidates`` are the rename candidates as the :class:`Change` each would be;
    ``renames`` is the record of them with their decisions.
    """
    pa, pb = prepare(a, options), prepare(b, DiffOptions(portable=options.portable))
    sa = support_for(a.info.dialect or b.info.dialect)
    sb = support_for(b.info.dialect or a.info.dialect)
    base = Context(sa, sb, portable=options.portable, defaults_a=dict(a.info.options),
                   defaults_b=dict(b.info.options),
                   both_inspected=bool(a.info.server_version and b.info.server_version))
    # What either side's account could not read is no drift (a trigger it cannot see).
    ignored = _matcher((*options.ignore, *a.info.unreadable, *b.info.unreadable))
    accepted = {(o, n) for o, n, ok in decisions if ok}
    rejected = {(o, n) for o, n, ok in decisions if not ok}
    tables = _table_candidates(pa, pb, options, accepted, rejected, ignored)
    table_renames = {c.table_a: c.table_b for c in tables if c.accepted}
    columns = _column_candidates(pa, pb, base, table_renames, options, accepted, rejected,
                                 ignored)
    column_renames: dict[TableKey, dict[str, str]] = {}
    for cand in columns:
        if cand.accepted and cand.column_a is not None and cand.column_b is not None:
            column_renames.setdefault(cand.table_b, {})[cand.column_a] = cand.column_b
    ctx = replace(base, table_renames=table_renames, column_renames=column_renames)
    scores = {(c.table_b, c.column_b): c.score for c in (*tables, *columns) if c.accepted}
    rows = _row_estimates(pa, table_renames)
    sizes = {table_renames.get(t.key, t.key): t.size_bytes for t in pa.tables}
    changes = []
    for change in compare_schemas(pa, pb, ctx):
        if ignored(change):
            continue
        if change.kind.is_rename:
            change = replace(change, score=scores.get((change.ref.table, change.ref.name)))
        changes.append(risk.assess(change, sa, rows.get(change.ref.table),
                                   sizes.get(change.ref.table)))
    found = (*tables, *columns)
    return tuple(changes), tuple(_as_change(c, pa, pb) for c in found), renames.Renames(found)


# ------------------------------------------------------------------------ prepare


def prepare(schema: Schema, options: DiffOptions) -> Schema:
    """``schema`` with schemas renamed by ``schema_map`` and partitions folded.

    In ``portable`` mode unique constraints become unique indexes: MySQL has no
    unique constraint apart from its index, so across dialects they are one thing.
    """
    tables = tuple(t for t in schema.tables if not _partition_parent(t))
    if options.portable:
        tables = tuple(_uniques_as_indexes(t) for t in tables)
    if options.schema_map:
        mapping: Mapping[str | None, str | None] = {
            (k or None): (v or None) for k, v in options.schema_map
        }
        tables = tuple(_map_table(t, mapping) for t in tables)
        return _map_objects(replace(schema, tables=tables), mapping)
    if len(tables) != len(schema.tables) or options.portable:
        return replace(schema, tables=tables)
    return schema


def _uniques_as_indexes(table: Table) -> Table:
    if not table.unique_constraints:
        return table
    names = {ix.name for ix in table.indexes}
    extra = tuple(
        Index(name=uq.name or "_".join(("uq", table.name, *uq.columns)), expressions=uq.columns,
              is_expression=(False,) * len(uq.columns), unique=True)
        for uq in table.unique_constraints
        if uq.name not in names
    )
    return replace(table, unique_constraints=(), indexes=table.indexes + extra)


def _partition_parent(table: Table) -> str | None:
    for key, value in table.dialect_options:
        if key == "partition_of":
            return value
    return None


def _map_objects(schema: Schema, mapping: Mapping[str | None, str | None]) -> Schema:
    """Every object beyond tables moved to its mapped schema (and what they point at)."""

    def moved(obj: Any) -> Any:
        return replace(obj, schema=mapping.get(obj.schema, obj.schema))

    def key(k: TableKey) -> TableKey:
        return TableKey(mapping.get(k.schema, k.schema), k.name)

    views = tuple(
        replace(moved(v), depends_on=tuple(key(k) for k in v.depends_on),
                depends_on_columns=tuple(ColumnRef(key(c.table), c.column)
                                         for c in v.depends_on_columns))
        for v in schema.views
    )
    triggers = tuple(
        replace(moved(t), function=None if t.function is None else key(t.function))
        for t in schema.triggers
    )
    return replace(
        schema,
        views=views,
        sequences=tuple(moved(s) for s in schema.sequences),
        enums=tuple(moved(e) for e in schema.enums),
        domains=tuple(moved(d) for d in schema.domains),
        composite_types=tuple(moved(c) for c in schema.composite_types),
        routines=tuple(moved(r) for r in schema.routines),
        triggers=triggers,
        extensions=tuple(moved(e) for e in schema.extensions),
        grants=tuple(
            replace(moved(g), object_name=mapping.get(g.object_name, g.object_name) or g.object_name)
            if g.object_kind == "schema" else moved(g)
            for g in schema.grants
        ),
        namespaces=tuple(  # a schema mapped onto the default one is no object any more
            replace(n, name=new) for n in schema.namespaces
            if (new := mapping.get(n.name, n.name)) is not None
        ),
    )


def _map_table(table: Table, mapping: Mapping[str | None, str | None]) -> Table:
    fks = tuple(
        replace(fk, referred_table=TableKey(
            mapping.get(fk.referred_table.schema, fk.referred_table.schema),
            fk.referred_table.name,
        ))
        for fk in table.foreign_keys
    )
    inherits = tuple(TableKey(mapping.get(k.schema, k.schema), k.name) for k in table.inherits)
    return replace(table, schema=mapping.get(table.schema, table.schema), foreign_keys=fks,
                   partitioning=_map_partitioning(table.partitioning, mapping), inherits=inherits)


def _map_partitioning(
    partitioning: Partitioning | None, mapping: Mapping[str | None, str | None]
) -> Partitioning | None:
    """Each partition (at every level) and the targets of its own FKs moved to its mapped schema."""
    if partitioning is None:
        return None
    return replace(partitioning, partitions=tuple(
        replace(p, schema=mapping.get(p.schema, p.schema),
                foreign_keys=tuple(
                    replace(fk, referred_table=TableKey(
                        mapping.get(fk.referred_table.schema, fk.referred_table.schema),
                        fk.referred_table.name))
                    for fk in p.foreign_keys),
                partitioning=_map_partitioning(p.partitioning, mapping))
        for p in partitioning.partitions
    ))


# ------------------------------------------------------------------------ renames


def _table_candidates(
    a: Schema, b: Schema, options: DiffOptions, accepted: set[tuple[str, str]],
    rejected: set[tuple[str, str]], ignored: _Matcher,
) -> list[renames.Candidate]:
    in_a, in_b = a.table_map, b.table_map
    # A table that is a partition on the other side is attached or detached, not renamed.
    dropped = [t for t in a.tables if t.key not in in_b and t.key not in b.partition_map
               and not ignored.names(str(t.key))]
    added = [t for t in b.tables if t.key not in in_a and t.key not in a.partition_map
             and not ignored.names(str(t.key))]
    return renames.table_candidates(
        dropped, added, threshold=options.rename_threshold, accepted=accepted, rejected=rejected
    )


def _column_candidates(
    a: Schema, b: Schema, ctx: Context, table_renames: Mapping[TableKey, TableKey],
    options: DiffOptions, accepted: set[tuple[str, str]], rejected: set[tuple[str, str]],
    ignored: _Matcher,
) -> list[renames.Candidate]:
    found: list[renames.Candidate] = []
    in_b = b.table_map
    for table in a.tables:
        other = in_b.get(table_renames.get(table.key, table.key))
        if other is None or (other is table or (other.key == table.key and other == table)):
            continue
        for cand in renames.column_candidates(
            table, other, ctx, threshold=options.rename_threshold, accepted=accepted,
            rejected=rejected,
        ):
            if not (ignored.names(cand.old) or ignored.names(cand.new)):
                found.append(cand)
    return found


def _as_change(cand: renames.Candidate, a: Schema, b: Schema) -> Change:
    """A candidate as the rename :class:`Change` it would be."""
    ta, tb = a.table_map[cand.table_a], b.table_map[cand.table_b]
    status = "accepted" if cand.accepted else "rejected"
    note = f"rename candidate {cand.old} -> {cand.new}: score {cand.score:.2f}, {status}"
    if cand.kind == "table":
        return Change(kind=ChangeKind.TABLE_RENAMED, ref=ObjectRef(ObjectKind.TABLE, tb.key),
                      before=ta, after=tb, score=cand.score, notes=(note,))
    return Change(
        kind=ChangeKind.COLUMN_RENAMED,
        ref=ObjectRef(ObjectKind.COLUMN, tb.key, cand.column_b),
        before=ta.column(cand.column_a),  # type: ignore[arg-type]
        after=tb.column(cand.column_b),  # type: ignore[arg-type]
        score=cand.score,
        notes=(note,),
    )


def _row_estimates(a: Schema, table_renames: Mapping[TableKey, TableKey]) -> dict[TableKey, int]:
    """Row estimates of ``a``'s tables, keyed by their name in ``b``."""
    return {
        table_renames.get(t.key, t.key): t.row_estimate
        for t in a.tables
        if t.row_estimate is not None
    }


# ------------------------------------------------------------------------- ignore


#: The kind names ``ignore`` understands as a bare word, and what each covers: a
#: change-kind prefix, or a predicate on the change (routines split by kind).
#: ``owners`` is accepted and ignores nothing: the snapshot does not record
#: ownership. A table that happens to be called like one of these is ignored
#: with ``table:NAME``.
IGNORE_KINDS: dict[str, tuple[str, ...]] = {
    "tables": ("table_added", "table_dropped", "table_renamed"),
    "definitions": ("table_definition_changed",),
    "columns": ("column_",),
    "primary_keys": ("primary_key_",),
    "foreign_keys": ("foreign_key_",),
    "uniques": ("unique_",),
    "checks": ("check_",),
    "indexes": ("index_", "view_index_"),
    "comments": ("table_comment_changed", "column_comment_changed", "view_comment_changed",
                 "comment_changed"),
    "table_options": ("table_options_changed",),
    "database_options": ("database_options_changed",),
    "views": ("view_",),
    "sequences": ("sequence_",),
    "enums": ("enum_",),
    "domains": ("domain_",),
    "composites": ("composite_",),
    "types": ("composite_",),
    "routines": ("routine_",),
    "functions": ("routine_",),
    "procedures": ("routine_",),
    "triggers": ("trigger_",),
    "extensions": ("extension_",),
    "partitions": ("partition_", "partitioning_"),
    "grants": ("grant_",),
    "policies": ("policy_", "row_security_"),
    "row_security": ("policy_", "row_security_"),
    "exclusions": ("exclusion_",),
    "collations": ("collation_",),
    "schemas": ("schema_",),
    "owners": (),
}

#: For the routine words: which :attr:`Routine.kind` they keep to.
_ROUTINE_KIND = {"functions": "function", "procedures": "procedure"}


def split_patterns(patterns: Iterable[str]) -> tuple[str, ...]:
    """``ignore`` values with comma-separated lists split (``"grants,owners"``).

    A ``table:NAME`` pattern is kept whole, so a table name may hold a comma.
    """
    out: list[str] = []
    for pattern in patterns:
        if pattern.startswith("table:"):
            out.append(pattern)
            continue
        out.extend(p.strip() for p in pattern.split(",") if p.strip())
    return tuple(out)


class _Matcher:
    """``ignore`` patterns against a change's table, object and kind.

    A pattern is ``kind:<change kind>`` (fnmatch on the kind's value), a bare
    word of :data:`IGNORE_KINDS` (every change of that kind of object),
    ``table:<pattern>`` (a table pattern, even when it reads like a kind word),
    or else an fnmatch pattern of ``table`` or ``table.object``.
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        patterns = split_patterns(patterns)
        self.kinds = [p[5:] for p in patterns if p.startswith("kind:")]
        self.words = [p for p in patterns if p in IGNORE_KINDS]  # lower case only
        names = [
            p[6:] if p.startswith("table:") else p
            for p in patterns
            if not p.startswith("kind:") and p not in IGNORE_KINDS
        ]
        self._names = re.compile("|".join(fnmatch.translate(p) for p in names)) if names else None

    def names(self, text: str) -> bool:
        return bool(self._names and self._names.match(text))

    def __call__(self, change: Change) -> bool:
        if self.kinds and any(fnmatch.fnmatchcase(change.kind.value, k) for k in self.kinds):
            return True
        if any(_word_covers(word, change) for word in self.words):
            return True
        if self._names is None:
            return False
        table = str(change.ref.table)
        if self.names(table):
            return True
        return change.ref.name is not None and self.names(f"{table}.{change.ref.name}")


def _word_covers(word: str, change: Change) -> bool:
    if not change.kind.value.startswith(IGNORE_KINDS[word]):
        return False
    routine_kind = _ROUTINE_KIND.get(word)
    if routine_kind is None:
        return True
    routine = change.after if change.after is not None else change.before
    return getattr(routine, "kind", routine_kind) == routine_kind


def _matcher(patterns: Iterable[str]) -> _Matcher:
    return _Matcher(tuple(patterns))
