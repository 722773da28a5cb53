"""Convergence of every diff case in ``tests/cases/<name>/`` on every dialect.

Each case holds ``a.sql`` and ``b.sql`` (identifiers in double quotes; MariaDB
loads them with ``ANSI_QUOTES``), optional ``a.<dialect>.sql``/``b.<dialect>.sql``
overrides, and a one-line README. An override whose first line is ``-- skip:``
says why the case does not apply to that dialect. Files named ``down.<dialect>``
containing ``irreversible`` mark cases whose downgrade must be refused. An
optional ``renames`` file lists ``old -> new`` rename decisions to accept, and
an optional ``keep.sql`` is a query run after the upgrade whose first line
``-- expect: VALUE`` says what it must return (the rows survived the change).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from converge import check_convergence, load

from schemanb.errors import MigrationError
from schemanb.migrate.sql import render_statements

CASES = Path(__file__).parent.parent / "cases"
CASE_NAMES = sorted(p.name for p in CASES.iterdir() if (p / "b.sql").exists() or any(p.glob("b.*.sql")))


def _case_sql(case: Path, side: str, kind: str) -> str | None:
    for name in (f"{side}.{kind}.sql", f"{side}.sql"):
        path = case / name
        if path.exists():
            return path.read_text(encoding="utf-8")
    return None


@pytest.mark.parametrize("case", CASE_NAMES)
def test_case_converges(case: str, db_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = db_pair
    folder = CASES / case
    a_sql, b_sql = _case_sql(folder, "a", db_a.kind), _case_sql(folder, "b", db_a.kind)
    for text in (a_sql, b_sql):
        if text is None or text.startswith("-- skip:"):
            pytest.skip((text or "-- skip: no SQL for this dialect").splitlines()[0][3:].strip())
    load(db_a, a_sql)
    load(db_b, b_sql)
    marker = folder / f"down.{db_a.kind}"
    irreversible = marker.exists() and "irreversible" in marker.read_text()
    renames = (folder / "renames").read_text(encoding="utf-8").splitlines() if (folder / "renames").exists() else []
    keep = None
    if (folder / "keep.sql").exists():
        text = (folder / "keep.sql").read_text(encoding="utf-8")
        keep = (text, text.splitlines()[0].split("expect:", 1)[1].strip())
    d = check_convergence(db_a, db_b, downgrade=not irreversible, renames=[r for r in renames if r.strip()], keep=keep)
    if irreversible:
        with pytest.raises(MigrationError, match="cannot reverse"):
            render_statements(d, direction="downgrade")
