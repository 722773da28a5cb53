"""PostgreSQL: row-level security, exclusion constraints, collations, materialized-view indexes (issue #16).

The reflection (one bulk catalog query per kind, from ``sql/postgresql/*.sql``)
and the DDL of four kinds of object the tables' own reflection does not see:

* **Row-level security**: the tables with ``ENABLE`` / ``FORCE ROW LEVEL
  SECURITY`` (:class:`~schemanb.model.RowSecurity`, listed only where one is
  set) and every policy (:class:`~schemanb.model.Policy`: permissive or
  restrictive, command, roles, ``USING`` / ``WITH CHECK`` as ``pg_get_expr``
  deparses them, comment). A changed policy is altered in place (``ALTER
  POLICY``: roles, expressions) where PostgreSQL can; a new command, a switch
  between permissive and restrictive or an expression removed re-creates it.
* **Exclusion constraints** (``contype 'x'``): the server's text from
  ``pg_get_constraintdef`` (``EXCLUDE USING gist (room WITH =, during WITH &&)
  DEFERRABLE``), written back as it is, added with ``ALTER TABLE ... ADD
  CONSTRAINT``; a change drops and adds it again. The index behind one is not
  listed as an index.
* **Collations** created as objects (``CREATE COLLATION``): provider, locale
  (or ``LC_COLLATE``/``LC_CTYPE`` apart), deterministic, ICU rules; created
  before the tables whose columns use them and dropped after.
* **Indexes on materialized views**: read like table indexes, kept in
  :attr:`~schemanb.model.View.indexes`, created after their view (again when it
  is re-created).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ... import model
from ..base import DialectSupport
from ..ddl import plain_setting

#: A materialized view's index it is clustered on carries this option (``ALTER
#: MATERIALIZED VIEW ... CLUSTER ON``, as pg_dump writes it).
CLUSTERED = "postgresql_clustered"
#: A table's or an index's storage parameter (``postgresql_with.fillfactor``).
WITH_PREFIX = "postgresql_with."
#: An index key part's operator class (``postgresql_ops.2``: the second part's).
OPS_PREFIX = "postgresql_ops."

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

#: ``pg_policy.polcmd`` -> the command of ``CREATE POLICY ... FOR``.
_POLICY_COMMANDS = {"*": "ALL", "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}
#: ``pg_collation.collprovider`` -> ``CREATE COLLATION (provider = ...)``.
_PROVIDERS = {"i": "icu", "c": "libc", "b": "builtin", "d": "default"}


class PostgreSQLSecurity(DialectSupport):
    """Policies, row-level security, exclusion constraints, collations and
    materialized-view indexes on postgresql."""

    # ================================================================ reflection

    def fetch_security(
        self,
        connection: Connection,
        schema: model.Schema,
        names: list[str],
        to_model: Callable[[str], str | None],
    ) -> dict[str, Any]:
        """The :class:`~schemanb.model.Schema` fields this module reads, one query each."""
        policies = [
            model.Policy(
                schema=to_model(r.schema_name),
                table=r.table_name,
                name=r.name,
                permissive=bool(r.permissive),
                command=_POLICY_COMMANDS.get(r.command, "ALL"),
                roles=tuple(r.roles) or ("PUBLIC",),
                using=r.using_expr,
                with_check=r.check_expr,
                comment=r.comment,
            )
            for r in self.fetch_rows(connection, "policies", schemas=names)
        ]
        security = [
            model.RowSecurity(schema=to_model(r.schema_name), table=r.table_name,
                              enabled=bool(r.enabled), forced=bool(r.forced))
            for r in self.fetch_rows(connection, "row_security", schemas=names)
        ]
        exclusions = [
            model.ExclusionConstraint(schema=to_model(r.schema_name), table=r.table_name,
                                      name=r.name, definition=r.definition)
            for r in self.fetch_rows(connection, "exclusion_constraints", schemas=names)
        ]
        collations = []
        for r in self.fetch_rows(connection, "collations", schemas=names):
            provider = _PROVIDERS.get(r.provider, "libc")
            locale, lc_collate, lc_ctype = r.locale, r.lc_collate, r.lc_ctype
            if provider == "libc" and lc_collate == lc_ctype:
                locale, lc_collate, lc_ctype = lc_collate, None, None
            collations.append(model.Collation(
                schema=to_model(r.schema_name), name=r.name, provider=provider,
                locale=locale, lc_collate=lc_collate, lc_ctype=lc_ctype,
                deterministic=bool(r.deterministic), rules=r.rules or None,
            ))
        return {
            "policies": model.sorted_by_name(policies),
            "row_security": model.sorted_by_name(security),
            "exclusion_constraints": model.sorted_by_name(exclusions),
            "collations": model.sorted_by_name(collations),
            "views": self._with_view_indexes(connection, schema.views, names, to_model),
        }

    def _with_view_indexes(
        self,
        connection: Connection,
        views: tuple[model.View, ...],
        names: list[str],
        to_model: Callable[[str], str | None],
    ) -> tuple[model.View, ...]:
        """``views`` with the indexes of the materialized ones (one query)."""
        if not any(v.materialized for v in views):
            return views
        rows = self.fetch_rows(connection, "indexes", schemas=names, relkinds=["m"])
        found: dict[model.TableKey, list[model.Index]] = {}
        for r in rows:
            key = model.TableKey(to_model(r.schema_name), r.table_name)
            found.setdefault(key, []).append(self._view_index(r))
        return tuple(
            dataclasses.replace(v, indexes=model.sorted_by_name(found.get(v.key, ())))
            if v.materialized and found.get(v.key) else v
            for v in views
        )

    def _view_index(self, r: Any) -> model.Index:
        """A :class:`~schemanb.model.Index` from a row of ``indexes.sql``, as a table's is built."""
        keys = list(r.column_names[: r.key_count])
        parts = list(r.parts[: r.key_count])
        flags = tuple(k is None for k in keys)
        descending = tuple(bool(d) for d in r.descending)
        method = str(r.method).lower()
        return model.Index(
            name=r.name,
            expressions=tuple(
                (self.normalize_expression(p) or p) if k is None else k for k, p in zip(keys, parts)
            ),
            is_expression=flags,
            unique=bool(r.is_unique),
            where=self.normalize_expression(r.predicate),
            method=None if method == "btree" else method,
            include=tuple(r.column_names[r.key_count:]),
            descending=descending if any(descending) else (),
            dialect_options=self._view_index_options(r),
        )

    @staticmethod
    def _view_index_options(r: Any) -> tuple[tuple[str, str], ...]:
        """The operator classes (``postgresql_ops.N``), storage parameters and whether
        the view is clustered on it (``ALTER MATERIALIZED VIEW ... CLUSTER ON``, as
        ``pg_dump`` writes), in the order a table's index has them."""
        options = [(f"{OPS_PREFIX}{i}", ops) for i, ops in enumerate(r.opclasses, 1) if ops]
        options += [(f"{WITH_PREFIX}{k}", v) for k, v in (o.split("=", 1) for o in r.storage or ())]
        if r.is_clustered:
            options.append((CLUSTERED, "true"))
        return tuple(sorted(options))

    # ======================================================================= DDL

    def _ident(self, name: str) -> str:
        return str(self.sqlalchemy_dialect().identifier_preparer.quote(name))

    def _ident_qualified(self, key: model.TableKey) -> str:
        name = self._ident(key.name)
        return name if key.schema is None else f"{self._ident(key.schema)}.{name}"

    def object_ddl(self, obj: Any, *, create: bool) -> list[str]:
        if isinstance(obj, model.Policy):
            return self._policy_ddl(obj, create=create)
        if isinstance(obj, model.RowSecurity):
            off = model.RowSecurity(schema=obj.schema, table=obj.table)
            return self._row_security_ddl(off, obj) if create else self._row_security_ddl(obj, off)
        if isinstance(obj, model.ExclusionConstraint):
            table = self._ident_qualified(obj.key)
            if create:
                return [f"ALTER TABLE {table} ADD CONSTRAINT {self._ident(obj.name)} {obj.definition}"]
            return [f"ALTER TABLE {table} DROP CONSTRAINT {self._ident(obj.name)}"]
        if isinstance(obj, model.Collation):
            name = self._ident_qualified(obj.key)
            return [self._create_collation(obj) if create else f"DROP COLLATION {name}"]
        return super().object_ddl(obj, create=create)

    def object_change_ddl(self, before: Any, after: Any) -> list[str] | None:
        if isinstance(before, model.Policy) and isinstance(after, model.Policy):
            return self._policy_change(before, after)
        if isinstance(before, model.RowSecurity) and isinstance(after, model.RowSecurity):
            return self._row_security_ddl(before, after)
        return super().object_change_ddl(before, after)

    def index_part_suffix(self, index: model.Index, position: int) -> str:
        """The operator class of key part ``position`` (from 1) where it is not the
        type's default (``text_pattern_ops``, ``public.gin_trgm_ops``), quoted.

        >>> from schemanb.model import Index
        >>> PostgreSQLSecurity().index_part_suffix(Index(name="i", expressions=("a", "b"), dialect_options=(("postgresql_ops.2", "public.gin_trgm_ops"),)), 2)
        ' public.gin_trgm_ops'
        """
        opclass = dict(index.dialect_options).get(f"{OPS_PREFIX}{position}")
        if not opclass:
            return ""
        quote = self.sqlalchemy_dialect().identifier_preparer.quote
        return " " + ".".join(quote(part) for part in opclass.split("."))

    def index_settings(self, index: model.Index) -> list[str]:
        """The operator classes (``text_pattern_ops``, after the part they sort), the
        storage parameters as ``WITH (...)``, ``CLUSTER`` for the index a
        materialized view is clustered on (``ALTER MATERIALIZED VIEW ... CLUSTER
        ON`` it), the other options as ``NAME=value``.

        >>> from schemanb.model import Index
        >>> PostgreSQLSecurity().index_settings(Index(name="i", expressions=("a",), dialect_options=(("postgresql_ops.1", "text_pattern_ops"), ("postgresql_with.fillfactor", "70"))))
        ['a text_pattern_ops', 'WITH (fillfactor=70)']
        """
        out = [f"{part}{self.index_part_suffix(index, position)}"
               for position, part in enumerate(index.expressions, 1) if self.index_part_suffix(index, position)]
        storage = [f"{k[len(WITH_PREFIX):]}={v}" for k, v in index.dialect_options if k.startswith(WITH_PREFIX)]
        if storage:
            out.append(f"WITH ({', '.join(storage)})")
        return out + [
            "CLUSTER" if (k, v) == (CLUSTERED, "true") else plain_setting(k, v)
            for k, v in index.dialect_options if not k.startswith((WITH_PREFIX, OPS_PREFIX))
        ]

    def view_index_ddl(self, view: model.View, index: model.Index, *, create: bool) -> list[str]:
        """``CREATE INDEX ... ON`` a materialized view (its parts as the server printed them)."""
        name = self._ident(index.name)
        if not create:
            return [f"DROP INDEX {self._ident_qualified(model.TableKey(view.schema, index.name))}"]
        flags = index.is_expression or (False,) * len(index.expressions)
        down = index.descending or (False,) * len(index.expressions)
        parts = [
            (f"({part})" if is_expr else self._ident(part)) + self.index_part_suffix(index, position)
            + (" DESC" if desc else "")
            for position, (part, is_expr, desc) in enumerate(zip(index.expressions, flags, down), 1)
        ]
        text = f"CREATE {'UNIQUE ' if index.unique else ''}INDEX {name} ON {self._ident_qualified(view.key)}"
        if index.method:
            text += f" USING {self._ident(index.method)}"
        text += f" ({', '.join(parts)})"
        if index.include:
            text += f" INCLUDE ({', '.join(self._ident(c) for c in index.include)})"
        storage = self.index_kwargs(index).get("postgresql_with")
        if storage:
            text += " WITH (" + ", ".join(f"{k} = {v}" for k, v in storage.items()) + ")"
        if index.where:
            text += f" WHERE ({index.where})"
        if (CLUSTERED, "true") in index.dialect_options:
            return [text, f"ALTER MATERIALIZED VIEW {self._ident_qualified(view.key)} CLUSTER ON {name}"]
        return [text]

    # ------------------------------------------------------------------ policies

    def _roles(self, roles: Sequence[str]) -> str:
        return ", ".join("PUBLIC" if r == "PUBLIC" else self._ident(r) for r in roles or ("PUBLIC",))

    def _policy_ddl(self, policy: model.Policy, *, create: bool) -> list[str]:
        target = f"{self._ident(policy.name)} ON {self._ident_qualified(policy.key)}"
        if not create:
            return [f"DROP POLICY {target}"]
        text = f"CREATE POLICY {target}"
        if not policy.permissive:
            text += " AS RESTRICTIVE"
        if policy.command != "ALL":
            text += f" FOR {policy.command}"
        if tuple(policy.roles) != ("PUBLIC",):
            text += f" TO {self._roles(policy.roles)}"
        if policy.using is not None:
            text += f" USING ({policy.using})"
        if policy.with_check is not None:
            text += f" WITH CHECK ({policy.with_check})"
        return [text]  # the comment: object_ddl adds it, as to every object

    def _policy_change(self, before: model.Policy, after: model.Policy) -> list[str] | None:
        """``ALTER POLICY`` for new roles or expressions; ``None`` (re-create) for a
        new command, permissive/restrictive, or an expression that goes away."""
        if (before.key, before.name, before.permissive, before.command) != (
                after.key, after.name, after.permissive, after.command):
            return None
        if (before.using is not None and after.using is None) or (
                before.with_check is not None and after.with_check is None):
            return None
        target = f"{self._ident(after.name)} ON {self._ident_qualified(after.key)}"
        clauses = []
        if before.roles != after.roles:
            clauses.append(f"TO {self._roles(after.roles)}")
        if before.using != after.using and after.using is not None:
            clauses.append(f"USING ({after.using})")
        if before.with_check != after.with_check and after.with_check is not None:
            clauses.append(f"WITH CHECK ({after.with_check})")
        return [f"ALTER POLICY {target} {' '.join(clauses)}"] if clauses else []

    def _row_security_ddl(self, before: model.RowSecurity, after: model.RowSecurity) -> list[str]:
        table = self._ident_qualified(after.key)
        out = []
        if before.enabled != after.enabled:
            out.append(f"ALTER TABLE {table} {'ENABLE' if after.enabled else 'DISABLE'} ROW LEVEL SECURITY")
        if before.forced != after.forced:
            out.append(f"ALTER TABLE {table} {'FORCE' if after.forced else 'NO FORCE'} ROW LEVEL SECURITY")
        return out

    # ---------------------------------------------------------------- collations

    def _create_collation(self, collation: model.Collation) -> str:
        options = [f"provider = {collation.provider}"]
        if collation.locale is not None:
            options.append(f"locale = {_sql_literal(collation.locale)}")
        if collation.lc_collate is not None:
            options.append(f"lc_collate = {_sql_literal(collation.lc_collate)}")
        if collation.lc_ctype is not None:
            options.append(f"lc_ctype = {_sql_literal(collation.lc_ctype)}")
        if not collation.deterministic:
            options.append("deterministic = false")
        if collation.rules is not None:
            options.append(f"rules = {_sql_literal(collation.rules)}")
        return f"CREATE COLLATION {self._ident_qualified(collation.key)} ({', '.join(options)})"


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
