"""Comment coverage, as tbls measures it: how much of a schema is documented.

Every table and view counts once for its own comment and once per column for
each column's comment: ``coverage = documented / (tables + views + their
columns)``. :func:`comment_coverage` returns the totals and a row per table or
view (:class:`Coverage`); :func:`coverage_frames` the same as two DataFrames, one
row per table/view and one per column. ``schemanb lint --min-coverage 80`` fails
below 80 % (tbls' ``coverage``), and :attr:`Coverage.percent` is the figure a
site's index shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Schema

if TYPE_CHECKING:
    import pandas as pd

#: Columns of the per-table coverage frame.
TABLE_COVERAGE_COLUMNS = (
    "schema", "table", "kind", "commented", "columns", "columns_commented", "covered", "total",
    "coverage",
)
#: Columns of the per-column coverage frame.
COLUMN_COVERAGE_COLUMNS = ("schema", "table", "column", "commented")


@dataclass(frozen=True, slots=True)
class TableCoverage:
    """One table's (or view's) comment coverage."""

    schema: str | None
    table: str
    kind: str  # "table" or "view"
    commented: bool
    columns: int
    columns_commented: int

    @property
    def covered(self) -> int:
        return int(self.commented) + self.columns_commented

    @property
    def total(self) -> int:
        return 1 + self.columns

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.total


@dataclass(frozen=True, slots=True)
class Coverage:
    """A schema's comment coverage: the totals and a :class:`TableCoverage` per table and view."""

    tables: tuple[TableCoverage, ...]

    @property
    def covered(self) -> int:
        return sum(t.covered for t in self.tables)

    @property
    def total(self) -> int:
        return sum(t.total for t in self.tables)

    @property
    def percent(self) -> float:
        """Documented objects in % (100 for a schema with nothing to document)."""
        return 100.0 * self.covered / self.total if self.total else 100.0

    def summary(self) -> str:
        """``comment coverage 42.1% (8 of 19 tables, views and columns)``."""
        return (
            f"comment coverage {self.percent:.1f}% ({self.covered} of {self.total} "
            "tables, views and columns)"
        )


def comment_coverage(schema: Schema) -> Coverage:
    """The comment coverage of ``schema``'s tables and views.

    >>> from schemanb.model import Column, Schema, Table
    >>> t = Table(name="t", comment="x", columns=(
    ...     Column(name="a", type_sql="INT", type_generic="INTEGER", comment="y"),
    ...     Column(name="b", type_sql="INT", type_generic="INTEGER")))
    >>> comment_coverage(Schema(tables=(t,))).summary()
    'comment coverage 66.7% (2 of 3 tables, views and columns)'
    """
    rows = [
        TableCoverage(
            schema=obj.schema,
            table=obj.name,
            kind=kind,
            commented=bool(obj.comment),
            columns=len(obj.columns),
            columns_commented=sum(1 for c in obj.columns if c.comment),
        )
        for kind, objs in (("table", schema.tables), ("view", schema.views))
        for obj in objs
    ]
    return Coverage(tables=tuple(rows))


def coverage_frames(schema: Schema) -> dict[str, pd.DataFrame]:
    """``{"tables": one row per table/view, "columns": one row per column}`` of coverage."""
    import pandas as pd

    cov = comment_coverage(schema)
    tables = pd.DataFrame.from_records(
        [
            (t.schema, t.table, t.kind, t.commented, t.columns, t.columns_commented, t.covered,
             t.total, round(t.percent, 1))
            for t in cov.tables
        ],
        columns=list(TABLE_COVERAGE_COLUMNS),
    )
    columns = pd.DataFrame.from_records(
        [
            (obj.schema, obj.name, c.name, bool(c.comment))
            for objs in (schema.tables, schema.views)
            for obj in objs
            for c in obj.columns
        ],
        columns=list(COLUMN_COVERAGE_COLUMNS),
    )
    return {"tables": tables, "columns": columns}


__all__ = [
    "COLUMN_COVERAGE_COLUMNS", "TABLE_COVERAGE_COLUMNS", "Coverage", "TableCoverage",
    "comment_coverage", "coverage_frames",
]
