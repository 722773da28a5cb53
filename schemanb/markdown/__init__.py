"""Schema docs that live in git: Markdown files with Mermaid diagrams, and PR comments.

* :func:`build_docs` -- a snapshot as Markdown files (``README.md``, ``tables/*.md``,
  ``views/*.md``, ``lint.md``): byte-for-byte the same for the same schema;
* :func:`write_docs` / :func:`check_docs` -- write them, or say which files on disk
  are out of date (the CI check of ``schemanb docs --format markdown --check``);
* :func:`render_diff_markdown` -- a ``SchemaDiff`` as a pull-request comment.

Everything from the database is escaped by :mod:`.text`; file names come from
:mod:`.files` (safe and unique on case-insensitive file systems too).
"""

from __future__ import annotations

from .docs import GENERATED_MARK, OVERVIEW_MAX, DocsCheck, build_docs, check_docs, write_docs
from .pr import render_diff_markdown

__all__ = ["GENERATED_MARK", "OVERVIEW_MAX", "DocsCheck", "build_docs", "check_docs",
           "render_diff_markdown", "write_docs"]
