"""Imports follow the flow: an AST walk of every module against STYLE.md's import table.

Sources -> snapshot -> pure functions -> renderers -> people: a module never
imports from a layer to its right. Third-party libraries that are heavy or
belong to another layer are checked at module level (imports inside functions
are how the import-cost rule is met). One sanctioned exception: the two-line
convenience methods DESIGN.md puts on the objects (``Schema.save``,
``_repr_html_``, ``SchemaDiff.to_sql`` ...) import their renderer inside the
method body; :data:`DELEGATES` names them, nowhere else may do so.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "schemanb"

LEAVES = {"model", "errors", "_redact", "_html", "_fs", "_gc", "_signals"}
_PURE = {"model", "dialects", "errors", "_redact", "_html", "_fs", "_gc", "selection"}
_OUTPUT = _PURE | {"diff", "extra"}
_EDGE = {
    "model", "errors", "_redact", "_html", "_fs", "_gc", "_signals", "serialize", "dialects", "reflect", "diff",
    "selection",
    "lint", "extra", "migrate", "frames", "erd", "codegen", "display", "sample",
}

#: component -> the schemanb components it may import (its own always allowed).
ALLOWED: dict[str, set[str]] = {
    "model": {"errors"},
    "errors": set(),
    "_redact": set(),
    "_html": set(),
    "_fs": {"errors"},
    "_gc": set(),
    "_signals": set(),
    "selection": {"model", "errors"},
    "serialize": {"model", "errors", "_fs"},
    "dialects": {"model", "errors"},
    "reflect": {"model", "serialize", "dialects", "errors", "_redact", "_gc"},
    "diff": _PURE,
    # lint(source) is a public entry point: it may inspect a source it is given.
    "lint": _PURE | {"diff", "reflect", "extra", "serialize"},
    "extra": {"model", "errors", "_fs"},
    "migrate": _PURE | {"diff"},
    "frames": _OUTPUT,
    "display": _OUTPUT,
    "erd": _OUTPUT,
    "codegen": _OUTPUT,
    # Markdown docs and PR comments: Mermaid diagrams from erd, findings from lint.
    "markdown": _OUTPUT | {"erd", "lint"},
    # The demo (sample/demo.py) runs every feature in turn, the site among them.
    "sample": (_EDGE - {"sample"}) | {"site"},
    "check": _EDGE,
    "testing": _EDGE,
    "jupyter": _EDGE,
    "site": (_EDGE - {"sample"}) | {"jupyter"},
    "cli": _EDGE | {"check", "site", "jupyter", "markdown"},
    "__init__": {"*"},
    "__main__": {"*"},
}

#: Libraries that are heavy or belong to one layer: module level only in that layer.
_HEAVY = {"pandas", "IPython", "graphviz", "nbconvert", "nbclient", "nbformat", "alembic", "ipywidgets"}
#: component -> its "one library" (STYLE.md), which it may import at module level.
OWN_LIBRARIES: dict[str, set[str]] = {
    "frames": {"pandas"},
    "erd": {"graphviz"},
    "migrate": {"alembic"},
    "jupyter": {"IPython", "ipywidgets"},
    "site": {"nbclient", "nbconvert", "nbformat", "IPython"},
}
#: The innermost layers do not even import SQLAlchemy.
_NO_SQLALCHEMY = {"model", "errors", "_fs", "_gc", "_html", "serialize", "selection"}


def _forbidden_third_party(component: str) -> set[str]:
    own = OWN_LIBRARIES.get(component, set())
    return (_HEAVY - own) | ({"sqlalchemy"} if component in _NO_SQLALCHEMY else set())


#: (class, method) of the sanctioned delegates that import a later layer inside.
DELEGATES = {
    ("Schema", "save"),
    ("Schema", "_repr_html_"),
    ("Table", "_repr_html_"),
    ("View", "_repr_html_"),
    ("SchemaDiff", "_repr_html_"),
    ("SchemaDiff", "frame"),
    ("SchemaDiff", "to_sql"),
    ("SchemaDiff", "to_alembic"),
}


#: Data shipped as .py files but never imported as modules: the sample's Alembic
#: history (Alembic loads env.py and the revisions itself, when it runs them).
NOT_MODULES = (PACKAGE / "sample" / "alembic",)


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(path.is_relative_to(folder) for folder in NOT_MODULES):
            continue
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def _component(dotted: str) -> str:
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(tree: ast.Module, module: str, is_package: bool) -> Iterator[tuple[str, int, str, str | None]]:
    """(imported dotted name, line, scope, enclosing 'Class.method') of every import.

    scope is "module", "function" or "typing" (under ``if TYPE_CHECKING``).
    """

    def visit(node: ast.AST, scope: str, owner: tuple[str | None, str | None]) -> Iterator[tuple[str, int, str, str | None]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                yield from visit(child, "typing", owner)
            elif isinstance(child, ast.ClassDef):
                yield from visit(child, scope, (child.name, None))
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield from visit(child, "function" if scope != "typing" else scope, (owner[0], child.name))
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name, child.lineno, scope, _owner(owner)
            elif isinstance(child, ast.ImportFrom):
                for name in _resolve(child, module, is_package):
                    yield name, child.lineno, scope, _owner(owner)
            else:
                yield from visit(child, scope, owner)

    yield from visit(tree, "module", (None, None))


def _owner(owner: tuple[str | None, str | None]) -> str | None:
    return f"{owner[0]}.{owner[1]}" if owner[0] and owner[1] else owner[1]


def _resolve(node: ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    if node.level == 0:
        return [node.module or ""]
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    if node.module:
        return [".".join([*base, node.module])]
    return [".".join([*base, alias.name]) for alias in node.names]


def _check(module: str, source: str, *, is_package: bool) -> list[str]:
    """The import-table violations of one module's source."""
    component = _component(module)
    allowed = ALLOWED.get(component)
    if allowed is None:
        return [f"{module}: component {component!r} is not in the import table — add it"]
    forbidden = _forbidden_third_party(component)
    found = []
    for name, line, scope, owner in _imports(ast.parse(source), module, is_package):
        if scope == "typing":
            continue
        if name.startswith("schemanb.") or name == "schemanb":
            target = _component(name)
            if target in ("__init__", component) or "*" in allowed or target in allowed:
                continue
            if scope == "function" and owner is not None and tuple(owner.split(".")) in DELEGATES:
                continue
            found.append(f"{module}:{line}: {component} must not import {name} ({scope} level)")
        elif scope == "module" and name.split(".")[0] in forbidden:
            found.append(f"{module}:{line}: {name} at module level (import it inside the function)")
    return found


def _violations() -> list[str]:
    found = []
    for module, path in _modules():
        source = path.read_text(encoding="utf-8")
        found += _check(module, source, is_package=path.name == "__init__.py")
    return found


def test_rules_catch_violations():
    source = (
        "import pandas\n"
        "from ..reflect import inspect\n"
        "def f():\n"
        "    from ..frames import tables_frame\n"
        "class Schema:\n"
        "    def save(self):\n"
        "        from ..frames import x\n"
    )
    assert _check("schemanb.dialects.base", source, is_package=False) == [
        "schemanb.dialects.base:1: pandas at module level (import it inside the function)",
        "schemanb.dialects.base:2: dialects must not import schemanb.reflect (module level)",
        "schemanb.dialects.base:4: dialects must not import schemanb.frames (function level)",
    ]
    assert _check("schemanb.frames", "import pandas\n", is_package=False) == []
    assert _check("schemanb.newthing", "", is_package=False) == [
        "schemanb.newthing: component 'newthing' is not in the import table — add it"
    ]


def test_imports_follow_the_layers():
    violations = _violations()
    assert violations == [], "\n".join(violations)


def test_the_walker_sees_relative_and_function_imports():
    """The walker itself: a relative import from a package, inside a method."""
    tree = ast.parse(
        "from .model import Schema\n"
        "class Schema:\n"
        "    def save(self):\n"
        "        from .serialize import save_schema\n"
        "if TYPE_CHECKING:\n"
        "    import pandas\n"
    )
    got = list(_imports(tree, "schemanb", is_package=True))
    assert got == [
        ("schemanb.model", 1, "module", None),
        ("schemanb.serialize", 4, "function", "Schema.save"),
        ("pandas", 6, "typing", None),
    ]


@pytest.mark.parametrize(("module", "component"), [("schemanb", "__init__"), ("schemanb.diff.compare.columns", "diff")])
def test_component(module, component):
    assert _component(module) == component


# ------------------------------------------------------------------ dialect names

#: The dialect names no module outside ``schemanb/dialects/`` may compare against:
#: what a dialect does is a DialectSupport capability or method (docs/architecture.md).
DIALECT_NAMES = frozenset({"sqlite", "postgresql", "postgres", "mysql", "mariadb"})


def _dialect_literals(node: ast.AST) -> Iterator[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.lower() in DIALECT_NAMES:
        yield node.value
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        for element in node.elts:
            yield from _dialect_literals(element)


def _dialect_branches(source: str, module: str) -> list[str]:
    """Every comparison (``==``, ``!=``, ``in``, ``not in``, ``case``) with a dialect-name literal."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            if any(next(_dialect_literals(operand), None) for operand in (node.left, *node.comparators)):
                found.append(f"{module}:{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.match_case):
            for pattern in ast.walk(node.pattern):
                if isinstance(pattern, ast.MatchValue) and next(_dialect_literals(pattern.value), None):
                    found.append(f"{module}:{pattern.lineno}: case {ast.unparse(pattern.value)}")
    return found


def test_dialect_branches_are_caught():
    source = (
        "if dialect == 'sqlite':\n    pass\n"
        "x = name in ('mysql', 'mariadb')\n"
        "y = 'Postgres' != backend\n"
        "match d:\n    case 'postgresql':\n        pass\n    case 'other':\n        pass\n"
        "z = kind == 'sqlite_master' or options == {'sqlite': 1}\n"
    )
    assert _dialect_branches(source, "m") == [
        "m:1: dialect == 'sqlite'",
        "m:3: name in ('mysql', 'mariadb')",
        "m:4: 'Postgres' != backend",
        "m:6: case 'postgresql'",
    ]


def test_no_dialect_branches_outside_dialects():
    """Dialect knowledge lives in ``schemanb/dialects/``: nowhere else tests a dialect's name."""
    found = []
    for module, path in _modules():
        if _component(module) != "dialects":
            found += _dialect_branches(path.read_text(encoding="utf-8"), module)
    assert found == [], "ask support_for(dialect) for a capability instead:\n" + "\n".join(found)


# ------------------------------------------------------------------ no circles


def _module_graph(packages: tuple[str, ...]) -> dict[str, set[str]]:
    """Module -> the modules of ``packages`` it imports: at module level, under
    ``TYPE_CHECKING`` or inside a function (a deferred import is still a dependency)."""
    modules = {m: p for m, p in _modules() if m.startswith(packages)}
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, _line, _scope, _owner in _imports(tree, module, path.name == "__init__.py"):
            while name and name not in modules:  # "from . import plan" names schemanb.diff.plan
                name = name.rpartition(".")[0]
            if name and name != module:
                targets.add(name)
        graph[module] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize("package", ["schemanb.diff", "schemanb.migrate", "schemanb.dialects"])
def test_no_import_cycle_inside(package):
    """diff/, migrate/ and dialects/ read as a straight line: no module imports one that
    imports it back (dialects: base.py combines the parts, none of which imports it)."""
    graph = {m: {t for t in targets if t.startswith(package + ".")}
             for m, targets in _module_graph((package + ".",)).items()}
    assert _cycles(graph) == []


# ------------------------------------------------------------------ dialect packages

#: One package a dialect under ``schemanb/dialects/``; the shared modules beside them
#: (base, catalog, tokens, object_text, type_loss) serve all three.
DIALECT_PACKAGES = ("postgresql", "mysql", "sqlite")


def _dialect_package(module: str) -> str | None:
    return next((d for d in DIALECT_PACKAGES
                 if module == f"schemanb.dialects.{d}" or module.startswith(f"schemanb.dialects.{d}.")), None)


def test_dialect_packages_are_reached_only_through_support_for():
    """No module imports a dialect package but that package itself: the shared
    modules and the other dialects stay apart, and features ask ``support_for(name)``."""
    found = [
        f"{module} imports {target}"
        for module, targets in sorted(_module_graph(("schemanb.",)).items())
        for target in sorted(targets)
        if _dialect_package(target) not in (None, _dialect_package(module))
    ]
    assert found == []
    assert all((PACKAGE / "dialects" / d / "__init__.py").is_file() for d in DIALECT_PACKAGES)
