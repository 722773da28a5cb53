"""What a dialect is and can do: its names, capability flags and simple answers.

:class:`Capabilities` is the root of :class:`~schemanb.dialects.base.DialectSupport`:
the dialect's name and SQLAlchemy dialect, the ``supports_*`` flags, the flags
that tell migrate and codegen how the database behaves (``recreates_tables_to_alter``,
``type_change_needs_cast``, ...), and the answers that need no SQL text: generated
constraint names, reserved words, the keyword arguments of an ``Index`` or of
Alembic's ``alter_column``. Every answer of the base is the conservative one; a
dialect package overrides what its database does differently.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect

    from .. import model


class SQLText(str):
    """SQL text in a keyword argument (see :meth:`DialectSupport.index_kwargs`)."""

    __slots__ = ()


class Capabilities:
    """The dialect's identity and capability flags (base: generic and conservative)."""

    #: The dialect's name, as :func:`~schemanb.dialects.support_for` knows it.
    name: str = "default"

    #: SQLAlchemy dialect name used to compile types and DDL.
    sqlalchemy_name: str = "default"

    #: Capitalised name for people (a generated module's header); ``None``: the name.
    label: str | None = None

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

    #: The database creates an index for a foreign key that has none (MySQL).
    fk_creates_index = False

    #: A foreign key needs an index whose first columns are its columns, on the
    #: referencing table and on the referenced one (InnoDB): the database refuses
    #: to drop the last such index while the key exists, so a migration that
    #: drops it drops the key first and adds it again after the new index.
    fk_needs_index = False

    #: Unique constraints and unique indexes are one thing (MySQL).
    unique_constraints_are_indexes = False

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

    # ------------------------------------------------------------------ sqlalchemy

    def sqlalchemy_dialect(self) -> Dialect:
        """The (cached) SQLAlchemy dialect instance used for compiling."""
        return self._sqlalchemy_dialect

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

    # ------------------------------------------------------------------ naming

    #: The comment the database gives its default schema when it creates it
    #: (PostgreSQL: ``public``'s); ``None``: none.
    default_schema_initial_comment: str | None = None

    def is_generated_name(
        self, kind: str, table: str, columns: tuple[str, ...], name: str | None,
        taken: Collection[str] | None = None,
    ) -> bool:
        """Whether ``name`` is what the database invents for an unnamed constraint;
        ``taken``, where known, holds the other key and index names of the table."""
        return False

    def generated_name(self, kind: str, owner: str, column: str = "") -> str | None:
        """The name the database gives an unnamed constraint of ``kind`` (base: unknown)."""
        return None

    def is_stale_generated_name(self, kind: str, table: str, columns: tuple[str, ...], name: str) -> bool:
        """Whether ``name`` has the shape the database invents for an unnamed constraint
        of ``kind`` but not for ``table``: a name kept from before the table was renamed
        (base: never; a database that renames them along has none)."""
        return False

    def same_object_name(self, a: str, b: str) -> bool:
        """Whether two different spellings name one object, so that renaming one to the
        other is refused as a clash (SQLite: names differ only in the case of ASCII
        letters); base: names are exact."""
        return False

    def constraint_name(self, kind: str, table: model.Table, obj: Any) -> str | None:
        """The name the database gave unnamed ``obj`` (``kind``: primary_key, foreign_key,
        unique, check) on ``table``; ``None`` where unknown (or never needed)."""
        return None

    def reserved_words(self) -> frozenset[str]:
        """SQL's reserved words plus this dialect's (SQLAlchemy's lists), lower case."""
        from sqlalchemy.sql.compiler import RESERVED_WORDS

        return frozenset(w.lower() for w in RESERVED_WORDS)

    # ------------------------------------------------------------------ keyword arguments

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

    def retype_kwargs(self, column_sql: str, type_sql: str) -> dict[str, str]:
        """The keyword arguments of Alembic's ``alter_column`` that say how a column's
        values become the new type, given the quoted column and the compiled new type:
        ``{}`` when the database converts them itself. The SQL a migration prints and
        the ``op.alter_column(...)`` of a revision both take them from here."""
        return {}

    def render_dialect(self, server_version: str | None) -> str | None:
        """The SQLAlchemy dialect to render migrations for a server of
        ``server_version`` when it differs from this one's name (MariaDB); else ``None``."""
        return None

    def drops_index_if_exists(self, server_version: str | None) -> bool:
        """Whether a server of ``server_version`` takes ``DROP INDEX IF EXISTS name ON
        table`` (MariaDB; MySQL 8 has no such form)."""
        return False
