"""The lint rules, one small function each, grouped by what they look at.

Importing this package registers every rule in :data:`schemanb.lint.registry.RULES`
in a stable order (keys, indexes, columns, naming).
"""

from __future__ import annotations

from . import columns, indexes, keys, naming  # noqa: F401 - registration

__all__: list[str] = []
