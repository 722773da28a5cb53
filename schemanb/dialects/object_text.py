"""The text of routine and trigger bodies as the snapshot stores it.

Bodies are kept verbatim: folding whitespace would join a ``--`` comment with
the lines after it when the body is created again. Only line endings and
trailing whitespace are normalised, so a file saved on Windows or an editor
that trims lines does not make a change. (The diff compares bodies
whitespace-insensitively.)
"""

from __future__ import annotations


def stored_body(text: str | None) -> str:
    """``text`` with ``\\n`` line endings, no trailing spaces, trimmed.

    >>> stored_body("BEGIN  \\r\\n  SET x = 1; -- one\\r\\nEND\\n\\n")
    'BEGIN\\n  SET x = 1; -- one\\nEND'
    """
    if not text:
        return ""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()
