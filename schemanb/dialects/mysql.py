"""MySQL and MariaDB: display widths, TINYINT(1) booleans, unique keys are indexes."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .. import model
from .base import CatalogKey, SafeStep, sql_literal
from .mysql_objects import MySQLObjects

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Dialect
    from sqlalchemy.types import TypeEngine

_RE_DISPLAY_WIDTH = re.compile(r"^(BIGINT|INTEGER|INT|MEDIUMINT|SMALLINT)\(\d+\)", re.I)
_RE_TINYINT_WIDTH = re.compile(r"^TINYINT\((?!1\))\d+\)", re.I)
_RE_BACKTICK_NAME = re.compile(r"`((?:[^`]|``)+)`")


#: Where fetch_row_estimates leaves the sizes it read for fetch_size_estimates.
_SIZES = "schemanb.size_estimates"

class MySQLSupport(MySQLObjects):
    name = "mysql"
    sqlalchemy_name = "mysql"
    supports_comments = True
    supports_computed = True
    transactional_ddl = False
    max_identifier_length = 64
    generated_constraint_names = True
    #: MySQL has no unique constraint distinct from a unique index.
    unique_constraints_are_indexes = True
    fk_creates_index = True
    sql_folder = "mysql"

    def is_generated_name(
        self, kind: str, table: str, columns: tuple[str, ...], name: str | None
    ) -> bool:
        if name is None or kind == "primary_key":
            return True
        if kind == "foreign_key":
            return re.fullmatch(re.escape(table) + r"_ibfk_\d+", name) is not None
        if kind == "check":
            return re.fullmatch(r"CONSTRAINT_\d+", name) is not None or name in columns
        if kind == "unique" and columns:
            return re.fullmatch(re.escape(columns[0]) + r"(_\d+)?", name) is not None
        return False

    def fold_identifier(self, name: str) -> str:
        return name.lower()

    def normalize_type_sql(self, type_sql: str) -> str:
        text = super().normalize_type_sql(type_sql)
        if text in ("BOOL", "BOOLEAN"):
            return "TINYINT(1)"
        text = _RE_DISPLAY_WIDTH.sub(lambda m: "INTEGER" if m.group(1).upper() in ("INT", "INTEGER") else m.group(1).upper(), text)
        text = _RE_TINYINT_WIDTH.sub("TINYINT", text)
        if text.startswith("NUMERIC"):
            text = "DECIMAL" + text[len("NUMERIC"):]
        return text

    def normalize_type_generic(self, type_: TypeEngine[Any], type_sql: str) -> str:
        if type_sql == "TINYINT(1)":
            return "BOOLEAN"
        return super().normalize_type_generic(type_, type_sql)

    def normalize_default(self, default: str | None, *, type_sql: str = "") -> str | None:
        text = super().normalize_default(default, type_sql=type_sql)
        if text is None or text.upper() == "NULL":
            return None
        if type_sql == "TINYINT(1)":
            return {"1": "true", "'1'": "true", "0": "false", "'0'": "false"}.get(text.lower(), text)
        return text

    def normalize_expression(self, text: str | None) -> str | None:
        if text is None:
            return None
        text = _RE_BACKTICK_NAME.sub(lambda m: m.group(1).replace("``", "`"), text)
        return super().normalize_expression(text)

    def rewrites_table(self, kind: str, before: Any, after: Any) -> bool:
        # Most ALTERs copy the table (ALGORITHM=COPY) or rebuild it in place.
        if kind == "column_type_changed":
            return self.type_change_rewrites(before.type_sql, after.type_sql)
        return kind in (
            "column_nullable_changed", "column_computed_changed", "column_collation_changed",
            "primary_key_added", "primary_key_dropped", "primary_key_changed",
        )

    def type_change_rewrites(self, before: str, after: str) -> bool:
        """Only a VARCHAR widened within the same length-byte class is in place."""
        widths = [_varchar_length(before), _varchar_length(after)]
        if None in widths:
            return True
        old, new = widths
        return not (new >= old and (new <= 255) == (old <= 255))  # type: ignore[operator]

    def index_build_blocks_writes(self) -> bool:
        return False  # InnoDB builds secondary indexes online (ALGORITHM=INPLACE)

    def script_statement(self, sql: str) -> str:
        """A statement for the ``mariadb``/``mysql`` client, which splits a script on ``;``.

        A statement holding ``;`` (a routine, trigger or event body) is wrapped in
        ``DELIMITER`` lines, as ``mariadb-dump`` writes it, with a delimiter the
        body does not contain.

        >>> print(MySQLSupport().script_statement("CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET @a = 1; END"), end="")
        DELIMITER $$
        CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET @a = 1; END$$
        DELIMITER ;
        """
        if ";" not in sql:
            return sql + ";\n"
        delimiter = next(d for d in ("$$", "//", ";;", "$$$$") + tuple(f"$${i}$$" for i in range(1000))
                         if d not in sql)
        return f"DELIMITER {delimiter}\n{sql}{delimiter}\nDELIMITER ;\n"

    def index_kwargs(self, index: model.Index) -> dict[str, Any]:
        """The kind (``FULLTEXT``, ``SPATIAL``), prefix lengths and parser of an index.

        Each under both ``mysql_`` and ``mariadb_``: SQLAlchemy's MariaDB dialect
        reads only its own keywords, and without them ``KEY (name(191))``
        becomes ``KEY (name)`` ("Specified key was too long").

        >>> from schemanb.model import Index
        >>> ix = Index(name="ix", expressions=("a, b", "c"), method="fulltext",
        ...            dialect_options=(("mysql_length", "a, b(10), c(5)"),))
        >>> MySQLSupport().index_kwargs(ix)["mariadb_length"]
        {'a, b': 10, 'c': 5}
        """
        kw: dict[str, Any] = {}
        if index.method:
            kw["prefix"] = index.method.upper()
        options = dict(index.dialect_options)
        if options.get("mysql_length"):
            kw["length"] = _prefix_lengths(options["mysql_length"], index.columns)
        if options.get("mysql_with_parser"):
            kw["with_parser"] = options["mysql_with_parser"]
        return {f"{family}_{k}": v for k, v in kw.items() for family in ("mysql", "mariadb")}

    # ---------------------------------------------------------------- safe migrations

    #: Changes InnoDB makes by changing metadata only (MariaDB 10.4+, MySQL 8.0.29+).
    _INSTANT = frozenset({"column_added", "column_dropped", "column_renamed",
                          "column_default_changed", "column_comment_changed",
                          "table_comment_changed"})
    #: Changes InnoDB makes in place while reads and writes go on.
    _INPLACE = frozenset({"index_added", "index_dropped", "unique_added", "unique_dropped",
                          "column_nullable_changed", "foreign_key_dropped"})
    _COPY = (
        "-- LOCKING: no online algorithm for this change: the server copies the whole table "
        "(ALGORITHM=COPY) and writes wait until it is done; on a large table use an online "
        "schema-change tool (gh-ost, pt-online-schema-change) or add-copy-swap"
    )

    def safe_create_index(self, sql: str, *, name: str, table: str) -> list[SafeStep]:
        return [SafeStep(
            f"{sql} ALGORITHM=INPLACE LOCK=NONE",
            "-- SAFE: built in place while reads and writes go on; the server refuses "
            "(changing nothing) instead of silently locking the table",
        )]

    def safe_add_constraint(
        self, sql: str, *, kind: str, name: str, table: str, columns: Sequence[str] = ()
    ) -> list[SafeStep]:
        return self.safe_alter(sql, kind=f"{kind}_added")

    def safe_set_not_null(self, sql: str, *, table: str, column: str, check_name: str) -> list[SafeStep]:
        return self.safe_alter(sql, kind="column_nullable_changed")

    def safe_alter(self, sql: str, *, kind: str) -> list[SafeStep]:
        if not sql.upper().startswith("ALTER TABLE"):
            return [SafeStep(sql, self.safe_alter_note(kind))]
        if kind in self._INSTANT:
            return [SafeStep(
                f"{sql}, ALGORITHM=INSTANT",
                "-- SAFE: INSTANT changes only the table's metadata; the server refuses "
                "(changing nothing) if it cannot",
            )]
        if kind in self._INPLACE:
            return [SafeStep(
                f"{sql}, ALGORITHM=INPLACE, LOCK=NONE",
                "-- SAFE: in place while reads and writes go on; the server refuses "
                "(changing nothing) instead of silently locking the table",
            )]
        return [SafeStep(sql, self.safe_alter_note(kind))]

    def safe_alter_note(self, kind: str) -> str | None:
        if kind in self._INSTANT or kind in self._INPLACE:
            return None
        if kind == "foreign_key_added":
            return (f"{self._COPY}; a foreign key is added in place only with "
                    "foreign_key_checks=0, which skips checking the existing rows")
        if kind in ("column_type_changed", "check_added", "check_changed",
                    "primary_key_added", "primary_key_changed", "column_collation_changed"):
            return self._COPY
        return None

    def backfill_sql(
        self, table: str, column: str, key: Sequence[str], batch_rows: int
    ) -> str:
        # MariaDB/MySQL cannot LIMIT an IN subquery on the table being updated.
        if not key:
            return super().backfill_sql(table, column, key, batch_rows)
        return (
            f"UPDATE {table} SET {column} = /* TODO: value */ WHERE {column} IS NULL "
            f"ORDER BY {', '.join(key)} LIMIT {int(batch_rows)}"
        )

    # ---------------------------------------------------------------- features

    label = "MySQL/MariaDB"
    partitions_in_create_table = True
    requotes_expression_columns = True
    default_driver = "pymysql"
    driver_extra = "mysql"

    def constraint_name(self, kind: str, table: model.Table, obj: Any) -> str | None:
        """``<table>_ibfk_<n>`` for foreign keys, the first column for unique keys,
        ``CONSTRAINT_<n>`` for checks; ``n`` is the constraint's position among the
        table's unnamed ones, which is a best guess."""
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

    def alter_column_kwargs(self, before: model.Column, after: model.Column) -> dict[str, Any]:
        return {"autoincrement": after.autoincrement, "existing_autoincrement": before.autoincrement}

    def reserved_words(self) -> frozenset[str]:
        from sqlalchemy.dialects.mysql.reserved_words import (
            RESERVED_WORDS_MARIADB,
            RESERVED_WORDS_MYSQL,
        )

        return super().reserved_words() | {w.lower() for w in RESERVED_WORDS_MYSQL | RESERVED_WORDS_MARIADB}

    def render_dialect(self, server_version: str | None) -> str | None:
        """MariaDB reports 10.x/11.x (or says so); MySQL is 5.x, 8.x or 9.x."""
        return "mariadb" if _is_mariadb_version(server_version) else None

    def connect_args(self, driver: str, timeout: int) -> dict[str, Any]:
        """PyMySQL's connect_timeout covers only the TCP connect; the server's greeting
        is read under read_timeout, so a server that accepts and never answers would
        hang forever: the handshake is bounded too (the caller lifts the bound after)."""
        args: dict[str, Any] = {"connect_timeout": timeout}
        if driver == "pymysql":
            args["read_timeout"] = timeout
        return args

    def session_statements(self, dialect: Dialect | None = None) -> list[str]:
        timeout = (
            "SET SESSION max_statement_time = 60"
            if dialect is None or getattr(dialect, "is_mariadb", False)
            else "SET SESSION max_execution_time = 60000"
        )
        return ["SET SESSION TRANSACTION READ ONLY", timeout, "SET SESSION lock_wait_timeout = 5"]

    # ------------------------------------------------------------------ databases

    def database_exists(self, connection: Connection, name: str) -> bool:
        import sqlalchemy as sa

        found = connection.execute(
            sa.text("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = :n"),
            {"n": name},
        ).first()
        return found is not None

    def database_comment(self, connection: Connection) -> str | None:
        import sqlalchemy as sa

        try:
            found = connection.execute(sa.text(
                "SELECT SCHEMA_COMMENT FROM information_schema.SCHEMATA "
                "WHERE SCHEMA_NAME = DATABASE()"
            )).scalar()
        except sa.exc.DBAPIError:  # MySQL and MariaDB before 10.5 keep no database comment
            return None
        return str(found) if found else None

    def set_database_comment(self, connection: Connection, text: str) -> None:
        """``ALTER DATABASE ... COMMENT`` (MariaDB 10.5 and later)."""
        import sqlalchemy as sa

        name = connection.execute(sa.text("SELECT DATABASE()")).scalar_one()
        quote = connection.dialect.identifier_preparer.quote
        connection.exec_driver_sql(f"ALTER DATABASE {quote(name)} COMMENT = {sql_literal(connection, text)}")

    # ---------------------------------------------------------------- catalog

    def fetch_row_estimates(
        self, connection: Connection, schemas: Sequence[str]
    ) -> dict[CatalogKey, int | None]:
        rows = self.fetch_rows(connection, "row_estimates", schemas=list(schemas))
        # The same rows carry the sizes: kept for fetch_size_estimates (no second query).
        connection.info[_SIZES] = {
            (r.schema_name, r.name): None if r.size_bytes is None else int(r.size_bytes)
            for r in rows
        }
        return {
            (r.schema_name, r.name): None if r.estimate is None else int(r.estimate)
            for r in rows
        }

    def fetch_size_estimates(
        self, connection: Connection, schemas: Sequence[str]
    ) -> dict[CatalogKey, int | None]:
        sizes = connection.info.pop(_SIZES, None)
        if sizes is None:
            self.fetch_row_estimates(connection, schemas)
            sizes = connection.info.pop(_SIZES, {})
        return dict(sizes)

    def fetch_views(self, connection: Connection, schemas: Sequence[str]) -> list[model.View]:
        rows = self.fetch_rows(connection, "views", schemas=list(schemas))
        return [
            model.View(
                schema=r.schema_name,
                name=r.name,
                definition=self.normalize_view_definition(
                    _unqualify(r.definition, r.schema_name)
                ),
            )
            for r in rows
        ]

    def fetch_view_columns(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> dict[tuple[str | None, str], list[dict[str, Any]]] | None:
        """Columns of every view in one query, parsed by SQLAlchemy's own MySQL parser.

        The rows are what ``DESCRIBE`` gives, so they go through the same
        ``_describe_to_create`` + ``parse`` the Inspector uses per view; ``None``
        (ask the Inspector) when this SQLAlchemy lacks them.
        """
        dialect: Any = connection.dialect
        parser = getattr(dialect, "_tabledef_parser", None)
        if parser is None or not hasattr(parser, "_describe_to_create"):
            return None
        rows = self.fetch_rows(connection, "view_columns", schema=catalog_schema)
        grouped: dict[str, list[tuple[str, str, str, str, str | None, str]]] = {}
        mariadb = bool(getattr(dialect, "is_mariadb", False))
        for r in rows:
            default = _describe_default(r.column_default) if mariadb else r.column_default
            grouped.setdefault(r.view_name, []).append(
                (r.name, r.type, r.nullable, r.column_key, default, r.extra)
            )
        charset = dialect._connection_charset
        return {
            (schema, view): list(parser.parse(parser._describe_to_create(view, cols), charset).columns)
            for view, cols in grouped.items()
        }

    def fetch_table_fixes(
        self,
        connection: Connection,
        tables: Sequence[model.Table],
        catalog_schemas: Mapping[str | None, str],
    ) -> Sequence[model.Table]:
        """MariaDB's JSON columns come back as ``LONGTEXT``; give them their type back."""
        names = sorted(set(catalog_schemas.values()))
        rows = self.fetch_rows(connection, "json_columns", schemas=names)
        json_columns = {(r.schema_name, r.name, r.column_name) for r in rows}
        if not json_columns:
            return tables
        out = []
        for table in tables:
            schema_name = catalog_schemas[table.schema]
            columns = tuple(
                dataclasses.replace(c, type_sql="JSON", type_generic="JSON", collation=None)
                if (schema_name, table.name, c.name) in json_columns
                else c
                for c in table.columns
            )
            out.append(table if columns == table.columns else dataclasses.replace(table, columns=columns))
        return out


def _describe_default(value: str | None) -> str | None:
    """MariaDB's ``COLUMN_DEFAULT`` (SQL text: ``'a''b'``, ``NULL``) as DESCRIBE shows it.

    >>> _describe_default("'it''s'"), _describe_default("NULL"), _describe_default("0")
    ("it's", None, '0')
    """
    if value is None or value == "NULL":
        return None
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _unqualify(definition: str | None, database: str) -> str | None:
    """Drop the ```db`.`` qualifier MySQL writes before every name in a view body.

    The database name differs between servers (``shop`` vs ``shop_test``), the
    view does not.

    >>> _unqualify("select `shop`.`t`.`id` AS `id` from `shop`.`t`", "shop")
    'select `t`.`id` AS `id` from `t`'
    """
    if definition is None:
        return None
    return definition.replace("`" + database.replace("`", "``") + "`.", "")


class MariaDBSupport(MySQLSupport):
    """MariaDB: MySQL's rules, but models compile with SQLAlchemy's MariaDB dialect.

    The snapshot's dialect stays ``mysql`` (one family); ``inspect(metadata,
    dialect="mariadb")`` differs from ``"mysql"`` only where SQLAlchemy renders
    DDL differently, e.g. ``Uuid`` is ``UUID`` on MariaDB and ``CHAR(32)`` on MySQL.
    """

    sqlalchemy_name = "mariadb"


def _prefix_lengths(text: str, columns: Sequence[str]) -> dict[str, int]:
    """``{column: length}`` from the snapshot's ``col(10), col2(5)`` (columns matched by name).

    >>> _prefix_lengths("name(191), x(5)", ("name", "id", "x"))
    {'name': 191, 'x': 5}
    """
    out: dict[str, int] = {}
    for column in sorted(columns, key=len, reverse=True):
        match = re.search(r"(?:^|, )" + re.escape(column) + r"\((\d+)\)(?=, |$)", text)
        if match:
            out[column] = int(match.group(1))
    return {c: out[c] for c in columns if c in out}


def _is_mariadb_version(version: str | None) -> bool:
    if not version:
        return False
    if "mariadb" in version.lower():
        return True
    major = version.split(".", 1)[0]
    return major.isdigit() and 10 <= int(major) < 20


def _varchar_length(type_sql: str) -> int | None:
    match = re.fullmatch(r"VARCHAR\((\d+)\)", type_sql.upper())
    return int(match.group(1)) if match else None
