"""The import block of a generated module: only what is used, grouped as isort does.

Sections in order — ``__future__``, standard library, third party, local
(relative) — separated by a blank line; in each, ``import x`` lines first, then
``from x import ...`` by module; names ordered as ruff's isort orders them
(CONSTANTS, then Classes, then functions); long lines wrapped one name per line.
``ruff check`` accepts the result (a test runs it).
"""

from __future__ import annotations

#: Modules of the standard library that generated code imports.
_STDLIB = frozenset({"__future__", "datetime", "decimal", "typing", "uuid"})

#: ruff's default line length; a longer ``from`` line is wrapped.
LINE_LENGTH = 88


class Imports:
    """Collects ``import module`` and ``from module import name`` statements."""

    def __init__(self) -> None:
        self._modules: set[str] = set()
        self._names: dict[str, set[str]] = {}

    def add(self, module: str, name: str | None = None) -> None:
        """Record ``import module`` (``name=None``) or ``from module import name``."""
        if name is None:
            self._modules.add(module)
        else:
            self._names.setdefault(module, set()).add(name)

    def merge(self, pairs: tuple[tuple[str, str], ...]) -> None:
        for module, name in pairs:
            self.add(module, name)

    @property
    def bound_names(self) -> frozenset[str]:
        """Every name these imports bind in the module."""
        bound = {m.split(".")[0] for m in self._modules}
        for names in self._names.values():
            bound.update(names)
        return frozenset(bound)

    def render(self) -> str:
        sections: list[list[str]] = [[], [], [], []]
        for module in sorted(self._modules, key=_module_key):
            sections[_section(module)].append(f"import {module}")
        for module in sorted(self._names, key=_module_key):
            names = sorted(self._names[module], key=_name_key)
            sections[_section(module)].append(_from_line(module, names))
        return "\n\n".join("\n".join(lines) for lines in sections if lines)


def _section(module: str) -> int:
    if module == "__future__":
        return 0
    if module.startswith("."):
        return 3
    return 1 if module.split(".")[0] in _STDLIB else 2


def _module_key(module: str) -> tuple[str, str]:
    return (module.lower(), module)


def _name_key(name: str) -> tuple[int, str, str]:
    """ruff's ``order-by-type``: CONSTANTS, then Classes, then the rest."""
    if name.isupper() and len(name) > 1:
        kind = 0
    elif name[:1].isupper():
        kind = 1
    else:
        kind = 2
    return (kind, name.lower(), name)


def _from_line(module: str, names: list[str]) -> str:
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH:
        return line
    body = "".join(f"    {n},\n" for n in names)
    return f"from {module} import (\n{body})"
