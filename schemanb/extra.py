"""The extra-metadata file: comments, relations and table groups the database lacks.

A TOML file (as tbls' and SchemaSpy's "meta" files) documents a schema without
touching the database::

    [tables.orders]                    # "schema.table" for another schema
    comment = "One row per checkout"
    [tables.orders.columns]
    status = "new, paid, shipped or cancelled"

    [[relations]]                      # a foreign key the database does not declare
    table = "orders"
    columns = ["customer_ref"]
    referred_table = "customers"
    referred_columns = ["id"]          # default: the referred table's primary key

    [[groups]]                         # sections of the site, clusters of diagrams
    name = "Sales"
    tables = ["orders", "order_items"]
    comment = "Everything about selling"

:func:`apply_extra` returns a new snapshot with the comments and relations
merged in (relations become foreign keys named ``extra:<table>_<columns>``, so
every renderer shows them). Unknown tables or columns raise
:class:`ExtraMetadataError` naming the entry.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import ExtraMetadataError
from .model import EXTRA_FK_PREFIX as EXTRA_FK_PREFIX  # where it was; diff/ reads the model's
from .model import ForeignKey, Schema, Table, TableKey


@dataclass(frozen=True)
class TableGroup:
    """A named group of tables."""

    name: str
    tables: tuple[TableKey, ...]
    comment: str | None = None


@dataclass(frozen=True)
class Relation:
    """A relation the database does not declare; empty ``referred_columns`` = the PK."""

    table: TableKey
    columns: tuple[str, ...]
    referred_table: TableKey
    referred_columns: tuple[str, ...] = ()

    @property
    def fk_name(self) -> str:
        return f"{EXTRA_FK_PREFIX}{self.table.name}_{'_'.join(self.columns)}"


@dataclass(frozen=True)
class ExtraMetadata:
    """What the file adds: comments, relations (as foreign keys) and groups."""

    table_comments: tuple[tuple[TableKey, str], ...] = ()
    column_comments: tuple[tuple[TableKey, str, str], ...] = ()
    relations: tuple[Relation, ...] = ()
    groups: tuple[TableGroup, ...] = ()


def read_toml(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Parse a TOML file (``tomllib``, or ``tomli`` before Python 3.11)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        with open(path, "rb") as fh:
            data: dict[str, Any] = tomllib.load(fh)
            return data
    except FileNotFoundError:
        raise ExtraMetadataError(f"{path}: no such file — check the path") from None
    except tomllib.TOMLDecodeError as err:
        raise ExtraMetadataError(f"{path}: not valid TOML: {err}") from None


def parse_key(text: str) -> TableKey:
    """``"schema.table"`` or ``"table"`` as a key (the last dot separates)."""
    schema, dot, name = text.rpartition(".")
    return TableKey(schema if dot else None, name)


def load_extra(path: str | os.PathLike[str]) -> ExtraMetadata:
    """Read and check the structure of an extra-metadata file."""
    return parse_extra(read_toml(path), origin=os.fspath(path))


def _expect(value: Any, kind: type, where: str) -> Any:
    if not isinstance(value, kind):
        raise ExtraMetadataError(f"{where}: expected a {kind.__name__}, got {value!r}")
    return value


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    items = _expect(value, list, where)
    return tuple(_expect(v, str, where) for v in items)


def parse_extra(data: Mapping[str, Any], *, origin: str = "metadata") -> ExtraMetadata:
    """Build :class:`ExtraMetadata` from parsed TOML."""
    unknown = sorted(set(data) - {"tables", "relations", "groups", "lint"})
    if unknown:
        raise ExtraMetadataError(
            f"{origin}: unknown section(s) {', '.join(unknown)} — use tables, relations, groups"
        )
    table_comments, column_comments = [], []
    for name, entry in _expect(data.get("tables", {}), dict, f"{origin}: tables").items():
        where = f"{origin}: tables.{name}"
        key = parse_key(name)
        _expect(entry, dict, where)
        if "comment" in entry:
            table_comments.append((key, _expect(entry["comment"], str, f"{where}.comment")))
        for column, text in _expect(entry.get("columns", {}), dict, f"{where}.columns").items():
            column_comments.append((key, column, _expect(text, str, f"{where}.columns.{column}")))
    relations = []
    for i, rel in enumerate(_expect(data.get("relations", []), list, f"{origin}: relations")):
        where = f"{origin}: relations[{i}]"
        _expect(rel, dict, where)
        try:
            key = parse_key(_expect(rel["table"], str, f"{where}.table"))
            cols = _str_list(rel["columns"], f"{where}.columns")
            referred = parse_key(_expect(rel["referred_table"], str, f"{where}.referred_table"))
        except KeyError as err:
            raise ExtraMetadataError(f"{where}: missing {err.args[0]!r}") from None
        rcols = _str_list(rel.get("referred_columns", []), f"{where}.referred_columns")
        relations.append(Relation(key, cols, referred, rcols))
    groups = []
    for i, grp in enumerate(_expect(data.get("groups", []), list, f"{origin}: groups")):
        where = f"{origin}: groups[{i}]"
        _expect(grp, dict, where)
        name = _expect(grp.get("name"), str, f"{where}.name")
        tables = tuple(parse_key(t) for t in _str_list(grp.get("tables", []), f"{where}.tables"))
        comment = grp.get("comment")
        groups.append(TableGroup(name, tables, comment if isinstance(comment, str) else None))
    return ExtraMetadata(
        tuple(table_comments),
        tuple(column_comments),
        tuple(relations),
        tuple(groups),
    )


def _table(schema: Schema, key: TableKey, where: str) -> Table:
    table = schema.table_map.get(key)
    if table is None:
        raise ExtraMetadataError(f"{where}: no table {key} in the snapshot — check the name")
    return table


def apply_extra(schema: Schema, extra: ExtraMetadata, *, strict: bool = True) -> Schema:
    """A new snapshot with the file's comments and relations merged in.

    A relation that repeats a foreign key the table declares (same columns, target
    and referred columns) is left out, so it is shown once. ``strict=False`` skips
    the entries whose table or column the snapshot lacks instead of raising: that is
    how a baseline gets the same metadata as the snapshot it is compared with, so
    that the metadata never shows as a change.
    """
    tables = dict(schema.table_map)

    def lookup(key: TableKey, where: str) -> Table | None:
        if not strict and key not in tables:
            return None
        return tables.get(key) or _table(schema, key, where)

    for key, text in extra.table_comments:
        if (table := lookup(key, "tables")) is not None:
            tables[key] = dataclasses.replace(table, comment=text)
    for key, column, text in extra.column_comments:
        if (table := lookup(key, "tables")) is None:
            continue
        if column not in table.column_map:
            if not strict:
                continue
            raise ExtraMetadataError(f"tables.{key}.columns: no column {column!r} in {key}")
        columns = tuple(
            dataclasses.replace(c, comment=text) if c.name == column else c for c in table.columns
        )
        tables[key] = dataclasses.replace(table, columns=columns)
    for rel in extra.relations:
        key, cols, referred = rel.table, rel.columns, rel.referred_table
        table = lookup(key, "relations")
        parent = lookup(referred, f"relations of {key}")
        if table is None or parent is None:
            continue
        rcols = rel.referred_columns or parent.pk_columns
        missing = [c for c in cols if c not in table.column_map]
        missing += [c for c in rcols if c not in parent.column_map]
        if missing or len(rcols) != len(cols):
            if not strict:
                continue
            raise ExtraMetadataError(
                f"relation {key}({', '.join(cols)}) → {referred}: columns "
                f"{missing or 'count'} do not match — name existing columns, as many on each side"
            )
        if any(_same_target(fk, cols, referred, rcols) for fk in table.foreign_keys):
            continue  # the database declares it already
        fk = ForeignKey(name=rel.fk_name, columns=cols, referred_table=referred, referred_columns=rcols)
        tables[key] = dataclasses.replace(table, foreign_keys=(*table.foreign_keys, fk))
    if strict:
        for group in extra.groups:
            for key in group.tables:
                _table(schema, key, f"groups.{group.name}")
    return dataclasses.replace(schema, tables=tuple(tables[t.key] for t in schema.tables))


def _same_target(fk: ForeignKey, cols: tuple[str, ...], referred: TableKey,
                 rcols: tuple[str, ...]) -> bool:
    """Whether ``fk`` joins ``cols`` to ``referred(rcols)``."""
    return (fk.referred_table, fk.columns, fk.referred_columns) == (referred, cols, rcols)


def is_extra_relation(fk: ForeignKey) -> bool:
    """Whether ``fk`` was declared by the metadata file, not the database."""
    return fk.is_extra
