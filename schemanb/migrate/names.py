"""The names a database gave constraints the snapshot stores unnamed.

Reflection drops generated constraint names (``orders_pkey``, ``orders_ibfk_1``)
so that they make no false differences. Dropping such a constraint needs its
real name back; this module recomputes it the way each database invents it:

* PostgreSQL: ``makeObjectName(table, columns, label)`` -- ``<table>_pkey``,
  ``<table>_<cols>_fkey``, ``<table>_<cols>_key``, ``<table>_<col>_check`` (the
  first column the expression names).
* MySQL/MariaDB: ``<table>_ibfk_<n>`` for foreign keys, the first column for
  unique keys, ``CONSTRAINT_<n>`` (or the column) for checks; ``n`` is the
  constraint's position among the table's unnamed ones, which is a best guess.
* SQLite never needs one: constraint changes rebuild the table.
"""

from __future__ import annotations

import re

from .. import model
from ..dialects.postgresql import make_object_name

_RE_WORD = re.compile(r'"((?:[^"]|"")+)"|`((?:[^`]|``)+)`|([A-Za-z_][A-Za-z0-9_$]*)')


def constraint_name(
    kind: str,
    table: model.Table,
    obj: model.PrimaryKey | model.ForeignKey | model.UniqueConstraint | model.CheckConstraint,
    dialect: str | None,
) -> str | None:
    """The name of ``obj`` (of ``kind``: primary_key, foreign_key, unique, check) in ``dialect``."""
    if obj.name:
        return obj.name
    if dialect == "postgresql":
        return _postgresql_name(kind, table, obj)
    if dialect == "mysql":
        return _mysql_name(kind, table, obj)
    return None


def _postgresql_name(kind: str, table: model.Table, obj: object) -> str:
    if kind == "primary_key":
        return make_object_name(table.name, "", "pkey")
    if kind == "check":
        assert isinstance(obj, model.CheckConstraint)
        first = _first_column(obj.expression, table)
        return make_object_name(table.name, first or "", "check")
    columns = getattr(obj, "columns", ())
    label = "fkey" if kind == "foreign_key" else "key"
    return make_object_name(table.name, "_".join(columns), label)


def _mysql_name(kind: str, table: model.Table, obj: object) -> str:
    if kind == "primary_key":
        return "PRIMARY"
    if kind == "foreign_key":
        unnamed = [fk for fk in table.foreign_keys if fk.name is None]
        return f"{table.name}_ibfk_{unnamed.index(obj) + 1 if obj in unnamed else 1}"
    if kind == "unique":
        return str(getattr(obj, "columns", ("",))[0])
    unnamed_checks = [ck for ck in table.check_constraints if ck.name is None]
    position = unnamed_checks.index(obj) + 1 if obj in unnamed_checks else 1
    return f"CONSTRAINT_{position}"


def _first_column(expression: str, table: model.Table) -> str | None:
    """The first column of ``table`` that ``expression`` mentions (quoted or bare)."""
    names = set(table.column_map)
    for match in _RE_WORD.finditer(expression):
        word = match.group(1) or match.group(2) or match.group(3)
        if word is not None and match.group(1):
            word = word.replace('""', '"')
        if word in names:
            return word
    return None
