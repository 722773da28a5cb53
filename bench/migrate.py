"""``python -m bench migrate``: migration rendering speed, beside Alembic autogenerate.

Two SQLite databases are built once: A with N tables (default 300; each with a
key, 6 columns, an index and an FK to the previous table) and B = A plus ~15 %
edits (columns added, dropped and retyped, indexes added, tables added and
dropped). Each case runs in a fresh process (median of ``--repeat`` runs):

* ``schemanb sql`` -- ``diff(inspect(A), inspect(B)).to_sql("postgresql")``
  from two saved snapshots (the diff plus the ordered offline SQL);
* ``schemanb alembic`` -- the same diff rendered as a revision file
  (upgrade and downgrade);
* ``alembic autogenerate`` -- Alembic's own path for comparison: reflect B into
  MetaData, ``produce_migrations`` against a connection to A, render the
  upgrade and downgrade with ``render_python_code``.

Options: ``--tables N``, ``--repeat N``.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from bench._harness import Case, measure, print_table


def _build(path: Path, tables: int, *, edited: bool, seed: int = 7) -> None:
    import sqlalchemy as sa

    rng = random.Random(seed)
    meta = sa.MetaData()
    previous = None
    for i in range(tables):
        dropped = edited and rng.random() < 0.03
        cols = [sa.Column("id", sa.Integer, primary_key=True)]
        for j in range(6):
            if edited and rng.random() < 0.03:
                continue  # column dropped
            type_ = sa.String(50 if not (edited and rng.random() < 0.03) else 120)
            cols.append(sa.Column(f"c{j}", type_ if j % 2 else sa.Integer))
        if edited and rng.random() < 0.05:
            cols.append(sa.Column("added", sa.Text))
        if previous is not None:
            cols.append(sa.Column("prev_id", sa.Integer, sa.ForeignKey(previous.c.id)))
        if dropped:
            continue
        table = sa.Table(f"t{i:04d}", meta, *cols)
        sa.Index(f"ix_t{i:04d}", table.c.id, table.c.c1 if "c1" in table.c else table.c.id)
        if edited and rng.random() < 0.05 and "c2" in table.c:
            sa.Index(f"ix2_t{i:04d}", table.c.c2)
        previous = table
    if edited:
        sa.Table("brand_new", meta, sa.Column("id", sa.Integer, primary_key=True), sa.Column("x", sa.Text))
    engine = sa.create_engine(f"sqlite:///{path}")
    meta.create_all(engine)
    engine.dispose()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench migrate")
    parser.add_argument("--tables", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench_migrate_"))
    a_db, b_db = work / "a.sqlite", work / "b.sqlite"
    _build(a_db, args.tables, edited=False)
    _build(b_db, args.tables, edited=True)
    setup_snap = (
        "import schemanb\n"
        f"a = schemanb.inspect('sqlite:///' + {str(a_db)!r}); b = schemanb.inspect('sqlite:///' + {str(b_db)!r})\n"
        "from schemanb.diff import diff\nimport schemanb.migrate.sql, schemanb.migrate.revision\n"
    )
    cases = [
        Case("schemanb sql", setup=setup_snap,
             body="d = diff(a, b)\nsql = d.to_sql('postgresql')\nresult = len(d.changes)"),
        Case("schemanb alembic", setup=setup_snap,
             body="d = diff(a, b)\ntext = d.to_alembic(dialect='postgresql')\nresult = len(d.changes)"),
        Case(
            "alembic autogenerate",
            setup=(
                "import sqlalchemy as sa\nfrom alembic.migration import MigrationContext\n"
                "from alembic.autogenerate import produce_migrations, render_python_code\n"
                f"ea = sa.create_engine('sqlite:///{a_db}'); eb = sa.create_engine('sqlite:///{b_db}')\n"
            ),
            body=(
                "mb = sa.MetaData(); mb.reflect(eb)\n"
                "with ea.connect() as conn:\n"
                "    script = produce_migrations(MigrationContext.configure(conn), mb)\n"
                "up = render_python_code(script.upgrade_ops); down = render_python_code(script.downgrade_ops)\n"
                "result = len(script.upgrade_ops.as_diffs())"
            ),
        ),
    ]
    results = [measure(c, repeat=args.repeat) for c in cases]
    base = results[2].median
    rows = [
        [m.case.name, f"{m.median:.3f}", f"{m.median / base:.2f}x", f"{m.peak_mb:.0f}", m.runs[0].result]
        for m in results
    ]
    print(f"migration rendering, {args.tables} tables (SQLite A -> B), median of {args.repeat}")
    print_table(["case", "median s", "vs alembic", "peak MB", "changes"], rows)
    return 0
