"""MariaDB's own objects and column/table features (issue #17).

- **Sequences** (``CREATE SEQUENCE``, MariaDB 10.3+): listed in
  ``information_schema.TABLES`` as ``TABLE_TYPE='SEQUENCE'`` (never as tables:
  SQLAlchemy's table list leaves them out, and so do the catalog queries, which
  ask for ``BASE TABLE``/``SYSTEM VERSIONED``); their options are read from the
  sequence itself (``SELECT ... FROM seq``, all sequences in one ``UNION ALL``).
  Options at MariaDB's default are ``None`` in the snapshot
  (:func:`build_sequence`). A column default drawing from one is
  ``nextval(seq)`` (MariaDB writes ``NEXT VALUE FOR seq`` so).
- **INVISIBLE columns** (10.3+): ``("mysql_invisible", "true")`` in
  :attr:`~schemanb.model.Column.dialect_options`.
- **System-versioned tables** (10.3+): ``("mysql_system_versioning", "true")``
  in the table's ``dialect_options``; with explicit period columns
  (``GENERATED ALWAYS AS ROW START``/``ROW END``) those columns carry
  ``("mysql_row_period", "START"|"END")``.
- **Events**: :class:`~schemanb.model.Routine` objects of ``kind="event"``; the
  server's ``SHOW CREATE EVENT`` text (no ``DEFINER``) is kept and compared.

SQLAlchemy's parser of ``SHOW CREATE TABLE`` reads a column line with
``INVISIBLE``, a ``nextval(`db`.`seq`)`` default or ``GENERATED ALWAYS AS ROW
START`` only loosely (type name only: default, comment, ``UNSIGNED`` lost);
:func:`readable_create_table` rewrites such lines while a connection is
reflected (:func:`readable_show_create`), and the catalog says what was taken out.
"""

from __future__ import annotations

import contextlib
import re
import threading
import weakref
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ... import model
from ...errors import MigrationError
from ..ddl import plain_setting
from ..tokens import MYSQL, closing_paren, tokenize

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

#: MariaDB's default bounds of an ascending sequence (and a descending one's).
SEQUENCE_MAX = 9223372036854775806
SEQUENCE_MIN_DESC = -9223372036854775807
#: MariaDB's default ``CACHE``.
SEQUENCE_CACHE = 1000

INVISIBLE = "mysql_invisible"
SYSTEM_VERSIONING = "mysql_system_versioning"
ROW_PERIOD = "mysql_row_period"

_RE_SIMPLE = re.compile(r"^\w+$")
#: A string literal with a character set introducer (``_utf8mb4'{}'``).
_RE_INTRODUCED = re.compile(r"^_\w+'")


# --------------------------------------------------------------------- reading


def readable_create_table(sql: str, database: str | None) -> str:
    """``SHOW CREATE TABLE`` text that SQLAlchemy's parser reads column by column.

    ``INVISIBLE`` and ``GENERATED ALWAYS AS ROW START|END`` are taken out of the
    column lines (the catalog says which columns have them), ``PERIOD FOR
    SYSTEM_TIME`` is dropped, and a ``nextval(`db`.`seq`)`` default loses the
    quotes (and the database, where it is ``database``) the parser chokes on.

    >>> print(readable_create_table(
    ...     "CREATE TABLE `t` (\\n  `a` int(11) unsigned INVISIBLE DEFAULT nextval(`d`.`s`) COMMENT 'x',\\n"
    ...     "  `rs` timestamp(6) GENERATED ALWAYS AS ROW START,\\n  PERIOD FOR SYSTEM_TIME (`rs`, `re`)\\n)", "d"))
    CREATE TABLE `t` (
      `a` int(11) unsigned DEFAULT nextval(s) COMMENT 'x',
      `rs` timestamp(6),
    )
    """
    out = []
    for line in sql.split("\n"):
        if line.startswith("  `"):
            line = _readable_column(line, database)
        elif line.strip().upper().startswith("PERIOD FOR SYSTEM_TIME"):
            continue
        out.append(line)
    return "\n".join(out)


def _readable_column(line: str, database: str | None) -> str:
    tokens = tokenize(line, MYSQL)
    cuts: list[tuple[int, int, str]] = []
    for i, tok in enumerate(tokens[1:], start=1):
        if tok.is_word("INVISIBLE"):
            cuts.append((tokens[i - 1].end, tok.end, ""))
        elif tok.is_word("GENERATED") and i + 4 < len(tokens) and all(
            t.is_word(w) for t, w in zip(tokens[i + 1: i + 5], ("ALWAYS", "AS", "ROW"))
        ) and tokens[i + 4].is_word("START", "END"):
            cuts.append((tokens[i - 1].end, tokens[i + 4].end, ""))
        elif tok.is_word("NEXTVAL") and i + 1 < len(tokens) and tokens[i - 1].is_word("DEFAULT") \
                and tokens[i + 1].text == "(":
            close = closing_paren(line, tokens[i + 1].start, MYSQL)
            if close < 0:
                continue
            names = [t for t in tokens if tokens[i + 1].start < t.start < close]
            parts = [t.text for t in names if t.kind == "name"]
            if [t.text for t in names if t.kind != "name"] not in ([], ["."]):
                continue
            if len(parts) == 2 and parts[0] == database:
                parts = parts[1:]
            if all(_RE_SIMPLE.match(p) for p in parts):
                cuts.append((tok.start, close + 1, f"nextval({'.'.join(parts)})"))
    for start, end, text in reversed(cuts):
        line = line[:start] + text + line[end:]
    return line


_READING: weakref.WeakSet[Any] = weakref.WeakSet()
_LOCK = threading.Lock()
#: The ``SHOW CREATE TABLE`` texts read on a connection while it is reflected, by the
#: quoted name SQLAlchemy asked for (```t``` or ```db`.`t```): what its parser drops
#: (an index's ``USING``) is read from them afterwards (:func:`shown_create_tables`).
_SHOWN: weakref.WeakKeyDictionary[Any, dict[str, str]] = weakref.WeakKeyDictionary()


@contextlib.contextmanager
def readable_show_create(connection: Connection) -> Iterator[None]:
    """While held, SQLAlchemy's ``SHOW CREATE TABLE`` of ``connection`` goes through
    :func:`readable_create_table` (the dialect's one private reader, wrapped once;
    a SQLAlchemy without it is left alone)."""
    dialect: Any = connection.dialect
    if getattr(type(dialect), "_show_create_table", None) is None:
        yield
        return
    if "_show_create_table" not in vars(dialect):
        original = dialect._show_create_table

        def _show_create_table(conn: Any, table: Any, charset: Any = None, full_name: Any = None) -> str:
            sql: str = original(conn, table, charset, full_name=full_name)
            if conn in _READING:
                with _LOCK:
                    _SHOWN.setdefault(conn, {})[str(full_name or table)] = sql
                return readable_create_table(sql, dialect.default_schema_name)
            return sql

        dialect._show_create_table = _show_create_table
    with _LOCK:
        _READING.add(connection)
    try:
        yield
    finally:
        with _LOCK:
            _READING.discard(connection)
            _SHOWN.pop(connection, None)


def shown_create_tables(connection: Connection) -> dict[tuple[str | None, str], str]:
    """``{(database or None, table): text}``: the ``SHOW CREATE TABLE`` texts SQLAlchemy
    read on ``connection`` so far while :func:`readable_show_create` is held."""
    with _LOCK:
        shown = dict(_SHOWN.get(connection, {}))
    out: dict[tuple[str | None, str], str] = {}
    for full_name, sql in shown.items():
        names = [t.text for t in tokenize(full_name, MYSQL) if t.kind == "name"]
        if names:
            out[(names[0] if len(names) > 1 else None, names[-1])] = sql
    return out


def column_facts(rows: Sequence[Any], database: str | None) -> dict[tuple[str, str, str], dict[str, str]]:
    """``{(schema, table, column): facts}`` from ``column_facts.sql`` rows: ``invisible``,
    ``row_period`` (``START``/``END``), ``default`` (a ``nextval`` default as the
    snapshot writes it: ``nextval(s)``, the database kept where it is another; a
    string with a character set introducer, ``_utf8mb4'{}'``, as it is).

    >>> R = __import__("collections").namedtuple("R", "schema_name name column_name extra generation_expression column_default")
    >>> column_facts([R("d", "t", "a", "INVISIBLE", None, "nextval(`d`.`s 1`)"),
    ...               R("d", "t", "rs", "STORED GENERATED", "ROW START", None)], "d")
    {('d', 't', 'a'): {'invisible': 'true', 'default': 'nextval(`s 1`)'}, ('d', 't', 'rs'): {'row_period': 'START'}}
    """
    out: dict[tuple[str, str, str], dict[str, str]] = {}
    for r in rows:
        facts: dict[str, str] = {}
        if "INVISIBLE" in (r.extra or "").upper():
            facts["invisible"] = "true"
        period = (r.generation_expression or "").upper()
        if period in ("ROW START", "ROW END"):
            facts["row_period"] = period.split()[1]
        default = r.column_default or ""
        if default.lower().startswith("nextval("):
            facts["default"] = sequence_default(default, database)
        elif _RE_INTRODUCED.match(default):
            facts["default"] = default
        if facts:
            out[(r.schema_name, r.name, r.column_name)] = facts
    return out


def sequence_default(text: str, database: str | None) -> str:
    """A ``nextval(...)`` default as the snapshot keeps it: ``nextval(name)``, the
    database left out where it is the default one, names quoted only where needed.

    >>> sequence_default("nextval(`shop`.`order_no`)", "shop"), sequence_default("nextval(`a`.`b c`)", "shop")
    ('nextval(order_no)', 'nextval(a.`b c`)')
    """
    tokens = tokenize(text, MYSQL)
    parts = [t.text for t in tokens[2:-1] if t.kind == "name"]
    if len(parts) == 2 and parts[0] == database:
        parts = parts[1:]
    return "nextval(" + ".".join(p if _RE_SIMPLE.match(p) else quote(p) for p in parts) + ")"


def with_column_facts(table: model.Table, facts: Mapping[str, Mapping[str, str]]) -> model.Table:
    """``table`` with the INVISIBLE flags, row period columns and ``nextval`` defaults of ``facts``."""
    import dataclasses

    columns = []
    for c in table.columns:
        found = facts.get(c.name)
        if not found:
            columns.append(c)
            continue
        options = dict(c.dialect_options)
        if found.get("invisible"):
            options[INVISIBLE] = "true"
        if found.get("row_period"):
            options[ROW_PERIOD] = found["row_period"]
        changes: dict[str, Any] = {"dialect_options": tuple(sorted(options.items()))}
        if "default" in found:
            changes["default"] = found["default"]
        if found.get("row_period"):
            changes["nullable"] = False
        columns.append(dataclasses.replace(c, **changes))
    # The server adds the ROW END column to the primary key and unique keys by itself.
    end = {name for name, f in facts.items() if f.get("row_period") == "END"}
    pk = table.primary_key
    if pk is not None and end & set(pk.columns):
        pk = dataclasses.replace(pk, columns=tuple(c for c in pk.columns if c not in end))
    uniques = tuple(dataclasses.replace(uq, columns=tuple(c for c in uq.columns if c not in end))
                    if end & set(uq.columns) and len(uq.columns) > 1 else uq for uq in table.unique_constraints)
    indexes = tuple(_without_parts(ix, end) if ix.unique and end & set(ix.columns) and len(ix.expressions) > 1
                    else ix for ix in table.indexes)
    return dataclasses.replace(table, columns=tuple(columns), primary_key=pk or None,
                               unique_constraints=uniques, indexes=indexes)


def _without_parts(ix: model.Index, names: set[str]) -> model.Index:
    import dataclasses

    flags = ix.is_expression or (False,) * len(ix.expressions)
    desc = ix.descending or (False,) * len(ix.expressions)
    keep = [i for i, (e, x) in enumerate(zip(ix.expressions, flags)) if x or e not in names]
    return dataclasses.replace(
        ix, expressions=tuple(ix.expressions[i] for i in keep),
        is_expression=tuple(flags[i] for i in keep) if ix.is_expression else (),
        descending=tuple(desc[i] for i in keep) if any(desc[i] for i in keep) else ())


def build_sequence(
    *, schema: str | None, name: str, start: int, increment: int, min_value: int, max_value: int,
    cache: int, cycle: bool,
) -> model.Sequence:
    """A :class:`~schemanb.model.Sequence` with MariaDB's defaults left out.

    ``CREATE SEQUENCE s`` counts from 1 by 1 up to 9223372036854775806 (a
    descending one from -1 down to -9223372036854775807), starts at its lower
    (upper) bound and caches 1000 values.

    >>> build_sequence(schema=None, name="s", start=1, increment=1, min_value=1,
    ...                max_value=9223372036854775806, cache=1000, cycle=False)
    Sequence(schema=None, name='s', start=None, increment=None, min_value=None, max_value=None, cycle=False, data_type=None, owned_by=None, cache=None, comment=None)
    >>> build_sequence(schema=None, name="s", start=100, increment=-5, min_value=-9223372036854775807,
    ...                max_value=100, cache=0, cycle=True).max_value
    100
    """
    ascending = increment > 0
    low, high = (1, SEQUENCE_MAX) if ascending else (SEQUENCE_MIN_DESC, -1)
    return model.Sequence(
        schema=schema,
        name=name,
        start=None if start == (min_value if ascending else max_value) else start,
        increment=None if increment == 1 else increment,
        min_value=None if min_value == low else min_value,
        max_value=None if max_value == high else max_value,
        cycle=cycle,
        cache=None if cache == SEQUENCE_CACHE else cache,
    )


def sequence_options(seq: model.Sequence, *, explicit: bool = False) -> str:
    """The option clauses of ``CREATE SEQUENCE`` (``explicit``: every one, for
    ``ALTER SEQUENCE``, so an option gone back to its default is reset).

    >>> sequence_options(model.Sequence(name="s", start=10, increment=5, min_value=10, cycle=True))
    ' INCREMENT BY 5 MINVALUE 10 START WITH 10 CYCLE'
    >>> sequence_options(model.Sequence(name="s", increment=2), explicit=True)
    ' INCREMENT BY 2 MINVALUE 1 MAXVALUE 9223372036854775806 START WITH 1 CACHE 1000 NOCYCLE'
    """
    increment = seq.increment if seq.increment is not None else 1
    ascending = increment > 0
    low = seq.min_value if seq.min_value is not None else (1 if ascending else SEQUENCE_MIN_DESC)
    high = seq.max_value if seq.max_value is not None else (SEQUENCE_MAX if ascending else -1)
    start = seq.start if seq.start is not None else (low if ascending else high)
    parts = []
    if explicit or seq.increment is not None:
        parts.append(f"INCREMENT BY {int(increment)}")
    if explicit or seq.min_value is not None:
        parts.append(f"MINVALUE {int(low)}")
    if explicit or seq.max_value is not None:
        parts.append(f"MAXVALUE {int(high)}")
    if explicit or seq.start is not None:
        parts.append(f"START WITH {int(start)}")
    if explicit or seq.cache is not None:
        parts.append(f"CACHE {int(seq.cache if seq.cache is not None else SEQUENCE_CACHE)}")
    if seq.cycle:
        parts.append("CYCLE")
    elif explicit:
        parts.append("NOCYCLE")
    return "".join(" " + p for p in parts)


def sequence_ddl(seq: model.Sequence, *, create: bool) -> list[str]:
    if seq.data_type is not None or seq.owned_by is not None:
        what = "a data type" if seq.data_type is not None else "an owner column"
        raise MigrationError(
            f"sequence {seq.key} has {what}, which MariaDB's sequences do not have — "
            "drop it from the snapshot (data_type/owned_by) or migrate it by hand"
        )
    name = qualified(seq.schema, seq.name)
    if not create:
        return [f"DROP SEQUENCE {name}"]
    return [f"CREATE SEQUENCE {name}{sequence_options(seq)}"]


def sequence_change_ddl(before: model.Sequence, after: model.Sequence) -> list[str]:
    """``ALTER SEQUENCE`` with every option (the counter is left where it is)."""
    if before == after:
        return []
    sequence_ddl(after, create=True)  # refuses what MariaDB has not
    return [f"ALTER SEQUENCE {qualified(after.schema, after.name)}{sequence_options(after, explicit=True)}"]


def fetch_sequences(connection: Connection, rows: Sequence[Any]) -> list[model.Sequence]:
    """The sequences listed in ``rows`` (``schema_name``, ``name``), their options read
    from the sequences themselves in one query."""
    if not rows:
        return []
    selects = [
        f"SELECT {string(r.schema_name)} AS schema_name, {string(r.name)} AS name, start_value, increment, "
        f"minimum_value, maximum_value, cache_size, cycle_option FROM {qualified(r.schema_name, r.name)}"
        for r in rows
    ]
    found = connection.exec_driver_sql(" UNION ALL ".join(selects).replace("%", "%%")).fetchall()
    return [
        build_sequence(
            schema=r.schema_name, name=r.name, start=int(r.start_value), increment=int(r.increment),
            min_value=int(r.minimum_value), max_value=int(r.maximum_value), cache=int(r.cache_size),
            cycle=bool(int(r.cycle_option)),
        )
        for r in found
    ]


# --------------------------------------------------------------------- columns and tables


def column_suffix(column: model.Column) -> str:
    """What a column's definition says after its type on MariaDB: `` INVISIBLE``.

    >>> column_suffix(model.Column(name="a", type_sql="INTEGER", type_generic="INTEGER",
    ...                            dialect_options=(("mysql_invisible", "true"),)))
    ' INVISIBLE'
    """
    return " INVISIBLE" if dict(column.dialect_options).get(INVISIBLE) == "true" else ""


def is_versioned(table: model.Table | None) -> bool:
    return table is not None and dict(table.dialect_options).get(SYSTEM_VERSIONING) == "true"


def versioning_ddl(table: model.Table, *, add: bool) -> list[str]:
    """``ALTER TABLE t ADD SYSTEM VERSIONING`` (``add``) or ``DROP SYSTEM VERSIONING``.

    A table with explicit period columns (``GENERATED ALWAYS AS ROW START``) gets
    them in the same statement, as ``PERIOD FOR SYSTEM_TIME``; dropping the
    versioning drops them too.
    """
    name = qualified(table.schema, table.name)
    periods = {dict(c.dialect_options).get(ROW_PERIOD): c for c in table.columns if dict(c.dialect_options).get(ROW_PERIOD)}
    if not periods:
        return [f"ALTER TABLE {name} {'ADD' if add else 'DROP'} SYSTEM VERSIONING"]
    if set(periods) != {"START", "END"}:
        raise MigrationError(
            f"table {table.key} has a ROW {next(iter(periods))} column but no ROW "
            f"{'END' if 'START' in periods else 'START'} one — give both or neither"
        )
    start, end = periods["START"], periods["END"]
    if not add:  # refused unless system_versioning_alter_history = KEEP (session_settings)
        return [f"ALTER TABLE {name} DROP SYSTEM VERSIONING, DROP PERIOD FOR SYSTEM_TIME, "
                f"DROP COLUMN {quote(start.name)}, DROP COLUMN {quote(end.name)}"]
    return [
        f"ALTER TABLE {name} ADD COLUMN {quote(start.name)} {start.type_sql} GENERATED ALWAYS AS ROW START"
        f"{column_suffix(start)}, ADD COLUMN {quote(end.name)} {end.type_sql} GENERATED ALWAYS AS ROW END"
        f"{column_suffix(end)}, "
        f"ADD PERIOD FOR SYSTEM_TIME({quote(start.name)}, {quote(end.name)}), ADD SYSTEM VERSIONING"
    ]


def without_period_columns(table: model.Table) -> model.Table:
    """``table`` without its ROW START/END columns (and any key or index naming them)."""
    import dataclasses

    gone = frozenset(c.name for c in table.columns if dict(c.dialect_options).get(ROW_PERIOD))
    if not gone:
        return table
    return dataclasses.replace(
        table,
        columns=tuple(c for c in table.columns if c.name not in gone),
        indexes=tuple(ix for ix in table.indexes if not gone & set(ix.columns)),
        unique_constraints=tuple(uq for uq in table.unique_constraints if not gone & set(uq.columns)),
    )


# --------------------------------------------------------------------- events


def event_header(create_sql: str) -> str:
    """What an event's ``SHOW CREATE EVENT`` text says before ``DO``, whitespace folded.

    >>> event_header("CREATE EVENT `e` ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00'\\n ON COMPLETION NOT PRESERVE ENABLE DO DELETE FROM t")
    "CREATE EVENT `e` ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00' ON COMPLETION NOT PRESERVE ENABLE"
    """
    for tok in tokenize(create_sql, MYSQL):
        if tok.is_word("DO"):
            return " ".join(create_sql[: tok.start].split())
    return " ".join(create_sql.split())


def event_body(create_sql: str) -> str:
    """What an event's ``SHOW CREATE EVENT`` text runs: everything after ``DO``.

    >>> event_body("CREATE EVENT `e` ON SCHEDULE AT '2030-01-01' COMMENT 'do' DO DELETE FROM t")
    'DELETE FROM t'
    """
    for tok in tokenize(create_sql, MYSQL):
        if tok.is_word("DO"):
            return create_sql[tok.end:].strip()
    return ""


def event_ddl(event: model.Routine, *, create: bool) -> list[str]:
    name = qualified(event.schema, event.name)
    if not create:
        return [f"DROP EVENT {name}"]
    text = (event.create_sql or "").strip().rstrip(";").rstrip()
    header = dict(event.options).get("header")
    if not text or header is None or event_header(text) != header or \
            " ".join(event_body(text).split()) != " ".join(event.definition.split()):
        if header is None:
            raise MigrationError(
                f"event {event.name} has no schedule in the snapshot (options 'header') — "
                "take the snapshot from the server, or create the event by hand"
            )
        text = f"{header} DO {event.definition}"
    return [text]


# -------------------------------------------------------------------- settings

#: Table options spelt otherwise than ``NAME=value`` in ``SHOW CREATE TABLE``.
_TABLE_SETTINGS = {"mysql_charset": "DEFAULT CHARSET"}


def table_setting(key: str, value: str) -> str:
    """One table option as ``SHOW CREATE TABLE`` writes it.

    >>> table_setting("mysql_system_versioning", "true"), table_setting("mysql_collate", "latin1_bin")
    ('WITH SYSTEM VERSIONING', 'COLLATE=latin1_bin')
    """
    if key == SYSTEM_VERSIONING:
        return "WITH SYSTEM VERSIONING" if value == "true" else ""
    if key in _TABLE_SETTINGS:
        return f"{_TABLE_SETTINGS[key]}={value}"
    return plain_setting(key, value)


def column_setting(key: str, value: str) -> str:
    """One column setting as the column's definition writes it.

    >>> column_setting("mysql_invisible", "true"), column_setting("mysql_row_period", "END")
    ('INVISIBLE', 'GENERATED ALWAYS AS ROW END')
    """
    if key == INVISIBLE:
        return "INVISIBLE" if value == "true" else "VISIBLE"
    if key == ROW_PERIOD:
        return f"GENERATED ALWAYS AS ROW {value}"
    return plain_setting(key, value)


# --------------------------------------------------------------------- quoting


def quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def qualified(schema: str | None, name: str) -> str:
    return quote(name) if schema is None else f"{quote(schema)}.{quote(name)}"


def string(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"
