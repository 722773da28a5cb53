"""Property: for random schemas A and random edits B, the diff's SQL converges and reverts.

On SQLite and PostgreSQL; examples are small and few so the area stays fast.
Renames the diff proposes on its own (a column dropped and a similar one added)
are part of the property: they must converge too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from converge import check_convergence
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pool import _Pool, pair_for
from strategies import edited, schemas, to_metadata

SETTINGS = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@st.composite
def pairs(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    a = draw(schemas())
    b = draw(edited(a))
    return a, b


def _run(kind: str, tmp_path: Path, pool: _Pool, spec) -> None:  # type: ignore[no-untyped-def]
    a, b = spec
    if a == b:
        return
    db_a, db_b = pair_for(kind, tmp_path, pool)
    to_metadata(a).create_all(db_a.engine)
    to_metadata(b).create_all(db_b.engine)
    db_a.engine.dispose()
    db_b.engine.dispose()
    from converge import snapshot

    from schemanb.diff import diff

    if diff(snapshot(db_a), snapshot(db_b)).is_empty:
        return
    check_convergence(db_a, db_b)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
@SETTINGS
@given(spec=pairs())
def test_random_edits_converge(kind: str, spec, tmp_path: Path, _pool: _Pool) -> None:  # type: ignore[no-untyped-def]
    _run(kind, tmp_path, _pool, spec)
