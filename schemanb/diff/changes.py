"""Change, ChangeKind, Risk: the vocabulary of a schema diff (frozen, pure).

A :class:`Change` says what happened to one object between snapshot ``a`` (from)
and ``b`` (to): its ``kind``, the object's ``ref``, the model objects ``before``
and ``after`` (``None`` for added/dropped sides), its ``risk``, human ``notes``
and, for rename candidates, a confidence ``score`` between 0 and 1.

Kinds are fine-grained (one per attribute of a column), so risk and display are
exact; :mod:`schemanb.migrate` merges the kinds of one column into one
``ALTER COLUMN``. Every table keyed by ``ChangeKind`` elsewhere (compare, risk,
migration op, frame label) must cover every kind; ``tests/unit/test_exhaustive.py``
checks it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Literal

from ..model import ObjectRef


class Risk(str, enum.Enum):
    """How dangerous applying a change is, least to most."""

    SAFE = "safe"
    REVIEW = "review"
    LOCKING = "locking"
    DESTRUCTIVE = "destructive"

    @property
    def level(self) -> int:
        return _RISK_LEVELS[self]


_RISK_LEVELS = {Risk.SAFE: 0, Risk.REVIEW: 1, Risk.LOCKING: 2, Risk.DESTRUCTIVE: 3}


class ChangeKind(str, enum.Enum):
    """Every kind of difference the diff reports."""

    TABLE_ADDED = "table_added"
    TABLE_DROPPED = "table_dropped"
    TABLE_RENAMED = "table_renamed"
    TABLE_COMMENT_CHANGED = "table_comment_changed"
    #: The database's stored ``CREATE TABLE`` text differs in meaning where no
    #: other change says so (SQLite: column order, ``STRICT``, ``WITHOUT ROWID``,
    #: ``AUTOINCREMENT``, a declared type's words, a constraint's name).
    TABLE_DEFINITION_CHANGED = "table_definition_changed"
    TABLE_OPTIONS_CHANGED = "table_options_changed"
    #: The database's own defaults (MySQL/MariaDB: default character set and
    #: collation, ``info.options``) differ.
    DATABASE_OPTIONS_CHANGED = "database_options_changed"
    COLUMN_ADDED = "column_added"
    COLUMN_DROPPED = "column_dropped"
    COLUMN_RENAMED = "column_renamed"
    COLUMN_TYPE_CHANGED = "column_type_changed"
    COLUMN_NULLABLE_CHANGED = "column_nullable_changed"
    COLUMN_DEFAULT_CHANGED = "column_default_changed"
    COLUMN_IDENTITY_CHANGED = "column_identity_changed"
    COLUMN_COMPUTED_CHANGED = "column_computed_changed"
    COLUMN_COLLATION_CHANGED = "column_collation_changed"
    COLUMN_COMMENT_CHANGED = "column_comment_changed"
    #: A column's dialect options differ (MariaDB: ``INVISIBLE``).
    COLUMN_OPTIONS_CHANGED = "column_options_changed"
    PRIMARY_KEY_ADDED = "primary_key_added"
    PRIMARY_KEY_DROPPED = "primary_key_dropped"
    PRIMARY_KEY_CHANGED = "primary_key_changed"
    FOREIGN_KEY_ADDED = "foreign_key_added"
    FOREIGN_KEY_DROPPED = "foreign_key_dropped"
    FOREIGN_KEY_CHANGED = "foreign_key_changed"
    UNIQUE_ADDED = "unique_added"
    UNIQUE_DROPPED = "unique_dropped"
    CHECK_ADDED = "check_added"
    CHECK_DROPPED = "check_dropped"
    CHECK_CHANGED = "check_changed"
    INDEX_ADDED = "index_added"
    INDEX_DROPPED = "index_dropped"
    INDEX_CHANGED = "index_changed"
    VIEW_ADDED = "view_added"
    VIEW_DROPPED = "view_dropped"
    VIEW_CHANGED = "view_changed"
    #: Only the comment of a view differs: ``COMMENT ON VIEW``, never a re-creation.
    VIEW_COMMENT_CHANGED = "view_comment_changed"
    #: Only the comment of an object that is neither a table, a column of a table
    #: nor a view changes: an enum, domain, composite type, routine, sequence,
    #: trigger, index, constraint or view column (``COMMENT ON``, in place).
    COMMENT_CHANGED = "comment_changed"
    SEQUENCE_ADDED = "sequence_added"
    SEQUENCE_DROPPED = "sequence_dropped"
    SEQUENCE_CHANGED = "sequence_changed"
    ENUM_ADDED = "enum_added"
    ENUM_DROPPED = "enum_dropped"
    ENUM_CHANGED = "enum_changed"
    DOMAIN_ADDED = "domain_added"
    DOMAIN_DROPPED = "domain_dropped"
    DOMAIN_CHANGED = "domain_changed"
    COMPOSITE_ADDED = "composite_added"
    COMPOSITE_DROPPED = "composite_dropped"
    COMPOSITE_CHANGED = "composite_changed"
    ROUTINE_ADDED = "routine_added"
    ROUTINE_DROPPED = "routine_dropped"
    ROUTINE_CHANGED = "routine_changed"
    TRIGGER_ADDED = "trigger_added"
    TRIGGER_DROPPED = "trigger_dropped"
    TRIGGER_CHANGED = "trigger_changed"
    #: PostgreSQL rewrite rules (``CREATE RULE``).
    RULE_ADDED = "rule_added"
    RULE_DROPPED = "rule_dropped"
    RULE_CHANGED = "rule_changed"
    EXTENSION_ADDED = "extension_added"
    EXTENSION_DROPPED = "extension_dropped"
    EXTENSION_CHANGED = "extension_changed"
    PARTITION_ADDED = "partition_added"
    PARTITION_DROPPED = "partition_dropped"
    PARTITION_CHANGED = "partition_changed"
    #: A table of ``a`` is a partition in ``b`` (``ATTACH PARTITION``: its rows stay).
    PARTITION_ATTACHED = "partition_attached"
    #: A partition of ``a`` is a table of its own in ``b`` (``DETACH PARTITION``).
    PARTITION_DETACHED = "partition_detached"
    PARTITIONING_CHANGED = "partitioning_changed"
    GRANT_ADDED = "grant_added"
    GRANT_DROPPED = "grant_dropped"
    #: PostgreSQL row-level security: policies, and a table's ENABLE / FORCE.
    POLICY_ADDED = "policy_added"
    POLICY_DROPPED = "policy_dropped"
    POLICY_CHANGED = "policy_changed"
    ROW_SECURITY_CHANGED = "row_security_changed"
    #: PostgreSQL exclusion constraints (``EXCLUDE USING gist (...)``).
    EXCLUSION_ADDED = "exclusion_added"
    EXCLUSION_DROPPED = "exclusion_dropped"
    EXCLUSION_CHANGED = "exclusion_changed"
    #: PostgreSQL collations created as objects (``CREATE COLLATION``).
    COLLATION_ADDED = "collation_added"
    COLLATION_DROPPED = "collation_dropped"
    COLLATION_CHANGED = "collation_changed"
    #: An index of a materialized view, the view itself unchanged.
    VIEW_INDEX_ADDED = "view_index_added"
    VIEW_INDEX_DROPPED = "view_index_dropped"
    VIEW_INDEX_CHANGED = "view_index_changed"
    #: A schema (PostgreSQL namespace) as an object: ``CREATE SCHEMA``/``DROP SCHEMA``.
    SCHEMA_ADDED = "schema_added"
    SCHEMA_DROPPED = "schema_dropped"
    SCHEMA_COMMENT_CHANGED = "schema_comment_changed"

    @property
    def is_rename(self) -> bool:
        return self in (ChangeKind.TABLE_RENAMED, ChangeKind.COLUMN_RENAMED)

    @property
    def scope(self) -> Scope:
        """Where the change happens: ``"table"`` inside a table's definition (columns,
        primary, foreign and unique keys, checks: what a SQLite rebuild re-creates),
        ``"index"`` on an index, ``"schema"`` to a schema object (a table itself, a view,
        a type, a routine ...)."""
        return _SCOPES.get(self, "schema")


Scope = Literal["schema", "table", "index"]

_SCOPES: dict[ChangeKind, Scope] = {
    **dict.fromkeys((
        ChangeKind.COLUMN_ADDED, ChangeKind.COLUMN_DROPPED, ChangeKind.COLUMN_RENAMED,
        ChangeKind.COLUMN_TYPE_CHANGED, ChangeKind.COLUMN_NULLABLE_CHANGED,
        ChangeKind.COLUMN_DEFAULT_CHANGED, ChangeKind.COLUMN_IDENTITY_CHANGED,
        ChangeKind.COLUMN_COMPUTED_CHANGED, ChangeKind.COLUMN_COLLATION_CHANGED,
        ChangeKind.COLUMN_COMMENT_CHANGED, ChangeKind.COLUMN_OPTIONS_CHANGED,
        ChangeKind.PRIMARY_KEY_ADDED, ChangeKind.PRIMARY_KEY_DROPPED, ChangeKind.PRIMARY_KEY_CHANGED,
        ChangeKind.FOREIGN_KEY_ADDED, ChangeKind.FOREIGN_KEY_DROPPED, ChangeKind.FOREIGN_KEY_CHANGED,
        ChangeKind.UNIQUE_ADDED, ChangeKind.UNIQUE_DROPPED,
        ChangeKind.CHECK_ADDED, ChangeKind.CHECK_DROPPED, ChangeKind.CHECK_CHANGED,
        ChangeKind.TABLE_DEFINITION_CHANGED,
    ), "table"),
    **dict.fromkeys((ChangeKind.INDEX_ADDED, ChangeKind.INDEX_DROPPED, ChangeKind.INDEX_CHANGED), "index"),
}


@dataclass(frozen=True, kw_only=True)
class Change:
    """One difference between snapshot ``a`` (before) and ``b`` (after).

    For renames ``ref`` names the new object and ``before``/``after`` hold the
    old and new objects; ``score`` is the rename confidence.
    """

    kind: ChangeKind
    ref: ObjectRef
    before: Any = None
    after: Any = None
    risk: Risk = Risk.SAFE
    notes: tuple[str, ...] = ()
    score: float | None = None
    row_estimate: int | None = None
    #: The table's on-disk size from the catalog (bytes), beside ``row_estimate``.
    size_bytes: int | None = None

    @property
    def table(self) -> str:
        return str(self.ref.table)
