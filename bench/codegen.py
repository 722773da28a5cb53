"""``python -m bench codegen``: schemanb (inspect + codegen) vs sqlacodegen, same schemas, same run.

For each schema — the synthetic N-table schema of :mod:`bench.reflect` and the
public samples (chinook, sakila, pagila) on PostgreSQL — each tool runs in a
fresh process (:mod:`bench._harness`), ``--repeat`` times:

* ``schemanb``    — ``schemanb.codegen(schemanb.inspect(url))`` written to a file;
* ``sqlacodegen`` — ``sqlacodegen url --outfile file`` through its own ``main()``
  (reflect with ``MetaData.reflect``, then its declarative generator).

Then each tool's output is checked, in another fresh process: import it, run
``configure_mappers()``, ``create_all()`` into a fresh database, inspect that
and compare with the original snapshot (``schemanb.diff``; views, routines, triggers,
extensions, grants, composite types and unused domains aside: models do not hold them).
Printed per schema: median seconds, the ratio sqlacodegen/schemanb, peak RSS of
the timed process, and whether the output round-trips (``yes`` or the number of
differing tables / the error). Target (issue 8): on 1,000 PostgreSQL tables
schemanb at least 4x faster than sqlacodegen.

Usage::

    python -m bench codegen --tables 1000 [--samples chinook,sakila,pagila] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ._harness import ROOT, Case, Measurement, measure, print_table
from .reflect import ADMIN_URLS, throwaway_database

SAMPLES = Path(os.environ.get("SCHEMANB_SAMPLES", "/work/shared/sample-schemas"))

_SETUP = """
import sys
URL = {url!r}
OUT = {out!r}
"""

_SCHEMANB = """
import schemanb
from schemanb._fs import atomic_write
"""

_SQLACODEGEN = """
import warnings
warnings.simplefilter("ignore")
from sqlacodegen.cli import main as sqlacodegen_main
import sqlacodegen.generators  # imported here, as schemanb is: imports are not timed
"""

#: Run in a fresh process: import a generated module, create its tables, compare.
_CHECK = r"""
import dataclasses, importlib.util, json, sys, warnings
warnings.simplefilter("ignore")
import sqlalchemy as sa
from sqlalchemy.orm import configure_mappers
import schemanb
path, snapshot, fresh_url = sys.argv[1:4]
try:
    spec = importlib.util.spec_from_file_location("generated_models", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["generated_models"] = module
    spec.loader.exec_module(module)
    configure_mappers()
    base = getattr(module, "Base", None)
    metadata = base.metadata if base is not None else getattr(module, "metadata")
    engine = sa.create_engine(fresh_url)
    try:
        metadata.create_all(engine)
    except sa.exc.OperationalError:
        # One transaction for thousands of objects can exhaust the server's lock
        # table ("out of shared memory"): create table by table instead.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in metadata.sorted_tables:
                table.create(conn, checkfirst=True)
    engine.dispose()
    def tables_and_types(s):
        # What models express: views, routines, triggers, extensions, grants, composite
        # types and domains no column uses are left out of the comparison.
        used = {c.type_sql for t in s.tables for c in t.columns}
        return dataclasses.replace(s, views=(), routines=(), triggers=(), extensions=(), grants=(),
                                   composite_types=(), domains=tuple(d for d in s.domains if d.name in used))

    a = tables_and_types(schemanb.load(snapshot))
    b = tables_and_types(schemanb.inspect(fresh_url))
    changes = schemanb.diff(a, b)
    names = {t.name for t in a.tables} | {t.name for t in b.tables}
    differing = sorted(n for n in names if a.table_map.get(schemanb.model.TableKey(None, n))
                       != b.table_map.get(schemanb.model.TableKey(None, n)))
    ok = not changes and a == b
    other = f"{len(changes)} other changes ({changes.changes[0].kind.value}, ...)" if changes else ""
    print(json.dumps({"ok": ok, "detail": "yes" if ok else (
        f"no: {len(differing)} tables differ" + (f" ({', '.join(differing[:3])})" if differing else "")
        if differing else f"no: {other}")}))
except Exception as err:
    print(json.dumps({"ok": False, "detail": f"no: {type(err).__name__}: {str(err).splitlines()[0][:80]}"}))
"""


def cases(url: str, out_dir: Path) -> list[Case]:
    ours = out_dir / "schemanb_models.py"
    theirs = out_dir / "sqlacodegen_models.py"
    return [
        Case(
            "schemanb",
            setup=_SETUP.format(url=url, out=str(ours)) + _SCHEMANB,
            body="source = schemanb.codegen(schemanb.inspect(URL, progress=False))\n"
            "atomic_write(OUT, source)\nresult = source.count('__tablename__')",
        ),
        Case(
            "sqlacodegen",
            setup=_SETUP.format(url=url, out=str(theirs)) + _SQLACODEGEN,
            body="sys.argv = ['sqlacodegen', URL, '--outfile', OUT]\n"
            "sqlacodegen_main()\nresult = open(OUT).read().count('__tablename__')",
        ),
    ]


def round_trip(module: Path, snapshot: Path, dialect: str) -> str:
    """``yes`` when the module re-creates the snapshot in a fresh database, else why not."""
    if not module.exists():
        return "no: no output"
    with fresh_database(dialect) as url:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        proc = subprocess.run(
            [sys.executable, "-c", _CHECK, str(module), str(snapshot), url],
            capture_output=True, text=True, env=env, check=False, timeout=1800,
        )
    line = proc.stdout.strip().splitlines()[-1:] or [""]
    try:
        return str(json.loads(line[0])["detail"])
    except (json.JSONDecodeError, KeyError):
        return f"no: checker failed: {proc.stderr.strip().splitlines()[-1:]}"


@contextmanager
def fresh_database(dialect: str) -> Iterator[str]:
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    name = f"schemanb_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(ADMIN_URLS[dialect], isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield make_url(ADMIN_URLS[dialect]).set(database=name).render_as_string(False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


@contextmanager
def sample_database(sample: str) -> Iterator[str]:
    """A PostgreSQL database holding ``sample``'s schema (loaded with psql)."""
    from sqlalchemy.engine import make_url

    with fresh_database("postgresql") as url:
        parsed = make_url(url)
        cmd = [
            shutil.which("psql") or "psql", "-q", "-v", "ON_ERROR_STOP=1",
            "-h", parsed.host or "127.0.0.1", "-p", str(parsed.port or 5432),
            "-U", parsed.username or "postgres", "-d", parsed.database or "",
            "-f", str(SAMPLES / sample / "postgres.sql"),
        ]
        subprocess.run(cmd, check=True, capture_output=True, env=dict(os.environ, PGPASSWORD=parsed.password or ""))
        yield url


def run_schema(label: str, url: str, *, repeat: int) -> list[list[object]]:
    import schemanb

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        snapshot = schemanb.inspect(url, progress=False).save(out / "original.json")
        measured: list[Measurement] = []
        for case in cases(url, out):
            try:
                measured.append(measure(case, repeat=repeat))
            except RuntimeError as err:
                print(f"{label}: {case.name} failed: {str(err).splitlines()[-1]}", file=sys.stderr)
        ours = next((m.median for m in measured if m.case.name == "schemanb"), None)
        rows = []
        for m in measured:
            module = out / f"{m.case.name}_models.py"
            rows.append([
                label,
                m.case.name,
                f"{m.median:.3f}",
                f"{m.median / ours:.2f}x" if ours else "-",
                f"{m.peak_mb:.0f}",
                m.result,
                round_trip(module, snapshot, "postgresql"),
            ])
        return rows


HEADERS = ["schema", "tool", "median s", "vs schemanb", "peak MB", "classes", "round-trips"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench codegen", description=__doc__.splitlines()[0])
    parser.add_argument("--tables", default="1000", help="synthetic table counts, comma-separated")
    parser.add_argument("--samples", default="chinook,sakila,pagila",
                        help="sample schemas to run on PostgreSQL ('' for none)")
    parser.add_argument("--repeat", type=int, default=3, help="fresh-process runs per case (default 3)")
    args = parser.parse_args(argv)
    rows: list[list[object]] = []
    for sample in [s for s in args.samples.split(",") if s]:
        with sample_database(sample) as url:
            block = run_schema(sample, url, repeat=args.repeat)
        print_table(HEADERS, block)
        print(flush=True)
        rows += block
    for n in [int(x) for x in args.tables.split(",") if x]:
        with throwaway_database("postgresql", n) as url:
            block = run_schema(f"synthetic-{n}", url, repeat=args.repeat)
        print_table(HEADERS, block)
        print(flush=True)
        rows += block
    if len(rows) > 2:
        print("all schemas (PostgreSQL):")
        print_table(HEADERS, rows)
    return 0
