"""PostgreSQL: columns, constraints, indexes and the tables themselves in four bulk
catalog queries sent at once; table inheritance (``INHERITS``), ``UNLOGGED`` and
storage parameters.

The Inspector's ``get_multi_*`` calls give the same dicts, but in a fresh process
most of their cost is compiling their Core queries on first use and parsing the
type of every column again. Here the queries are plain text
(``sql/postgresql/columns.sql``, ``constraints.sql``, ``indexes.sql``,
``relations.sql``: what belongs to a table as a whole, once per table) and each
distinct ``format_type()`` spelling is turned into a SQLAlchemy type once, by
SQLAlchemy's own parser, so the result matches the Inspector's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ... import model
from ..ddl import plain_setting
from ..reflection import CatalogKey, TableParts
from .columns import column_attribute_options
from .objects import CLUSTER_ON
from .pipeline import PostgreSQLPipeline
from .security import WITH_PREFIX

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_RE_CHECK = re.compile(r"^CHECK *\((.+)\)( NO INHERIT)?( NOT VALID)?$", re.S)
_RE_NEXTVAL = re.compile(r"""(nextval\(')([^']+)('.*$)""")
_FK_ACTIONS = {"a": None, "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}

Key = tuple[str | None, str]


class PostgreSQLTables(PostgreSQLPipeline):
    """Bulk reflection of PostgreSQL tables; see :meth:`DialectSupport.fetch_table_parts`."""

    supports_table_inheritance = True

    def fetch_table_parts(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> TableParts | None:
        types = _TypeReader.for_connection(connection)
        if types is None:
            return None
        names: dict[int, dict[int, str]] = {}
        results = self.fetch_rows_many(
            connection,
            [
                ("columns", {"schemas": [catalog_schema], "relkinds": ["r", "p"]}),
                ("constraints", {"schemas": [catalog_schema]}),
                ("indexes", {"schemas": [catalog_schema], "relkinds": ["r", "p"]}),
                ("relations", {"schemas": [catalog_schema]}),
            ],
        )
        # SQLAlchemy's own queries (enums, domains) must not interrupt the pipeline:
        # a column whose type needs them is typed once it has ended.
        deferred: list[tuple[list[Any], int]] = []
        columns = self._columns(next(results), schema, catalog_schema, types, names, deferred)
        rows, index_rows, table_rows = list(results)  # the pipeline ends here
        for table_columns, i in deferred:
            table_columns[i] = _column(
                table_columns[i], types, catalog_schema if schema else None
            )
        comments: dict[Key, dict[str, Any]] = {}
        options: dict[Key, dict[str, Any]] = {}
        for r in table_rows:
            key = (schema, r.table_name)
            columns.setdefault(key, [])  # a table without columns
            comments[key] = {"text": r.table_comment}
            options[key] = table_options(r)
        parts = TableParts(
            columns=columns,
            comments=comments,
            pks={},
            fks={},
            uniques={},
            checks={},
            indexes=self.index_dicts(index_rows, schema),  # type: ignore[attr-defined]
            row_estimates={(schema, r.table_name): _estimate(r) for r in table_rows},
            size_estimates={(schema, r.table_name): _bytes(r) for r in table_rows},
            table_options=options,
        )
        outside = sorted({r.referred_oid for r in rows if r.type == "f"} - set(names))
        if outside:
            for a in self.fetch_rows(connection, "attribute_names", oids=outside):
                names.setdefault(a.table_oid, {})[a.number] = a.name
        for row in rows:
            key = (schema, row.table_name)
            own = names.get(row.table_oid, {})
            cols = [own[n] for n in row.column_numbers or ()]
            if row.type == "p":
                parts.pks[key] = {"constrained_columns": cols, "name": row.name,
                                  "deferrable": True if row.deferrable else None,
                                  "initially": "DEFERRED" if row.deferred else None}
            elif row.type == "u":
                parts.uniques.setdefault(key, []).append({
                    "column_names": cols, "name": row.name,
                    "deferrable": True if row.deferrable else None,
                    "initially": "DEFERRED" if row.deferred else None,
                })
            elif row.type == "f":
                referred = names.get(row.referred_oid, {})
                parts.fks.setdefault(key, []).append(
                    _foreign_key(row, cols, [referred[n] for n in row.referred_numbers])
                )
            elif row.type == "c":
                match = _RE_CHECK.match(row.definition or "")
                parts.checks.setdefault(key, []).append(
                    {"name": row.name, "sqltext": match.group(1) if match else row.definition,
                     "inherited": not row.is_local, "no_inherit": bool(match and match.group(2))}
                )
        return parts

    # ------------------------------------------------ INHERITS, UNLOGGED, WITH (...)

    def check_suffix(self, check: model.CheckConstraint) -> str:
        """`` NO INHERIT`` for a CHECK the tables inheriting from this one do not get.

        >>> from schemanb.model import CheckConstraint
        >>> PostgreSQLTables().check_suffix(CheckConstraint(expression="n > 0", no_inherit=True))
        ' NO INHERIT'
        """
        return " NO INHERIT" if check.no_inherit else ""

    def table_kwargs(self, table: model.Table) -> dict[str, Any]:
        """``postgresql_inherits`` (the parents, quoted here: a schema-qualified one is a
        ``quoted_name`` SQLAlchemy leaves as it is), ``prefixes=["UNLOGGED"]`` and
        ``postgresql_with`` (each storage parameter's value a string literal, as
        ``pg_dump`` writes it).

        >>> from schemanb.model import Table, TableKey
        >>> PostgreSQLTables().table_kwargs(Table(name="c", inherits=(TableKey(None, "p"), TableKey("s", "Q")), dialect_options=(("postgresql_unlogged", "true"), ("postgresql_with.fillfactor", "70"))))
        {'postgresql_inherits': ('p', 's."Q"'), 'prefixes': ['UNLOGGED'], 'postgresql_with': {'fillfactor': "'70'"}}
        """
        kw: dict[str, Any] = {}
        if table.inherits:
            kw["postgresql_inherits"] = tuple(self._parent_name(k) for k in table.inherits)
        if dict(table.dialect_options).get(UNLOGGED) == "true":
            kw["prefixes"] = ["UNLOGGED"]
        storage = storage_parameters(table)
        if storage:
            kw["postgresql_with"] = {name: with_literal(value) for name, value in storage.items()}
        return kw

    def table_settings(self, table: model.Table) -> list[str]:
        """``UNLOGGED``, the storage parameters as ``WITH (...)`` and the index the table
        is clustered on, as ``CREATE TABLE`` and ``ALTER TABLE`` write them.

        >>> from schemanb.model import Table
        >>> PostgreSQLTables().table_settings(Table(name="t", dialect_options=(("postgresql_unlogged", "true"), ("postgresql_with.fillfactor", "70"), ("postgresql_with.toast.autovacuum_enabled", "false"))))
        ['UNLOGGED', 'WITH (fillfactor=70, toast.autovacuum_enabled=false)']
        """
        out = ["UNLOGGED"] if _unlogged(table) else []
        storage = [f"{k[len(WITH_PREFIX):]}={v}" for k, v in table.dialect_options
                   if k.startswith(WITH_PREFIX)]
        if storage:
            out.append(f"WITH ({', '.join(storage)})")
        cluster = self.clustered_index(table)
        if cluster is not None:
            out.append(f"CLUSTER ON {self.quoted_name(cluster)}")
        known = (UNLOGGED, CLUSTER_ON)
        out += [plain_setting(k, v) for k, v in table.dialect_options
                if k not in known and not k.startswith(WITH_PREFIX)]
        return out

    def codegen_table_kwargs(self, table: model.Table) -> dict[str, Any]:
        """What :meth:`table_kwargs` gives: models create the table the same way."""
        return self.table_kwargs(table)

    def table_options_from_table(self, table: Any, default_schema: str | None) -> dict[str, Any]:
        """The inverse of :meth:`table_kwargs` on a ``sqlalchemy.Table``: its parents
        (a name, or a ``quoted_name`` ``schema.name`` SQLAlchemy does not quote),
        ``UNLOGGED`` among its prefixes, its ``postgresql_with`` values (a string
        literal's text).

        >>> import sqlalchemy as sa
        >>> from sqlalchemy.sql.elements import quoted_name
        >>> t = sa.Table("c", sa.MetaData(), prefixes=["UNLOGGED"], postgresql_inherits=("p", quoted_name('s."Q"', quote=False)), postgresql_with={"fillfactor": "'70'"})
        >>> PostgreSQLTables().table_options_from_table(t, "public")
        {'inherits': (TableKey(schema=None, name='p'), TableKey(schema='s', name='Q')), 'dialect_options': (('postgresql_unlogged', 'true'), ('postgresql_with.fillfactor', '70'))}
        """
        from ..tokens import POSTGRESQL, tokenize

        kwargs = table.dialect_kwargs
        parents = kwargs.get("postgresql_inherits") or ()
        if isinstance(parents, str):
            parents = (parents,)
        inherits = []
        for parent in parents:
            if getattr(parent, "quote", None) is False:
                parts = [t.text for t in tokenize(str(parent), POSTGRESQL) if t.kind == "name"]
            else:
                parts = [str(parent)]
            schema = parts[0] if len(parts) > 1 else None
            inherits.append(model.TableKey(None if schema == default_schema else schema, parts[-1]))
        options: list[tuple[str, str]] = []
        if any(str(p).upper() == "UNLOGGED" for p in getattr(table, "_prefixes", ())):
            options.append((UNLOGGED, "true"))
        for name, value in (kwargs.get("postgresql_with") or {}).items():
            text = str(value)
            if len(text) > 1 and text[0] == text[-1] == "'":
                text = text[1:-1].replace("''", "'")
            options.append((f"{WITH_PREFIX}{name}", text.lower() if isinstance(value, bool) else text))
        return {"inherits": tuple(inherits), "dialect_options": tuple(options)}

    def _parent_name(self, key: model.TableKey) -> Any:
        if key.schema is None:
            return key.name  # SQLAlchemy quotes it
        from sqlalchemy.sql.elements import quoted_name

        return quoted_name(self._quoted(key), quote=False)

    def _quoted(self, key: model.TableKey) -> str:
        quote = self.sqlalchemy_dialect().identifier_preparer.quote
        return quote(key.name) if key.schema is None else f"{quote(key.schema)}.{quote(key.name)}"

    def inherit_ddl(self, table: model.TableKey, parent: model.TableKey, *, inherit: bool) -> str:
        """>>> from schemanb.model import TableKey
        >>> PostgreSQLTables().inherit_ddl(TableKey(None, "c"), TableKey("s", "p"), inherit=False)
        'ALTER TABLE c NO INHERIT s.p'
        """
        word = "INHERIT" if inherit else "NO INHERIT"
        return f"ALTER TABLE {self._quoted(table)} {word} {self._quoted(parent)}"

    def table_options_ddl(
        self,
        before: model.Table,
        after: model.Table,
        column_sql: Callable[[model.Column], str] = str,
        defaults: Mapping[str, str] | None = None,
    ) -> list[str]:
        """``SET LOGGED``/``SET UNLOGGED``, then ``RESET`` of the storage parameters
        ``after`` leaves out and ``SET`` of the new or changed ones (the parents:
        :meth:`inherit_ddl`).

        >>> from schemanb.model import Table
        >>> a = Table(name="t", dialect_options=(("postgresql_with.fillfactor", "70"), ("postgresql_with.toast.autovacuum_enabled", "false")))
        >>> b = Table(name="t", dialect_options=(("postgresql_unlogged", "true"), ("postgresql_with.fillfactor", "90")))
        >>> PostgreSQLTables().table_options_ddl(a, b)
        ['ALTER TABLE t SET UNLOGGED', 'ALTER TABLE t RESET (toast.autovacuum_enabled)', "ALTER TABLE t SET (fillfactor = '90')"]
        """
        name = self._quoted(after.key)
        out = []
        unlogged = dict(after.dialect_options).get(UNLOGGED) == "true"
        if unlogged != (dict(before.dialect_options).get(UNLOGGED) == "true"):
            out.append(f"ALTER TABLE {name} SET {'UNLOGGED' if unlogged else 'LOGGED'}")
        old, new = storage_parameters(before), storage_parameters(after)
        reset = [k for k in old if k not in new]
        if reset:
            out.append(f"ALTER TABLE {name} RESET ({', '.join(reset)})")
        changed = [f"{k} = {with_literal(v)}" for k, v in new.items() if old.get(k) != v]
        if changed:
            out.append(f"ALTER TABLE {name} SET ({', '.join(changed)})")
        return out

    def rewrites_table(self, kind: str, before: Any, after: Any) -> bool:
        """``SET LOGGED`` and ``SET UNLOGGED`` rewrite the table (under an exclusive lock)."""
        if kind == "table_options_changed":
            return _unlogged(before) != _unlogged(after)
        return super().rewrites_table(kind, before, after)

    def table_options_notes(self, before: model.Table, after: model.Table) -> tuple[str, ...]:
        notes = []
        if _unlogged(before) != _unlogged(after):
            notes.append(
                "SET UNLOGGED: the table is no longer crash-safe nor replicated to standbys"
                if _unlogged(after) else "SET LOGGED: the whole table is written to the WAL"
            )
        gone = [str(k) for k in before.inherits if k not in after.inherits]
        new = [str(k) for k in after.inherits if k not in before.inherits]
        if gone:
            notes.append(f"NO INHERIT: queries on {', '.join(gone)} no longer see this table's rows")
        if new:
            notes.append(f"INHERIT: queries on {', '.join(new)} now see this table's rows")
        if storage_parameters(before) != storage_parameters(after):
            notes.append("storage parameters change (existing pages keep their layout until rewritten)")
        return tuple(notes)

    def fetch_row_estimates(
        self, connection: Connection, schemas: Sequence[str]
    ) -> dict[CatalogKey, int | None]:
        return {key: _estimate(r) for key, r in self._relations(connection, schemas)}

    def fetch_size_estimates(
        self, connection: Connection, schemas: Sequence[str]
    ) -> dict[CatalogKey, int | None]:
        return {key: _bytes(r) for key, r in self._relations(connection, schemas)}

    def _relations(self, connection: Connection, schemas: Sequence[str]) -> list[tuple[CatalogKey, Any]]:
        """``relations.sql``'s rows of ``schemas``, each keyed ``(catalog schema, table)``."""
        rows = self.fetch_rows(connection, "relations", schemas=list(schemas))
        return [((r.schema_name, r.table_name), r) for r in rows]

    def fetch_view_columns(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> dict[Key, list[dict[str, Any]]] | None:
        types = _TypeReader.for_connection(connection)
        if types is None:
            return None
        rows = self.fetch_rows(
            connection, "columns", schemas=[catalog_schema], relkinds=["v", "m"]
        )
        return self._columns(rows, schema, catalog_schema, types, {})

    def _columns(
        self,
        rows: Sequence[Any],
        schema: str | None,
        catalog_schema: str,
        types: _TypeReader,
        names: dict[int, dict[int, str]],
        deferred: list[tuple[list[Any], int]] | None = None,
    ) -> dict[Key, list[dict[str, Any]]]:
        """Columns by table from ``columns.sql``'s rows; ``names`` gets each
        table's attnum -> column name. With ``deferred``, a column whose type
        needs the enums and domains keeps its row, listed there, for now."""
        columns: dict[Key, list[dict[str, Any]]] = {}
        column_schema = catalog_schema if schema else None
        for row in rows:
            key = (schema, row.table_name)
            table_columns = columns.get(key)
            if table_columns is None:
                table_columns = columns[key] = []
            if deferred is not None and not types.ready(row.format_type, row.collation):
                deferred.append((table_columns, len(table_columns)))
                table_columns.append(row)
            else:
                table_columns.append(_column(row, types, column_schema))
            names.setdefault(row.table_oid, {})[row.number] = row.name
        return columns


#: The storage parameters of the table's TOAST table, as ``CREATE TABLE ... WITH``
#: names them (``toast.autovacuum_enabled``).
TOAST_PREFIX = "toast."
#: :attr:`~schemanb.model.Table.dialect_options` key of an ``UNLOGGED`` table.
UNLOGGED = "postgresql_unlogged"
#: Prefix of the :attr:`~schemanb.model.Table.dialect_options` keys of the
#: storage parameters (``postgresql_with.fillfactor``).



def table_options(row: Any) -> dict[str, Any]:
    """A table's parents (``[(schema, name)]`` in ``INHERITS`` order) and its
    ``dialect_options``: ``UNLOGGED`` and each storage parameter
    (``pg_class.reloptions``, the TOAST table's under ``toast.``) as stored.

    >>> from types import SimpleNamespace as Row
    >>> table_options(Row(persistence="u", storage_options=["fillfactor=70"], toast_options=["autovacuum_enabled=false"], parent_schemas=["public"], parent_names=["p"]))
    {'inherits': [('public', 'p')], 'dialect_options': [('postgresql_unlogged', 'true'), ('postgresql_with.fillfactor', '70'), ('postgresql_with.toast.autovacuum_enabled', 'false')]}
    """
    options: list[tuple[str, str]] = []
    if row.persistence == "u":
        options.append((UNLOGGED, "true"))
    for prefix, stored in (("", row.storage_options), (TOAST_PREFIX, row.toast_options)):
        for item in stored or ():
            name, _, value = item.partition("=")
            options.append((f"{WITH_PREFIX}{prefix}{name}", value))
    return {
        "inherits": list(zip(row.parent_schemas or (), row.parent_names or ())),
        "dialect_options": options,
    }


_RE_PARAMETER = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?")


def _unlogged(table: Any) -> bool:
    return dict(getattr(table, "dialect_options", ())).get(UNLOGGED) == "true"


def storage_parameters(obj: model.Table | model.Index, label: str | None = None) -> dict[str, str]:
    """The storage parameters of a table (``toast.`` ones included) or an index by
    name, in the snapshot's order (a table's: the catalog's, which ``pg_dump`` shows);
    ``label`` names ``obj`` in the error about a malformed name."""
    out = {}
    for key, value in obj.dialect_options:
        if not key.startswith(WITH_PREFIX):
            continue
        name = key[len(WITH_PREFIX):]
        if not _RE_PARAMETER.fullmatch(name):
            from ...errors import MigrationError

            raise MigrationError(
                f"{label or f'table {obj.key}'} has a storage parameter {name!r} that is not a "  # type: ignore[union-attr]
                "parameter name — correct its dialect_options key in the snapshot"
            )
        out[name] = value
    return out


def with_literal(value: str) -> str:
    """A storage parameter's value as a string literal (PostgreSQL reads ``'70'`` as 70)."""
    return "'" + value.replace("'", "''") + "'"


def _bytes(row: Any) -> int | None:
    size = getattr(row, "size_bytes", None)
    return None if size is None else int(size)


def _estimate(row: Any) -> int | None:
    # reltuples is -1 until the table is first analysed (PostgreSQL 14+).
    return None if row.estimate < 0 else int(row.estimate)


def _column(row: Any, types: _TypeReader, schema: str | None) -> dict[str, Any]:
    """One Inspector-shaped column dict, as ``PGDialect._get_columns_info`` builds it."""
    coltype = types.read(row.format_type, row.collation, row.name)
    # The column's own default and NOT NULL only, where SQLAlchemy folds in its
    # domain's: the domain's belong to the domain (compared there), and a column
    # made NOT NULL by hand differs from one whose domain is (issue #16).
    default = row.default
    nullable = not row.not_null
    column: dict[str, Any] = {"name": row.name, "type": coltype, "comment": row.comment}
    if getattr(row, "is_local", None) is False and getattr(row, "inherit_count", None):
        column["inherited"] = True  # only from a parent (INHERITS): not in CREATE TABLE
    if row.generated:
        column["computed"] = {"sqltext": default, "persisted": row.generated == "s"}
        default = None
    autoincrement = False
    if default is not None:
        match = _RE_NEXTVAL.search(default)
        if match is not None:
            # Serial only when the column owns the sequence; a shared or
            # stand-alone sequence stays an object of its own (pagila's).
            autoincrement = types.is_integer(coltype) and bool(row.owns_default_sequence)
            if "." not in match.group(2) and schema is not None:
                default = f'{match.group(1)}"{schema}".{match.group(2)}{match.group(3)}'
    if row.identity:
        column["identity"] = {
            "always": row.identity == "a",
            "start": row.identity_start,
            "increment": row.identity_increment,
        }
        if row.identity_bounds:
            low, high, cache, cycle = row.identity_bounds
            column["identity"].update(minvalue=low, maxvalue=high, cache=cache, cycle=bool(cycle))
    column.update(nullable=nullable, default=default, autoincrement=autoincrement or bool(row.identity))
    options = column_attribute_options(row)
    if options:
        column["schemanb_options"] = options
    return column


def _foreign_key(row: Any, columns: list[str], referred: list[str]) -> dict[str, Any]:
    return {
        "name": row.name,
        "constrained_columns": columns,
        "referred_schema": row.referred_schema,
        "referred_table": row.referred_table,
        "referred_columns": referred,
        "options": {
            "onupdate": _FK_ACTIONS.get(row.on_update),
            "ondelete": _FK_ACTIONS.get(row.on_delete),
            "deferrable": True if row.deferrable else None,
            "initially": "DEFERRED" if row.deferred else None,
        },
    }


class _TypeReader:
    """``format_type()`` text -> SQLAlchemy type, once per distinct spelling.

    Uses the dialect's own parser (``PGDialect._reflect_type``, with its lazy
    loader of enums and domains), so types come out as the Inspector's do.
    ``for_connection`` gives ``None`` when this SQLAlchemy lacks that parser;
    the caller then falls back to the Inspector.
    """

    def __init__(self, dialect: Any, loader: Any) -> None:
        self._dialect = dialect
        self._loader = loader
        self._cache: dict[tuple[str | None, str | None], Any] = {}
        from sqlalchemy import types as satypes
        from sqlalchemy.dialects.postgresql import DOMAIN

        self._domain = DOMAIN
        self._integer = satypes.Integer

    @classmethod
    def for_connection(cls, connection: Connection) -> _TypeReader | None:
        try:
            from sqlalchemy.dialects.postgresql.base import _NamedTypeLoader
        except ImportError:  # pragma: no cover - a SQLAlchemy without the private parser
            return None
        dialect: Any = connection.dialect
        if not hasattr(dialect, "_reflect_type"):  # pragma: no cover
            return None
        return cls(dialect, _NamedTypeLoader(dialect, connection, {}))

    def read(self, format_type: str | None, collation: str | None, column: str) -> Any:
        key = (format_type, collation)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._dialect._reflect_type(
                format_type, self._loader, f"column '{column}'", collation
            )
        return found

    def ready(self, format_type: str | None, collation: str | None) -> bool:
        """Whether :meth:`read` can type ``format_type`` without a query.

        SQLAlchemy asks its loader for the enums and domains (two queries)
        only for a name that is not one of the dialect's own types, after
        removing the arguments and array brackets as ``_reflect_type`` does.
        """
        if format_type is None or (format_type, collation) in self._cache:
            return True
        d = self._dialect
        args_pattern = getattr(d, "_format_type_args_pattern", None)
        array_pattern = getattr(d, "_format_array_spec_pattern", None)
        if args_pattern is None or array_pattern is None:  # pragma: no cover - other SQLAlchemy
            return False
        attype = array_pattern.sub("", args_pattern.sub("", format_type))
        return attype.lower() in d.ischema_names or attype.startswith("interval")

    def is_domain(self, coltype: Any) -> bool:
        return isinstance(coltype, self._domain)

    def is_integer(self, coltype: Any) -> bool:
        return issubclass(coltype._type_affinity, self._integer)


__all__ = ["PostgreSQLTables"]
