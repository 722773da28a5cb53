"""MySQL and MariaDB: display widths, TINYINT(1) booleans, unique keys are indexes."""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ... import model
from ..connect import shutdown_socket, sql_literal
from ..reflection import CatalogKey
from ..risk import SafeStep
from . import mariadb as maria
from .objects import MySQLObjects, charset_options, prefix_lengths, show_create
from .text import key_options, session_around, view_body

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Dialect
    from sqlalchemy.types import TypeEngine

_RE_DISPLAY_WIDTH = re.compile(r"^(BIGINT|INTEGER|INT|MEDIUMINT|SMALLINT|TINYINT)\((\d+)\)", re.I)
#: The display width an integer type gets when none is written: (signed, unsigned).
_DEFAULT_WIDTH = {"BIGINT": (20, 20), "INTEGER": (11, 10), "INT": (11, 10), "MEDIUMINT": (9, 8),
                  "SMALLINT": (6, 5), "TINYINT": (4, 3)}
_RE_BACKTICK_NAME = re.compile(r"`((?:[^`]|``)+)`")


#: Where fetch_row_estimates leaves the sizes it read for fetch_size_estimates.
_SIZES = "schemanb.size_estimates"

#: Table options that take only a number: the server's "not set" is 0 (``MAX_ROWS=DEFAULT``
#: is a syntax error); the others (``PACK_KEYS``, ``STATS_*``, ``ROW_FORMAT`` ...) take DEFAULT.
_OPTION_RESET = {key: "0" for key in (
    "mysql_max_rows", "mysql_min_rows", "mysql_avg_row_length", "mysql_key_block_size",
    "mysql_checksum", "mysql_delay_key_write")}


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
    fk_needs_index = True
    sql_folder = "mysql"

    def is_generated_name(
        self, kind: str, table: str, columns: tuple[str, ...], name: str | None,
        taken: Collection[str] | None = None,
    ) -> bool:
        if name is None or kind == "primary_key":
            return True
        if kind == "foreign_key":
            return re.fullmatch(re.escape(table) + r"_ibfk_\d+", name) is not None
        if kind == "check":
            return re.fullmatch(r"CONSTRAINT_\d+", name) is not None or name in columns
        if kind == "unique" and columns:
            # An unnamed key is named after its first column, then c_2, c_3 ... while
            # the name is taken: c_3 is the server's only beside c and c_2 (zabbix's
            # own token_3 is not).
            match = re.fullmatch(re.escape(columns[0]) + r"(?:_(\d+))?", name)
            if match is None or match.group(1) is None or taken is None:
                return match is not None
            others = {t.lower() for t in taken if t != name}
            first = columns[0].lower()
            return all(n in others for n in [first, *(f"{first}_{k}" for k in range(2, int(match.group(1))))])
        return False

    def fold_identifier(self, name: str) -> str:
        return name.lower()

    def normalize_view_definition(self, text: str | None) -> str | None:
        """The server's view body as it is, less a trailing ``;``: folding its
        whitespace changed string literals (``'a  b'``), and the body is written
        back from it. The diff folds whitespace outside literals."""
        if text is None:
            return None
        return text.strip().rstrip(";").rstrip()

    def normalize_type_sql(self, type_sql: str) -> str:
        text = super().normalize_type_sql(type_sql)
        if text in ("BOOL", "BOOLEAN"):
            return "TINYINT(1)"
        text = _RE_DISPLAY_WIDTH.sub(lambda m: _integer_type(m, unsigned="UNSIGNED" in text.upper()), text)
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
        # A name holding a backtick keeps its quotes: bare, it would open a quoted name.
        text = _RE_BACKTICK_NAME.sub(lambda m: m.group(0) if "``" in m.group(1) else m.group(1), text)
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
            kw["length"] = prefix_lengths(options["mysql_length"], index.columns)
        if options.get("mysql_with_parser"):
            kw["with_parser"] = options["mysql_with_parser"]
        if options.get("mysql_using"):
            kw["using"] = options["mysql_using"].lower()  # upper case would be quoted as a name
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

    def view_options_sql(self, view: model.View) -> tuple[str, str]:
        """``ALGORITHM=``, ``SQL SECURITY`` before ``VIEW``, ``WITH ... CHECK OPTION`` after.

        >>> from schemanb.model import View
        >>> MySQLSupport().view_options_sql(View(name="v", options=(("algorithm", "MERGE"), ("check_option", "LOCAL"), ("security", "INVOKER"))))
        ('ALGORITHM=MERGE SQL SECURITY INVOKER ', ' WITH LOCAL CHECK OPTION')
        """
        options = dict(view.options)
        before = ""
        if options.get("algorithm"):
            before += f"ALGORITHM={_word(options['algorithm'])} "
        if options.get("security"):
            before += f"SQL SECURITY {_word(options['security'])} "
        check = options.get("check_option")
        return before, f" WITH {_word(check)} CHECK OPTION" if check else ""

    def view_session_ddl(self, view: model.View) -> tuple[list[str], list[str]]:
        """``SET character_set_client``/``collation_connection`` of a view created under
        another client character set than its database's default, and the statement
        giving the session's own back (as ``mariadb-dump`` writes views).

        >>> from schemanb.model import View
        >>> MySQLSupport().view_session_ddl(View(name="v", options=(("character_set_client", "latin1"),)))[0][1]
        "SET character_set_client = 'latin1'"
        >>> MySQLSupport().view_session_ddl(View(name="v"))
        ([], [])
        """
        return session_around(view.options)

    def table_kwargs(self, table: model.Table) -> dict[str, Any]:
        """``ENGINE``, ``DEFAULT CHARSET``, ``COLLATE``, ``ROW_FORMAT`` of ``CREATE TABLE``
        (under ``mysql_`` and ``mariadb_``: SQLAlchemy's MariaDB dialect reads only its own)."""
        kw = {k.split("_", 1)[1]: v for k, v in table.dialect_options
              if k.startswith("mysql_") and k != maria.SYSTEM_VERSIONING}
        return {f"{family}_{k}": v for k, v in kw.items() for family in ("mysql", "mariadb")}

    def table_settings(self, table: model.Table) -> list[str]:
        """The options as ``SHOW CREATE TABLE`` ends the table: ``ENGINE=Aria``,
        ``DEFAULT CHARSET=latin1``, ``ROW_FORMAT=COMPRESSED``; MariaDB's ``WITH SYSTEM
        VERSIONING``.

        >>> from schemanb.model import Table
        >>> MySQLSupport().table_settings(Table(name="t", dialect_options=(("mysql_charset", "latin1"), ("mysql_engine", "Aria"), ("mysql_system_versioning", "true"))))
        ['DEFAULT CHARSET=latin1', 'ENGINE=Aria', 'WITH SYSTEM VERSIONING']
        """
        return [text for k, v in table.dialect_options if (text := maria.table_setting(k, v))]

    def column_settings(self, column: model.Column) -> list[str]:
        """MariaDB's ``INVISIBLE`` and ``GENERATED ALWAYS AS ROW START``/``END``."""
        return [maria.column_setting(k, v) for k, v in column.dialect_options]

    def generated_label(self, column: model.Column) -> str:
        return "AUTO_INCREMENT"

    def created_table(self, table: model.Table) -> tuple[model.Table, list[str]]:
        """MariaDB: a system-versioned table is made without its ROW START/END columns,
        then ``ALTER TABLE ... ADD SYSTEM VERSIONING`` (with them)."""
        if not maria.is_versioned(table):
            return table, []
        return maria.without_period_columns(table), maria.versioning_ddl(table, add=True)

    def made_with_table_options(self, column: model.Column) -> bool:
        return maria.ROW_PERIOD in dict(column.dialect_options)

    def table_options_loss(self, before: model.Table, after: model.Table) -> str | None:
        """``DROP SYSTEM VERSIONING`` deletes the history rows of the table."""
        if maria.is_versioned(before) and not maria.is_versioned(after):
            return f"drops the system-versioning history of {after.name} (every past row version)"
        return None

    def column_type_suffix(self, column: model.Column) -> str:
        return maria.column_suffix(column)

    def session_settings(self, a: model.Schema, changed: Iterable[model.TableKey]) -> list[str]:
        """MariaDB refuses any ALTER of a system-versioned table unless the session
        keeps its history as it is (``system_versioning_alter_history = KEEP``)."""
        tables = a.table_map
        if any(maria.is_versioned(tables.get(key)) for key in changed):
            return ["SET @@system_versioning_alter_history = KEEP"]
        return []

    def reflection_context(
        self, connection: Connection, catalog_schemas: Sequence[str]
    ) -> contextlib.AbstractContextManager[None]:
        """MariaDB: SQLAlchemy reads INVISIBLE, ROW START/END and ``nextval`` columns
        whole (:func:`~schemanb.dialects.mysql.mariadb.readable_show_create`)."""
        if not getattr(connection.dialect, "is_mariadb", False):
            return contextlib.nullcontext()
        return maria.readable_show_create(connection)

    def fetch_column_types(
        self, connection: Connection, columns: Sequence[tuple[str, str, str]]
    ) -> dict[tuple[str, str, str], str]:
        """The server's spelling (``POINT``) of the columns SQLAlchemy's MariaDB
        dialect has no type for (the spatial ones)."""
        wanted = set(columns)
        rows = self.fetch_rows(connection, "column_types", schemas=sorted({c[0] for c in columns}),
                               tables=sorted({c[1] for c in columns}))
        return {
            (r.schema_name, r.table_name, r.column_name): self.normalize_type_sql(r.type_sql)
            for r in rows
            if (r.schema_name, r.table_name, r.column_name) in wanted
        }

    def fetch_sequences(self, connection: Connection, schemas: Sequence[str]) -> list[model.Sequence]:
        """MariaDB's sequences (MySQL has none: no ``SEQUENCE`` rows)."""
        return maria.fetch_sequences(connection, self.fetch_rows(connection, "sequences", schemas=list(schemas)))

    def fetch_extras(
        self, connection: Connection, schema: model.Schema, catalog_schemas: Mapping[str | None, str]
    ) -> model.Schema:
        """The base's extras, and the default database's defaults in ``info.options``."""
        schema = super().fetch_extras(connection, schema, catalog_schemas)
        default = catalog_schemas.get(None)
        rows = self.fetch_rows(connection, "database_defaults", schemas=[default]) if default else []
        if not rows:
            return schema
        info = dataclasses.replace(schema.info, options=tuple(sorted(database_defaults(rows[0]).items())))
        return dataclasses.replace(schema, info=info)

    def database_options(self, options: Mapping[str, str]) -> dict[str, str]:
        """The default character set and collation (the engine is the server's)."""
        return {k: v for k, v in options.items() if k in ("mysql_charset", "mysql_collate")}

    def database_options_ddl(self, before: Mapping[str, str], after: Mapping[str, str]) -> list[str]:
        """``ALTER DATABASE`` without a name: the database the script runs in.

        >>> MySQLSupport().database_options_ddl({}, {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"})
        ['ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_bin']
        """
        charset, collation = after.get("mysql_charset"), after.get("mysql_collate")
        words = ([f"CHARACTER SET {_word(charset)}"] if charset else []) + (
            [f"COLLATE {_word(collation)}"] if collation else [])
        return ["ALTER DATABASE " + " ".join(words)] if words and dict(before) != dict(after) else []

    def table_options_ddl(
        self,
        before: model.Table,
        after: model.Table,
        column_sql: Callable[[model.Column], str] = str,
        defaults: Mapping[str, str] | None = None,
    ) -> list[str]:
        """``ALTER TABLE`` from ``before``'s options to ``after``'s.

        A new character set or collation converts the columns that follow the
        table's default (``CONVERT TO CHARACTER SET``), as a utf8mb3 -> utf8mb4
        migration does; an option ``after`` leaves out is the database's default
        (``defaults``, from the snapshot's ``info.options``). The conversion also widens ``TEXT`` to ``MEDIUMTEXT`` (to
        keep room for as many characters) and overrides a column's own collation,
        so those columns are given back their definition (``column_sql``) by the
        next statement. ``ENGINE`` and ``ROW_FORMAT`` are set as given.

        >>> from schemanb.model import Table
        >>> a = Table(name="t", dialect_options=(("mysql_charset", "utf8mb3"), ("mysql_collate", "utf8mb3_general_ci"), ("mysql_engine", "InnoDB")))
        >>> b = Table(name="t", dialect_options=(("mysql_charset", "utf8mb4"), ("mysql_collate", "utf8mb4_unicode_ci"), ("mysql_engine", "Aria"), ("mysql_row_format", "DYNAMIC")))
        >>> MySQLSupport().table_options_ddl(a, b)
        ['ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci', 'ALTER TABLE t ENGINE=Aria ROW_FORMAT=DYNAMIC']
        """
        defaults = defaults or {}
        old = {**defaults, **dict(before.dialect_options)}
        new = {**defaults, **dict(after.dialect_options)}
        name = self._name(after.schema, after.name)
        out = []
        charset, collation = new.get("mysql_charset"), new.get("mysql_collate")
        if (charset, collation) != (old.get("mysql_charset"), old.get("mysql_collate")) and charset:
            kept = [f"MODIFY {column_sql(c)}" for c in after.columns
                    if c.collation or c.type_sql.upper() in _TEXT_TYPES]
            out.append(f"ALTER TABLE {name} CONVERT TO CHARACTER SET {_word(charset)}"
                       + (f" COLLATE {_word(collation)}" if collation else ""))
            if kept:  # in the same statement, CONVERT TO would win over them
                out.append(f"ALTER TABLE {name} " + ", ".join(kept))
        rest = []
        engine_old, engine_new = old.get("mysql_engine"), new.get("mysql_engine")
        if engine_new and engine_new != engine_old:
            rest.append(f"ENGINE={_word(engine_new)}")
        for key in sorted(set(old) | set(new)):
            if key in _CONVERTED_OPTIONS or not key.startswith("mysql_") or old.get(key) == new.get(key):
                continue
            if key == maria.SYSTEM_VERSIONING:
                continue
            rest.append(f"{key[6:].upper()}={_word(new.get(key) or _OPTION_RESET.get(key, 'DEFAULT'))}")
        if rest:
            out.append(f"ALTER TABLE {name} " + " ".join(rest))
        if (engine_old or "").lower() == "aria" and engine_new and engine_new.lower() != "aria" \
                and "mysql_page_checksum" not in new:
            # Aria's PAGE_CHECKSUM=1 stays on the table after it leaves Aria (and
            # shows in SHOW CREATE TABLE) unless reset by a statement of its own.
            out.append(f"ALTER TABLE {name} PAGE_CHECKSUM=DEFAULT")
        if maria.is_versioned(before) != maria.is_versioned(after):
            out += maria.versioning_ddl(after if maria.is_versioned(after) else before,
                                          add=maria.is_versioned(after))
        return out

    label = "MySQL/MariaDB"

    # Where MySQL 8 and MariaDB differ (docs/objects.md, "MySQL 8 and MariaDB").
    # The snapshot is one family ("mysql"); these say what the server a script
    # is rendered for (MySQLSupport: MySQL 8, MariaDBSupport: MariaDB) does.
    #: Functional index parts (``KEY ix ((lower(name)))``): MySQL 8.0.13+; MariaDB
    #: has none (index a generated column instead). Read from
    #: ``statistics.expression`` (:func:`index_expressions`), written in double
    #: parentheses.
    functional_index_parts = True
    #: CHECK constraints are enforced: MySQL from 8.0.16 (before, parsed and
    #: ignored, and not listed in the catalog), MariaDB from 10.2.1.
    checks_enforced_since = "8.0.16"
    #: ``JSON`` is a type of its own (binary storage); MariaDB's ``JSON`` is
    #: ``LONGTEXT`` with a ``json_valid`` CHECK, read back as ``JSON`` on both.
    native_json = True
    #: A default that is an expression must be in parentheses (``DEFAULT
    #: (uuid())``, MySQL 8.0.13+); MariaDB 10.2+ takes it bare or in parentheses,
    #: and SQLAlchemy writes the parentheses for both.
    default_expressions_need_parentheses = True
    #: ``CREATE SEQUENCE``, system versioning: MariaDB 10.3+ only.
    has_sequences = False
    has_system_versioning = False
    #: INVISIBLE columns: MySQL 8.0.23+, MariaDB 10.3+.
    has_invisible_columns = True
    #: MariaDB's ``CREATE SEQUENCE`` (MySQL 8 has none, and its catalog lists none).
    supports_sequences = True
    partitions_in_create_table = True
    auto_increment_needs_key = True
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

    def drops_index_if_exists(self, server_version: str | None) -> bool:
        return _is_mariadb_version(server_version)

    def connect_args(self, driver: str, timeout: int) -> dict[str, Any]:
        """PyMySQL's connect_timeout covers only the TCP connect; the server's greeting
        is read under read_timeout, so a server that accepts and never answers would
        hang forever: the handshake is bounded too (the caller lifts the bound after)."""
        args: dict[str, Any] = {"connect_timeout": timeout}
        if driver == "pymysql":
            args["read_timeout"] = timeout
            args["write_timeout"] = timeout
        return args

    def bound_reads(self, dbapi_connection: Any, seconds: float) -> None:
        """PyMySQL: the handshake's read timeout becomes the session's.

        Kept for the whole session rather than lifted: without it a read from a
        stalled server waits for ever. ``seconds`` outlasts the server's
        statement timeout, so a slow query still ends in the server's message.
        """
        if hasattr(dbapi_connection, "_read_timeout"):
            dbapi_connection._read_timeout = seconds
            dbapi_connection._write_timeout = seconds
            sock = getattr(dbapi_connection, "_sock", None)
            if sock is not None:
                sock.settimeout(seconds)

    def abort_reads(self, dbapi_connection: Any) -> None:
        sock = getattr(dbapi_connection, "_sock", None)
        if sock is not None:
            shutdown_socket(sock.fileno())

    def session_statements(self, dialect: Dialect | None = None) -> list[str]:
        timeout = (
            f"SET SESSION max_statement_time = {self.statement_timeout}"
            if dialect is None or getattr(dialect, "is_mariadb", False)
            else f"SET SESSION max_execution_time = {self.statement_timeout * 1000}"
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
        """Every view; a body holding a string literal is read from ``SHOW CREATE VIEW``,
        which keeps the character set introducers it was written with (``_utf8mb3' '``,
        that ``information_schema`` leaves out and ``mariadb-dump`` shows)."""
        rows = self.fetch_rows(connection, "views", schemas=list(schemas))
        default = connection.dialect.default_schema_name
        out = []
        for r in rows:
            definition = r.definition or None  # empty: hidden from an account without SHOW VIEW
            if definition and ("'" in definition or "0x" in definition.lower()):
                shown = view_body(show_create(connection, "VIEW", r.schema_name, r.name), r.name, r.schema_name)
                definition = shown or definition
            out.append(model.View(
                schema=r.schema_name,
                name=r.name,
                # Names in the default database lose their `db`. (a copy has another
                # name); another database's keep it: unqualified, they would be
                # resolved in the database the migration runs in.
                definition=None if definition is None else self.normalize_view_definition(
                    _unqualify(definition, r.schema_name) if r.schema_name == default else definition),
                options=tuple(sorted(view_options(r.algorithm, r.security_type, r.check_option)
                                     + tuple(charset_options(r)))),
            ))
        return out

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

    def normalize_fk_action(self, action: str | None) -> str | None:
        """``RESTRICT`` is MariaDB's default (no clause in ``SHOW CREATE TABLE``); an
        explicit ``NO ACTION`` is kept, since the server prints it.

        >>> s = MySQLSupport()
        >>> s.normalize_fk_action("restrict"), s.normalize_fk_action("NO ACTION"), s.normalize_fk_action("cascade")
        (None, 'NO ACTION', 'CASCADE')
        """
        if not action:
            return None
        action = action.upper()
        return None if action == "RESTRICT" else action

    @staticmethod
    def table_fix_queries(*, mariadb: bool) -> tuple[str, ...]:
        """The catalog queries (``sql/mysql/<name>.sql``) :meth:`fetch_table_fixes` runs
        on each server flavour. ``json_columns`` and ``column_checks`` read
        ``information_schema.check_constraints.level``, which only MariaDB has
        (MySQL 8 has a real JSON type and no column-level checks: its own become
        table checks), so they run on MariaDB only; ``index_expressions`` reads
        ``statistics.expression``, which only MySQL 8 has. ``column_facts``
        (INVISIBLE columns, which both have; MariaDB's ROW START/END columns and
        sequence defaults) reads columns both have.

        >>> MySQLSupport.table_fix_queries(mariadb=False)
        ('fk_rules', 'table_options', 'backtick_names', 'index_descending', 'column_facts', 'index_expressions')
        >>> MySQLSupport.table_fix_queries(mariadb=True)[5:]
        ('json_columns', 'column_checks')
        """
        common = ("fk_rules", "table_options", "backtick_names", "index_descending", "column_facts")
        return (*common, "json_columns", "column_checks") if mariadb else (*common, "index_expressions")

    def fetch_table_fixes(
        self,
        connection: Connection,
        tables: Sequence[model.Table],
        catalog_schemas: Mapping[str | None, str],
    ) -> Sequence[model.Table]:
        """What SQLAlchemy's parser of ``SHOW CREATE TABLE`` misses, in one query each:
        MariaDB's JSON columns (``LONGTEXT``), a foreign key's explicit ``NO ACTION``,
        the table options (:func:`table_options`), MariaDB's column-level CHECKs."""
        names = sorted(set(catalog_schemas.values()))
        mariadb = bool(getattr(connection.dialect, "is_mariadb", False))
        queries = self.table_fix_queries(mariadb=mariadb)
        json_columns = {
            (r.schema_name, r.name, r.column_name)
            for r in (self.fetch_rows(connection, "json_columns", schemas=names) if "json_columns" in queries else ())
        }
        rules = fk_rules(self.fetch_rows(connection, "fk_rules", schemas=names), mariadb=mariadb)
        options = {
            (r.schema_name, r.name): table_options(
                r.engine, r.charset, r.collation_name, r.create_options, database_defaults(r),
                versioned=r.table_type == "SYSTEM VERSIONED",
            )
            for r in self.fetch_rows(connection, "table_options", schemas=names)
        }
        facts: dict[tuple[str, str], dict[str, dict[str, str]]] = {}
        if "column_facts" in queries:
            rows = self.fetch_rows(connection, "column_facts", schemas=names)
            for (db, table_name, column), found in maria.column_facts(rows, catalog_schemas.get(None)).items():
                facts.setdefault((db, table_name), {})[column] = found
        column_checks: dict[tuple[str, str], list[model.CheckConstraint]] = {}
        if "column_checks" in queries:
            for r in self.fetch_rows(connection, "column_checks", schemas=names):
                column_checks.setdefault((r.schema_name, r.name), []).append(model.CheckConstraint(
                    name=r.column_name, expression=self.normalize_expression(r.check_clause) or "",
                    column=r.column_name))
        real_names: dict[tuple[str, str], dict[str, str]] = {}
        for r in self.fetch_rows(connection, "backtick_names", schemas=names):
            real_names.setdefault((r.schema_name, r.name), {})[r.ident.replace("`", "``")] = r.ident
        if real_names:
            tables = [_real_names(t, real_names, catalog_schemas) for t in tables]
        functional = index_expressions(
            self.fetch_rows(connection, "index_expressions", schemas=names) if "index_expressions" in queries else ())
        descending: dict[tuple[str, str], dict[str, tuple[bool, ...]]] = {}
        for r in self.fetch_rows(connection, "index_descending", schemas=names):
            parts = descending.setdefault((r.schema_name, r.name), {})
            parts[r.index_name] = (*parts.get(r.index_name, ()), r.part_order == "D")
        shown = maria.shown_create_tables(connection)
        out = []
        for table in tables:
            schema_name = catalog_schemas[table.schema]
            text = shown.get((table.schema, table.name)) or shown.get((schema_name, table.name))
            if text:
                table = _with_key_options(table, key_options(text))
            if (schema_name, table.name) in descending:
                table = _with_descending(table, descending[(schema_name, table.name)])
            if (schema_name, table.name) in functional:
                table = with_index_expressions(table, functional[(schema_name, table.name)], self.normalize_expression)
            if (schema_name, table.name) in facts:
                table = maria.with_column_facts(table, facts[(schema_name, table.name)])
            own_checks = column_checks.get((schema_name, table.name))
            if own_checks:
                table = dataclasses.replace(table, check_constraints=table.check_constraints + tuple(own_checks))
            columns = tuple(
                dataclasses.replace(c, type_sql="JSON", type_generic="JSON", collation=None)
                if (schema_name, table.name, c.name) in json_columns
                else c
                for c in table.columns
            )
            table_rules = rules.get((schema_name, table.name), {})
            fks = tuple(_with_rules(fk, table.name, table_rules) for fk in table.foreign_keys)
            table_opts = options.get((schema_name, table.name), table.dialect_options)
            if columns != table.columns or fks != table.foreign_keys or table_opts != table.dialect_options:
                table = dataclasses.replace(table, columns=columns, foreign_keys=fks, dialect_options=table_opts)
            out.append(table)
        return out


def _integer_type(match: re.Match[str], *, unsigned: bool) -> str:
    """An integer type without its display width where that is the default one
    (``int(11)``, ``int(10) unsigned``: what MySQL 8 shows as ``int``); another
    (``int(4)``) is kept, as MariaDB and ``mariadb-dump`` show it. ``TINYINT(1)`` is
    the boolean and keeps its width.

    >>> import re
    >>> [_integer_type(re.match(r"(\\w+)\\((\\d+)\\)", t), unsigned=u)
    ...  for t, u in (("int(11)", False), ("int(10)", True), ("int(4)", False), ("tinyint(1)", False))]
    ['INTEGER', 'INTEGER', 'INTEGER(4)', 'TINYINT(1)']
    """
    name = "INTEGER" if match.group(1).upper() in ("INT", "INTEGER") else match.group(1).upper()
    width = int(match.group(2))
    if name == "TINYINT" and width == 1 or width != _DEFAULT_WIDTH[name][unsigned]:
        return f"{name}({width})"
    return name


def _real_names(
    table: model.Table, real: Mapping[tuple[str, str], Mapping[str, str]], catalog_schemas: Mapping[str | None, str]
) -> model.Table:
    """The table with the names SQLAlchemy gives with a doubled backtick (``ix``a``)
    put back as the catalog has them (``ix`a``): columns, keys, indexes, constraints."""
    own = real.get((catalog_schemas[table.schema], table.name))

    def fix(names: Mapping[str, str] | None, name: str | None) -> Any:
        return name if names is None or name is None else names.get(name, name)

    if own is None and not any(
        (catalog_schemas.get(fk.referred_table.schema, fk.referred_table.schema or ""), fk.referred_table.name) in real
        for fk in table.foreign_keys
    ):
        return table

    def cols(names: Sequence[str]) -> tuple[str, ...]:
        return tuple(fix(own, n) for n in names)

    fks = []
    for fk in table.foreign_keys:
        ref = real.get((catalog_schemas.get(fk.referred_table.schema, fk.referred_table.schema or ""), fk.referred_table.name))
        fks.append(dataclasses.replace(fk, name=fix(own, fk.name), columns=cols(fk.columns),
                                       referred_columns=tuple(fix(ref, n) for n in fk.referred_columns)))
    pk = table.primary_key
    return dataclasses.replace(
        table,
        columns=tuple(dataclasses.replace(c, name=fix(own, c.name)) for c in table.columns),
        primary_key=None if pk is None else dataclasses.replace(pk, name=fix(own, pk.name), columns=cols(pk.columns)),
        foreign_keys=model.sorted_by_name(fks),
        unique_constraints=model.sorted_by_name(
            dataclasses.replace(uq, name=fix(own, uq.name), columns=cols(uq.columns)) for uq in table.unique_constraints),
        check_constraints=tuple(
            dataclasses.replace(ck, name=fix(own, ck.name)) for ck in table.check_constraints),
        indexes=model.sorted_by_name(
            dataclasses.replace(ix, name=fix(own, ix.name), expressions=tuple(
                e if is_expr else fix(own, e)
                for e, is_expr in zip(ix.expressions, ix.is_expression or (False,) * len(ix.expressions))))
            for ix in table.indexes),
    )


IndexParts = tuple[tuple[str, bool, bool], ...]


def index_expressions(rows: Iterable[Any]) -> dict[tuple[str, str], dict[str, tuple[bool, IndexParts]]]:
    """``{(schema, table): {index: (unique, ((text, is_expression, descending), ...))}}``
    from MySQL 8's ``statistics`` rows (``index_expressions.sql``): a functional
    part has its ``expression`` and no ``column_name``.

    >>> R = __import__("collections").namedtuple("R", "schema_name name index_name seq column_name expression part_order non_unique")
    >>> index_expressions([R("db", "t", "ix", 1, None, "lower(`name`)", "A", 1), R("db", "t", "ix", 2, "id", None, "D", 1)])
    {('db', 't'): {'ix': (False, (('lower(`name`)', True, False), ('id', False, True)))}}
    """
    out: dict[tuple[str, str], dict[str, tuple[bool, IndexParts]]] = {}
    for r in rows:
        indexes = out.setdefault((r.schema_name, r.name), {})
        unique, parts = indexes.get(r.index_name, (not int(r.non_unique), ()))
        part = (r.expression, True) if r.column_name is None else (r.column_name, False)
        indexes[r.index_name] = (unique, (*parts, (*part, r.part_order == "D")))
    return out


def with_index_expressions(
    table: model.Table, found: Mapping[str, tuple[bool, IndexParts]], normalize: Callable[[str | None], str | None]
) -> model.Table:
    """``table`` whose functional indexes (MySQL 8) have their expressions as the catalog
    gives them; a UNIQUE one read as a unique constraint becomes a unique index."""
    comments = {ix.name: ix.comment for ix in table.indexes}
    comments |= {uq.name: uq.comment for uq in table.unique_constraints if uq.name}

    def index(name: str, unique: bool, parts: IndexParts) -> model.Index:
        return model.Index(
            name=name, unique=unique, comment=comments.get(name),
            expressions=tuple((normalize(text) or text) if is_expr else text for text, is_expr, _ in parts),
            is_expression=tuple(is_expr for _, is_expr, _ in parts),
            descending=tuple(d for *_, d in parts) if any(d for *_, d in parts) else (),
        )
    indexes = [ix for ix in table.indexes if ix.name not in found]
    indexes += [index(name, unique, parts) for name, (unique, parts) in found.items()]
    uniques = tuple(uq for uq in table.unique_constraints if uq.name not in found)
    return dataclasses.replace(table, indexes=model.sorted_by_name(indexes), unique_constraints=uniques)


def _with_key_options(table: model.Table, found: Mapping[str | None, Mapping[str, str]]) -> model.Table:
    """The table whose indexes declared ``USING BTREE|HASH`` carry it
    (``("mysql_using", "BTREE")``), as ``mariadb-dump`` shows it; a UNIQUE key with
    one is a unique index (a unique constraint has no access method). Keys with a
    ``COMMENT`` (the primary key's under ``None``) carry it as their ``comment``."""
    if not found:
        return table
    using = {name: facts["using"] for name, facts in found.items() if name is not None and "using" in facts}
    comments = {name: facts["comment"] for name, facts in found.items() if "comment" in facts}

    def with_facts(ix: model.Index) -> model.Index:
        if ix.name in comments:
            ix = dataclasses.replace(ix, comment=comments[ix.name])
        if ix.name not in using:
            return ix
        options = dict(ix.dialect_options) | {"mysql_using": using[ix.name]}
        return dataclasses.replace(ix, dialect_options=tuple(sorted(options.items())))

    indexes = [with_facts(ix) for ix in table.indexes]
    indexes += [with_facts(model.Index(name=uq.name or "", expressions=uq.columns,
                                       is_expression=(False,) * len(uq.columns), unique=True))
                for uq in table.unique_constraints if uq.name in using]
    # The index a foreign key's name gives was read as the server's own (implied):
    # the server writes neither a comment nor USING on its own, so it was declared.
    known = {ix.name for ix in table.indexes} | {uq.name for uq in table.unique_constraints}
    for fk in table.foreign_keys:
        name = fk.name or fk.columns[0]
        if name in found and name not in known:
            known.add(name)
            indexes.append(with_facts(model.Index(name=name, expressions=fk.columns,
                                                  is_expression=(False,) * len(fk.columns))))
    uniques = tuple(dataclasses.replace(uq, comment=comments[uq.name]) if uq.name in comments else uq
                    for uq in table.unique_constraints if uq.name not in using)
    pk = table.primary_key
    if pk is not None and None in comments:
        pk = dataclasses.replace(pk, comment=comments[None])
    return dataclasses.replace(table, unique_constraints=uniques, indexes=model.sorted_by_name(indexes),
                               primary_key=pk)


def _with_descending(table: model.Table, parts: Mapping[str, tuple[bool, ...]]) -> model.Table:
    """The table with the DESC parts of its indexes; a UNIQUE key with one is a
    unique index (a unique constraint has no order), as MySQL makes no difference."""
    uniques = tuple(uq for uq in table.unique_constraints if uq.name not in parts)
    indexes = [dataclasses.replace(ix, descending=parts[ix.name]) if ix.name in parts else ix
               for ix in table.indexes]
    indexes += [model.Index(name=uq.name or "", expressions=uq.columns, is_expression=(False,) * len(uq.columns),
                            unique=True, descending=parts[uq.name or ""], comment=uq.comment)
                for uq in table.unique_constraints if uq.name in parts]
    return dataclasses.replace(table, unique_constraints=uniques, indexes=model.sorted_by_name(indexes))


def view_options(
    algorithm: str | None, security: str | None, check_option: str | None
) -> tuple[tuple[str, str], ...]:
    """A view's options that are not the server's default (UNDEFINED, DEFINER, NONE).

    >>> view_options("UNDEFINED", "INVOKER", "CASCADED")
    (('check_option', 'CASCADED'), ('security', 'INVOKER'))
    """
    out = {
        "algorithm": (algorithm or "UNDEFINED").upper(),
        "security": (security or "DEFINER").upper(),
        "check_option": (check_option or "NONE").upper(),
    }
    defaults = {"algorithm": "UNDEFINED", "security": "DEFINER", "check_option": "NONE"}
    return tuple(sorted((k, v) for k, v in out.items() if v != defaults[k]))


#: Types ``CONVERT TO CHARACTER SET`` may widen to the next size.
_TEXT_TYPES = frozenset({"TINYTEXT", "TEXT", "MEDIUMTEXT"})
#: Table options set by ``ENGINE=`` and ``CONVERT TO CHARACTER SET``, not by their own words.
_CONVERTED_OPTIONS = frozenset({"mysql_engine", "mysql_charset", "mysql_collate"})

def table_options(
    engine: str | None,
    charset: str | None,
    collation: str | None,
    create_options: str | None,
    defaults: Mapping[str, str],
    *,
    versioned: bool = False,
) -> tuple[tuple[str, str], ...]:
    """A table's options as :attr:`~schemanb.model.Table.dialect_options` (sorted keys),
    where they differ from the database's ``defaults`` (so that a table made from
    models without options reads as the models say).

    ``ROW_FORMAT``, ``PAGE_CHECKSUM``, ``STATS_PERSISTENT``, ``KEY_BLOCK_SIZE`` ... only
    when the catalog lists them (``create_options``: written in the ``CREATE TABLE``,
    or kept from an engine the table left), as ``SHOW CREATE TABLE`` shows them.

    >>> d = {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_general_ci"}
    >>> table_options("InnoDB", "utf8mb3", "utf8mb3_general_ci", "row_format=COMPRESSED partitioned", d)
    (('mysql_charset', 'utf8mb3'), ('mysql_collate', 'utf8mb3_general_ci'), ('mysql_row_format', 'COMPRESSED'))
    >>> table_options("Aria", "utf8mb4", "utf8mb4_general_ci", "transactional=1", d)
    (('mysql_engine', 'Aria'),)
    >>> table_options("InnoDB", "utf8mb4", "utf8mb4_general_ci", "page_checksum=1 stats_persistent=0", d)
    (('mysql_page_checksum', '1'), ('mysql_stats_persistent', '0'))
    """
    out: dict[str, str | None] = {"mysql_engine": engine, "mysql_charset": charset, "mysql_collate": collation}
    if engine == defaults.get("mysql_engine"):
        out["mysql_engine"] = None
    if collation == defaults.get("mysql_collate"):
        out["mysql_charset"] = out["mysql_collate"] = None
    for key, value in re.findall(r"\b(\w+)=(\w+)", create_options or ""):
        out[f"mysql_{key.lower()}"] = value.upper() if key.lower() == "row_format" else value
    if versioned:  # MariaDB's WITH SYSTEM VERSIONING
        out[maria.SYSTEM_VERSIONING] = "true"
    if (engine or "").lower() == "aria" and out.get("mysql_transactional") == "1":
        out["mysql_transactional"] = None  # Aria's own default, listed though not written
    return tuple(sorted((k, v) for k, v in out.items() if v))


def database_defaults(row: Any) -> dict[str, str]:
    """``mysql_engine``, ``mysql_charset``, ``mysql_collate`` of a catalog row (its
    ``default_engine``, ``default_charset``, ``default_collation``)."""
    found = {"mysql_engine": row.default_engine, "mysql_charset": row.default_charset,
             "mysql_collate": row.default_collation}
    return {k: v for k, v in found.items() if v}


def fk_rules(
    rows: Sequence[Any], *, mariadb: bool
) -> dict[tuple[str, str], dict[tuple[str, tuple[str, ...]], tuple[str | None, str | None]]]:
    """``{(schema, table): {(name, columns): (on_delete, on_update)}}`` from the catalog.

    The server's default rule is ``None``: MariaDB reports ``RESTRICT`` for a
    foreign key written without a clause (and prints an explicit ``NO ACTION``),
    MySQL 8 reports ``NO ACTION`` for it (and prints an explicit ``RESTRICT``).

    >>> Row = __import__("collections").namedtuple("Row", "schema_name name constraint_name delete_rule update_rule column_name")
    >>> rows = [Row("db", "c", "fk", "NO ACTION", "RESTRICT", "a"), Row("db", "c", "fk", "NO ACTION", "RESTRICT", "b")]
    >>> fk_rules(rows, mariadb=True)
    {('db', 'c'): {('fk', ('a', 'b')): ('NO ACTION', None)}}
    >>> fk_rules(rows, mariadb=False)
    {('db', 'c'): {('fk', ('a', 'b')): (None, 'RESTRICT')}}
    """
    default = "RESTRICT" if mariadb else "NO ACTION"
    grouped: dict[tuple[str, str, str], tuple[list[str], tuple[str | None, str | None]]] = {}
    for r in rows:
        key = (r.schema_name, r.name, r.constraint_name)
        actions = tuple(None if x is None or x.upper() == default else x.upper()
                        for x in (r.delete_rule, r.update_rule))
        grouped.setdefault(key, ([], (actions[0], actions[1])))[0].append(r.column_name)
    out: dict[tuple[str, str], dict[tuple[str, tuple[str, ...]], tuple[str | None, str | None]]] = {}
    for (schema, table, name), (cols, actions) in grouped.items():
        out.setdefault((schema, table), {})[(name, tuple(cols))] = actions
    return out


def _with_rules(
    fk: model.ForeignKey,
    table: str,
    rules: Mapping[tuple[str, tuple[str, ...]], tuple[str | None, str | None]],
) -> model.ForeignKey:
    """``fk`` with the catalog's actions; an unnamed key (``<table>_ibfk_<n>``) is found by its columns."""
    found = rules.get((fk.name, fk.columns)) if fk.name else None
    if found is None:
        matches = [a for (name, cols), a in rules.items()
                   if cols == fk.columns and (fk.name is None and name.startswith(table + "_ibfk_"))]
        found = matches[0] if len(set(matches)) == 1 else None
    if found is None or found == (fk.on_delete, fk.on_update):
        return fk
    return dataclasses.replace(fk, on_delete=found[0], on_update=found[1])


def _word(text: str) -> str:
    """An engine, character set, collation or row format: one word, else refused.

    >>> _word("utf8mb4_0900_ai_ci")
    'utf8mb4_0900_ai_ci'
    """
    if not re.fullmatch(r"\w+", text):
        raise ValueError(f"not a MySQL option word: {text!r}")
    return text


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
    functional_index_parts = False
    checks_enforced_since = "10.2.1"
    native_json = False
    default_expressions_need_parentheses = False
    has_sequences = True
    has_system_versioning = True


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
