"""Fleet checks: 50 PostgreSQL databases, a few drifted, one unreachable; threads and Dask."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

import schemanb
from schemanb.check import STATUS_DRIFT, STATUS_ERROR, STATUS_IN_SYNC, check_fleet

FLEET_SIZE = 50
DRIFTED = {3: "ALTER TABLE orders ADD COLUMN note TEXT", 17: "DROP INDEX ix_orders_total",
           41: "CREATE TABLE hotfix (id INTEGER PRIMARY KEY)"}
UNREACHABLE = "postgresql://app:s3cret@127.0.0.1:1/tenant_x"


@pytest.fixture(scope="module")
def fleet():
    from dbutil import REQUIRE_SERVERS_ENV, SERVER_URLS, server_unavailable

    reason = server_unavailable("postgresql")
    if reason:
        if REQUIRE_SERVERS_ENV():
            pytest.fail(f"PostgreSQL is required but {reason}")
        pytest.skip(f"postgresql unavailable: {reason}")
    admin = sa.create_engine(SERVER_URLS["postgresql"], isolation_level="AUTOCOMMIT")
    prefix = f"schemanb_fleet_{uuid.uuid4().hex[:6]}"
    template = f"{prefix}_tpl"
    names = [f"{prefix}_{i:02d}" for i in range(FLEET_SIZE)]
    base = make_url(SERVER_URLS["postgresql"])
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{template}"')
    tpl_engine = sa.create_engine(base.set(database=template))
    with tpl_engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE customers (id SERIAL PRIMARY KEY, email VARCHAR(200) NOT NULL)")
        conn.exec_driver_sql("CREATE TABLE orders (id SERIAL PRIMARY KEY, customer_id INTEGER REFERENCES customers (id), total NUMERIC(10, 2))")
        conn.exec_driver_sql("CREATE INDEX ix_orders_total ON orders (total)")
    baseline = schemanb.inspect(tpl_engine)
    tpl_engine.dispose()
    with admin.connect() as conn:
        for name in names:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    for i, statement in DRIFTED.items():
        engine = sa.create_engine(base.set(database=names[i]))
        with engine.begin() as conn:
            conn.exec_driver_sql(statement)
        engine.dispose()
    urls = [base.set(database=n).render_as_string(hide_password=False) for n in names]
    try:
        yield baseline, urls
    finally:
        with admin.connect() as conn:
            for name in [*names, template]:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _assert_report(report, urls):
    by_target = {r.target: r for r in report.results}
    assert len(report.results) == FLEET_SIZE + 1
    drifted = sorted(i for i, u in enumerate(urls) if by_target[u].status == STATUS_DRIFT)
    assert drifted == sorted(DRIFTED)
    assert sum(r.status == STATUS_IN_SYNC for r in report.results) == FLEET_SIZE - len(DRIFTED)
    errors = [r for r in report.results if r.status == STATUS_ERROR]
    assert [r.target for r in errors] == ["postgresql://app:***@127.0.0.1:1/tenant_x"]
    assert "s3cret" not in errors[0].error


def test_fleet_reports_exactly_the_drifted_targets(fleet):
    baseline, urls = fleet
    report = check_fleet(baseline, [*urls[:25], UNREACHABLE, *urls[25:]], max_workers=4, timeout=30)
    _assert_report(report, urls)
    assert report.results[25].status == STATUS_ERROR  # order kept


def test_fleet_cli_one_line_per_target_and_summary(fleet, tmp_path):
    baseline, urls = fleet
    baseline_file = tmp_path / "baseline.json"
    baseline.save(baseline_file)
    targets = tmp_path / "targets.txt"
    targets.write_text("# tenants\n" + "\n".join([*urls, UNREACHABLE]) + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "schemanb", "check", "--baseline", str(baseline_file),
         "--targets", str(targets), "--max-connections", "4", "--timeout", "30"],
        capture_output=True, text=True, check=False, timeout=600,
    )
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 2  # an unreachable target means the fleet could not be verified
    assert len(lines) == FLEET_SIZE + 2
    assert sum(line.startswith("DRIFT") for line in lines) == len(DRIFTED)
    assert lines[-1].startswith(f"{FLEET_SIZE + 1} checked: {FLEET_SIZE - 3} in sync, 3 drifted, 1 errors")
    assert "s3cret" not in result.stdout + result.stderr


def test_fleet_on_a_local_dask_cluster_gives_the_same_report(fleet):
    distributed = pytest.importorskip("distributed")
    baseline, urls = fleet
    with distributed.LocalCluster(n_workers=2, threads_per_worker=2, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        report = check_fleet(baseline, [*urls, UNREACHABLE], executor=client.get_executor(),
                             max_workers=4, timeout=60)
    _assert_report(report, urls)
