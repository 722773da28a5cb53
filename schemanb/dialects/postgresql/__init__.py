"""PostgreSQL: schemas, enums, sequences, partial and expression indexes, comments."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from ... import model
from ..capabilities import SQLText
from ..connect import shutdown_socket, sql_literal
from ..normalise import normalize_default_keywords
from ..risk import SafeStep
from ..tokens import POSTGRESQL, is_wrapped, tokenize
from .columns import PostgreSQLColumnAttributes
from .enums import PostgreSQLEnums
from .objects import PostgreSQLObjects
from .objects import sql_literal as _literal
from .tables import PostgreSQLTables, storage_parameters, with_literal

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Dialect
    from sqlalchemy.types import TypeEngine

# A cast that PostgreSQL adds to a literal or expression: ``::character varying``,
# ``::numeric(10,2)``, ``::timestamp without time zone``, ``::"MyType"``.
# PostgreSQL's special date/time inputs, meaningful only through their cast.
_RE_SPECIAL_DATETIME = re.compile(
    r"'(?:now|today|tomorrow|yesterday)'(?:::[a-z ]+)?\)?::", re.I
)
_RE_CAST = re.compile(
    r"::(?:\"[^\"]+\"|[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?)"
    r"(?:\s+(?:varying|precision|without time zone|with time zone))*"
    r"(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])?",
    re.I,
)
#: ``(ARRAY['a'::character varying, ...])::text[]`` -- how PostgreSQL prints ``col IN
#: ('a', ...)`` on a VARCHAR column (without the parentheses when pretty-printed):
#: every element a literal cast to one type.
_RE_ARRAY_CAST = re.compile(
    r"(?P<open>\()?ARRAY\[(?P<items>'(?:[^']|'')*'::(?P<elem>[a-z][a-z ]*(?:\(\d+(?:,\s*\d+)?\))?)"
    r"(?:, '(?:[^']|'')*'::(?P=elem))*)\](?(open)\))::(?P<target>[a-z][a-z ]*)\[\]"
)
_RE_FLOAT = re.compile(r"FLOAT(?:\((?P<bits>\d+)\))?")
_RE_NEXTVAL = re.compile(r"^nextval\('(?P<seq>(?:[^']|'')+)'(?:::regclass)?\)$", re.I)
# A parenthesised atom that is not a call's argument list: ``(0)``, ``('a')``.
_RE_PAREN_ATOM = re.compile(r"(?<![\w$\"])\((?P<atom>'(?:[^']|'')*'|-?\d+(?:\.\d+)?|[A-Za-z_][\w]*)\)")


class PostgreSQLSupport(PostgreSQLColumnAttributes, PostgreSQLObjects, PostgreSQLTables, PostgreSQLEnums):
    name = "postgresql"
    sqlalchemy_name = "postgresql"
    supports_comments = True
    supports_partial_indexes = True
    supports_expression_indexes = True
    supports_sequences = True
    supports_enums = True
    supports_schemas = True
    supports_materialized_views = True
    supports_identity = True
    supports_computed = True
    transactional_ddl = True
    max_identifier_length = 63
    generated_constraint_names = True
    sql_folder = "postgresql"

    def normalize_type(self, type_: TypeEngine[Any]) -> tuple[str, str, str | None]:
        # Named types (enums, domains) are spelt by their name, case kept.
        name = getattr(type_, "name", None)
        if name and type(type_).__name__ in ("ENUM", "Enum", "DOMAIN"):
            schema = getattr(type_, "schema", None)
            type_sql = f"{schema}.{name}" if schema else name
            generic = self.normalize_type_generic(type_, type_sql)
            return type_sql, generic, getattr(type_, "collation", None)
        return super().normalize_type(type_)

    def fold_identifier(self, name: str) -> str:
        return name.lower()

    def strip_casts(self, text: str) -> str:
        """Remove the casts PostgreSQL adds: ``'a'::text`` -> ``'a'``, ``(0)::numeric`` -> ``0``."""
        previous = None
        while previous != text:
            previous = text
            text = _RE_CAST.sub("", text)
            text = _RE_PAREN_ATOM.sub(lambda m: m.group("atom"), text)
        return text

    def normalize_type_sql(self, type_sql: str) -> str:
        """PostgreSQL's own spelling: ``FLOAT`` is stored as ``DOUBLE PRECISION``.

        >>> PostgreSQLSupport().normalize_type_sql("FLOAT(10)")
        'REAL'
        """
        text = super().normalize_type_sql(type_sql)
        match = _RE_FLOAT.fullmatch(text)
        if match:
            bits = match.group("bits")
            return "REAL" if bits and int(bits) <= 24 else "DOUBLE PRECISION"
        return text

    def normalize_default(self, default: str | None, *, type_sql: str = "") -> str | None:
        """The server's text, as ``pg_get_expr`` deparses it (only trimmed).

        Written back as it is: stripping the casts the server adds changed
        meanings (``'{}'::text[]``, an enum array) and spellings (``now()`` is not
        ``CURRENT_TIMESTAMP`` to ``pg_dump``). :meth:`compare_default` folds them
        for comparing.
        """
        return None if default is None else default.strip()

    def compare_default(self, text: str, type_sql: str) -> str:
        """Casts the server adds removed, keywords and literals canonical.

        >>> PostgreSQLSupport().compare_default("'draft'::character varying", "VARCHAR(20)")
        "'draft'"
        >>> PostgreSQLSupport().compare_default("now()", "TIMESTAMP")
        'CURRENT_TIMESTAMP'
        """
        if _RE_NEXTVAL.match(text.strip()):
            return text.strip()
        if _RE_SPECIAL_DATETIME.search(text):
            # 'now'::date is evaluated on every insert; a bare 'now' would be turned
            # into a constant when the DDL runs. The cast carries the meaning.
            return " ".join(text.split())
        folded = super().normalize_default(self.strip_casts(text), type_sql=type_sql)
        return text if folded is None else normalize_default_keywords(folded)

    def normalize_expression(self, text: str | None) -> str | None:
        """The server's text (``pg_get_constraintdef``, ``pg_get_indexdef``, ...),
        only its outer parentheses removed; :meth:`compare_expression` folds it."""
        if text is None:
            return None
        text = text.strip()
        while is_wrapped(text):
            text = text[1:-1].strip()
        return text

    def normalize_view_definition(self, text: str | None) -> str | None:
        """``pg_get_viewdef`` as it is, less the trailing ``;``: folding its
        whitespace changed string literals (``'a  b'``). The diff folds it."""
        if text is None:
            return None
        return text.strip().rstrip(";").rstrip()

    def expression_sql(self, expression: str) -> str:
        """The array of an ``IN`` list cast to its element type first: written back
        as printed, ``(ARRAY['a'::character varying])::text[]`` is read as an array of
        text casts and printed ``ARRAY[('a'::character varying)::text]`` (issue #16).

        >>> PostgreSQLSupport().expression_sql("(s)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])")
        "(s)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying]::character varying[])::text[])"
        >>> PostgreSQLSupport().expression_sql("s::text = ANY (ARRAY['a'::character varying]::text[])")
        "s::text = ANY ((ARRAY['a'::character varying]::character varying[])::text[])"
        """
        if "ARRAY[" not in expression:
            return expression

        def cast(m: re.Match[str]) -> str:
            if m["elem"] == m["target"]:
                return m[0]
            return f"(ARRAY[{m['items']}]::{m['elem']}[])::{m['target']}[]"

        return _RE_ARRAY_CAST.sub(cast, expression)

    def compare_expression(self, text: str) -> str:
        """Casts the server adds removed, whitespace folded.

        >>> PostgreSQLSupport().compare_expression("(status)::text = ANY ((ARRAY['a'::character varying])::text[])")
        "status = ANY ((ARRAY['a']))"
        """
        return super().normalize_expression(self.strip_casts(text)) or ""

    def owned_sequence_of(self, default: str | None) -> str | None:
        """The sequence name of a ``nextval('seq'::regclass)`` default, else ``None``."""
        if default is None:
            return None
        match = _RE_NEXTVAL.match(default.strip())
        return match.group("seq").replace("''", "'") if match else None

    def is_serial_sequence_name(self, table: str, column: str, sequence: str) -> bool:
        """``<table>_<column>_seq`` (``makeObjectName``), schema-qualified or not.

        >>> PostgreSQLSupport().is_serial_sequence_name("t", "id", 'app."t_id_seq"')
        True
        >>> PostgreSQLSupport().is_serial_sequence_name("new", "id", "old_id_seq")
        False
        """
        names = [t.text for t in tokenize(sequence, POSTGRESQL) if t.kind == "name"]
        return bool(names) and names[-1] == make_object_name(table, column, "seq")

    def is_generated_name(
        self, kind: str, table: str, columns: tuple[str, ...], name: str | None,
        taken: Collection[str] | None = None,
    ) -> bool:
        if name is None:
            return True
        if kind == "check":
            if not name.rstrip("0123456789").endswith("_check"):
                return False
            # Only columns whose name (or its start, when truncated) is in ``name``.
            candidates = [c for c in columns if c[:8] in name]
            return any(
                _is_numbered(make_object_name(table, c, "check"), name) for c in (*candidates, "")
            )
        label = {"primary_key": "pkey", "foreign_key": "fkey", "unique": "key"}.get(kind)
        if label is None:
            return False
        second = "" if kind == "primary_key" else "_".join(columns)
        return _is_numbered(make_object_name(table, second, label), name)

    def is_stale_generated_name(self, kind: str, table: str, columns: tuple[str, ...], name: str) -> bool:
        label = {"primary_key": "_pkey", "foreign_key": "_fkey", "unique": "_key"}.get(kind)
        if label is None or not name.rstrip("0123456789").endswith(label):
            return False
        return not self.is_generated_name(kind, table, columns, name)

    def renamed_table_ddl(self, old: model.Table, new_name: str) -> tuple[list[str], list[str]]:
        """``ALTER TABLE ... RENAME CONSTRAINT`` for each generated name: PostgreSQL keeps
        ``orders_pkey`` on a renamed table (the backing index follows the constraint)."""
        import dataclasses

        new = dataclasses.replace(old, name=new_name)
        preparer = self.sqlalchemy_dialect().identifier_preparer
        items: list[tuple[str, Any]] = [("primary_key", old.primary_key)] if old.primary_key else []
        items += [("foreign_key", fk) for fk in old.foreign_keys if not fk.is_extra]
        items += [("unique", uq) for uq in old.unique_constraints]
        items += [("check", ck) for ck in old.check_constraints]
        where = preparer.format_table(_sa_table(new_name, old.schema))  # both ways: renamed
        forward: list[str] = []
        backward: list[str] = []
        for kind, obj in items:
            if obj.name is not None:
                continue
            before, after = self.constraint_name(kind, old, obj), self.constraint_name(kind, new, obj)
            if before is None or after is None or before == after:
                continue
            q_before, q_after = preparer.quote(before), preparer.quote(after)
            forward.append(f"ALTER TABLE {where} RENAME CONSTRAINT {q_before} TO {q_after}")
            backward.insert(0, f"ALTER TABLE {where} RENAME CONSTRAINT {q_after} TO {q_before}")
        # A serial column's sequence keeps its name too (``t_id_seq``); its default
        # names it by oid, so it follows the rename.
        for col in old.columns:
            if not _is_serial(col):
                continue
            before = make_object_name(old.name, col.name, "seq")
            after = make_object_name(new_name, col.name, "seq")
            if before == after:
                continue
            q_before = preparer.format_table(_sa_table(before, old.schema))
            q_after = preparer.format_table(_sa_table(after, old.schema))
            forward.append(f"ALTER SEQUENCE {q_before} RENAME TO {preparer.quote(after)}")
            backward.insert(0, f"ALTER SEQUENCE {q_after} RENAME TO {preparer.quote(before)}")
        return forward, backward

    def generated_label(self, column: model.Column) -> str:
        """``serial``, ``bigserial`` or ``smallserial``: how the column was written (its
        sequence is part of it); ``auto`` for any other generated column.

        >>> from schemanb.model import Column
        >>> PostgreSQLSupport().generated_label(Column(name="id", type_sql="BIGINT", type_generic="BIGINT", autoincrement=True))
        'bigserial'
        """
        if not _is_serial(column):
            return "auto"
        return _SERIAL_NAMES.get(column.type_sql.upper(), "auto")

    def serial_changed_ddl(
        self, key: model.TableKey, old: model.Column, new: model.Column
    ) -> tuple[list[str], list[str]] | None:
        """A column that becomes ``SERIAL`` (or stops being one): its sequence created
        ``OWNED BY`` it, the ``nextval`` default set and the sequence moved past the
        rows' values; or the default dropped and the sequence with it. Run after the
        column's other changes (its new name and type)."""
        preparer = self.sqlalchemy_dialect().identifier_preparer
        if _is_serial(old) and _is_serial(new):
            return self._serial_kept_ddl(key, old, new)
        if _is_serial(old) == _is_serial(new):
            return None
        table = preparer.format_table(_sa_table(key.name, key.schema))
        column = preparer.quote(new.name)
        serial = new if _is_serial(new) else old
        name = make_object_name(key.name, serial.name, "seq")
        sequence = preparer.format_table(_sa_table(name, key.schema))
        as_type = _SERIAL_SEQUENCE_TYPE.get(serial.type_sql.upper(), "")
        create = [
            f"CREATE SEQUENCE {sequence}{as_type} OWNED BY {table}.{column}",
            f"ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT "
            f"nextval({_literal(sequence)}::regclass)",
            f"SELECT pg_catalog.setval({_literal(sequence)}, max({column})) "
            f"FROM {table} HAVING max({column}) IS NOT NULL",
        ]
        drop = [f"ALTER TABLE {table} ALTER COLUMN {column} DROP DEFAULT", f"DROP SEQUENCE {sequence}"]
        return (create, drop) if _is_serial(new) else (drop, create)

    def _serial_kept_ddl(
        self, key: model.TableKey, old: model.Column, new: model.Column
    ) -> tuple[list[str], list[str]] | None:
        """A serial column renamed or retyped: its sequence renamed (``t_c_seq``) and
        given the column's type (``SERIAL`` -> ``BIGSERIAL`` leaves it ``AS integer``)."""
        preparer = self.sqlalchemy_dialect().identifier_preparer
        before = make_object_name(key.name, old.name, "seq")
        after = make_object_name(key.name, new.name, "seq")
        forward: list[str] = []
        backward: list[str] = []
        if before != after:
            forward.append(f"ALTER SEQUENCE {preparer.format_table(_sa_table(before, key.schema))} "
                           f"RENAME TO {preparer.quote(after)}")
            backward.append(f"ALTER SEQUENCE {preparer.format_table(_sa_table(after, key.schema))} "
                            f"RENAME TO {preparer.quote(before)}")
        old_type = _SERIAL_SEQUENCE_TYPE.get(old.type_sql.upper(), " AS bigint")
        new_type = _SERIAL_SEQUENCE_TYPE.get(new.type_sql.upper(), " AS bigint")
        if old_type != new_type:
            forward.append(f"ALTER SEQUENCE {preparer.format_table(_sa_table(after, key.schema))}{new_type}")
            backward.insert(0, f"ALTER SEQUENCE {preparer.format_table(_sa_table(after, key.schema))}{old_type}")
        return (forward, backward) if forward else None

    def generated_name(self, kind: str, owner: str, column: str = "") -> str | None:
        """``makeObjectName``'s choice: ``orders_customer_id_fkey``, ``year_check``."""
        label = {"primary_key": "pkey", "foreign_key": "fkey", "unique": "key", "check": "check"}
        return make_object_name(owner, column, label[kind]) if kind in label else None

    def type_change_rewrites(self, before: str, after: str) -> bool:
        """Binary-coercible changes (VARCHAR widened, to TEXT, NUMERIC widened) do not."""
        return not is_binary_coercible(before, after)

    # ---------------------------------------------------------------- safe migrations

    #: ``SET lock_timeout`` of a safe plan: how long a statement may queue for its lock.
    safe_lock_timeout = "5s"
    #: ``SET statement_timeout`` of a safe plan.
    safe_statement_timeout = "30min"

    def safe_preamble(self) -> list[SafeStep]:
        return [
            SafeStep(
                f"SET lock_timeout = '{self.safe_lock_timeout}'",
                "-- SAFE: give up after this long waiting for a lock instead of queueing behind a "
                "long transaction (every later query on the table would queue behind us); "
                "rerun the failed statement later",
            ),
            SafeStep(
                f"SET statement_timeout = '{self.safe_statement_timeout}'",
                "-- SAFE: no statement runs unbounded; raise it for the index builds and "
                "VALIDATE steps of very large tables",
            ),
        ]

    def online_index_kw(self) -> dict[str, Any]:
        return {"postgresql_concurrently": True}

    def safe_create_index(self, sql: str, *, name: str, table: str) -> list[SafeStep]:
        concurrent = re.sub(r"^CREATE (UNIQUE )?INDEX ", r"CREATE \1INDEX CONCURRENTLY ", sql, count=1)
        return [SafeStep(
            concurrent,
            f"-- SAFE: CONCURRENTLY builds the index while reads and writes go on; it cannot run "
            f"inside a transaction block. If it fails it leaves an INVALID index: run "
            f"DROP INDEX CONCURRENTLY IF EXISTS {name}; then this statement again",
            autocommit=True,
        )]

    def safe_add_constraint(
        self, sql: str, *, kind: str, name: str, table: str, columns: Sequence[str] = ()
    ) -> list[SafeStep]:
        if kind == "unique" and columns:
            return [
                *self.safe_create_index(
                    f"CREATE UNIQUE INDEX {name} ON {table} ({', '.join(columns)})",
                    name=name, table=table,
                ),
                SafeStep(
                    f"ALTER TABLE {table} ADD CONSTRAINT {name} UNIQUE USING INDEX {name}",
                    "-- SAFE: the constraint takes over the index built above: no scan under a lock",
                ),
            ]
        if kind in ("foreign_key", "check"):
            return [
                SafeStep(
                    f"{sql} NOT VALID",
                    "-- SAFE: NOT VALID adds the constraint for new rows only, with a brief lock",
                ),
                SafeStep(
                    f"ALTER TABLE {table} VALIDATE CONSTRAINT {name}",
                    "-- SAFE: VALIDATE checks the existing rows while reads and writes go on "
                    "(SHARE UPDATE EXCLUSIVE); it fails, changing nothing, if a row violates it",
                ),
            ]
        return [SafeStep(sql)]

    def safe_set_not_null(self, sql: str, *, table: str, column: str, check_name: str) -> list[SafeStep]:
        return [
            SafeStep(
                f"ALTER TABLE {table} ADD CONSTRAINT {check_name} CHECK ({column} IS NOT NULL) NOT VALID",
                "-- SAFE: SET NOT NULL would scan the table under an exclusive lock; a validated "
                "CHECK lets PostgreSQL 12+ skip that scan",
            ),
            SafeStep(
                f"ALTER TABLE {table} VALIDATE CONSTRAINT {check_name}",
                "-- SAFE: the scan, while reads and writes go on; fails if a row is still NULL",
            ),
            SafeStep(sql, "-- SAFE: proven by the CHECK above, so no scan (PostgreSQL 12+)"),
            SafeStep(
                f"ALTER TABLE {table} DROP CONSTRAINT {check_name}",
                "-- SAFE: the helper CHECK is no longer needed",
            ),
        ]

    # ---------------------------------------------------------------- features

    label = "PostgreSQL"
    type_change_needs_cast = True

    def retype_kwargs(self, column_sql: str, type_sql: str) -> dict[str, str]:
        """``USING col::type``: PostgreSQL refuses e.g. VARCHAR to INTEGER without an
        explicit cast, even on an empty table."""
        return {"postgresql_using": f"{column_sql}::{type_sql}"}
    quotes_user_type_names = True
    models_declare_named_types = True
    default_driver = "psycopg"
    driver_extra = "postgres"

    def constraint_name(self, kind: str, table: model.Table, obj: Any) -> str | None:
        """``makeObjectName(table, columns, label)``: ``<table>_pkey``, ``<table>_<cols>_fkey``,
        ``<table>_<cols>_key``, ``<table>_<col>_check`` (the first column the expression names)."""
        if kind == "primary_key":
            return make_object_name(table.name, "", "pkey")
        if kind == "check":
            first = first_column(obj.expression, table)
            return make_object_name(table.name, first or "", "check")
        columns = getattr(obj, "columns", ())
        label = "fkey" if kind == "foreign_key" else "key"
        return make_object_name(table.name, "_".join(columns), label)

    def index_kwargs(self, index: model.Index) -> dict[str, Any]:
        kw: dict[str, Any] = {}
        if index.where:
            kw["postgresql_where"] = SQLText(self.expression_sql(index.where))
        if index.method:
            kw["postgresql_using"] = index.method
        if index.include:
            kw["postgresql_include"] = list(index.include)
        storage = storage_parameters(index, f"index {index.name}")
        if storage:
            kw["postgresql_with"] = {name: with_literal(value) for name, value in storage.items()}
        return kw

    def reserved_words(self) -> frozenset[str]:
        from sqlalchemy.dialects.postgresql.base import RESERVED_WORDS as PG

        return super().reserved_words() | {w.lower() for w in PG}

    #: libpq's keepalive settings: a peer gone silent is noticed within 10 + 3 * 5 s
    #: while waiting for an answer, and data left unacknowledged fails after 30 s.
    KEEPALIVES = {
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": 30_000,
    }

    def connect_args(self, driver: str, timeout: int) -> dict[str, Any]:
        args: dict[str, Any] = {"connect_timeout": timeout}
        if driver in ("psycopg", "psycopg2"):  # libpq's parameters
            args.update(self.KEEPALIVES)
        return args

    def abort_reads(self, dbapi_connection: Any) -> None:
        fileno = getattr(dbapi_connection, "fileno", None)
        if fileno is not None:
            shutdown_socket(fileno())

    def drop_database_sql(self, quoted_name: str) -> str:
        return f"DROP DATABASE IF EXISTS {quoted_name} WITH (FORCE)"

    def session_statements(self, dialect: Dialect | None = None) -> list[str]:
        return [
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
            f"SET statement_timeout = '{self.statement_timeout}s'",
            "SET lock_timeout = '5s'",
            "SET idle_in_transaction_session_timeout = '120s'",
        ]

    # ------------------------------------------------------------------ databases

    def database_exists(self, connection: Connection, name: str) -> bool:
        import sqlalchemy as sa

        found = connection.execute(
            sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        ).first()
        return found is not None

    def database_comment(self, connection: Connection) -> str | None:
        import sqlalchemy as sa

        found = connection.execute(sa.text(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
            "WHERE datname = current_database()"
        )).scalar()
        return None if found is None else str(found)

    def set_database_comment(self, connection: Connection, text: str) -> None:
        import sqlalchemy as sa

        name = connection.execute(sa.text("SELECT current_database()")).scalar_one()
        quote = connection.dialect.identifier_preparer.quote
        connection.exec_driver_sql(f"COMMENT ON DATABASE {quote(name)} IS {sql_literal(connection, text)}")


    # ---------------------------------------------------------------- catalog

    def fetch_indexes(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> dict[tuple[str | None, str], list[dict[str, Any]]] | None:
        return self.index_dicts(self.fetch_rows(
            connection, "indexes", schemas=[catalog_schema], relkinds=["r", "p"]), schema)

    def index_dicts(
        self, rows: Sequence[Any], schema: str | None
    ) -> dict[tuple[str | None, str], list[dict[str, Any]]]:
        """Inspector-shaped index dicts from the rows of ``indexes.sql``."""
        out: dict[tuple[str | None, str], list[dict[str, Any]]] = {}
        for r in rows:
            keys = list(r.column_names[: r.key_count])
            parts = list(r.parts[: r.key_count])
            options: dict[str, Any] = {"postgresql_using": r.method}
            if r.predicate is not None:
                options["postgresql_where"] = r.predicate
            if r.key_count < len(r.parts):
                options["postgresql_include"] = list(r.column_names[r.key_count :])
            if any(r.opclasses):
                options["postgresql_ops"] = {k if k is not None else p: ops
                                             for k, p, ops in zip(keys, parts, r.opclasses) if ops}
            if r.storage:
                options["postgresql_with"] = dict(o.split("=", 1) for o in r.storage)
            index: dict[str, Any] = {
                "name": r.name,
                "column_names": keys,
                "unique": bool(r.is_unique),
                "dialect_options": options,
            }
            if any(k is None for k in keys):
                index["expressions"] = [k if k is not None else p for k, p in zip(keys, parts)]
            if any(r.descending):
                index["column_sorting"] = {k if k is not None else p: ("desc",)
                                           for k, p, down in zip(keys, parts, r.descending) if down}
            if r.constraint_name is not None:
                index["duplicates_constraint"] = r.constraint_name
            out.setdefault((schema, r.table_name), []).append(index)
        return out


    def fetch_views(self, connection: Connection, schemas: Sequence[str]) -> list[model.View]:
        rows = self.fetch_rows(connection, "views", schemas=list(schemas))
        return [
            model.View(
                schema=r.schema_name,
                name=r.name,
                definition=self.normalize_view_definition(r.definition),
                materialized=bool(r.materialized),
                comment=r.comment,
            )
            for r in rows
        ]

    def fetch_column_types(
        self, connection: Connection, columns: Sequence[tuple[str, str, str]]
    ) -> dict[tuple[str, str, str], str]:
        rows = self.fetch_rows(
            connection,
            "column_types",
            schemas=[c[0] for c in columns],
            tables=[c[1] for c in columns],
            columns=[c[2] for c in columns],
        )
        return {
            (r.schema_name, r.table_name, r.column_name): self.normalize_type_sql(r.type_sql)
            for r in rows
        }

    def fetch_enums(self, connection: Connection, schemas: Sequence[str]) -> list[model.Enum]:
        rows = self.fetch_rows(connection, "enums", schemas=list(schemas))
        return [
            model.Enum(schema=r.schema_name, name=r.name, values=tuple(r.labels)) for r in rows
        ]

    def fetch_sequences(
        self, connection: Connection, schemas: Sequence[str]
    ) -> list[model.Sequence]:
        rows = self.fetch_rows(connection, "sequences", schemas=list(schemas))
        return [
            self.build_sequence(
                schema=r.schema_name,
                name=r.name,
                data_type=r.data_type,
                start=r.start_value,
                increment=r.increment,
                min_value=r.min_value,
                max_value=r.max_value,
                cycle=r.cycle,
                cache=r.cache,
                owned_by=(
                    None if r.owner_table is None else f"{r.owner_table}.{r.owner_column}"
                ),
            )
            for r in rows
        ]

    def build_sequence(
        self,
        *,
        schema: str | None,
        name: str,
        data_type: str | None,
        start: int | None,
        increment: int | None,
        min_value: int | None,
        max_value: int | None,
        cycle: bool,
        cache: int | None = None,
        owned_by: str | None = None,
    ) -> model.Sequence:
        """A :class:`~schemanb.model.Sequence` with PostgreSQL's defaults left out.

        ``CREATE SEQUENCE s`` is a bigint from 1 by 1 up to the type's maximum; a
        value equal to what PostgreSQL would choose is ``None``, so the snapshot of
        ``Sequence("s")`` and of the database it made agree.
        """
        dtype = (data_type or "bigint").lower()
        step = increment if increment is not None else 1
        type_max = self._SEQUENCE_MAX.get(dtype, self._SEQUENCE_MAX["bigint"])
        default_min, default_max = (1, type_max) if step > 0 else (-type_max - 1, -1)
        low = default_min if min_value is None else min_value
        default_start = low if step > 0 else (default_max if max_value is None else max_value)
        return model.Sequence(
            schema=schema,
            name=name,
            data_type=None if dtype == "bigint" else dtype.upper(),
            start=None if start in (None, default_start) else int(start),
            increment=None if step == 1 else int(step),
            min_value=None if min_value in (None, default_min) else int(min_value),
            max_value=None if max_value in (None, default_max) else int(max_value),
            cycle=bool(cycle),
            cache=None if cache in (None, 1) else int(cache),
            owned_by=owned_by,
        )


def _sa_table(name: str, schema: str | None) -> Any:
    import sqlalchemy as sa

    return sa.table(name, schema=schema)


def _is_numbered(base: str, name: str) -> bool:
    """``name`` is ``base`` or ``base`` plus digits (PostgreSQL's ``orders_pkey1``).

    String tests, not a regex per call: reflection asks this for every
    constraint and, for checks, every column (a 1,000-table schema made the
    regex cache thrash).
    """
    rest = name[len(base):] if name.startswith(base) else None
    return rest is not None and (not rest or (rest.isascii() and rest.isdigit()))


#: ``AS ...`` of the sequence ``SERIAL``/``SMALLSERIAL`` create (``BIGSERIAL``'s is the default).
_SERIAL_SEQUENCE_TYPE = {"SMALLINT": " AS smallint", "INTEGER": " AS integer"}


#: The pseudo-type a serial column of each integer type was written with.
_SERIAL_NAMES = {"SMALLINT": "smallserial", "INTEGER": "serial", "BIGINT": "bigserial"}


def _is_serial(col: model.Column) -> bool:
    """A column written as ``SERIAL``: generated, by no identity and no default of its
    own (the snapshot leaves the ``nextval`` default of ``t_c_seq`` out)."""
    return col.autoincrement and col.default is None and col.identity is None and col.computed is None


@functools.lru_cache(maxsize=65536)
def make_object_name(name1: str, name2: str, label: str, limit: int = 63) -> str:
    """PostgreSQL's ``makeObjectName``: how it names an unnamed constraint.

    The longer of the two parts is shortened until ``name1_name2_label`` fits in
    ``limit`` bytes (src/backend/commands/indexcmds.c).

    >>> make_object_name("orders", "customer_id", "fkey")
    'orders_customer_id_fkey'
    """
    b1, b2 = name1.encode(), name2.encode()
    overhead = len(label.encode()) + 1 + (1 if b2 else 0)
    avail = limit - overhead
    n1, n2 = len(b1), len(b2)
    while n1 + n2 > avail:
        if n1 > n2:
            n1 -= 1
        else:
            n2 -= 1
    part1 = b1[:n1].decode(errors="ignore")
    part2 = b2[:n2].decode(errors="ignore")
    return f"{part1}_{part2}_{label}" if b2 else f"{part1}_{label}"


_BINARY_COERCIBLE_TARGETS = ("TEXT", "VARCHAR", "CHARACTER VARYING")


def is_binary_coercible(before: str, after: str) -> bool:
    """Whether PostgreSQL changes ``before`` to ``after`` without rewriting the table.

    >>> is_binary_coercible("VARCHAR(50)", "VARCHAR(100)"), is_binary_coercible("INTEGER", "BIGINT")
    (True, False)
    """
    b_base, b_args = _split_type(before)
    a_base, a_args = _split_type(after)
    if b_base is None or a_base is None:
        return False
    strings = ("VARCHAR", "CHARACTER VARYING", "TEXT")
    if b_base in strings and a_base in strings:
        if not a_args:
            return True
        return bool(b_args) and b_base != "TEXT" and int(a_args) >= int(b_args)
    if b_base in ("NUMERIC", "DECIMAL") and a_base in ("NUMERIC", "DECIMAL"):
        if not a_args:
            return True
        if not b_args:
            return False
        bp, _, bs = b_args.partition(",")
        ap, _, as_ = a_args.partition(",")
        return int(ap) >= int(bp) and int(as_ or 0) == int(bs or 0)
    return False


def _split_type(text: str) -> tuple[str | None, str]:
    match = re.fullmatch(r"\s*([A-Z ]+?)\s*(?:\((\d+(?:\s*,\s*\d+)?)\))?\s*", text.upper())
    return (match.group(1), (match.group(2) or "").replace(" ", "")) if match else (None, "")


def first_column(expression: str, table: model.Table) -> str | None:
    """The first column of ``table`` that ``expression`` names (quoted or bare;
    a word inside a string does not count)."""
    names = set(table.column_map)
    for token in tokenize(expression, POSTGRESQL):
        if token.kind == "name" and token.text in names:
            return token.text
    return None
