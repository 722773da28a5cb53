"""How a dialect's reflected text is made comparable: types, defaults, expressions.

:class:`Normalisers` turns what reflection reads into the snapshot's canonical
form (:meth:`~Normalisers.normalize_type`, :meth:`~Normalisers.normalize_default`,
:meth:`~Normalisers.normalize_expression`, ...) and says what the diff compares
(:meth:`~Normalisers.compare_expression`, :meth:`~Normalisers.definition_key`,
:meth:`~Normalisers.table_options_differ`). Normalising is only for comparing:
the SQL written out is the server's own text. The module-level helpers are the
generic pieces the dialects reuse.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .capabilities import Capabilities
from .tokens import QUOTES, is_wrapped, map_code

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect
    from sqlalchemy.types import TypeEngine

    from .. import model

#: ``type_sql`` of a column whose type SQLAlchemy did not recognise, until
#: :meth:`DialectSupport.fetch_column_types` gives the database's spelling.
UNKNOWN_TYPE = "UNKNOWN"

_RE_SPACES = re.compile(r"\s+")
# ``!=`` outside '...' (PostgreSQL stores ``<>``): followed by an even number of quotes.
# Not the tokenizer: MySQL expressions reach here with their backticks taken off, so a
# name holding a quote (dq"name) would open a string or name that never ends.
_RE_NOT_EQUAL = re.compile(r"!=(?=(?:[^']*'[^']*')*[^']*$)")
_RE_NUMERIC_TYPE = re.compile(
    r"^(BIGINT|INT|INTEGER|MEDIUMINT|SMALLINT|TINYINT|DECIMAL|NUMERIC|FLOAT|DOUBLE|REAL)", re.I
)

_RE_NUMBER = re.compile(r"'?(-?\d+(?:\.\d+)?)'?")

_RE_COLLATE = re.compile(r"\s+(COLLATE|CHARACTER SET)\s+(\"[^\"]*\"|`[^`]*`|\S+)", re.I)


#: How many type objects :meth:`DialectSupport.normalize_type_cached` remembers.
_TYPE_OBJECT_CACHE_SIZE = 4096


class Normalisers(Capabilities):
    """Canonical forms of reflected types, defaults and expressions, and what the diff compares."""

    def fold_identifier(self, name: str) -> str:
        """How the database folds an unquoted identifier (for comparisons)."""
        return name

    def normalize_type(self, type_: TypeEngine[Any]) -> tuple[str, str, str | None]:
        """``(type_sql, type_generic, collation)`` for a SQLAlchemy type.

        ``type_sql`` is the type compiled by this dialect, upper-case, with the
        collation split off; ``type_generic`` is SQLAlchemy's generic form.
        """
        if type(type_).__name__ == "NullType":
            # A type SQLAlchemy did not recognise; fetch_column_types spells it.
            return UNKNOWN_TYPE, UNKNOWN_TYPE, None
        collation = getattr(type_, "collation", None)
        try:
            compiled = type_.compile(dialect=self.sqlalchemy_dialect())
        except Exception:  # noqa: BLE001 - a type this dialect cannot compile
            compiled = repr(type_)
        type_sql = self.normalize_type_sql(_RE_COLLATE.sub("", compiled))
        # The generic spelling follows from the type's class and its compiled
        # form; computing it builds a generic type and compiles it again, which
        # was a third of reflecting 1,000 tables, so it is remembered.
        key = (type(type_), type_sql)
        generic = self._generic_cache.get(key)
        if generic is None:
            generic = self._generic_cache[key] = self.normalize_type_generic(type_, type_sql)
        return type_sql, generic, collation

    @cached_property
    def _generic_cache(self) -> dict[tuple[type, str], str]:
        return {}

    def normalize_type_cached(self, type_: TypeEngine[Any]) -> tuple[str, str, str | None]:
        """:meth:`normalize_type`, remembered for types with equal attributes.

        A 1,000-table schema has ~10,000 columns but a few dozen distinct types;
        compiling each one was the largest cost of building the snapshot.
        """
        # The same type object comes back for every column of that type from
        # bulk reflection (PostgreSQL): the object itself is the first key.
        known = self._type_object_cache.get(id(type_))
        if known is not None and known[0] is type_:
            return known[1]
        key = type_signature(type_)
        found = None if key is None else self._type_cache.get(key)
        if found is None:
            found = self.normalize_type(type_)
            if key is not None:
                self._type_cache[key] = found
        objects = self._type_object_cache
        if len(objects) >= _TYPE_OBJECT_CACHE_SIZE:
            objects.clear()  # bounded: a long-lived process inspects many databases
        objects[id(type_)] = (type_, found)
        return found

    def normalize_default_cached(self, default: str | None, type_sql: str) -> str | None:
        """:meth:`normalize_default`, remembered per ``(default, type_sql)``."""
        if default is None:
            return None
        key = (default, type_sql)
        if key in self._default_cache:
            return self._default_cache[key]
        found = self._default_cache[key] = self.normalize_default(default, type_sql=type_sql)
        return found

    @cached_property
    def _type_cache(self) -> dict[Any, tuple[str, str, str | None]]:
        return {}

    @cached_property
    def _type_object_cache(self) -> dict[int, tuple[Any, tuple[str, str, str | None]]]:
        # Holds the type object itself, so its id cannot be reused while cached.
        return {}

    @cached_property
    def _default_cache(self) -> dict[tuple[str, str], str | None]:
        return {}

    def normalize_type_sql(self, type_sql: str) -> str:
        """Canonical spelling of a compiled type (spaces folded, upper-case keywords).

        Quoted parts (``ENUM('a','B')`` values) keep their case.

        >>> Normalisers().normalize_type_sql("enum('a', 'B')")
        "ENUM('a', 'B')"
        """
        text = _RE_SPACES.sub(" ", type_sql.strip()).replace(" (", "(")
        return upper_outside_quotes(text)

    def normalize_type_generic(self, type_: TypeEngine[Any], type_sql: str) -> str:
        """SQLAlchemy's generic spelling of ``type_`` (``VARCHAR(50)``, ``BOOLEAN``)."""
        return generic_type_name(type_, fallback=type_sql)

    def normalize_default(self, default: str | None, *, type_sql: str = "") -> str | None:
        """Canonical SQL text of a server default (``None`` when absent)."""
        if default is None:
            return None
        text = default.strip()
        while is_wrapped(text):
            text = text[1:-1].strip()
        if _RE_NUMERIC_TYPE.match(type_sql):
            text = normalize_number_literal(text)
        if type_sql in ("BOOLEAN", "TINYINT(1)"):
            text = _BOOLEAN_LITERALS.get(text.lower(), text)
        return normalize_default_keywords(text)

    def normalize_expression(self, text: str | None) -> str | None:
        """Canonical text of a CHECK, index or computed expression."""
        if text is None:
            return None
        text = _RE_SPACES.sub(" ", text.strip())
        while is_wrapped(text):
            text = text[1:-1].strip()
        return _RE_NOT_EQUAL.sub("<>", text) if "!=" in text else text

    def compare_expression(self, text: str) -> str:
        """``text`` (a stored CHECK, index, generated-column or trigger-condition
        expression) in the form the diff compares. Where the snapshot already
        stores a canonical form (the base) it is that; a dialect that stores the
        server's own text (PostgreSQL) folds what its server adds here, never in
        the text it writes."""
        return text

    def compare_default(self, text: str, type_sql: str) -> str:
        """A stored column or domain default in the form the diff compares
        (see :meth:`compare_expression`)."""
        return text

    def normalize_view_definition(self, text: str | None) -> str | None:
        """Canonical text of a view body (whitespace folded, trailing ``;`` gone)."""
        if text is None:
            return None
        return _RE_SPACES.sub(" ", text.strip()).rstrip(";").strip()

    def normalize_fk_action(self, action: str | None) -> str | None:
        """``ON DELETE``/``ON UPDATE`` action; the default (NO ACTION) is ``None``."""
        if not action:
            return None
        action = action.upper()
        return None if action in ("NO ACTION",) else action

    def is_autoincrement(self, column: Mapping[str, Any], *, single_int_pk: bool) -> bool:
        """Whether a reflected column is generated by the database."""
        return bool(column.get("autoincrement") is True or column.get("identity"))

    def owned_sequence_of(self, default: str | None) -> str | None:
        """The sequence behind a serial-style default; ``None`` where there is none."""
        return None

    def is_serial_sequence_name(self, table: str, column: str, sequence: str) -> bool:
        """Whether ``sequence`` (as a serial default names it) is the name the server
        gives the sequence of a serial ``table.column`` (base: any name is)."""
        return True

    def definition_key(
        self, kind: str, sql: str | None, renames: Mapping[str, str] | None = None
    ) -> Any:
        """What a stored ``CREATE`` text of ``kind`` (``table``, ``index``, ``view``,
        ``trigger``, ``routine``) is compared by, with column ``renames`` (``{old: new}``) applied; ``None``: not compared."""
        return None

    def table_text_explained(
        self, before: model.Table, after: model.Table, renames: Mapping[str, str]
    ) -> bool:
        """Whether ``after``'s stored text is what ``before``'s becomes by renaming,
        adding (at the end, as written) and dropping columns in place (base: always)."""
        return True

    def table_options_differ(self, a: Mapping[str, str], b: Mapping[str, str]) -> bool:
        """Whether two tables' :attr:`~schemanb.model.Table.dialect_options` differ
        in what the database would show (base: any difference)."""
        return dict(a) != dict(b)

    def database_options(self, options: Mapping[str, str]) -> dict[str, str]:
        """Which of a database's defaults (``info.options``) are compared and migrated
        (base: none)."""
        return {}


def is_sequence_default(default: str) -> bool:
    """Whether a column default draws from a sequence (PostgreSQL's ``nextval(...)``)."""
    return default.lower().startswith("nextval(")


def type_signature(type_: Any) -> Any:
    """A hashable key equal for types with the same class and attributes; ``None`` if unsure.

    >>> from sqlalchemy import String
    >>> type_signature(String(50)) == type_signature(String(50)) != type_signature(String(60))
    True
    """
    items: list[tuple[str, Any]] = []
    for name, value in sorted(vars(type_).items()):
        if value is None or isinstance(value, (str, int, float, bool)):
            items.append((name, value))
        elif isinstance(value, (list, tuple)) and all(isinstance(v, (str, int)) for v in value):
            items.append((name, tuple(value)))
        elif hasattr(value, "compile") and hasattr(value, "__dict__"):
            inner = type_signature(value)
            if inner is None:
                return None
            items.append((name, inner))
        elif isinstance(value, type):
            items.append((name, value))
        else:
            return None
    return (type(type_), tuple(items))


def upper_outside_quotes(text: str) -> str:
    """Upper-case ``text`` except inside single or double quotes.

    >>> print(upper_outside_quotes('''enum('a', 'b''c') collate "de_DE"'''))
    ENUM('a', 'b''c') COLLATE "de_DE"
    """
    if "'" not in text and '"' not in text:
        return text.upper()
    return map_code(text, str.upper, QUOTES)


#: Spellings of a boolean default (SQLite and MySQL store 0/1).
_BOOLEAN_LITERALS = {"1": "true", "'1'": "true", "0": "false", "'0'": "false"}

_DEFAULT_KEYWORDS = {
    "now()": "CURRENT_TIMESTAMP",
    "current_timestamp()": "CURRENT_TIMESTAMP",
    "current_timestamp": "CURRENT_TIMESTAMP",
    "localtimestamp": "CURRENT_TIMESTAMP",
    "current_date": "CURRENT_DATE",
    "current_date()": "CURRENT_DATE",
    "curdate()": "CURRENT_DATE",
    "current_time": "CURRENT_TIME",
    "true": "true",
    "false": "false",
}


def normalize_default_keywords(text: str) -> str:
    """Fold well-known default spellings: ``now()`` -> ``CURRENT_TIMESTAMP``."""
    folded = _DEFAULT_KEYWORDS.get(text.lower())
    if folded is not None:
        return folded
    if re.fullmatch(r"current_timestamp\(\d\)", text, re.I):
        return "CURRENT_TIMESTAMP"
    return text


def normalize_number_literal(text: str) -> str:
    """``'0.00'`` and ``0`` are the same numeric default: ``0``.

    >>> normalize_number_literal("'10.50'")
    '10.5'
    """
    from decimal import Decimal

    match = _RE_NUMBER.fullmatch(text)
    if not match:
        return text
    value = Decimal(match.group(1)).normalize()
    return format(value, "f")


@functools.lru_cache(maxsize=1)
def _default_dialect() -> Dialect:
    from sqlalchemy.engine.default import DefaultDialect

    return DefaultDialect()


def generic_type_name(type_: TypeEngine[Any], *, fallback: str) -> str:
    """Compile ``type_.as_generic()`` on the generic dialect; ``fallback`` when impossible."""
    from sqlalchemy import types as satypes

    if isinstance(type_, satypes.Boolean):
        return "BOOLEAN"
    if isinstance(type_, satypes.Enum):
        return "VARCHAR" if not type_.length else f"VARCHAR({type_.length})"
    if isinstance(type_, satypes.Uuid):
        # Native UUID where the database has one; else what it is stored as.
        return "UUID" if fallback == "UUID" else fallback
    if isinstance(type_, (satypes.CHAR, satypes.NCHAR)):
        return "CHAR" if type_.length is None else f"CHAR({type_.length})"
    try:
        generic = type_.as_generic()
    except NotImplementedError:
        return fallback
    if isinstance(generic, satypes.DateTime) and generic.timezone and (
        "TIME ZONE" in fallback or "TZ" in fallback
    ):
        return "DATETIME WITH TIME ZONE"
    if isinstance(generic, satypes.Float):
        return "FLOAT"
    if isinstance(generic, satypes.Numeric):
        if generic.precision is not None:
            scale = f", {generic.scale}" if generic.scale is not None else ""
            return f"NUMERIC({generic.precision}{scale})"
        return "NUMERIC"
    try:
        text = generic.compile(dialect=_default_dialect())
    except Exception:  # noqa: BLE001 - a generic type without a generic spelling
        return fallback
    text = _RE_COLLATE.sub("", text)
    return _RE_SPACES.sub(" ", text).upper()


#: The largest value of each integer type an identity column may have.
_INTEGER_MAX = {"SMALLINT": 2**15 - 1, "INTEGER": 2**31 - 1, "BIGINT": 2**63 - 1}


def identity_bounds(type_sql: str, increment: int) -> tuple[int, int]:
    """An identity sequence's default MINVALUE and MAXVALUE for its column type
    (``INTEGER``) and direction.

    >>> identity_bounds("INTEGER", 1), identity_bounds("SMALLINT", -1)
    ((1, 2147483647), (-32768, -1))
    """
    top = _INTEGER_MAX.get(type_sql.upper(), _INTEGER_MAX["BIGINT"])
    return (1, top) if increment > 0 else (-top - 1, -1)
