"""SQLite: no ALTER beyond ADD/RENAME COLUMN, rowid-alias primary keys, no comments.

The Inspector misses two things SQLite knows, fixed here from ``sqlite_master``
and the pragma table-valued functions, each in one query: indexes on
expressions, and ON DELETE/ON UPDATE of column-level ``REFERENCES`` clauses.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ... import model
from ..capabilities import SQLText
from ..tokens import SQLITE, split_top_level, unquote_identifier
from .catalog import bulk_catalog
from .objects import ConstraintNames, SQLiteObjects, constraint_names
from .text import (
    column_item,
    is_virtual_text,
    statement_key,
    table_text,
    view_header_end,
    with_table_name,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Dialect

#: How :meth:`SQLiteSupport.reading_url` writes a read-only file's URI.
_READ_ONLY_PREFIX = "file:"

# A quoted or bare SQLite identifier.
_IDENT = r'(?:"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|[^\s(]+)'
_RE_CREATE_VIEW_WORDS = re.compile(r"^\s*CREATE\s+(?:TEMP(?:ORARY)?\s+)?VIEW\b", re.I)
_RE_CREATE_INDEX = re.compile(
    r"^\s*CREATE\s+(?P<unique>UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?"
    rf"(?:{_IDENT}\s*\.\s*)?{_IDENT}\s+ON\s+{_IDENT}\s*\(",
    re.I | re.S,
)
_RE_WHERE = re.compile(r"\)\s*WHERE\s+(?P<where>.*)$", re.I | re.S)


_ROWS = "_schemanb_rebuilt_rows"
_CHECK = "_schemanb_check"
_LOST_ROWS = "a rebuilt table lost rows (a statement failed): nothing was changed"
_FK_VIOLATIONS = (
    "rows would violate foreign keys (see PRAGMA foreign_key_check): nothing was changed"
)
_PROLOGUE_COMMENT = """\
-- SQLite: apply with `sqlite3 -bail FILE < script.sql` (or stop at the first error):
-- the whole migration is one transaction, with foreign keys off (they cannot be
-- turned off inside a transaction) so that rebuilding a table neither deletes nor
-- changes the rows that reference it; they are checked before COMMIT."""

# The context manager an Alembic revision's upgrade()/downgrade() runs in: the
# same recipe, for a connection Alembic drives (it runs SQLite without a
# transaction of its own; pysqlite opens one only before INSERT/UPDATE/DELETE).
_REVISION_GUARD = '''

@contextlib.contextmanager
def _migration_guard():  # type: ignore[no-untyped-def]
    """SQLite rebuilds a table by copying it, dropping it and renaming the copy; with
    foreign keys on, the DROP would delete (ON DELETE CASCADE) or null (SET NULL) the
    rows that reference it. So foreign keys are turned off around the migration,
    which runs in one savepoint and is checked for foreign-key violations before it
    is released; anything that fails rolls it all back."""
    if op.get_context().as_sql:  # alembic upgrade --sql: the SQL script's own recipe
        for sql in {before!r}:
            op.execute(sql.replace(":", "\\\\:"))
        yield
        for sql in {after!r}:
            op.execute(sql.replace(":", "\\\\:"))
        return
    bind = op.get_bind()
    was_on = bind.exec_driver_sql("PRAGMA foreign_keys").scalar()
    bind.exec_driver_sql("PRAGMA foreign_keys = OFF")
    if bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError(
            "foreign keys are on and SQLite cannot turn them off inside the transaction this "
            "migration runs in; rebuilding a table would delete or change the rows that "
            "reference it. Turn them off before Alembic begins (in env.py: "
            "connection.exec_driver_sql('PRAGMA foreign_keys = OFF') before "
            "context.begin_transaction())"
        )
    bind.exec_driver_sql("SAVEPOINT schemanb_migration")
    try:
        yield
        bad = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if bad:
            raise RuntimeError(
                f"the migration would leave {len(bad)} row(s) violating foreign keys "
                f"(first: {tuple(bad[0])}); it was rolled back"
            )
    except BaseException:
        bind.exec_driver_sql("ROLLBACK TO schemanb_migration")
        bind.exec_driver_sql("RELEASE schemanb_migration")
        raise
    else:
        bind.exec_driver_sql("RELEASE schemanb_migration")
    finally:
        if was_on:
            bind.exec_driver_sql("PRAGMA foreign_keys = ON")
'''


#: A default ``ADD COLUMN`` accepts: a number, a string, NULL, TRUE or FALSE.
_RE_CONSTANT = re.compile(r"^(?:[-+]?\d+(?:\.\d+)?|'(?:[^']|'')*'|NULL|TRUE|FALSE)$", re.I)


class SQLiteSupport(SQLiteObjects):
    name = "sqlite"
    sqlalchemy_name = "sqlite"
    supports_partial_indexes = True
    supports_expression_indexes = True
    supports_computed = True
    supports_alter_column = False
    transactional_ddl = True
    file_header = b"SQLite format 3\x00"
    max_identifier_length = 1024
    sql_folder = "sqlite"

    def is_autoincrement(self, column: Mapping[str, Any], *, single_int_pk: bool) -> bool:
        # An INTEGER PRIMARY KEY is an alias of the rowid: SQLite fills it.
        return single_int_pk

    #: Changes SQLite applies without recreating the table.
    _IN_PLACE = frozenset({
        "table_added", "table_dropped", "table_renamed", "table_comment_changed",
        "column_renamed", "column_comment_changed",
        "index_added", "index_dropped", "index_changed", "view_added", "view_dropped",
        "view_changed",
    })

    def rewrites_table(self, kind: str, before: Any, after: Any) -> bool:
        # No ALTER COLUMN or ADD CONSTRAINT: the table is copied into a new one.
        if kind == "column_added":
            return not self.adds_column_in_place(after)
        if kind == "column_dropped":
            return not self.drops_column_in_place(before)
        return kind not in self._IN_PLACE

    def drops_column_in_place(
        self, column: model.Column, table: model.Table | None = None, *, other_sql: Iterable[str] = ()
    ) -> bool:
        """Whether ``ALTER TABLE ... DROP COLUMN`` (SQLite 3.35+) can drop ``column``
        from ``table`` (when known); ``other_sql``: the schema's trigger texts.

        SQLite refuses to drop a key, UNIQUE, indexed or foreign-key column, or
        one a CHECK, a generated column, a partial index or a trigger uses (the
        views that read it are dropped and re-created around the change); the
        column must also be one ``ADD COLUMN`` could bring back, so that the
        downgrade is in place too. Uses are found by name in the texts, erring
        towards a rebuild.
        """
        if not self.adds_column_in_place(column, table):
            return False
        if table is None:
            return True
        mentions = re.compile(
            r'(?<![\w$])["`\[]?' + re.escape(column.name) + r'["`\]]?(?![\w$])', re.I
        )
        texts = [*other_sql, *(c.expression for c in table.check_constraints)]
        texts += [c.computed.expression for c in table.columns if c.computed is not None]
        for ix in table.indexes:
            texts += [*ix.expressions, ix.where or ""]
        return not any(mentions.search(t) for t in texts)

    def adds_column_in_place(self, column: model.Column, table: model.Table | None = None) -> bool:
        """Whether ``ALTER TABLE ... ADD COLUMN`` can add ``column`` (to ``table``, when known).

        SQLite refuses a key, UNIQUE or foreign-key column, a stored generated
        column, a default that is not a constant (``CURRENT_TIMESTAMP``, an
        expression in parentheses) and NOT NULL without a non-NULL default;
        those changes copy the table into a new one instead.
        """
        if column.computed is not None or column.autoincrement:
            return False
        default = column.default
        if default is not None and not _RE_CONSTANT.match(default):
            return False
        if not column.nullable and (default is None or default.upper() == "NULL"):
            return False
        if table is None:
            return True
        name = column.name
        return not (
            name in table.pk_columns
            or any(name in u.columns for u in table.unique_constraints)
            or name in table.fk_columns
        )

    # ---------------------------------------------------------------- features

    label = "SQLite"
    is_file_database = True
    recreates_tables_to_alter = True
    view_ddl_lists_columns = True
    integer_primary_key_is_rowid = True
    replays_stored_ddl = True

    def definition_key(
        self, kind: str, sql: str | None, renames: Mapping[str, str] | None = None
    ) -> Any:
        if kind == "table":
            return table_text(sql, renames)
        if kind == "index":
            return statement_key(sql, start="(", renames=renames)
        return statement_key(sql, start="name", renames=renames)

    def table_text_explained(
        self, before: model.Table, after: model.Table, renames: Mapping[str, str]
    ) -> bool:
        old = table_text(before.create_sql, renames)
        new = table_text(after.create_sql)
        if old is None or new is None or old == new:
            return True
        if old.tail != new.tail:
            return False
        names = {c.name.lower() for c in after.columns}
        kept = [it for it in old.items if _column_item_name(it) is None or _column_item_name(it) in names]
        renamed = {renames.get(c.name, c.name).lower() for c in before.columns}
        added = [it for it in new.items if (_column_item_name(it) or "") in names - renamed]
        return new.items == (*kept, *added)

    def stored_create_as(self, sql: str, quoted_name: str) -> str:
        return with_table_name(sql, quoted_name)

    def same_object_name(self, a: str, b: str) -> bool:
        """``Products`` and ``products`` are one table to SQLite, which refuses ``ALTER TABLE
        "Products" RENAME TO products`` ("there is already another table ... with this
        name"); ``É`` and ``é`` are two (only ASCII letters fold)."""
        return a != b and a.encode().lower() == b.encode().lower()

    def is_virtual_table(self, table: model.Table) -> bool:
        return is_virtual_text(table.create_sql)

    def added_column_sql(self, table: model.Table, column: str) -> str | None:
        return column_item(table.create_sql, column)

    def index_kwargs(self, index: model.Index) -> dict[str, Any]:
        return {"sqlite_where": SQLText(index.where)} if index.where else {}

    def reserved_words(self) -> frozenset[str]:
        from sqlalchemy.dialects.sqlite.base import SQLiteIdentifierPreparer

        return super().reserved_words() | {w.lower() for w in SQLiteIdentifierPreparer.reserved_words}

    def database_file(self, url: Any) -> str | None:
        """The file of a ``sqlite:///path`` URL; ``None`` in memory (also ``file:`` URIs)."""
        database = url.database or ""
        if database in ("", ":memory:") or database.startswith("file:") or url.query.get("mode") == "memory":
            return None
        return str(database)

    def abort_reads(self, dbapi_connection: Any) -> None:
        """SQLite runs in this process: interrupt the statement running on the connection."""
        interrupt = getattr(dbapi_connection, "interrupt", None)
        if interrupt is not None:
            with contextlib.suppress(Exception):
                interrupt()

    def session_statements(self, dialect: Dialect | None = None) -> list[str]:
        return ["PRAGMA query_only = ON"]

    # ------------------------------------------------------------------ migration scripts
    #
    # SQLite's own recipe for table changes ALTER cannot make (lang_altertable.html,
    # "Making Other Kinds Of Table Schema Changes"): foreign keys off -- before
    # BEGIN, PRAGMA foreign_keys is a no-op inside a transaction --, one
    # transaction, then the foreign keys checked before COMMIT. Without it a
    # rebuild's DROP TABLE deletes (ON DELETE CASCADE) or nulls (SET NULL) every
    # row that references the table, and a failing statement leaves a
    # half-migrated file. The checks are INSERT OR ROLLBACK into a table whose
    # CHECK constraints are named by what went wrong: the error names it, and the
    # whole migration is rolled back even when the script runs on after an error
    # (the sqlite3 shell without -bail), which is also why every rebuilt table's
    # row count is compared before COMMIT: a rebuild whose copy failed would
    # otherwise go on to drop the table.

    def script_prologue(self) -> list[tuple[str, str | None]]:
        return [
            ("PRAGMA foreign_keys = OFF", _PROLOGUE_COMMENT),
            ("BEGIN", None),
        ]

    def rebuild_guard(self, index: int, table: str, schema: str | None = None) -> list[str]:
        out = []
        if index == 0:
            out.append(f"CREATE TEMP TABLE {_ROWS} (i INTEGER PRIMARY KEY, rows_before INTEGER NOT NULL, "
                       "rows_after INTEGER)")
        out.append(f"INSERT INTO temp.{_ROWS} (i, rows_before) SELECT {int(index)}, count(*) FROM "
                   + self._table_name(table, schema))
        return out

    def script_epilogue(self, rebuilt: Sequence[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
        out: list[tuple[str, str | None]] = [
            (f"UPDATE temp.{_ROWS} SET rows_after = (SELECT count(*) FROM {self._table_name(name, schema)}) "
             f"WHERE i = {i}", None)
            for i, (name, schema) in enumerate(rebuilt)
        ]
        lost = f"(SELECT count(*) FROM temp.{_ROWS} WHERE rows_after IS NOT rows_before)" if rebuilt else "0"
        out += [
            (f"CREATE TEMP TABLE {_CHECK} ("
             f'lost_rows INTEGER CONSTRAINT "{_LOST_ROWS}" CHECK (lost_rows = 0), '
             f'fk_violations INTEGER CONSTRAINT "{_FK_VIOLATIONS}" CHECK (fk_violations = 0))',
             "-- Rolls everything back if a rebuilt table lost rows or a foreign key is violated"),
            (f"INSERT OR ROLLBACK INTO temp.{_CHECK} (lost_rows, fk_violations) "
             f"SELECT {lost}, (SELECT count(*) FROM pragma_foreign_key_check)", None),
            (f"DROP TABLE temp.{_CHECK}", None),
        ]
        if rebuilt:
            out.append((f"DROP TABLE temp.{_ROWS}", None))
        out += [("COMMIT", None), ("PRAGMA foreign_keys = ON", None)]
        return out

    def revision_guard(self) -> str | None:
        before = [sql for sql, _ in self.script_prologue()]
        after = [sql for sql, _ in self.script_epilogue(())]
        return _REVISION_GUARD.replace("{before!r}", repr(before)).replace("{after!r}", repr(after))

    def _table_name(self, table: str, schema: str | None) -> str:
        import sqlalchemy as sa

        preparer = self.sqlalchemy_dialect().identifier_preparer
        return str(preparer.format_table(sa.table(table, schema=schema)))

    def database_of(self, url: URL) -> str | None:
        database = url.database
        if database and database.startswith(_READ_ONLY_PREFIX) and url.query.get("immutable") == "1":
            from urllib.parse import unquote

            return unquote(database[len(_READ_ONLY_PREFIX):])
        return database

    def reading_url(self, url: URL) -> URL:
        """A file schemanb may not write (or whose folder it may not) is opened read-only.

        Even a read takes a write lock on a WAL database's ``-shm`` file (and
        creates it): in a read-only place that fails with "attempt to write a
        readonly database". Such a file is opened as ``file:...?mode=ro&immutable=1``
        instead; changes still in a ``-wal`` file are then not seen, and a
        warning says so.
        """
        import os
        import warnings
        from pathlib import Path
        from urllib.parse import quote

        from ...errors import SchemaNBWarning

        database = url.database or ""
        if database in ("", ":memory:") or database.startswith("file:") or "uri" in url.query:
            return url
        path = Path(database).absolute()
        if not path.exists() or (
            os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
        ):
            return url
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            warnings.warn(
                f"{path} is read-only here and its write-ahead log {wal.name} holds "
                f"{wal.stat().st_size} bytes not yet in the database file: they are not read — "
                "copy the database (with its -wal file) to a writable folder to read them",
                SchemaNBWarning,
                stacklevel=2,
            )
        return url.set(
            database=f"{_READ_ONLY_PREFIX}{quote(str(path))}",
            query={**url.query, "mode": "ro", "immutable": "1", "uri": "true"},
        )

    def normalize_view_definition(self, text: str | None) -> str | None:
        """The SELECT of a ``CREATE VIEW ... AS SELECT`` text."""
        if text is None:
            return None
        start = view_header_end(text) if _RE_CREATE_VIEW_WORDS.match(text) else None
        return super().normalize_view_definition(text[start:] if start is not None else text)

    def reflection_context(
        self, connection: Connection, catalog_schemas: Sequence[str]
    ) -> contextlib.AbstractContextManager[None]:
        """SQLAlchemy's per-table catalog reads answered from a few bulk queries
        (:func:`schemanb.dialects.sqlite.catalog.bulk_catalog`)."""
        if list(catalog_schemas) != ["main"]:
            return contextlib.nullcontext()
        return bulk_catalog(connection, self.fetch_rows)

    def fetch_views(self, connection: Connection, schemas: Sequence[str]) -> list[model.View]:
        if list(schemas) != ["main"]:
            return super().fetch_views(connection, schemas)
        rows = self.fetch_rows(connection, "views")
        return [
            model.View(
                schema="main", name=r.name, definition=self.normalize_view_definition(r.definition),
                create_sql=r.definition,
            )
            for r in rows
        ]

    def fetch_table_fixes(
        self,
        connection: Connection,
        tables: Sequence[model.Table],
        catalog_schemas: Mapping[str | None, str],
    ) -> Sequence[model.Table]:
        if set(catalog_schemas.values()) != {"main"} or not tables:
            return tables
        shadows = self._shadow_tables(connection)
        tables = [t for t in tables if t.name not in shadows]
        actions = _fk_actions(self.fetch_rows(connection, "foreign_key_actions"))
        index_sql: dict[str, list[Any]] = {}
        for r in self.fetch_rows(connection, "indexes"):
            index_sql.setdefault(r.table_name, []).append(r)
        collations: dict[str, dict[str, str]] = {}
        names: dict[str, ConstraintNames] = {}
        texts: dict[str, str] = {}
        for r in self.fetch_rows(connection, "table_sql"):
            collations[r.table_name] = column_collations(r.sql)
            names[r.table_name] = constraint_names(r.sql)
            texts[r.table_name] = r.sql
        none = ConstraintNames({}, {})
        return [
            _with_texts(
                self._with_collations(
                    self._fix_table(
                        t, actions.get(t.name, {}), index_sql.get(t.name, []), names.get(t.name, none)
                    ),
                    collations.get(t.name, {}),
                ),
                texts.get(t.name),
                {r.name: r.sql for r in index_sql.get(t.name, [])},
            )
            for t in tables
        ]

    def _shadow_tables(self, connection: Connection) -> set[str]:
        """The tables a virtual table keeps its data in (``docs_content``, ``docs_data`` ...).

        They belong to the virtual table: its ``CREATE VIRTUAL TABLE`` makes them and its
        ``DROP TABLE`` drops them, so creating or dropping them beside it fails ("table
        'docs_content' already exists"). They are left out of the snapshot like SQLite's
        own ``sqlite_*`` tables.
        """
        import sqlalchemy as sa

        try:
            rows = self.fetch_rows(connection, "shadow_tables")
        except sa.exc.DBAPIError:  # SQLite < 3.37: no PRAGMA table_list
            rows = self.fetch_rows(connection, "shadow_tables_by_name")
        return {r.name for r in rows}

    def _with_collations(self, table: model.Table, collations: Mapping[str, str]) -> model.Table:
        if not collations:
            return table
        columns = tuple(
            dataclasses.replace(c, collation=collations[c.name])
            if c.name in collations and c.collation is None
            else c
            for c in table.columns
        )
        return dataclasses.replace(table, columns=columns)

    def _fix_table(
        self,
        table: model.Table,
        actions: Mapping[tuple[str, ...], tuple[str | None, str | None]],
        index_rows: Sequence[Any],
        names: ConstraintNames,
    ) -> model.Table:
        """Foreign key actions and names, CHECK and UNIQUE names as written, and
        the expression indexes SQLAlchemy skips."""
        fks = tuple(
            dataclasses.replace(
                fk,
                name=names.foreign_keys.get(fk.columns, fk.name),
                on_update=fk.on_update or actions.get(fk.columns, (None, None))[0],
                on_delete=fk.on_delete or actions.get(fk.columns, (None, None))[1],
            )
            for fk in table.foreign_keys
        )
        if names.escaped:
            table = dataclasses.replace(
                table,
                check_constraints=model.sorted_by_name(
                    dataclasses.replace(c, name=names.escaped.get(c.name or "", c.name))
                    for c in table.check_constraints
                ),
                unique_constraints=model.sorted_by_name(
                    dataclasses.replace(u, name=names.escaped.get(u.name or "", u.name))
                    for u in table.unique_constraints
                ),
            )
        known = {ix.name for ix in table.indexes}
        extra = [
            ix
            for ix in (self.parse_index(r.name, r.sql) for r in index_rows if r.name not in known)
            if ix is not None and any(ix.is_expression)
        ]
        if fks == table.foreign_keys and not extra:
            return table
        return dataclasses.replace(
            table,
            foreign_keys=model.sorted_by_name(fks),
            indexes=model.sorted_by_name([*table.indexes, *extra]),
        )

    def parse_index(self, name: str, sql: str) -> model.Index | None:
        """An :class:`~schemanb.model.Index` from its ``CREATE INDEX`` text.

        >>> SQLiteSupport().parse_index("ix", 'CREATE INDEX ix ON t (lower(b), a) WHERE a > 0')
        Index(name='ix', expressions=('lower(b)', 'a'), is_expression=(True, False), unique=False, where='a > 0', method=None, include=(), dialect_options=(), descending=(), comment=None)
        """
        head = _RE_CREATE_INDEX.match(sql)
        if head is None:
            return None
        body = sql[head.end() - 1 :]
        parts, rest = split_top_level(body, SQLITE)
        where = _RE_WHERE.match(")" + rest)
        exprs = [_strip_order(p) for p in parts]
        return model.Index(
            name=name,
            expressions=tuple(unquote_identifier(e) if _is_name(e) else self.normalize_expression(e) or e for e in exprs),
            is_expression=tuple(not _is_name(e) for e in exprs),
            unique=bool(head.group("unique")),
            where=self.normalize_expression(where.group("where")) if where else None,
        )


_RE_CREATE_TABLE = re.compile(
    r"^\s*CREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"
    rf"(?:{_IDENT}\s*\.\s*)?{_IDENT}\s*\(",
    re.I | re.S,
)
_RE_COLLATE = re.compile(rf"\bCOLLATE\s+({_IDENT})", re.I)
_RE_COLUMN_NAME = re.compile(rf"^\s*({_IDENT})")
_TABLE_CONSTRAINT = re.compile(r"^\s*(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN)\b", re.I)


def _with_texts(table: model.Table, sql: str | None, index_sql: Mapping[str, str]) -> model.Table:
    """``table`` with its stored ``CREATE TABLE`` text and its indexes' ``CREATE INDEX`` texts."""
    indexes = tuple(
        dataclasses.replace(ix, create_sql=index_sql[ix.name]) if ix.name in index_sql else ix
        for ix in table.indexes
    )
    return dataclasses.replace(table, create_sql=sql, indexes=indexes)


def column_collations(sql: str | None) -> dict[str, str]:
    """``{column: collation}`` for the columns of a ``CREATE TABLE`` that name one.

    >>> column_collations('CREATE TABLE t (a TEXT COLLATE NOCASE, "b c" TEXT, d TEXT COLLATE "RTRIM")')
    {'a': 'NOCASE', 'd': 'RTRIM'}
    """
    if not sql or "COLLATE" not in sql.upper():  # most tables: no need to split the text
        return {}
    head = _RE_CREATE_TABLE.match(sql)
    if head is None:
        return {}
    parts, _ = split_top_level(sql[head.end() - 1 :], SQLITE)
    out: dict[str, str] = {}
    for part in parts:
        if _TABLE_CONSTRAINT.match(part):
            continue
        name, collate = _RE_COLUMN_NAME.match(part), _RE_COLLATE.search(_without_literals(part))
        if name and collate:
            out[unquote_identifier(name.group(1))] = unquote_identifier(collate.group(1))
    return out


def _without_literals(text: str) -> str:
    """``text`` with the insides of '...' literals blanked (a default may say COLLATE)."""
    return re.sub(r"'(?:[^']|'')*'", "''", text)


def _fk_actions(rows: Sequence[Any]) -> dict[str, dict[tuple[str, ...], tuple[str | None, str | None]]]:
    """``{table: {columns: (on_update, on_delete)}}`` from the pragma rows."""
    grouped: dict[tuple[str, int], list[Any]] = {}
    for r in rows:
        grouped.setdefault((r.table_name, r.fk_id), []).append(r)
    out: dict[str, dict[tuple[str, ...], tuple[str | None, str | None]]] = {}
    for (table, _), parts in grouped.items():
        columns = tuple(p.column_name for p in sorted(parts, key=lambda p: p.seq))
        first = parts[0]
        out.setdefault(table, {})[columns] = (
            _action(first.on_update),
            _action(first.on_delete),
        )
    return out


def _action(value: str | None) -> str | None:
    return None if not value or value.upper() == "NO ACTION" else value.upper()


def _column_item_name(item: tuple[str, ...]) -> str | None:
    """The column a folded ``CREATE TABLE`` item defines; ``None`` for a table constraint."""
    if not item or item[0] in ("constraint", "primary", "unique", "check", "foreign"):
        return None
    return item[0]


def _strip_order(part: str) -> str:
    return re.sub(r"\s+(ASC|DESC)\s*$", "", part.strip(), flags=re.I)


def _is_name(text: str) -> bool:
    return re.fullmatch(r'"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|[A-Za-z_]\w*', text) is not None

