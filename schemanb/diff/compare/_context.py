"""Context: what every compare function needs besides the two objects.

A :class:`Context` carries the dialect knowledge of both sides, the ``portable``
switch and the rename decisions in force, and translates names from snapshot
``a`` into the vocabulary of snapshot ``b`` (a renamed table's key, a renamed
column's name) so that constraints and indexes that only moved with a rename are
not reported as changed. It also holds the small canonicalisers shared by the
compare modules (types, defaults, expressions), so each spelling rule lives once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ...dialects.base import DialectSupport
from ...dialects.normalise import is_sequence_default
from ...dialects.tokens import is_wrapped, lex
from ...dialects.type_loss import canonical_generic as canonical_generic
from ...dialects.type_loss import canonical_type as canonical_type
from ...model import Column, ObjectKind, ObjectRef, TableKey

_RE_SPACES = re.compile(r"\s+")
_RE_COMMA = re.compile(r"\s*,\s*")
_RE_PAREN_SPACE = re.compile(r"\s*([()])\s*")
_RE_QUOTED_IDENT = re.compile(r'"((?:[^"]|"")+)"|`((?:[^`]|``)+)`')
_RE_HIDDEN = re.compile("\x00(\\d+)\x00")

_BOOLEAN_LITERALS = {"1": "true", "0": "false", "'1'": "true", "'0'": "false", "'t'": "true",
                     "'f'": "false", "true": "true", "false": "false"}


def canonical_expression(text: str | None) -> str | None:
    """Whitespace folded, identifier quotes and outer parentheses removed."""
    if text is None:
        return None
    text = _RE_QUOTED_IDENT.sub(lambda m: m.group(1) or m.group(2), text)
    text = _RE_SPACES.sub(" ", text.strip())
    text = _RE_PAREN_SPACE.sub(r"\1", text)
    while is_wrapped(text):
        text = text[1:-1].strip()
    return text


_RE_CAST = re.compile(
    r"::(?:\"[^\"]+\"|[a-z_][a-z0-9_]*)(?:\s+(?:varying|precision|without time zone|"
    r"with time zone))*(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])?",
    re.I,
)
_RE_ANY_ARRAY = re.compile(r"=\s*ANY\s*\(+\s*ARRAY\s*\[([^\]]*)\]\s*\)+", re.I)
_RE_BETWEEN = re.compile(
    r"([\w.]+)\s+BETWEEN\s+([\w.'-]+)\s+AND\s+([\w.'-]+)", re.I
)
_RE_SELF_ALIAS = re.compile(r"(\w+)\.(\w+)\s+AS\s+\2\b", re.I)
_RE_LOOSE_DROP = re.compile(r"[\s()]+")
_RE_BOOL = re.compile(r"\b(true|false)\b", re.I)


def loose_expression(text: str | None) -> str | None:
    """An expression in a form that survives every dialect's rewriting (``portable``).

    Casts go (``(0)::numeric``), ``= ANY (ARRAY[...])`` reads ``IN (...)``,
    ``x BETWEEN a AND b`` reads ``x >= a AND x <= b``, ``t.c AS c`` reads
    ``t.c``, ``true``/``false`` read ``1``/``0`` (MySQL's booleans); then case,
    spaces and parentheses are dropped. Only for comparing.

    >>> loose_expression("kind = ANY (ARRAY['a'::text, 'b'::text])") == loose_expression(
    ...     "kind IN ('a', 'b')")
    True
    """
    if text is None:
        return None
    text = canonical_expression(text) or ""
    text = _RE_CAST.sub("", text)
    text = _RE_ANY_ARRAY.sub(lambda m: f"IN ({m.group(1)})", text)
    text = _RE_BETWEEN.sub(lambda m: f"{m.group(1)} >= {m.group(2)} AND {m.group(1)} <= "
                           f"{m.group(3)}", text)
    text = _RE_SELF_ALIAS.sub(lambda m: f"{m.group(1)}.{m.group(2)}", text)
    text = _RE_BOOL.sub(lambda m: "1" if m.group(1).lower() == "true" else "0", text)
    return _RE_LOOSE_DROP.sub("", text).lower()




@dataclass(frozen=True)
class Context:
    """Options and rename decisions shared by every compare function.

    ``table_renames`` maps keys of ``a`` to keys of ``b``; ``column_renames``
    maps a ``b`` table key to ``{old column name: new column name}``.
    """

    support_a: DialectSupport
    support_b: DialectSupport
    portable: bool = False
    table_renames: Mapping[TableKey, TableKey] = field(default_factory=dict)
    column_renames: Mapping[TableKey, Mapping[str, str]] = field(default_factory=dict)
    #: Each side's database defaults (``info.options``): what a table option left
    #: out stands for; empty where a side does not know them (models, files).
    defaults_a: Mapping[str, str] = field(default_factory=dict)
    defaults_b: Mapping[str, str] = field(default_factory=dict)
    #: Both sides were read from a server, where an unnamed constraint (``None``)
    #: stands for the name the server gave it, not for "any name" as in a model:
    #: a chosen name against it is then a difference the server shows.
    both_inspected: bool = False

    # ------------------------------------------------------------ translation

    def table_key(self, key_a: TableKey) -> TableKey:
        """The key in ``b`` of table ``key_a`` of ``a`` (itself unless renamed)."""
        return self.table_renames.get(key_a, key_a)

    def column_name(self, table_b: TableKey, name_a: str) -> str:
        """The name in ``b`` of column ``name_a`` of the table now called ``table_b``."""
        renames = self.column_renames.get(table_b)
        return renames.get(name_a, name_a) if renames else name_a

    def columns(self, table_b: TableKey, names: Iterable[str]) -> tuple[str, ...]:
        renames = self.column_renames.get(table_b)
        if not renames:
            return tuple(names)
        return tuple(renames.get(n, n) for n in names)

    # ------------------------------------------------------------ capabilities

    def both(self, capability: str) -> bool:
        """Whether both dialects have ``capability`` (e.g. ``supports_comments``)."""
        return bool(getattr(self.support_a, capability) and getattr(self.support_b, capability))

    @property
    def compare_comments(self) -> bool:
        return self.both("supports_comments") or (
            not self.portable and self.support_a is self.support_b
        )

    # ------------------------------------------------------------ equivalence

    def same_type(self, a: Column, b: Column) -> bool:
        if self.portable:
            return canonical_generic(a.type_generic) == canonical_generic(b.type_generic)
        if a.type_sql == b.type_sql:
            return True
        return canonical_type(a.type_sql) == canonical_type(b.type_sql)

    def compare_form(self, text: str | None) -> str | None:
        """A stored expression as the dialects compare it (what their servers add
        folded: PostgreSQL's casts), before :func:`canonical_expression`."""
        if text is None:
            return None
        text = self.support_a.compare_expression(text)
        if self.support_b is not self.support_a:
            text = self.support_b.compare_expression(text)
        return text

    def canonical(self, text: str | None) -> str | None:
        """:func:`canonical_expression` of :meth:`compare_form`."""
        return canonical_expression(self.compare_form(text))

    def default_form(self, default: str | None, type_sql: str) -> str | None:
        """A stored default as the dialects compare it (see :meth:`compare_form`)."""
        if default is None:
            return None
        default = self.support_a.compare_default(default, type_sql)
        if self.support_b is not self.support_a:
            default = self.support_b.compare_default(default, type_sql)
        return default

    def default_text(self, column: Column) -> str | None:
        """The default, canonical enough to compare (``None`` for serial sequences)."""
        default = column.default
        if default is None:
            return None
        if column.autoincrement and is_sequence_default(default):
            return None
        text = canonical_expression(self.default_form(default, column.type_sql))
        if text is None or text.upper() == "NULL":
            return None
        if self.portable:
            text = _BOOLEAN_LITERALS.get(text.lower(), text)
            if text.startswith("'") and text.endswith("'") and _is_number(text[1:-1]):
                text = text[1:-1]
        return text

    def same_expression(self, a: str | None, b: str | None) -> bool:
        if a == b:
            return True
        ca, cb = self.canonical(a), self.canonical(b)
        if ca == cb:
            return True
        if ca is None or cb is None or not self.portable:
            return False
        return loose_expression(ca) == loose_expression(cb)

    def expression_key(self, text: str | None) -> str | None:
        """What an expression is compared by: canonical, or loose when ``portable``."""
        text = self.compare_form(text)
        return loose_expression(text) if self.portable else canonical_expression(text)

    def view_key(self, text: str | None) -> str | None:
        """What a view body is compared by (stored normalised already; casts count).

        Whitespace is folded outside string literals only: ``'a  b'`` and ``'a b'``
        are other results (the stored bodies keep the server's spacing)."""
        if text is None:
            return None
        literals: list[str] = []

        def hide(kind: str, start: int, end: int) -> str:
            if kind != "string":
                return text[start:end]
            literals.append(text[start:end])
            return f"\x00{len(literals) - 1}\x00"

        hidden = "".join(hide(*piece) for piece in lex(text))
        key = loose_expression(hidden) if self.portable else canonical_expression(hidden)
        if key is None or not literals:
            return key
        return _RE_HIDDEN.sub(lambda m: literals[int(m.group(1))], key)

    def is_stale_generated_name(self, kind: str, table: str, columns: tuple[str, ...], name: str) -> bool:
        """Whether ``name`` is one a database invented for another table (kept by a rename)."""
        return self.support_a.is_stale_generated_name(
            kind, table, columns, name
        ) or self.support_b.is_stale_generated_name(kind, table, columns, name)

    def is_generated_name(
        self, kind: str, table: str, columns: tuple[str, ...], name: str | None
    ) -> bool:
        """Whether ``name`` carries no design intent (absent or invented by a database)."""
        if name is None:
            return True
        return self.support_a.is_generated_name(
            kind, table, columns, name
        ) or self.support_b.is_generated_name(kind, table, columns, name)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def column_ref(table: TableKey, name: str) -> ObjectRef:
    return ObjectRef(ObjectKind.COLUMN, table, name)


__all__ = ["Context", "canonical_expression", "loose_expression", "canonical_generic", "canonical_type", "column_ref"]
