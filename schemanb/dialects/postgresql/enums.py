"""PostgreSQL: enum types re-created when values go or change order, and columns moved between enums.

PostgreSQL can only add a value to an enum (``ALTER TYPE ... ADD VALUE``). A
value removed, or values reordered, re-create the type:

1. every column that uses it (directly, as an array, or through a domain over
   it) loses its default, the type is renamed ``name__old`` (each such domain
   ``domain__old``);
2. the new type is created under the real name (and each domain again, as the
   target snapshot has it);
3. every column is retyped ``USING col::text::new`` (an enum converts to another
   only through text) and gets its default back;
4. last of all (nothing uses them any more) the ``__old`` domains and type are
   dropped.

Views that read those columns are dropped before and created after by the
migration (:mod:`schemanb.migrate.ops_objects`). A column moved from one enum
to another (or from an enum to a type it has no cast to) goes the same way:
``DROP DEFAULT``, ``ALTER COLUMN ... TYPE new USING col::text::new``, ``SET
DEFAULT``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ... import model
from ..base import DialectSupport
from ..ddl import RetypedColumn
from .objects import sql_literal

#: What the renamed old type (and domains) are called until they are dropped.
OLD_SUFFIX = "__old"


def split_type(type_sql: str) -> tuple[model.TableKey, str] | None:
    """``sales."Mood"[]`` -> (``TableKey("sales", "Mood")``, ``"[]"``); ``None`` for
    a spelling with arguments (``VARCHAR(20)``: no user type).

    >>> split_type('sales."My ""x"" type"[]')
    (TableKey(schema='sales', name='My "x" type'), '[]')
    >>> split_type("MOOD[]"), split_type("NUMERIC(10, 2)")
    ((TableKey(schema=None, name='MOOD'), '[]'), None)
    """
    text = type_sql.strip()
    array = ""
    while text.endswith("[]"):
        text, array = text[:-2].rstrip(), array + "[]"
    parts: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == '"':
            j = i + 1
            word = []
            while j < len(text):
                if text[j] == '"':
                    if text.startswith('""', j):
                        word.append('"')
                        j += 2
                        continue
                    break
                word.append(text[j])
                j += 1
            parts.append("".join(word))
            i = j + 1
        else:
            j = text.find(".", i)
            j = len(text) if j < 0 else j
            word_text = text[i:j]
            if not word_text or any(c in word_text for c in "()'\","):
                return None
            parts.append(word_text)
            i = j
        if i < len(text):
            if text[i] != ".":
                return None
            i += 1
    if not parts or len(parts) > 2:
        return None
    return model.TableKey(parts[0] if len(parts) == 2 else None, parts[-1]), array


def find_named_type(type_sql: str, candidates: Sequence[Any]) -> tuple[Any, str] | None:
    """The enum or domain among ``candidates`` that ``type_sql`` names, with the
    array suffix (``"[]"``) it is used with; ``None`` when it names none.

    An unquoted name matches as written or folded to lower case (reflection
    spells an array of ``mood`` ``MOOD[]``).
    """
    split = split_type(type_sql)
    if split is None:
        return None
    key, array = split
    for obj in candidates:
        if obj.schema == key.schema and obj.name in (key.name, key.name.lower()):
            return obj, array
    return None


class PostgreSQLEnums(DialectSupport):
    """Enum re-creation and enum-to-enum column moves; see the module docstring."""

    @property
    def _q(self) -> Any:
        return self.sqlalchemy_dialect().identifier_preparer.quote

    def _name(self, key: model.TableKey) -> str:
        name: str = self._q(key.name)
        return name if key.schema is None else f"{self._q(key.schema)}.{name}"

    def _type_name(self, type_sql: str, named: Sequence[Any]) -> str:
        """``type_sql`` as DDL: a user type's name quoted (from the snapshot's own
        object), a built-in type as spelt."""
        found = find_named_type(type_sql, named)
        if found is None:
            return type_sql
        obj, array = found
        return self._name(obj.key) + array

    def named_type_of(self, type_sql: str, candidates: Any) -> tuple[Any, str] | None:
        return find_named_type(type_sql, candidates)

    def retype_through_text(
        self, table: model.TableKey, before: model.Column, after: model.Column,
        a: model.Schema, b: model.Schema,
    ) -> tuple[list[str], list[str]] | None:
        """A column whose type changes from or to an enum (or an array of one),
        or whose default changes with its type: the statements that retype it
        (through text when it leaves an enum), its default dropped first and set
        after, and their undo; ``None`` otherwise (the ordinary ``ALTER ... TYPE
        ... USING col::type`` does, the default cast with the column)."""
        old = find_named_type(before.type_sql, a.enums)
        new = find_named_type(after.type_sql, b.enums)
        if before.collation != after.collation:
            return None  # ``TYPE ... COLLATE``: the ordinary ALTER writes both
        if old is None and new is None and before.default in (None, after.default):
            return None
        # Else too: a default of the old type is cast to the new one by ALTER TYPE,
        # and refused where no such cast is ('t'::text to numeric): dropped first.
        new_type = self._type_name(after.type_sql, [*b.enums, *b.domains, *b.composite_types])
        old_type = self._type_name(before.type_sql, [*a.enums, *a.domains, *a.composite_types])
        where = f"ALTER TABLE {self._name(table)} ALTER COLUMN"
        forward = self._retype(where, before.name, new_type, old is not None, before.default,
                               after.default)
        backward = self._retype(where, before.name, old_type, new is not None, after.default,
                                before.default)
        return forward, backward

    def _retype(self, where: str, column: str, to_type: str, via_text: bool,
                default: str | None, new_default: str | None) -> list[str]:
        col = self._q(column)
        out = [f"{where} {col} DROP DEFAULT"] if default is not None else []
        base, array = to_type, ""
        while base.endswith("[]"):
            base, array = base[:-2], array + "[]"
        using = f"{col}::text{array}::{to_type}" if via_text else f"{col}::{to_type}"
        out.append(f"{where} {col} TYPE {to_type} USING {using}")
        if new_default is not None:
            out.append(f"{where} {col} SET DEFAULT {new_default}")
        return out

    def enum_recreation_ddl(
        self,
        before: model.Enum,
        after: model.Enum,
        columns: Sequence[RetypedColumn],
        domains: Sequence[tuple[model.Domain, model.Domain]],
    ) -> tuple[list[str], list[str]]:
        """The statements that re-create enum ``before`` as ``after`` around its
        users: (rename the old type and domains, create the new ones, retype the
        columns), and (drop the old type and domains). ``columns`` are those of
        the enum, an array of it, or one of ``domains`` (pairs over the enum)."""
        old_key = model.TableKey(before.schema, before.name + OLD_SUFFIX)
        new_name = self._name(after.key)
        named = [after, *(d for _, d in domains)]
        first: list[str] = []
        for col in columns:
            if col.before.default is not None:
                where = f"ALTER TABLE {self._name(col.table)} ALTER COLUMN {self._q(col.name)}"
                first.append(f"{where} DROP DEFAULT")
        first.append(f"ALTER TYPE {self._name(before.key)} RENAME TO {self._q(old_key.name)}")
        for old_domain, _ in domains:
            first.append(f"ALTER DOMAIN {self._name(old_domain.key)} RENAME TO "
                         f"{self._q(old_domain.name + OLD_SUFFIX)}")
        labels = ", ".join(sql_literal(v) for v in after.values)
        first.append(f"CREATE TYPE {new_name} AS ENUM ({labels})")
        for _, new_domain in domains:
            first += self.object_ddl(new_domain, create=True)
        for col in columns:
            to_type = self._type_name(col.after.type_sql, named)
            first += self._retype(
                f"ALTER TABLE {self._name(col.table)} ALTER COLUMN", col.name, to_type, True,
                None, col.after.default)
        last = [f"DROP DOMAIN {self._name(model.TableKey(d.schema, d.name + OLD_SUFFIX))}"
                for d, _ in domains]
        last.append(f"DROP TYPE {self._name(old_key)}")
        return first, last
