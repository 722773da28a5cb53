"""The lint rules, one small function each, grouped by what they look at.

Importing this package registers every rule in :data:`schemanb.lint.registry.RULES`.
The registration order below is the order of the rule table, of ``--list-rules``
and of the site's quality page: keys first, then indexes, columns, naming.
"""

from __future__ import annotations

from importlib import import_module

_MODULES = ("keys", "indexes", "columns", "naming", "design")

for _name in _MODULES:
    import_module(f"{__name__}.{_name}")

__all__: list[str] = []
