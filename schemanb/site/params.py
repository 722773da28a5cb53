"""Inject parameters into a notebook, papermill-style.

The cell tagged ``parameters`` holds the defaults; a new code cell tagged
``injected-parameters`` is inserted right after it (replacing an earlier injected
cell), assigning each value with ``repr()`` of a JSON-like value, so the output is
deterministic and valid Python. Without a ``parameters`` cell the injected cell
goes first. Only plain values are accepted: a site notebook gets file paths and
table names, never a URL or a connection.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ..errors import SiteBuildError

PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
_PLAIN = (str, int, float, bool, type(None))


def _check_plain(name: str, value: Any) -> None:
    if isinstance(value, _PLAIN):
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            _check_plain(name, item)
        return
    if isinstance(value, dict):
        for k, item in value.items():
            _check_plain(name, k)
            _check_plain(name, item)
        return
    raise SiteBuildError(
        f"notebook parameter {name!r} is a {type(value).__name__} — pass only str, int, "
        "float, bool, None, lists and dicts of them"
    )


def render_parameters(params: Mapping[str, Any]) -> str:
    """The source of the injected cell.

    >>> print(render_parameters({"snapshot": "s.json", "tables": [[None, "t"]]}))
    # Parameters
    snapshot = 's.json'
    tables = [[None, 't']]
    """
    lines = ["# Parameters"]
    for name, value in params.items():
        if not name.isidentifier():
            raise SiteBuildError(f"notebook parameter {name!r} is not a Python identifier")
        _check_plain(name, value)
        lines.append(f"{name} = {value!r}")
    return "\n".join(lines)


def _tags(cell: Any) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def inject_parameters(nb: Any, params: Mapping[str, Any]) -> Any:
    """A copy of notebook ``nb`` with ``params`` injected after the ``parameters`` cell."""
    import nbformat

    nb = copy.deepcopy(nb)
    cells = [c for c in nb.cells if INJECTED_TAG not in _tags(c)]
    new = nbformat.v4.new_code_cell(render_parameters(params))  # type: ignore[no-untyped-call]
    new.metadata["tags"] = [INJECTED_TAG]
    position = next((i + 1 for i, c in enumerate(cells) if PARAMETERS_TAG in _tags(c)), 0)
    cells.insert(position, new)
    nb.cells = cells
    return nb
