"""Helpers for users' pytest suites: fail with a readable schema diff.

Example (in a project's tests)::

    from schemanb.testing import assert_schema_matches

    def test_database_matches_models(engine):
        assert_schema_matches(Base.metadata, engine, ignore=["alembic_version"])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .model import Schema


class SchemaMismatch(AssertionError):
    """Raised by :func:`assert_schema_matches`; ``.diff`` holds the SchemaDiff."""

    def __init__(self, message: str, diff: Any) -> None:
        super().__init__(message)
        self.diff = diff


def _snapshot(source: Any, dialect: str | None) -> Schema:
    from .reflect import inspect

    return inspect(source, dialect=dialect)


def assert_schema_matches(
    expected: Any,
    actual: Any,
    *,
    ignore: Sequence[str] = (),
    portable: bool = False,
) -> None:
    """Fail when ``actual`` differs from ``expected``; the message is the readable diff:
    every change on a line under its table (risk, kind, object, before -> after, the
    risk notes), then the stat line.

    Each side is anything :func:`schemanb.inspect` reads: a URL, an Engine, a
    MetaData/declarative base, a snapshot file or a Schema. A MetaData is
    rendered for the dialect of the other side.

    Args:
        ignore: patterns of tables, ``table.column`` or ``kind:<change kind>``.
        portable: compare generic types (e.g. SQLite models vs PostgreSQL).
    """
    from .diff import diff

    actual_schema = _snapshot(actual, None) if not _is_models(actual) else None
    expected_schema = _snapshot(
        expected, actual_schema.info.dialect if actual_schema is not None else None
    )
    if actual_schema is None:
        actual_schema = _snapshot(actual, expected_schema.info.dialect)
    result = diff(expected_schema, actual_schema, ignore=tuple(ignore), portable=portable)
    if result.changes:
        raise SchemaMismatch(
            f"schema does not match ({len(result.changes)} changes, expected -> actual):\n"
            + result.to_text(),
            result,
        )


def _is_models(source: Any) -> bool:
    import sqlalchemy as sa

    return isinstance(source, sa.MetaData) or isinstance(getattr(source, "metadata", None), sa.MetaData)
