"""Render a diagram to SVG, PNG, PDF or DOT, and write it to a file atomically.

Graphviz errors become ours here, once: a missing ``dot`` raises
:class:`~schemanb.errors.GraphvizNotFoundError` (saying how to install it, with
the DOT text in ``.source``), a failing layout a :class:`~schemanb.errors.RenderError`.
The ``dot`` format needs no Graphviz at all.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .._fs import atomic_write
from ..errors import GraphvizNotFoundError, RenderError

if TYPE_CHECKING:
    import graphviz

Format = Literal["svg", "png", "pdf", "dot"]
FORMATS: tuple[str, ...] = ("svg", "png", "pdf", "dot")
_SUFFIXES = {".svg": "svg", ".png": "png", ".pdf": "pdf", ".dot": "dot", ".gv": "dot"}


def format_for(path: str | os.PathLike[str], format: str | None = None) -> str:
    """The output format: ``format`` if given, else from the file's extension.

    >>> format_for("er.svg"), format_for("er.gv"), format_for("er.out", "png")
    ('svg', 'dot', 'png')
    """
    if format is not None:
        if format not in FORMATS:
            raise RenderError(
                f"unknown diagram format {format!r} — choose one of {', '.join(FORMATS)}"
            )
        return format
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise RenderError(
            f"cannot tell the diagram format of {os.fspath(path)!r} from its extension — "
            "name it .svg, .png, .pdf or .dot, or give the format"
        )
    return _SUFFIXES[suffix]


def render_bytes(graph: graphviz.Graph | graphviz.Digraph, format: str = "svg") -> bytes:
    """Lay out and render ``graph`` with Graphviz; ``dot`` returns the DOT source."""
    import graphviz

    if format == "dot":
        return str(graph.source).encode("utf-8")
    try:
        return bytes(graph.pipe(format=format))
    except graphviz.ExecutableNotFound as err:
        raise GraphvizNotFoundError(
            f"cannot render the diagram as {format}: Graphviz's `{graph.engine}` is not "
            "installed — install Graphviz so that `dot` is on PATH (apt-get install "
            "graphviz, brew install graphviz, conda install -c conda-forge graphviz); "
            "the DOT text is in .source, or write format='dot'",
            source=graph.source,
        ) from err
    except graphviz.CalledProcessError as err:
        detail = (err.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise RenderError(
            f"Graphviz failed to lay out the diagram: {detail[0] if detail else err} — "
            "write format='dot' to inspect the DOT text"
        ) from err


def render_svg(graph: graphviz.Graph | graphviz.Digraph) -> str:
    """The diagram as SVG text."""
    return render_bytes(graph, "svg").decode("utf-8")


def write(
    graph: graphviz.Graph | graphviz.Digraph,
    path: str | os.PathLike[str],
    format: str | None = None,
) -> Path:
    """Render ``graph`` and write it to ``path`` atomically (format from the extension).

    Nothing is written when rendering fails.
    """
    data = render_bytes(graph, format_for(path, format))
    return atomic_write(path, data)
