"""``python -m bench diff``: rename detection quality and diff speed, beside Alembic.

Three parts, each measured case in a fresh process:

* ``renames`` — a seeded benchmark of random edits on 300 realistic tables:
  column renames (a word added or dropped, abbreviated, camelCased, a typo
  fixed, case changed), unrelated columns dropped and added, type and
  nullability changes, table renames. Prints precision and recall of the
  column and table renames :func:`schemanb.diff` proposes at the default
  threshold (target: both at least 0.95 on columns).
* ``memory`` — ``diff(a, b)`` of two in-memory 1,000-table snapshots (b is a
  with ~150 edits); median of 7 runs inside one child (target < 0.2 s).
* ``postgres`` — two 1,000-table PostgreSQL databases (B = A plus edits);
  ``schemanb diff URL_A URL_B`` as a whole process versus Alembic's
  ``compare_metadata`` of A against B's reflected metadata (reflect B, then
  compare, in one process). Prints medians, the ratio, peak RSS, the number of
  changes each found and whether schemanb found every table/column Alembic
  touched. Skipped when the server is unreachable.

Options: ``--parts renames,memory,postgres``, ``--repeat N`` (process runs per
case, default 3), ``--tables N`` (default 1000), ``--pg URL`` (admin URL).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get("SCHEMANB_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

WORDS = ["name", "customer", "order", "product", "price", "amount", "total", "quantity", "status", "email", "phone", "address", "city", "country", "postal", "code", "created", "updated", "deleted", "date", "time", "user", "account", "balance", "currency", "description", "title", "body", "comment", "rating", "score", "category", "parent", "owner", "manager", "employee", "salary", "department", "region", "warehouse", "stock", "supplier", "invoice", "payment", "method", "reference", "number", "label", "color", "size", "weight", "height", "width", "length", "discount", "tax", "shipping", "tracking", "carrier", "note", "active", "verified", "locked", "attempts", "token", "secret", "hash", "version", "source", "target"]
SUFFIXES = ("id", "at", "code", "name", "count", "total", "flag", "ref", "date", "value")
TYPES = (("INTEGER", "INTEGER"), ("BIGINT", "BIGINT"), ("VARCHAR(100)", "VARCHAR(100)"),
         ("VARCHAR(255)", "VARCHAR(255)"), ("TEXT", "TEXT"), ("TIMESTAMP", "DATETIME"),
         ("NUMERIC(12, 2)", "NUMERIC(12, 2)"), ("BOOLEAN", "BOOLEAN"), ("DATE", "DATE"))


# ------------------------------------------------------------------ synthetic data


def _column_name(rng: random.Random, used: set[str]) -> str:
    while True:
        parts = [rng.choice(WORDS)]
        if rng.random() < 0.6:
            parts.append(rng.choice(SUFFIXES))
        name = "_".join(parts)
        if name not in used:
            used.add(name)
            return name


def synthetic(n: int, *, seed: int, dialect: str = "postgresql"):  # type: ignore[no-untyped-def]
    """``n`` tables with realistic names, 5-12 columns, FKs to earlier tables."""
    from schemanb import model

    rng = random.Random(seed)
    tables = []
    for i in range(n):
        used = {"id"}
        cols = [model.Column(name="id", type_sql="INTEGER", type_generic="INTEGER",
                             nullable=False)]
        fks = []
        if i and rng.random() < 0.6:
            parent = tables[rng.randrange(i)].name
            cols.append(model.Column(name=f"{parent}_id", type_sql="INTEGER",
                                     type_generic="INTEGER"))
            used.add(f"{parent}_id")
            fks.append(model.ForeignKey(columns=(f"{parent}_id",),
                                        referred_table=model.TableKey(None, parent),
                                        referred_columns=("id",)))
        for _ in range(rng.randint(4, 11)):
            ts, tg = rng.choice(TYPES)
            cols.append(model.Column(name=_column_name(rng, used), type_sql=ts, type_generic=tg,
                                     nullable=rng.random() < 0.6))
        name = f"{rng.choice(WORDS)}_{rng.choice(WORDS)}_{i}"
        tables.append(model.Table(name=name, columns=tuple(cols),
                                  primary_key=model.PrimaryKey(columns=("id",)),
                                  foreign_keys=tuple(fks)))
    tables.sort(key=lambda t: t.name)
    return model.Schema(info=model.SnapshotInfo(dialect=dialect), tables=tuple(tables))


def renamed(rng: random.Random, name: str) -> str:
    """A realistic new name for a column."""
    parts = name.split("_")
    how = rng.choice(("add", "drop", "abbrev", "camel", "typo", "case", "add"))
    if how == "add":
        extra = rng.choice(SUFFIXES + ("new", "main", "primary", "old"))
        return "_".join(parts + [extra]) if rng.random() < 0.5 else "_".join([extra] + parts)
    if how == "drop" and len(parts) > 1:
        return "_".join(parts[:-1]) if rng.random() < 0.5 else "_".join(parts[1:])
    if how == "abbrev" and len(parts[0]) > 4:
        word = parts[0]
        short = word[0] + "".join(ch for ch in word[1:] if ch not in "aeiou")[:3]
        return "_".join([short] + parts[1:])
    if how == "camel" and len(parts) > 1:
        return parts[0] + "".join(p.title() for p in parts[1:])
    if how == "typo" and len(name) > 4:
        i = rng.randrange(1, len(name) - 2)
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name.upper() if how == "case" else name + "_v2"


def edit(schema, *, seed: int, rate: float = 0.15):  # type: ignore[no-untyped-def]
    """``schema`` with random edits; returns (new schema, true column renames, table renames)."""
    from schemanb import model

    rng = random.Random(seed)
    renames: set[tuple[str, str, str]] = set()
    table_renames: set[tuple[str, str]] = set()
    tables = []
    for table in schema.tables:
        cols = list(table.columns)
        names = {c.name for c in cols}
        if rng.random() < rate:
            i = rng.randrange(1, len(cols))
            if cols[i].name not in table.fk_columns:
                new = renamed(rng, cols[i].name)
                if new not in names:
                    renames.add((table.name, cols[i].name, new))
                    cols[i] = dataclasses.replace(cols[i], name=new)
        if rng.random() < rate:  # an unrelated column dropped and another added
            i = rng.randrange(1, len(cols))
            if cols[i].name not in table.fk_columns and not any(
                r[0] == table.name and r[2] == cols[i].name for r in renames
            ):
                del cols[i]
                ts, tg = rng.choice(TYPES)
                cols.append(model.Column(name=_column_name(rng, set(names)), type_sql=ts,
                                         type_generic=tg))
        if rng.random() < rate:
            i = rng.randrange(1, len(cols))
            cols[i] = dataclasses.replace(cols[i], nullable=not cols[i].nullable)
        if rng.random() < rate / 2:
            ts, tg = rng.choice(TYPES)
            i = rng.randrange(1, len(cols))
            if cols[i].name not in table.fk_columns:
                cols[i] = dataclasses.replace(cols[i], type_sql=ts, type_generic=tg)
        new_table = dataclasses.replace(table, columns=tuple(cols))
        if rng.random() < rate / 5 and not table.foreign_keys:
            new_name = table.name.replace("_", "_x_", 1)
            table_renames.add((table.name, new_name))
            new_table = dataclasses.replace(new_table, name=new_name)
        tables.append(new_table)
    referenced = {fk.referred_table.name for t in tables for fk in t.foreign_keys}
    for old, new in list(table_renames):
        if old in referenced:  # keep FKs valid: undo renames of referenced tables
            table_renames.discard((old, new))
            tables = [dataclasses.replace(t, name=old) if t.name == new else t for t in tables]
    tables.sort(key=lambda t: t.name)
    return dataclasses.replace(schema, tables=tuple(tables)), renames, table_renames


# ------------------------------------------------------------------------- parts


SEEDS = (11, 23, 37, 41, 53)


def part_renames() -> dict[str, object]:
    from schemanb import diff

    truth: set = set()  # type: ignore[type-arg]
    table_truth: set = set()  # type: ignore[type-arg]
    found: set = set()  # type: ignore[type-arg]
    found_tables: set = set()  # type: ignore[type-arg]
    for seed in SEEDS:
        a = synthetic(300, seed=seed)
        b, true_cols, true_tables = edit(a, seed=seed + 1, rate=0.25)
        truth |= {(seed, *t) for t in true_cols}
        table_truth |= {(seed, *t) for t in true_tables}
        d = diff(a, b)
        table_map = {c.before.name: c.after.name for c in d.changes
                     if c.kind.value == "table_renamed"}
        back = {v: k for k, v in table_map.items()}
        found |= {(seed, back.get(c.ref.table.name, c.ref.table.name), c.before.name,
                   c.after.name) for c in d.changes if c.kind.value == "column_renamed"}
        found_tables |= {(seed, *t) for t in table_map.items()}

    def pr(found_set: set, truth_set: set) -> tuple[float, float]:  # type: ignore[type-arg]
        hit = len(found_set & truth_set)
        return (hit / len(found_set) if found_set else 1.0,
                hit / len(truth_set) if truth_set else 1.0)

    cp, cr = pr(found, truth)
    tp, tr = pr(found_tables, table_truth)
    return {"column_renames": len(truth), "column_found": len(found), "column_precision": cp,
            "column_recall": cr, "table_renames": len(table_truth),
            "table_found": len(found_tables), "table_precision": tp, "table_recall": tr,
            "misses": sorted(truth - found)[:5], "false": sorted(found - truth)[:5]}


def part_memory(n: int) -> dict[str, object]:
    from schemanb import diff

    a = synthetic(n, seed=3)
    b, _, _ = edit(a, seed=4, rate=0.05)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        d = diff(a, b)
        times.append(time.perf_counter() - start)
    same = []
    for _ in range(3):
        start = time.perf_counter()
        diff(a, a)
        same.append(time.perf_counter() - start)
    return {"median_s": statistics.median(times), "identical_median_s": statistics.median(same),
            "changes": len(d.changes)}


# ---------------------------------------------------------------------- postgres


def _pg_ddl(schema) -> list[str]:  # type: ignore[no-untyped-def]
    """CREATE statements for ``schema`` on PostgreSQL, compiled by SQLAlchemy."""
    import sqlalchemy as sa
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    kinds = {"INTEGER": sa.Integer(), "BIGINT": sa.BigInteger(), "TEXT": sa.Text(),
             "DATETIME": sa.DateTime(), "BOOLEAN": sa.Boolean(), "DATE": sa.Date(),
             "VARCHAR(100)": sa.String(100), "VARCHAR(255)": sa.String(255),
             "NUMERIC(12, 2)": sa.Numeric(12, 2)}
    md = sa.MetaData()
    for t in schema.tables:
        cols = [sa.Column(c.name, kinds[c.type_generic], nullable=c.nullable,
                          primary_key=c.name in t.pk_columns, autoincrement=False)
                for c in t.columns]
        fks = [sa.ForeignKeyConstraint(list(fk.columns), [f"{fk.referred_table.name}.id"])
               for fk in t.foreign_keys]
        sa.Table(t.name, md, *cols, *fks)
    dialect = postgresql.dialect()
    out = [str(CreateTable(t, include_foreign_key_constraints=()).compile(dialect=dialect))
           for t in md.sorted_tables]
    for t in md.sorted_tables:
        for fk in t.foreign_key_constraints:
            out.append(str(sa.schema.AddConstraint(fk).compile(dialect=dialect)))
        for ix in t.indexes:
            out.append(str(CreateIndex(ix).compile(dialect=dialect)))
    return out


def _pg_databases(n: int, admin: str) -> tuple[str, str, list[str]]:
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    a = synthetic(n, seed=21)
    b, _, _ = edit(a, seed=22, rate=0.05)
    names = [f"bench_diff_{uuid.uuid4().hex[:8]}_{s}" for s in ("a", "b")]
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for name in names:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    urls = []
    for name, schema in zip(names, (a, b)):
        url = make_url(admin).set(database=name).render_as_string(hide_password=False)
        eng = sa.create_engine(url)
        with eng.begin() as conn:
            for stmt in _pg_ddl(schema):
                conn.exec_driver_sql(stmt)
            conn.exec_driver_sql("ANALYZE")
        eng.dispose()
        urls.append(url)
    return urls[0], urls[1], names


def _drop_databases(names: list[str], admin: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for name in names:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    engine.dispose()


def child_alembic(url_a: str, url_b: str) -> dict[str, object]:
    """Alembic: reflect B's metadata, compare A's database against it."""
    import sqlalchemy as sa
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    start = time.perf_counter()
    eng_b = sa.create_engine(url_b)
    md = sa.MetaData()
    md.reflect(eng_b)
    eng_a = sa.create_engine(url_a)
    with eng_a.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(ctx, md)
    touched = set()
    for item in _flatten(diffs):
        op = item[0]
        if op in ("add_table", "remove_table"):
            touched.add((item[1].name, None))
        elif op in ("add_column", "remove_column"):
            touched.add((item[2], item[3].name))
        elif op.startswith("modify_"):
            touched.add((item[2], item[3]))
        elif op in ("add_index", "remove_index", "add_constraint", "remove_constraint",
                    "add_fk", "remove_fk"):
            touched.add((item[1].table.name, None))
    return {"seconds": time.perf_counter() - start, "changes": len(diffs),
            "touched": sorted([list(t) for t in touched])}


def _flatten(diffs):  # type: ignore[no-untyped-def]
    for d in diffs:
        if isinstance(d, list):
            yield from d
        else:
            yield d


def _touched_by_schemanb(path: Path) -> set[tuple[str, str | None]]:
    data = json.loads(path.read_text())
    touched: set[tuple[str, str | None]] = set()
    for c in data["changes"]:
        kind, table, obj = c["kind"], c["table"], c["object"]
        if kind.startswith("table_"):
            touched.add((table, None))
            if kind == "table_renamed":
                touched.add((c["before"], None))
        elif kind.startswith("column_"):
            touched.add((table, obj))
            if kind == "column_renamed":
                touched.add((table, c["before"]))
        else:
            touched.add((table, None))
    return touched


# ------------------------------------------------------------------------ runner


def _measured(cmd: list[str]) -> dict[str, object]:
    """Run ``cmd`` under a fresh measuring process: wall seconds, its peak RSS, its stdout."""
    out = subprocess.run([sys.executable, "-m", "bench.diff", "--measure", "--", *cmd],
                         cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:5])}... failed: {out.stderr.strip()[-800:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _measure_child(cmd: list[str]) -> int:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        print(proc.stderr[-2000:], file=sys.stderr)
        return 2
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = proc.stdout.strip().splitlines()
    print(json.dumps({"seconds": wall, "rss_mb": usage.ru_maxrss / 1024,
                      "cpu_s": usage.ru_utime + usage.ru_stime,
                      "stdout": lines[-1] if lines else ""}))
    return 0


def _child(args: list[str]) -> dict[str, object]:
    """A ``python -m bench.diff --child ...`` case: its JSON result, wall time and peak RSS."""
    m = _measured([sys.executable, "-m", "bench.diff", "--child", *args])
    result: dict[str, object] = json.loads(str(m["stdout"]))
    result["wall_s"], result["rss_mb"], result["cpu_s"] = m["seconds"], m["rss_mb"], m["cpu_s"]
    return result


def _cli_case(url_a: str, url_b: str, out: Path) -> dict[str, object]:
    return _measured([sys.executable, "-m", "schemanb", "diff", url_a, url_b, "--format",
                      "json", "-o", str(out)])


def run_postgres(n: int, repeat: int, admin: str) -> int:
    try:
        url_a, url_b, names = _pg_databases(n, admin)
    except Exception as err:  # noqa: BLE001 - a bench reports and moves on
        print(f"postgres: skipped ({str(err).splitlines()[0]})")
        return 0
    try:
        out = Path(f"/tmp/bench_diff_{os.getpid()}.json")
        ours, theirs = [], []
        for _ in range(repeat):  # alternate, so a busy machine slows both alike
            ours.append(_cli_case(url_a, url_b, out))
            theirs.append(_child(["alembic", url_a, url_b]))
        ours_s = statistics.median(float(r["seconds"]) for r in ours)
        theirs_s = statistics.median(float(r["wall_s"]) for r in theirs)
        found = _touched_by_schemanb(out)
        alembic_touched = {(t, c) for t, c in theirs[-1]["touched"]}  # type: ignore[misc]
        missing = alembic_touched - found
        data = json.loads(out.read_text())
        out.unlink()
        print(f"postgres ({n} tables each, {repeat} runs, whole processes):")
        ours_cpu = statistics.median(float(r["cpu_s"]) for r in ours)
        theirs_cpu = statistics.median(float(r["cpu_s"]) for r in theirs)
        print(f"  {'case':<28} {'median s':>9} {'ratio':>6} {'client CPU s':>13} "
              f"{'peak MB':>8} {'changes':>8}")
        print(f"  {'schemanb diff URL_A URL_B':<28} {ours_s:>9.2f} {1.0:>6.2f} {ours_cpu:>13.2f} "
              f"{max(float(r['rss_mb']) for r in ours):>8.0f} {len(data['changes']):>8}")
        print(f"  {'alembic compare_metadata':<28} {theirs_s:>9.2f} {theirs_s / ours_s:>6.2f} "
              f"{theirs_cpu:>13.2f} {max(float(r['rss_mb']) for r in theirs):>8.0f} "
              f"{theirs[-1]['changes']:>8}")
        print(f"  load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print(f"  schemanb is {theirs_s / ours_s:.1f}x faster (target >= 4x); "
              f"objects Alembic touched that schemanb missed: {len(missing)}"
              + (f" e.g. {sorted(missing, key=str)[:3]}" if missing else ""))
    finally:
        _drop_databases(names, admin)
    return 0


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--measure":
        return _measure_child(argv[2:] if argv[1:2] == ["--"] else argv[1:])
    if argv and argv[0] == "--child":
        kind, rest = argv[1], argv[2:]
        if kind == "renames":
            result = part_renames()
        elif kind == "memory":
            result = part_memory(int(rest[0]))
        else:
            result = child_alembic(rest[0], rest[1])
        print(json.dumps(result, default=str))
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench diff")
    parser.add_argument("--parts", default="renames,memory,postgres")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tables", type=int, default=1000)
    parser.add_argument("--pg", default=PG_ADMIN)
    args = parser.parse_args(argv)
    parts = args.parts.split(",")
    if "renames" in parts:
        r = _child(["renames"])
        print(f"renames (seeds {SEEDS}: 300 tables each, random edits, default threshold 0.7):")
        print(f"  {'':<8} {'true':>5} {'found':>6} {'precision':>10} {'recall':>7}")
        for k in ("column", "table"):
            print(f"  {k:<8} {r[k + '_renames']:>5} {r[k + '_found']:>6} "
                  f"{float(r[k + '_precision']):>10.3f} {float(r[k + '_recall']):>7.3f}")
        if r["misses"] or r["false"]:
            print(f"  missed e.g. {r['misses']}; wrong e.g. {r['false']}")
    if "memory" in parts:
        m = _child(["memory", str(args.tables)])
        print(f"memory ({args.tables} tables, {m['changes']} changes): median "
              f"{float(m['median_s']):.3f} s (target < 0.2 s); identical snapshots "
              f"{float(m['identical_median_s']):.3f} s; peak {float(m['rss_mb']):.0f} MB")
    if "postgres" in parts:
        return run_postgres(args.tables, args.repeat, args.pg)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
