"""The notebook layer: ``%load_ext schemanb`` magics, rich displays, the drift explorer.

``load_ipython_extension`` registers one :class:`~schemanb.jupyter.magics.SchemaNBMagics`
instance (which holds the named connections). IPython is imported only here and
below, never by ``import schemanb``.
"""

from __future__ import annotations

from typing import Any


def load_ipython_extension(ipython: Any) -> None:
    """Register the schemanb magics on ``ipython`` (``%load_ext schemanb``)."""
    from .magics import SchemaNBMagics

    ipython.register_magics(SchemaNBMagics(ipython))


__all__ = ["load_ipython_extension"]
