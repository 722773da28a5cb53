"""build_type(): the one place a snapshot column's type becomes a SQLAlchemy type.

A :class:`~schemanb.model.Column` stores its type as text: ``type_sql`` in the
dialect's own spelling and ``type_generic`` in SQLAlchemy's generic spelling.
To emit DDL we need a ``TypeEngine``. The rules, in order:

1. Parse ``type_sql`` (``NAME[(args)][ suffix]``) and look ``NAME`` up in the
   target dialect's ``ischema_names`` (the table its reflection uses), then in
   ``sqlalchemy.types``; build it with the parsed arguments, the time-zone and
   ``UNSIGNED`` suffixes and the column's collation.
2. Keep it only if it compiles back, on that dialect, to the same normalised
   spelling; this proves the parse was faithful.
3. Otherwise (arrays, domains, exotic spellings, another dialect's snapshot in
   ``portable`` use) fall back to :class:`VerbatimType`, which renders
   ``type_sql`` as it is -- after checking it holds only type-like characters,
   so a hostile snapshot cannot smuggle statements into the DDL.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from ..dialects import support_for
from ..errors import MigrationError

if TYPE_CHECKING:
    from sqlalchemy.types import TypeEngine

    from ..model import Column

_RE_TYPE = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_ ]*?)\s*(?:\((?P<args>[^()]*)\))?"
    r"(?P<suffix>(?:\s+(?:WITH|WITHOUT)\s+TIME\s+ZONE)|(?:\s+UNSIGNED)?(?:\s+ZEROFILL)?)$",
    re.I,
)
#: What a type spelling may contain (names, sizes, enum labels, arrays).
_RE_SAFE_TYPE = re.compile(r"^[A-Za-z0-9_ (),.\[\]-]+$")
#: A quoted identifier or a string literal, its quote doubled inside: any character may be there.
_RE_QUOTED_PART = re.compile(r'"(?:[^"]|"")*"|\'(?:[^\']|\'\')*\'')


def is_safe_type_spelling(spec: str) -> bool:
    """Whether ``spec`` can be put in DDL as a type: outside balanced quotes, only
    names, numbers, spaces and ``( ) , . [ ] -``; inside them anything (a type
    named ``"état"`` or ``"50%;x"`` is one identifier) but a backslash, which
    MySQL reads as an escape that could end the quotes early.

    >>> [is_safe_type_spelling(s) for s in ('"état"[]', 'public."a<b"', "NUMERIC(10, 2)")]
    [True, True, True]
    >>> [is_safe_type_spelling(s) for s in ('INT; DROP TABLE t', '"open', "x'")]
    [False, False, False]
    """
    if "\\" in spec:
        return False
    rest = _RE_QUOTED_PART.sub("q", spec)
    return bool(rest) and _RE_SAFE_TYPE.match(rest) is not None


def build_type(column: Column, dialect: str | None) -> TypeEngine[Any]:
    """The SQLAlchemy type of ``column`` for ``dialect`` (``None``: generic).

    >>> from schemanb.model import Column
    >>> build_type(Column(name="n", type_sql="VARCHAR(50)", type_generic="VARCHAR(50)"),
    ...            "postgresql")
    VARCHAR(length=50)
    """
    return _build(column.type_sql, column.type_generic, column.collation, dialect or "")


@functools.lru_cache(maxsize=4096)
def _build(
    type_sql: str, type_generic: str, collation: str | None, dialect: str
) -> TypeEngine[Any]:
    support = support_for(dialect or None)
    spelling = type_sql if dialect else type_generic
    parsed = _parse(spelling, collation, support.sqlalchemy_dialect())
    if parsed is not None and _compiles_to(parsed, spelling, support):
        return parsed
    if dialect:
        generic = _parse(type_generic, collation, support.sqlalchemy_dialect())
        if generic is not None and _compiles_to(generic, type_sql, support):
            return generic
    if support.quotes_user_type_names:
        spelling = _quote_user_type(spelling, support)
    return VerbatimType(spelling)


#: A type name, maybe schema-qualified, maybe an array, with no arguments and no quotes.
_RE_USER_TYPE = re.compile(r'^(?P<name>[^()\[\]"]+?)(?P<array>(?:\[\])*)$')


def _quote_user_type(spelling: str, support: Any) -> str:
    """PostgreSQL: a user type's name (enum, domain), quoted where it needs quotes.

    Reflection spells PostgreSQL's own types in upper case and user types as
    they are named, so a spelling with a lower-case letter names a user type;
    ``Mood`` must be written ``"Mood"`` or PostgreSQL folds it to ``mood``.
    A spelling that already holds quotes (``format_type``'s) is kept.

    >>> from schemanb.dialects import support_for
    >>> _quote_user_type("My Mood[]", support_for("postgresql"))
    '"My Mood"[]'
    >>> _quote_user_type("sales.Code", support_for("postgresql")), _quote_user_type("INTEGER", None)
    ('sales."Code"', 'INTEGER')
    """
    match = _RE_USER_TYPE.match(spelling)
    if not match or not any(c.islower() for c in match.group("name")):
        return spelling
    quote = support.sqlalchemy_dialect().identifier_preparer.quote
    return ".".join(quote(part) for part in match.group("name").split(".")) + match.group("array")


def _parse(spelling: str, collation: str | None, sa_dialect: Any) -> TypeEngine[Any] | None:
    """A type built from ``NAME(args) suffix``; ``None`` when the name is unknown."""
    from sqlalchemy import types as satypes

    match = _RE_TYPE.match(spelling.strip())
    if not match:
        return None
    name = " ".join(match.group("name").split())
    names = getattr(sa_dialect, "ischema_names", {})
    cls = names.get(name.lower()) or names.get(name.upper()) or getattr(satypes, name.upper(), None)
    if not isinstance(cls, type) or not issubclass(cls, satypes.TypeEngine):
        return None
    args = _parse_args(match.group("args"))
    suffix = " ".join((match.group("suffix") or "").upper().split())
    kwargs: dict[str, Any] = {}
    if "TIME ZONE" in suffix or "TIME ZONE" in name.upper():
        kwargs["timezone"] = "WITH TIME ZONE" in f"{name.upper()} {suffix}"
    if "UNSIGNED" in suffix:
        kwargs["unsigned"] = True
    if collation:
        kwargs["collation"] = collation
    for attempt in (kwargs, {k: v for k, v in kwargs.items() if k != "timezone"}):
        try:
            return cls(*args, **attempt)
        except TypeError:
            continue
    return None


def _parse_args(text: str | None) -> list[Any]:
    """``"10, 2"`` -> ``[10, 2]``; ``"'a','b'"`` -> ``['a', 'b']``."""
    if not text:
        return []
    out: list[Any] = []
    for part in re.findall(r"'(?:[^']|'')*'|[^,]+", text):
        part = part.strip()
        if part.startswith("'"):
            out.append(part[1:-1].replace("''", "'"))
        elif re.fullmatch(r"-?\d+", part):
            out.append(int(part))
        elif part:
            out.append(part)
    return out


def _compiles_to(type_: TypeEngine[Any], spelling: str, support: Any) -> bool:
    from sqlalchemy import types as satypes

    try:
        compiled = type_.compile(dialect=support.sqlalchemy_dialect())
    except Exception:  # noqa: BLE001 - a type this dialect cannot compile
        return False
    if isinstance(type_, satypes.String) and type_.collation:
        compiled = re.sub(r"\s+COLLATE\s+.*$", "", compiled, flags=re.I)
    return bool(support.normalize_type_sql(compiled) == support.normalize_type_sql(spelling))


def _verbatim_base() -> type:
    from sqlalchemy.types import UserDefinedType

    class _Verbatim(UserDefinedType):  # type: ignore[type-arg]
        cache_ok = True

        def __init__(self, spec: str) -> None:
            if not is_safe_type_spelling(spec):
                raise MigrationError(
                    f"type {spec!r} holds characters a type spelling cannot have — "
                    "fix the snapshot's type_sql"
                )
            self.spec = spec

        def get_col_spec(self, **kw: Any) -> str:
            # A driver with "%s" placeholders formats DDL too: a literal % is doubled
            # (as SQLAlchemy does for identifiers); offline SQL ("named") keeps it.
            preparer = kw.get("identifier_preparer")
            if getattr(getattr(preparer, "dialect", None), "paramstyle", None) in ("format", "pyformat"):
                return self.spec.replace("%", "%%")
            return self.spec

        def __repr__(self) -> str:
            return f"VerbatimType({self.spec!r})"

    return _Verbatim


class _VerbatimFactory:
    """``VerbatimType(spec)``: a type rendered exactly as ``spec`` (built lazily)."""

    _cls: type | None = None

    def __call__(self, spec: str) -> TypeEngine[Any]:
        if self._cls is None:
            type(self)._cls = _verbatim_base()
        assert self._cls is not None
        return self._cls(spec)  # type: ignore[no-any-return]

    def is_verbatim(self, type_: object) -> bool:
        return self._cls is not None and isinstance(type_, self._cls)


VerbatimType = _VerbatimFactory()
