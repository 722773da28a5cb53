"""PostgreSQL per-column settings: attribute options, statistics target, storage.

What pg_dump writes after ``CREATE TABLE`` for a column, each only when set:
``ALTER COLUMN c SET (n_distinct=-0.02)`` (``pg_attribute.attoptions``),
``SET STATISTICS 1000`` (``attstattarget``) and ``SET STORAGE EXTERNAL``
(``attstorage`` where it differs from the type's ``typstorage``). They live in
the column's :attr:`~schemanb.model.Column.dialect_options` under the keys
below, are compared with the column, and are changed by their own ``ALTER
COLUMN`` statements: none rewrites the table (a new storage applies to values
written from then on).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ... import model
from ..base import DialectSupport
from ..ddl import plain_setting

#: ``attoptions`` as the server lists them, ``key=value`` joined by ``", "``.
OPTIONS = "postgresql_attribute_options"
#: A statistics target set by hand (``SET STATISTICS n``).
STATISTICS = "postgresql_statistics"
#: A storage other than the type's (``PLAIN``, ``MAIN``, ``EXTERNAL``, ``EXTENDED``).
STORAGE = "postgresql_storage"
KEYS = frozenset({OPTIONS, STATISTICS, STORAGE})

_STORAGE = {"p": "PLAIN", "m": "MAIN", "e": "EXTERNAL", "x": "EXTENDED"}
#: The variable-length built-in types whose own storage is MAIN; every other type
#: a column can set a storage on (a fixed-length one only has PLAIN) has EXTENDED.
_MAIN_TYPES = ("NUMERIC", "DECIMAL", "INET", "CIDR")


def column_attribute_options(row: Any) -> dict[str, str]:
    """The settings of one ``columns.sql`` row, by :data:`KEYS`.

    >>> from types import SimpleNamespace as Row
    >>> column_attribute_options(Row(attribute_options=["pg_attver=1", "n_distinct=-0.5"], statistics_target=None, storage="e"))
    {'postgresql_attribute_options': 'n_distinct=-0.5', 'postgresql_storage': 'EXTERNAL'}
    """
    options: dict[str, str] = {}
    stored, target, storage = row.attribute_options, row.statistics_target, row.storage
    # Some servers keep one option, pg_attver, on every column: the common case first.
    if stored and not (len(stored) == 1 and stored[0].startswith("pg_")):
        text = attribute_options_text(stored)
        if text:
            options[OPTIONS] = text
    if target is not None:
        options[STATISTICS] = str(target)
    if storage:
        options[STORAGE] = _STORAGE.get(storage, storage)
    return options


def attribute_options_text(stored: Sequence[str] | None) -> str:
    """``pg_attribute.attoptions`` as pg_dump writes them: ``key=value`` joined by
    ``", "``, less the server's own ``pg_*`` bookkeeping (``pg_attver``).

    >>> attribute_options_text(["pg_attver=7"]), attribute_options_text(["n_distinct=-1", "n_distinct_inherited=-1"])
    ('', 'n_distinct=-1, n_distinct_inherited=-1')
    """
    return ", ".join([o for o in stored or () if not o.startswith("pg_")])


def _attribute_options(text: str | None) -> dict[str, str]:
    """``"n_distinct=-0.02, n_distinct_inherited=-1"`` -> ``{key: value}``."""
    pairs = (item.partition("=") for item in (text or "").split(", ") if item)
    return {key: value for key, _, value in pairs}


def _type_storage(column: model.Column) -> str:
    base = column.type_sql.upper()
    return "MAIN" if base.startswith(_MAIN_TYPES) and not base.endswith("]") else "EXTENDED"


class PostgreSQLColumnAttributes(DialectSupport):
    """The dialect hooks of :mod:`schemanb.dialects.ddl` for these settings."""

    column_attribute_keys = KEYS

    def column_settings(self, column: model.Column) -> list[str]:
        """The settings as ``ALTER COLUMN`` sets them: ``SET (n_distinct=-0.05)``,
        ``SET STATISTICS 1000``, ``SET STORAGE MAIN``.

        >>> from schemanb.model import Column
        >>> PostgreSQLColumnAttributes().column_settings(Column(name="c", type_sql="TEXT", type_generic="TEXT", dialect_options=(("postgresql_attribute_options", "n_distinct=-0.05"), ("postgresql_statistics", "1000"), ("postgresql_storage", "MAIN"))))
        ['SET (n_distinct=-0.05)', 'SET STATISTICS 1000', 'SET STORAGE MAIN']
        """
        options = dict(column.dialect_options)
        out = []
        if options.get(OPTIONS):
            out.append(f"SET ({options[OPTIONS]})")
        if options.get(STATISTICS):
            out.append(f"SET STATISTICS {options[STATISTICS]}")
        if options.get(STORAGE):
            out.append(f"SET STORAGE {options[STORAGE]}")
        return out + [plain_setting(k, v) for k, v in column.dialect_options if k not in KEYS]

    def column_attributes_ddl(
        self, table: model.TableKey, before: model.Column | None, after: model.Column
    ) -> list[str]:
        """``ALTER TABLE ... ALTER COLUMN`` statements taking ``before``'s settings
        (``None``: a new column, none set) to ``after``'s, as pg_dump spells them:
        ``ONLY``, so a parent's settings never reach its children (each has its own)."""
        quote = self.sqlalchemy_dialect().identifier_preparer.quote
        where = quote(table.name) if table.schema is None else f"{quote(table.schema)}.{quote(table.name)}"
        prefix = f"ALTER TABLE ONLY {where} ALTER COLUMN {quote(after.name)}"
        old = dict(before.dialect_options) if before is not None else {}
        new = dict(after.dialect_options)
        statements: list[str] = []
        old_opts, new_opts = _attribute_options(old.get(OPTIONS)), _attribute_options(new.get(OPTIONS))
        reset = sorted(k for k in old_opts if k not in new_opts)
        if reset:
            statements.append(f"{prefix} RESET ({', '.join(reset)})")
        changed = [f"{k}={v}" for k, v in new_opts.items() if old_opts.get(k) != v]
        if changed:
            statements.append(f"{prefix} SET ({', '.join(changed)})")
        if old.get(STATISTICS) != new.get(STATISTICS):
            statements.append(f"{prefix} SET STATISTICS {new.get(STATISTICS, '-1')}")
        if old.get(STORAGE) != new.get(STORAGE):
            statements.append(f"{prefix} SET STORAGE {new.get(STORAGE) or _type_storage(after)}")
        return statements

    def created_table(self, table: model.Table) -> tuple[model.Table, list[str]]:
        """The table, and its columns' settings set after ``CREATE TABLE`` as pg_dump does."""
        return table, [s for c in table.columns for s in self.column_attributes_ddl(table.key, None, c)]
