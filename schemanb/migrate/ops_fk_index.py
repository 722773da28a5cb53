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
such a key is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .. import model
from .ops_tables import _add_fk_step, _drop_fk_step
from .steps import Context, Step

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


__all__ = ["supporting_index_steps"]
