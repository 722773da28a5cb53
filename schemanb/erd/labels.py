"""HTML-like Graphviz labels: the only place names, types and comments enter DOT.

Everything that came from a database is passed through :func:`dot_text`, which

* escapes ``& < > " '`` as XML entities (Graphviz parses HTML-like labels as XML,
  and the ``graphviz`` package passes any string that starts with ``<`` and ends
  with ``>`` through unquoted, so a raw name would be markup);
* doubles every backslash: Graphviz substitutes ``\\N``, ``\\G``, ``\\T``, ``\\H``,
  ``\\E`` and ``\\L`` inside HTML-like labels and their ``TOOLTIP``/``HREF``
  attributes too, and ``\\\\`` is its escape for a literal backslash;
* replaces control characters (which XML forbids) with U+FFFD.

Database text is never put into plain (escString) attributes such as a node's
``tooltip``: Graphviz unescapes those inconsistently between nodes and edges.
Tooltips and links ride on the label's ``TABLE``/``TD`` elements instead
(``HREF=""`` makes a tooltip appear without a link).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Column

_RE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

#: Diff states and their (border/edge colour, fill colour).
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "added": ("#2e7d32", "#c8e6c9"),
    "dropped": ("#c62828", "#ffcdd2"),
    "changed": ("#e65100", "#ffe0b2"),
}
HEADER_FILL = "#dbe5f1"
#: Header fill and border of view nodes (materialized views share them).
VIEW_FILL = "#e9dcf5"
VIEW_BORDER = "#6a1b9a"
#: View-dependency edges: lighter and thinner than foreign keys, which they must not drown.
VIEW_EDGE = "#c5b3dd"
TOOLTIP_MAX = 600


def dot_text(value: object) -> str:
    r"""Escape ``value`` for text or an attribute inside an HTML-like label.

    >>> dot_text('<script>"x" & \\N</script>')
    '&lt;script&gt;&quot;x&quot; &amp; \\\\N&lt;/script&gt;'
    """
    text = "" if value is None else str(value)
    text = _RE_CONTROL.sub("\ufffd", text)
    return html.escape(text, quote=True).replace("\\", "\\\\").replace("\n", "&#10;")


def _tooltip(text: str | None) -> str:
    if not text:
        return ""
    if len(text) > TOOLTIP_MAX:
        text = text[: TOOLTIP_MAX - 1] + "…"
    return text


def _link_attrs(href: str | None, tooltip: str | None) -> str:
    """``HREF``/``TOOLTIP`` attributes; an empty ``HREF`` carries a tooltip without a link."""
    tip = _tooltip(tooltip)
    if not href and not tip:
        return ""
    out = f' HREF="{dot_text(href or "")}"'
    if tip:
        out += f' TOOLTIP="{dot_text(tip)}"'
    return out


@dataclass(frozen=True, slots=True)
class Row:
    """One column line of a table node.

    ``port`` names the line: its first cell is port ``<port>w`` (edges arrive
    from the west), its last ``<port>e`` (edges leave to the east).
    """

    port: str
    column: Column
    markers: str = ""
    status: str | None = None
    old_name: str | None = None
    href: str | None = None


def _name_html(name: str, old_name: str | None) -> str:
    if old_name is not None and old_name != name:
        return f"<S>{dot_text(old_name)}</S> → {dot_text(name)}"
    return dot_text(name)


def _row_html(row: Row, *, show_types: bool) -> str:
    fill = f' BGCOLOR="{STATUS_COLOURS[row.status][1]}"' if row.status else ""
    links = _link_attrs(row.href, row.column.comment)
    name = _name_html(row.column.name, row.old_name)
    if row.status == "dropped":
        name = f"<S>{name}</S>"
    cells = [f'<TD ALIGN="LEFT"{fill} PORT="{row.port}w"{links}>{name}</TD>']
    if show_types:
        cells.append(f'<TD ALIGN="LEFT"{fill}><FONT COLOR="#555555">'
                     f"{dot_text(row.column.type_sql)}</FONT></TD>")
    cells.append(f'<TD ALIGN="LEFT"{fill} PORT="{row.port}e"><FONT POINT-SIZE="9">'
                 f"{dot_text(row.markers) or ' '}</FONT></TD>")
    return "<TR>" + "".join(cells) + "</TR>"


def table_label(
    title: str,
    rows: Sequence[Row],
    *,
    status: str | None = None,
    old_title: str | None = None,
    href: str | None = None,
    tooltip: str | None = None,
    show_types: bool = True,
    hidden_columns: int = 0,
    kind: str | None = None,
    subtitle: str | None = None,
) -> str:
    """The HTML-like label of one table (or view) node.

    Args:
        title: the table's display name (``name`` or ``schema.name``).
        rows: the column lines, in order.
        status: the table's diff state (``added``, ``dropped``, ``changed``).
        old_title: the old name of a renamed table, shown as ``old → new``.
        href: the table's link; ``tooltip``: its comment (or any hover text).
        show_types: add a column with each column's SQL type.
        hidden_columns: how many columns were left out (shown as a last line).
        kind: ``"view"`` or ``"materialized view"`` draws a view node: a purple
            header naming the kind and a dashed border; ``None`` is a table.
        subtitle: a small line under the header (a partitioned table's strategy).
    """
    span = 3 if show_types else 2
    border = STATUS_COLOURS[status][0] if status else (VIEW_BORDER if kind else "#444444")
    head_fill = STATUS_COLOURS[status][1] if status else (VIEW_FILL if kind else HEADER_FILL)
    width = ' BORDER="2"' if status else ""
    style = ' STYLE="dashed"' if kind else ""
    head = _name_html(title, old_title)
    if status == "dropped":
        head = f"<S>{head}</S>"
    if kind:
        head = f'<FONT POINT-SIZE="8">«{dot_text(kind)}»</FONT><BR/>{head}'
    parts = [
        f'<<TABLE{width}{style} CELLBORDER="0" CELLSPACING="0" CELLPADDING="3" COLOR="{border}"'
        f"{_link_attrs(href, tooltip or title)}>",
        f'<TR><TD COLSPAN="{span}" BGCOLOR="{head_fill}" PORT="h"><B>{head}</B></TD></TR>',
    ]
    if subtitle:
        parts.append(f'<TR><TD COLSPAN="{span}" ALIGN="LEFT"><FONT POINT-SIZE="9" '
                     f'COLOR="#555555">{dot_text(subtitle)}</FONT></TD></TR>')
    parts.extend(_row_html(r, show_types=show_types) for r in rows)
    if hidden_columns:
        noun = "column" if hidden_columns == 1 else "columns"
        parts.append(f'<TR><TD COLSPAN="{span}" ALIGN="LEFT"><FONT POINT-SIZE="9" '
                     f'COLOR="#777777">+{hidden_columns} more {noun}</FONT></TD></TR>')
    parts.append("</TABLE>>")
    return "".join(parts)


def cluster_label(schema_name: str) -> str:
    """The label of a schema's cluster."""
    return f"<<B>{dot_text(schema_name)}</B>>"


def edge_label(text: str) -> str:
    """A small HTML-like edge label (the association table of a collapsed many-to-many)."""
    return f'<<FONT POINT-SIZE="9">{dot_text(text)}</FONT>>'


def note_label(lines: Sequence[str]) -> str:
    """The graph's note: what was simplified, one line each."""
    body = "<BR ALIGN=\"LEFT\"/>".join(dot_text(line) for line in lines)
    return f'<<FONT POINT-SIZE="10">{body}<BR ALIGN="LEFT"/></FONT>>'
