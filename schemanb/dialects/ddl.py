"""DDL and render hooks: the SQL and keyword arguments a dialect writes.

:class:`DDLHooks` writes what migrate and codegen cannot build from SQLAlchemy
alone: statements for the objects beyond tables (:meth:`~DDLHooks.object_ddl`),
partitions, table and database options, expressions spelt so the server reads
them back the same, stored ``CREATE`` texts replayed, and the opening and closing
of a migration script. Every identifier is quoted by the dialect's preparer.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .. import model
from .capabilities import Capabilities
from .tokens import MYSQL, replace_names

#: A quoted identifier (group 1, doubled quotes inside) or an unquoted word (group 2).
_RE_IDENTIFIER = re.compile(r'"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)')


@dataclasses.dataclass(frozen=True)
class RetypedColumn:
    """A column retyped when its enum is re-created: its table (as named in the
    target snapshot), its name when the retype runs, and both sides."""

    table: model.TableKey
    name: str
    before: model.Column
    after: model.Column


class DDLHooks(Capabilities):
    """The statements and ``Table``/``Index`` arguments of one dialect (base: generic SQL)."""

    # ------------------------------------------------------------------ expressions

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
        needing = [c for c in columns if preparer.quote(c) != c]
        if not needing:
            return expression
        return replace_names(expression, needing, preparer.quote, MYSQL)

    # ------------------------------------------------------------------ tables

    def renamed_table_ddl(self, old: model.Table, new_name: str) -> tuple[list[str], list[str]]:
        """Statements run after ``old`` is renamed to ``new_name`` (and their undo, run
        before renaming it back) that give the generated constraint names the new
        table's name, as creating the table under that name would (base: none)."""
        return [], []

    def serial_changed_ddl(
        self, key: model.TableKey, old: model.Column, new: model.Column
    ) -> tuple[list[str], list[str]] | None:
        """Statements (and their undo) that make ``old`` a column filled by its own
        sequence as ``new`` is, or no longer, where the dialect keeps that sequence
        apart from the column (base: ``None``, the column's alteration does it)."""
        return None

    def stored_create_as(self, sql: str, quoted_name: str) -> str:
        """A stored ``CREATE TABLE`` text that creates the table under ``quoted_name``."""
        raise NotImplementedError(f"{self.name} does not replay stored CREATE TABLE texts")

    def is_virtual_table(self, table: model.Table) -> bool:
        """Whether a module implements ``table`` (SQLite's ``CREATE VIRTUAL TABLE``: FTS,
        R*Tree). Its shadow tables come and go with it, named after it, so it is
        created under its own name only: never under a temporary one, never renamed."""
        return False

    def replay_sql(self, sql: str) -> str:
        """A stored ``CREATE`` text as one statement to run (no terminator)."""
        return sql.strip().rstrip(";").rstrip()

    def added_column_sql(self, table: model.Table, column: str) -> str | None:
        """The definition of ``column`` as ``table``'s stored text writes it, for
        ``ADD COLUMN`` (``None``: not known; generated from the snapshot)."""
        return None

    def table_kwargs(self, table: model.Table) -> dict[str, Any]:
        """Keyword arguments of ``sqlalchemy.Table`` for the table's options (base: none)."""
        return {}

    def created_table(self, table: model.Table) -> tuple[model.Table, list[str]]:
        """The table ``CREATE TABLE`` makes, and the statements that finish it
        (base: the table itself, none)."""
        return table, []

    #: Column :attr:`~schemanb.model.Column.dialect_options` keys set by statements of
    #: their own once the column exists (PostgreSQL's ``SET (n_distinct=...)``,
    #: ``SET STATISTICS``, ``SET STORAGE``): never a reason to write the column again.
    column_attribute_keys: frozenset[str] = frozenset()

    def column_attributes_ddl(
        self, table: model.TableKey, before: model.Column | None, after: model.Column
    ) -> list[str]:
        """Statements taking the settings of :attr:`column_attribute_keys` from
        ``before``'s (``None``: a new column) to ``after``'s (base: none)."""
        return []

    def made_with_table_options(self, column: model.Column) -> bool:
        """Whether the column comes and goes with a table option, never by itself (base: no)."""
        return False

    def column_type_suffix(self, column: model.Column) -> str:
        """Words written after a column's type in its definition (base: none)."""
        return ""

    def index_part_suffix(self, index: model.Index, position: int) -> str:
        """Words written after key part ``position`` (from 1) of ``index`` (PostgreSQL:
        its operator class; base: none)."""
        return ""

    def check_suffix(self, check: model.CheckConstraint) -> str:
        """Words written after a CHECK's ``CHECK (...)`` that SQLAlchemy cannot write
        (base: none)."""
        return ""

    # ------------------------------------------------------- settings, as a reader knows them

    def table_settings(self, table: model.Table) -> list[str]:
        """The table's :attr:`~schemanb.model.Table.dialect_options` as the clauses a
        reader knows them by, for the site, the Markdown docs and the frames
        (``UNLOGGED``, ``WITH (fillfactor=80)``, ``ENGINE=Aria``).

        Base: each option as ``NAME=value``, its dialect prefix dropped, so that an
        option no dialect spells out yet is still shown.

        >>> from schemanb.model import Table
        >>> DDLHooks().table_settings(Table(name="t", dialect_options=(("sqlite_row_format", "DYNAMIC"),)))
        ['ROW_FORMAT=DYNAMIC']
        """
        return [plain_setting(k, v) for k, v in table.dialect_options]

    def column_settings(self, column: model.Column) -> list[str]:
        """The column's :attr:`~schemanb.model.Column.dialect_options` as clauses
        (``INVISIBLE``, ``SET STATISTICS 1000``); the collation is the model's own
        field and not among them. Base: ``NAME=value`` each."""
        return [plain_setting(k, v) for k, v in column.dialect_options]

    def index_settings(self, index: model.Index) -> list[str]:
        """The index's :attr:`~schemanb.model.Index.dialect_options` as clauses
        (PostgreSQL: ``CLUSTER`` for the index a table or materialized view is
        clustered on). Base: ``NAME=value`` each."""
        return [plain_setting(k, v) for k, v in index.dialect_options]

    def generated_label(self, column: model.Column) -> str:
        """How the docs name the way an ``autoincrement`` column without an identity
        gets its values (PostgreSQL ``serial``, MySQL ``AUTO_INCREMENT``); base ``auto``."""
        return "auto"

    def quoted_name(self, name: str) -> str:
        """``name`` quoted by the dialect's identifier preparer where it needs quotes."""
        return str(self.sqlalchemy_dialect().identifier_preparer.quote(name))

    def session_settings(self, a: model.Schema, changed: Iterable[model.TableKey]) -> list[str]:
        """Statements a migration that changes tables ``changed`` of ``a`` runs first (base: none)."""
        return []

    def view_options_sql(self, view: model.View) -> tuple[str, str]:
        """What ``CREATE VIEW`` writes before ``VIEW`` and after the SELECT for the
        view's :attr:`~schemanb.model.View.options` (base: nothing)."""
        return "", ""

    def view_session_ddl(self, view: model.View) -> tuple[list[str], list[str]]:
        """Statements run before and after the view's ``CREATE VIEW`` (MySQL/MariaDB:
        the client character set it was created under; base: none)."""
        return [], []

    def partition_attach_ddl(
        self, table: model.Table, partition: model.Partition, *, attach: bool
    ) -> list[str] | None:
        """The statements that make an existing table a partition of ``table``
        (``attach``) or a table of its own again, rows kept; ``None`` where the
        dialect cannot (the table is then dropped and the partition created)."""
        return None

    def rows_kept_ddl(
        self, table: model.Table, columns: Sequence[tuple[str, str]]
    ) -> tuple[list[str], list[str]] | None:
        """Statements that keep ``table``'s rows while it is dropped and created again
        (partitioned, or no longer): the first list copies them aside, the second
        puts them back into the new table (``columns``: (old name, new name) pairs)
        and removes the copy. ``None`` where the dialect does not (the change is
        then refused, naming the table)."""
        return None

    def partition_table_kwargs(self, table: model.Table) -> dict[str, Any]:
        """SQLAlchemy ``Table`` keyword arguments that make ``CREATE TABLE`` partitioned.

        E.g. ``{"postgresql_partition_by": "RANGE (created_at)"}`` on PostgreSQL
        (partitions are then added by :meth:`partition_ddl`), or on MySQL
        ``{"mysql_partition_by": "RANGE (id) (PARTITION p0 VALUES LESS THAN (10), ...)"}``
        (all partitions in the CREATE). Base: ``{}`` (not partitioned).
        """
        return {}

    def partitioning_from_table(
        self, kwargs: Mapping[str, Any], info: Mapping[str, Any]
    ) -> model.Partitioning | None:
        """The inverse of :meth:`partition_table_kwargs`: a model ``Table``'s
        partitioning from its dialect keyword arguments and ``info`` (what
        :func:`schemanb.codegen` writes). Base: ``None``."""
        return None

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

    def clustered_index(self, table: model.Table) -> str | None:
        """The index ``table`` is clustered on, where the dialect records one in its
        :attr:`~schemanb.model.Table.dialect_options` (PostgreSQL ``CLUSTER ON``);
        base: none."""
        return None

    def cluster_ddl(self, table: model.TableKey, index: str | None) -> list[str]:
        """Statements marking ``index`` as the one ``table`` is clustered on (``None``:
        no index); base: none, the dialect has no such mark."""
        return []

    def database_options_ddl(self, before: Mapping[str, str], after: Mapping[str, str]) -> list[str]:
        """Statements changing the database's defaults from ``before`` to ``after``
        (as :meth:`database_options` gives them) on the database the script runs in
        (base: none)."""
        return []

    # ------------------------------------------------------------------ objects beyond tables

    def object_ddl(self, obj: Any, *, create: bool) -> list[str]:
        """The statements that create (``create=True``) or drop one object on this dialect.

        ``obj`` is a :class:`~schemanb.model.Trigger`, :class:`~schemanb.model.Routine`,
        :class:`~schemanb.model.Domain`, :class:`~schemanb.model.CompositeType`,
        :class:`~schemanb.model.Extension`, :class:`~schemanb.model.Namespace` (a
        schema: ``CREATE SCHEMA`` with its comment / ``DROP SCHEMA``) or
        :class:`~schemanb.model.Grant` (``GRANT`` / ``REVOKE``). Every identifier is quoted with the dialect's
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

        >>> sorted(DDLHooks().routine_references(
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

    def view_index_ddl(self, view: model.View, index: model.Index, *, create: bool) -> list[str]:
        """The statements that create or drop an index of a materialized view.
        The base refuses: the dialect has no indexes on views."""
        from ..errors import MigrationError

        raise MigrationError(f"{self.name} has no indexes on views ({index.name} on {view.key})")

    def comment_ddl(
        self, obj: Any, comment: str | None, table: model.TableKey | None = None
    ) -> list[str]:
        """The statements that set (``None``: remove) the comment of ``obj``: a
        type, routine, sequence, trigger, or (of ``table``) an index, constraint or
        view column. The base refuses: the dialect keeps no such comment."""
        from ..errors import MigrationError

        raise MigrationError(
            f"{self.name} keeps no comment on {type(obj).__name__.lower()} {getattr(obj, 'name', obj)} "
            "— drop the comment from the snapshot"
        )

    def retype_through_text(
        self, table: model.TableKey, before: model.Column, after: model.Column,
        a: model.Schema, b: model.Schema,
    ) -> tuple[list[str], list[str]] | None:
        """Statements (and their undo) for a type change the ordinary ``ALTER``
        cannot make (PostgreSQL: a column leaving an enum converts through text; a
        default the new type cannot take is dropped first); ``None`` (the base):
        the ordinary one does."""
        return None

    def named_type_of(self, type_sql: str, candidates: Any) -> tuple[Any, str] | None:
        """The enum or domain among ``candidates`` that a column type ``type_sql``
        names, with its array suffix (``"[]"``); ``None`` (the base): none."""
        return None

    def enum_recreation_ddl(
        self, before: model.Enum, after: model.Enum, columns: Any, domains: Any
    ) -> tuple[list[str], list[str]]:
        """Re-create an enum whose values go or change order (PostgreSQL,
        :mod:`schemanb.dialects.postgresql.enums`). The base refuses."""
        from ..errors import MigrationError

        raise MigrationError(f"{self.name} has no enum types — migrate {after.key} by hand")

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

    # ------------------------------------------------------------------ migration scripts

    def script_statement(self, sql: str) -> str:
        """One statement as a line of a script for the database's own client (``psql``, ``sqlite3``).

        Base: the statement and ``;``.
        """
        return sql + ";\n"

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


#: The prefixes of :attr:`~schemanb.model.Table.dialect_options` keys (SQLAlchemy's
#: dialect names), dropped when an option is shown as ``NAME=value``.
_OPTION_PREFIXES = ("postgresql_", "mysql_", "mariadb_", "sqlite_")


def plain_setting(key: str, value: str) -> str:
    """An option as ``NAME=value``: the dialect prefix off, the name upper-case.

    >>> plain_setting("mysql_row_format", "COMPRESSED"), plain_setting("odd", "1")
    ('ROW_FORMAT=COMPRESSED', 'ODD=1')
    """
    for prefix in _OPTION_PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix):]
            break
    return f"{key.upper()}={value}"
