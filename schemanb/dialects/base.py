"""DialectSupport: capability flags, pure normalisers and risk rules for one dialect.

The base class gives a correct, conservative answer for everything (as SQLAlchemy's
default dialect does); ``sqlite.py``, ``postgresql.py`` and ``mysql.py`` override
what their database does differently. Methods named ``fetch_*`` take a
connection and are called only from :mod:`schemanb.reflect`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Dialect
    from sqlalchemy.types import TypeEngine

    from ..model import Schema

_RE_SPACES = re.compile(r"\s+")
_RE_NUMERIC_TYPE = re.compile(
    r"^(BIGINT|INT|INTEGER|MEDIUMINT|SMALLINT|TINYINT|DECIMAL|NUMERIC|FLOAT|DOUBLE|REAL)", re.I
)
_RE_NUMBER = re.compile(r"'?(-?\d+(?:\.\d+)?)'?")
_RE_COLLATE = re.compile(r"\s+(COLLATE|CHARACTER SET)\s+(\"[^\"]*\"|`[^`]*`|\S+)", re.I)


class DialectSupport:
    """Knowledge of one SQL dialect. The base is conservative and generic."""

    name: str = "default"
    #: SQLAlchemy dialect name used to compile types and DDL.
    sqlalchemy_name: str = "default"
    supports_comments = False
    supports_partial_indexes = False
    supports_expression_indexes = False
    supports_check_constraints = True
    supports_sequences = False
    supports_enums = False
    supports_schemas = False
    supports_materialized_views = False
    supports_identity = False
    supports_computed = False
    supports_alter_column = True
    transactional_ddl = False
    #: The longest identifier the database accepts.
    max_identifier_length = 63
    #: Unnamed constraints get generated names that vary between databases; the
    #: diff ignores names where this is true.
    generated_constraint_names = False

    # ------------------------------------------------------------------ sqlalchemy

    def sqlalchemy_dialect(self) -> Dialect:
        """An instance of the SQLAlchemy dialect used for compiling."""
        from sqlalchemy.dialects import registry

        if self.sqlalchemy_name == "default":
            from sqlalchemy.engine.default import DefaultDialect

            return DefaultDialect()
        return registry.load(self.sqlalchemy_name)()  # type: ignore[no-any-return]

    # ------------------------------------------------------------------ normalisers

    def fold_identifier(self, name: str) -> str:
        """How the database folds an unquoted identifier (for comparisons)."""
        return name

    def normalize_type(self, type_: TypeEngine[Any]) -> tuple[str, str, str | None]:
        """``(type_sql, type_generic, collation)`` for a SQLAlchemy type.

        ``type_sql`` is the type compiled by this dialect, upper-case, with the
        collation split off; ``type_generic`` is SQLAlchemy's generic form.
        """
        collation = getattr(type_, "collation", None)
        try:
            compiled = type_.compile(dialect=self.sqlalchemy_dialect())
        except Exception:  # noqa: BLE001 - a type this dialect cannot compile
            compiled = repr(type_)
        type_sql = self.normalize_type_sql(_RE_COLLATE.sub("", compiled))
        return type_sql, self.normalize_type_generic(type_, type_sql), collation

    def normalize_type_sql(self, type_sql: str) -> str:
        """Canonical spelling of a compiled type (spaces folded, upper-case keywords)."""
        return _RE_SPACES.sub(" ", type_sql.strip()).upper().replace(" (", "(")

    def normalize_type_generic(self, type_: TypeEngine[Any], type_sql: str) -> str:
        """SQLAlchemy's generic spelling of ``type_`` (``VARCHAR(50)``, ``BOOLEAN``)."""
        return generic_type_name(type_, fallback=type_sql)

    def normalize_default(self, default: str | None, *, type_sql: str = "") -> str | None:
        """Canonical SQL text of a server default (``None`` when absent)."""
        if default is None:
            return None
        text = default.strip()
        while _is_wrapped(text):
            text = text[1:-1].strip()
        if _RE_NUMERIC_TYPE.match(type_sql):
            text = normalize_number_literal(text)
        return normalize_default_keywords(text)

    def normalize_expression(self, text: str | None) -> str | None:
        """Canonical text of a CHECK, index or computed expression."""
        if text is None:
            return None
        text = _RE_SPACES.sub(" ", text.strip())
        while _is_wrapped(text):
            text = text[1:-1].strip()
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

    #: The database creates an index for a foreign key that has none (MySQL).
    fk_creates_index = False
    #: Unique constraints and unique indexes are one thing (MySQL).
    unique_constraints_are_indexes = False

    def is_autoincrement(self, column: dict[str, Any], *, single_int_pk: bool) -> bool:
        """Whether a reflected column is generated by the database."""
        return bool(column.get("autoincrement") is True or column.get("identity"))

    def owned_sequence_of(self, default: str | None) -> str | None:
        """The sequence behind a serial-style default; ``None`` where there is none."""
        return None

    def is_generated_name(
        self, kind: str, table: str, columns: tuple[str, ...], name: str | None
    ) -> bool:
        """Whether ``name`` is what the database invents for an unnamed constraint."""
        return False

    # ------------------------------------------------------------------ reflection

    def session_statements(self, *, is_mariadb: bool = False) -> list[str]:
        """Statements run once after connecting (read-only, timeouts)."""
        return []

    def fetch_extras(self, connection: Connection, schema: Schema) -> Schema:
        """Objects the Inspector lacks; the base adds nothing."""
        return schema


def _is_wrapped(text: str) -> bool:
    """True when the whole of ``text`` sits inside one pair of parentheses."""
    if len(text) < 2 or text[0] != "(" or text[-1] != ")":
        return False
    depth = 0
    quote = ""
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
            continue
        if ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and i != len(text) - 1:
                return False
    return depth == 0


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


def generic_type_name(type_: TypeEngine[Any], *, fallback: str) -> str:
    """Compile ``type_.as_generic()`` on the generic dialect; ``fallback`` when impossible."""
    from sqlalchemy import types as satypes
    from sqlalchemy.engine.default import DefaultDialect

    if isinstance(type_, satypes.Boolean):
        return "BOOLEAN"
    if isinstance(type_, satypes.Enum):
        return "VARCHAR" if not type_.length else f"VARCHAR({type_.length})"
    try:
        generic = type_.as_generic()
    except NotImplementedError:
        return fallback
    if isinstance(generic, satypes.DateTime) and generic.timezone and (
        "TIME ZONE" in fallback or "TZ" in fallback
    ):
        return "DATETIME WITH TIME ZONE"
    if isinstance(generic, satypes.Numeric) and not isinstance(generic, satypes.Float):
        if generic.precision is not None:
            scale = f", {generic.scale}" if generic.scale is not None else ""
            return f"NUMERIC({generic.precision}{scale})"
        return "NUMERIC"
    try:
        text = generic.compile(dialect=DefaultDialect())
    except Exception:  # noqa: BLE001 - a generic type without a generic spelling
        return fallback
    text = _RE_COLLATE.sub("", text)
    return _RE_SPACES.sub(" ", text).upper()
