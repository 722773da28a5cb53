"""Foreign keys whose supporting index the migration drops (InnoDB).

Where the dialect says ``fk_needs_index`` (MySQL, MariaDB), a foreign key needs
an index whose first columns are its columns, in order, on the referencing table
and on the referenced one; the server refuses to drop the last such index while
the key exists (``ERROR 1553 Cannot drop index ...: needed in a foreign key``,
or errno 150 for a primary key). A key the diff leaves alone may still stand on
an index, primary key or unique key the migration drops (replaced by another
one, renamed, made wider): that key is dropped first (``DROP_FKS``, before the
index goes) and added again (``ADD_FKS``, after the new indexes exist).

A key no declared index supports stands on the index the server made for it
(``fk_creates_index``; the snapshot leaves that one out): no step drops it, so
such a key is left alone. When the migration gives such a key a declared
supporting index, the server drops the index it made, but only if it made it:
in a database restored from a dump the same index was declared (``KEY c_fk (c)``
beside the key, as ``mariadb-dump`` writes it) and stays. So
:func:`implied_index_steps` drops it by name afterwards, ``IF EXISTS`` (MariaDB).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .. import model
from . import ddl
from .ops_tables import _add_fk_step, _drop_fk_step, quoted_name, quoted_table
from .steps import Context, Phase, Step

#: The kinds of step (first item of the key) that drop an index-like thing.
_DROPS = frozenset({"drop_pk", "drop_unique", "drop_index"})


def _keys(table: model.Table, dropped: set[tuple[str, Any]]) -> list[tuple[str, ...]]:
    """The column lists of ``table``'s indexes, primary and unique keys, but those in ``dropped``."""
    out: list[tuple[str, ...]] = []
    if table.primary_key is not None and ("pk", None) not in dropped:
        out.append(table.pk_columns)
    out += [uq.columns for uq in table.unique_constraints if ("unique", uq) not in dropped]
    out += [ix.expressions for ix in table.indexes
            if ("index", ix.name) not in dropped and not any(ix.is_expression)]
    return out


def _supported(columns: tuple[str, ...], keys: Iterable[tuple[str, ...]]) -> bool:
    return any(k[: len(columns)] == columns for k in keys)


def _dropped_keys(ctx: Context, steps: Mapping[tuple[Any, ...], Step]) -> dict[model.TableKey, set[tuple[str, Any]]]:
    """Per table of ``a``: what the steps drop of its keys (``("pk", None)``, ``("unique", uq)``,
    ``("index", name)``)."""
    out: dict[model.TableKey, set[tuple[str, Any]]] = {}
    for key, step in steps.items():
        if not key or key[0] not in _DROPS or step.table is None:
            continue
        if key[0] == "drop_pk":
            item: tuple[str, Any] = ("pk", None)
        elif key[0] == "drop_unique":
            item = ("unique", key[2])
        else:
            item = ("index", key[2])
        out.setdefault(step.table, set()).add(item)
    return out


def _fk_in_b(ctx: Context, key_b: model.TableKey, fk: model.ForeignKey) -> model.ForeignKey | None:
    """The key of ``b`` that ``fk`` (of ``a``) is: same name, or equal."""
    table = ctx.b.table_map.get(key_b)
    if table is None:
        return None
    for other in table.foreign_keys:
        if (fk.name and other.name == fk.name) or other == fk:
            return other
    return None


def supporting_index_steps(ctx: Context, steps: Mapping[tuple[Any, ...], Step]) -> list[Step]:
    """Drop-and-add steps for the kept foreign keys whose last supporting index ``steps`` drop."""
    if not ctx.support.fk_needs_index or ctx.recreates_tables:
        return []
    dropped = _dropped_keys(ctx, steps)
    if not dropped:
        return []
    new_key = {old: new for new, old in ctx.table_renames.items()}
    out: list[Step] = []
    for table in ctx.a.tables:
        key_b = new_key.get(table.key, table.key)
        if key_b not in ctx.b.table_map:
            continue  # dropped with its table
        for fk in table.foreign_keys:
            if fk.is_extra:
                continue
            if ("drop_fk", table.key, fk) in steps:
                continue  # the diff drops (and maybe adds) it anyway
            sides = [(table, fk.columns)]
            referred = ctx.a.table_map.get(fk.referred_table)
            if referred is not None:
                sides.append((referred, fk.referred_columns))
            if not any(_loses_support(t, cols, dropped.get(t.key, set())) for t, cols in sides):
                continue
            after = _fk_in_b(ctx, key_b, fk)
            if after is None:
                continue
            out.append(_drop_fk_step(table, fk, ctx))
            out.append(_add_fk_step(ctx.b.table_map[key_b], after, ctx))
    return out


def _loses_support(table: model.Table, columns: tuple[str, ...], dropped: set[tuple[str, Any]]) -> bool:
    """A declared key of ``table`` supports ``columns`` before, none after the drops."""
    return bool(dropped) and _supported(columns, _keys(table, set())) and not _supported(
        columns, _keys(table, dropped))


def _drops_index_if_exists(ctx: Context) -> bool:
    """Whether the server takes ``DROP INDEX IF EXISTS`` (MariaDB; MySQL 8 has no such form)."""
    versions = (ctx.a.info.server_version, ctx.b.info.server_version)
    return any(ctx.support.drops_index_if_exists(v) for v in versions)


def implied_index_steps(ctx: Context, steps: Mapping[tuple[Any, ...], Step]) -> list[Step]:
    """``DROP INDEX IF EXISTS`` of the index a kept foreign key stood on in ``a`` (one the
    snapshot leaves out as the server's) once ``b`` gives the key a declared supporting
    index: where that index was declared (a restored dump) the server keeps it beside the
    new one; where the server made it, it is gone already and the statement does nothing.
    The way back creates it again before the new index goes."""
    if not (ctx.support.fk_creates_index and _drops_index_if_exists(ctx)) or ctx.recreates_tables:
        return []
    new_key = {old: new for new, old in ctx.table_renames.items()}
    out: list[Step] = []
    for table in ctx.a.tables:
        key_b = new_key.get(table.key, table.key)
        after_table = ctx.b.table_map.get(key_b)
        if after_table is None:
            continue
        declared_a = _keys(table, set())
        for fk in table.foreign_keys:
            if fk.is_extra or ("drop_fk", table.key, fk) in steps or _supported(fk.columns, declared_a):
                continue  # dropped (with the index the server made), or it never had one
            after = _fk_in_b(ctx, key_b, fk)
            implied = fk.name or fk.columns[0]
            if after is None or any(ix.name == implied for ix in after_table.indexes):
                continue
            if not _supported(after.columns, _keys(after_table, set())):
                continue  # still stands on the server's index
            table_sql = quoted_table(ctx, after_table.name, after_table.schema)
            columns = ", ".join(quoted_name(ctx, c) for c in after.columns)
            index_sql = quoted_name(ctx, implied)
            op = ddl.StatementsOp(
                [f"DROP INDEX IF EXISTS {index_sql} ON {table_sql}"],
                [f"CREATE INDEX {index_sql} ON {table_sql} ({columns})"],
                describe=f"dropping the index {implied} that foreign key {implied} stood on",
            )
            step_key = ("drop_implied_index", key_b, implied)
            out.append(Step(op, Phase.ADD_FKS, step_key, key_b))
    return out


__all__ = ["implied_index_steps", "supporting_index_steps"]
