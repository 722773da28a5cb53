"""Which Alembic revision is a database really at, and what was changed by hand?

:func:`deployed` reads the revision(s) recorded in the live database's
``alembic_version`` (read-only: one ``SELECT`` in a read-only session, then an
ordinary inspect), builds the schema the project's migrations produce at exactly
those revisions on a scratch database of the same dialect
(:func:`~.sources.scratch_database`), and diffs the live schema against it:
every difference is a change made outside the migrations.

When ``alembic_version`` is missing or names a revision the project does not
know, the report says so; with ``bisect=True`` every revision is built in turn
on the scratch database (upgrading one by one, starting afresh only where a
branch leaves the revisions already applied) and the one whose schema is
closest to the live one (fewest changes) is reported instead.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from .._redact import mask_url
from ..diff.changes import Change, Risk
from ..errors import SchemaNBError
from ..model import Schema
from .sources import alembic_config, alembic_upgrade, scratch_database, without_alembic_version

_CREATE_DATE = re.compile(r"^\s*Create Date:\s*(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Revision:
    """One Alembic revision: its id, message (the docstring's first line) and date."""

    revision: str
    message: str = ""
    date: str | None = None

    def __str__(self) -> str:
        extra = ", ".join(x for x in (self.message, self.date or "") if x)
        return f"{self.revision} ({extra})" if extra else self.revision


@dataclass(frozen=True)
class HandChange:
    """A change made outside the migrations, and the SQL that reconciles it either way.

    ``undo_sql`` brings the database back to what the migrations say;
    ``keep_sql`` is what a new migration would run to make the change official.
    """

    change: Change
    undo_sql: str = ""
    keep_sql: str = ""


@dataclass(frozen=True, kw_only=True)
class DeployedReport:
    """The outcome of :func:`deployed`."""

    target: str
    name: str = "prod"
    dialect: str = ""
    #: What ``alembic_version`` says (empty when the table is missing or empty).
    recorded: tuple[str, ...] = ()
    #: One line when ``alembic_version`` is missing or names an unknown revision.
    problem: str | None = None
    #: The revision(s) the live schema was compared with (recorded, or found by bisect).
    revisions: tuple[Revision, ...] = ()
    bisected: bool = False
    #: Bisect only: changes against each revision tried, in the order built.
    scores: tuple[tuple[str, int], ...] = ()
    changes: tuple[HandChange, ...] = ()
    undo_sql: str = ""
    keep_sql: str = ""

    @property
    def worst_risk(self) -> Risk | None:
        return max((h.change.risk for h in self.changes), key=lambda r: r.level, default=None)

    def to_text(self) -> str:
        """The report as text: the revision, then each hand-made change with both SQLs."""
        lines = [f"{self.name}: {self.target}"]
        if self.problem:
            lines.append(self.problem)
        if not self.revisions:
            if not self.bisected:
                lines.append("run with --bisect to find the revision whose schema is closest")
            return "\n".join(lines) + "\n"
        at = " + ".join(str(r) for r in self.revisions)
        how = " by bisect" if self.bisected else ""
        n = len(self.changes)
        made = "change was" if n == 1 else "changes were"
        lines.append(f"{self.name} is at revision {at}{how}; {n} {made} made outside migrations")
        if self.bisected and self.recorded and self.recorded != tuple(
            r.revision for r in self.revisions
        ):
            lines.append(f"  (alembic_version says {', '.join(self.recorded)})")
        if self.bisected and self.scores:
            tried = ", ".join(f"{rev}: {count}" for rev, count in self.scores)
            lines.append(f"  changes against each revision: {tried}")
        for hand in self.changes:
            ch = hand.change
            obj = f" {ch.ref.name}" if ch.ref.name else ""
            lines.append(f"  [{ch.risk.value}] {ch.table}: {ch.kind.value.replace('_', ' ')}{obj}")
            lines.extend(f"      {note}" for note in ch.notes)
            if hand.undo_sql:
                lines.append("    to undo it (back to the migrations):")
                lines.extend(f"      {x}" for x in hand.undo_sql.splitlines())
            if hand.keep_sql:
                lines.append("    to keep it (in a new migration):")
                lines.extend(f"      {x}" for x in hand.keep_sql.splitlines())
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "name": self.name,
            "dialect": self.dialect,
            "recorded": list(self.recorded),
            "problem": self.problem,
            "revisions": [dataclasses.asdict(r) for r in self.revisions],
            "bisected": self.bisected,
            "scores": [list(s) for s in self.scores],
            "changes": [
                {
                    "kind": h.change.kind.value,
                    "table": h.change.table,
                    "object": h.change.ref.name,
                    "risk": h.change.risk.value,
                    "notes": list(h.change.notes),
                    "row_estimate": h.change.row_estimate,
                    "size_bytes": h.change.size_bytes,
                    "undo_sql": h.undo_sql,
                    "keep_sql": h.keep_sql,
                }
                for h in self.changes
            ],
            "undo_sql": self.undo_sql,
            "keep_sql": self.keep_sql,
        }


# ------------------------------------------------------------------ the live side


def read_alembic_version(url: str) -> tuple[str, ...] | None:
    """The revisions in ``alembic_version`` at ``url`` (``None``: no such table). Read-only."""
    import sqlalchemy as sa

    from ..reflect.session import create_engine, open_session

    engine = create_engine(url)
    try:
        with open_session(engine) as conn:
            if not sa.inspect(conn).has_table("alembic_version"):
                return None
            rows = conn.execute(sa.text("SELECT version_num FROM alembic_version"))
            return tuple(sorted(str(r[0]) for r in rows))
    finally:
        engine.dispose()


# ------------------------------------------------------------------ the migrations


class _History:
    """The project's revisions: lookup, ancestors, a base-first order."""

    def __init__(self, alembic_ini: str) -> None:
        from alembic.script import ScriptDirectory

        self.config = alembic_config(alembic_ini, "sqlite://")
        try:
            self.script = ScriptDirectory.from_config(self.config)
            self.order = [s.revision for s in reversed(list(self.script.walk_revisions()))]
        except Exception as err:  # noqa: BLE001 - Alembic's errors become one line
            raise SchemaNBError(f"cannot read the Alembic history of {alembic_ini}: {err}") from err
        self.known = set(self.order)

    def info(self, rev: str) -> Revision:
        script = self.script.get_revision(rev)
        doc = (getattr(script.module, "__doc__", None) or "") if script is not None else ""
        date = _CREATE_DATE.search(doc)
        message = (script.doc or "").strip() if script is not None else ""
        return Revision(rev, message.splitlines()[0] if message else "", date and date.group(1))

    def ancestors(self, revs: Sequence[str]) -> frozenset[str]:
        """``revs`` and every revision they build on."""
        from alembic.util import to_tuple

        seen: set[str] = set()
        todo = list(revs)
        while todo:
            rev = todo.pop()
            if rev in seen:
                continue
            seen.add(rev)
            script = self.script.get_revision(rev)
            if script is not None:
                todo.extend(to_tuple(script.down_revision, default=()))
        return frozenset(seen)


# ------------------------------------------------------------------ comparing


def _with_rows_of(expected: Schema, live: Schema) -> Schema:
    """``expected`` carrying the live tables' row estimates, so risks speak of the real rows."""
    live_tables = live.table_map
    tables = tuple(
        dataclasses.replace(t, row_estimate=live_tables[t.key].row_estimate,
                            size_bytes=live_tables[t.key].size_bytes)
        if t.key in live_tables else t
        for t in expected.tables
    )
    return dataclasses.replace(expected, tables=tables)


def _sql(a: Schema, b: Schema, changes: Sequence[Change], renames: Any, dialect: str) -> str:
    """The bare statements of ``changes`` alone (no script prologue), each ending in ``;``."""
    from ..dialects import support_for
    from ..migrate.sql import render_statements

    if not changes:
        return ""
    one = SimpleNamespace(a=a, b=b, changes=tuple(changes), renames=renames)
    try:
        statements = render_statements(one, dialect, framed=False)
    except SchemaNBError as err:
        return f"-- cannot render: {err}"
    support = support_for(dialect)
    parts = []
    for st in statements:
        if st.comment:
            parts.append(st.comment)
        parts.append(support.script_statement(st.sql))
    return "\n".join(parts)


def _hand_changes(
    expected: Schema, live: Schema, dialect: str, ignore: Sequence[str]
) -> tuple[tuple[HandChange, ...], str, str]:
    from ..diff import diff

    expected = _with_rows_of(expected, live)
    keep = diff(expected, live, ignore=tuple(ignore))
    undo = diff(live, expected, ignore=tuple(ignore))
    by_ref: dict[Any, list[Change]] = {}
    for ch in undo.changes:
        by_ref.setdefault((ch.ref.table, ch.ref.name), []).append(ch)
    out = []
    for ch in keep.changes:
        back = by_ref.get((ch.ref.table, ch.ref.name), [])
        out.append(HandChange(
            ch,
            undo_sql=_sql(live, expected, back, undo.renames, dialect),
            keep_sql=_sql(expected, live, [ch], keep.renames, dialect),
        ))
    undo_all = undo.to_sql(dialect) if undo.changes else ""
    keep_all = keep.to_sql(dialect) if keep.changes else ""
    return tuple(out), undo_all, keep_all


def _scratch_for(live_url: str, scratch_url: str | None) -> tuple[str | None, str]:
    """The scratch server to use (``None``: a temporary SQLite file) and the live dialect."""
    from ..dialects import support_for
    from ..reflect.session import parse_url

    live = support_for(parse_url(live_url).get_backend_name())
    if scratch_url is None:
        if not live.is_file_database:
            raise SchemaNBError(
                f"--deployed {mask_url(live_url)} is a {live.name} database: give --scratch-url "
                f"URL, a {live.name} server where a scratch database may be created and dropped"
            )
        return None, live.name
    scratch = support_for(parse_url(scratch_url).get_backend_name())
    if scratch.name != live.name:
        raise SchemaNBError(
            f"--scratch-url is {scratch.name} but the deployed database is {live.name} — "
            "the migrations must run on the same kind of database"
        )
    if scratch.is_file_database:
        return None, live.name
    return scratch_url, live.name


def _schema_at(alembic_ini: str, scratch: str | None, revs: Sequence[str]) -> Schema:
    from ..reflect import inspect

    with scratch_database(scratch) as url:
        config = alembic_config(alembic_ini, url)
        for rev in revs:
            alembic_upgrade(config, rev)
        return without_alembic_version(inspect(url))


def _bisect(
    history: _History, alembic_ini: str, scratch: str | None, live: Schema, ignore: Sequence[str]
) -> tuple[str, tuple[tuple[str, int], ...]]:
    """Build every revision in turn; the one with the fewest changes against ``live``."""
    from ..diff import diff
    from ..reflect import inspect

    scores: list[tuple[str, int]] = []
    applied: frozenset[str] = frozenset()
    stack = contextlib.ExitStack()
    url = ""
    try:
        for rev in history.order:
            needed = history.ancestors([rev])
            if not url or not applied <= needed:
                # A sibling branch: start again on a fresh scratch database.
                stack.close()
                stack = contextlib.ExitStack()
                url = stack.enter_context(scratch_database(scratch))
            alembic_upgrade(alembic_config(alembic_ini, url), rev)
            applied = needed
            built = without_alembic_version(inspect(url))
            scores.append((rev, len(diff(built, live, ignore=tuple(ignore)).changes)))
    finally:
        stack.close()
    best = min(scores, key=lambda s: s[1])[1]
    # Ties: the latest revision (a data-only migration leaves the schema as it was).
    chosen = [rev for rev, n in scores if n == best][-1]
    return chosen, tuple(scores)


def deployed(
    alembic_ini: str,
    url: str,
    *,
    scratch_url: str | None = None,
    bisect: bool = False,
    ignore: Sequence[str] = (),
    name: str = "prod",
    schemas: Any = None,
) -> DeployedReport:
    """Which revision the database at ``url`` is at, and what was changed outside migrations.

    Args:
        alembic_ini: the project's ``alembic.ini``.
        url: the deployed database; only read (a read-only session).
        scratch_url: a server of the same dialect where a scratch database may be
            created and dropped (needed unless ``url`` is SQLite: then a temporary file).
        bisect: when ``alembic_version`` is missing or names an unknown revision,
            build every revision and report the closest one.
        ignore: patterns as for :func:`schemanb.diff`.
        name: what to call the database in the report.

    Example:
        >>> from schemanb.check import deployed
        >>> print(deployed("alembic.ini", "sqlite:///prod.db").to_text())  # doctest: +SKIP
    """
    from ..reflect import inspect

    target = mask_url(url)
    scratch, dialect = _scratch_for(url, scratch_url)
    history = _History(alembic_ini)
    recorded = read_alembic_version(url)
    problem = None
    if recorded is None:
        problem = f"{name} has no alembic_version table — it was not deployed with these migrations"
    elif not recorded:
        problem = f"{name}'s alembic_version is empty — no revision is recorded"
    else:
        unknown = [r for r in recorded if r not in history.known]
        if unknown:
            problem = (
                f"{name}'s alembic_version names {', '.join(unknown)}, which this project's "
                "migrations do not know"
            )
    live = without_alembic_version(inspect(url, schemas=schemas))
    report = DeployedReport(target=target, name=name, dialect=dialect, recorded=recorded or (),
                            problem=problem)
    if problem and not bisect:
        return report
    if problem or bisect:
        if not history.order:
            raise SchemaNBError(f"{alembic_ini} has no revisions to bisect")
        rev, scores = _bisect(history, alembic_ini, scratch, live, ignore)
        revs: tuple[str, ...] = (rev,)
        report = dataclasses.replace(report, bisected=True, scores=scores)
    else:
        revs = recorded or ()
    expected = _schema_at(alembic_ini, scratch, revs)
    changes, undo_all, keep_all = _hand_changes(expected, live, dialect, ignore)
    return dataclasses.replace(
        report,
        revisions=tuple(history.info(r) for r in revs),
        changes=changes,
        undo_sql=undo_all,
        keep_sql=keep_all,
    )


__all__ = ["DeployedReport", "HandChange", "Revision", "deployed", "read_alembic_version"]
