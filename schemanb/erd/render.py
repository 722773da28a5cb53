"""Render a diagram to SVG, PNG, PDF, DOT or Mermaid, and write it to a file atomically.

Graphviz errors become ours here, once: a missing ``dot`` raises
:class:`~schemanb.errors.GraphvizNotFoundError` (saying how to install it, with
the DOT text in ``.source``), a failing layout a :class:`~schemanb.errors.RenderError`.
The ``dot`` format needs no Graphviz at all, nor does ``mermaid`` (a
:class:`~schemanb.erd.mermaid.MermaidDiagram`'s text: as it is in ``.mmd``, in a
```` ```mermaid ```` fence in ``.md``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .._fs import atomic_write
from ..errors import GraphvizNotFoundError, RenderError

if TYPE_CHECKING:
    import graphviz

Format = Literal["svg", "png", "pdf", "dot", "mermaid"]
FORMATS: tuple[str, ...] = ("svg", "png", "pdf", "dot", "mermaid")
_SUFFIXES = {".svg": "svg", ".png": "png", ".pdf": "pdf", ".dot": "dot", ".gv": "dot",
             ".mmd": "mermaid", ".mermaid": "mermaid", ".md": "mermaid"}


def format_for(path: str | os.PathLike[str], format: str | None = None) -> str:
    """The output format: ``format`` if given, else from the file's extension.

    >>> format_for("er.svg"), format_for("er.gv"), format_for("er.out", "png"), format_for("er.md")
    ('svg', 'dot', 'png', 'mermaid')
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
            "name it .svg, .png, .pdf, .dot, .mmd or .md, or give the format"
        )
    return _SUFFIXES[suffix]


#: How long ``dot`` may lay out one diagram by default (seconds); ``None`` waits for ever.
DEFAULT_TIMEOUT = 300.0


def run_dot(
    source: str, format: str = "svg", *, engine: str = "dot", timeout: float | None = DEFAULT_TIMEOUT
) -> bytes:
    """Lay out DOT ``source`` with Graphviz and return the rendered bytes.

    The one place schemanb starts Graphviz. ``dot`` is a child that dies with
    the call: on a timeout, an interrupt (Ctrl-C) or a termination signal it is
    killed before the exception goes on (``subprocess.run`` does so; the
    graphviz package's own ``pipe`` left it running).
    """
    import subprocess

    cmd = ["dot", f"-K{engine}", f"-T{format}"]
    try:
        done = subprocess.run(
            cmd, input=source.encode("utf-8"), capture_output=True, timeout=timeout, check=False
        )
    except FileNotFoundError as err:
        raise GraphvizNotFoundError(
            f"cannot render the diagram as {format}: Graphviz's `dot` is not "
            "installed — install Graphviz so that `dot` is on PATH (apt-get install "
            "graphviz, brew install graphviz, conda install -c conda-forge graphviz); "
            "the DOT text is in .source, or write format='dot'",
            source=source,
        ) from err
    except subprocess.TimeoutExpired as err:
        raise RenderError(
            f"Graphviz did not finish laying out the diagram within {timeout:g} s — draw fewer "
            "tables (--focus, --tables, --columns none), use a faster layout (--engine sfdp), "
            "or allow more time (--timeout)"
        ) from err
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RenderError(
            f"Graphviz failed to lay out the diagram: {detail[0] if detail else done.returncode} — "
            "write format='dot' to inspect the DOT text"
        )
    return done.stdout


def render_bytes(
    graph: graphviz.Graph | graphviz.Digraph,
    format: str = "svg",
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> bytes:
    """Lay out and render ``graph`` with Graphviz; ``dot`` returns the DOT source."""
    if format == "dot":
        return str(graph.source).encode("utf-8")
    return run_dot(str(graph.source), format, engine=str(graph.engine), timeout=timeout)


def render_svg(graph: graphviz.Graph | graphviz.Digraph) -> str:
    """The diagram as SVG text."""
    return render_bytes(graph, "svg").decode("utf-8")


def mermaid_bytes(diagram: Any, path: str | os.PathLike[str]) -> bytes:
    """A Mermaid diagram's text for ``path``: fenced in Markdown (``.md``), else bare."""
    if not hasattr(diagram, "fenced"):
        raise RenderError("the mermaid format needs a diagram built with format='mermaid' — "
                          "schemanb.erd(..., format='mermaid')")
    fenced = Path(path).suffix.lower() in (".md", ".markdown")
    return str(diagram.fenced() if fenced else diagram.source).encode("utf-8")


def write(
    graph: Any,
    path: str | os.PathLike[str],
    format: str | None = None,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Path:
    """Render ``graph`` and write it to ``path`` atomically (format from the extension).

    A :class:`~schemanb.erd.mermaid.MermaidDiagram` is written as its text (fenced in
    ``.md``). Nothing is written when rendering fails.
    """
    fmt = format_for(path, format)
    if fmt == "mermaid" or hasattr(graph, "fenced"):
        if fmt != "mermaid":
            raise RenderError(f"a Mermaid diagram cannot be written as {fmt} — name the file "
                              ".mmd or .md, or draw it with Graphviz (format='graphviz')")
        return atomic_write(path, mermaid_bytes(graph, path))
    data = render_bytes(graph, fmt, timeout=timeout)
    return atomic_write(path, data)
