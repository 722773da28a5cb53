"""schemanb: look at, compare and publish database schemas from Jupyter notebooks.

The whole public API::

    schemanb.inspect(source) -> Schema        # URL, Engine, Connection, MetaData, file
    schemanb.load(path) -> Schema             # a saved snapshot; Schema.save(path)
"""

from __future__ import annotations

from typing import Any

from .codegen import codegen
from .erd import erd
from .diff import SchemaDiff, diff
from .errors import SchemaNBError, SchemaNBWarning
from .lint import lint
from .model import Schema, Table
from .reflect import inspect, load
from .site import export_site

__version__ = "0.1.0"


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext schemanb``: register the magics."""
    from .jupyter import load_ipython_extension as _load

    _load(ipython)


__all__ = sorted(
    [
        "Schema",
        "SchemaDiff",
        "SchemaNBError",
        "SchemaNBWarning",
        "Table",
        "codegen",
        "erd",
        "diff",
        "export_site",
        "inspect",
        "lint",
        "load",
        "load_ipython_extension",
    ]
)
