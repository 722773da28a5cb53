"""The shared list of hostile identifiers and comments (used across the suite).

Every name here is legal on PostgreSQL, MariaDB and SQLite when quoted, and at most
63 characters long (PostgreSQL's limit; MariaDB allows 64).
"""

from __future__ import annotations

#: Identifiers that need quoting somewhere, each a separate test id.
HOSTILE_NAMES: dict[str, str] = {
    "mixed_case": "MixedCase",
    "space": "with space",
    "double_quote": 'dq"name',
    "single_quote": "sq'name",
    "reserved": "select",
    "unicode": "naïve_ünïcødé",
    "percent": "pct%name",
    "markup": "<script>x</script>",
    "long63": "l" * 63,
}

#: Comments that would break HTML, DOT or SQL if not escaped.
HOSTILE_COMMENTS: dict[str, str] = {
    "script": "<script>alert(1)</script>",
    "img": '<img src=x onerror="alert(1)">',
    "quotes": "it's \"quoted\" & <b>bold</b>",
    "backslash": "back\\slash \\n \\l",
    "unicode": "ünïcødé — ✓",
}
