"""Escape helpers for HTML text and attributes.

Everything that came from a database is escaped before it reaches markup; Jinja2
templates use ``autoescape=True`` and these helpers cover hand-built strings.
"""

from __future__ import annotations

import html


def escape(value: object) -> str:
    """Escape ``value`` for HTML text or a quoted attribute (quotes included).

    >>> escape('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    return html.escape("" if value is None else str(value), quote=True)
