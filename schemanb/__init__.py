"""schemanb: look at, compare and publish database schemas from Jupyter notebooks.

The whole public API::

    schemanb.inspect(source) -> Schema          # URL, Engine, Connection, MetaData, file
    schemanb.load(path) -> Schema               # a saved snapshot; Schema.save(path)
    schemanb.diff(a, b) -> SchemaDiff           # .changes, .frame, .to_sql(), .to_alembic()
    schemanb.erd(schema, focus=..., diff=...)   # -> graphviz.Digraph
    schemanb.codegen(schema) -> str             # SQLAlchemy 2.0 models
    schemanb.lint(schema) -> DataFrame          # findings: rule, severity, object, message
    schemanb.export_site(source, out_dir)       # static HTML data dictionary
    %load_ext schemanb                          # the notebook magics

``diff``, ``erd`` and ``codegen`` are also subpackage names, so they are imported
eagerly here: a lazy import would rebind the name to the module (STYLE.md §1).
"""

from __future__ import annotations

from typing import Any

from .codegen import codegen
from .diff import SchemaDiff, diff
from .erd import erd
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


__all__ = [
    "Schema",
    "SchemaDiff",
    "SchemaNBError",
    "SchemaNBWarning",
    "Table",
    "codegen",
    "diff",
    "erd",
    "export_site",
    "inspect",
    "lint",
    "load",
    "load_ipython_extension",
]
