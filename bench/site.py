"""Site build time and peak memory: the sample and a synthetic 1,000-table schema.

``python -m bench site [--tables N] [--repeat R] [--jobs J]``. Each case runs
``schemanb.export_site`` in a fresh Python process (snapshot file in, site out)
and reports the median wall time, the CPU seconds of the build and all its
children (steady under load, unlike wall time on a shared machine), the builder
process's peak RSS and the largest child's (a notebook kernel or ``dot``). The ratio column compares each case with
the sample measured in the same run. No peer tool is measured: SchemaSpy (Java)
and tbls (Go) are not installable from PyPI here.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
import schemanb
t0 = time.perf_counter()
schemanb.export_site(sys.argv[1], sys.argv[2], progress=False, jobs=int(sys.argv[3]))
seconds = time.perf_counter() - t0
self_ru = resource.getrusage(resource.RUSAGE_SELF)
kids_ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "seconds": seconds,
    "cpu": self_ru.ru_utime + self_ru.ru_stime + kids_ru.ru_utime + kids_ru.ru_stime,
    "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "pages": sum(1 for _ in __import__("pathlib").Path(sys.argv[2]).rglob("*.html")),
}))
"""


def synthetic_schema(n_tables: int, seed: int = 7):
    """A plausible big schema: 6-14 columns, 0-3 FKs to earlier tables, indexes, comments."""
    from schemanb import model

    rnd = random.Random(seed)
    types = ["INTEGER", "BIGINT", "VARCHAR(100)", "TEXT", "TIMESTAMP", "NUMERIC(12, 2)", "BOOLEAN"]
    tables = []
    for i in range(n_tables):
        name = f"t{i:04d}_{rnd.choice(['orders', 'items', 'events', 'users', 'audit', 'stock'])}"
        cols = [model.Column(name="id", type_sql="BIGINT", type_generic="BIGINT", nullable=False,
                             autoincrement=True, comment="surrogate key")]
        fks, indexes = [], []
        parents = rnd.sample(range(i), k=min(i, rnd.randint(0, 3)))
        for p in parents:
            cname = f"ref_{p:04d}_id"
            cols.append(model.Column(name=cname, type_sql="BIGINT", type_generic="BIGINT"))
            parent_name = tables[p].name
            fks.append(model.ForeignKey(name=f"fk_{i}_{p}", columns=(cname,),
                                        referred_table=model.TableKey(None, parent_name),
                                        referred_columns=("id",)))
            indexes.append(model.Index(name=f"ix_{i}_{p}", expressions=(cname,),
                                       is_expression=(False,)))
        for j in range(rnd.randint(5, 13)):
            t = rnd.choice(types)
            cols.append(model.Column(name=f"c{j}_{t.split('(')[0].lower()}", type_sql=t,
                                     type_generic=t, nullable=rnd.random() < 0.5,
                                     comment=f"column {j} of table {i}" if rnd.random() < 0.6 else None))
        tables.append(model.Table(
            name=name, columns=tuple(cols), primary_key=model.PrimaryKey(columns=("id",)),
            foreign_keys=tuple(fks), indexes=tuple(indexes),
            comment=f"synthetic table {i}" if rnd.random() < 0.7 else None,
            row_estimate=rnd.randint(0, 10_000_000)))
    return model.Schema(info=model.SnapshotInfo(dialect="postgresql", database="bench"),
                        tables=tuple(sorted(tables, key=lambda t: t.name)))


def _sample_snapshot(folder: Path) -> Path:
    import schemanb
    from schemanb.sample import build_sample

    url = build_sample(str(folder / "shop.sqlite"), "dev")
    return schemanb.inspect(url).save(folder / "sample.json")


def _run_case(snapshot: Path, folder: Path, jobs: int) -> dict[str, float]:
    out = folder / "site"
    result = subprocess.run([sys.executable, "-c", CHILD, str(snapshot), str(out), str(jobs)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"bench site: the build failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench site", description=__doc__)
    parser.add_argument("--tables", type=int, default=1000, help="tables of the synthetic case")
    parser.add_argument("--repeat", type=int, default=3, help="runs per case (median shown)")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks executed at once")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        folder = Path(tmp)
        cases = {"sample (14 tables)": _sample_snapshot(folder)}
        big = folder / f"synthetic-{args.tables}.json"
        synthetic_schema(args.tables).save(big)
        cases[f"synthetic ({args.tables} tables)"] = big
        for label, snapshot in cases.items():
            runs = []
            for i in range(args.repeat):
                runs.append(_run_case(snapshot, folder / f"{i}-{len(rows)}", args.jobs))
                print(f"  {label}: run {i + 1}: {runs[-1]['seconds']:.1f} s", file=sys.stderr)
            rows.append((label, runs))
    base = statistics.median(r["seconds"] for r in rows[0][1])
    print(f"site build, {args.repeat} run(s) per case, jobs={args.jobs}, median wall time")
    print(f"{'case':28} {'pages':>6} {'seconds':>8} {'ratio':>7} {'CPU s':>7} {'builder MB':>11} "
          f"{'largest child MB':>17}")
    for label, runs in rows:
        secs = statistics.median(r["seconds"] for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        print(f"{label:28} {int(runs[0]['pages']):>6} {secs:>8.1f} {secs / base:>6.1f}x "
              f"{cpu:>7.1f} {max(r['self_mb'] for r in runs):>11.0f} "
              f"{max(r['child_mb'] for r in runs):>17.0f}")
    print("CPU s: user+system of the builder and all its children (kernels, dot); "
          "MB: peak resident set size")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
