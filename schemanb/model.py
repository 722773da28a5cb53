"""The snapshot: a plain, frozen, dialect-neutral description of a database schema.

Conventions (the contract every other module relies on):

* Every class is a frozen, keyword-only dataclass; change one with
  :func:`dataclasses.replace`. Equality and hashing are generated.
* Collections are tuples in a canonical order: by name for tables, views,
  indexes and constraints; by position for columns and key columns.
* Names are stored exactly as the database spells them, never quoted or folded.
* Types and defaults are strings: ``type_sql`` as the database's dialect spells it
  (normalised so that equivalent spellings agree, e.g. ``VARCHAR(50)``) and
  ``type_generic`` as SQLAlchemy's generic form, used for cross-dialect compares.
* ``schema=None`` on a :class:`TableKey` means "the default schema of the
  connection" (``public`` on PostgreSQL, the current database on MySQL, ``main``
  on SQLite), so snapshots of two databases compare without renaming.
* Provenance (dialect, server, source URL, time) lives in :class:`SnapshotInfo`
  only, and observations that are not schema (row estimates) are excluded from
  equality, so ``a == b`` means "same schema".
"""

from __future__ import annotations

import dataclasses
import enum
import operator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .errors import ModelError

if TYPE_CHECKING:
    from pathlib import Path

FORMAT_VERSION = 1

#: :attr:`SnapshotInfo.source` of a snapshot of SQLAlchemy models (``MetaData``).
MODELS_SOURCE = "models"


class ObjectKind(str, enum.Enum):
    """What an :class:`ObjectRef` points at."""

    TABLE = "table"
    COLUMN = "column"
    PRIMARY_KEY = "primary_key"
    FOREIGN_KEY = "foreign_key"
    UNIQUE = "unique"
    CHECK = "check"
    INDEX = "index"
    VIEW = "view"
    SEQUENCE = "sequence"
    ENUM = "enum"
    DOMAIN = "domain"
    TRIGGER = "trigger"
    RULE = "rule"
    ROUTINE = "routine"
    EXTENSION = "extension"
    GRANT = "grant"
    COMPOSITE = "composite"
    PARTITION = "partition"
    DATABASE = "database"
    POLICY = "policy"
    ROW_SECURITY = "row_security"
    EXCLUSION = "exclusion"
    COLLATION = "collation"
    SCHEMA = "schema"


@dataclass(frozen=True, slots=True, order=True)
class TableKey:
    """The identity of a table or view: its schema (``None`` = default) and name."""

    schema: str | None
    name: str

    def __str__(self) -> str:
        return self.name if self.schema is None else f"{self.schema}.{self.name}"

    def sort_key(self) -> tuple[str, str]:
        """A total order key (``None`` schema sorts first)."""
        return (self.schema or "", self.name)


@dataclass(frozen=True, slots=True)
class ObjectRef:
    """The identity of any object: its kind, its table (if any) and its own name.

    A table's ref has ``name=None``; a column's has the column name; a sequence's
    ``table`` holds the sequence's own schema and name.
    """

    kind: ObjectKind
    table: TableKey
    name: str | None = None

    def __str__(self) -> str:
        return str(self.table) if self.name is None else f"{self.table}.{self.name}"


# --------------------------------------------------------------------------- columns


@dataclass(frozen=True, slots=True, kw_only=True)
class Identity:
    """An identity (``GENERATED ... AS IDENTITY``) specification."""

    always: bool = False
    start: int | None = None
    increment: int | None = None
    #: The sequence's bounds, cache and CYCLE where not at their default (``None``:
    #: 1 and the type's maximum going up, the type's minimum and -1 going down;
    #: cache 1; no cycle).
    min_value: int | None = None
    max_value: int | None = None
    cache: int | None = None
    cycle: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Computed:
    """A generated (computed) column: its expression and whether it is stored."""

    expression: str
    persisted: bool | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Column:
    """A table or view column.

    Attributes:
        name: as the database spells it.
        type_sql: the dialect's spelling, normalised (``VARCHAR(50)``, ``TIMESTAMP
            WITH TIME ZONE``, ``TINYINT(1)`` on MySQL for booleans).
        type_generic: SQLAlchemy's generic spelling (``VARCHAR(50)``, ``BOOLEAN``).
        nullable: whether NULL is allowed.
        default: the server default as SQL text, normalised by the dialect
            (PostgreSQL: as the server deparses it, casts kept — the diff folds
            them when comparing); ``None`` when there is none.
        autoincrement: the database generates values (serial, AUTO_INCREMENT,
            SQLite's rowid alias, identity).
        identity: the identity specification, when the column is an identity.
        computed: the generated-column expression, when computed.
        collation: an explicit collation, when it differs from the default.
        comment: the column comment (``None`` when unsupported or absent).
        dialect_options: extra dialect facts as sorted ``(key, value)`` pairs.
    """

    name: str
    type_sql: str
    type_generic: str
    nullable: bool = True
    default: str | None = None
    autoincrement: bool = False
    identity: Identity | None = None
    computed: Computed | None = None
    collation: str | None = None
    comment: str | None = None
    dialect_options: tuple[tuple[str, str], ...] = ()
    #: The column comes only from a parent table (PostgreSQL ``INHERITS``: not
    #: declared by this table itself, ``attislocal`` false), so the table's
    #: ``CREATE TABLE`` leaves it out and the parent's changes reach it.
    inherited: bool = False


# ----------------------------------------------------------------------- constraints


@dataclass(frozen=True, slots=True, kw_only=True)
class PrimaryKey:
    """A primary key; ``name`` is ``None`` where the database does not name it."""

    name: str | None = None
    columns: tuple[str, ...]
    #: ``DEFERRABLE`` / ``INITIALLY DEFERRED`` as on :class:`ForeignKey` (``None``:
    #: the default, not deferrable).
    deferrable: bool | None = None
    initially: str | None = None
    #: The comment (PostgreSQL ``COMMENT ON``); ``None`` when absent or unsupported.
    comment: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ForeignKey:
    """A foreign key from ``columns`` to ``referred_columns`` of ``referred_table``.

    One named ``extra:...`` (:data:`EXTRA_FK_PREFIX`) is a relation from the
    extra-metadata file: documentation, never compared nor put into DDL.
    """

    name: str | None = None
    columns: tuple[str, ...]
    referred_table: TableKey
    referred_columns: tuple[str, ...]
    on_delete: str | None = None
    on_update: str | None = None
    deferrable: bool | None = None
    initially: str | None = None
    #: The comment (PostgreSQL ``COMMENT ON``); ``None`` when absent or unsupported.
    comment: str | None = None

    def __post_init__(self) -> None:
        if len(self.columns) != len(self.referred_columns):
            raise ModelError(
                f"foreign key {self.name or self.columns!r} has {len(self.columns)} "
                f"columns but refers to {len(self.referred_columns)} — give as many "
                "referred columns as local ones"
            )

    @property
    def is_extra(self) -> bool:
        """Whether the extra-metadata file declared it, not the database."""
        return bool(self.name and self.name.startswith(EXTRA_FK_PREFIX))


#: Prefix of the names of foreign keys added by the extra-metadata file.
EXTRA_FK_PREFIX = "extra:"


@dataclass(frozen=True, slots=True, kw_only=True)
class UniqueConstraint:
    """A UNIQUE constraint (not an index; see :class:`Index` for unique indexes).

    ``deferrable``/``initially`` as on :class:`ForeignKey` (``None`` for the
    default: not deferrable, ``IMMEDIATE``)."""

    name: str | None = None
    columns: tuple[str, ...]
    deferrable: bool | None = None
    initially: str | None = None
    #: The comment (PostgreSQL ``COMMENT ON``); ``None`` when absent or unsupported.
    comment: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckConstraint:
    """A CHECK constraint; ``expression`` is the SQL text without ``CHECK (...)``."""

    name: str | None = None
    expression: str
    #: MariaDB's column-level CHECK (``qty INT CHECK (qty > 0)``): part of this
    #: column's definition (named after it by the server), not a table constraint.
    column: str | None = None
    #: The CHECK comes only from a parent table (PostgreSQL ``INHERITS``,
    #: ``conislocal`` false): the table's ``CREATE TABLE`` leaves it out.
    inherited: bool = False
    #: The comment (PostgreSQL ``COMMENT ON``); ``None`` when absent or unsupported.
    comment: str | None = None
    #: PostgreSQL ``NO INHERIT``: the CHECK holds on this table only, not on the
    #: tables that inherit from it.
    no_inherit: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Index:
    """An index.

    ``expressions`` holds one entry per key part: the column name for a plain
    column, or the SQL text of an expression (with ``is_expression`` flags in the
    same order). ``where`` is the predicate of a partial index; ``method`` the
    access method where it is not the default (``gin``, ``hash``, ``fulltext``).
    """

    name: str
    expressions: tuple[str, ...]
    is_expression: tuple[bool, ...] = ()
    unique: bool = False
    where: str | None = None
    method: str | None = None
    include: tuple[str, ...] = ()
    dialect_options: tuple[tuple[str, str], ...] = ()
    #: One flag per key part, in the order of ``expressions``: ``True`` for a
    #: descending part (``KEY (a DESC, b)``); empty when every part ascends.
    descending: tuple[bool, ...] = ()
    #: The comment (PostgreSQL ``COMMENT ON``); ``None`` when absent or unsupported.
    comment: str | None = None
    #: SQLite: the ``CREATE INDEX`` text as stored (``DESC`` columns, expressions as written).
    create_sql: str | None = field(default=None, compare=False, repr=False)

    @property
    def columns(self) -> tuple[str, ...]:
        """The plain columns of the key (expressions left out)."""
        flags = self.is_expression or (False,) * len(self.expressions)
        return tuple(e for e, is_expr in zip(self.expressions, flags) if not is_expr)


# ------------------------------------------------------------------------- relations


@dataclass(frozen=True, slots=True, kw_only=True)
class Partition:
    """One partition of a partitioned table: its name and its bound.

    ``bound`` is the database's own text: on PostgreSQL what follows the child's
    name in ``CREATE TABLE child PARTITION OF parent ...`` (``FOR VALUES FROM
    ('2024-01-01') TO ('2025-01-01')``, ``DEFAULT``); on MySQL/MariaDB the
    partition's value clause (``VALUES LESS THAN (100)``, ``VALUES IN (1,2)``,
    empty for HASH/KEY).
    """

    name: str
    bound: str = ""
    schema: str | None = None
    #: PostgreSQL: what the partition holds of its own, beside what it inherits
    #: from its parent (the parent's keys, FKs and indexes are cloned on every
    #: partition by the server and are not repeated here): pagila's
    #: ``payment_p2022_01_customer_id_fkey`` and ``idx_fk_payment_p2022_01_staff_id``.
    primary_key: PrimaryKey | None = None
    foreign_keys: tuple[ForeignKey, ...] = ()
    unique_constraints: tuple[UniqueConstraint, ...] = ()
    check_constraints: tuple[CheckConstraint, ...] = ()
    indexes: tuple[Index, ...] = ()
    #: A partition that is itself partitioned (sub-partitioning), with its own partitions.
    partitioning: Partitioning | None = None
    #: The names the server gave the clones of the parent's keys, FKs and indexes
    #: on this partition, as ``(kind, name, columns)`` (kind ``p``, ``u``, ``f``, ``c``
    #: or ``i``): what they are called once the partition is detached (a table of
    #: its own keeps them). Not part of the schema: never compared.
    inherited: tuple[tuple[str, str, tuple[str, ...]], ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Partitioning:
    """How a table is partitioned: strategy (``RANGE``, ``LIST``, ``HASH``; MySQL
    also ``KEY``, ``RANGE COLUMNS``, ``LIST COLUMNS``), the key as the database
    spells it, and the partitions by name."""

    strategy: str
    key: str
    partitions: tuple[Partition, ...] = ()
    #: MySQL/MariaDB ``HASH``/``KEY``: declared by count (``PARTITIONS 4``, or none:
    #: one), the server naming them ``p0``, ``p1``...; ``SHOW CREATE TABLE`` and
    #: ``mariadb-dump`` then list no partition.
    count_only: bool = False


@dataclass(frozen=True, kw_only=True)
class Table:
    """A table with its columns, keys, constraints and indexes."""

    schema: str | None = None
    name: str
    columns: tuple[Column, ...] = ()
    primary_key: PrimaryKey | None = None
    foreign_keys: tuple[ForeignKey, ...] = ()
    unique_constraints: tuple[UniqueConstraint, ...] = ()
    check_constraints: tuple[CheckConstraint, ...] = ()
    indexes: tuple[Index, ...] = ()
    comment: str | None = None
    dialect_options: tuple[tuple[str, str], ...] = ()
    #: Declarative partitioning; the partitions are folded in here, never listed as tables.
    partitioning: Partitioning | None = None
    #: The parents this table inherits from (PostgreSQL ``INHERITS``), in their
    #: order: created before it, dropped after it.
    inherits: tuple[TableKey, ...] = ()
    #: SQLite: the ``CREATE TABLE`` text as the database stores it (``sqlite_master.sql``),
    #: where ``STRICT``, ``WITHOUT ROWID``, ``AUTOINCREMENT``, declared types and the
    #: column order live. Compared by the diff in a folded form, not by ``==``.
    create_sql: str | None = field(default=None, compare=False, repr=False)
    # A catalog estimate, not part of the schema: two snapshots of the same schema
    # with different row counts are equal.
    row_estimate: int | None = field(default=None, compare=False)
    #: The catalog's on-disk size of the table with its indexes and TOAST, in bytes
    #: (an estimate like ``row_estimate``; not part of the schema either).
    size_bytes: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        names = {c.name for c in self.columns}
        if len(names) != len(self.columns):
            raise ModelError(f"table {self.key} has two columns with the same name")
        if self.primary_key is not None:
            missing = [c for c in self.primary_key.columns if c not in names]
            if missing:
                raise ModelError(
                    f"primary key of {self.key} names missing columns {missing}"
                )

    @cached_property
    def key(self) -> TableKey:
        return TableKey(self.schema, self.name)

    @cached_property
    def column_map(self) -> dict[str, Column]:
        """Columns by name."""
        return {c.name: c for c in self.columns}

    def column(self, name: str) -> Column:
        """The column called ``name``; ``KeyError`` when there is none."""
        return self.column_map[name]

    @property
    def pk_columns(self) -> tuple[str, ...]:
        return self.primary_key.columns if self.primary_key else ()

    @cached_property
    def fk_columns(self) -> frozenset[str]:
        return frozenset(c for fk in self.foreign_keys for c in fk.columns)

    def __repr__(self) -> str:
        return (
            f"<Table {self.key}: {len(self.columns)} columns, "
            f"{len(self.foreign_keys)} foreign keys, {len(self.indexes)} indexes>"
        )

    def _repr_html_(self) -> str:
        from .display import render_table_html

        return render_table_html(self)


@dataclass(frozen=True, slots=True, order=True)
class ColumnRef:
    """One column of a table or view, for dependencies."""

    table: TableKey
    column: str


@dataclass(frozen=True, kw_only=True)
class View:
    """A view or materialized view; ``definition`` is the normalised SELECT."""

    schema: str | None = None
    name: str
    definition: str | None = None
    materialized: bool = False
    columns: tuple[Column, ...] = ()
    comment: str | None = None
    #: The tables and views this view reads (from the catalog, where it records them).
    depends_on: tuple[TableKey, ...] = ()
    indexes: tuple[Index, ...] = ()
    #: The columns this view reads, where the catalog records them (PostgreSQL).
    depends_on_columns: tuple[ColumnRef, ...] = ()
    #: The routines this view calls, by (schema, name), where the catalog records
    #: them (PostgreSQL): re-creating one means re-creating the view.
    depends_on_routines: tuple[TableKey, ...] = ()
    #: SQLite: the ``CREATE VIEW`` text as stored (with its column list, if any).
    create_sql: str | None = field(default=None, compare=False, repr=False)
    #: What the view is created with besides its SELECT, where not the default
    #: (MySQL/MariaDB: ``algorithm``, ``security``, ``check_option``).
    options: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> TableKey:
        return TableKey(self.schema, self.name)

    def _repr_html_(self) -> str:
        from .display import render_view_html

        return render_view_html(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Sequence:
    """A sequence as an object of its own.

    The sequence behind a column written as ``SERIAL`` (it owns the sequence
    and draws its default from it) and an identity column's are part of the
    column and not listed. ``owned_by`` is ``table.column`` (same schema) when
    a column owns the sequence (``ALTER SEQUENCE ... OWNED BY``). Options at
    the database's default are ``None``.
    """

    schema: str | None = None
    name: str
    start: int | None = None
    increment: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    cycle: bool = False
    data_type: str | None = None
    owned_by: str | None = None
    #: Values preallocated per session (``CACHE``); ``None`` for the default (1).
    cache: int | None = None
    #: The comment (PostgreSQL ``COMMENT ON``); ``None`` when absent or unsupported.
    comment: str | None = None

    @property
    def key(self) -> TableKey:
        return TableKey(self.schema, self.name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Enum:
    """A named enumerated type (PostgreSQL ``CREATE TYPE ... AS ENUM``)."""

    schema: str | None = None
    name: str
    values: tuple[str, ...]
    #: The comment (PostgreSQL ``COMMENT ON``); ``None`` when absent or unsupported.
    comment: str | None = None

    @property
    def key(self) -> TableKey:
        return TableKey(self.schema, self.name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Domain:
    """A named domain over a base type (PostgreSQL)."""

    schema: str | None = None
    name: str
    type_sql: str
    nullable: bool = True
    default: str | None = None
    #: ``COLLATE``: the domain's collation where it is not its base type's.
    collation: str | None = None
    #: Named CHECKs over ``VALUE`` (names are needed to drop one in place).
    checks: tuple[CheckConstraint, ...] = ()
    #: The comment (PostgreSQL ``COMMENT ON``); ``None`` when absent or unsupported.
    comment: str | None = None

    @property
    def key(self) -> TableKey:
        return TableKey(self.schema, self.name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    """A trigger on a table or view.

    ``timing`` is ``BEFORE``/``AFTER``/``INSTEAD OF``; ``events`` are upper-case
    (``INSERT``, ``UPDATE``, ``UPDATE OF a, b``, ``DELETE``, ``TRUNCATE``) in the
    order the database lists them; ``orientation`` is ``ROW`` or ``STATEMENT``;
    ``condition`` the ``WHEN`` expression. ``definition`` is normalised text of
    what the trigger runs: on PostgreSQL the ``EXECUTE FUNCTION f(args)`` call, on
    MySQL/MariaDB and SQLite the body statement. ``function`` is the routine a
    PostgreSQL trigger calls (for dependency order).
    """

    schema: str | None = None
    table: str
    name: str
    timing: str
    events: tuple[str, ...]
    definition: str
    orientation: str = "ROW"
    condition: str | None = None
    function: TableKey | None = None
    enabled: bool = True
    #: SQLite: the ``CREATE TRIGGER`` text as stored; MySQL/MariaDB: the original
    #: statement (``SHOW CREATE TRIGGER``, no ``DEFINER``), created again as written.
    create_sql: str | None = field(default=None, compare=False, repr=False)
    #: What the trigger is created under besides its text, where not the server's
    #: default (MySQL/MariaDB: ``sql_mode``).
    options: tuple[tuple[str, str], ...] = ()
    #: The comment (PostgreSQL ``COMMENT ON``); ``None`` when absent or unsupported.
    comment: str | None = None

    @property
    def key(self) -> TableKey:
        """The key of the table the trigger is on."""
        return TableKey(self.schema, self.table)

    @property
    def identity(self) -> tuple[str, str, str]:
        """What names this trigger across snapshots: schema, table, name."""
        return (self.schema or "", self.table, self.name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """A rewrite rule on a table or view (PostgreSQL ``CREATE RULE``).

    ``definition`` is the whole ``CREATE RULE name AS ON event TO table ... DO
    ...`` statement as the server deparses it (``pg_get_ruledef``), without
    the final ``;``; a view's own ``_RETURN`` rule is the view and not listed.
    """

    schema: str | None = None
    table: str
    name: str
    definition: str
    enabled: bool = True

    @property
    def key(self) -> TableKey:
        """The key of the table (or view) the rule is on."""
        return TableKey(self.schema, self.table)

    @property
    def identity(self) -> tuple[str, str, str]:
        """What names this rule across snapshots: schema, table, name."""
        return (self.schema or "", self.table, self.name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Routine:
    """A function or procedure: signature, language, body and volatility.

    ``kind`` is ``function``, ``procedure`` or (PostgreSQL) ``aggregate``, whose
    ``definition`` is the option list of ``CREATE AGGREGATE`` (``SFUNC = f,
    STYPE = text``); ``arguments`` is the argument list as the database spells it,
    with modes, names and defaults (``a integer, b text DEFAULT 'x'::text``);
    ``returns`` the result type (``integer``, ``trigger``, ``SETOF t``, ``TABLE(..)``;
    ``None`` for procedures); ``definition`` the normalised body (for PostgreSQL
    the text between the dollar quotes). ``options`` holds the rest, as ordered
    ``(name, value)`` pairs: ``("security", "DEFINER")``, ``("strict", "true")``,
    ``("deterministic", "true")``, ``("sql_data_access", "READS SQL DATA")``.
    Overloads are told apart by :attr:`identity` (name and arguments).
    """

    schema: str | None = None
    name: str
    kind: str = "function"
    arguments: str = ""
    returns: str | None = None
    language: str | None = None
    definition: str = ""
    volatility: str | None = None
    options: tuple[tuple[str, str], ...] = ()
    #: MySQL/MariaDB: the ``CREATE`` text the server shows (``SHOW CREATE``, no
    #: ``DEFINER``), whose parameter list and ``RETURNS`` are written back as the
    #: server keeps them (``BOOLEAN`` stays ``tinyint(1)``).
    create_sql: str | None = field(default=None, compare=False, repr=False)
    #: The comment (PostgreSQL ``COMMENT ON``); ``None`` when absent or unsupported.
    comment: str | None = None

    @property
    def key(self) -> TableKey:
        return TableKey(self.schema, self.name)

    @property
    def identity(self) -> tuple[str, str, str]:
        """What names this routine across snapshots: schema, name, arguments."""
        return (self.schema or "", self.name, self.arguments)


@dataclass(frozen=True, slots=True, kw_only=True)
class Extension:
    """An installed extension (PostgreSQL); ``schema`` is where its objects live."""

    name: str
    schema: str | None = None
    version: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CompositeType:
    """A composite type (PostgreSQL ``CREATE TYPE t AS (a int, b text)``):
    its attributes as ``(name, type_sql)`` pairs in order."""

    schema: str | None = None
    name: str
    attributes: tuple[tuple[str, str], ...] = ()
    #: The comment (PostgreSQL ``COMMENT ON``); ``None`` when absent or unsupported.
    comment: str | None = None

    @property
    def key(self) -> TableKey:
        return TableKey(self.schema, self.name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Policy:
    """A row-level security policy on a table (PostgreSQL ``CREATE POLICY``).

    ``command`` is ``ALL``, ``SELECT``, ``INSERT``, ``UPDATE`` or ``DELETE``;
    ``roles`` the role names it applies to, sorted (``PUBLIC`` for everyone);
    ``using`` and ``with_check`` the expressions as the server deparses them
    (``pg_get_expr``), compared in a normalised form.
    """

    schema: str | None = None
    table: str
    name: str
    permissive: bool = True
    command: str = "ALL"
    roles: tuple[str, ...] = ("PUBLIC",)
    using: str | None = None
    with_check: str | None = None
    comment: str | None = None

    @property
    def key(self) -> TableKey:
        """The key of the table the policy is on."""
        return TableKey(self.schema, self.table)

    @property
    def identity(self) -> tuple[str, str, str]:
        """What names this policy across snapshots: schema, table, name."""
        return (self.schema or "", self.table, self.name)


@dataclass(frozen=True, slots=True, kw_only=True)
class RowSecurity:
    """Row-level security switched on for a table (PostgreSQL ``ALTER TABLE ...
    ENABLE`` / ``FORCE ROW LEVEL SECURITY``); listed only for tables where one
    of the two is set."""

    schema: str | None = None
    table: str
    enabled: bool = False
    forced: bool = False

    @property
    def key(self) -> TableKey:
        return TableKey(self.schema, self.table)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExclusionConstraint:
    """An exclusion constraint (PostgreSQL ``EXCLUDE USING gist (room WITH =, ...)``).

    ``definition`` is the server's text (``pg_get_constraintdef``), from
    ``EXCLUDE`` on, with ``DEFERRABLE`` and the ``WHERE`` predicate; written back
    as it is and compared in a normalised form.
    """

    schema: str | None = None
    table: str
    name: str
    definition: str

    @property
    def key(self) -> TableKey:
        """The key of the table the constraint is on."""
        return TableKey(self.schema, self.table)

    @property
    def identity(self) -> tuple[str, str, str]:
        return (self.schema or "", self.table, self.name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Collation:
    """A collation created as an object (PostgreSQL ``CREATE COLLATION``).

    ``provider`` is ``icu``, ``libc`` or ``builtin``; ``locale`` the ICU or
    builtin locale, or the libc locale when ``LC_COLLATE`` and ``LC_CTYPE``
    agree (else those two are given apart); ``rules`` ICU tailoring rules.
    """

    schema: str | None = None
    name: str
    provider: str = "libc"
    locale: str | None = None
    lc_collate: str | None = None
    lc_ctype: str | None = None
    deterministic: bool = True
    rules: str | None = None

    @property
    def key(self) -> TableKey:
        return TableKey(self.schema, self.name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Grant:
    """A privilege granted on a table, view, sequence, routine or schema (opt-in).

    ``object_kind`` is ``table`` (tables and views), ``sequence``, ``routine`` or
    ``schema`` (a schema's own privileges, ``USAGE``/``CREATE``: ``schema`` and
    ``object_name`` both hold the schema's name);
    ``privilege`` upper-case (``SELECT``, ``INSERT``, ``USAGE``, ``EXECUTE``).
    """

    schema: str | None = None
    object_name: str
    grantee: str
    privilege: str
    grantable: bool = False
    object_kind: str = "table"

    @property
    def key(self) -> TableKey:
        """The granted object's key (a schema's is its :class:`Namespace` key)."""
        if self.object_kind == "schema":
            return TableKey(None, self.object_name)
        return TableKey(self.schema, self.object_name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Namespace:
    """A schema as an object of its own (PostgreSQL ``CREATE SCHEMA``): its name and comment.

    Called a namespace here because :class:`Schema` is the whole snapshot. Only
    the schemas read besides the connection's default one are listed (the
    default schema, ``None`` in keys, is where a migration runs, never created
    nor dropped). The owner is left out, as ``pg_dump --no-owner`` does; its
    privileges are :class:`Grant` objects of ``object_kind="schema"``.
    """

    name: str
    comment: str | None = None

    @property
    def key(self) -> TableKey:
        return TableKey(None, self.name)


# ---------------------------------------------------------------------------- schema


@dataclass(frozen=True, kw_only=True)
class SnapshotInfo:
    """Where and when a snapshot was taken. Never compared by the diff.

    ``source`` is always masked: a URL's password is ``***``.
    """

    dialect: str | None = None
    server_version: str | None = None
    database: str | None = None
    default_schema: str | None = None
    schemas: tuple[str | None, ...] = (None,)
    source: str | None = None
    captured_at: str | None = None
    schemanb_version: str | None = None
    #: The database's own defaults, where the dialect has them (MySQL/MariaDB:
    #: ``mysql_charset``, ``mysql_collate``, ``mysql_engine``); a table option
    #: equal to them is left out of the table.
    options: tuple[tuple[str, str], ...] = ()
    #: Kinds of object (the diff's ignore words: ``triggers``) this account could
    #: not read (MySQL/MariaDB without the TRIGGER privilege): the diff leaves
    #: them out rather than report what is missing from the snapshot as drift.
    unreadable: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Schema:
    """A whole snapshot: tables, views and the other objects, plus provenance.

    ``info`` is excluded from equality so that two snapshots of the same schema
    taken from different places at different times compare equal. ``notes``
    records degraded results (a table that could not be reflected).
    """

    info: SnapshotInfo = field(default_factory=SnapshotInfo, compare=False)
    tables: tuple[Table, ...] = ()
    views: tuple[View, ...] = ()
    sequences: tuple[Sequence, ...] = ()
    enums: tuple[Enum, ...] = ()
    domains: tuple[Domain, ...] = ()
    composite_types: tuple[CompositeType, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    #: Rewrite rules (PostgreSQL ``CREATE RULE``).
    rules: tuple[Rule, ...] = ()
    routines: tuple[Routine, ...] = ()
    extensions: tuple[Extension, ...] = ()
    grants: tuple[Grant, ...] = ()
    #: PostgreSQL: row-level security policies, and the tables with row-level
    #: security enabled or forced.
    policies: tuple[Policy, ...] = ()
    row_security: tuple[RowSecurity, ...] = ()
    #: PostgreSQL: exclusion constraints of the tables (``EXCLUDE USING ...``).
    exclusion_constraints: tuple[ExclusionConstraint, ...] = ()
    #: PostgreSQL: collations created as objects (``CREATE COLLATION``).
    collations: tuple[Collation, ...] = ()
    #: The schemas (namespaces) read besides the default one, as objects (PostgreSQL).
    namespaces: tuple[Namespace, ...] = ()
    #: PostgreSQL: the default schema's own comment where ``pg_dump`` writes one
    #: (``public``'s comment other than initdb's ``standard public schema``; ``""``
    #: when removed); ``None`` when it is initdb's. Never created nor dropped.
    default_schema_comment: str | None = None
    notes: tuple[str, ...] = field(default=(), compare=False)

    @cached_property
    def table_map(self) -> dict[TableKey, Table]:
        """Tables by key."""
        return {t.key: t for t in self.tables}

    @cached_property
    def partition_map(self) -> dict[TableKey, Table]:
        """Every partition at any depth, as the table it is (see :func:`partition_table`)."""
        out: dict[TableKey, Table] = {}
        todo = [t for t in self.tables if t.partitioning is not None]
        while todo:
            parent = todo.pop()
            for part in parent.partitioning.partitions if parent.partitioning else ():
                child = partition_table(parent, part)
                out.setdefault(child.key, child)
                if child.partitioning is not None:
                    todo.append(child)
        return out

    @cached_property
    def view_map(self) -> dict[TableKey, View]:
        """Views by key."""
        return {v.key: v for v in self.views}

    def table(self, name: str, schema: str | None = None) -> Table:
        """The table ``name`` (in ``schema``, default: the default schema).

        Raises ``KeyError`` naming the table when it is missing.
        """
        try:
            return self.table_map[TableKey(schema, name)]
        except KeyError:
            raise KeyError(f"no table {TableKey(schema, name)} in this snapshot") from None

    @property
    def dialect(self) -> str | None:
        return self.info.dialect

    def save(self, path: str | Path, *, stats: bool = False) -> Path:
        """Write this snapshot as JSON to ``path`` (atomically). The same schema gives
        the same bytes: the capture time and row estimates go in only with ``stats``."""
        from .serialize import save_schema

        return save_schema(self, path, stats=stats)

    def __repr__(self) -> str:
        src = f" from {self.info.source}" if self.info.source else ""
        spaces = f", {len(self.namespaces)} schemas" if self.namespaces else ""
        return (
            f"<Schema{src}: {len(self.tables)} tables, {len(self.views)} views, "
            f"{sum(len(t.columns) for t in self.tables)} columns{spaces}>"
        )

    def _repr_html_(self) -> str:
        from .display import render_schema_html

        return render_schema_html(self)


def walk_partitions(
    partitioning: Partitioning | None, parent: str, depth: int = 0
) -> list[tuple[int, str, Partition]]:
    """Every partition under ``partitioning`` as ``(depth, parent, partition)``, depth
    first: a sub-partition right after the partition it belongs to (depth 0: a
    partition of the table itself; ``parent`` is its partitioned table's name)."""
    out: list[tuple[int, str, Partition]] = []
    for part in partitioning.partitions if partitioning is not None else ():
        out.append((depth, parent, part))
        out += walk_partitions(part.partitioning, str(TableKey(part.schema, part.name)), depth + 1)
    return out


def partition_table(parent: Table, partition: Partition) -> Table:
    """``partition`` as a table: ``parent``'s columns, its own keys and indexes.

    What a partition is to the statements that alter it (``ALTER TABLE child ADD
    CONSTRAINT ...``); the parent's keys, FKs and indexes, which the server clones
    onto it, are not in it.
    """
    return Table(
        schema=partition.schema,
        name=partition.name,
        columns=parent.columns,
        primary_key=partition.primary_key,
        foreign_keys=partition.foreign_keys,
        unique_constraints=partition.unique_constraints,
        check_constraints=partition.check_constraints,
        indexes=partition.indexes,
        partitioning=partition.partitioning,
    )


def detached_table(parent: Table, partition: Partition) -> Table:
    """``partition`` as the table ``ALTER TABLE parent DETACH PARTITION`` leaves: what
    it owns, and the clones of ``parent``'s keys, FKs, CHECKs and indexes, now its
    own, under the names the server gave them (:attr:`Partition.inherited`; a
    clone whose name is not recorded is left out)."""
    table = partition_table(parent, partition)
    names: dict[tuple[str, tuple[str, ...]], str] = {}
    for kind, name, columns in partition.inherited:
        names.setdefault((kind, tuple(columns)), name)
    pk = table.primary_key
    if pk is None and parent.primary_key is not None:
        pk = dataclasses.replace(
            parent.primary_key, name=names.get(("p", parent.primary_key.columns)))
    uniques = table.unique_constraints + tuple(
        dataclasses.replace(u, name=names.get(("u", u.columns))) for u in parent.unique_constraints
    )
    fks = table.foreign_keys + tuple(
        dataclasses.replace(fk, name=names.get(("f", fk.columns), fk.name))
        for fk in parent.foreign_keys
    )
    indexes = table.indexes + tuple(
        dataclasses.replace(ix, name=names[("i", ix.expressions)])
        for ix in parent.indexes
        if ("i", ix.expressions) in names and not any(ix.is_expression)
    )
    return dataclasses.replace(
        table,
        primary_key=pk,
        unique_constraints=sorted_by_name(uniques),
        foreign_keys=sorted_by_name(fks),
        check_constraints=sorted_by_name(table.check_constraints + parent.check_constraints),
        indexes=sorted_by_name(indexes),
    )


def sorted_by_name(items: Any) -> tuple[Any, ...]:
    """Sort model objects canonically: by (schema, name) or name, ``None`` first."""
    objects: tuple[Any, ...] = tuple(items)
    if len(objects) < 2:  # most tables have at most one of each kind
        return objects

    def key(obj: Any) -> tuple[str, str, str]:
        schema = getattr(obj, "schema", None) or ""
        table = getattr(obj, "table", "")
        name = getattr(obj, "name", None) or ""
        return (schema, table if isinstance(table, str) else "", name)

    keyed = [(key(obj), obj) for obj in objects]
    if len({k for k, _ in keyed}) < len(keyed):
        # Ties (unnamed constraints): the full repr decides, so the order is canonical.
        return tuple(obj for _, obj in sorted(keyed, key=lambda p: (p[0], repr(p[1]))))
    return tuple(obj for _, obj in sorted(keyed, key=lambda p: p[0]))


# ------------------------------------------------------------------------- pickling


def _fast_pickling(cls: type) -> None:
    """Pickle a frozen dataclass as the tuple of its field values.

    ``dataclasses`` gives slots classes a ``__getstate__``/``__setstate__`` that
    call ``fields()`` for every object; a 1,000-table snapshot crossing a
    process boundary (``schemanb diff`` inspects its two sides in parallel)
    spent a third of a second there. The others would pickle their whole
    ``__dict__``, cached properties included.
    """
    names = tuple(f.name for f in dataclasses.fields(cls))
    getter = operator.attrgetter(*names)
    single = len(names) == 1

    def __getstate__(self: Any) -> tuple[Any, ...]:  # noqa: N807 - the pickle protocol's name
        return (getter(self),) if single else getter(self)

    def __setstate__(self: Any, state: tuple[Any, ...]) -> None:  # noqa: N807
        for name, value in zip(names, state):
            object.__setattr__(self, name, value)

    cls.__getstate__ = __getstate__  # type: ignore[attr-defined]
    cls.__setstate__ = __setstate__  # type: ignore[attr-defined]


for _cls in (
    TableKey, ObjectRef, Identity, Computed, Column, PrimaryKey, ForeignKey, UniqueConstraint,
    CheckConstraint, Index, Partition, Partitioning, ColumnRef, Sequence, Enum, Domain,
    Trigger, Rule, Routine, Extension, CompositeType, Grant, Namespace, Table, View, SnapshotInfo, Schema,
    Policy, RowSecurity, ExclusionConstraint, Collation,
):
    # The classes without slots keep cached properties (Table.key, column_map) in
    # their __dict__: pickled as fields only, those are neither sent nor stale.
    _fast_pickling(_cls)
del _cls
