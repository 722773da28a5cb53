"""``python -m bench reflect``: how fast schemanb reads a large schema, beside its peers.

For each dialect and size, a synthetic schema of N tables (mixed types, a foreign
key chain, indexes, CHECKs, UNIQUEs, comments, one view per ten tables) is
created in a throwaway database, then each case runs in a fresh process
(:mod:`bench._harness`), ``--repeat`` times:

* ``schemanb.inspect``   — the whole snapshot (``schemanb.inspect(url)``);
* ``catalog queries``    — the lower bound: the few bulk catalog queries that
  fetch all columns, constraints, indexes, comments and views (PostgreSQL:
  ``pg_catalog``; MariaDB: ``information_schema``; SQLite: ``sqlite_master`` and
  the pragma functions), rows fetched, nothing built;
* ``Inspector get_multi`` — SQLAlchemy's bulk ``get_multi_*`` calls;
* ``MetaData.reflect``   — ``MetaData().reflect(engine)``;
* ``per-table loop``     — the Inspector's one-table calls, table by table.

Each case opens its own connection inside the timed part. Printed: the median
wall seconds, the ratio to the lower bound and to schemanb, the client process's
own CPU seconds (steadier on a busy machine; the server's work is not in it),
the process's peak RSS and its growth over the imports. Targets (the issue's, PostgreSQL, 1,000 tables): schemanb at
most 2x the catalog queries, at least 3x faster than ``MetaData.reflect``, peak
under 100 MB; time and memory linear in N (run ``--tables 250,500,1000``).

Usage::

    python -m bench reflect --tables 1000 [--dialects postgresql,mariadb,sqlite]
        [--repeat 3] [--skip-slow]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ._harness import Case, Measurement, measure, print_table

ADMIN_URLS = {
    "postgresql": os.environ.get(
        "SCHEMANB_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    ),
    "mariadb": os.environ.get("SCHEMANB_TEST_MARIADB", "mysql+pymysql://root@127.0.0.1:3306/test"),
}

# --------------------------------------------------------------------- the schema


def synthetic_metadata(n_tables: int, *, comments: bool = True):  # type: ignore[no-untyped-def]
    """N tables: 10 columns of mixed types, a FK chain, 2 indexes, a CHECK, comments."""
    import sqlalchemy as sa

    md = sa.MetaData()
    for i in range(n_tables):
        cols = [
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("name", sa.String(100), nullable=False, server_default=""),
            sa.Column("amount", sa.Numeric(12, 2), server_default="0"),
            sa.Column("created", sa.DateTime, server_default=sa.func.current_timestamp()),
            sa.Column("active", sa.Boolean, server_default=sa.true()),
            sa.Column("note", sa.Text, comment="free text" if comments else None),
            sa.Column("qty", sa.Integer),
            sa.Column("ratio", sa.Float),
            sa.Column("day", sa.Date),
        ]
        if i:
            cols.append(
                sa.Column("parent_id", sa.ForeignKey(f"t{i - 1:05d}.id", ondelete="CASCADE"))
            )
        if i % 3 == 0:
            cols.append(sa.Column("code", sa.String(20), unique=True))
        sa.Table(
            f"t{i:05d}",
            md,
            *cols,
            sa.CheckConstraint("qty >= 0", name=f"ck_t{i:05d}_qty"),
            sa.Index(f"ix_t{i:05d}_name", "name"),
            sa.Index(f"ix_t{i:05d}_created_active", "created", "active"),
            comment=f"table number {i}" if comments else None,
        )
    return md


def _view_statements(n_tables: int) -> list[str]:
    return [
        f"CREATE VIEW v{i:05d} AS SELECT id, name, amount FROM t{i:05d} WHERE qty > 0"
        for i in range(0, n_tables, 10)
    ]


@contextmanager
def throwaway_database(dialect: str, n_tables: int) -> Iterator[str]:
    """A database holding the synthetic schema; dropped afterwards. Yields its URL."""
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    name = f"schemanb_bench_{uuid.uuid4().hex[:10]}"
    with tempfile.TemporaryDirectory() as tmp:
        if dialect == "sqlite":
            url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        else:
            admin = sa.create_engine(ADMIN_URLS[dialect], isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.exec_driver_sql(f"CREATE DATABASE {name}")
            admin.dispose()
            url = make_url(ADMIN_URLS[dialect]).set(database=name).render_as_string(False)
        try:
            engine = sa.create_engine(url)
            md = synthetic_metadata(n_tables, comments=dialect != "sqlite")
            tables = md.sorted_tables
            # In batches: one transaction creating 1,000 tables can exhaust
            # PostgreSQL's lock table (max_locks_per_transaction) on a busy server.
            for start in range(0, len(tables), 100):
                md.create_all(engine, tables=tables[start : start + 100])
            with engine.begin() as conn:
                for statement in _view_statements(n_tables):
                    conn.exec_driver_sql(statement)
                if dialect == "postgresql":
                    conn.exec_driver_sql("ANALYZE")
            engine.dispose()
            yield url
        finally:
            if dialect != "sqlite":
                admin = sa.create_engine(ADMIN_URLS[dialect], isolation_level="AUTOCOMMIT")
                force = " WITH (FORCE)" if dialect == "postgresql" else ""
                with admin.connect() as conn:
                    conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}{force}")
                admin.dispose()


# ---------------------------------------------------------------------- the cases

_SETUP = """
import sqlalchemy as sa
import schemanb
URL = {url!r}
"""

#: The lower bound: the bulk catalog queries, rows fetched, nothing built.
CATALOG_QUERIES = {
    "postgresql": [
        # every column of every table and view, with type, default, identity, comment
        """SELECT c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
                  a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity,
                  a.attgenerated, pg_catalog.col_description(c.oid, a.attnum), co.collname
           FROM pg_catalog.pg_attribute a
           JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
           LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
             AND a.attnum > 0 AND NOT a.attisdropped""",
        # every constraint (PK, FK, UNIQUE, CHECK) with its definition
        """SELECT c.relname, k.conname, k.contype, pg_catalog.pg_get_constraintdef(k.oid, true)
           FROM pg_catalog.pg_constraint k
           JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public'""",
        # every index with its definition and predicate
        """SELECT c.relname, i.relname, pg_catalog.pg_get_indexdef(x.indexrelid),
                  x.indisunique, x.indisprimary, pg_catalog.pg_get_expr(x.indpred, x.indrelid)
           FROM pg_catalog.pg_index x
           JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
           JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public'""",
        # every relation with its comment, row estimate and view definition
        """SELECT c.relname, c.relkind, pg_catalog.obj_description(c.oid, 'pg_class'), c.reltuples,
                  CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END
           FROM pg_catalog.pg_class c
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')""",
    ],
    "mariadb": [
        """SELECT table_name, column_name, column_type, is_nullable, column_default, extra,
                  generation_expression, column_comment, collation_name
           FROM information_schema.columns WHERE table_schema = DATABASE()""",
        """SELECT k.table_name, k.constraint_name, k.column_name, k.referenced_table_name,
                  k.referenced_column_name, r.update_rule, r.delete_rule
           FROM information_schema.key_column_usage k
           LEFT JOIN information_schema.referential_constraints r
             ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name
           WHERE k.table_schema = DATABASE()""",
        """SELECT table_name, index_name, non_unique, seq_in_index, column_name, sub_part, index_type
           FROM information_schema.statistics WHERE table_schema = DATABASE()""",
        """SELECT table_name, constraint_name, check_clause
           FROM information_schema.check_constraints WHERE constraint_schema = DATABASE()""",
        """SELECT table_name, table_type, table_comment, table_rows
           FROM information_schema.tables WHERE table_schema = DATABASE()""",
        """SELECT table_name, view_definition FROM information_schema.views
           WHERE table_schema = DATABASE()""",
    ],
    "sqlite": [
        "SELECT type, name, tbl_name, sql FROM sqlite_master",
        """SELECT m.name, c.* FROM sqlite_master m, pragma_table_xinfo(m.name) c
           WHERE m.type IN ('table', 'view')""",
        """SELECT m.name, f.* FROM sqlite_master m, pragma_foreign_key_list(m.name) f
           WHERE m.type = 'table'""",
        """SELECT m.name, l.name, l.\"unique\", l.origin, l.partial, i.*
           FROM sqlite_master m, pragma_index_list(m.name) l, pragma_index_xinfo(l.name) i
           WHERE m.type = 'table'""",
    ],
}

_MULTI = """
insp = sa.inspect(conn)
kind = sa.engine.reflection.ObjectKind.TABLE
parts = [
    insp.get_multi_columns(kind=kind), insp.get_multi_pk_constraint(kind=kind),
    insp.get_multi_foreign_keys(kind=kind), insp.get_multi_indexes(kind=kind),
    insp.get_multi_unique_constraints(kind=kind), insp.get_multi_check_constraints(kind=kind),
]
if DIALECT != "sqlite":
    parts.append(insp.get_multi_table_comment(kind=kind))
result = len(parts[0])
"""

_LOOP = """
insp = sa.inspect(conn)
names = insp.get_table_names()
for name in names:
    insp.get_columns(name); insp.get_pk_constraint(name); insp.get_foreign_keys(name)
    insp.get_indexes(name); insp.get_unique_constraints(name); insp.get_check_constraints(name)
    if DIALECT != "sqlite":
        insp.get_table_comment(name)
result = len(names)
"""


def _connected(body: str) -> str:
    indented = "\n".join("    " + line for line in body.strip().splitlines())
    return f"engine = sa.create_engine(URL)\nwith engine.connect() as conn:\n{indented}\nengine.dispose()\n"


def cases(dialect: str, url: str, *, skip_slow: bool) -> list[Case]:
    setup = _SETUP.format(url=url) + f"DIALECT = {dialect!r}\n"
    queries = "\n".join(
        f"rows += len(conn.exec_driver_sql({q!r}).all())" for q in CATALOG_QUERIES[dialect]
    )
    out = [
        Case("schemanb.inspect", setup=setup, body="result = len(schemanb.inspect(URL).tables)"),
        Case("catalog queries", setup=setup, body=_connected("rows = 0\n" + queries + "\nresult = rows")),
        Case("Inspector get_multi", setup=setup, body=_connected(_MULTI)),
        Case(
            "MetaData.reflect",
            setup=setup,
            body=_connected("md = sa.MetaData()\nmd.reflect(conn)\nresult = len(md.tables)"),
        ),
    ]
    if not skip_slow:
        out.append(Case("per-table loop", setup=setup, body=_connected(_LOOP)))
    return out


# ------------------------------------------------------------------------ report


def report(dialect: str, n_tables: int, measured: list[Measurement]) -> list[list[object]]:
    lower = next(m for m in measured if m.case.name == "catalog queries").median
    ours = next(m for m in measured if m.case.name == "schemanb.inspect").median
    rows = []
    for m in measured:
        rows.append(
            [
                dialect,
                n_tables,
                m.case.name,
                f"{m.median:.3f}",
                f"{m.median / lower:.2f}x",
                f"{m.median / ours:.2f}x",
                f"{m.cpu_median:.3f}",
                f"{m.peak_mb:.0f}",
                f"{m.peak_mb - m.base_mb:.0f}",
                m.result,
            ]
        )
    return rows


HEADERS = [
    "dialect", "tables", "case", "median s", "vs catalog", "vs schemanb", "client cpu s",
    "peak MB", "+MB", "result",
]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench reflect", description=__doc__.splitlines()[0])
    parser.add_argument("--tables", default="1000", help="table counts, comma-separated (default 1000)")
    parser.add_argument("--dialects", default="postgresql,mariadb,sqlite")
    parser.add_argument("--repeat", type=int, default=3, help="fresh-process runs per case (default 3)")
    parser.add_argument("--skip-slow", action="store_true", help="leave out the per-table loop")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.tables.split(",")]
    rows: list[list[object]] = []
    for dialect in args.dialects.split(","):
        for n in sizes:
            with throwaway_database(dialect, n) as url:
                measured = [measure(c, repeat=args.repeat) for c in cases(dialect, url, skip_slow=args.skip_slow)]
            block = report(dialect, n, measured)
            print_table(HEADERS, block)
            print(flush=True)
            rows += block
    if len(rows) > len(HEADERS):
        print("all runs:")
        print_table(HEADERS, rows)
    return 0
