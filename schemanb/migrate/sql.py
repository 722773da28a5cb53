"""Offline migration SQL for a dialect, rendered by Alembic itself (``as_sql`` mode).

``render_statements`` builds the ordered steps of a diff (:mod:`.ops`,
:mod:`.order`), then runs each through Alembic ``Operations`` on a
``MigrationContext`` configured with ``as_sql=True`` and an output buffer that
records every statement separately -- so callers know the statement boundaries
without splitting text on ``;``. ``render_sql`` joins them into a script for
the database's own client (on MySQL/MariaDB a body holding ``;`` is wrapped in
``DELIMITER`` lines: :meth:`~schemanb.dialects.base.DialectSupport.script_statement`).

The downgrade is the upgrade plan reversed, each operation replaced by its
``reverse()`` (drops carry what they dropped). Statements that lose data are
preceded by a ``-- DESTRUCTIVE:`` comment saying what is lost. MariaDB is a
dialect name of its own here (its ALTER syntax differs from MySQL's); a
snapshot whose server version says MariaDB picks it automatically.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..dialects import family_name, support_for
from ..errors import MigrationError

if TYPE_CHECKING:
    from ..dialects.base import DialectSupport
    from .ops import DiffLike, Step
    from .safe import SafePlanner

Direction = Literal["upgrade", "downgrade"]


@dataclass(frozen=True)
class Statement:
    """One SQL statement (no terminator) and the comment that goes before it."""

    sql: str
    comment: str | None = None
    #: Must run outside a transaction block (the safe plan's ``CREATE INDEX CONCURRENTLY``).
    autocommit: bool = False


class _StatementBuffer:
    """An output buffer for Alembic that keeps each ``static_output`` as one statement."""

    def __init__(self, terminator: str) -> None:
        self.terminator = terminator
        self.statements: list[str] = []

    def write(self, text: str) -> int:
        stripped = text.rstrip("\n").rstrip()
        if stripped.endswith(self.terminator):
            stripped = stripped[: -len(self.terminator)].rstrip()
        if stripped:
            self.statements.append(stripped)
        return len(text)

    def flush(self) -> None:
        return None


def resolve_dialect(diff: DiffLike, dialect: str | None) -> str:
    """The dialect to render for: the argument, else snapshot ``b``'s, else ``a``'s."""
    name = dialect or diff.b.info.dialect or diff.a.info.dialect
    if not name:
        raise MigrationError(
            "neither snapshot says which database it came from — pass dialect= "
            "('postgresql', 'mysql', 'mariadb' or 'sqlite')"
        )
    version = diff.b.info.server_version or diff.a.info.server_version
    return support_for(name).render_dialect(version) or name


def plan(diff: DiffLike, dialect: str, direction: Direction = "upgrade") -> list[Any]:
    """The Alembic operations of ``diff`` in execution order for ``direction``."""
    from .ops import build_steps
    from .order import order_steps

    steps: list[Step] = order_steps(build_steps(diff, family_name(dialect)))
    if direction == "upgrade":
        return [s.op for s in steps]
    if direction != "downgrade":
        raise MigrationError(f"direction {direction!r} is not known — use 'upgrade' or 'downgrade'")
    return [s.op.reverse() for s in reversed(steps)]


def offline_renderer(name: str) -> tuple[Callable[[Any], list[str]], Any]:
    """``render(op)``: the statements Alembic writes offline for one operation on
    dialect ``name``, each apart; and the dialect's identifier preparer (quoting)."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    buffer = _StatementBuffer(";")
    context = MigrationContext.configure(
        dialect_name=name,
        dialect_opts={"paramstyle": "named"},
        opts={"as_sql": True, "output_buffer": buffer, "literal_binds": True},
    )
    buffer.terminator = context.impl.command_terminator
    operations = Operations(context)

    def render(op: Any) -> list[str]:
        start = len(buffer.statements)
        try:
            operations.invoke(op)
        except MigrationError:
            raise
        except Exception as err:  # noqa: BLE001 - Alembic/SQLAlchemy errors become ours
            raise MigrationError(f"cannot render {type(op).__name__} for {name}: {err}") from err
        made = buffer.statements[start:]
        del buffer.statements[start:]
        return made

    return render, context.impl.dialect.identifier_preparer


def safe_planner(
    diff: DiffLike, name: str, render: Callable[[Any], list[str]], preparer: Any,
    batch_rows: int | None = None,
) -> SafePlanner:
    """The :class:`~.safe.SafePlanner` of ``diff`` on dialect ``name`` (SQL and Alembic share it)."""
    from .safe import SafePlanner
    from .steps import Context

    return SafePlanner(Context.from_diff(diff, family_name(name)), support_for(family_name(name)),
                       preparer, render, batch_rows)


def render_statements(
    diff: DiffLike, dialect: str | None = None, direction: Direction = "upgrade",
    *, framed: bool = True, safe: bool = False, batch_rows: int | None = None,
) -> list[Statement]:
    """Every statement of the migration, in order, each with its data-loss comment.

    The dialect opens and closes a non-empty script
    (:meth:`~schemanb.dialects.base.DialectSupport.script_prologue`,
    ``script_epilogue``) and may guard each table rebuild (``rebuild_guard``): on
    SQLite, foreign keys off, one transaction, rows and foreign keys checked
    before COMMIT -- so run the statements in order and stop at the first error.
    ``framed=False`` leaves the opening and closing out (one change's statements,
    shown inside a larger report). ``safe=True`` writes the safe plan
    (:mod:`.safe`): online variants where the database has them, a backfill stub
    (``batch_rows`` a batch) for NOT NULL columns, a comment on each saying why.
    """
    from ..dialects import support_for
    from .ddl import RecreateTableOp

    name = resolve_dialect(diff, dialect)
    ops = plan(diff, name, direction)
    render, preparer = offline_renderer(name)
    support = support_for(family_name(name))
    out: list[Statement] = []
    rebuilt: list[tuple[str, str | None]] = []
    planner = safe_planner(diff, name, render, preparer, batch_rows) if safe else None
    for op in ops:
        guard = []
        if isinstance(op, RecreateTableOp):
            guard = support.rebuild_guard(len(rebuilt), op.before.name, op.before.schema)
            rebuilt.append((op.after.name, op.after.schema))
        comment = describe_loss(op, support)
        steps = planner.steps(op) if planner is not None else None
        if steps is None:
            for i, sql in enumerate([*guard, *render(op)]):
                out.append(Statement(sql, comment if i == 0 else None))
            continue
        out.extend(Statement(sql) for sql in guard)
        for i, step in enumerate(steps):
            notes = "\n".join(c for c in (comment if i == 0 else None, step.comment) if c)
            out.append(Statement(step.sql, notes or None, step.autocommit))
    if not out or not framed:
        return out
    preamble = [Statement(p.sql, p.comment) for p in support.safe_preamble()] if safe else []
    return [
        *(Statement(sql, comment) for sql, comment in support.script_prologue()),
        *preamble,
        *out,
        *(Statement(sql, comment) for sql, comment in support.script_epilogue(rebuilt)),
    ]


def render_sql(
    diff: DiffLike, dialect: str | None = None, direction: Direction = "upgrade",
    *, safe: bool = False, batch_rows: int | None = None,
) -> str:
    """The migration as one SQL script for ``dialect`` (default: snapshot ``b``'s).

    Example::

        print(render_sql(schemanb.diff(dev, prod), "postgresql"))
    """
    from ..dialects import support_for

    support = support_for(family_name(resolve_dialect(diff, dialect)))
    parts = []
    for st in render_statements(diff, dialect, direction=direction, safe=safe,
                                batch_rows=batch_rows):
        if st.comment:
            parts.append(st.comment)
        parts.append(support.script_statement(st.sql))
    return "\n".join(parts)


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def describe_loss(op: Any, support: DialectSupport | None = None) -> str | None:
    """A ``-- DESTRUCTIVE: ...`` comment when ``op`` loses data, else ``None``.

    A type change is commented only where ``support`` (the dialect) says values can
    be cut (a narrowing, a change of type family), never above a widening.
    """
    from alembic.operations import ops as aops

    from .ddl import (
        GivenReverseOp,
        OpSequence,
        RecreateTableOp,
        RenameColumnOp,
        SQLOp,
        StatementsOp,
    )

    if isinstance(op, GivenReverseOp):
        return describe_loss(op.op, support)
    if isinstance(op, OpSequence):
        inner_ops = op.ops[-1:] if op.keeps_rows else op.ops  # the rows put back, or not all
        return next((c for inner in inner_ops if (c := describe_loss(inner, support))), None)
    support = support or support_for(None)
    where = _one_line(f"{op.schema}.{op.table_name}" if getattr(op, "schema", None) else getattr(op, "table_name", ""))
    text = None
    if isinstance(op, aops.DropTableOp):
        text = f"drops table {where} and all its rows"
    elif isinstance(op, aops.DropColumnOp):
        text = f"drops column {_one_line(op.column_name)} of {where} and all its values"
    elif isinstance(op, RecreateTableOp) and op.dropped_columns:
        cols = ", ".join(_one_line(c) for c in op.dropped_columns)
        text = f"rebuilds table {_one_line(op.before.name)} without column(s) {cols}; their values are lost"
    elif isinstance(op, RecreateTableOp) and op.retyped_pairs:
        losses = [_one_line(reason) for old, new in op.retyped_pairs
                  if (reason := support.type_change_loss(old, new))]
        if losses:
            text = f"rebuilds table {_one_line(op.before.name)}: {'; '.join(losses)}"
    elif isinstance(op, RenameColumnOp) and op.retyped is not None:
        if reason := support.type_change_loss(*op.retyped):
            text = f"changes the type of {_one_line(op.column_name)} of {where}: {_one_line(reason)}"
    elif (isinstance(op, SQLOp) and op.describe.startswith("dropping")) or (
        isinstance(op, StatementsOp) and op.loses_data
    ):
        text = _one_line(op.describe)
    return None if text is None else f"-- DESTRUCTIVE: {text}"
