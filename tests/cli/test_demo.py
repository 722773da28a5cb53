"""``schemanb demo`` in a subprocess: what it writes, what it prints, that it reruns cleanly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

import schemanb
from schemanb.cli import demo as cli_demo
from schemanb.frames import FRAMES
from schemanb.sample.demo import OPTIONAL_STEPS, SKIPPED, STEPS


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    return subprocess.run(
        [sys.executable, "-m", "schemanb", "demo", *args],
        cwd=cwd, env=env, text=True, capture_output=True, timeout=240, check=False,
    )


def _step_lines(stdout: str) -> dict[str, str]:
    lines = {}
    for line in stdout.splitlines()[1:]:
        if not line.startswith("  "):
            continue
        label, _, rest = line.strip().partition(" ")
        lines[label] = rest.strip()
    return lines


def _assert_step_outputs_exist(lines: dict[str, str], root: Path) -> None:
    """Every step line names files that exist, or says why it has none."""
    for label, text in lines.items():
        if text == SKIPPED or label in ("dev", "prod", "DataFrames"):
            continue
        assert not text.startswith("failed"), (label, text)
        for shown in text.split(" (")[0].split(", "):
            assert (root / shown).exists(), (label, shown)


def test_demo_writes_every_output_and_reruns_cleanly(tmp_path):
    first = _run("-o", "out", cwd=tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Traceback" not in first.stderr
    out = tmp_path / "out"

    dev, prod = schemanb.load(out / "dev.json"), schemanb.load(out / "prod.json")
    assert (len(dev.tables), len(prod.tables)) == (14, 15)
    assert json.loads((out / "dev.json").read_text())["format_version"] >= 1
    assert schemanb.inspect(f"sqlite:///{out / 'prod.sqlite'}") == prod

    for variant, schema in (("dev", dev), ("prod", prod)):
        for name, build in FRAMES.items():
            frame = pd.read_csv(out / "frames" / variant / f"{name}.csv")
            # The CSV holds every row of the snapshot's frame, under the same columns.
            expected = build(schema)
            assert list(frame.columns) == list(expected.columns), name
            assert len(frame) == len(expected) > 0, name
        columns = pd.read_csv(out / "frames" / variant / "columns.csv")
        assert len(columns) == sum(len(t.columns) for t in schema.tables)
        assert set(columns["table"]) == {t.name for t in schema.tables}

    lines = _step_lines(first.stdout)
    assert [label for label, _ in STEPS if label not in ("build",)] == [
        label for label in lines if label not in ("dev", "prod")
    ]
    assert lines["dev"].startswith("sqlite:///") and "(14 tables, 2 views, 89 columns)" in lines["dev"]
    assert lines["snapshots"] == "out/dev.json, out/prod.json"
    assert first.stdout.splitlines()[-1].startswith("open out/")
    _assert_step_outputs_exist(lines, tmp_path)
    assert lines["diff"].endswith("(7 changes from dev to prod)")
    text = (out / "drift.txt").read_text()
    for name in ("loyalty_points", "full_name", "zip_code", "currency",
                 "ix_shipments_tracking_number", "hotfix_payments_order_status", "audit_log"):
        assert name in text

    # The site (notebooks in a kernel) is the slow step; its files stay from the first run.
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    again = _run("-o", "out", "--skip", "site", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert _step_lines(again.stdout)["site"] == SKIPPED
    assert _step_lines(again.stdout).keys() == lines.keys()
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert not [p for p in out.rglob("*.tmp")]
    assert schemanb.load(out / "dev.json") == dev


def test_demo_into_a_server_database_puts_prod_beside_it(pg_db, tmp_path):
    prod_name = f"{pg_db.name}_prod"
    try:
        skip_features = [arg for step in OPTIONAL_STEPS for arg in ("--skip", step)]
        result = _run("-o", str(tmp_path / "out"), "--url", pg_db.url, *skip_features, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        lines = _step_lines(result.stdout)
        assert lines["dev"].startswith(f"postgresql+psycopg://postgres@127.0.0.1:5432/{pg_db.name} ")
        assert f"/{prod_name} " in lines["prod"]
        prod_url = sa.engine.make_url(pg_db.url).set(database=prod_name)
        prod = schemanb.inspect(prod_url.render_as_string(hide_password=False))
        assert "audit_log" in {t.name for t in prod.tables}
        assert schemanb.load(tmp_path / "out" / "prod.json") == prod
        assert schemanb.load(tmp_path / "out" / "dev.json") == schemanb.inspect(pg_db.url)
    finally:
        admin = sa.create_engine(
            sa.engine.make_url(pg_db.url).set(database="postgres"), isolation_level="AUTOCOMMIT"
        )
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{prod_name}" WITH (FORCE)'))
        admin.dispose()


def test_demo_refuses_a_database_that_is_not_the_samples(sqlite_db, tmp_path):
    sqlite_db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    result = _run("-o", str(tmp_path / "out"), "--url", sqlite_db.url, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("schemanb: error: refusing to load the dev sample into ")
    assert line.endswith("it holds table 'invoices', which the sample did not create — give an empty database (or drop it yourself)")
    assert [t.name for t in schemanb.inspect(sqlite_db.url).tables] == ["invoices"]


def test_demo_masks_the_password_of_its_url(tmp_path):
    url = "postgresql://demo:s3cr3t-pw@127.0.0.1:1/nowhere"
    result = _run("-o", str(tmp_path / "out"), "--url", url, cwd=tmp_path)
    assert result.returncode == 2
    assert "s3cr3t-pw" not in result.stdout + result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("schemanb: error: cannot ")
    assert "demo:***@127.0.0.1:1" in line


def test_skip_names_are_the_optional_steps():
    assert cli_demo.OPTIONAL_STEPS == OPTIONAL_STEPS
    result = subprocess.run(
        [sys.executable, "-m", "schemanb", "demo", "--skip", "build"],
        text=True, capture_output=True, check=False,
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2])),
    )
    assert result.returncode == 2
    assert "argument --skip: invalid choice: 'build'" in result.stderr


def test_a_failing_step_is_reported_and_the_rest_still_runs(tmp_path):
    # Without Graphviz's dot on PATH the ERD step fails; the demo goes on and exits 2.
    empty = tmp_path / "bin"
    empty.mkdir()
    env = dict(os.environ, PATH=str(empty), PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    result = subprocess.run(
        [sys.executable, "-m", "schemanb", "demo", "-o", "out", "--skip", "site"],
        cwd=tmp_path, env=env, text=True, capture_output=True, timeout=240, check=False,
    )
    lines = _step_lines(result.stdout)
    assert result.returncode == 2
    assert lines["ERD"].startswith("failed: ") and "dot" in lines["ERD"]
    assert "Traceback" not in result.stdout + result.stderr
    assert list(lines)[-1] == "site"  # the steps after the failure still ran
    assert not (tmp_path / "out" / "erd.svg").exists()
    assert (tmp_path / "out" / "prod.json").exists()


def test_prod_database_is_created_beside_the_given_one(mariadb_db, tmp_path):
    from schemanb.sample.demo import prod_url_for

    prod_name = f"{mariadb_db.name}_prod"
    try:
        url = prod_url_for(mariadb_db.url)
        assert sa.engine.make_url(url).database == prod_name
        assert prod_url_for(mariadb_db.url) == url  # a second time: it exists, nothing to do
        with mariadb_db.engine.connect() as conn:
            names = set(conn.execute(sa.text("SHOW DATABASES")).scalars())
        assert prod_name in names
    finally:
        with mariadb_db.engine.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{prod_name}`")
    assert prod_url_for(f"sqlite:///{tmp_path}/shop.db") == f"sqlite:///{tmp_path}/shop_prod.db"
