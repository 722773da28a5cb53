"""The demo's drift: the sample's dev schema migrated to prod (and back) on every dialect.

This is the realistic case -- views over changed tables, checks, partial
indexes, comments, FKs -- and what ``schemanb demo`` shows.
"""

from __future__ import annotations

from converge import check_convergence

from schemanb.sample import build_sample


def test_sample_dev_migrates_to_prod_and_back(db_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = db_pair
    build_sample(db_a.url, "dev")
    build_sample(db_b.url, "prod")
    d = check_convergence(db_a, db_b)
    assert len(d.changes) >= 7
