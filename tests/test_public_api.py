"""The public surface cannot drift: ``schemanb.__all__`` is importable and stays callable.

A subpackage named like a public function (``diff``, ``erd``, ``codegen``) would
replace the function with a module the first time any of its submodules is
imported, unless ``schemanb/__init__`` imports it eagerly (STYLE.md, rule 3).
So every submodule is imported first, in a fresh interpreter, and then every
public name is checked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import schemanb

ROOT = Path(__file__).resolve().parents[1]

#: The stable names of DESIGN.md's public surface; more may be added, none removed.
DESIGN_NAMES = {"inspect", "load", "diff", "erd", "codegen", "export_site", "Schema", "SchemaDiff"}

_PROBE = r"""
import importlib, json, pkgutil, types
import schemanb
failed = []
for info in pkgutil.walk_packages(schemanb.__path__, "schemanb."):
    if info.name.endswith("__main__"):  # runs the command line
        continue
    try:
        importlib.import_module(info.name)
    except Exception as err:  # report, do not stop
        failed.append(f"{info.name}: {type(err).__name__}: {err}")
report = {}
for name in schemanb.__all__:
    obj = getattr(schemanb, name, None)
    report[name] = {
        "present": hasattr(schemanb, name),
        "callable": callable(obj),
        "module": isinstance(obj, types.ModuleType),
    }
print(json.dumps({"failed": failed, "names": report}))
"""


def _probe() -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=240, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_all_is_sorted_unique_and_holds_the_design_names():
    assert list(schemanb.__all__) == sorted(set(schemanb.__all__))
    assert set(schemanb.__all__) >= DESIGN_NAMES


def test_every_public_name_is_still_callable_after_importing_every_submodule():
    report = _probe()
    assert report["failed"] == []
    broken = {
        name: info
        for name, info in report["names"].items()
        if not info["present"] or not info["callable"] or info["module"]
    }
    assert broken == {}
    assert set(report["names"]) == set(schemanb.__all__)


def test_the_basic_calls_work():
    schema = schemanb.inspect("sqlite://")
    assert isinstance(schema, schemanb.Schema)
    assert schema.tables == ()
    assert issubclass(schemanb.SchemaNBError, Exception)
