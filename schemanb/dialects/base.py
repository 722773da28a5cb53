"""DialectSupport: capability flags, pure normalisers and risk rules for one dialect.

The base class gives a correct, conservative answer for everything (as SQLAlchemy's
default dialect does); ``sqlite.py``, ``postgresql.py`` and ``mysql.py`` override
what their database does differently. Methods named ``fetch_*`` take a
connection and are called only from :mod:`schemanb.reflect`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import model
from . import catalog
from .tokens import is_wrapped

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Dialect
    from sqlalchemy.types import TypeEngine

#: A quoted identifier (group 1, doubled quotes inside) or an unquoted word (group 2).
_RE_IDENTIFIER = re.compile(r'"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)')

#: ``(schema, name)`` with the catalog's schema name (never ``None``).
CatalogKey = tuple[str, str]

#: Inspector-shaped dicts keyed like ``get_multi_*``: ``(schema, table)``.
_PartKey = tuple[str | None, str]


class TableParts(NamedTuple):
    """What the Inspector's ``get_multi_*`` calls give for the tables of one schema.

    Every mapping is keyed ``(schema, table)`` (``schema`` as the model writes
    it) and holds the Inspector's dict shapes, which
    :func:`schemanb.reflect.normalize.build_table` reads. ``columns`` has an
    entry for every table, even one without columns.
    """

    columns: dict[_PartKey, list[dict[str, Any]]]
    pks: dict[_PartKey, dict[str, Any]]
    fks: dict[_PartKey, list[dict[str, Any]]]
    uniques: dict[_PartKey, list[dict[str, Any]]]
    checks: dict[_PartKey, list[dict[str, Any]]]
    comments: dict[_PartKey, dict[str, Any]]
    #: Index dicts as :meth:`DialectSupport.fetch_indexes` gives them, when read
    #: together with the rest (``None``: call ``fetch_indexes``).
    indexes: dict[_PartKey, list[dict[str, Any]]] | None = None
    #: The catalog's row estimates (:meth:`DialectSupport.fetch_row_estimates`)
    #: when read together with the rest (``None``: call ``fetch_row_estimates``).
    row_estimates: dict[_PartKey, int | None] | None = None
    #: The catalog's on-disk sizes in bytes, read with the row estimates (``None``:
    #: call :meth:`DialectSupport.fetch_size_estimates`).
    size_estimates: dict[_PartKey, int | None] | None = None
    #: Per table: ``inherits``, the parents as ``(catalog schema, name)`` in order
    #: (PostgreSQL ``INHERITS``), and ``dialect_options`` as ``(key, value)`` pairs.
    table_options: dict[_PartKey, dict[str, Any]] | None = None


#: ``type_sql`` of a column whose type SQLAlchemy did not recognise, until
#: :meth:`DialectSupport.fetch_column_types` gives the database's spelling.
UNKNOWN_TYPE = "UNKNOWN"

_RE_SPACES = re.compile(r"\s+")
# ``!=`` outside quotes (PostgreSQL stores ``<>``): followed by an even number of quotes.
_RE_NOT_EQUAL = re.compile(r"!=(?=(?:[^']*'[^']*')*[^']*$)")
_RE_NUMERIC_TYPE = re.compile(
    r"^(BIGINT|INT|INTEGER|MEDIUMINT|SMALLINT|TINYINT|DECIMAL|NUMERIC|FLOAT|DOUBLE|REAL)", re.I
)
_RE_NUMBER = re.compile(r"'?(-?\d+(?:\.\d+)?)'?")
_RE_COLLATE = re.compile(r"\s+(COLLATE|CHARACTER SET)\s+(\"[^\"]*\"|`[^`]*`|\S+)", re.I)


#: How many type objects :meth:`DialectSupport.normalize_type_cached` remembers.
_TYPE_OBJECT_CACHE_SIZE = 4096


@dataclasses.dataclass(frozen=True)
class SafeStep:
    """One statement of a safe migration plan and the comment saying why it is there."""

    sql: str
    comment: str | None = None
    #: Must run outside a transaction block (``CREATE INDEX CONCURRENTLY``).
    autocommit: bool = False


class DialectSupport:
    """Knowledge of one SQL dialect. The base is conservative and generic."""

    name: str = "default"
    #: SQLAlchemy dialect name used to compile types and DDL.
    sqlalchemy_name: str = "default"
    supports_comments = False
    supports_partial_indexes = False
    supports_expression_indexes = False
    supports_check_constraints = True
    supports_sequences = False
    supports_enums = False
    supports_schemas = False
    supports_materialized_views = False
    supports_identity = False
    supports_computed = False
    supports_alter_column = True
    # Objects beyond tables (issue #10): what the dialect reflects and migrates.
    supports_triggers = False
    supports_routines = False
    supports_domains = False
    supports_composite_types = False
    supports_extensions = False
    supports_partitions = False
    #: Tables inherit columns and CHECKs from parents (PostgreSQL ``INHERITS``): a
    #: column or CHECK a table only inherits is left out of its ``CREATE TABLE``.
    supports_table_inheritance = False
    supports_grants = False
    transactional_ddl = False
    #: The first bytes of a database file of this dialect (``None``: it has no file).
    file_header: bytes | None = None
    #: The longest identifier the database accepts.
    max_identifier_length = 63
    #: Unnamed constraints get generated names that vary between databases; the
    #: diff ignores names where this is true.
    generated_constraint_names = False

    # ------------------------------------------------------------------ sqlalchemy

    def sqlalchemy_dialect(self) -> Dialect:
        """The (cached) SQLAlchemy dialect instance used for compiling."""
        return self._sqlalchemy_dialect

    def expression_sql(self, expression: str) -> str:
        """A stored CHECK or index WHERE expression as the SQL to write, spelt so that
        the server reads it back as the same text (base: as stored)."""
        return expression

    def requote_columns(self, expression: str, columns: Iterable[str]) -> str:
        """Put back the quotes reflection takes off column names in an expression
        (MySQL: :attr:`requotes_expression_columns`).

        The MySQL normaliser strips backticks (so expressions compare across
        dialects); a column whose name needs quoting (``order``, ``my col``) would
        then break the DDL and the generated models. Each bare occurrence of such
        a column name, outside string literals and quoted names and between
        non-word characters, is quoted again by the dialect's identifier preparer.
        """
        if not self.requotes_expression_columns:
            return expression
        preparer = self.sqlalchemy_dialect().identifier_preparer
        needing = sorted((c for c in columns if preparer.quote(c) != c), key=len, reverse=True)
        if not needing:
            return expression
        out: list[str] = []
        i = 0
        while i < len(expression):
            ch = expression[i]
            if ch in "'`":
                end = _literal_end(expression, i)
                out.append(expression[i:end])
                i = end
                continue
            match = next((c for c in needing if expression.startswith(c, i) and _bounded(expression, i, len(c))), None)
            if match is None:
                out.append(ch)
                i += 1
            else:
                out.append(preparer.quote(match))
                i += len(match)
        return "".join(out)

    @cached_property
    def _sqlalchemy_dialect(self) -> Dialect:
        # Building a dialect costs ~50 µs and reflection compiles the type of
        # every column, so each DialectSupport keeps one instance.
        from sqlalchemy.engine import make_url

        if self.sqlalchemy_name == "default":
            from sqlalchemy.engine.default import DefaultDialect

            return DefaultDialect()
        # "named" paramstyle: with the drivers' default ("pyformat") the compiler
        # doubles every % in literal SQL text (defaults, CHECKs), which the
        # database never stores.
        dialect_cls = make_url(f"{self.sqlalchemy_name}://").get_dialect()
        return dialect_cls(paramstyle="named")  # type: ignore[call-arg]

    # ------------------------------------------------------------------ normalisers

    def fold_identifier(self, name: str) -> str:
        """How the database folds an unquoted identifier (for comparisons)."""
        return name

    def normalize_type(self, type_: TypeEngine[Any]) -> tuple[str, str, str | None]:
        """``(type_sql, type_generic, collation)`` for a SQLAlchemy type.

        ``type_sql`` is the type compiled by this dialect, upper-case, with the
        collation split off; ``type_generic`` is SQLAlchemy's generic form.
        """
        if type(type_).__name__ == "NullType":
            # A type SQLAlchemy did not recognise; fetch_column_types spells it.
            return UNKNOWN_TYPE, UNKNOWN_TYPE, None
        collation = getattr(type_, "collation", None)
        try:
            compiled = type_.compile(dialect=self.sqlalchemy_dialect())
        except Exception:  # noqa: BLE001 - a type this dialect cannot compile
            compiled = repr(type_)
        type_sql = self.normalize_type_sql(_RE_COLLATE.sub("", compiled))
        # The generic spelling follows from the type's class and its compiled
        # form; computing it builds a generic type and compiles it again, which
        # was a third of reflecting 1,000 tables, so it is remembered.
        key = (type(type_), type_sql)
        generic = self._generic_cache.get(key)
        if generic is None:
            generic = self._generic_cache[key] = self.normalize_type_generic(type_, type_sql)
        return type_sql, generic, collation

    @cached_property
    def _generic_cache(self) -> dict[tuple[type, str], str]:
        return {}

    def normalize_type_cached(self, type_: TypeEngine[Any]) -> tuple[str, str, str | None]:
        """:meth:`normalize_type`, remembered for types with equal attributes.

        A 1,000-table schema has ~10,000 columns but a few dozen distinct types;
        compiling each one was the largest cost of building the snapshot.
        """
        # The same type object comes back for every column of that type from
        # bulk reflection (PostgreSQL): the object itself is the first key.
        known = self._type_object_cache.get(id(type_))
        if known is not None and known[0] is type_:
            return known[1]
        key = type_signature(type_)
        found = None if key is None else self._type_cache.get(key)
        if found is None:
            found = self.normalize_type(type_)
            if key is not None:
                self._type_cache[key] = found
        objects = self._type_object_cache
        if len(objects) >= _TYPE_OBJECT_CACHE_SIZE:
            objects.clear()  # bounded: a long-lived process inspects many databases
        objects[id(type_)] = (type_, found)
        return found

    def normalize_default_cached(self, default: str | None, type_sql: str) -> str | None:
        """:meth:`normalize_default`, remembered per ``(default, type_sql)``."""
        if default is None:
            return None
        key = (default, type_sql)
        if key in self._default_cache:
            return self._default_cache[key]
        found = self._default_cache[key] = self.normalize_default(default, type_sql=type_sql)
        return found

    @cached_property
    def _type_cache(self) -> dict[Any, tuple[str, str, str | None]]:
        return {}

    @cached_property
    def _type_object_cache(self) -> dict[int, tuple[Any, tuple[str, str, str | None]]]:
        # Holds the type object itself, so its id cannot be reused while cached.
        return {}

    @cached_property
    def _default_cache(self) -> dict[tuple[str, str], str | None]:
        return {}

    def normalize_type_sql(self, type_sql: str) -> str:
        """Canonical spelling of a compiled type (spaces folded, upper-case keywords).

        Quoted parts (``ENUM('a','B')`` values) keep their case.

        >>> DialectSupport().normalize_type_sql("enum('a', 'B')")
        "ENUM('a', 'B')"
        """
        text = _RE_SPACES.sub(" ", type_sql.strip()).replace(" (", "(")
        return upper_outside_quotes(text)

    def normalize_type_generic(self, type_: TypeEngine[Any], type_sql: str) -> str:
        """SQLAlchemy's generic spelling of ``type_`` (``VARCHAR(50)``, ``BOOLEAN``)."""
        return generic_type_name(type_, fallback=type_sql)

    def normalize_default(self, default: str | None, *, type_sql: str = "") -> str | None:
        """Canonical SQL text of a server default (``None`` when absent)."""
        if default is None:
            return None
        text = default.strip()
        while is_wrapped(text):
            text = text[1:-1].strip()
        if _RE_NUMERIC_TYPE.match(type_sql):
            text = normalize_number_literal(text)
        if type_sql in ("BOOLEAN", "TINYINT(1)"):
            text = _BOOLEAN_LITERALS.get(text.lower(), text)
        return normalize_default_keywords(text)

    def normalize_expression(self, text: str | None) -> str | None:
        """Canonical text of a CHECK, index or computed expression."""
        if text is None:
            return None
        text = _RE_SPACES.sub(" ", text.strip())
        while is_wrapped(text):
            text = text[1:-1].strip()
        return _RE_NOT_EQUAL.sub("<>", text) if "!=" in text else text

    def compare_expression(self, text: str) -> str:
        """``text`` (a stored CHECK, index, generated-column or trigger-condition
        expression) in the form the diff compares. Where the snapshot already
        stores a canonical form (the base) it is that; a dialect that stores the
        server's own text (PostgreSQL) folds what its server adds here, never in
        the text it writes."""
        return text

    def compare_default(self, text: str, type_sql: str) -> str:
        """A stored column or domain default in the form the diff compares
        (see :meth:`compare_expression`)."""
        return text

    def normalize_view_definition(self, text: str | None) -> str | None:
        """Canonical text of a view body (whitespace folded, trailing ``;`` gone)."""
        if text is None:
            return None
        return _RE_SPACES.sub(" ", text.strip()).rstrip(";").strip()

    def normalize_fk_action(self, action: str | None) -> str | None:
        """``ON DELETE``/``ON UPDATE`` action; the default (NO ACTION) is ``None``."""
        if not action:
            return None
        action = action.upper()
        return None if action in ("NO ACTION",) else action

    #: The database creates an index for a foreign key that has none (MySQL).
    fk_creates_index = False
    #: Unique constraints and unique indexes are one thing (MySQL).
    unique_constraints_are_indexes = False

    def is_autoincrement(self, column: Mapping[str, Any], *, single_int_pk: bool) -> bool:
        """Whether a reflected column is generated by the database."""
        return bool(column.get("autoincrement") is True or column.get("identity"))

    def owned_sequence_of(self, default: str | None) -> str | None:
        """The sequence behind a serial-style default; ``None`` where there is none."""
        return None

    def is_generated_name(
        self, kind: str, table: str, columns: tuple[str, ...], name: str | None
    ) -> bool:
        """Whether ``name`` is what the database invents for an unnamed constraint."""
        return False

    def generated_name(self, kind: str, owner: str, column: str = "") -> str | None:
        """The name the database gives an unnamed constraint of ``kind`` (base: unknown)."""
        return None

    def is_stale_generated_name(self, kind: str, table: str, columns: tuple[str, ...], name: str) -> bool:
        """Whether ``name`` has the shape the database invents for an unnamed constraint
        of ``kind`` but not for ``table``: a name kept from before the table was renamed
        (base: never; a database that renames them along has none)."""
        return False

    def renamed_table_ddl(self, old: model.Table, new_name: str) -> tuple[list[str], list[str]]:
        """Statements run after ``old`` is renamed to ``new_name`` (and their undo, run
        before renaming it back) that give the generated constraint names the new
        table's name, as creating the table under that name would (base: none)."""
        return [], []

    # ------------------------------------------------------------------ risk (diff)

    #: From this many rows on a table is "large" for the diff's locking risks.
    large_table_rows = 100_000

    def adds_column_in_place(self, column: model.Column, table: model.Table | None = None) -> bool:
        """Whether ``ALTER TABLE ... ADD COLUMN`` can add ``column`` (base: always)."""
        return True

    def drops_column_in_place(
        self, column: model.Column, table: model.Table | None = None, *, other_sql: Iterable[str] = ()
    ) -> bool:
        """Whether ``ALTER TABLE ... DROP COLUMN`` can drop ``column`` (base: always)."""
        return True

    def rewrites_table(self, kind: str, before: Any, after: Any) -> bool:
        """Whether applying a change of ``kind`` (a ``ChangeKind`` value) rewrites the table.

        ``before``/``after`` are the change's model objects. The base says only
        type and computed-expression changes rewrite, the common case.
        """
        if kind == "column_type_changed":
            return self.type_change_rewrites(before.type_sql, after.type_sql)
        return kind == "column_computed_changed"

    def type_change_rewrites(self, before: str, after: str) -> bool:
        """Whether changing a column's type ``before`` -> ``after`` rewrites the table."""
        return True

    def type_change_loss(self, before: model.Column, after: model.Column) -> str | None:
        """Why changing ``before``'s type to ``after``'s can cut or lose values
        (a narrowing, a change of type family), or ``None`` when every value survives
        (a widening: INTEGER -> BIGINT, VARCHAR(100) -> VARCHAR(255)). The diff's risk
        and the migration's comments both ask this."""
        from .type_loss import narrowing

        reason = narrowing(before.type_generic, after.type_generic)
        if reason is None and before.type_generic == after.type_generic:
            reason = narrowing(before.type_sql, after.type_sql)
        return reason

    def index_build_blocks_writes(self) -> bool:
        """Whether building an index (as the migration does) blocks writes."""
        return True

    # ------------------------------------------------------------------ migration scripts

    def script_prologue(self) -> list[tuple[str, str | None]]:
        """``(statement, comment)`` pairs that open a migration script; base: none.

        With :meth:`script_epilogue` and :meth:`rebuild_guard`, how a dialect makes
        a whole migration safe to apply (SQLite: foreign keys off, one transaction).
        """
        return []

    def rebuild_guard(self, index: int, table: str, schema: str | None = None) -> list[str]:
        """Statements run just before table ``schema.table`` is rebuilt (copied into a
        new table); ``index`` numbers the rebuilds of the script from 0. Base: none."""
        return []

    def script_epilogue(self, rebuilt: Sequence[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
        """``(statement, comment)`` pairs that close a migration script whose
        rebuilt tables are ``rebuilt`` (``(name, schema)`` after the rebuild, in
        :meth:`rebuild_guard` order); base: none."""
        return []

    def revision_guard(self) -> str | None:
        """Python source defining ``_migration_guard()``, a context manager around
        the body of an Alembic revision's ``upgrade()``/``downgrade()`` (it may use
        ``op`` and ``contextlib``); ``None``: no guard (the base)."""
        return None

    # ------------------------------------------------------------------ safe migrations
    #
    # ``to_sql(safe=True)``: what a careful DBA runs instead of the naive statement.
    # Each method gets the naive statement and quoted names, and returns the
    # statements to run instead, each with a comment saying why. Base: the naive one.

    #: Batch size of a backfill stub when the caller gives none.
    backfill_batch_rows = 10_000

    def safe_preamble(self) -> list[SafeStep]:
        """Statements that open a safe migration script (PostgreSQL: lock and statement timeouts)."""
        return []

    def safe_create_index(self, sql: str, *, name: str, table: str) -> list[SafeStep]:
        """``CREATE INDEX`` built without blocking writes where the database can."""
        return [SafeStep(sql)]

    def safe_add_constraint(
        self, sql: str, *, kind: str, name: str, table: str, columns: Sequence[str] = ()
    ) -> list[SafeStep]:
        """A new constraint (``kind``: ``foreign_key``, ``check``, ``unique``) added without
        holding a lock while the existing rows are checked, where the database can."""
        return [SafeStep(sql, self.safe_alter_note(kind))]

    def safe_set_not_null(self, sql: str, *, table: str, column: str, check_name: str) -> list[SafeStep]:
        """``SET NOT NULL`` without scanning the table under an exclusive lock, where possible."""
        return [SafeStep(sql, self.safe_alter_note("column_nullable_changed"))]

    def safe_alter(self, sql: str, *, kind: str) -> list[SafeStep]:
        """Any other ``ALTER TABLE`` for a change of ``kind`` (a ``ChangeKind`` value)."""
        return [SafeStep(sql, self.safe_alter_note(kind))]

    def safe_alter_note(self, kind: str) -> str | None:
        """Why a change of ``kind`` still locks the table on this database (``None``: it does not)."""
        return None

    def backfill_sql(
        self, table: str, column: str, key: Sequence[str], batch_rows: int
    ) -> str:
        """One batch of a backfill stub: the rows still NULL, ``batch_rows`` at a time,
        by primary key. ``/* TODO: value */`` is left for the person to fill in."""
        if not key:
            return f"UPDATE {table} SET {column} = /* TODO: value */ WHERE {column} IS NULL"
        cols = ", ".join(key)
        keys = cols if len(key) == 1 else f"({cols})"
        return (
            f"UPDATE {table} SET {column} = /* TODO: value */ WHERE {keys} IN "
            f"(SELECT {cols} FROM {table} WHERE {column} IS NULL ORDER BY {cols} "
            f"LIMIT {int(batch_rows)})"
        )

    # ------------------------------------------------------------------ features

    #: Capitalised name for people (a generated module's header); ``None``: the name.
    label: str | None = None
    #: ALTER TABLE cannot change columns or constraints, so the migration rebuilds
    #: the table (Alembic's batch mode): SQLite. Such a database also does not
    #: check foreign keys' targets when a table is created.
    recreates_tables_to_alter = False
    #: A column type change needs ``USING col::type`` (PostgreSQL).
    type_change_needs_cast = False
    #: A user-defined type name (enum, domain) is quoted as written in DDL.
    quotes_user_type_names = False
    #: Enums, domains and composite types are named schema objects a model declares.
    models_declare_named_types = False
    #: The partitions go inside ``CREATE TABLE`` (MySQL), not one table each.
    partitions_in_create_table = False
    #: An AUTO_INCREMENT column must be a key as soon as it is one (MySQL/MariaDB):
    #: added or made so together with its new key, in one statement.
    auto_increment_needs_key = False
    #: A stored view's text does not name its columns; DDL writes ``(a, b)`` (SQLite).
    view_ddl_lists_columns = False
    #: Reflection takes identifier quotes off expressions; DDL puts them back (MySQL).
    requotes_expression_columns = False
    #: ``INTEGER PRIMARY KEY`` is the rowid, so SQLAlchemy's autoincrement guess is right.
    integer_primary_key_is_rowid = False
    #: The database stores each table's, index's and view's ``CREATE`` text, which
    #: holds facts no catalog reports (SQLite): the snapshot keeps it
    #: (``create_sql``), the diff compares it (:meth:`definition_key`) and a
    #: migration creates an object from it when it is known.
    replays_stored_ddl = False

    def definition_key(
        self, kind: str, sql: str | None, renames: Mapping[str, str] | None = None
    ) -> Any:
        """What a stored ``CREATE`` text of ``kind`` (``table``, ``index``, ``view``,
        ``trigger``, ``routine``) is compared by, with column ``renames`` (``{old: new}``) applied; ``None``: not compared."""
        return None

    def stored_create_as(self, sql: str, quoted_name: str) -> str:
        """A stored ``CREATE TABLE`` text that creates the table under ``quoted_name``."""
        raise NotImplementedError(f"{self.name} does not replay stored CREATE TABLE texts")

    def replay_sql(self, sql: str) -> str:
        """A stored ``CREATE`` text as one statement to run (no terminator)."""
        return sql.strip().rstrip(";").rstrip()

    def table_text_explained(
        self, before: model.Table, after: model.Table, renames: Mapping[str, str]
    ) -> bool:
        """Whether ``after``'s stored text is what ``before``'s becomes by renaming,
        adding (at the end, as written) and dropping columns in place (base: always)."""
        return True

    def added_column_sql(self, table: model.Table, column: str) -> str | None:
        """The definition of ``column`` as ``table``'s stored text writes it, for
        ``ADD COLUMN`` (``None``: not known; generated from the snapshot)."""
        return None

    def constraint_name(self, kind: str, table: model.Table, obj: Any) -> str | None:
        """The name the database gave unnamed ``obj`` (``kind``: primary_key, foreign_key,
        unique, check) on ``table``; ``None`` where unknown (or never needed)."""
        return None

    def index_kwargs(self, index: model.Index) -> dict[str, Any]:
        """The dialect keyword arguments of a SQLAlchemy ``Index`` for ``index``.

        A value that is SQL text (a partial index's WHERE) is a :class:`SQLText`,
        for the caller to wrap (``text(...)`` in a model, ``sqlalchemy.text`` in DDL).
        E.g. on MySQL ``{"mysql_prefix": "FULLTEXT", "mysql_length": {"name": 191}}``
        (and the same under ``mariadb_``).
        """
        return {}

    def alter_column_kwargs(self, before: model.Column, after: model.Column) -> dict[str, Any]:
        """Extra keyword arguments of Alembic's ``alter_column`` for this dialect."""
        return {}

    def reserved_words(self) -> frozenset[str]:
        """SQL's reserved words plus this dialect's (SQLAlchemy's lists), lower case."""
        from sqlalchemy.sql.compiler import RESERVED_WORDS

        return frozenset(w.lower() for w in RESERVED_WORDS)

    def render_dialect(self, server_version: str | None) -> str | None:
        """The SQLAlchemy dialect to render migrations for a server of
        ``server_version`` when it differs from this one's name (MariaDB); else ``None``."""
        return None

    # ------------------------------------------------------------------ connecting

    #: The driver installed for this backend, used when a URL names none.
    default_driver: str | None = None
    #: The ``schemanb[extra]`` that installs the default driver.
    driver_extra: str | None = None

    def connect_args(self, driver: str, timeout: int) -> dict[str, Any]:
        """DBAPI ``connect()`` arguments that bound connecting to ``timeout`` seconds.

        Where the driver allows, they also bound every later read (TCP keepalives,
        ``tcp_user_timeout``, a socket read timeout): see :meth:`bound_reads`.
        """
        return {}

    #: Seconds the server lets one statement run (the session's statement timeout).
    statement_timeout = 60

    def bound_reads(self, dbapi_connection: Any, seconds: float) -> None:
        """Once connected, let no single read on ``dbapi_connection`` wait longer than ``seconds``.

        Called with the smaller of the inspection's deadline and
        :attr:`statement_timeout` plus a margin (a read must outlast the
        server's own limit, whose error says more). Base: nothing to set.
        """

    def abort_reads(self, dbapi_connection: Any) -> None:
        """Make a read blocked on ``dbapi_connection`` (in another thread) fail now.

        The inspection's deadline calls it from a watchdog thread: the network
        socket is shut down (the driver sees the connection closed), or an
        in-process database is interrupted. Base: nothing can be done.
        """

    #: A database is a file, not one of many on a server (SQLite).
    is_file_database = False

    def database_file(self, url: Any) -> str | None:
        """The file a URL opens, where the database is a file (SQLite); else ``None``."""
        return None

    def create_database(self, connection: Connection, name: str) -> None:
        """Create database ``name`` on the server unless it exists (:meth:`database_exists`)."""
        if not self.database_exists(connection, name):
            quoted = connection.dialect.identifier_preparer.quote(name)
            connection.exec_driver_sql("CREATE DATABASE " + quoted)

    def drop_database_sql(self, quoted_name: str) -> str:
        """The statement that drops a database even while others are connected to it."""
        return f"DROP DATABASE IF EXISTS {quoted_name}"

    # -------------------------------------------------- databases (the sample's marker)

    def database_objects(self, connection: Connection) -> dict[str, str]:
        """Every object a user could own in the connected database, outside system schemas.

        Keys are ``"<kind> <name>"`` (``"table customers"``), values an identity
        that changes when the object is dropped and created again (an OID, a
        creation time). The sample builder records these for what it created and
        refuses a database holding any other (:mod:`schemanb.sample`). The base
        asks ``sql/<sql_folder>/database_objects.sql``.
        """
        return {
            f"{kind} {name}": str(identity or "")
            for kind, name, identity in self.fetch_rows(connection, "database_objects")
        }

    def database_exists(self, connection: Connection, name: str) -> bool:
        """Whether the server ``connection`` talks to has a database called ``name``."""
        raise NotImplementedError(f"{self.name} has no server databases")

    def database_comment(self, connection: Connection) -> str | None:
        """The comment of the connected database (``None``: none, or none possible)."""
        return None

    def set_database_comment(self, connection: Connection, text: str) -> None:
        """Set the comment of the connected database to ``text``."""
        raise NotImplementedError(f"{self.name} keeps no database comment")

    # ------------------------------------------------------------------ reflection

    def session_statements(self, dialect: Dialect | None = None) -> list[str]:
        """Statements run once after connecting (read-only, timeouts).

        ``dialect`` is the connection's SQLAlchemy dialect (it tells MariaDB from MySQL).
        """
        return []

    def reading_url(self, url: URL) -> URL:
        """The URL to read ``url``'s database through (base: ``url`` itself).

        SQLite opens a file that schemanb may not write read-only and immutable.
        """
        return url

    def database_of(self, url: URL) -> str | None:
        """The database name a snapshot records for ``url`` (undoing :meth:`reading_url`)."""
        return url.database

    #: The folder under ``dialects/sql/`` holding this dialect's catalog queries.
    sql_folder: str | None = None

    def fetch_rows(
        self, connection: Connection, name: str, **params: Any
    ) -> Sequence[Any]:
        """Run ``sql/<sql_folder>/<name>.sql`` with bound ``params``; all rows.

        A list-valued parameter written ``IN :name`` is bound as an expanding
        parameter; elsewhere (``= ANY(:name)`` on PostgreSQL) it is one array.
        """
        assert self.sql_folder is not None, f"{type(self).__name__} has no catalog SQL"
        return catalog.fetch_rows(connection, self.sql_folder, name, **params)

    def fetch_rows_many(
        self, connection: Connection, queries: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> Iterator[Sequence[Any]]:
        """Run several catalog queries of ``sql/<sql_folder>/``; yield each one's rows in order.

        The base runs them one after the other; a dialect may send them all at
        once (PostgreSQL's pipeline mode) so that the server works on the later
        ones while the caller processes the first. A caller consumes every result.
        """
        for name, params in queries:
            yield self.fetch_rows(connection, name, **params)

    def fetch_extras(
        self, connection: Connection, schema: model.Schema, catalog_schemas: Mapping[str | None, str]
    ) -> model.Schema:
        """``schema`` with what the Inspector lacks added, each kind in one bulk query.

        Views (definitions in one query instead of one per view), enums,
        sequences, plus :meth:`fetch_table_fixes` for the dialect's own gaps.
        ``catalog_schemas`` maps each model schema (``None`` = default) to the
        catalog's name for it.
        """
        names = sorted(set(catalog_schemas.values()))
        to_model: dict[str | None, str | None] = {v: k for k, v in catalog_schemas.items()}
        tables = self.fetch_table_fixes(connection, schema.tables, catalog_schemas)
        views = [
            dataclasses.replace(v, schema=to_model.get(v.schema, v.schema))
            for v in self.fetch_views(connection, names)
        ]
        enums = [
            dataclasses.replace(e, schema=to_model.get(e.schema, e.schema))
            for e in self.fetch_enums(connection, names)
        ]
        sequences = [
            dataclasses.replace(s, schema=to_model.get(s.schema, s.schema))
            for s in self.fetch_sequences(connection, names)
        ]
        return dataclasses.replace(
            schema,
            tables=tuple(tables),
            views=model.sorted_by_name(views),
            enums=model.sorted_by_name(enums),
            sequences=model.sorted_by_name(sequences),
        )

    def fetch_objects(
        self,
        connection: Connection,
        schema: model.Schema,
        catalog_schemas: Mapping[str | None, str],
        *,
        grants: bool = False,
    ) -> model.Schema:
        """``schema`` with the objects beyond tables added (base: unchanged).

        Triggers, routines, domains, composite types, extensions, partitioning
        (children folded into their parent's :attr:`~schemanb.model.Table.partitioning`
        and removed from ``tables``) and view dependencies; grants only when
        ``grants`` is true. Each kind is one bulk catalog query over all
        ``catalog_schemas`` (never one per object); schema names are mapped back
        to the model's (``None`` for the default schema) as in :meth:`fetch_extras`.
        Called by :func:`schemanb.reflect.database.reflect_connection` after
        :meth:`fetch_extras`.
        """
        return schema

    def object_ddl(self, obj: Any, *, create: bool) -> list[str]:
        """The statements that create (``create=True``) or drop one object on this dialect.

        ``obj`` is a :class:`~schemanb.model.Trigger`, :class:`~schemanb.model.Routine`,
        :class:`~schemanb.model.Domain`, :class:`~schemanb.model.CompositeType`,
        :class:`~schemanb.model.Extension` or :class:`~schemanb.model.Grant`
        (``GRANT`` / ``REVOKE``). Every identifier is quoted with the dialect's
        identifier preparer; bodies and expressions are the snapshot's SQL text.
        The base refuses: the dialect has no such object.
        """
        from ..errors import MigrationError

        raise MigrationError(
            f"{self.name} has no {type(obj).__name__.lower()} objects — "
            f"drop it from the snapshot or migrate it by hand"
        )

    def routine_references(
        self, routine: model.Routine, names: frozenset[str]
    ) -> frozenset[str]:
        """The names among ``names`` (other routines' names) that ``routine`` refers to.

        The catalog records no dependency for a body kept as a string, yet the
        server checks a SQL body when it is created: a routine must come after
        the routines its body, argument defaults and result name. Read from the
        text: every identifier (unquoted ones folded to lower case, quoted ones
        as written) of the body, the arguments and the result. A word that only
        looks like a call gives an extra ordering edge, never a missing one.

        >>> sorted(DialectSupport().routine_references(
        ...     model.Routine(name="f", definition='SELECT g(1) + "H"(2) -- k'),
        ...     frozenset({"g", "H", "h", "k", "f"})))
        ['H', 'g', 'k']
        """
        text = " ".join((routine.definition, routine.arguments, routine.returns or ""))
        found = set()
        for match in _RE_IDENTIFIER.finditer(text):
            quoted, plain = match.group(1), match.group(2)
            word = quoted.replace('""', '"') if quoted is not None else plain.lower()
            if word in names:
                found.add(word)
        found.discard(routine.name)
        return frozenset(found)

    def object_change_ddl(self, before: Any, after: Any) -> list[str] | None:
        """Statements that turn ``before`` into ``after`` in place, or ``None``.

        ``None`` (the base) means "drop ``before`` and create ``after``"; a
        dialect returns e.g. ``CREATE OR REPLACE FUNCTION`` or ``ALTER EXTENSION
        ... UPDATE TO`` where that keeps dependants intact.
        """
        return None

    def view_comment_ddl(self, view: model.View, comment: str | None) -> list[str]:
        """The statements that set (``None``: remove) the comment of ``view``.
        The base refuses: the dialect keeps no view comments."""
        from ..errors import MigrationError

        raise MigrationError(
            f"{self.name} keeps no comment on views — drop the comment of {view.key} from the snapshot"
        )

    def sequence_owner_ddl(
        self, seq: model.Sequence, owner: tuple[model.TableKey, str] | None
    ) -> list[str]:
        """The statements that make column ``owner`` (table, column) own ``seq``
        (``None``: no column), so the sequence goes with it. The base refuses."""
        from ..errors import MigrationError

        raise MigrationError(f"{self.name} has no sequences — migrate {seq.key} by hand")

    def partition_ddl(
        self, table: model.Table, partition: model.Partition, *, create: bool
    ) -> list[str]:
        """The statements that add (or remove) one partition of ``table``."""
        from ..errors import MigrationError

        raise MigrationError(
            f"{self.name} has no declarative partitions — migrate {table.key} by hand"
        )

    def partition_table_kwargs(self, table: model.Table) -> dict[str, Any]:
        """SQLAlchemy ``Table`` keyword arguments that make ``CREATE TABLE`` partitioned.

        E.g. ``{"postgresql_partition_by": "RANGE (created_at)"}`` on PostgreSQL
        (partitions are then added by :meth:`partition_ddl`), or on MySQL
        ``{"mysql_partition_by": "RANGE (id) (PARTITION p0 VALUES LESS THAN (10), ...)"}``
        (all partitions in the CREATE). Base: ``{}`` (not partitioned).
        """
        return {}

    def script_statement(self, sql: str) -> str:
        """One statement as a line of a script for the database's own client (``psql``, ``sqlite3``).

        Base: the statement and ``;``.
        """
        return sql + ";\n"

    def partitioning_from_table(
        self, kwargs: Mapping[str, Any], info: Mapping[str, Any]
    ) -> model.Partitioning | None:
        """The inverse of :meth:`partition_table_kwargs`: a model ``Table``'s
        partitioning from its dialect keyword arguments and ``info`` (what
        :func:`schemanb.codegen` writes). Base: ``None``."""
        return None

    def view_options_sql(self, view: model.View) -> tuple[str, str]:
        """What ``CREATE VIEW`` writes before ``VIEW`` and after the SELECT for the
        view's :attr:`~schemanb.model.View.options` (base: nothing)."""
        return "", ""

    def table_kwargs(self, table: model.Table) -> dict[str, Any]:
        """Keyword arguments of ``sqlalchemy.Table`` for the table's options (base: none)."""
        return {}

    def table_options_differ(self, a: Mapping[str, str], b: Mapping[str, str]) -> bool:
        """Whether two tables' :attr:`~schemanb.model.Table.dialect_options` differ
        in what the database would show (base: any difference)."""
        return dict(a) != dict(b)

    def database_options(self, options: Mapping[str, str]) -> dict[str, str]:
        """Which of a database's defaults (``info.options``) are compared and migrated
        (base: none)."""
        return {}

    def database_options_ddl(self, before: Mapping[str, str], after: Mapping[str, str]) -> list[str]:
        """Statements changing the database's defaults from ``before`` to ``after``
        (as :meth:`database_options` gives them) on the database the script runs in
        (base: none)."""
        return []

    def table_options_ddl(
        self,
        before: model.Table,
        after: model.Table,
        column_sql: Callable[[model.Column], str],
        defaults: Mapping[str, str] | None = None,
    ) -> list[str]:
        """Statements changing ``before``'s table options into ``after``'s (base: none);
        ``column_sql`` renders a column of ``after`` as ``CREATE TABLE`` would;
        ``defaults`` (the target's ``info.options``) stand for options left out."""
        return []

    def codegen_table_kwargs(self, table: model.Table) -> dict[str, Any]:
        """The ``Table`` keyword arguments models get from :func:`schemanb.codegen`
        for the table's options, read back by :meth:`table_options_from_table`
        (base: none)."""
        return {}

    def table_options_from_table(self, table: Any, default_schema: str | None) -> dict[str, Any]:
        """A ``sqlalchemy.Table``'s ``inherits`` and ``dialect_options`` (the
        snapshot's), from what :meth:`codegen_table_kwargs` writes (base: none)."""
        return {}

    def inherit_ddl(self, table: model.TableKey, parent: model.TableKey, *, inherit: bool) -> str:
        """``ALTER TABLE table INHERIT parent`` (``NO INHERIT`` when not ``inherit``);
        base: the dialect has no table inheritance."""
        from ..errors import MigrationError

        raise MigrationError(
            f"{self.name} has no table inheritance: {table} cannot inherit from {parent} "
            "— drop the parent from the snapshot"
        )

    def table_options_notes(self, before: model.Table, after: model.Table) -> tuple[str, ...]:
        """What changing ``before``'s options (and parents) into ``after``'s means,
        for the diff's risk notes (base: the storage or character set changes)."""
        return ("changes the table's storage or character set",)

    def fetch_table_fixes(
        self,
        connection: Connection,
        tables: Sequence[model.Table],
        catalog_schemas: Mapping[str | None, str],
    ) -> Sequence[model.Table]:
        """Correct what the Inspector reflects wrongly on this dialect (base: nothing)."""
        return tables

    def reflection_context(
        self, connection: Connection, catalog_schemas: Sequence[str]
    ) -> contextlib.AbstractContextManager[None]:
        """Held while ``connection`` is reflected (base: nothing to prepare).

        A dialect reads here, in bulk, what SQLAlchemy's Inspector would
        otherwise fetch once per table (SQLite: every table's ``CREATE`` text).
        """
        return contextlib.nullcontext()

    def fetch_table_parts(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> TableParts | None:
        """Columns, keys, constraints and comments of every table of one schema.

        ``None`` (the base) means "use the Inspector's ``get_multi_*`` calls"; a
        dialect returns its own bulk queries' result where that is much faster.
        """
        return None

    def fetch_view_columns(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> dict[_PartKey, list[dict[str, Any]]] | None:
        """Inspector-shaped columns of every view of one schema (``None``: ask the Inspector)."""
        return None

    def fetch_indexes(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> dict[tuple[str | None, str], list[dict[str, Any]]] | None:
        """Inspector-shaped index dicts of one schema, keyed like ``get_multi_indexes``.

        ``None`` (the base) means "use the Inspector"; a dialect returns its own
        bulk query's result where that is much faster.
        """
        return None

    def fetch_size_estimates(
        self, connection: Connection, schemas: Sequence[str]
    ) -> dict[CatalogKey, int | None]:
        """``{(schema, table): bytes on disk}`` from the catalog; base: none known."""
        return {}

    def fetch_row_estimates(
        self, connection: Connection, schemas: Sequence[str]
    ) -> dict[CatalogKey, int | None]:
        """The catalog's row count estimate per table (base: none known)."""
        return {}

    def fetch_views(self, connection: Connection, schemas: Sequence[str]) -> list[model.View]:
        """Every view with its normalised definition (in the catalog's schema names).

        The base falls back to the Inspector, one query per view; the dialects
        override it with one bulk catalog query.
        """
        import sqlalchemy as sa

        insp = sa.inspect(connection)
        out = []
        for schema_name in schemas:
            for name in insp.get_view_names(schema=schema_name):
                try:
                    definition = insp.get_view_definition(name, schema=schema_name)
                except (sa.exc.DBAPIError, NotImplementedError):
                    definition = None
                out.append(
                    model.View(
                        schema=schema_name,
                        name=name,
                        definition=self.normalize_view_definition(definition),
                    )
                )
        return out

    def fetch_enums(self, connection: Connection, schemas: Sequence[str]) -> list[model.Enum]:
        """Named enumerated types (base: none)."""
        return []

    def fetch_column_types(
        self, connection: Connection, columns: Sequence[tuple[str, str, str]]
    ) -> dict[tuple[str, str, str], str]:
        """The database's own spelling of the types of ``(schema, table, column)``.

        Called once, for the columns whose type SQLAlchemy did not recognise
        (``xml``, ``tsvector`` and other types it has no class for); the base
        knows no better than ``UNKNOWN``.
        """
        return {}

    def fetch_sequences(
        self, connection: Connection, schemas: Sequence[str]
    ) -> list[model.Sequence]:
        """Standalone sequences, not those owned by a column (base: none)."""
        return []


class SQLText(str):
    """SQL text in a keyword argument (see :meth:`DialectSupport.index_kwargs`)."""

    __slots__ = ()


#: Generic spellings that mean the same type, across dialects (``portable`` diffs).
GENERIC_TYPE_SYNONYMS = {
    "INT": "INTEGER",
    "INT4": "INTEGER",
    "INT8": "BIGINT",
    "INT2": "SMALLINT",
    "BOOL": "BOOLEAN",
    "DECIMAL": "NUMERIC",
    "CHARACTER VARYING": "VARCHAR",
    "NVARCHAR": "VARCHAR",
    "NCHAR": "CHAR",
    "CHARACTER": "CHAR",
    "CLOB": "TEXT",
    "TIMESTAMP": "DATETIME",
    "TIMESTAMP WITHOUT TIME ZONE": "DATETIME",
    "TIMESTAMP WITH TIME ZONE": "DATETIME WITH TIME ZONE",
    "DOUBLE PRECISION": "DOUBLE",
    "FLOAT8": "DOUBLE",
    "REAL": "FLOAT",
    "FLOAT4": "FLOAT",
    "BLOB": "BINARY",
    "BYTEA": "BINARY",
    "LARGEBINARY": "BINARY",
    "VARBINARY": "BINARY",
}


_RE_WORD = re.compile(r'"((?:[^"]|"")+)"|`((?:[^`]|``)+)`|([A-Za-z_][A-Za-z0-9_$]*)')


def first_column(expression: str, table: model.Table) -> str | None:
    """The first column of ``table`` that ``expression`` mentions (quoted or bare)."""
    names = set(table.column_map)
    for match in _RE_WORD.finditer(expression):
        word = match.group(1) or match.group(2) or match.group(3)
        if word is not None and match.group(1):
            word = word.replace('""', '"')
        if word in names:
            return word
    return None


def is_sequence_default(default: str) -> bool:
    """Whether a column default draws from a sequence (PostgreSQL's ``nextval(...)``)."""
    return default.lower().startswith("nextval(")


def type_signature(type_: Any) -> Any:
    """A hashable key equal for types with the same class and attributes; ``None`` if unsure.

    >>> from sqlalchemy import String
    >>> type_signature(String(50)) == type_signature(String(50)) != type_signature(String(60))
    True
    """
    items: list[tuple[str, Any]] = []
    for name, value in sorted(vars(type_).items()):
        if value is None or isinstance(value, (str, int, float, bool)):
            items.append((name, value))
        elif isinstance(value, (list, tuple)) and all(isinstance(v, (str, int)) for v in value):
            items.append((name, tuple(value)))
        elif hasattr(value, "compile") and hasattr(value, "__dict__"):
            inner = type_signature(value)
            if inner is None:
                return None
            items.append((name, inner))
        elif isinstance(value, type):
            items.append((name, value))
        else:
            return None
    return (type(type_), tuple(items))


def shutdown_socket(fileno: int) -> None:
    """Shut the network socket ``fileno`` down both ways, leaving the fd to its owner.

    A read blocked on it in another thread returns at once (the driver sees
    the connection closed); the driver closes the descriptor itself later.
    """
    import os
    import socket

    with contextlib.suppress(OSError):
        dup = socket.socket(fileno=os.dup(fileno))
        try:
            dup.shutdown(socket.SHUT_RDWR)
        finally:
            dup.close()


def sql_literal(connection: Connection, text: str) -> str:
    """``text`` as a string literal of ``connection``'s dialect (for statements that take no parameters)."""
    import sqlalchemy as sa

    compiled = sa.literal(text, sa.String()).compile(
        dialect=connection.dialect, compile_kwargs={"literal_binds": True}
    )
    return str(compiled)


def upper_outside_quotes(text: str) -> str:
    """Upper-case ``text`` except inside single or double quotes."""
    if "'" not in text and '"' not in text:
        return text.upper()
    out = []
    quote = ""
    for ch in text:
        if quote:
            if ch == quote:
                quote = ""
            out.append(ch)
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        else:
            out.append(ch.upper())
    return "".join(out)


#: Spellings of a boolean default (SQLite and MySQL store 0/1).
_BOOLEAN_LITERALS = {"1": "true", "'1'": "true", "0": "false", "'0'": "false"}

_DEFAULT_KEYWORDS = {
    "now()": "CURRENT_TIMESTAMP",
    "current_timestamp()": "CURRENT_TIMESTAMP",
    "current_timestamp": "CURRENT_TIMESTAMP",
    "localtimestamp": "CURRENT_TIMESTAMP",
    "current_date": "CURRENT_DATE",
    "current_date()": "CURRENT_DATE",
    "curdate()": "CURRENT_DATE",
    "current_time": "CURRENT_TIME",
    "true": "true",
    "false": "false",
}


def normalize_default_keywords(text: str) -> str:
    """Fold well-known default spellings: ``now()`` -> ``CURRENT_TIMESTAMP``."""
    folded = _DEFAULT_KEYWORDS.get(text.lower())
    if folded is not None:
        return folded
    if re.fullmatch(r"current_timestamp\(\d\)", text, re.I):
        return "CURRENT_TIMESTAMP"
    return text


def normalize_number_literal(text: str) -> str:
    """``'0.00'`` and ``0`` are the same numeric default: ``0``.

    >>> normalize_number_literal("'10.50'")
    '10.5'
    """
    from decimal import Decimal

    match = _RE_NUMBER.fullmatch(text)
    if not match:
        return text
    value = Decimal(match.group(1)).normalize()
    return format(value, "f")


@functools.lru_cache(maxsize=1)
def _default_dialect() -> Dialect:
    from sqlalchemy.engine.default import DefaultDialect

    return DefaultDialect()


def generic_type_name(type_: TypeEngine[Any], *, fallback: str) -> str:
    """Compile ``type_.as_generic()`` on the generic dialect; ``fallback`` when impossible."""
    from sqlalchemy import types as satypes

    if isinstance(type_, satypes.Boolean):
        return "BOOLEAN"
    if isinstance(type_, satypes.Enum):
        return "VARCHAR" if not type_.length else f"VARCHAR({type_.length})"
    if isinstance(type_, satypes.Uuid):
        # Native UUID where the database has one; else what it is stored as.
        return "UUID" if fallback == "UUID" else fallback
    if isinstance(type_, (satypes.CHAR, satypes.NCHAR)):
        return "CHAR" if type_.length is None else f"CHAR({type_.length})"
    try:
        generic = type_.as_generic()
    except NotImplementedError:
        return fallback
    if isinstance(generic, satypes.DateTime) and generic.timezone and (
        "TIME ZONE" in fallback or "TZ" in fallback
    ):
        return "DATETIME WITH TIME ZONE"
    if isinstance(generic, satypes.Float):
        return "FLOAT"
    if isinstance(generic, satypes.Numeric):
        if generic.precision is not None:
            scale = f", {generic.scale}" if generic.scale is not None else ""
            return f"NUMERIC({generic.precision}{scale})"
        return "NUMERIC"
    try:
        text = generic.compile(dialect=_default_dialect())
    except Exception:  # noqa: BLE001 - a generic type without a generic spelling
        return fallback
    text = _RE_COLLATE.sub("", text)
    return _RE_SPACES.sub(" ", text).upper()


def unquote_identifier(text: str) -> str:
    """An identifier as written in SQL text, without its quotes (``"..."``,
    ```...```, ``[...]``; a doubled quote inside stands for one).

    >>> unquote_identifier('"a ""b"" c"'), unquote_identifier("`c``d`"), unquote_identifier("[e f]")
    ('a "b" c', 'c`d', 'e f')
    """
    if text[:1] in "\"`" and text[-1:] == text[:1] and len(text) >= 2:
        q = text[0]
        return text[1:-1].replace(q + q, q)
    if text[:1] == "[" and text[-1:] == "]":
        return text[1:-1]
    return text


def _literal_end(text: str, start: int) -> int:
    quote = text[start]
    i = start + 1
    while i < len(text):
        if text[i] == quote:
            if i + 1 < len(text) and text[i + 1] == quote:
                i += 2
                continue
            return i + 1
        i += 1
    return len(text)


def _bounded(text: str, start: int, length: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[start + length] if start + length < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")
