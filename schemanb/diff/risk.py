"""Risk of each change: safe, review, locking or destructive (pure).

:func:`classify` answers for one change, given the :class:`DialectSupport` of the
database the migration runs on (snapshot ``a``'s dialect) and the table's row
estimate. The rules are a table keyed by :class:`ChangeKind` (:data:`RULES`, one
entry per kind, checked by ``test_exhaustive``); what is specific to a dialect
(which type changes rewrite the table, whether an index build blocks writes)
is asked of the ``DialectSupport``.

* destructive — loses data: dropping a table or column, narrowing a type
  (``VARCHAR(255)`` -> ``VARCHAR(100)``, ``BIGINT`` -> ``INTEGER``, fewer numeric
  digits), a type of another family, removing enum values, adding NOT NULL
  without a default to a table that has rows;
* locking — rewrites or locks the table on that dialect (a PostgreSQL type
  change that is not binary-coercible, SQLite's table recreate, an index built
  without CONCURRENTLY on a large table, a new constraint or NOT NULL checked
  against the rows of a large table);
* review — may fail or break callers (renames, new constraints that existing
  rows might violate, NOT NULL on a table of unknown size);
* safe — everything else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..dialects.base import DialectSupport
from ..dialects.type_loss import narrowing as narrowing  # the rule lives with the dialects
from ..model import Table
from .changes import Change, ChangeKind, Risk

Verdict = tuple[Risk, tuple[str, ...]]
Rule = Callable[[Change, DialectSupport, "int | None"], Verdict]

def classify(change: Change, support: DialectSupport, row_estimate: int | None) -> Risk:
    """The :class:`Risk` of ``change`` on ``support``'s dialect."""
    return RULES[change.kind](change, support, row_estimate)[0]


def assess(
    change: Change, support: DialectSupport, row_estimate: int | None,
    size_bytes: int | None = None,
) -> Change:
    """``change`` with its risk, the reasons as notes, and the table's estimated size."""
    risk, notes = RULES[change.kind](change, support, row_estimate)
    if risk is not Risk.SAFE and (row_estimate is not None or size_bytes is not None):
        size = [f"~{row_estimate:,} rows"] if row_estimate is not None else []
        size += [human_bytes(size_bytes)] if size_bytes is not None else []
        notes = (*notes, f"table has {', '.join(size)}")
    return replace(
        change, risk=risk, notes=change.notes + notes, row_estimate=row_estimate,
        size_bytes=size_bytes,
    )


def human_bytes(size: int) -> str:
    """``123456789`` -> ``118 MB`` (binary units, as the catalogs count)."""
    value = float(size)
    for unit in ("bytes", "kB", "MB", "GB"):
        if value < 1024:
            return f"{int(value):,} bytes" if unit == "bytes" else f"{value:,.0f} {unit}"
        value /= 1024
    return f"{value:,.0f} TB"


def reaches(change: Change, level: Risk, max_rows: int | None = None) -> bool:
    """Whether ``change`` is ``level`` or worse, on a table of at least ``max_rows`` rows.

    ``max_rows=None`` counts every table; a table whose size is unknown counts as
    large (a CI gate should not pass because the catalog had no estimate).
    """
    if change.risk.level < level.level:
        return False
    return max_rows is None or change.row_estimate is None or change.row_estimate >= max_rows


# -------------------------------------------------------------------- type facts


# ------------------------------------------------------------------------- rules


def _safe(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
    return Risk.SAFE, ()


def _review(reason: str) -> Rule:
    def rule(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
        return Risk.REVIEW, (reason,)

    return rule


def _repartitioned(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
    """Re-partitioning re-creates the table: where the dialect copies the rows aside and
    back (a row no partition takes stops the migration), none is lost; elsewhere it
    needs a manual migration."""
    table = Table(schema=change.ref.table.schema, name=change.ref.table.name)
    if support.rows_kept_ddl(table, ()) is None:
        return Risk.DESTRUCTIVE, ("re-partitioning needs a new table and a copy of the rows",)
    return Risk.LOCKING, (
        "the table is re-created and its rows copied back: locked meanwhile; a row no "
        "partition takes stops the migration",
    )


def _destructive(reason: str) -> Rule:
    def rule(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
        return Risk.DESTRUCTIVE, (reason,)

    return rule


def _is_large(support: DialectSupport, rows: int | None) -> bool:
    return rows is not None and rows >= support.large_table_rows


def _rewrite_or(base: Verdict) -> Rule:
    """``base``, or locking when the dialect rewrites the table for this change."""

    def rule(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
        if support.rewrites_table(change.kind.value, change.before, change.after) and rows != 0:
            return Risk.LOCKING, (*base[1], f"rewrites the table on {support.name}")
        return base

    return rule


def _validating(base: Verdict) -> Rule:
    """``base``, or locking when adding the constraint scans a large table under a lock."""
    rewrite = _rewrite_or(base)

    def rule(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
        risk, notes = rewrite(change, support, rows)
        if risk.level < Risk.LOCKING.level and _is_large(support, rows):
            return Risk.LOCKING, (*notes, "checking existing rows scans the table under a lock")
        return risk, notes

    return rule


def _table_dropped(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
    return Risk.DESTRUCTIVE, ("drops the table and all its rows",)


def _column_added(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
    col = change.after
    filled = col.nullable or col.default is not None or col.autoincrement or col.computed
    if filled:
        return _rewrite_or((Risk.SAFE, ()))(change, support, rows)
    if rows == 0:
        return Risk.SAFE, ()
    if rows is None:
        return Risk.REVIEW, ("NOT NULL column without a default: fails if the table has rows",)
    return Risk.DESTRUCTIVE, (
        "NOT NULL column without a default on a table with rows: existing rows have no value",
    )


def _column_type(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
    before, after = change.before, change.after
    reason = support.type_change_loss(before, after)
    if reason is not None:
        return Risk.DESTRUCTIVE, (reason,)
    if rows != 0 and support.rewrites_table(change.kind.value, before, after):
        return Risk.LOCKING, (
            f"{before.type_sql} -> {after.type_sql} rewrites the table on {support.name}",
        )
    return Risk.SAFE, ()


def _nullable(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
    if change.after.nullable:
        return _rewrite_or((Risk.SAFE, ()))(change, support, rows)
    if rows == 0:
        return Risk.SAFE, ()
    if change.after.default is None and rows is not None:
        return Risk.DESTRUCTIVE, ("NOT NULL without a default: existing NULLs must be removed",)
    verdict = (Risk.REVIEW, ("NOT NULL fails if existing rows hold NULL",))
    return _validating(verdict)(change, support, rows)


def _index_build(reason: str) -> Rule:
    def rule(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
        if _is_large(support, rows) and support.index_build_blocks_writes():
            return Risk.LOCKING, (f"building the index blocks writes on {support.name}",)
        return (Risk.REVIEW, (reason,)) if reason else (Risk.SAFE, ())

    return rule


def _enum_changed(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
    removed = [v for v in change.before.values if v not in change.after.values]
    if removed:
        return Risk.DESTRUCTIVE, ("rows holding a removed value cannot be kept",)
    added = [v for v in change.after.values if v not in change.before.values]
    kept = [v for v in change.before.values if v in change.after.values]
    if kept != [v for v in change.after.values if v in change.before.values]:
        return Risk.REVIEW, ("reordering values changes how they sort",)
    return (Risk.SAFE, ()) if added else (Risk.REVIEW, ())


def _table_options(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
    """Destructive where the dialect says rows are lost (MariaDB's system versioning
    history); else review, with the dialect's notes (a new parent's queries see the
    rows), locking when the change rewrites the table (PostgreSQL's ``SET
    LOGGED``/``UNLOGGED``)."""
    before, after = change.before, change.after
    loss = support.table_options_loss(before, after)
    if loss:
        return Risk.DESTRUCTIVE, (loss,)
    notes = support.table_options_notes(before, after) if before is not None and after is not None else ()
    return _rewrite_or((Risk.REVIEW, notes))(change, support, rows)


_CONSTRAINT_ADD = "fails if existing rows violate it"

RULES: dict[ChangeKind, Rule] = {
    ChangeKind.TABLE_ADDED: _safe,
    ChangeKind.TABLE_DROPPED: _table_dropped,
    ChangeKind.TABLE_RENAMED: _review("queries using the old name break"),
    ChangeKind.TABLE_COMMENT_CHANGED: _safe,
    ChangeKind.TABLE_DEFINITION_CHANGED: _rewrite_or(
        (Risk.REVIEW, ("the table's stored definition changes; the table is rebuilt from it",))
    ),
    ChangeKind.DATABASE_OPTIONS_CHANGED: _review("new tables take the new default character set; existing ones keep theirs"),
    ChangeKind.TABLE_OPTIONS_CHANGED: _table_options,
    ChangeKind.COLUMN_ADDED: _column_added,
    ChangeKind.COLUMN_DROPPED: _destructive("drops the column and its values"),
    ChangeKind.COLUMN_RENAMED: _review("queries using the old name break"),
    ChangeKind.COLUMN_TYPE_CHANGED: _column_type,
    ChangeKind.COLUMN_NULLABLE_CHANGED: _nullable,
    ChangeKind.COLUMN_DEFAULT_CHANGED: _rewrite_or((Risk.SAFE, ())),
    ChangeKind.COLUMN_IDENTITY_CHANGED: _rewrite_or(
        (Risk.REVIEW, ("generated values change",))
    ),
    ChangeKind.COLUMN_COMPUTED_CHANGED: _rewrite_or(
        (Risk.REVIEW, ("the column is dropped and re-created",))
    ),
    ChangeKind.COLUMN_COLLATION_CHANGED: _rewrite_or(
        (Risk.REVIEW, ("sorting and uniqueness may change",))
    ),
    ChangeKind.COLUMN_COMMENT_CHANGED: _safe,
    ChangeKind.COLUMN_OPTIONS_CHANGED: _review("SELECT * and INSERT without a column list see another set of columns"),
    ChangeKind.PRIMARY_KEY_ADDED: _validating((Risk.REVIEW, (_CONSTRAINT_ADD,))),
    ChangeKind.PRIMARY_KEY_DROPPED: _rewrite_or((Risk.REVIEW, ("rows may become duplicate",))),
    ChangeKind.PRIMARY_KEY_CHANGED: _validating((Risk.REVIEW, (_CONSTRAINT_ADD,))),
    ChangeKind.FOREIGN_KEY_ADDED: _validating((Risk.REVIEW, (_CONSTRAINT_ADD,))),
    ChangeKind.FOREIGN_KEY_DROPPED: _rewrite_or((Risk.SAFE, ())),
    ChangeKind.FOREIGN_KEY_CHANGED: _validating((Risk.REVIEW, (_CONSTRAINT_ADD,))),
    ChangeKind.UNIQUE_ADDED: _validating((Risk.REVIEW, (_CONSTRAINT_ADD,))),
    ChangeKind.UNIQUE_DROPPED: _rewrite_or((Risk.SAFE, ())),
    ChangeKind.CHECK_ADDED: _validating((Risk.REVIEW, (_CONSTRAINT_ADD,))),
    ChangeKind.CHECK_DROPPED: _rewrite_or((Risk.SAFE, ())),
    ChangeKind.CHECK_CHANGED: _validating((Risk.REVIEW, (_CONSTRAINT_ADD,))),
    ChangeKind.INDEX_ADDED: _index_build(""),
    ChangeKind.INDEX_DROPPED: _safe,
    ChangeKind.INDEX_CHANGED: _index_build(""),
    ChangeKind.VIEW_ADDED: _safe,
    ChangeKind.VIEW_DROPPED: _review("queries using the view break"),
    ChangeKind.VIEW_CHANGED: _review("the view's result changes"),
    ChangeKind.VIEW_COMMENT_CHANGED: _safe,
    ChangeKind.COMMENT_CHANGED: _safe,
    ChangeKind.SEQUENCE_ADDED: _safe,
    ChangeKind.SEQUENCE_DROPPED: _review("the sequence's current value is lost"),
    ChangeKind.SEQUENCE_CHANGED: _review("generated values change"),
    ChangeKind.ENUM_ADDED: _safe,
    ChangeKind.ENUM_DROPPED: _review("columns of this type must go first"),
    ChangeKind.ENUM_CHANGED: _enum_changed,
    ChangeKind.DOMAIN_ADDED: _safe,
    ChangeKind.DOMAIN_DROPPED: _review("columns of this type must go first"),
    ChangeKind.DOMAIN_CHANGED: _review("existing values may violate the new domain"),
    ChangeKind.COMPOSITE_ADDED: _safe,
    ChangeKind.COMPOSITE_DROPPED: _review("columns and routines using the type must go first"),
    ChangeKind.COMPOSITE_CHANGED: _review("the type is altered or re-created; its users may break"),
    ChangeKind.ROUTINE_ADDED: _safe,
    ChangeKind.ROUTINE_DROPPED: _review("callers of the routine break"),
    ChangeKind.ROUTINE_CHANGED: _review("the routine's behaviour changes"),
    ChangeKind.TRIGGER_ADDED: _safe,
    ChangeKind.TRIGGER_DROPPED: _review("what the trigger did no longer happens"),
    ChangeKind.TRIGGER_CHANGED: _review("the trigger's behaviour changes"),
    ChangeKind.RULE_ADDED: _review("statements on the table are rewritten from now on"),
    ChangeKind.RULE_DROPPED: _review("what the rule did no longer happens"),
    ChangeKind.RULE_CHANGED: _review("the rule's behaviour changes"),
    ChangeKind.EXTENSION_ADDED: _safe,
    ChangeKind.EXTENSION_DROPPED: _review("objects the extension provides are dropped"),
    ChangeKind.EXTENSION_CHANGED: _review("the extension's objects change version"),
    ChangeKind.PARTITION_ADDED: _safe,
    ChangeKind.PARTITION_DROPPED: _destructive("drops the partition and its rows"),
    ChangeKind.PARTITION_CHANGED: _destructive(
        "the partition is re-created: its rows are lost"
    ),
    ChangeKind.PARTITION_ATTACHED: _review(
        "the table's rows are checked against the bound (ATTACH fails on one outside it)"
    ),
    ChangeKind.PARTITION_DETACHED: _review("the rows leave the partitioned table: its queries no longer see them"),
    ChangeKind.PARTITIONING_CHANGED: _repartitioned,
    ChangeKind.GRANT_ADDED: _review("gives access to the object"),
    ChangeKind.GRANT_DROPPED: _review("takes access away from the grantee"),
    ChangeKind.POLICY_ADDED: _review("rows this policy does not allow are hidden or refused"),
    ChangeKind.POLICY_DROPPED: _review("what the policy allowed or refused no longer applies"),
    ChangeKind.POLICY_CHANGED: _review("the rows the policy allows change"),
    ChangeKind.ROW_SECURITY_CHANGED: _review("which rows queries see changes"),
    ChangeKind.EXCLUSION_ADDED: _validating((Risk.REVIEW, (_CONSTRAINT_ADD,))),
    ChangeKind.EXCLUSION_DROPPED: _safe,
    ChangeKind.EXCLUSION_CHANGED: _validating((Risk.REVIEW, (_CONSTRAINT_ADD,))),
    ChangeKind.COLLATION_ADDED: _safe,
    ChangeKind.COLLATION_DROPPED: _review("columns using the collation must go first"),
    ChangeKind.COLLATION_CHANGED: _review("the collation is re-created: sorting and comparisons change"),
    ChangeKind.VIEW_INDEX_ADDED: _safe,
    ChangeKind.VIEW_INDEX_DROPPED: _review("queries (and REFRESH ... CONCURRENTLY) using the index slow down or fail"),
    ChangeKind.VIEW_INDEX_CHANGED: _safe,
    ChangeKind.SCHEMA_ADDED: _safe,
    ChangeKind.SCHEMA_DROPPED: _review("dropped after everything in it; anything else in it stops the drop"),
    ChangeKind.SCHEMA_COMMENT_CHANGED: _safe,
}
