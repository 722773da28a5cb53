"""``python -m bench erd``: ER diagrams of 50, 300 and 1,000 tables, side by side.

For each size one synthetic schema (deterministic: ``id`` primary key, 4-8 data
columns, 1-3 foreign keys to earlier tables, some nullable) is written both as a
snapshot file and as a SQLite database (created with SQLAlchemy). Cases, each in
a fresh process:

* ``schemanb``     — ``schemanb.erd(schema)`` + render SVG + write, timed inside
  the process after the snapshot is loaded (the diagram itself);
* ``schemanb-cli`` — the whole ``python -m schemanb erd snapshot.json -o out.svg``
  process (interpreter start, imports, loading the snapshot, the diagram);
* ``dot``          — ``dot -Tsvg`` on the very DOT text schemanb builds (Graphviz's
  own layout and rendering time, the floor);
* ``eralchemy``    — the whole ``eralchemy.render_er(sqlite_url, out.svg)`` process
  (reflects the SQLite file, then runs Graphviz), skipped when not installed;
* ``focus``        — on the largest schema, one table and its neighbours (depth
  chosen to reach about 50 tables), timed like ``schemanb``.

Prints medians, ratios against ``dot`` and against eralchemy in the same run (the
whole-process ratio is the fair one against eralchemy's whole process), and the
peak RSS of each case's process tree.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def synthetic_schema(n: int, *, seed: int = 5):  # type: ignore[no-untyped-def]
    """A deterministic in-memory snapshot of ``n`` tables with foreign keys."""
    from schemanb import model

    rng = random.Random(seed)
    types = [("INTEGER", "INTEGER"), ("VARCHAR(100)", "VARCHAR(100)"), ("TEXT", "TEXT"),
             ("TIMESTAMP", "DATETIME"), ("NUMERIC(12, 2)", "NUMERIC(12, 2)"),
             ("BOOLEAN", "BOOLEAN")]
    tables = []
    for i in range(n):
        name = f"t{i:04d}"
        cols = [model.Column(name="id", type_sql="INTEGER", type_generic="INTEGER",
                             nullable=False)]
        fks = []
        parents = sorted({rng.randrange(i) for _ in range(rng.randint(1, 3))}) if i else []
        for p in parents:
            col = f"t{p:04d}_id"
            cols.append(model.Column(name=col, type_sql="INTEGER", type_generic="INTEGER",
                                     nullable=rng.random() < 0.3))
            fks.append(model.ForeignKey(columns=(col,), referred_table=model.TableKey(None, f"t{p:04d}"),
                                        referred_columns=("id",)))
        for c in range(rng.randint(4, 8)):
            ts, tg = rng.choice(types)
            cols.append(model.Column(name=f"c{c}", type_sql=ts, type_generic=tg,
                                     nullable=rng.random() < 0.5))
        tables.append(model.Table(name=name, columns=tuple(cols),
                                  primary_key=model.PrimaryKey(columns=("id",)),
                                  foreign_keys=tuple(fks)))
    return model.Schema(info=model.SnapshotInfo(dialect="sqlite"), tables=tuple(tables))


def write_sqlite(schema, path: Path) -> str:  # type: ignore[no-untyped-def]
    """Create the tables of ``schema`` in a new SQLite file with SQLAlchemy; its URL."""
    import sqlalchemy as sa

    md = sa.MetaData()
    kinds = {"INTEGER": sa.Integer, "TEXT": sa.Text, "DATETIME": sa.DateTime,
             "BOOLEAN": sa.Boolean}
    for t in schema.tables:
        cols = []
        for c in t.columns:
            typ = kinds.get(c.type_generic) or (
                sa.String(100) if c.type_generic.startswith("VARCHAR") else sa.Numeric(12, 2))
            cols.append(sa.Column(c.name, typ, nullable=c.nullable,
                                  primary_key=c.name in t.pk_columns))
        fks = [sa.ForeignKeyConstraint(list(fk.columns),
                                       [f"{fk.referred_table.name}.{r}" for r in fk.referred_columns])
               for fk in t.foreign_keys]
        sa.Table(t.name, md, *cols, *fks)
    url = f"sqlite:///{path}"
    engine = sa.create_engine(url)
    md.create_all(engine)
    engine.dispose()
    return url


def _measure(cmd: list[str]) -> dict[str, float]:
    """Run ``cmd`` through a fresh measuring process: wall seconds and peak RSS (MB)."""
    out = subprocess.run([sys.executable, "-m", "bench.erd", "--measure", "--", *cmd],
                         cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}… failed: {out.stderr.strip()[-500:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _measure_child(cmd: list[str]) -> int:
    """Run ``cmd``; print its wall time, peak RSS and any JSON facts it printed last."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return proc.returncode
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    facts = {"seconds": wall, "rss_mb": rss}
    last = (proc.stdout.strip().splitlines() or [""])[-1]
    if last.startswith("{"):
        inner = json.loads(last)
        facts.update(inner, seconds=inner.get("inner", wall))
    print(json.dumps(facts))
    return 0


def _inner(argv: list[str]) -> int:
    """``--inner SNAPSHOT OUT [FOCUS DEPTH]``: time erd() + render + write in this process."""
    import warnings

    import schemanb
    from schemanb.erd.render import write

    schema = schemanb.load(argv[0])
    focus = argv[2] if len(argv) > 2 else None
    depth = int(argv[3]) if len(argv) > 3 else 1
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        graph = schemanb.erd(schema, focus=focus, depth=depth)
    write(graph, argv[1])
    print(json.dumps({"inner": time.perf_counter() - start, "tables": len(graph.table_keys)}))
    return 0


def _focus_for(schema, want: int = 50) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """A table and a depth whose neighbourhood is closest to ``want`` tables."""
    from schemanb.erd.select import adjacency, neighbourhood

    adj = adjacency(schema)
    best = ("", 0, 10**9)
    for key in sorted(adj, key=lambda k: k.name)[len(adj) // 2:][:50]:
        for depth in (1, 2, 3):
            n = len(neighbourhood(adj, [key], depth))
            if abs(n - want) < best[2]:
                best = (key.name, depth, abs(n - want))
    return best[0], best[1]


def _cases(size: int, work: Path, eralchemy: bool, last: bool) -> dict[str, list[str]]:
    import schemanb

    schema = synthetic_schema(size)
    snap = work / f"s{size}.json"
    schema.save(snap)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dot_text = schemanb.erd(schema).source
    (work / f"s{size}.dot").write_text(dot_text, encoding="utf-8")
    py = sys.executable
    inner = [py, "-m", "bench.erd", "--inner", str(snap)]
    cases = {
        "schemanb": [*inner, str(work / f"i{size}.svg")],
        "schemanb-cli": [py, "-m", "schemanb", "erd", str(snap), "-o", str(work / f"s{size}.svg")],
        "dot": ["dot", "-Tsvg", str(work / f"s{size}.dot"), "-o", str(work / f"d{size}.svg")],
    }
    if eralchemy:
        url = write_sqlite(schema, work / f"s{size}.db")
        code = f"from eralchemy import render_er; render_er({url!r}, {str(work / f'e{size}.svg')!r})"
        cases["eralchemy"] = [py, "-c", code]
    if last:
        focus, depth = _focus_for(schema)
        cases["focus"] = [*inner, str(work / "focus.svg"), focus, str(depth)]
    return cases


def _have_eralchemy() -> bool:
    try:
        import eralchemy  # noqa: F401
    except ImportError:
        return False
    return True


def run(sizes: list[int], repeat: int, eralchemy: bool) -> int:
    if eralchemy and not _have_eralchemy():
        print("eralchemy is not installed (pip install 'schemanb[bench]'): timing schemanb "
              "and dot only")
        eralchemy = False
    print(f"{'tables':>6} {'case':<13} {'median s':>9} {'min s':>7} {'peak MB':>8} "
          f"{'vs dot':>7} {'eralchemy/x':>12}")
    with tempfile.TemporaryDirectory(prefix="bench-erd-") as tmp:
        for size in sizes:
            results = {}
            cases = _cases(size, Path(tmp), eralchemy, size == max(sizes))
            for name, cmd in cases.items():
                runs = [_measure(cmd) for _ in range(1 if name == "eralchemy" and size >= 1000
                                                      else repeat)]
                results[name] = runs
            dot_med = statistics.median(r["seconds"] for r in results["dot"])
            era = results.get("eralchemy")
            era_med = statistics.median(r["seconds"] for r in era) if era else None
            for name, runs in results.items():
                med = statistics.median(r["seconds"] for r in runs)
                vs_era = f"{era_med / med:11.1f}x" if era_med else f"{'-':>12}"
                label = f"{name}({runs[0]['tables']})" if name == "focus" else name
                print(f"{size:>6} {label:<13} {med:9.2f} {min(r['seconds'] for r in runs):7.2f} "
                      f"{max(r['rss_mb'] for r in runs):8.0f} {med / dot_med:6.2f}x {vs_era}",
                      flush=True)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--inner"]:
        return _inner(argv[1:])
    if argv[:1] == ["--measure"]:
        return _measure_child(argv[2:] if argv[1:2] == ["--"] else argv[1:])
    parser = argparse.ArgumentParser(prog="python -m bench erd", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,300,1000", help="comma-separated table counts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per case (median)")
    parser.add_argument("--no-eralchemy", action="store_true", help="skip eralchemy")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    return run(sizes, args.repeat, not args.no_eralchemy)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main(sys.argv[1:]))
