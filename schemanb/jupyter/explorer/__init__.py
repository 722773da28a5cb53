"""The drift explorer: pure state (:mod:`.state`) and the ipywidgets bound to it (:mod:`.view`)."""

from __future__ import annotations

from .state import ExplorerState

__all__ = ["ExplorerState"]
