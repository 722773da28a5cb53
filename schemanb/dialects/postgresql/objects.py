"""PostgreSQL: triggers, rules, routines, domains, composite types, extensions, partitions, view dependencies and grants (issue #10).

The reflection (:meth:`fetch_objects`, one bulk catalog query per kind of
object, from ``sql/postgresql/*.sql``, all sent at once beforehand by
:meth:`~PostgreSQLObjects.read_ahead`, which leaves out the kinds the schemas
lack) and the DDL (:meth:`object_ddl`,
:meth:`object_change_ddl`, :meth:`partition_ddl`) of the objects beyond tables.
The dialect's support class inherits this one.

What the snapshot holds, and the choices made:

* **View dependencies** come from the rewrite rules in ``pg_depend``: the
  relations a view reads (never itself) and the columns, where recorded.
* **Triggers**: ``events`` are SQL text (``UPDATE OF qty, "Unit Price"``: column
  names quoted where needed); ``definition`` is ``EXECUTE FUNCTION f('arg')``
  with the function qualified by its *model* schema (unqualified in the default
  schema), so snapshots of databases with different schema names agree. The
  clones PostgreSQL puts on partitions are left out; transition tables
  (``REFERENCING``) and constraint-trigger options are not recorded.
* **Routines**: the body (``prosrc``) verbatim, to the byte; a SQL-standard body (``RETURN ...`` / ``BEGIN
  ATOMIC``) is stored as PostgreSQL prints it with the option ``("sql_body",
  "true")``. Procedures have no ``returns`` and no ``volatility``. Options, sorted,
  only where not the default: ``parallel``, ``security``, ``strict``, ``sql_body``.
  Aggregates (``pg_aggregate``) are routines of kind ``aggregate`` whose
  ``definition`` is the option list of ``CREATE AGGREGATE`` (see
  :meth:`PostgreSQLObjects.fetch_aggregates`); they are created after their
  support functions, as any routine after the routines its text names.
* **Domains and composite types**: types spelt as columns are (``VARCHAR(20)``,
  ``NUMERIC(10, 2)``); domain CHECKs by name, their expressions normalised as
  table CHECKs are.
* **Extensions** are database-wide (all of them but plpgsql, whatever schemas are
  inspected); ``schema`` is ``None`` for the default schema.
* **Partitioning**: ``key`` is what is inside ``PARTITION BY RANGE (...)``
  (``created_at``, ``lower(region)``, ``a, b``); the partitions are folded into
  their parent and removed from ``Schema.tables``. A partition keeps what it
  owns: its keys, FKs, CHECKs and indexes that are not clones of its parent's
  (``pg_constraint.conparentid``, a CHECK that is not local, an index attached
  to a partitioned index), and, when it is itself partitioned
  (sub-partitioning), its own ``Partitioning`` with its partitions, at every level.
* **Schemas** (``Schema.namespaces``): those read besides the default one, with
  their comments; owners left out (as ``pg_dump --no-owner``). Schemas an
  extension created are no user schemas (:meth:`user_schemas`, as pg_dump).
* **CLUSTER ON**: the index a table is clustered on is the table option
  ``postgresql_cluster_on`` (set after the table's indexes exist).
* **Grants** (only with ``grants=True``): explicit privileges on tables, views,
  sequences, routines and the schemas above (``USAGE``, ``CREATE``); the owner's, and PUBLIC's default EXECUTE on routines,
  are left out. A routine grant's ``object_name`` carries the identity
  arguments (``add(integer, integer)``), as ``GRANT ... ON ROUTINE`` needs them.

Older servers lack ``prosqlbody`` (before 14) and ``tgparentid`` (before 13);
those two queries have variants (``routines_pg13``, ``triggers_pg12``), picked by
the server's version.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ... import model
from ...errors import MigrationError
from ..tokens import POSTGRESQL, is_wrapped, last_group, outside_quotes, split_top_level
from .comments import PostgreSQLComments
from .pipeline import PostgreSQLPipeline
from .security import PostgreSQLSecurity

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

#: :attr:`~schemanb.model.Table.dialect_options` key of the index a table is
#: clustered on (``ALTER TABLE ... CLUSTER ON``).
CLUSTER_ON = "postgresql_cluster_on"
#: The schema initdb creates: pg_dump writes its comment only when it is not
#: initdb's (:attr:`PostgreSQLObjects.default_schema_initial_comment`).
PUBLIC_SCHEMA = "public"

# tgtype bits (src/include/catalog/pg_trigger.h).
_TRIGGER_ROW = 1
_TRIGGER_BEFORE = 2
_TRIGGER_INSERT = 4
_TRIGGER_DELETE = 8
_TRIGGER_UPDATE = 16
_TRIGGER_TRUNCATE = 32
_TRIGGER_INSTEAD = 64

_VOLATILITY = {"i": "IMMUTABLE", "s": "STABLE", "v": "VOLATILE"}
_PARALLEL = {"s": "SAFE", "r": "RESTRICTED"}
#: A routine's setting (``SET search_path = ...``) among its options: ``set.search_path``.
SET_PREFIX = "set."
#: The settings whose value is a list, each element quoted (GUC_LIST_QUOTE, as pg_dump knows them).
_LIST_SETTINGS = frozenset({"search_path", "temp_tablespaces", "session_preload_libraries",
                            "shared_preload_libraries", "local_preload_libraries"})
_RE_SETTING = re.compile(r"[A-Za-z_][A-Za-z0-9_.$]*")
_NUMBER = re.compile(r"[0-9]+(\.[0-9]+)?")


def _planner_options(r: Any) -> list[tuple[str, str]]:
    """LEAKPROOF, COST and ROWS where not at their default (COST 1 for C and internal
    routines, 100 for the others; ROWS 1000 for a set-returning function), and each
    SET clause (``proconfig``), as a routine's options."""
    options = [("leakproof", "true")] if r.leakproof else []
    default_cost = 1 if r.language in ("c", "internal") else 100
    if r.cost is not None and float(r.cost) != default_cost:
        options.append(("cost", f"{float(r.cost):g}"))
    if r.returns_set and r.result_rows is not None and float(r.result_rows) not in (0, 1000):
        options.append(("rows", f"{float(r.result_rows):g}"))
    for setting in r.config or ():
        name, _, value = setting.partition("=")
        options.append((SET_PREFIX + name, value))
    return options
#: Catalog queries that read columns newer servers added: the first version with
#: them, and the query for older servers.
_OLDER_SERVER_QUERIES = {
    "routines": ((14,), "routines_pg13"),  # prosqlbody
    "triggers": ((13,), "triggers_pg12"),  # tgparentid
}

# format_type's spellings that SQLAlchemy compiles differently for columns.
_RE_CHARACTER_VARYING = re.compile(r"^character varying\b", re.I)
_RE_CHARACTER = re.compile(r"^character\b", re.I)
_RE_TYPE_ARGS = re.compile(r"\((\d+),(\d+)\)")


class PostgreSQLObjects(PostgreSQLComments, PostgreSQLSecurity, PostgreSQLPipeline):
    """Objects beyond tables on postgresql; see :class:`~schemanb.dialects.base.DialectSupport`."""

    supports_triggers = True
    supports_routines = True
    supports_domains = True
    supports_composite_types = True
    default_schema_initial_comment = "standard public schema"
    supports_extensions = True
    supports_partitions = True
    supports_grants = True

    #: The largest value of each sequence type: a sequence's default maximum.
    _SEQUENCE_MAX = {"smallint": 32767, "integer": 2147483647, "bigint": 9223372036854775807}

    # ================================================================ reflection

    def fetch_extras(
        self, connection: Connection, schema: model.Schema, catalog_schemas: Mapping[str | None, str]
    ) -> model.Schema:
        """Reads ahead what this and :meth:`fetch_objects` will ask (:meth:`read_ahead`) first."""
        self.read_ahead(connection, sorted(set(catalog_schemas.values())))
        return super().fetch_extras(connection, schema, catalog_schemas)

    def read_ahead(self, connection: Connection, names: list[str]) -> None:
        """Send the catalog queries of :meth:`fetch_extras` and :meth:`fetch_objects`
        (but grants) at once, in one pipeline (:meth:`prefetch`), after one query
        that says which kinds of object ``names`` hold (``kinds.sql``): the query
        of a kind they lack is answered as empty without being sent. Most
        databases have no policies, rules, exclusion constraints, collations,
        partitions...; each of those queries cost a plan and a round trip.
        """
        (present,) = self.fetch_rows(connection, "kinds", schemas=names)
        on = {flag: bool(value) for flag, value in present._asdict().items()}
        on["namespaces"] = True  # the default schema's comment, whatever else there is
        every = {"schemas": names}
        planned: list[tuple[str, str, dict[str, Any]]] = [
            ("views", "views", every),
            ("enums", "enums", every),
            ("sequences", "sequences", every),
            ("partitions", "partitions", every),
            ("partitions", "partition_inherited", every),
            ("clustered", "clustered", every),
            ("views", "view_dependencies", every),
            ("triggers", self._query_for_server(connection, "triggers"), every),
            ("rules", "rules", every),
            ("routines", self._query_for_server(connection, "routines"), every),
            ("aggregates", "aggregates", every),
            ("domains", "domains", every),
            ("composite_types", "composite_types", every),
            ("extensions", "extensions", {}),
            ("namespaces", "namespaces", every),
            ("policies", "policies", every),
            ("row_security", "row_security", every),
            ("exclusion_constraints", "exclusion_constraints", every),
            ("collations", "collations", every),
            ("materialized_views", "indexes", {"schemas": names, "relkinds": ["m"]}),
            ("comments", "comments", every),
        ]
        self.prefetch(
            connection,
            [(query, params) for flag, query, params in planned if on[flag]],
            empty=[(query, params) for flag, query, params in planned if not on[flag]],
        )

    def fetch_objects(
        self,
        connection: Connection,
        schema: model.Schema,
        catalog_schemas: Mapping[str | None, str],
        *,
        grants: bool = False,
    ) -> model.Schema:
        names = sorted(set(catalog_schemas.values()))
        to_model = _SchemaMapper(catalog_schemas, schema.info.default_schema)
        schema = self._fold_partitions(connection, schema, names, to_model)
        schema = self._with_cluster(connection, schema, names, to_model)
        changes: dict[str, Any] = {
            "sequences": _without_serial_sequences(schema),
            "views": self._with_dependencies(connection, schema.views, names, to_model),
            "triggers": self.fetch_triggers(connection, names, to_model),
            "rules": self.fetch_rules(connection, names, to_model),
            "routines": self.fetch_routines(connection, names, to_model),
            "domains": self.fetch_domains(connection, names, to_model),
            "composite_types": self.fetch_composite_types(connection, names, to_model),
            "extensions": self.fetch_extensions(connection, to_model),
        }
        changes["namespaces"], changes["default_schema_comment"] = self.fetch_namespaces(
            connection, names, to_model)
        changes.update(self.fetch_security(
            connection, dataclasses.replace(schema, views=changes["views"]), names, to_model))
        if grants:
            changes["grants"] = self.fetch_grants(connection, names, to_model)
        schema = dataclasses.replace(schema, **changes)
        return self.with_comments(connection, schema, names, to_model)

    def _with_dependencies(
        self,
        connection: Connection,
        views: tuple[model.View, ...],
        names: list[str],
        to_model: _SchemaMapper,
    ) -> tuple[model.View, ...]:
        """``views`` with ``depends_on``, ``depends_on_columns`` and
        ``depends_on_routines`` from the rewrite rules."""
        if not views:
            return views
        relations: dict[model.TableKey, set[model.TableKey]] = {}
        columns: dict[model.TableKey, set[model.ColumnRef]] = {}
        routines: dict[model.TableKey, set[model.TableKey]] = {}
        for r in self.fetch_rows(connection, "view_dependencies", schemas=names):
            view = model.TableKey(to_model(r.view_schema), r.view_name)
            ref = model.TableKey(to_model(r.ref_schema), r.ref_name)
            if r.ref_kind == "routine":
                routines.setdefault(view, set()).add(ref)
                continue
            relations.setdefault(view, set()).add(ref)
            if r.ref_column is not None:
                columns.setdefault(view, set()).add(model.ColumnRef(ref, r.ref_column))
        return tuple(
            dataclasses.replace(
                v,
                depends_on=tuple(sorted(relations.get(v.key, ()), key=model.TableKey.sort_key)),
                depends_on_columns=tuple(
                    sorted(columns.get(v.key, ()), key=lambda c: (c.table.sort_key(), c.column))
                ),
                depends_on_routines=tuple(
                    sorted(routines.get(v.key, ()), key=model.TableKey.sort_key)
                ),
            )
            for v in views
        )

    def fetch_triggers(
        self, connection: Connection, schemas: Sequence[str], to_model: _SchemaMapper
    ) -> tuple[model.Trigger, ...]:
        """Every user trigger on the tables and views of ``schemas`` (one query)."""
        quote = self._quote
        out = []
        query = self._query_for_server(connection, "triggers")
        for r in self.fetch_rows(connection, query, schemas=list(schemas)):
            bits = int(r.type_bits)
            if bits & _TRIGGER_INSTEAD:
                timing = "INSTEAD OF"
            else:
                timing = "BEFORE" if bits & _TRIGGER_BEFORE else "AFTER"
            events = []
            if bits & _TRIGGER_INSERT:
                events.append("INSERT")
            if bits & _TRIGGER_DELETE:
                events.append("DELETE")
            if bits & _TRIGGER_UPDATE:
                cols = ", ".join(quote(c) for c in r.update_columns)
                events.append(f"UPDATE OF {cols}" if cols else "UPDATE")
            if bits & _TRIGGER_TRUNCATE:
                events.append("TRUNCATE")
            function = model.TableKey(to_model(r.function_schema), r.function_name)
            args = _trigger_args(bytes(r.args or b""), int(r.nargs))
            out.append(
                model.Trigger(
                    schema=to_model(r.schema_name),
                    table=r.table_name,
                    name=r.name,
                    timing=timing,
                    events=tuple(events),
                    definition=f"EXECUTE FUNCTION {self._qualified(function)}({', '.join(args)})",
                    orientation="ROW" if bits & _TRIGGER_ROW else "STATEMENT",
                    condition=(
                        self.normalize_expression(_trigger_condition(r.definition))
                        if r.has_condition
                        else None
                    ),
                    function=function,
                    enabled=bool(r.enabled),
                )
            )
        return model.sorted_by_name(out)

    def fetch_rules(
        self, connection: Connection, schemas: Sequence[str], to_model: _SchemaMapper
    ) -> tuple[model.Rule, ...]:
        """Every rewrite rule on the tables and views of ``schemas`` (one query)."""
        return model.sorted_by_name(
            model.Rule(
                schema=to_model(r.schema_name),
                table=r.table_name,
                name=r.name,
                definition=r.definition.strip().rstrip(";").rstrip(),
                enabled=bool(r.enabled),
            )
            for r in self.fetch_rows(connection, "rules", schemas=list(schemas))
        )

    def fetch_routines(
        self, connection: Connection, schemas: Sequence[str], to_model: _SchemaMapper
    ) -> tuple[model.Routine, ...]:
        """Every function and procedure of ``schemas`` (one query)."""
        out = []
        query = self._query_for_server(connection, "routines")
        for r in self.fetch_rows(connection, query, schemas=list(schemas)):
            options: list[tuple[str, str]] = []
            if r.parallel in _PARALLEL:
                options.append(("parallel", _PARALLEL[r.parallel]))
            if r.security_definer:
                options.append(("security", "DEFINER"))
            if r.sql_body is not None:
                options.append(("sql_body", "true"))
            if r.strict:
                options.append(("strict", "true"))
            options += _planner_options(r)
            is_procedure = r.kind == "p"
            out.append(
                model.Routine(
                    schema=to_model(r.schema_name),
                    name=r.name,
                    kind="procedure" if is_procedure else "function",
                    arguments=r.arguments or "",
                    returns=None if is_procedure else r.returns,
                    language=r.language,
                    definition=normalize_body(r.sql_body if r.sql_body is not None else r.source),
                    volatility=None if is_procedure else _VOLATILITY.get(r.volatility),
                    options=tuple(sorted(options)),
                )
            )
        out += self.fetch_aggregates(connection, schemas, to_model)
        return tuple(sorted(out, key=lambda x: (x.schema or "", x.name, x.arguments)))

    def fetch_aggregates(
        self, connection: Connection, schemas: Sequence[str], to_model: _SchemaMapper
    ) -> list[model.Routine]:
        """Every user aggregate of ``schemas`` as a routine of kind ``aggregate`` (one query).

        ``definition`` is what goes between the parentheses of ``CREATE
        AGGREGATE name (args) (...)``, support functions qualified by their
        model schema (unqualified in the default one): ``SFUNC = _group_concat,
        STYPE = text``. Options at their default are left out.
        """
        out = []
        for r in self.fetch_rows(connection, "aggregates", schemas=list(schemas)):
            def fn(pair: Sequence[str] | None) -> str | None:
                if not pair:
                    return None
                return self._qualified(model.TableKey(to_model(pair[0]), pair[1]))

            default_modify = "r" if r.agg_kind == "n" else "w"
            modify = {"r": "READ_ONLY", "s": "SHAREABLE", "w": "READ_WRITE"}
            parts = [f"SFUNC = {fn(r.sfunc)}", f"STYPE = {r.stype}"]
            if r.sspace:
                parts.append(f"SSPACE = {int(r.sspace)}")
            if r.finalfunc:
                parts.append(f"FINALFUNC = {fn(r.finalfunc)}")
                if r.finalfunc_extra:
                    parts.append("FINALFUNC_EXTRA")
                if r.finalfunc_modify != default_modify and r.finalfunc_modify in modify:
                    parts.append(f"FINALFUNC_MODIFY = {modify[r.finalfunc_modify]}")
            for label, value in (("COMBINEFUNC", r.combinefunc), ("SERIALFUNC", r.serialfunc),
                                 ("DESERIALFUNC", r.deserialfunc)):
                if value:
                    parts.append(f"{label} = {fn(value)}")
            if r.initcond is not None:
                parts.append(f"INITCOND = {sql_literal(r.initcond)}")
            if r.msfunc:
                parts += [f"MSFUNC = {fn(r.msfunc)}", f"MINVFUNC = {fn(r.minvfunc)}",
                          f"MSTYPE = {r.mstype}"]
                if r.msspace:
                    parts.append(f"MSSPACE = {int(r.msspace)}")
                if r.mfinalfunc:
                    parts.append(f"MFINALFUNC = {fn(r.mfinalfunc)}")
                    if r.mfinalfunc_extra:
                        parts.append("MFINALFUNC_EXTRA")
                    if r.mfinalfunc_modify != default_modify and r.mfinalfunc_modify in modify:
                        parts.append(f"MFINALFUNC_MODIFY = {modify[r.mfinalfunc_modify]}")
                if r.minitcond is not None:
                    parts.append(f"MINITCOND = {sql_literal(r.minitcond)}")
            if r.sortop:
                parts.append(f"SORTOP = OPERATOR({self._quote(r.sortop[0])}.{r.sortop[1]})")
            if r.parallel in _PARALLEL:
                parts.append(f"PARALLEL = {_PARALLEL[r.parallel]}")
            if r.agg_kind == "h":
                parts.append("HYPOTHETICAL")
            out.append(
                model.Routine(
                    schema=to_model(r.schema_name),
                    name=r.name,
                    kind="aggregate",
                    arguments=r.arguments or "",
                    returns=r.returns,
                    definition=", ".join(parts),
                )
            )
        return out

    def fetch_domains(
        self, connection: Connection, schemas: Sequence[str], to_model: _SchemaMapper
    ) -> tuple[model.Domain, ...]:
        """Every domain of ``schemas`` with its default, NOT NULL and named CHECKs (one query)."""
        out = []
        for r in self.fetch_rows(connection, "domains", schemas=list(schemas)):
            type_sql = self.format_type_sql(r.type_sql) if r.builtin else r.type_sql
            checks = tuple(
                model.CheckConstraint(name=name, expression=self._check_expression(text))
                for name, text in zip(r.check_names, r.check_definitions)
            )
            out.append(
                model.Domain(
                    schema=to_model(r.schema_name),
                    name=r.name,
                    type_sql=type_sql,
                    nullable=not r.not_null,
                    default=self.normalize_default_cached(r.default, type_sql),
                    collation=r.collation,
                    checks=checks,
                )
            )
        return model.sorted_by_name(out)

    def fetch_composite_types(
        self, connection: Connection, schemas: Sequence[str], to_model: _SchemaMapper
    ) -> tuple[model.CompositeType, ...]:
        """Every standalone composite type of ``schemas`` with its attributes (one query)."""
        rows = self.fetch_rows(connection, "composite_types", schemas=list(schemas))
        return model.sorted_by_name(
            model.CompositeType(
                schema=to_model(r.schema_name),
                name=r.name,
                attributes=tuple(
                    (name, self.format_type_sql(t) if builtin else t)
                    for name, t, builtin in zip(
                        r.attribute_names, r.attribute_types, r.attribute_builtin
                    )
                ),
            )
            for r in rows
        )

    def fetch_extensions(
        self, connection: Connection, to_model: _SchemaMapper
    ) -> tuple[model.Extension, ...]:
        """The installed extensions but plpgsql (database-wide; one query)."""
        return tuple(
            model.Extension(name=r.name, schema=to_model(r.schema_name), version=r.version)
            for r in self.fetch_rows(connection, "extensions")
        )

    def user_schemas(self, connection: Connection) -> list[str] | None:
        """Every user schema, as pg_dump reads them (``sql/postgresql/user_schemas.sql``)."""
        return [r.name for r in self.fetch_rows(connection, "user_schemas")]

    def fetch_namespaces(
        self, connection: Connection, schemas: Sequence[str], to_model: _SchemaMapper
    ) -> tuple[tuple[model.Namespace, ...], str | None]:
        """The schemas read besides the default one, as objects with their comments,
        and the default schema's own comment where pg_dump writes it: ``public``'s,
        unless it is initdb's (:attr:`default_schema_initial_comment`); ``""`` when
        removed (one query for both)."""
        namespaces: list[model.Namespace] = []
        default_comment: str | None = None
        for r in self.fetch_rows(connection, "namespaces", schemas=list(schemas)):
            if to_model(r.name) is not None:
                namespaces.append(model.Namespace(name=r.name, comment=r.comment))
            elif r.name == PUBLIC_SCHEMA and (r.comment or "") != self.default_schema_initial_comment:
                default_comment = r.comment or ""
        return tuple(namespaces), default_comment

    def fetch_grants(
        self, connection: Connection, schemas: Sequence[str], to_model: _SchemaMapper
    ) -> tuple[model.Grant, ...]:
        """Explicit privileges on the relations and routines of ``schemas``, and on
        those schemas (the default one's beyond what initdb granted) (one query)."""
        out = [
            model.Grant(
                schema=to_model(r.schema_name),
                object_name=r.object_name if r.arguments is None else f"{r.object_name}({r.arguments})",
                grantee=r.grantee,
                privilege=r.privilege.upper(),
                grantable=bool(r.grantable),
                object_kind=r.object_kind,
            )
            for r in self.fetch_rows(connection, "grants", schemas=list(schemas))
        ]
        return tuple(
            sorted(
                set(out),
                key=lambda g: (g.schema or "", g.object_kind, g.object_name, g.grantee, g.privilege),
            )
        )

    def _fold_partitions(
        self,
        connection: Connection,
        schema: model.Schema,
        names: list[str],
        to_model: _SchemaMapper,
    ) -> model.Schema:
        """Partitioned tables get their :class:`~schemanb.model.Partitioning`; partitions go.

        Each partition keeps what it owns (keys, FKs, CHECKs, indexes not
        cloned from its parent) and, when it is partitioned itself, its own
        partitioning, at every level.
        """
        rows = self.fetch_rows(connection, "partitions", schemas=names)
        if not rows:
            return schema
        schemes: dict[model.TableKey, tuple[str, str]] = {}
        members: dict[model.TableKey, list[tuple[model.TableKey, str]]] = {}
        children: set[model.TableKey] = set()
        for r in rows:
            key = model.TableKey(to_model(r.schema_name), r.table_name)
            if key not in schemes:
                strategy, _, key_text = r.key_definition.partition(" ")
                key_text = key_text.strip()
                schemes[key] = (
                    strategy.upper(),
                    key_text[1:-1].strip() if is_wrapped(key_text, POSTGRESQL) else key_text,
                )
                members[key] = []
            if r.child_name is not None:
                child = model.TableKey(to_model(r.child_schema), r.child_name)
                children.add(child)
                members[key].append((child, r.bound or ""))
        # (table, kind, what names it): the name, and for keys their columns (and target).
        inherited: set[tuple[model.TableKey, str, Any]] = set()
        clones: dict[model.TableKey, list[tuple[str, str, tuple[str, ...]]]] = {}
        for r in self.fetch_rows(connection, "partition_inherited", schemas=names):
            table_key = model.TableKey(to_model(r.schema_name), r.table_name)
            inherited.add((table_key, "name", r.name))
            if None not in r.columns:
                clones.setdefault(table_key, []).append((r.kind, r.name, tuple(r.columns)))
            if r.kind in ("p", "u", "f"):
                target = None if r.referred_table is None else model.TableKey(
                    to_model(r.referred_schema), r.referred_table)
                inherited.add((table_key, r.kind, (tuple(r.columns), target)))
        table_map = schema.table_map

        def partitioning(key: model.TableKey, seen: frozenset[model.TableKey]) -> model.Partitioning:
            strategy, key_text = schemes[key]
            parts = [partition(child, bound, seen | {key}) for child, bound in members[key]]
            return model.Partitioning(
                strategy=strategy, key=key_text, partitions=model.sorted_by_name(parts)
            )

        def partition(
            child: model.TableKey, bound: str, seen: frozenset[model.TableKey]
        ) -> model.Partition:
            table = table_map.get(child)
            sub = partitioning(child, seen) if child in schemes and child not in seen else None
            if table is None:
                return model.Partition(
                    name=child.name, bound=bound, schema=child.schema, partitioning=sub
                )

            def own(items: Sequence[Any], kind: str = "") -> tuple[Any, ...]:
                def cloned(x: Any) -> bool:
                    if x.name is not None and (child, "name", x.name) in inherited:
                        return True
                    target = getattr(x, "referred_table", None)
                    return bool(kind) and (child, kind, (tuple(x.columns), target)) in inherited

                return tuple(x for x in items if not cloned(x))

            pk = table.primary_key
            return model.Partition(
                name=child.name,
                bound=bound,
                schema=child.schema,
                primary_key=None if pk is None or not own([pk], "p") else pk,
                foreign_keys=own(table.foreign_keys, "f"),
                unique_constraints=own(table.unique_constraints, "u"),
                check_constraints=own(table.check_constraints),
                indexes=own(table.indexes),
                partitioning=sub,
                inherited=tuple(clones.get(child, ())),
            )

        tables = tuple(
            dataclasses.replace(t, partitioning=partitioning(t.key, frozenset()))
            if t.key in schemes
            else t
            for t in schema.tables
            if t.key not in children
        )
        return dataclasses.replace(schema, tables=tables)

    def _with_cluster(
        self, connection: Connection, schema: model.Schema, names: list[str], to_model: _SchemaMapper
    ) -> model.Schema:
        """Tables clustered on an index get ``(CLUSTER_ON, index)`` in their
        ``dialect_options`` (one query)."""
        clustered = {
            model.TableKey(to_model(r.schema_name), r.table_name): r.index_name
            for r in self.fetch_rows(connection, "clustered", schemas=names)
        }
        if not clustered:
            return schema
        tables = tuple(
            dataclasses.replace(t, dialect_options=tuple(sorted(
                (*t.dialect_options, (CLUSTER_ON, clustered[t.key]))
            ))) if t.key in clustered else t
            for t in schema.tables
        )
        return dataclasses.replace(schema, tables=tables)

    def clustered_index(self, table: model.Table) -> str | None:
        return dict(table.dialect_options).get(CLUSTER_ON)

    def cluster_ddl(self, table: model.TableKey, index: str | None) -> list[str]:
        """``ALTER TABLE t CLUSTER ON ix`` (``SET WITHOUT CLUSTER`` for ``None``): the
        mark ``CLUSTER`` (and pg_dump) goes by; no rows move."""
        if index is None:
            return [f"ALTER TABLE {self._qualified(table)} SET WITHOUT CLUSTER"]
        return [f"ALTER TABLE {self._qualified(table)} CLUSTER ON {self._quote(index)}"]

    def _query_for_server(self, connection: Connection, name: str) -> str:
        """``name``, or its variant for servers older than the catalog it reads."""
        version = tuple(connection.dialect.server_version_info or ())
        first, older = _OLDER_SERVER_QUERIES.get(name, ((), name))
        return older if version and version < first else name

    # ---------------------------------------------------------------- normalisers

    def format_type_sql(self, text: str) -> str:
        """A ``format_type`` spelling as reflected columns spell it.

        >>> PostgreSQLObjects().format_type_sql("character varying(20)")
        'VARCHAR(20)'
        >>> PostgreSQLObjects().format_type_sql("numeric(10,2)")
        'NUMERIC(10, 2)'
        """
        text = _RE_CHARACTER_VARYING.sub("varchar", text)
        text = _RE_CHARACTER.sub("char", text)
        text = _RE_TYPE_ARGS.sub(r"(\1, \2)", text)
        return self.normalize_type_sql(text)

    def _check_expression(self, definition: str) -> str:
        """The expression inside ``CHECK (...)`` of a ``pg_get_constraintdef`` text."""
        text = definition.strip()
        if text.upper().endswith(" NOT VALID"):
            text = text[: -len(" NOT VALID")].rstrip()
        if text.upper().startswith("CHECK"):
            text = text[len("CHECK") :].strip()
        return self.normalize_expression(text) or ""

    # ======================================================================= DDL

    @property
    def _quote(self) -> Any:
        return self.sqlalchemy_dialect().identifier_preparer.quote

    def _qualified(self, key: model.TableKey) -> str:
        """``"schema"."name"`` (just ``"name"`` in the default schema), quoted where needed."""
        name: str = self._quote(key.name)
        return name if key.schema is None else f"{self._quote(key.schema)}.{name}"

    def object_ddl(self, obj: Any, *, create: bool) -> list[str]:
        statements = self._object_ddl(obj, create=create)
        if create and getattr(obj, "comment", None) is not None:
            statements += self.comment_ddl(obj, obj.comment)
        return statements

    def _object_ddl(self, obj: Any, *, create: bool) -> list[str]:
        if isinstance(obj, model.Trigger):
            return self._trigger_ddl(obj, create=create)
        if isinstance(obj, model.Rule):
            if not create:
                return [f"DROP RULE {self._quote(obj.name)} ON {self._qualified(obj.key)}"]
            disable = [] if obj.enabled else [
                f"ALTER TABLE {self._qualified(obj.key)} DISABLE RULE {self._quote(obj.name)}"]
            return [obj.definition, *disable]
        if isinstance(obj, model.Routine):
            if obj.kind == "aggregate":
                signature = f"{self._qualified(obj.key)}({obj.arguments or '*'})"
                if create:
                    return [f"CREATE AGGREGATE {signature} ({obj.definition})"]
                return [f"DROP AGGREGATE {signature}"]
            if create:
                return [self._create_routine(obj, replace=False)]
            kind = "PROCEDURE" if obj.kind == "procedure" else "FUNCTION"
            args = ", ".join(_without_default(a) for a in _split_arguments(obj.arguments))
            return [f"DROP {kind} {self._qualified(obj.key)}({args})"]
        if isinstance(obj, model.Sequence):
            if not create:
                return [f"DROP SEQUENCE {self._qualified(obj.key)}"]
            return [f"CREATE SEQUENCE {self._qualified(obj.key)}{self._sequence_options(obj)}"]
        if isinstance(obj, model.Domain):
            return [self._create_domain(obj) if create else f"DROP DOMAIN {self._qualified(obj.key)}"]
        if isinstance(obj, model.CompositeType):
            if not create:
                return [f"DROP TYPE {self._qualified(obj.key)}"]
            attributes = ", ".join(f"{self._quote(n)} {t}" for n, t in obj.attributes)
            return [f"CREATE TYPE {self._qualified(obj.key)} AS ({attributes})"]
        if isinstance(obj, model.Extension):
            return [self._create_extension(obj) if create else f"DROP EXTENSION {self._quote(obj.name)}"]
        if isinstance(obj, model.Grant):
            return [self._grant_ddl(obj, create=create)]
        if isinstance(obj, model.Namespace):
            name = self._quote(obj.name)
            if not create:
                return [f"DROP SCHEMA {name}"]
            return [f"CREATE SCHEMA {name}"]  # its comment: object_ddl adds it
        return super().object_ddl(obj, create=create)

    def object_change_ddl(self, before: Any, after: Any) -> list[str] | None:
        """In place where PostgreSQL can. Comments are left out: a comment that
        changes is set by its own step (``comment_changed``), and a re-created
        object gets its comment from :meth:`object_ddl`. A schema's comment is the
        only thing that changes about it (``schema_comment_changed``): set here."""
        if isinstance(before, model.Namespace) and isinstance(after, model.Namespace):
            if before.name != after.name:
                return None
            if (before.comment or None) == (after.comment or None):
                return []
            return self.comment_ddl(after, after.comment)
        if getattr(before, "comment", None) is not None:
            before = dataclasses.replace(before, comment=None)
        if getattr(after, "comment", None) is not None:
            after = dataclasses.replace(after, comment=None)
        return self._object_change_ddl(before, after)

    def _object_change_ddl(self, before: Any, after: Any) -> list[str] | None:
        if isinstance(before, model.Routine) and isinstance(after, model.Routine):
            if "aggregate" in (before.kind, after.kind):
                return None  # dropped and created again
            same = (before.identity, before.kind, before.returns, before.language) == (
                after.identity, after.kind, after.returns, after.language,
            )
            return [self._create_routine(after, replace=True)] if same else None
        if isinstance(before, model.Sequence) and isinstance(after, model.Sequence):
            if before.key != after.key:
                return None
            if dataclasses.replace(before, owned_by=after.owned_by, comment=after.comment) == after:
                return []  # only the owner changes: sequence_owner_ddl does that
            return [f"ALTER SEQUENCE {self._qualified(after.key)}"
                    f"{self._sequence_options(after, explicit=True)}"]
        if isinstance(before, model.Extension) and isinstance(after, model.Extension):
            return self._extension_change(before, after)
        if isinstance(before, model.Domain) and isinstance(after, model.Domain):
            return self._domain_change(before, after)
        if isinstance(before, model.CompositeType) and isinstance(after, model.CompositeType):
            return self._composite_change(before, after)
        if isinstance(before, model.Rule) and isinstance(after, model.Rule):
            return self._rule_change(before, after)
        if isinstance(before, model.Trigger) and isinstance(after, model.Trigger):
            if dataclasses.replace(before, enabled=after.enabled, comment=after.comment) != after:
                return None
            table = self._qualified(after.key)
            state = "ENABLE" if after.enabled else "DISABLE"
            return [f"ALTER TABLE {table} {state} TRIGGER {self._quote(after.name)}"]
        return super().object_change_ddl(before, after)

    def _rule_change(self, before: model.Rule, after: model.Rule) -> list[str] | None:
        """``CREATE OR REPLACE RULE`` of the new text, then ``ENABLE``/``DISABLE RULE``
        where that changed; ``None`` (drop and create) for a text of another shape."""
        out = []
        if " ".join(before.definition.split()) != " ".join(after.definition.split()):
            head = "CREATE RULE "
            if not after.definition.startswith(head):
                return None
            out.append("CREATE OR REPLACE RULE " + after.definition[len(head):])
        if before.enabled != after.enabled:
            state = "ENABLE" if after.enabled else "DISABLE"
            out.append(f"ALTER TABLE {self._qualified(after.key)} {state} RULE {self._quote(after.name)}")
        return out

    def partition_ddl(
        self, table: model.Table, partition: model.Partition, *, create: bool
    ) -> list[str]:
        child = self._qualified(model.TableKey(partition.schema, partition.name))
        if not create:
            return [f"DROP TABLE {child}"]
        if not partition.bound:
            raise MigrationError(
                f"partition {child} of {table.key} has no bound in the snapshot — "
                "give it one (FOR VALUES ... or DEFAULT)"
            )
        text = f"CREATE TABLE {child} PARTITION OF {self._qualified(table.key)} {partition.bound}"
        if partition.partitioning is not None:
            sub = partition.partitioning
            text += f" PARTITION BY {sub.strategy} ({sub.key})"
        return [text]

    def partition_attach_ddl(
        self, table: model.Table, partition: model.Partition, *, attach: bool
    ) -> list[str] | None:
        """``ALTER TABLE parent ATTACH PARTITION child FOR VALUES ...`` (or ``DETACH``):
        an existing table becomes a partition of ``table`` (or a table of its own), rows kept.

        A detached partition keeps the clones of its parent's keys, FKs, CHECKs and
        indexes as its own; those that ``partition.inherited`` lists are dropped after
        the ``DETACH``, leaving the table as it was before it was attached.
        """
        key = model.TableKey(partition.schema, partition.name)
        child = self._qualified(key)
        parent = self._qualified(table.key)
        if not attach:
            out = [f"ALTER TABLE {parent} DETACH PARTITION {child}"]
            constraints = {name for kind, name, _ in partition.inherited if kind != "i"}
            out += [f"ALTER TABLE {child} DROP CONSTRAINT {self._quote(name)}"
                    for kind, name, _ in partition.inherited if kind != "i"]
            out += [f"DROP INDEX {self._qualified(model.TableKey(key.schema, name))}"
                    for kind, name, _ in partition.inherited
                    if kind == "i" and name not in constraints]
            return out
        if not partition.bound:
            raise MigrationError(
                f"partition {child} of {table.key} has no bound in the snapshot — "
                "give it one (FOR VALUES ... or DEFAULT)"
            )
        return [f"ALTER TABLE {parent} ATTACH PARTITION {child} {partition.bound}"]

    def rows_kept_ddl(
        self, table: model.Table, columns: Sequence[tuple[str, str]]
    ) -> tuple[list[str], list[str]] | None:
        """``CREATE TABLE t__schemanb_rows AS SELECT * FROM t``, then ``INSERT INTO t
        (...) [OVERRIDING SYSTEM VALUE] SELECT ... FROM t__schemanb_rows``, each
        sequence behind a serial or identity column moved past the rows' values
        (``setval``), and the copy dropped. A row no partition takes makes the
        ``INSERT`` fail: the rows are never lost silently."""
        holding = self._qualified(model.TableKey(table.schema, _holding_name(table.name)))
        name = self._qualified(table.key)
        out = [f"CREATE TABLE {holding} AS SELECT * FROM {name}"]
        if not columns:
            return out, [f"DROP TABLE {holding}"]
        targets = ", ".join(self._quote(new) for _, new in columns)
        sources = ", ".join(self._quote(old) for old, _ in columns)
        new_names = {new for _, new in columns}
        override = " OVERRIDING SYSTEM VALUE" if any(
            c.identity is not None and c.identity.always and c.name in new_names
            for c in table.columns) else ""
        back = [f"INSERT INTO {name} ({targets}){override} SELECT {sources} FROM {holding}"]
        for col in table.columns:
            if col.name in new_names and (col.identity is not None or col.autoincrement or (
                    col.default or "").startswith("nextval(")):
                quoted = self._quote(col.name)
                back.append(
                    f"SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence("
                    f"{sql_literal(name)}, {sql_literal(col.name)}), max({quoted})) "
                    f"FROM {name} HAVING max({quoted}) IS NOT NULL"
                )
        back.append(f"DROP TABLE {holding}")
        return out, back

    def partition_table_kwargs(self, table: model.Table) -> dict[str, Any]:
        if table.partitioning is None:
            return {}
        p = table.partitioning
        return {"postgresql_partition_by": f"{p.strategy} ({p.key})"}

    def partitioning_from_table(
        self, kwargs: Mapping[str, Any], info: Mapping[str, Any]
    ) -> model.Partitioning | None:
        """``postgresql_partition_by="RANGE (key)"`` and the partitions that
        ``info={"partitions": {name: bound}}`` lists (what codegen writes)."""
        spec = kwargs.get("postgresql_partition_by")
        if not spec or "(" not in str(spec):
            return None
        strategy, _, rest = str(spec).partition("(")
        partitions = info.get("partitions") or {}
        return model.Partitioning(
            strategy=strategy.strip().upper(),
            key=rest.rstrip().removesuffix(")").strip(),
            partitions=tuple(
                model.Partition(name=str(name), bound=str(bound))
                for name, bound in sorted(partitions.items())
            ),
        )

    # ------------------------------------------------------------------ triggers

    def _trigger_ddl(self, trigger: model.Trigger, *, create: bool) -> list[str]:
        name, table = self._quote(trigger.name), self._qualified(trigger.key)
        if not create:
            return [f"DROP TRIGGER {name} ON {table}"]
        if not trigger.events:
            raise MigrationError(f"trigger {trigger.name} on {trigger.key} has no events in the snapshot")
        text = (
            f"CREATE TRIGGER {name} {trigger.timing} {' OR '.join(trigger.events)} ON {table} "
            f"FOR EACH {trigger.orientation}"
        )
        if trigger.condition:
            text += f" WHEN ({trigger.condition})"
        statements = [f"{text} {trigger.definition}"]
        if not trigger.enabled:
            statements.append(f"ALTER TABLE {table} DISABLE TRIGGER {name}")
        return statements

    # ------------------------------------------------------------------ routines

    def _create_routine(self, routine: model.Routine, *, replace: bool) -> str:
        options = dict(routine.options)
        if (routine.language or "").lower() == "c":
            raise MigrationError(
                f"routine {routine.key} is written in C: the snapshot lacks its library — "
                "create it by hand"
            )
        is_procedure = routine.kind == "procedure"
        parts = [
            "CREATE OR REPLACE" if replace else "CREATE",
            "PROCEDURE" if is_procedure else "FUNCTION",
            f"{self._qualified(routine.key)}({routine.arguments})",
        ]
        if not is_procedure:
            if not routine.returns:
                raise MigrationError(
                    f"function {routine.key} has no result type in the snapshot — give it one"
                )
            parts.append(f"RETURNS {routine.returns}")
        parts.append(f"LANGUAGE {self._quote(routine.language or 'sql')}")
        if not is_procedure:
            parts.append(routine.volatility or "VOLATILE")
            if options.get("strict") == "true":
                parts.append("STRICT")
        if options.get("security") == "DEFINER":
            parts.append("SECURITY DEFINER")
        if not is_procedure and options.get("parallel") in ("SAFE", "RESTRICTED"):
            parts.append(f"PARALLEL {options['parallel']}")
        if not is_procedure:
            parts += ["LEAKPROOF"] if options.get("leakproof") == "true" else []
            parts += [f"{word} {options[key]}" for key, word in (("cost", "COST"), ("rows", "ROWS"))
                      if _NUMBER.fullmatch(options.get(key, ""))]
        parts += [self._set_clause(key[len(SET_PREFIX):], value)
                  for key, value in routine.options if key.startswith(SET_PREFIX)]
        if options.get("sql_body") == "true":
            parts.append(routine.definition)
        else:
            parts.append("AS " + dollar_quote(routine.definition))
        return " ".join(parts)

    def _set_clause(self, name: str, value: str) -> str:
        """``SET name TO 'value'``, as ``pg_dump`` writes a routine's setting: a list
        setting (``search_path``) one literal an element, the others one literal.

        >>> PostgreSQLObjects()._set_clause("search_path", "public, pg_temp")
        "SET search_path TO 'public', 'pg_temp'"
        >>> PostgreSQLObjects()._set_clause("statement_timeout", "30s")
        "SET statement_timeout TO '30s'"
        """
        if not _RE_SETTING.fullmatch(name):
            raise MigrationError(f"a routine sets {name!r}, which is not a setting name — correct the snapshot")
        if name.lower() in _LIST_SETTINGS:
            values = [sql_literal(v.strip().strip('"')) for v in value.split(",")]
        else:
            values = [sql_literal(value)]
        return f"SET {self._quote(name)} TO {', '.join(values)}"

    # ----------------------------------------------------------------- sequences

    def _sequence_options(self, seq: model.Sequence, *, explicit: bool = False) -> str:
        """`` AS integer INCREMENT BY 2 ...``: the options not at their default, or
        (``explicit``, for ``ALTER SEQUENCE``) every one, so an option gone back
        to its default is reset too."""
        dtype = (seq.data_type or "bigint").lower()
        step = seq.increment if seq.increment is not None else 1
        type_max = self._SEQUENCE_MAX.get(dtype, self._SEQUENCE_MAX["bigint"])
        low, high = (1, type_max) if step > 0 else (-type_max - 1, -1)
        low = low if seq.min_value is None else seq.min_value
        high = high if seq.max_value is None else seq.max_value
        start = seq.start if seq.start is not None else (low if step > 0 else high)
        parts = []
        if explicit or seq.data_type is not None:
            parts.append(f"AS {dtype}")
        if explicit or seq.increment is not None:
            parts.append(f"INCREMENT BY {step}")
        if explicit or seq.min_value is not None:
            parts.append(f"MINVALUE {low}")
        if explicit or seq.max_value is not None:
            parts.append(f"MAXVALUE {high}")
        if explicit or seq.start is not None:
            parts.append(f"START WITH {start}")
        if explicit or seq.cache is not None:
            parts.append(f"CACHE {seq.cache or 1}")
        if explicit or seq.cycle:
            parts.append("CYCLE" if seq.cycle else "NO CYCLE")
        return "".join(" " + p for p in parts)

    def view_comment_ddl(self, view: model.View, comment: str | None) -> list[str]:
        kind = "MATERIALIZED VIEW" if view.materialized else "VIEW"
        text = "NULL" if comment is None else sql_literal(comment)
        return [f"COMMENT ON {kind} {self._qualified(view.key)} IS {text}"]

    def sequence_owner_ddl(
        self, seq: model.Sequence, owner: tuple[model.TableKey, str] | None
    ) -> list[str]:
        """``ALTER SEQUENCE ... OWNED BY table.column`` (``NONE`` for ``owner=None``)."""
        target = "NONE" if owner is None else (
            f"{self._qualified(owner[0])}.{self._quote(owner[1])}")
        return [f"ALTER SEQUENCE {self._qualified(seq.key)} OWNED BY {target}"]

    # ------------------------------------------------------------------- domains

    def _create_domain(self, domain: model.Domain) -> str:
        text = f"CREATE DOMAIN {self._qualified(domain.key)} AS {domain.type_sql}"
        if domain.collation is not None:
            text += f" COLLATE {self._quote(domain.collation)}"
        if domain.default is not None:
            text += f" DEFAULT {domain.default}"
        if not domain.nullable:
            text += " NOT NULL"
        for check in domain.checks:
            text += " " + self._domain_check(check)
        return text

    def _domain_check(self, check: model.CheckConstraint) -> str:
        named = f"CONSTRAINT {self._quote(check.name)} " if check.name else ""
        return f"{named}CHECK ({check.expression})"

    def _composite_change(
        self, before: model.CompositeType, after: model.CompositeType
    ) -> list[str] | None:
        """``ALTER TYPE`` statements that keep the columns using the type.

        Attributes dropped, then added; ``None`` (drop and re-create) when a kept
        attribute changes type (PostgreSQL refuses ``ALTER ATTRIBUTE ... TYPE`` on
        a type that columns use) or kept attributes change order.
        """
        if before.key != after.key:
            return None
        old, new = dict(before.attributes), dict(after.attributes)
        kept_before = [n for n, _ in before.attributes if n in new]
        kept_after = [n for n, _ in after.attributes if n in old]
        added_at = [i for i, (n, _) in enumerate(after.attributes) if n not in old]
        if kept_before != kept_after or any(i < len(kept_after) for i in added_at):
            return None  # a reorder, or an attribute added between kept ones
        if any(old[n] != t for n, t in after.attributes if n in old):
            return None
        name = self._qualified(after.key)
        out = [f"ALTER TYPE {name} DROP ATTRIBUTE {self._quote(n)} CASCADE"
               for n, _ in before.attributes if n not in new]
        out += [f"ALTER TYPE {name} ADD ATTRIBUTE {self._quote(n)} {t} CASCADE"
                for n, t in after.attributes if n not in old]
        return out

    def _domain_change(self, before: model.Domain, after: model.Domain) -> list[str] | None:
        if (before.key, before.type_sql, before.collation) != (after.key, after.type_sql, after.collation):
            return None  # no ALTER DOMAIN changes them: dropped and created again
        if any(c.name is None for c in (*before.checks, *after.checks)):
            return None
        name = self._qualified(after.key)
        out = []
        if before.default != after.default:
            out.append(
                f"ALTER DOMAIN {name} DROP DEFAULT"
                if after.default is None
                else f"ALTER DOMAIN {name} SET DEFAULT {after.default}"
            )
        if before.nullable != after.nullable:
            out.append(f"ALTER DOMAIN {name} {'DROP' if after.nullable else 'SET'} NOT NULL")
        old = {c.name: c for c in before.checks}
        new = {c.name: c for c in after.checks}
        for check_name, check in old.items():
            other = new.get(check_name)
            if other is None or _folded(other.expression) != _folded(check.expression):
                out.append(f"ALTER DOMAIN {name} DROP CONSTRAINT {self._quote(check_name)}")
        for check_name, check in new.items():
            other = old.get(check_name)
            if other is None or _folded(other.expression) != _folded(check.expression):
                out.append(f"ALTER DOMAIN {name} ADD {self._domain_check(check)}")
        return out

    # ---------------------------------------------------------------- extensions

    def _create_extension(self, ext: model.Extension) -> str:
        text = f"CREATE EXTENSION {self._quote(ext.name)}"
        if ext.schema is not None:
            text += f" SCHEMA {self._quote(ext.schema)}"
        if ext.version is not None:
            text += f" VERSION {sql_literal(ext.version)}"
        return text

    def _extension_change(
        self, before: model.Extension, after: model.Extension
    ) -> list[str] | None:
        if before.name != after.name:
            return None
        name = self._quote(after.name)
        out = []
        if before.schema != after.schema:
            if after.schema is None:
                return None  # the default schema's name is not in the snapshot
            out.append(f"ALTER EXTENSION {name} SET SCHEMA {self._quote(after.schema)}")
        if before.version != after.version:
            to = "" if after.version is None else f" TO {sql_literal(after.version)}"
            out.append(f"ALTER EXTENSION {name} UPDATE{to}")
        return out

    # -------------------------------------------------------------------- grants

    def _grant_ddl(self, grant: model.Grant, *, create: bool) -> str:
        if grant.object_kind == "routine":
            name, args = _split_signature(grant.object_name)
            target = f"ROUTINE {self._qualified(model.TableKey(grant.schema, name))}{args}"
        elif grant.object_kind == "sequence":
            target = f"SEQUENCE {self._qualified(grant.key)}"
        elif grant.object_kind == "schema":
            target = f"SCHEMA {self._quote(grant.object_name)}"
        else:
            target = f"TABLE {self._qualified(grant.key)}"
        grantee = "PUBLIC" if grant.grantee == "PUBLIC" else self._quote(grant.grantee)
        privilege = grant.privilege.upper()
        if not re.fullmatch(r"[A-Z ]+", privilege):
            raise MigrationError(f"grant of {privilege!r} on {grant.key}: not a privilege name")
        if not create:
            return f"REVOKE {privilege} ON {target} FROM {grantee}"
        option = " WITH GRANT OPTION" if grant.grantable else ""
        return f"GRANT {privilege} ON {target} TO {grantee}{option}"


# ----------------------------------------------------------------------- helpers


class _SchemaMapper:
    """Catalog schema name -> model schema name (``None`` for the default schema)."""

    def __init__(self, catalog_schemas: Mapping[str | None, str], default: str | None) -> None:
        self._map: dict[str, str | None] = {v: k for k, v in catalog_schemas.items()}
        if default is not None:
            self._map.setdefault(default, None)

    def __call__(self, name: str) -> str | None:
        return self._map.get(name, name)


def _without_serial_sequences(schema: model.Schema) -> tuple[model.Sequence, ...]:
    """``schema.sequences`` less those behind a column written as ``SERIAL``.

    Such a column (autoincrement, no default left in the snapshot) re-creates
    its own sequence; listing it too would create a second one.
    """
    serial = {
        (t.schema, f"{t.name}.{c.name}")
        for t in schema.tables
        for c in t.columns
        if c.autoincrement and c.default is None and c.identity is None
    }
    return tuple(s for s in schema.sequences if (s.schema, s.owned_by) not in serial)


def _holding_name(name: str) -> str:
    """The table a table's rows wait in while it is re-created (63 bytes at most)."""
    suffix = "__schemanb_rows"
    head = name.encode("utf-8")[: 63 - len(suffix)].decode("utf-8", "ignore")
    return head + suffix


def normalize_body(text: str | None) -> str:
    """A routine body as the server stores it, verbatim (``""`` for none).

    Written back as it is, so the created routine is the one read, to the
    byte (``pg_dump`` shows a trailing newline); the diff compares bodies with
    whitespace folded, so layout alone is no change.
    """
    return "" if text is None else text


def dollar_quote(body: str) -> str:
    """``body`` between dollar quotes whose tag cannot end it early.

    >>> dollar_quote("SELECT 1")
    '$$SELECT 1$$'
    >>> dollar_quote("SELECT '$$'")
    "$fn$SELECT '$$'$fn$"
    """
    for i in range(1000):
        tag = "$$" if i == 0 else ("$fn$" if i == 1 else f"$fn{i}$")
        # The closing tag must first occur where it is put: not inside the body,
        # nor straddling the body's end (a body ending in "$").
        if (body + tag).find(tag) == len(body):
            return f"{tag}{body}{tag}"
    raise MigrationError("no dollar-quote tag fits this routine body — quote it by hand")


def sql_literal(text: str) -> str:
    """A standard SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _folded(text: str) -> str:
    return " ".join(text.split())


def _trigger_args(raw: bytes, count: int) -> list[str]:
    """``tgargs`` (NUL-terminated strings) as SQL literals."""
    parts = raw.split(b"\0")[:count]
    return [sql_literal(p.decode("utf-8")) for p in parts]


def _trigger_condition(definition: str) -> str | None:
    """The ``WHEN (...)`` text of a ``pg_get_triggerdef`` result, parentheses included.

    >>> _trigger_condition('CREATE TRIGGER "a WHEN (" BEFORE INSERT ON t FOR EACH ROW '
    ...                    "WHEN (new.a > ')') EXECUTE FUNCTION f()")
    "(new.a > ')')"
    """
    start = None
    for i, _ch, depth in outside_quotes(definition, POSTGRESQL):
        if start is None:
            if depth == 0 and definition.startswith(" WHEN (", i):
                start = i + len(" WHEN ")
        elif i > start and depth == 0:
            return definition[start : i + 1]
    return None


def _split_arguments(arguments: str) -> list[str]:
    """The top-level comma-separated parts of an argument list."""
    if not arguments.strip():
        return []
    parts, _ = split_top_level(f"({arguments})", POSTGRESQL)
    return parts


def _without_default(argument: str) -> str:
    """``b text DEFAULT 'x'`` -> ``b text`` (also ``= 'x'``), quote-aware."""
    for i, _ch, depth in outside_quotes(argument, POSTGRESQL):
        if depth == 0 and (
            argument.startswith(" DEFAULT ", i) or argument.startswith(" = ", i)
        ):
            return argument[:i].rstrip()
    return argument


def _split_signature(text: str) -> tuple[str, str]:
    """``name(args)`` -> ``("name", "(args)")``: the last balanced group is the arguments.

    >>> _split_signature('f(a)(integer, "x(")')
    ('f(a)', '(integer, "x(")')
    """
    at = last_group(text, POSTGRESQL)
    return (text[:at], text[at:]) if at >= 0 else (text, "()")
