"""PostgreSQL: schemas, enums, sequences, partial and expression indexes, comments."""

from __future__ import annotations

import re
from .base import DialectSupport, normalize_default_keywords

# A cast that PostgreSQL adds to a literal or expression: ``::character varying``,
# ``::numeric(10,2)``, ``::timestamp without time zone``, ``::"MyType"``.
_RE_CAST = re.compile(
    r"::(?:\"[^\"]+\"|[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?)"
    r"(?:\s+(?:varying|precision|without time zone|with time zone))*"
    r"(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])?",
    re.I,
)
_RE_NEXTVAL = re.compile(r"^nextval\('(?P<seq>(?:[^']|'')+)'(?:::regclass)?\)$", re.I)
_RE_PAREN_ATOM = re.compile(r"\((?P<atom>'(?:[^']|'')*'|-?\d+(?:\.\d+)?|[A-Za-z_][\w]*)\)")


class PostgreSQLSupport(DialectSupport):
    name = "postgresql"
    sqlalchemy_name = "postgresql"
    supports_comments = True
    supports_partial_indexes = True
    supports_expression_indexes = True
    supports_sequences = True
    supports_enums = True
    supports_schemas = True
    supports_materialized_views = True
    supports_identity = True
    supports_computed = True
    transactional_ddl = True
    max_identifier_length = 63
    generated_constraint_names = True

    def fold_identifier(self, name: str) -> str:
        return name.lower()

    def strip_casts(self, text: str) -> str:
        """Remove the casts PostgreSQL adds: ``'a'::text`` -> ``'a'``, ``(0)::numeric`` -> ``0``."""
        previous = None
        while previous != text:
            previous = text
            text = _RE_CAST.sub("", text)
            text = _RE_PAREN_ATOM.sub(lambda m: m.group("atom"), text)
        return text

    def normalize_default(self, default: str | None, *, type_sql: str = "") -> str | None:
        if default is None:
            return None
        if _RE_NEXTVAL.match(default.strip()):
            return default.strip()
        text = super().normalize_default(self.strip_casts(default), type_sql=type_sql)
        return None if text is None else normalize_default_keywords(text)

    def normalize_expression(self, text: str | None) -> str | None:
        if text is None:
            return None
        return super().normalize_expression(self.strip_casts(text))

    def owned_sequence_of(self, default: str | None) -> str | None:
        """The sequence name of a ``nextval('seq'::regclass)`` default, else ``None``."""
        if default is None:
            return None
        match = _RE_NEXTVAL.match(default.strip())
        return match.group("seq").replace("''", "'") if match else None

    def is_generated_name(
        self, kind: str, table: str, columns: tuple[str, ...], name: str | None
    ) -> bool:
        if name is None:
            return True
        if kind == "check":
            return any(
                re.fullmatch(re.escape(make_object_name(table, c, "check")) + r"\d*", name)
                for c in (*columns, "")
            )
        label = {"primary_key": "pkey", "foreign_key": "fkey", "unique": "key"}.get(kind)
        if label is None:
            return False
        second = "" if kind == "primary_key" else "_".join(columns)
        return bool(re.fullmatch(re.escape(make_object_name(table, second, label)) + r"\d*", name))

    def session_statements(self, *, is_mariadb: bool = False) -> list[str]:
        return [
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
            "SET statement_timeout = '60s'",
            "SET lock_timeout = '5s'",
            "SET idle_in_transaction_session_timeout = '120s'",
        ]


def make_object_name(name1: str, name2: str, label: str, limit: int = 63) -> str:
    """PostgreSQL's ``makeObjectName``: how it names an unnamed constraint.

    The longer of the two parts is shortened until ``name1_name2_label`` fits in
    ``limit`` bytes (src/backend/commands/indexcmds.c).

    >>> make_object_name("orders", "customer_id", "fkey")
    'orders_customer_id_fkey'
    """
    b1, b2 = name1.encode(), name2.encode()
    overhead = len(label.encode()) + 1 + (1 if b2 else 0)
    avail = limit - overhead
    n1, n2 = len(b1), len(b2)
    while n1 + n2 > avail:
        if n1 > n2:
            n1 -= 1
        else:
            n2 -= 1
    part1 = b1[:n1].decode(errors="ignore")
    part2 = b2[:n2].decode(errors="ignore")
    return f"{part1}_{part2}_{label}" if b2 else f"{part1}_{label}"
