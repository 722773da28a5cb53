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

import re
from collections.abc import Callable
from dataclasses import replace

from ..dialects.base import DialectSupport
from .changes import Change, ChangeKind, Risk
from .compare._context import canonical_generic

Verdict = tuple[Risk, tuple[str, ...]]
Rule = Callable[[Change, DialectSupport, "int | None"], Verdict]

_INT_RANKS = {"TINYINT": 1, "SMALLINT": 2, "MEDIUMINT": 3, "INTEGER": 4, "BIGINT": 5}
_FLOAT_RANKS = {"FLOAT": 1, "DOUBLE": 2}
_STRINGS = ("VARCHAR", "CHAR", "TEXT")
_RE_ARGS = re.compile(r"^([A-Z ]+?)\s*(?:\(([^)]*)\))?$")


def classify(change: Change, support: DialectSupport, row_estimate: int | None) -> Risk:
    """The :class:`Risk` of ``change`` on ``support``'s dialect."""
    return RULES[change.kind](change, support, row_estimate)[0]


def assess(change: Change, support: DialectSupport, row_estimate: int | None) -> Change:
    """``change`` with its risk, the reasons as notes, and the row estimate."""
    risk, notes = RULES[change.kind](change, support, row_estimate)
    if row_estimate is not None and risk is not Risk.SAFE:
        notes = (*notes, f"table has ~{row_estimate:,} rows")
    return replace(
        change, risk=risk, notes=change.notes + notes, row_estimate=row_estimate
    )


# -------------------------------------------------------------------- type facts


def parse_type(text: str) -> tuple[str, tuple[int, ...]]:
    """``NUMERIC(10, 2)`` -> ``("NUMERIC", (10, 2))`` with synonyms folded."""
    canon = canonical_generic(text)
    match = _RE_ARGS.match(canon)
    if not match:
        return canon, ()
    args = tuple(int(x) for x in re.findall(r"\d+", match.group(2) or ""))
    return match.group(1).strip(), args


def narrowing(before: str, after: str) -> str | None:
    """Why changing generic type ``before`` to ``after`` may lose data, or ``None``.

    >>> narrowing("VARCHAR(255)", "VARCHAR(100)")
    'VARCHAR(255) -> VARCHAR(100) truncates longer values'
    >>> narrowing("INTEGER", "BIGINT") is None
    True
    """
    (ba, aa), (bb, ab) = parse_type(before), parse_type(after)
    if ba in _INT_RANKS and bb in _INT_RANKS:
        return (f"{before} -> {after} overflows large values"
                if _INT_RANKS[bb] < _INT_RANKS[ba] else None)
    if ba in _STRINGS and bb in _STRINGS:
        old = aa[0] if aa else None
        new = ab[0] if ab else None
        if new is not None and (old is None or new < old):
            return f"{before} -> {after} truncates longer values"
        return None
    if ba == "NUMERIC" and bb == "NUMERIC":
        return _numeric_narrowing(before, after, aa, ab)
    if ba in _FLOAT_RANKS and bb in _FLOAT_RANKS:
        return (f"{before} -> {after} loses precision"
                if _FLOAT_RANKS[bb] < _FLOAT_RANKS[ba] else None)
    if ba.startswith("DATETIME") and bb == "DATE":
        return f"{before} -> {after} drops the time of day"
    if ba == bb:
        return None if not aa or not ab or ab >= aa else f"{before} -> {after} narrows the type"
    if bb in ("TEXT", "VARCHAR") and not ab:
        return None  # any value has a text form
    if ba in _INT_RANKS and bb in ("NUMERIC", "FLOAT", "DOUBLE"):
        return None
    return f"{before} -> {after} converts every value; values that do not convert are lost"


def _numeric_narrowing(
    before: str, after: str, aa: tuple[int, ...], ab: tuple[int, ...]
) -> str | None:
    if not ab:
        return None
    if not aa:
        return f"{before} -> {after} limits digits"
    p1, s1 = aa[0], aa[1] if len(aa) > 1 else 0
    p2, s2 = ab[0], ab[1] if len(ab) > 1 else 0
    if s2 < s1:
        return f"{before} -> {after} rounds away decimals"
    if p2 - s2 < p1 - s1:
        return f"{before} -> {after} overflows large values"
    return None


# ------------------------------------------------------------------------- rules


def _safe(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
    return Risk.SAFE, ()


def _review(reason: str) -> Rule:
    def rule(change: Change, support: DialectSupport, rows: int | None) -> Verdict:
        return Risk.REVIEW, (reason,)

    return rule


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
    reason = narrowing(before.type_generic, after.type_generic)
    if reason is None and before.type_generic == after.type_generic:
        reason = narrowing(before.type_sql, after.type_sql)
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


_CONSTRAINT_ADD = "fails if existing rows violate it"

RULES: dict[ChangeKind, Rule] = {
    ChangeKind.TABLE_ADDED: _safe,
    ChangeKind.TABLE_DROPPED: _table_dropped,
    ChangeKind.TABLE_RENAMED: _review("queries using the old name break"),
    ChangeKind.TABLE_COMMENT_CHANGED: _safe,
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
    ChangeKind.EXTENSION_ADDED: _safe,
    ChangeKind.EXTENSION_DROPPED: _review("objects the extension provides are dropped"),
    ChangeKind.EXTENSION_CHANGED: _review("the extension's objects change version"),
    ChangeKind.PARTITION_ADDED: _safe,
    ChangeKind.PARTITION_DROPPED: _destructive("drops the partition and its rows"),
    ChangeKind.PARTITION_CHANGED: _destructive(
        "the partition is re-created: its rows are lost"
    ),
    ChangeKind.PARTITIONING_CHANGED: _destructive(
        "re-partitioning needs a new table and a copy of the rows"
    ),
    ChangeKind.GRANT_ADDED: _review("gives access to the object"),
    ChangeKind.GRANT_DROPPED: _review("takes access away from the grantee"),
}
