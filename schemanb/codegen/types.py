"""A snapshot column's type strings -> a SQLAlchemy type expression that round-trips.

The snapshot keeps a type as two strings: ``type_sql`` (the dialect's spelling,
normalised) and ``type_generic``. Candidate expressions are built from both,
most readable first — ``String(100)`` before ``VARCHAR(100)`` before
``postgresql.VARCHAR(100)`` — and each candidate is *proven*: instantiated,
passed through the dialect's own normaliser (the one :func:`schemanb.inspect`
uses on models) and kept only when it gives back exactly the column's
``type_sql``, ``type_generic`` and collation. So a generic type is used only
where it loses nothing on that dialect; JSONB, INET, UUID, arrays, PostgreSQL
enums and domains, MySQL's unsigned integers, ENUM and SET keep their dialect
types. Results are cached per distinct type, so a 1,000-table schema proves a
few dozen types, not 10,000 columns.
"""

from __future__ import annotations

import datetime
import decimal
import functools
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .. import model
from ..dialects import support_for
from ..dialects.tokens import split_top_level

#: ``type_generic`` heads and the readable SQLAlchemy class that spells them.
_READABLE = {
    "INTEGER": "Integer",
    "BIGINT": "BigInteger",
    "SMALLINT": "SmallInteger",
    "VARCHAR": "String",
    "TEXT": "Text",
    "BOOLEAN": "Boolean",
    "DATE": "Date",
    "DATETIME": "DateTime",
    "TIME": "Time",
    "NUMERIC": "Numeric",
    "FLOAT": "Float",
    "DOUBLE": "Double",
    "BLOB": "LargeBinary",
    "JSON": "JSON",
    "INTERVAL": "Interval",
    "CHAR(32)": "Uuid",
    "UUID": "Uuid",
}

_PYTHON_NAMES: dict[type, tuple[str, str | None]] = {
    int: ("int", None),
    str: ("str", None),
    bool: ("bool", None),
    float: ("float", None),
    bytes: ("bytes", None),
    dict: ("dict", None),
    list: ("list", None),
    decimal.Decimal: ("decimal.Decimal", "decimal"),
    datetime.datetime: ("datetime.datetime", "datetime"),
    datetime.date: ("datetime.date", "datetime"),
    datetime.time: ("datetime.time", "datetime"),
    datetime.timedelta: ("datetime.timedelta", "datetime"),
    uuid.UUID: ("uuid.UUID", "uuid"),
}

_RE_TYPE = re.compile(
    r"^(?P<head>[A-Za-z_][\w ]*?)\s*(?:\((?P<args>.*)\))?(?P<tail>(?:\s+[A-Z]+)*)(?P<array>(?:\[\])*)$",
    re.S,
)


@dataclass(frozen=True)
class TypeCode:
    """A type as source: ``expr`` uses the names in ``imports`` (module, name)."""

    expr: str
    imports: tuple[tuple[str, str], ...]
    python: str
    python_module: str | None
    exact: bool


@dataclass(frozen=True)
class _Named:
    """A named PostgreSQL type (enum or domain) the column may use."""

    kind: str
    name: str
    schema: str | None
    values: tuple[str, ...] = ()
    base: str = ""
    not_null: bool = False
    default: str | None = None
    check: str | None = None
    check_name: str | None = None
    collation: str | None = None


def named_types(schema: model.Schema) -> tuple[_Named, ...]:
    """The enums and domains of ``schema`` in the shape :func:`type_code` takes."""
    out = [_Named("enum", e.name, e.schema, values=e.values) for e in schema.enums]
    out += [
        _Named(
            "domain",
            d.name,
            d.schema,
            base=d.type_sql,
            not_null=not d.nullable,
            default=d.default,
            check=d.checks[0].expression if len(d.checks) == 1 else None,
            check_name=d.checks[0].name if len(d.checks) == 1 else None,
            collation=d.collation,
        )
        for d in schema.domains
    ]
    return tuple(out)


def type_code(
    dialect: str | None, column: model.Column, named: tuple[_Named, ...] = ()
) -> TypeCode:
    """The SQLAlchemy expression for ``column``'s type on ``dialect``.

    ``exact`` is false when no candidate reproduced the column's type; the
    closest dialect candidate is returned then, and the caller reports it.
    """
    relevant = tuple(n for n in named if _names_type(n, column.type_sql))
    return _cached(dialect or "sqlite", column.type_sql, column.type_generic, column.collation, relevant)


@functools.lru_cache(maxsize=4096)
def _cached(
    dialect: str,
    type_sql: str,
    type_generic: str,
    collation: str | None,
    named: tuple[_Named, ...],
) -> TypeCode:
    support = support_for(dialect)
    target = (type_sql, type_generic, collation)
    first: tuple[str, dict[str, tuple[str, Any]]] | None = None
    for expr, names in _candidates(dialect, type_sql, type_generic, collation, named):
        try:
            obj = _evaluate(expr, names)
            got = support.normalize_type(obj)
        except Exception:  # noqa: BLE001 - a candidate that does not construct is skipped
            continue
        if first is None:
            first = (expr, names)
        if got == target:
            return _finish(expr, names, obj, exact=True)
    if first is None:
        # An unknown named type (a PostgreSQL domain the snapshot does not
        # describe): Text keeps the module importable; the caller warns.
        return TypeCode("Text", (("sqlalchemy", "Text"),), "str", None, False)
    expr, names = first
    return _finish(expr, names, _evaluate(expr, names), exact=False)


def _evaluate(expr: str, names: dict[str, tuple[str, Any]]) -> Any:
    """The type object ``expr`` builds (a bare class is instantiated, as SQLAlchemy does)."""
    obj = eval(expr, {"__builtins__": {}}, {k: v[1] for k, v in names.items()})  # noqa: S307 - text we built
    return obj() if isinstance(obj, type) else obj
    return _finish(expr, names, obj, exact=False)


def _finish(expr: str, names: dict[str, tuple[str, Any]], obj: Any, *, exact: bool) -> TypeCode:
    python, module = python_annotation(obj)
    imports = tuple(sorted((mod, name) for name, (mod, _) in names.items()))
    return TypeCode(expr, imports, python, module, exact)


def python_annotation(type_obj: Any) -> tuple[str, str | None]:
    """``(annotation, module to import)`` for the Python values of ``type_obj``."""
    try:
        py = type_obj.python_type
    except (NotImplementedError, AttributeError):
        return "Any", "typing"
    if py is list and getattr(type_obj, "item_type", None) is not None:
        inner, module = python_annotation(type_obj.item_type)
        for _ in range(max(1, getattr(type_obj, "dimensions", None) or 1)):
            inner = f"list[{inner}]"
        return inner, module
    for cls in py.__mro__:
        if cls in _PYTHON_NAMES:
            return _PYTHON_NAMES[cls]
    return "Any", "typing"


# ----------------------------------------------------------------------- candidates


def _candidates(
    dialect: str,
    type_sql: str,
    type_generic: str,
    collation: str | None,
    named: tuple[_Named, ...],
) -> Iterator[tuple[str, dict[str, tuple[str, Any]]]]:
    """``(expression, {name: (module, object)})`` pairs, most readable first."""
    for n in named:
        yield from _named_candidates(dialect, n)
    parsed = _RE_TYPE.match(type_sql)
    array = parsed.group("array") if parsed else ""
    if array:
        inner_sql = type_sql[: -len(array)]
        inner_generic = type_generic[: -len(array)] if type_generic.endswith(array) else type_generic
        for expr, names in _candidates(dialect, inner_sql, inner_generic, collation, ()):
            dims = len(array) // 2
            arr = _lookup("sqlalchemy", "ARRAY")
            yield _call("ARRAY", [expr], {"dimensions": str(dims)} if dims > 1 else {}), {**names, **arr}
        return
    yield from _readable(type_generic, collation)
    if parsed:
        yield from _uppercase(dialect, parsed, collation)


def _readable(type_generic: str, collation: str | None) -> Iterator[tuple[str, dict[str, tuple[str, Any]]]]:
    cls = _READABLE.get(type_generic)
    parsed = _RE_TYPE.match(type_generic)
    if cls is None and parsed:
        cls = _READABLE.get(parsed.group("head").strip())
    if cls is None or not parsed:
        return
    args = _split_args(parsed.group("args"))
    kwargs = {"collation": _py(collation)} if collation else {}
    if "WITH TIME ZONE" in type_generic:
        kwargs["timezone"] = "True"
    yield _call(cls, args, kwargs), _lookup("sqlalchemy", cls)


def _uppercase(
    dialect: str, parsed: re.Match[str], collation: str | None
) -> Iterator[tuple[str, dict[str, tuple[str, Any]]]]:
    """SQLAlchemy's upper-case types, then the dialect's own, by the type's name."""
    import sqlalchemy.types as satypes

    head = parsed.group("head").strip().upper()
    tail = parsed.group("tail").strip().upper()
    args = _split_args(parsed.group("args"))
    flags: dict[str, str] = {}
    if "UNSIGNED" in tail:
        flags["unsigned"] = "True"
    if "ZEROFILL" in tail:
        flags["zerofill"] = "True"
    if "WITH TIME ZONE" in tail:
        flags["timezone"] = "True"
    if collation:
        flags["collation"] = _py(collation)
    sa_name = head.replace(" ", "_")
    if hasattr(satypes, sa_name) and sa_name.isupper():
        yield from _variants(sa_name, _lookup("sqlalchemy", sa_name), args, flags)
    for cls in _dialect_classes(dialect, head, tail):
        name, names = _dialect_lookup(dialect, cls)
        yield from _variants(name, names, args, flags)


def _variants(
    name: str, names: dict[str, tuple[str, Any]], args: list[str], flags: dict[str, str]
) -> Iterator[tuple[str, dict[str, tuple[str, Any]]]]:
    """The ways a type's arguments may be passed: positionally or by keyword."""
    yield _call(name, args, flags), names
    if len(args) == 1 and not args[0].startswith('"'):
        for key in ("length", "precision", "fsp", "display_width"):
            yield _call(name, [], {key: args[0], **flags}), names
    if not args and flags:
        yield _call(name, [], {}), names


def _dialect_classes(dialect: str, head: str, tail: str) -> list[type]:
    from sqlalchemy.dialects import registry

    try:
        sa_dialect = registry.load(support_for(dialect).sqlalchemy_name)
    except Exception:  # noqa: BLE001 - the generic dialect has no types of its own
        return []
    import importlib

    module = importlib.import_module(f"sqlalchemy.dialects.{support_for(dialect).sqlalchemy_name}")
    names = getattr(sa_dialect, "ischema_names", {})
    out: list[type] = []
    for key in (f"{head} {tail}".strip(), head):
        for spelling in (key.lower(), key):
            cls = names.get(spelling)
            exported = cls is not None and getattr(module, cls.__name__, None) is cls
            if exported and cls is not None and cls not in out:
                out.append(cls)
    return out


def _named_candidates(dialect: str, n: _Named) -> Iterator[tuple[str, dict[str, tuple[str, Any]]]]:
    if not support_for(dialect).models_declare_named_types:
        return
    kwargs = {"name": _py(n.name)}
    if n.schema:
        kwargs["schema"] = _py(n.schema)
    if n.kind == "enum":
        name, names = _dialect_lookup(dialect, "ENUM")
        yield _call(name, [_py(v) for v in n.values], kwargs), names
        return
    if n.collation is not None:
        kwargs["collation"] = _py(n.collation)
    if n.not_null:
        kwargs["not_null"] = "True"
    if n.default is not None:
        kwargs["default"] = _py(n.default)
    if n.check is not None:
        kwargs["check"] = _py(n.check)
        if n.check_name is not None:
            kwargs["constraint_name"] = _py(n.check_name)
    name, domain = _dialect_lookup(dialect, "DOMAIN")
    for expr, names in _candidates(dialect, n.base, n.base, None, ()):
        # DOMAIN(name, data_type, ...): the name is the first positional argument.
        yield _call(name, [], {"name": kwargs["name"], "data_type": expr, **kwargs}), {**names, **domain}


def _names_type(n: _Named, type_sql: str) -> bool:
    qualified = f"{n.schema}.{n.name}" if n.schema else n.name
    return type_sql in (n.name, qualified, n.name.upper(), qualified.upper())


# -------------------------------------------------------------------------- helpers


def _lookup(module: str, name: str) -> dict[str, tuple[str, Any]]:
    import sqlalchemy

    return {name: (module, getattr(sqlalchemy, name))}


def _dialect_lookup(dialect: str, cls: type | str) -> tuple[str, dict[str, tuple[str, Any]]]:
    """How a dialect type is written, and the names that writing binds.

    ``JSONB`` is imported by name; a type whose name SQLAlchemy also has
    (``TIMESTAMP``) is written ``postgresql.TIMESTAMP`` so the two never clash.
    """
    import importlib

    import sqlalchemy

    sa_name = support_for(dialect).sqlalchemy_name
    module_name = f"sqlalchemy.dialects.{sa_name}"
    module = importlib.import_module(module_name)
    name = cls if isinstance(cls, str) else cls.__name__
    obj = getattr(module, name) if isinstance(cls, str) else cls
    if hasattr(sqlalchemy, name):
        return f"{sa_name}.{name}", {sa_name: ("sqlalchemy.dialects", module)}
    return name, {name: (module_name, obj)}


def _call(name: str, args: list[str], kwargs: dict[str, str]) -> str:
    parts = [*args, *(f"{k}={v}" for k, v in kwargs.items())]
    return f"{name}({', '.join(parts)})" if parts else name


def _split_args(text: str | None) -> list[str]:
    """SQL type arguments as Python literals: ``10, 2`` -> ``['10', '2']``, ``'a', 'it''s'``
    -> ``['"a"', '"it's"']`` (split by the one tokenizer, so a comma inside quotes stays)."""
    if not text:
        return []
    parts, _rest = split_top_level(f"({text})")
    return [_literal(part) for part in parts]


def _literal(arg: str) -> str:
    if len(arg) >= 2 and arg[0] == arg[-1] == "'":
        return _py(arg[1:-1].replace("''", "'"))
    if re.fullmatch(r"-?\d+", arg):
        return arg
    return _py(arg)


def _py(text: str) -> str:
    """A double-quoted Python string literal (as :func:`.render.py` writes)."""
    return json.dumps(text, ensure_ascii=False)
