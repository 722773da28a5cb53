"""SQLite: triggers and view dependencies (issue #10).

The reflection (:meth:`fetch_objects`: the ``CREATE TRIGGER`` and ``CREATE
VIEW`` texts of ``sqlite_master``, one query each) and the DDL
(:meth:`object_ddl`) of triggers. SQLite keeps no parsed form of either, so
both texts are read with one small tokenizer (:func:`tokenize`) that knows
SQLite's quoting (``"x"``, ```x```, ``[x]``, ``'string'``) and comments.

A trigger's ``definition`` is the text between ``BEGIN`` and the final
``END``, verbatim (see :mod:`.object_text`); ``condition`` the ``WHEN``
expression; ``events`` one of ``INSERT``, ``DELETE``, ``UPDATE`` or ``UPDATE
OF a, "b c"`` (names quoted as the dialect quotes them). A view depends on
the tables and views named where ``FROM`` or ``JOIN`` reads them. Only the
``main`` database is read, as for tables and views.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ... import model
from ...errors import MigrationError
from ..base import DialectSupport
from ..object_text import stored_body
from ..tokens import Token, tokenize

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_TABLE_CLAUSE = frozenset({"FROM", "JOIN"})
_OTHER_CLAUSE = frozenset({
    "SELECT", "WHERE", "ON", "USING", "GROUP", "ORDER", "HAVING", "LIMIT", "WINDOW",
    "UNION", "EXCEPT", "INTERSECT", "VALUES",
})


class ConstraintNames(NamedTuple):
    """Constraint names read from a ``CREATE TABLE`` where SQLAlchemy misreads them."""

    #: ``{constrained columns: name}`` of the named foreign keys.
    foreign_keys: dict[tuple[str, ...], str]
    #: ``{name as SQLAlchemy reports it: name}`` for quoted names holding their own
    #: quote character (SQLAlchemy strips the outer quotes, leaves the inner doubled).
    escaped: dict[str, str]


def constraint_names(sql: str | None) -> ConstraintNames:
    """The constraint names of a ``CREATE TABLE`` that SQLAlchemy may have misread.

    SQLite keeps a foreign key's name only in the table's text; SQLAlchemy's
    regular expressions lose it when a name or the referred table holds a
    double quote, and leave the quotes doubled in CHECK and UNIQUE names. Only
    such a text (a doubled quote, a ``CONSTRAINT``) is tokenized: tokenizing
    every table cost a sixth of reflecting 1,000 of them.

    >>> names = constraint_names('CREATE TABLE t (a INT CONSTRAINT "fk ""a"" x" REFERENCES "p""q" '
    ...     '(id), b INT, CONSTRAINT fk_b FOREIGN KEY (b, "a") REFERENCES p (x, y))')
    >>> names.foreign_keys, names.escaped
    ({('a',): 'fk "a" x', ('b', 'a'): 'fk_b'}, {'fk ""a"" x': 'fk "a" x'})
    >>> constraint_names("CREATE TABLE t (a INT CONSTRAINT fk REFERENCES p (id))")
    ConstraintNames(foreign_keys={}, escaped={})
    """
    text = sql or ""
    if not (('""' in text or "``" in text) and _RE_CONSTRAINT_WORD.search(text)):
        return ConstraintNames({}, {})
    tokens = tokenize(text)
    escaped = {}
    for before, tok in zip(tokens, tokens[1:]):
        if before.is_word("CONSTRAINT") and tok.quoted:
            raw = text[tok.start + 1:tok.end - 1]
            if raw != tok.text:
                escaped[raw] = tok.text
    return ConstraintNames(_foreign_key_names(tokens), escaped)


def _foreign_key_names(tokens: Sequence[Token]) -> dict[tuple[str, ...], str]:
    """``{constrained columns: name}`` of the named foreign keys in a ``CREATE TABLE``'s tokens."""
    start = next((i for i, t in enumerate(tokens) if t.text == "(" and t.kind == "punct"), None)
    if start is None or not any(t.is_word("TABLE") for t in tokens[:start]):
        return {}
    items: list[list[Token]] = [[]]
    depth = 0
    for tok in tokens[start + 1:]:
        if tok.kind == "punct" and tok.text == "(":
            depth += 1
        elif tok.kind == "punct" and tok.text == ")":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and tok.kind == "punct" and tok.text == ",":
            items.append([])
            continue
        items[-1].append(tok)
    out: dict[tuple[str, ...], str] = {}
    for item in items:
        if len(item) >= 4 and item[0].is_word("CONSTRAINT") and item[2].is_word("FOREIGN"):
            columns = _paren_names(item, 4)
            if columns:
                out[columns] = item[1].text
        elif item and item[0].kind == "name" and not item[0].is_word(*_TABLE_CONSTRAINTS):
            for i in range(1, len(item) - 2):
                if item[i].is_word("CONSTRAINT") and item[i + 2].is_word("REFERENCES"):
                    out[(item[0].text,)] = item[i + 1].text
    return out


_TABLE_CONSTRAINTS = ("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN")
_RE_CONSTRAINT_WORD = re.compile(r"\bCONSTRAINT\b", re.I)


def _paren_names(item: Sequence[Token], at: int) -> tuple[str, ...]:
    """The names in the parenthesised list starting at ``item[at]``."""
    if at >= len(item) or item[at].text != "(":
        return ()
    names = []
    for tok in item[at + 1:]:
        if tok.text == ")":
            break
        if tok.kind == "name":
            names.append(tok.text)
    return tuple(names)


class SQLiteObjects(DialectSupport):
    """Objects beyond tables on sqlite; see :class:`~schemanb.dialects.base.DialectSupport`."""

    supports_triggers = True

    # ------------------------------------------------------------------ reflection

    def fetch_objects(
        self,
        connection: Connection,
        schema: model.Schema,
        catalog_schemas: Mapping[str | None, str],
        *,
        grants: bool = False,
    ) -> model.Schema:
        if "main" not in catalog_schemas.values():
            return schema
        main = next(k for k, v in catalog_schemas.items() if v == "main")
        triggers, notes = [], []
        for r in self.fetch_rows(connection, "triggers"):
            try:
                triggers.append(self.parse_trigger(r.sql, schema=main, name=r.name, table=r.table_name))
            except ValueError as err:
                notes.append(f"{err}; it is not in the snapshot")
        return dataclasses.replace(
            schema,
            notes=schema.notes + tuple(notes),
            triggers=model.sorted_by_name(triggers),
            views=self._with_dependencies(connection, schema, main),
        )

    def parse_trigger(
        self, sql: str, *, schema: str | None, name: str, table: str
    ) -> model.Trigger:
        """A :class:`~schemanb.model.Trigger` from its ``CREATE TRIGGER`` text.

        >>> t = SQLiteObjects().parse_trigger(
        ...     'CREATE TRIGGER x AFTER UPDATE OF a, "b c" ON t WHEN new.a > 0 BEGIN SELECT 1; END',
        ...     schema=None, name="x", table="t")
        >>> t.timing, t.events, t.condition, t.definition
        ('AFTER', ('UPDATE OF a, "b c"',), 'new.a > 0', 'SELECT 1;')
        """
        tokens = tokenize(sql)
        try:
            timing, event, on = self._trigger_head(tokens)
            begin = next(i for i in range(on, len(tokens)) if tokens[i].is_word("BEGIN"))
            end = next(i for i in range(len(tokens) - 1, begin, -1) if tokens[i].is_word("END"))
        except (StopIteration, IndexError):
            raise ValueError(f"trigger {name}: cannot read its CREATE TRIGGER text") from None
        when = next((i for i in range(on, begin) if tokens[i].is_word("WHEN")), None)
        condition = stored_body(sql[tokens[when].end : tokens[begin].start]) if when is not None else None
        return model.Trigger(
            schema=schema,
            table=table,
            name=name,
            timing=timing,
            events=(event,),
            orientation="ROW",
            condition=condition,
            definition=stored_body(sql[tokens[begin].end : tokens[end].start]),
            create_sql=sql,
        )

    def _trigger_head(self, tokens: Sequence[Token]) -> tuple[str, str, int]:
        """Timing, event and the index of ``ON`` of ``CREATE TRIGGER [IF NOT EXISTS] name ...``."""
        i = next(i for i, t in enumerate(tokens) if t.is_word("TRIGGER")) + 1
        if tokens[i].is_word("IF"):
            i += 3  # IF NOT EXISTS
        i += 1  # the name
        if tokens[i].kind == "punct" and tokens[i].text == ".":
            i += 2  # schema.name
        timing = "BEFORE"  # SQLite's default
        if tokens[i].is_word("BEFORE", "AFTER"):
            timing, i = tokens[i].text.upper(), i + 1
        elif tokens[i].is_word("INSTEAD"):
            timing, i = "INSTEAD OF", i + 2
        if not tokens[i].is_word("INSERT", "UPDATE", "DELETE"):
            raise IndexError(i)
        event = tokens[i].text.upper()
        on = next(j for j in range(i + 1, len(tokens)) if tokens[j].is_word("ON"))
        if event == "UPDATE" and tokens[i + 1].is_word("OF"):
            preparer = self.sqlalchemy_dialect().identifier_preparer
            columns = [preparer.quote(t.text) for t in tokens[i + 2 : on] if t.kind == "name"]
            event = "UPDATE OF " + ", ".join(columns)
        return timing, event, on

    def _with_dependencies(
        self, connection: Connection, schema: model.Schema, main: str | None
    ) -> tuple[model.View, ...]:
        if not schema.views:
            return schema.views
        owners: list[model.Table | model.View] = [*schema.tables, *schema.views]
        known = {o.name.lower(): o.name for o in owners if o.schema == main}
        uses: dict[str, tuple[model.TableKey, ...]] = {}
        for r in self.fetch_rows(connection, "views"):
            found = {
                known[n.lower()]
                for n in table_references(r.definition or "")
                if n.lower() in known and n.lower() != r.name.lower()
            }
            uses[r.name] = tuple(model.TableKey(main, n) for n in sorted(found))
        return tuple(
            dataclasses.replace(v, depends_on=uses.get(v.name, v.depends_on)) if v.schema == main else v
            for v in schema.views
        )

    # ------------------------------------------------------------------ DDL

    def object_ddl(self, obj: Any, *, create: bool) -> list[str]:
        if not isinstance(obj, model.Trigger):
            return super().object_ddl(obj, create=create)
        preparer = self.sqlalchemy_dialect().identifier_preparer
        name = preparer.quote(obj.name)
        if obj.schema:
            name = f"{preparer.quote_schema(obj.schema)}.{name}"
        if not create:
            return [f"DROP TRIGGER {name}"]
        if obj.create_sql is not None:  # as the database stored it
            return [self.replay_sql(obj.create_sql)]
        where = f"trigger {obj.name} on {obj.table}"
        if len(obj.events) != 1:
            raise MigrationError(
                f"{where}: SQLite triggers fire on one event, not {', '.join(obj.events) or 'none'} "
                f"— split it into one trigger per event"
            )
        if obj.orientation != "ROW" or obj.timing not in ("BEFORE", "AFTER", "INSTEAD OF"):
            raise MigrationError(
                f"{where}: SQLite has only BEFORE/AFTER/INSTEAD OF ... FOR EACH ROW triggers, "
                f"not {obj.timing} FOR EACH {obj.orientation} — rewrite it by hand"
            )
        when = f"\nWHEN {obj.condition}" if obj.condition else ""
        return [
            f"CREATE TRIGGER {name} {obj.timing} {obj.events[0]} ON {preparer.quote(obj.table)} "
            f"FOR EACH ROW{when}\nBEGIN\n{obj.definition}\nEND"
        ]


def table_references(sql: str) -> Iterator[str]:
    """The names a ``CREATE VIEW`` (or SELECT) text reads with ``FROM`` or ``JOIN``.

    A name counts where a FROM/JOIN list holds it: right after ``FROM``/``JOIN``,
    after a comma in a FROM list, or after ``main.``/``temp.``. Columns,
    aliases and strings do not.

    >>> list(table_references('CREATE VIEW v(t) AS SELECT t.a AS "u" FROM t AS x, [o o] JOIN main.u ON 1'))
    ['t', 'o o', 'u']
    """
    tokens = tokenize(sql)
    start = next((i for i, t in enumerate(tokens) if t.is_word("AS")), -1) + 1
    clause: list[str] = ["other"]  # per parenthesis depth: "from" or "other"
    for i in range(start, len(tokens)):
        t = tokens[i]
        if t.kind == "punct" and t.text == "(":
            clause.append("other")
        elif t.kind == "punct" and t.text == ")":
            if len(clause) > 1:
                clause.pop()
        elif t.is_word(*_TABLE_CLAUSE):
            clause[-1] = "from"
        elif t.is_word(*_OTHER_CLAUSE):
            clause[-1] = "other"
        elif t.kind == "name":
            previous: Sequence[Token] = tokens[max(start, i - 2) : i]
            before = previous[-1] if previous else None
            if before is not None and (
                before.is_word(*_TABLE_CLAUSE)
                or (before.kind == "punct" and before.text == "," and clause[-1] == "from")
                or (
                    before.kind == "punct"
                    and before.text == "."
                    and len(previous) == 2
                    and previous[0].kind == "name"
                    and previous[0].text.lower() in ("main", "temp")
                )
            ):
                if i + 1 < len(tokens) and tokens[i + 1].kind == "punct" and tokens[i + 1].text == ".":
                    continue  # a schema name: the table follows the dot
                yield t.text
