"""The names a database gave constraints the snapshot stores unnamed.

Reflection drops generated constraint names (``orders_pkey``, ``orders_ibfk_1``)
so that they make no false differences. Dropping such a constraint needs its
real name back; each dialect recomputes it the way its database invents it
(:meth:`DialectSupport.constraint_name`):

* PostgreSQL: ``makeObjectName(table, columns, label)`` -- ``<table>_pkey``,
  ``<table>_<cols>_fkey``, ``<table>_<cols>_key``, ``<table>_<col>_check`` (the
  first column the expression names).
* MySQL/MariaDB: ``<table>_ibfk_<n>`` for foreign keys, the first column for
  unique keys, ``CONSTRAINT_<n>`` (or the column) for checks; ``n`` is the
  constraint's position among the table's unnamed ones, which is a best guess.
* SQLite never needs one: constraint changes rebuild the table.
"""

from __future__ import annotations

from .. import model
from ..dialects import support_for


def constraint_name(
    kind: str,
    table: model.Table,
    obj: model.PrimaryKey | model.ForeignKey | model.UniqueConstraint | model.CheckConstraint,
    dialect: str | None,
) -> str | None:
    """The name of ``obj`` (of ``kind``: primary_key, foreign_key, unique, check) in ``dialect``."""
    if obj.name:
        return obj.name
    return support_for(dialect).constraint_name(kind, table, obj)
