"""``import schemanb`` stays light: no pandas, IPython, graphviz, nbconvert, alembic, ipywidgets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pandas", "IPython", "graphviz", "nbconvert", "nbclient", "alembic", "ipywidgets")


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_import_schemanb_does_not_import_heavy_libraries():
    loaded = _loaded_after("import schemanb")
    assert "schemanb" in loaded
    assert [m for m in loaded if m.split(".")[0] in HEAVY] == []


def test_the_probe_sees_an_import():
    """The check can fail: importing frames' library shows up."""
    loaded = _loaded_after("import schemanb, pandas")
    assert "pandas" in loaded


def test_the_diff_command_loads_only_what_it_runs():
    # `schemanb diff` of two PostgreSQL URLs: no code generator, no other dialect.
    loaded = _loaded_after(
        "from schemanb.cli import build_parser\nbuild_parser()\n"
        "from schemanb.dialects import support_for\nsupport_for('postgresql')"
    )
    assert "schemanb.dialects.postgresql" in loaded
    lazy = ("schemanb.codegen.plan", "schemanb.codegen.assemble", "schemanb.dialects.mysql",
            "schemanb.dialects.sqlite", "schemanb.migrate")
    assert [m for m in loaded if m.startswith(lazy)] == []
