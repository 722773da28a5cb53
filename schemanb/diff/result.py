"""SchemaDiff: the changes from snapshot ``a`` to ``b`` and the caller's rename decisions.

``changes`` are the *effective* changes: accepted renames appear as
``TABLE_RENAMED``/``COLUMN_RENAMED`` (``before``/``after`` the old and new
objects), rejected candidates as a drop plus an add. ``candidates`` lists every
rename candidate as the rename :class:`Change` it would be, with its score and
a note saying whether it is accepted; :attr:`SchemaDiff.renames` is the record
of the same candidates with their decisions, which everything else reads.

:meth:`SchemaDiff.accept_rename` and :meth:`~SchemaDiff.reject_rename` update the
diff in place and return it, so both ``d.accept_rename(...)`` and
``d = d.accept_rename(...)`` work. Outputs delegate: ``to_sql``/``to_alembic`` to
:mod:`schemanb.migrate`, the text and JSON views to :mod:`.summary`.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import DiffError, SchemaNBWarning
from ..model import Schema
from . import hints, plan, summary
from .changes import Change, ChangeKind, Risk
from .renames import Renames

if TYPE_CHECKING:
    import pandas as pd


@dataclass(eq=False)
class SchemaDiff:
    """What changed from ``a`` (before) to ``b`` (after). Build it with :func:`schemanb.diff`."""

    a: Schema
    b: Schema
    changes: tuple[Change, ...] = ()
    candidates: tuple[Change, ...] = ()
    options: plan.DiffOptions = field(default_factory=plan.DiffOptions)
    decisions: tuple[plan.Decision, ...] = ()
    #: The rename candidates with the decision in force (what ``candidates`` shows as changes).
    renames: Renames = field(default_factory=Renames)

    # ----------------------------------------------------------------- state

    @property
    def is_empty(self) -> bool:
        """True when ``a`` and ``b`` have the same schema (after ignores)."""
        return not self.changes

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.changes)

    @property
    def max_risk(self) -> Risk:
        """The highest risk among the changes (``SAFE`` when there are none)."""
        return max((c.risk for c in self.changes), key=lambda r: r.level, default=Risk.SAFE)

    @property
    def is_destructive(self) -> bool:
        return any(c.risk is Risk.DESTRUCTIVE for c in self.changes)

    # ----------------------------------------------------------------- renames

    def accept_rename(self, old: str | Change, new: str | None = None) -> SchemaDiff:
        """Treat ``old`` -> ``new`` as a rename (``"table"`` or ``"table.column"``)."""
        return self._decide(old, new, accept=True)

    def reject_rename(self, old: str | Change, new: str | None = None) -> SchemaDiff:
        """Treat ``old`` and ``new`` as a drop and an add, not a rename."""
        return self._decide(old, new, accept=False)

    def _decide(self, old: str | Change, new: str | None, *, accept: bool) -> SchemaDiff:
        pair = hints.resolve_pair(self.renames, self.a, self.b, self.options, old, new)
        kept = tuple(d for d in self.decisions if (d[0], d[1]) != pair)
        self.decisions = (*kept, (pair[0], pair[1], accept))
        self.changes, self.candidates, self.renames = plan.build(
            self.a, self.b, self.options, self.decisions
        )
        return self

    def save_renames(self, path: str | os.PathLike[str]) -> os.PathLike[str] | str:
        """Write the rename decisions in force to a hints file (JSON or TOML by suffix)."""
        return hints.save_hints(self.renames, self.decisions, path)

    # ----------------------------------------------------------------- outputs

    @property
    def frame(self) -> pd.DataFrame:
        """One row per change: table, object, kind, before, after, risk, score."""
        import pandas as pd

        return pd.DataFrame(summary.rows(self.changes), columns=list(summary.FRAME_COLUMNS))

    def summary(self) -> str:
        """A short ``git diff --stat``-like text."""
        return summary.render_stat(self.changes)

    def to_text(self) -> str:
        """Every change on its own line, grouped by table, then the stat summary."""
        return summary.render_text(self.changes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view: one entry per change, candidates, counts."""
        return summary.to_dict(self.a, self.b, self.changes, self.renames)

    def to_json(self, *, indent: int | None = 2) -> str:
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False) + "\n"

    def to_sql(
        self, dialect: str | None = None, *, safe: bool = False, batch_rows: int | None = None
    ) -> str:
        """Migration SQL that turns ``a`` into ``b`` (rendered by :mod:`schemanb.migrate`).

        ``safe=True``: the plan a careful DBA would run on a busy database (online
        index builds, constraints validated apart, NOT NULL columns backfilled in
        batches of ``batch_rows``), with a comment on each statement saying why.
        """
        from ..migrate.sql import render_sql

        return str(render_sql(self, dialect, safe=safe, batch_rows=batch_rows))

    def to_alembic(self, **kw: Any) -> str:
        """An Alembic revision file (upgrade and downgrade) for this diff."""
        from ..migrate.revision import render_revision

        return str(render_revision(self, **kw))

    def of_kind(self, *kinds: ChangeKind | str) -> tuple[Change, ...]:
        """The changes of the given kinds."""
        wanted = {ChangeKind(k) for k in kinds}
        return tuple(c for c in self.changes if c.kind in wanted)

    def __repr__(self) -> str:
        if not self.changes:
            return "<SchemaDiff: no differences>"
        return f"<SchemaDiff: {len(self.changes)} changes, max risk {self.max_risk.value}>"

    def _repr_html_(self) -> str:
        from ..display import render_diff_html

        return render_diff_html(self)


def build_diff(
    a: Schema, b: Schema, options: plan.DiffOptions, decisions: tuple[plan.Decision, ...] = ()
) -> SchemaDiff:
    """Compute a :class:`SchemaDiff` (the pipeline is in :mod:`.plan`)."""
    if not isinstance(a, Schema) or not isinstance(b, Schema):
        bad = a if not isinstance(a, Schema) else b
        raise DiffError(
            f"diff() compares two Schema snapshots, not a {type(bad).__name__} — "
            "pass schemanb.inspect(source) for a URL, file, Engine or MetaData"
        )
    changes, candidates, renames = plan.build(a, b, options, decisions)
    return SchemaDiff(a=a, b=b, changes=changes, candidates=candidates, options=options,
                      decisions=decisions, renames=renames)


def apply_hints(diff: SchemaDiff, decisions: Iterable[plan.Decision]) -> SchemaDiff:
    """``diff`` with hinted decisions applied; stale hints warn and are skipped.

    Table decisions go first, so column hints can name columns of renamed tables.
    """
    decisions = tuple(decisions)
    tables_a = {str(t.key) for t in diff.a.tables} | {
        str(t.key) for t in plan.prepare(diff.a, diff.options).tables
    }
    ordered = sorted(decisions, key=lambda d: d[0] not in tables_a)
    for old, new, accepted in ordered:
        try:
            pair = hints.resolve_pair(diff.renames, diff.a, diff.b, diff.options, old, new)
        except DiffError as err:
            warnings.warn(f"renames hint {old} -> {new} skipped: {err}", SchemaNBWarning,
                          stacklevel=2)
            continue
        (diff.accept_rename if accepted else diff.reject_rename)(*pair)
    return diff
