"""SchemaDiff -> ordered Alembic operations -> offline SQL or an Alembic revision file.

The pipeline, one module per step:

* :mod:`.types` -- a snapshot column's type text -> a SQLAlchemy type (proven
  by compiling back; verbatim fallback);
* :mod:`.objects` -- snapshot tables, keys and indexes -> SQLAlchemy objects;
* :mod:`.ops` -- the op-builder table: each ``ChangeKind`` -> Alembic operations
  that carry what they drop (:mod:`.ddl` adds the operations Alembic lacks,
  :mod:`.names` the names databases give unnamed constraints);
* :mod:`.order` -- dependency order (phases, FK order, FK cycles);
* :mod:`.sql` -- offline SQL through Alembic's ``as_sql`` mode, upgrade or
  downgrade, statement by statement;
* :mod:`.revision` -- an Alembic revision file, and writing it after the head.

Alembic is imported only inside these modules, never by ``import schemanb``.
"""

from __future__ import annotations

__all__ = ["render_revision", "render_sql", "render_statements", "write_revision"]


def __getattr__(name: str) -> object:
    if name in ("render_sql", "render_statements"):
        from . import sql

        return getattr(sql, name)
    if name in ("render_revision", "write_revision"):
        from . import revision

        return getattr(revision, name)
    raise AttributeError(name)
