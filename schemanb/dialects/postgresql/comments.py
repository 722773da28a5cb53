"""PostgreSQL: comments on every kind of object that takes one (issue #16).

Tables, columns (of tables, views and materialized views) and views have their
comment read with them. The others — enums, domains, composite types,
functions, procedures and aggregates, sequences, indexes, table constraints
and triggers — are read in bulk (``sql/postgresql/comments.sql``, one query
over ``pg_description``) and set on the objects of the snapshot
(:meth:`PostgreSQLComments.with_comments`). Schemas and policies are not here.

:meth:`PostgreSQLComments.comment_ddl` writes ``COMMENT ON <kind> <name> IS
'text'`` (``IS NULL`` to remove one); objects the dialect creates itself
(:meth:`~schemanb.dialects.base.DialectSupport.object_ddl`: domains, composite
types, routines, sequences, triggers) are created with their comment.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ... import model
from ..base import DialectSupport

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_Key = tuple[Any, ...]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class PostgreSQLComments(DialectSupport):
    """Reading and writing the comments; see the module docstring."""

    def with_comments(
        self,
        connection: Connection,
        schema: model.Schema,
        schemas: Sequence[str],
        to_model: Callable[[str], str | None],
    ) -> model.Schema:
        """``schema`` with the comments of its types, routines, sequences, indexes,
        constraints and triggers (one query)."""
        found: dict[_Key, str] = {}
        for r in self.fetch_rows(connection, "comments", schemas=list(schemas)):
            owner = to_model(r.schema_name)
            if r.kind == "routine":
                found[("routine", owner or "", r.name, " ".join((r.arguments or "").split()))] = (
                    r.description)
            elif r.kind in ("index", "constraint", "trigger"):
                found[(r.kind, owner, r.table_name, r.name)] = r.description
            else:
                found[(r.kind, owner, r.name)] = r.description
        if not found:
            return schema

        def typed(obj: Any) -> Any:
            text = found.get(("type", obj.schema, obj.name))
            return dataclasses.replace(obj, comment=text) if text is not None else obj

        def routine(obj: model.Routine) -> model.Routine:
            text = found.get(("routine", obj.schema or "", obj.name, " ".join(obj.arguments.split())))
            return dataclasses.replace(obj, comment=text) if text is not None else obj

        def on_table(kind: str, table: Any, obj: Any, constraint: str = "") -> Any:
            if obj is None:
                return obj
            # A constraint stored unnamed has the name the server gave it (test_pkey).
            name = obj.name or (self.constraint_name(constraint, table, obj) if constraint else None)
            text = found.get((kind, table.schema, table.name, name)) if name else None
            return dataclasses.replace(obj, comment=text) if text is not None else obj

        def table(t: model.Table) -> model.Table:
            return dataclasses.replace(
                t,
                primary_key=on_table("constraint", t, t.primary_key, "primary_key"),
                foreign_keys=tuple(on_table("constraint", t, x, "foreign_key") for x in t.foreign_keys),
                unique_constraints=tuple(on_table("constraint", t, x, "unique") for x in t.unique_constraints),
                check_constraints=tuple(on_table("constraint", t, x, "check") for x in t.check_constraints),
                indexes=tuple(on_table("index", t, x) for x in t.indexes),
            )

        def sequence(obj: model.Sequence) -> model.Sequence:
            text = found.get(("sequence", obj.schema, obj.name))
            return dataclasses.replace(obj, comment=text) if text is not None else obj

        def trigger(obj: model.Trigger) -> model.Trigger:
            text = found.get(("trigger", obj.schema, obj.table, obj.name))
            return dataclasses.replace(obj, comment=text) if text is not None else obj

        return dataclasses.replace(
            schema,
            tables=tuple(table(t) for t in schema.tables),
            views=tuple(dataclasses.replace(v, indexes=tuple(on_table("index", v, x) for x in v.indexes))
                        for v in schema.views),
            enums=tuple(typed(e) for e in schema.enums),
            domains=tuple(typed(d) for d in schema.domains),
            composite_types=tuple(typed(c) for c in schema.composite_types),
            routines=tuple(routine(r) for r in schema.routines),
            sequences=tuple(sequence(s) for s in schema.sequences),
            triggers=tuple(trigger(t) for t in schema.triggers),
        )

    # ======================================================================= DDL

    def _comment_target(self, obj: Any, table: model.TableKey | None) -> str:
        quote = self.sqlalchemy_dialect().identifier_preparer.quote

        def qualified(key: model.TableKey) -> str:
            name: str = quote(key.name)
            return name if key.schema is None else f"{quote(key.schema)}.{name}"

        if isinstance(obj, (model.Enum, model.CompositeType)):
            return f"TYPE {qualified(obj.key)}"
        if isinstance(obj, model.Domain):
            return f"DOMAIN {qualified(obj.key)}"
        if isinstance(obj, model.Sequence):
            return f"SEQUENCE {qualified(obj.key)}"
        if isinstance(obj, model.Routine):
            # ``FUNCTION f(a integer)``, as the routine's DROP names it (defaults left out).
            return self.object_ddl(obj, create=False)[0].removeprefix("DROP ")
        if isinstance(obj, model.Trigger):
            return f"TRIGGER {quote(obj.name)} ON {qualified(obj.key)}"
        if isinstance(obj, model.Policy):
            return f"POLICY {quote(obj.name)} ON {qualified(obj.key)}"
        if isinstance(obj, model.Namespace):
            return f"SCHEMA {quote(obj.name)}"
        if table is None:
            raise TypeError(f"a comment on {type(obj).__name__} needs its table")
        if isinstance(obj, model.Index):
            return f"INDEX {qualified(model.TableKey(table.schema, obj.name))}"
        if isinstance(obj, model.Column):
            return f"COLUMN {qualified(table)}.{quote(obj.name)}"
        return f"CONSTRAINT {quote(obj.name)} ON {qualified(table)}"

    def comment_ddl(
        self, obj: Any, comment: str | None, table: model.TableKey | None = None
    ) -> list[str]:
        text = "NULL" if comment is None else _literal(comment)
        return [f"COMMENT ON {self._comment_target(obj, table)} IS {text}"]
