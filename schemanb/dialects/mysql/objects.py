"""MySQL/MariaDB: triggers, routines, partitions, view dependencies and grants (issue #10).

The reflection (:meth:`fetch_objects`, one bulk catalog query per kind of
object, from ``sql/mysql/*.sql``) and the DDL (:meth:`object_ddl`,
:meth:`partition_ddl`, :meth:`partition_table_kwargs`) of the objects beyond
tables. The dialect's support class inherits this one. The ``DEFINER`` of
triggers, routines and views is ignored: it names an account, not the schema.

Canonical spellings (the snapshot's text, the same from MySQL and MariaDB):

- routine ``arguments``: each parameter as ```name` TYPE``, comma-space
  separated; a procedure's ``OUT``/``INOUT`` mode comes first, ``IN`` (the
  default) is left out: ```a` INT, OUT `b` VARCHAR(10)``. Types are the
  catalog's ``DTD_IDENTIFIER`` upper-cased, integer display widths dropped
  (MariaDB writes ``int(11)``, MySQL 8 ``int``); ``returns`` likewise.
- routine ``options``: ``deterministic`` (``true``/``false``),
  ``sql_data_access`` (``CONTAINS SQL``, ``NO SQL``, ``READS SQL DATA``,
  ``MODIFIES SQL DATA``), ``security`` (``DEFINER``/``INVOKER``), then
  ``comment`` when there is one.
- partitioning ``key``: the catalog's expression (```id```, ```a`,`b```);
  a partition's ``bound``: ``VALUES LESS THAN (10)``, ``VALUES LESS THAN
  MAXVALUE``, ``VALUES IN (1,2)``, ``DEFAULT``, or empty for HASH/KEY.
- grant ``grantee``: ``'user'@'host'`` with quotes doubled inside, a role
  (empty host) as ``'role'``. Only table-level privileges (tables and views)
  are read: ``information_schema`` has no routine privileges.
- view ``depends_on``: read from the stored view text, where both servers
  write every table and view fully qualified (```db`.`name```); MariaDB has
  no ``VIEW_TABLE_USAGE``, and one parser serves both.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ... import model
from ...errors import MigrationError, SchemaNBWarning
from ..base import DialectSupport
from ..object_text import stored_body
from ..tokens import MYSQL, split_top_level, tokenize, unquote_identifier
from . import mariadb as maria
from .text import (
    created_under,
    parameter_names,
    routine_header,
    trigger_header,
    without_definer,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_RE_INT_WIDTH = re.compile(r"^(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT)\(\d+\)", re.I)
# One token of a stored view body: a backticked name, a string, a dot, or anything else.
_RE_GRANTEE = re.compile(r"^'(?P<user>(?:[^']|'')*)'(?:@'(?P<host>(?:[^']|'')*)')?$")
_RE_PRIVILEGE = re.compile(r"^[A-Z]+(?: [A-Z]+)*$")
#: ``PARTITION name [bound]`` as :meth:`MySQLObjects._partition_spec` writes it.
#: ``PARTITIONS n`` after a ``HASH``/``KEY`` key (partitions declared by count).
_RE_PARTITIONS = re.compile(r"^\s*PARTITIONS\s+(\d+)\s*$", re.I)
#: The strategies a table may be partitioned by count (``PARTITIONS n``).
_COUNT_ONLY_STRATEGY = re.compile(r"^(LINEAR\s+)?(HASH|KEY)$", re.I)
_RE_PARTITION_SPEC = re.compile(r"^\s*PARTITION\s+(?P<name>`(?:[^`]|``)*`|[^\s`]+)(?P<bound>.*)$", re.I | re.S)
_DATA_ACCESS = ("CONTAINS SQL", "NO SQL", "READS SQL DATA", "MODIFIES SQL DATA")
_BOUNDED = ("RANGE", "RANGE COLUMNS", "LIST", "LIST COLUMNS")
_UNBOUNDED = ("HASH", "LINEAR HASH", "KEY", "LINEAR KEY")


class MySQLObjects(DialectSupport):
    """Objects beyond tables on mysql; see :class:`~schemanb.dialects.base.DialectSupport`."""

    supports_triggers = True
    supports_routines = True
    supports_partitions = True
    supports_grants = True

    # ------------------------------------------------------------------ reflection

    def fetch_objects(
        self,
        connection: Connection,
        schema: model.Schema,
        catalog_schemas: Mapping[str | None, str],
        *,
        grants: bool = False,
    ) -> model.Schema:
        names = sorted(set(catalog_schemas.values()))
        to_model: dict[str, str | None] = {v: k for k, v in catalog_schemas.items()}
        tables, notes = self._fetch_partitioning(connection, schema.tables, names, to_model)
        routines = self._fetch_routines(connection, names, to_model)
        notes += [
            f"the body of {r.kind} {r.name} is hidden from this account (MySQL shows it to "
            f"its definer or with SHOW_ROUTINE); the snapshot has it empty"
            for r in routines
            if not r.definition
        ]
        missing = self._missing_privileges(connection, names)
        hidden_views = [v.name for v in schema.views if v.definition is None]
        unreadable, unread = [], []
        if "SHOW VIEW" in missing and hidden_views:
            unread.append(
                f"this account lacks the SHOW VIEW privilege on {', '.join(missing['SHOW VIEW'])}: the "
                f"definitions of views {', '.join(hidden_views)} cannot be read and are not compared "
                "(GRANT SHOW VIEW to read them)")
        if "TRIGGER" in missing:
            unreadable.append("triggers")
            unread.append(
                f"this account lacks the TRIGGER privilege on {', '.join(missing['TRIGGER'])}: its triggers "
                "cannot be read, so the diff leaves triggers out (GRANT TRIGGER to read them)")
        for note in unread:  # once per snapshot and privilege
            warnings.warn(note, SchemaNBWarning, stacklevel=2)
        notes += unread
        changes: dict[str, Any] = {
            "info": dataclasses.replace(schema.info, unreadable=tuple(sorted({*schema.info.unreadable, *unreadable}))),
            "tables": tuple(tables),
            "triggers": model.sorted_by_name(self._fetch_triggers(connection, names, to_model)),
            "routines": model.sorted_by_name([*routines, *self._fetch_events(connection, names, to_model)]),
            "views": self._fetch_view_dependencies(connection, schema, names, to_model),
            "notes": schema.notes + tuple(notes),
        }
        if grants:
            changes["grants"] = tuple(self._fetch_grants(connection, names, to_model))
        return dataclasses.replace(schema, **changes)

    def _missing_privileges(self, connection: Connection, names: list[str]) -> dict[str, list[str]]:
        """``{privilege: [database, ...]}`` of SHOW VIEW and TRIGGER this account lacks
        (granted neither globally nor on the database, to it or its current role)."""
        if not names:
            return {}
        row = self.fetch_rows(connection, "account")[0]
        grantees = []
        for who in (row.account, row.role_name):
            if who and who.upper() != "NONE":
                user, _, host = str(who).rpartition("@") if "@" in str(who) else (str(who), "", "")
                grantees.append(f"'{user.strip('`')}'@'{host.strip('`')}'")
        missing: dict[str, list[str]] = {}
        for r in self.fetch_rows(connection, "privileges", schemas=names, grantees=grantees):
            if not r.held:
                missing.setdefault(r.privilege, []).append(r.schema_name)
        return missing

    def _fetch_triggers(
        self, connection: Connection, names: list[str], to_model: Mapping[str, str | None]
    ) -> list[model.Trigger]:
        out = []
        for r in self.fetch_rows(connection, "triggers", schemas=names):
            out.append(model.Trigger(
                schema=to_model.get(r.schema_name, r.schema_name),
                table=r.table_name,
                name=r.name,
                timing=r.timing.upper(),
                events=(r.event.upper(),),
                orientation=(r.orientation or "ROW").upper(),
                definition=stored_body(r.definition),
                create_sql=without_definer(show_create(connection, "TRIGGER", r.schema_name, r.name)),
                options=tuple(_sql_mode_option(r.sql_mode, r.default_sql_mode) + charset_options(r)),
            ))
        return out

    def _fetch_routines(
        self, connection: Connection, names: list[str], to_model: Mapping[str, str | None]
    ) -> list[model.Routine]:
        arguments: dict[tuple[str, str, str], list[str]] = {}
        for p in self.fetch_rows(connection, "routine_parameters", schemas=names):
            mode = (p.mode or "IN").upper()
            text = f"{_backticked(p.parameter)} {routine_type_text(p.type_sql)}"
            arguments.setdefault((p.schema_name, p.name, p.kind.upper()), []).append(
                text if mode == "IN" else f"{mode} {text}"
            )
        headers = self._routine_headers(connection, names)
        out = []
        for r in self.fetch_rows(connection, "routines", schemas=names):
            kind = r.kind.upper()
            options = [
                ("deterministic", "true" if r.is_deterministic == "YES" else "false"),
                ("sql_data_access", (r.sql_data_access or "CONTAINS SQL").upper()),
                ("security", (r.security_type or "DEFINER").upper()),
            ]
            if r.comment:
                options.append(("comment", r.comment))
            options += _sql_mode_option(r.sql_mode, r.default_sql_mode) + charset_options(r)
            out.append(
                model.Routine(
                    schema=to_model.get(r.schema_name, r.schema_name),
                    name=r.name,
                    kind=kind.lower(),
                    arguments=", ".join(arguments.get((r.schema_name, r.name, kind), [])),
                    returns=routine_type_text(r.returns) if kind == "FUNCTION" else None,
                    language=(r.language or "SQL").upper(),
                    definition=stored_body(r.definition),
                    options=tuple(options),
                    create_sql=headers.get((r.schema_name, r.name, kind)),
                )
            )
        return out

    def _fetch_events(
        self, connection: Connection, names: list[str], to_model: Mapping[str, str | None]
    ) -> list[model.Routine]:
        """Events, as routines of kind ``event``: the body, and the server's ``SHOW CREATE
        EVENT`` text (no ``DEFINER``) whose header (schedule, ``ON COMPLETION``, status,
        comment) is compared as ``options["header"]``."""
        out = []
        for r in self.fetch_rows(connection, "events", schemas=names):
            text = without_definer(show_create(connection, "EVENT", r.schema_name, r.name))
            options = [("header", maria.event_header(text))] if text else []
            options += _sql_mode_option(r.sql_mode, r.default_sql_mode) + charset_options(r)
            out.append(model.Routine(
                schema=to_model.get(r.schema_name, r.schema_name), name=r.name, kind="event",
                language="SQL", definition=stored_body(r.definition), options=tuple(options),
                create_sql=text,
            ))
        return out

    def _routine_headers(self, connection: Connection, names: list[str]) -> dict[tuple[str, str, str], str]:
        """``{(schema, name, kind): "CREATE <kind> `name`(<params>) [RETURNS <type>]"}`` as
        written, from ``mysql.proc`` (MariaDB); empty where it cannot be read (MySQL 8,
        an account without SELECT on it)."""
        import sqlalchemy as sa

        try:
            rows = self.fetch_rows(connection, "routine_headers", schemas=names)
        except sa.exc.DBAPIError:
            return {}
        out = {}
        for r in rows:
            kind = _text(r.kind).upper()
            head = f"CREATE {kind} {_backticked(_text(r.name))}({_text(r.param_list)})"
            if kind == "FUNCTION":
                head += f" RETURNS {_text(r.returns)}"
            out[(_text(r.schema_name), _text(r.name), kind)] = head
        return out

    def _fetch_partitioning(
        self,
        connection: Connection,
        tables: Sequence[model.Table],
        names: list[str],
        to_model: Mapping[str, str | None],
    ) -> tuple[list[model.Table], list[str]]:
        """``tables`` with their partitioning, and notes on what the model cannot hold."""
        rows = self.fetch_rows(connection, "partitions", schemas=names)
        if not rows:
            return list(tables), []
        found: dict[tuple[str | None, str], model.Partitioning] = {}
        subpartitioned: set[tuple[str | None, str]] = set()
        for r in rows:
            key = (to_model.get(r.schema_name, r.schema_name), r.name)
            method = (r.method or "").upper()
            current = found.get(key) or model.Partitioning(strategy=method, key=r.expression or "")
            if r.subpartition_name is not None:
                subpartitioned.add(key)
            if any(p.name == r.partition_name for p in current.partitions):
                continue  # one row per subpartition
            partition = model.Partition(
                name=r.partition_name, bound=partition_bound(method, r.description)
            )
            found[key] = dataclasses.replace(current, partitions=(*current.partitions, partition))
        shown = maria.shown_create_tables(connection)
        for (schema, name), partitioning in found.items():
            text = shown.get((schema, name)) or shown.get((names[0] if names else None, name))
            if text and _COUNT_ONLY_STRATEGY.search(partitioning.strategy) and not _listed_partitions(text):
                found[(schema, name)] = dataclasses.replace(partitioning, count_only=True)
        out = [
            dataclasses.replace(t, partitioning=found[(t.schema, t.name)])
            if (t.schema, t.name) in found
            else t
            for t in tables
        ]
        notes = [
            f"table {name} is subpartitioned: only its partitions are in the snapshot"
            for _, name in sorted(subpartitioned, key=lambda k: (k[0] or "", k[1]))
        ]
        return out, notes

    def _fetch_view_dependencies(
        self,
        connection: Connection,
        schema: model.Schema,
        names: list[str],
        to_model: Mapping[str, str | None],
    ) -> tuple[model.View, ...]:
        if not schema.views:
            return schema.views
        owners: list[model.Table | model.View] = [*schema.tables, *schema.views]
        known = {(o.schema, o.name) for o in owners}
        uses: dict[tuple[str | None, str], tuple[model.TableKey, ...]] = {}
        for r in self.fetch_rows(connection, "view_dependencies", schemas=names):
            me = (to_model.get(r.schema_name, r.schema_name), r.name)
            found = {
                model.TableKey(s, n)
                for s, n in qualified_names(r.definition or "", to_model)
                if (s, n) in known and (s, n) != me
            }
            uses[me] = tuple(sorted(found, key=lambda k: (k.schema or "", k.name)))
        return tuple(
            dataclasses.replace(v, depends_on=uses.get((v.schema, v.name), v.depends_on))
            for v in schema.views
        )

    def _fetch_grants(
        self, connection: Connection, names: list[str], to_model: Mapping[str, str | None]
    ) -> list[model.Grant]:
        grants = [
            model.Grant(
                schema=to_model.get(r.schema_name, r.schema_name),
                object_name=r.object_name,
                grantee=canonical_grantee(r.grantee),
                privilege=r.privilege.upper(),
                grantable=(r.grantable or "").upper() == "YES",
                object_kind="table",
            )
            for r in self.fetch_rows(connection, "grants", schemas=names)
        ]
        return sorted(
            grants, key=lambda g: (g.schema or "", g.object_name, g.grantee, g.privilege)
        )

    def definition_key(
        self, kind: str, sql: str | None, renames: Mapping[str, str] | None = None
    ) -> Any:
        """A trigger's header and a routine's parameter list and ``RETURNS`` as the
        server keeps them, whitespace folded: ``mariadb-dump`` shows them as written.

        >>> MySQLObjects().definition_key("trigger", "CREATE TRIGGER `t` AFTER INSERT ON x FOR EACH ROW\\nSET @a = 1")
        'CREATE TRIGGER `t` AFTER INSERT ON x FOR EACH ROW'
        """
        if kind == "trigger" and sql:
            found = trigger_header(sql)
            head = sql if found is None else sql[: len(sql) - len(found[4])]
            return " ".join(head.split())
        if kind == "routine":
            header = routine_header(sql)
            return None if header is None else (" ".join(header[1].split()), header[2])
        return None

    # ------------------------------------------------------------------ DDL

    def object_ddl(self, obj: Any, *, create: bool) -> list[str]:
        if isinstance(obj, model.Trigger):
            if create:
                return created_under(obj.options, [self._trigger_ddl(obj)])
            return [f"DROP TRIGGER {self._name(obj.schema, obj.name)}"]
        if isinstance(obj, model.Sequence):
            return maria.sequence_ddl(obj, create=create)
        if isinstance(obj, model.Routine) and obj.kind == "event":
            if create:
                return created_under(obj.options, maria.event_ddl(obj, create=True))
            return maria.event_ddl(obj, create=False)
        if isinstance(obj, model.Routine):
            if create:
                return created_under(obj.options, [self._routine_ddl(obj)])
            return [f"DROP {_routine_kind(obj)} {self._name(obj.schema, obj.name)}"]
        if isinstance(obj, model.Grant):
            return [self._grant_ddl(obj, create=create)]
        return super().object_ddl(obj, create=create)

    def object_change_ddl(self, before: Any, after: Any) -> list[str] | None:
        """A sequence's options change in place (``ALTER SEQUENCE``); anything else
        is dropped and created again."""
        if isinstance(before, model.Sequence) and isinstance(after, model.Sequence):
            return maria.sequence_change_ddl(before, after)
        return None

    def comment_ddl(
        self, obj: Any, comment: str | None, table: model.TableKey | None = None
    ) -> list[str]:
        """A key's comment (``None``: none) is part of its definition: the key is
        dropped and added again in one ``ALTER TABLE``, which InnoDB does by
        changing metadata only (MariaDB 10.11: ``ALGORITHM=INSTANT``)."""
        keys = (model.Index, model.PrimaryKey, model.UniqueConstraint)
        if table is None or not isinstance(obj, keys):
            return super().comment_ddl(obj, comment, table)
        quote = self.sqlalchemy_dialect().identifier_preparer.quote
        drop = "DROP PRIMARY KEY" if isinstance(obj, model.PrimaryKey) else f"DROP INDEX {quote(obj.name or '')}"
        definition = key_definition(obj, quote)
        tail = "" if comment is None else f" COMMENT {_string_literal(comment)}"
        return [f"ALTER TABLE {self._name(table.schema, table.name)} {drop}, ADD {definition}{tail}"]

    def _name(self, schema: str | None, name: str) -> str:
        preparer = self.sqlalchemy_dialect().identifier_preparer
        quoted = preparer.quote(name)
        return f"{preparer.quote_schema(schema)}.{quoted}" if schema else quoted

    def _trigger_ddl(self, trigger: model.Trigger) -> str:
        where = f"trigger {trigger.name} on {trigger.table}"
        if len(trigger.events) != 1 or trigger.events[0] not in ("INSERT", "UPDATE", "DELETE"):
            raise MigrationError(
                f"{where}: {self.name} triggers fire on exactly one of INSERT, UPDATE or "
                f"DELETE, not {', '.join(trigger.events) or 'nothing'} — split it into one trigger per event"
            )
        if trigger.condition is not None:
            raise MigrationError(
                f"{where}: {self.name} triggers have no WHEN condition — move it into the body as an IF"
            )
        if trigger.timing not in ("BEFORE", "AFTER") or trigger.orientation != "ROW":
            raise MigrationError(
                f"{where}: {self.name} has only BEFORE/AFTER ... FOR EACH ROW triggers, "
                f"not {trigger.timing} FOR EACH {trigger.orientation} — rewrite it by hand"
            )
        header = trigger_header(trigger.create_sql, trigger.schema)
        if header is not None and header[:4] == (
            trigger.name, trigger.timing, trigger.events[0], trigger.table
        ) and " ".join(header[4].rstrip(";").split()) == " ".join(trigger.definition.rstrip(";").split()):
            return (trigger.create_sql or "").strip().rstrip(";").rstrip()  # as the server keeps it
        return (
            f"CREATE TRIGGER {self._name(trigger.schema, trigger.name)} {trigger.timing} "
            f"{trigger.events[0]} ON {self._name(trigger.schema, trigger.table)} FOR EACH ROW\n"
            f"{trigger.definition}"
        )

    def _routine_ddl(self, routine: model.Routine) -> str:
        kind = _routine_kind(routine)
        if (routine.language or "SQL").upper() != "SQL":
            raise MigrationError(
                f"routine {routine.name} is written in {routine.language}; {self.name} runs "
                f"only SQL routines — rewrite it in SQL or drop it from the snapshot"
            )
        if not routine.definition.strip():
            raise MigrationError(
                f"routine {routine.name} has no body in the snapshot (it was hidden from the "
                f"account that took it) — snapshot as its definer or with SHOW_ROUTINE"
            )
        arguments, returns = self._server_header(routine)
        head = f"CREATE {kind} {self._name(routine.schema, routine.name)}({arguments})"
        if kind == "FUNCTION":
            if not returns:
                raise MigrationError(
                    f"function {routine.name} has no return type in the snapshot — add one (returns=)"
                )
            head += f" RETURNS {returns}"
        return "\n".join([head, *self._characteristics(routine), routine.definition])

    def _server_header(self, routine: model.Routine) -> tuple[str, str | None]:
        """The parameter list and result type as the server keeps them (``create_sql``),
        where they say what the snapshot says; else the snapshot's canonical ones."""
        found = routine_header(routine.create_sql)
        if found is None or found[0] != routine.name:
            return routine.arguments, routine.returns
        _, params, returns = found
        ours = parameter_names(routine.arguments)
        if ours is None or parameter_names(params) != ours:
            return routine.arguments, routine.returns
        if routine.returns is not None and (returns is None or routine_type_text(returns) != routine_type_text(routine.returns)):
            returns = routine.returns
        return params, returns

    def _characteristics(self, routine: model.Routine) -> list[str]:
        options = dict(routine.options)
        out = []
        if "deterministic" in options:
            out.append("DETERMINISTIC" if options["deterministic"] == "true" else "NOT DETERMINISTIC")
        access = options.get("sql_data_access")
        if access is not None:
            if access not in _DATA_ACCESS:
                raise MigrationError(
                    f"routine {routine.name}: unknown sql_data_access {access!r} — "
                    f"use one of {', '.join(_DATA_ACCESS)}"
                )
            out.append(access)
        security = options.get("security")
        if security is not None:
            if security not in ("DEFINER", "INVOKER"):
                raise MigrationError(
                    f"routine {routine.name}: SQL SECURITY must be DEFINER or INVOKER, not {security!r}"
                )
            out.append(f"SQL SECURITY {security}")
        if options.get("comment"):
            out.append(f"COMMENT {_string_literal(options['comment'])}")
        return out

    def _grant_ddl(self, grant: model.Grant, *, create: bool) -> str:
        if grant.object_kind != "table":
            raise MigrationError(
                f"grant of {grant.privilege} on {grant.object_kind} {grant.object_name}: "
                f"schemanb migrates only table privileges on {self.name} — grant it by hand"
            )
        if not _RE_PRIVILEGE.match(grant.privilege):
            raise MigrationError(
                f"grant on {grant.object_name}: {grant.privilege!r} is not a privilege name"
            )
        target = f"{grant.privilege} ON {self._name(grant.schema, grant.object_name)}"
        who = quote_grantee(grant.grantee)
        if not create:
            return f"REVOKE {target} FROM {who}"
        return f"GRANT {target} TO {who}" + (" WITH GRANT OPTION" if grant.grantable else "")

    # ------------------------------------------------------------------ partitions

    def partition_table_kwargs(self, table: model.Table) -> dict[str, Any]:
        """``{"mysql_partition_by": ..., "mariadb_partition_by": ...}``: every partition in the CREATE.

        SQLAlchemy's MySQL and MariaDB dialects each read their own keyword and
        write ``PARTITION BY <value>`` verbatim after the table.
        """
        partitioning = table.partitioning
        if partitioning is None:
            return {}
        self._check_strategy(table, partitioning)
        value = f"{partitioning.strategy} ({partitioning.key})"
        if partitioning.count_only:
            count = len(partitioning.partitions)
            value += f" PARTITIONS {count}" if count > 1 else ""
        elif partitioning.partitions:
            value += " (" + ", ".join(self._partition_spec(p) for p in partitioning.partitions) + ")"
        return {"mysql_partition_by": value, "mariadb_partition_by": value}

    def partitioning_from_table(
        self, kwargs: Mapping[str, Any], info: Mapping[str, Any]
    ) -> model.Partitioning | None:
        """``mysql_partition_by`` (or ``mariadb_partition_by``) as
        :meth:`partition_table_kwargs` writes it, read back.

        >>> p = MySQLObjects().partitioning_from_table({"mysql_partition_by":
        ...     "RANGE COLUMNS (`yr`) (PARTITION `p 1` VALUES LESS THAN (2000), PARTITION pmax "
        ...     "VALUES LESS THAN MAXVALUE)"}, {})
        >>> p.strategy, p.key, [(x.name, x.bound) for x in p.partitions]
        ('RANGE COLUMNS', '`yr`', [('p 1', 'VALUES LESS THAN (2000)'), ('pmax', 'VALUES LESS THAN MAXVALUE')])
        """
        spec = str(kwargs.get("mysql_partition_by") or kwargs.get("mariadb_partition_by") or "")
        head, paren, rest = spec.partition("(")
        if not paren:
            return None
        key_parts, after = split_top_level("(" + rest, MYSQL)
        partitions = []
        strategy = " ".join(head.split()).upper()
        count = _RE_PARTITIONS.match(after)
        if count or (not after.strip() and _COUNT_ONLY_STRATEGY.search(strategy)):
            n = int(count.group(1)) if count else 1
            return model.Partitioning(
                strategy=strategy, key=", ".join(key_parts), count_only=True,
                partitions=tuple(model.Partition(name=f"p{i}", bound="") for i in range(n)),
            )
        if after.strip().startswith("("):
            for item in split_top_level(after.strip(), MYSQL)[0]:
                match = _RE_PARTITION_SPEC.match(item)
                if match is None:
                    return None
                partitions.append(model.Partition(
                    name=unquote_identifier(match.group("name")), bound=match.group("bound").strip()
                ))
        return model.Partitioning(
            strategy=" ".join(head.split()).upper(),
            key=", ".join(key_parts),
            partitions=tuple(partitions),
        )

    def partition_ddl(
        self, table: model.Table, partition: model.Partition, *, create: bool
    ) -> list[str]:
        """``ALTER TABLE t ADD PARTITION (...)`` / ``DROP PARTITION p``.

        HASH and KEY partitions hold no bound, so one is dropped with ``COALESCE
        PARTITION 1``, which always removes the last one: ``partition`` must be
        the last of ``table`` (or missing from it, when ``table`` is the state
        after the drop); any other raises :class:`MigrationError`.
        """
        partitioning = table.partitioning
        if partitioning is None:
            raise MigrationError(
                f"table {table.key} is not partitioned in the snapshot — "
                f"partition {partition.name} cannot be added or dropped alone"
            )
        self._check_strategy(table, partitioning)
        name = self._name(table.schema, table.name)
        if create:
            return [f"ALTER TABLE {name} ADD PARTITION ({self._partition_spec(partition)})"]
        if partitioning.strategy in _BOUNDED:
            return [f"ALTER TABLE {name} DROP PARTITION {self._name(None, partition.name)}"]
        names = [p.name for p in partitioning.partitions]
        if partition.name in names and names[-1] != partition.name:
            raise MigrationError(
                f"table {table.key}: {partitioning.strategy} partition {partition.name} is not "
                f"the last one, and {self.name} can only remove the last (COALESCE PARTITION) — "
                f"repartition the table by hand (ALTER TABLE ... PARTITION BY)"
            )
        return [f"ALTER TABLE {name} COALESCE PARTITION 1"]

    def _partition_spec(self, partition: model.Partition) -> str:
        spec = f"PARTITION {self._name(None, partition.name)}"
        return f"{spec} {partition.bound}" if partition.bound else spec

    def _check_strategy(self, table: model.Table, partitioning: model.Partitioning) -> None:
        if partitioning.strategy not in (*_BOUNDED, *_UNBOUNDED):
            raise MigrationError(
                f"table {table.key}: {self.name} partitioning by {partitioning.strategy} is not "
                f"migrated by schemanb — use RANGE, LIST, HASH or KEY, or partition it by hand"
            )


def show_create(connection: Connection, kind: str, schema: str, name: str) -> str | None:
    """The server's ``SHOW CREATE <kind>`` text of one object (the second column of a
    view's, the third of a routine's or trigger's, the fourth of an event's); ``None`` where this account may
    not see it (then the canonical form is used)."""
    import sqlalchemy as sa

    quoted = _backticked(schema) + "." + _backticked(name)
    try:
        row = connection.exec_driver_sql(f"SHOW CREATE {kind} {quoted}").first()
    except sa.exc.DBAPIError:
        return None
    column = {"VIEW": 1, "EVENT": 3}.get(kind, 2)
    return None if row is None or row[column] is None else str(row[column])


def _sql_mode_option(sql_mode: str | None, default: str | None) -> list[tuple[str, str]]:
    """``[("sql_mode", mode)]`` where an object was created under another sql_mode than the server's default.

    >>> _sql_mode_option("ANSI_QUOTES,STRICT_TRANS_TABLES", "STRICT_TRANS_TABLES"), _sql_mode_option("A", "A")
    ([('sql_mode', 'ANSI_QUOTES,STRICT_TRANS_TABLES')], [])
    """
    if sql_mode is None or sql_mode == default:
        return []
    return [("sql_mode", sql_mode)]


def charset_options(row: Any) -> list[tuple[str, str]]:
    """``character_set_client`` and ``collation_connection`` of an object created under
    another client character set or connection collation than its database's defaults
    (both, as ``mariadb-dump`` sets both); nothing where they are the defaults or unknown.

    >>> from types import SimpleNamespace as Row
    >>> charset_options(Row(character_set_client="latin1", collation_connection="latin1_swedish_ci",
    ...                      default_charset="utf8mb4", default_collation="utf8mb4_general_ci"))
    [('character_set_client', 'latin1'), ('collation_connection', 'latin1_swedish_ci')]
    >>> charset_options(Row(character_set_client="utf8mb4", collation_connection="utf8mb4_general_ci",
    ...                      default_charset="utf8mb4", default_collation="utf8mb4_general_ci"))
    []
    """
    client = getattr(row, "character_set_client", None)
    collation = getattr(row, "collation_connection", None)
    if not client or not collation:
        return []
    if (client, collation) == (getattr(row, "default_charset", None), getattr(row, "default_collation", None)):
        return []
    return [("character_set_client", str(client)), ("collation_connection", str(collation))]


def routine_type_text(dtd: str | None) -> str:
    """A parameter or result type, canonical: upper-case, no integer display width.

    >>> routine_type_text("int(11) unsigned"), routine_type_text("varchar(10)")
    ('INT UNSIGNED', 'VARCHAR(10)')
    """
    text = " ".join((dtd or "").split()).upper()
    return _RE_INT_WIDTH.sub(lambda m: m.group(1), text)


def partition_bound(method: str, description: str | None) -> str:
    """The value clause of one partition from the catalog's description.

    >>> partition_bound("RANGE", "10"), partition_bound("RANGE", "MAXVALUE")
    ('VALUES LESS THAN (10)', 'VALUES LESS THAN MAXVALUE')
    >>> partition_bound("LIST COLUMNS", "'a','b'"), partition_bound("KEY", None)
    ("VALUES IN ('a','b')", '')
    """
    if description is None or method in _UNBOUNDED:
        return ""
    if method.startswith("RANGE"):
        if method == "RANGE" and description.upper() == "MAXVALUE":
            return "VALUES LESS THAN MAXVALUE"
        return f"VALUES LESS THAN ({description})"
    if method.startswith("LIST"):
        return "DEFAULT" if description.upper() == "DEFAULT" else f"VALUES IN ({description})"
    return description


def qualified_names(
    definition: str, schemas: Mapping[str, str | None]
) -> Iterable[tuple[str | None, str]]:
    """Every ```db`.`name``` in a stored view body whose ``db`` is one of ``schemas``.

    ``schemas`` maps catalog names to the model's (``None`` for the default).
    Strings are skipped; a column reference ```db`.`t`.`c``` names ``t``.

    >>> list(qualified_names("select `s`.`t`.`a` AS `x` from `s`.`t` where 'a`.`b'", {"s": None}))
    [(None, 't'), (None, 't')]
    """
    tokens: list[tuple[str, str]] = []  # (kind, text): kind "name", "dot" or "other"
    for token in tokenize(definition, MYSQL):
        if token.kind == "name" and token.quoted and definition[token.start] == "`":
            tokens.append(("name", token.text))
        elif token.kind == "punct" and token.text == ".":
            tokens.append(("dot", "."))
        else:
            tokens.append(("other", ""))
    for i in range(len(tokens) - 2):
        first, dot, second = tokens[i : i + 3]
        if (
            first[0] == "name"
            and dot[0] == "dot"
            and second[0] == "name"
            and first[1] in schemas
            and (i == 0 or tokens[i - 1][0] != "dot")
        ):
            yield schemas[first[1]], second[1]


def canonical_grantee(text: str) -> str:
    """The catalog's grantee as ``'user'@'host'`` with inner quotes doubled.

    MySQL and MariaDB write the grantee without escaping (``'o'hara'@'%'``);
    the host is after the last ``'@'``. A role (empty host) is ``'role'``.

    >>> canonical_grantee("'o'hara'@'%'"), canonical_grantee("'reader'@''")
    ("'o''hara'@'%'", "'reader'")
    """
    if not (text.startswith("'") and text.endswith("'") and "'@'" in text):
        return text
    user, host = text[1:-1].rsplit("'@'", 1)
    quoted = "'" + user.replace("'", "''") + "'"
    return f"{quoted}@'" + host.replace("'", "''") + "'" if host else quoted


def quote_grantee(grantee: str) -> str:
    """A snapshot's grantee checked and re-quoted for GRANT/REVOKE."""
    m = _RE_GRANTEE.match(grantee)
    if m is None:
        raise MigrationError(
            f"grantee {grantee!r} is not 'user'@'host' or 'role' — fix it in the snapshot"
        )
    user = _string_literal(m.group("user").replace("''", "'"))
    host = m.group("host")
    return user if host is None else f"{user}@{_string_literal(host.replace(chr(39) * 2, chr(39)))}"


def _text(value: Any) -> str:
    """A catalog value that may come back as bytes (``mysql.proc``'s BLOBs)."""
    return value.decode("utf-8") if isinstance(value, (bytes, bytearray)) else str(value or "")


def _backticked(name: str | None) -> str:
    return "`" + (name or "").replace("`", "``") + "`"


def _routine_kind(routine: model.Routine) -> str:
    kind = routine.kind.upper()
    if kind not in ("FUNCTION", "PROCEDURE"):
        raise MigrationError(
            f"routine {routine.name} is a {routine.kind}; MySQL has only functions and procedures"
        )
    return kind


def key_definition(key: model.Index | model.PrimaryKey | model.UniqueConstraint,
                   quote: Callable[[str], str]) -> str:
    """A key as ``ALTER TABLE ... ADD`` writes it, without its comment: its kind and
    name, the parts (prefix lengths, ``DESC``, expressions in parentheses), its
    access method and parser.

    >>> q = lambda n: f"`{n}`"
    >>> key_definition(model.PrimaryKey(columns=("a", "b")), q)
    'PRIMARY KEY (`a`, `b`)'
    >>> key_definition(model.UniqueConstraint(name="u", columns=("a",)), q)
    'UNIQUE KEY `u` (`a`)'
    >>> key_definition(model.Index(name="ix", expressions=("name", "lower(`x`)", "id"), is_expression=(False, True, False),
    ...     descending=(False, False, True), dialect_options=(("mysql_length", "name(191)"), ("mysql_using", "BTREE"))), q)
    'KEY `ix` (`name`(191), (lower(`x`)), `id` DESC) USING BTREE'
    >>> key_definition(model.Index(name="ft", expressions=("body",), method="fulltext",
    ...                            dialect_options=(("mysql_with_parser", "ngram"),)), q)
    'FULLTEXT KEY `ft` (`body`) WITH PARSER ngram'
    """
    if isinstance(key, model.PrimaryKey):
        return f"PRIMARY KEY ({', '.join(quote(c) for c in key.columns)})"
    if isinstance(key, model.UniqueConstraint):
        return f"UNIQUE KEY {quote(key.name or '')} ({', '.join(quote(c) for c in key.columns)})"
    options = dict(key.dialect_options)
    lengths = prefix_lengths(options.get("mysql_length", ""), key.columns)
    flags = key.is_expression or (False,) * len(key.expressions)
    down = key.descending or (False,) * len(key.expressions)
    parts = [
        (f"({text})" if is_expr else quote(text) + (f"({lengths[text]})" if text in lengths else ""))
        + (" DESC" if desc else "")
        for text, is_expr, desc in zip(key.expressions, flags, down)
    ]
    kind = f"{key.method.upper()} KEY" if key.method else ("UNIQUE KEY" if key.unique else "KEY")
    out = f"{kind} {quote(key.name)} ({', '.join(parts)})"
    if options.get("mysql_using"):
        out += f" USING {options['mysql_using'].upper()}"
    if options.get("mysql_with_parser"):
        out += f" WITH PARSER {options['mysql_with_parser']}"
    return out


def prefix_lengths(text: str, columns: Sequence[str]) -> dict[str, int]:
    """``{column: length}`` from the snapshot's ``col(10), col2(5)`` (columns matched by name).

    >>> prefix_lengths("name(191), x(5)", ("name", "id", "x"))
    {'name': 191, 'x': 5}
    """
    out: dict[str, int] = {}
    for column in sorted(columns, key=len, reverse=True):
        match = re.search(r"(?:^|, )" + re.escape(column) + r"\((\d+)\)(?=, |$)", text)
        if match:
            out[column] = int(match.group(1))
    return {c: out[c] for c in columns if c in out}


def _string_literal(text: str) -> str:
    """A MySQL string literal (backslashes escape in the default SQL mode)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def _listed_partitions(create_sql: str) -> bool:
    """Whether a ``SHOW CREATE TABLE`` text lists its partitions (``(PARTITION `p0` ...``)
    rather than giving their count (``PARTITIONS 4``, or nothing for one).

    >>> _listed_partitions("CREATE TABLE `t` (\\n  `a` int\\n)\\n PARTITION BY HASH (`a`)\\nPARTITIONS 4")
    False
    >>> _listed_partitions("CREATE TABLE `t` (\\n  `a` int\\n)\\n PARTITION BY HASH (`a`)\\n(PARTITION `p0` ENGINE = InnoDB)")
    True
    """
    tokens = tokenize(create_sql, MYSQL)
    starts = [i for i, t in enumerate(tokens[:-1]) if t.is_word("PARTITION") and tokens[i + 1].is_word("BY")]
    tail = tokens[starts[-1] + 2:] if starts else []
    return any(t.text == "(" and nxt.is_word("PARTITION") for t, nxt in zip(tail, tail[1:]))
