"""Database text made safe for Markdown (GitHub-flavoured) and the HTML it may hold.

Two ways in, and nothing else reaches a page:

* :func:`md_code` for names: a code span (literal: no emphasis, links or HTML),
  with a fence longer than any backtick run in the name; newlines and control
  characters become spaces; in a table cell ``|`` is escaped (GFM splits cells
  before it parses code spans).
* :func:`md_text` for free text (comments, messages): ``& < >`` as HTML entities,
  every character Markdown or GitHub gives a meaning inline
  (``\\ ` * _ [ ] | ~ $ @ { } ! #``) backslash-escaped, a line start that would open
  a block (``-``, ``+``, ``=``, ``1.``) escaped too, and newlines as ``<br>``.

>>> md_text("<b>*x*</b> | @all")
'&lt;b&gt;\\\\*x\\\\*&lt;/b&gt; \\\\| \\\\@all'
>>> md_code("a`b|c", cell=True)
'``a`b\\\\|c``'
"""

from __future__ import annotations

import re

_RE_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
_RE_INLINE = re.compile(r"([\\`*_\[\]|~$@{}!#])")
_RE_BLOCK_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")


def _clean(value: object) -> str:
    text = "" if value is None else str(value)
    return _RE_CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


def md_text(value: object, *, cell: bool = False) -> str:
    """Free text (a comment, a message) for a Markdown paragraph or table cell."""
    text = _clean(value).replace("\t", " ")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = []
    for line in text.split("\n"):
        line = _RE_INLINE.sub(r"\\\1", line.strip())
        line = _RE_BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2)
                                   if not m.group(2)[0].isdigit()
                                   else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], line)
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "<br>".join(lines) if cell else "<br>\n".join(lines)


def md_code(value: object, *, cell: bool = False) -> str:
    """A name as a code span (``|`` escaped inside a table cell)."""
    text = _clean(value).replace("\n", " ").replace("\t", " ")
    if cell:
        text = text.replace("|", "\\|")
    if not text:
        return "` `"
    runs = [len(r) for r in re.findall(r"`+", text)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def fence(body: str, lang: str = "") -> str:
    """``body`` in a fenced code block whose fence no line of ``body`` can close."""
    runs = [len(r) for r in re.findall(r"^\s*(`{3,}|~{3,})", body, re.M)]
    ticks = "`" * max(3, max(runs, default=0) + 1)
    if not body.endswith("\n"):
        body += "\n"
    return f"{ticks}{lang}\n{body}{ticks}\n"


def link(label: str, target: str) -> str:
    """``[label](target)``; ``label`` is already Markdown, ``target`` a safe relative path."""
    return f"[{label}]({target})"
