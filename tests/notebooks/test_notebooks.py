"""Every notebook in notebooks/ executes top to bottom with nbclient, on the sample.

The drift notebook also runs against PostgreSQL: the sample's dev and prod
variants are loaded into two throwaway databases whose URLs reach the kernel
through the environment variables the notebook documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest
from dbutil import ThrowawayDB, server_unavailable
from nbclient import NotebookClient

import schemanb
from schemanb.sample import build_sample

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
URL_VARIABLES = ("SCHEMANB_SHOP_URL", "SCHEMANB_DEV_URL", "SCHEMANB_PROD_URL")


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    """No database variables from the caller; Jupyter's own dirs in tmp."""
    for var in URL_VARIABLES:
        monkeypatch.delenv(var, raising=False)
    for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.setenv("JUPYTER_PATH", str(Path(sys.prefix) / "share" / "jupyter"))
    return monkeypatch


def execute(path: Path, cwd: Path) -> nbformat.NotebookNode:
    """Run ``path`` in one fresh kernel; fail with the cell on the first error."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=240, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}
    )
    client.execute()
    return nb


def outputs(nb: nbformat.NotebookNode) -> list[dict]:
    return [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]


def text_of(nb: nbformat.NotebookNode) -> str:
    parts = []
    for out in outputs(nb):
        parts.append(out.get("text", ""))
        data = out.get("data", {})
        parts.append(data.get("text/plain", ""))
        parts.append(data.get("text/html", ""))
        parts.append(data.get("image/svg+xml", ""))
    return "\n".join(parts)


def assert_no_errors(nb: nbformat.NotebookNode) -> None:
    errors = [o for o in outputs(nb) if o.output_type == "error"]
    assert errors == []
    stderr = [o.text for o in outputs(nb) if o.get("name") == "stderr"]
    assert not any("Traceback" in s for s in stderr)


def widget_text(nb: nbformat.NotebookNode) -> str:
    """The saved state of every widget, as text (where the explorer's header lives)."""
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    return "\n".join(str(m.get("state", {}).get("value", "")) for m in state.get("state", {}).values())


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_are_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "a notebook without code"
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    assert "://" not in "".join(c.source for c in code), "URLs come from the environment"


def test_tour_runs_on_the_sample(clean_env, tmp_path):
    nb = execute(ROOT / "notebooks" / "tour.ipynb", tmp_path)
    assert_no_errors(nb)
    text = text_of(nb)
    assert "connected shop = sqlite:///" in text
    assert "15 tables" not in text and "14 tables" in text  # the dev sample
    assert "order_items" in text and "<svg" in text


def test_design_review_runs_on_the_sample(clean_env, tmp_path):
    nb = execute(ROOT / "notebooks" / "design_review.ipynb", tmp_path)
    assert_no_errors(nb)
    text = text_of(nb)
    assert "<svg" in text
    for name in ("orders", "order_items", "payments", "shipments"):
        assert f"<b>{name}</b>" in text


def _expected_changes(dev_url: str, prod_url: str) -> int:
    return len(schemanb.diff(schemanb.inspect(dev_url), schemanb.inspect(prod_url)).changes)


def test_drift_runs_on_the_sample(clean_env, tmp_path):
    nb = execute(ROOT / "notebooks" / "drift_investigation.ipynb", tmp_path)
    assert_no_errors(nb)
    dev = build_sample(tmp_path / "check-dev.db", "dev")
    prod = build_sample(tmp_path / "check-prod.db", "prod")
    expected = _expected_changes(dev, prod)
    assert expected > 0
    assert f"{expected} changes\n" in text_of(nb)
    assert f"{expected} changes</span>" in widget_text(nb)
    # "Which revision is prod really at?": the deployed revision and the hand-made index.
    text = text_of(nb)
    assert ("prod is at revision s002 (customers get a loyalty tier, 2024-03-04 14:00:00); "
            "1 change was made outside migrations") in text
    assert "CREATE INDEX ix_orders_status ON orders (status);" in text
    assert "prod is at revision s002 (customers get a loyalty tier, 2024-03-04 14:00:00) by bisect" in text
    assert "(alembic_version says s001)" in text


PASSWORD = "pw-never-shown"


def _with_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=PASSWORD).render_as_string(hide_password=False)


def test_drift_runs_on_postgresql(clean_env, tmp_path, pg_db):
    if server_unavailable("postgresql"):  # pragma: no cover - pg_db has skipped already
        pytest.skip("postgresql unavailable")
    prod_db = ThrowawayDB.create("postgresql", tmp_path)
    try:
        dev_url = build_sample(pg_db.url, "dev")
        prod_url = build_sample(prod_db.url, "prod")
        # The local server trusts its clients, so a password is accepted and ignored:
        # it must still never reach an output.
        clean_env.setenv("SCHEMANB_DEV_URL", _with_password(dev_url))
        clean_env.setenv("SCHEMANB_PROD_URL", _with_password(prod_url))
        nb = execute(ROOT / "notebooks" / "drift_investigation.ipynb", tmp_path)
        expected = _expected_changes(dev_url, prod_url)
    finally:
        prod_db.drop()
    assert_no_errors(nb)
    text = text_of(nb)
    assert "connected prod = postgresql" in text
    assert ":***@" in text
    assert PASSWORD not in nbformat.writes(nb)
    assert f"{expected} changes\n" in text
