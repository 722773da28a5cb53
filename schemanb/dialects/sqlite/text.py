"""SQLite's stored ``CREATE`` texts: what they mean, compared, and replayed.

SQLite keeps no parsed form of a table beyond ``sqlite_master.sql``: ``STRICT``,
``WITHOUT ROWID``, ``AUTOINCREMENT``, a column's declared type (its affinity
follows from the words), ``DESC`` index columns, a foreign key's name and the
column order live only there. The snapshot keeps that text
(``Table.create_sql``, ``Index.create_sql``, ``View.create_sql``); the diff
compares it through :func:`statement_key` -- its tokens with whitespace,
comments, identifier quoting and the case of words folded away, so that only
text that differs in meaning is a change -- and a migration replays it
(:func:`with_table_name`, :func:`column_item`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..tokens import Token, tokenize

#: One significant token, folded: a name (bare or quoted) lower-cased, a string as written.
Key = tuple[str, ...]


class TableText(NamedTuple):
    """A ``CREATE TABLE`` text cut at its top level: the definitions between the
    parentheses (columns and table constraints, in order) and what follows
    (``STRICT``, ``WITHOUT ROWID``)."""

    items: tuple[Key, ...]
    tail: Key


def _without_terminator(tokens: Sequence[Token]) -> Sequence[Token]:
    """``tokens`` without trailing ``;`` (SQLite never stores it)."""
    end = len(tokens)
    while end and tokens[end - 1].kind == "punct" and tokens[end - 1].text == ";":
        end -= 1
    return tokens[:end]


def _fold(tok: Token) -> str:
    # SQLite compares names without regard to case, and keywords are words.
    return tok.text.lower() if tok.kind == "name" else tok.text


def _paren_start(tokens: Sequence[Token]) -> int | None:
    return next((i for i, t in enumerate(tokens) if t.kind == "punct" and t.text == "("), None)


def _split(tokens: Sequence[Token], start: int) -> tuple[list[list[Token]], int]:
    """The comma-separated items inside the parentheses opening at ``tokens[start]``
    and the index of the closing one."""
    items: list[list[Token]] = [[]]
    depth = 0
    for i in range(start + 1, len(tokens)):
        tok = tokens[i]
        if tok.kind == "punct" and tok.text == "(":
            depth += 1
        elif tok.kind == "punct" and tok.text == ")":
            if depth == 0:
                return items, i
            depth -= 1
        elif depth == 0 and tok.kind == "punct" and tok.text == ",":
            items.append([])
            continue
        items[-1].append(tok)
    return items, len(tokens)


def table_text(sql: str | None, renames: Mapping[str, str] | None = None) -> TableText | None:
    """The folded parts of a ``CREATE TABLE`` text (its own name left out);
    ``renames`` (``{old column name: new}``) applied to every name token.

    >>> table_text('CREATE TABLE "T" (a  INT, "B" text DEFAULT \\'X\\') STRICT')
    TableText(items=(('a', 'int'), ('b', 'text', 'default', "'X'")), tail=('strict',))
    >>> table_text('create table t (A int, b TEXT default \\'X\\') strict') == table_text(
    ...     'CREATE TABLE "T" (a  INT, "B" text DEFAULT \\'X\\') STRICT')
    True
    """
    if not sql:
        return None
    tokens = tokenize(sql)
    start = _paren_start(tokens)
    if start is None:
        return None
    items, end = _split(tokens, start)
    folded = {k.lower(): v.lower() for k, v in (renames or {}).items()}

    def key(part: Sequence[Token]) -> Key:
        out = []
        for tok in part:
            text = _fold(tok)
            if tok.kind == "name" and folded:
                text = folded.get(tok.text.lower(), text)
            out.append(text)
        return tuple(out)

    return TableText(tuple(key(it) for it in items), key(_without_terminator(tokens[end + 1:])))


def statement_key(
    sql: str | None, *, start: str = "(", renames: Mapping[str, str] | None = None
) -> Key | None:
    """The folded tokens of a ``CREATE INDEX`` (``start="("``: from its column list
    on, the table's name left out, ``UNIQUE`` kept) or ``CREATE VIEW`` / ``TRIGGER``
    (``start="name"``: everything after the object's own name); ``None`` without a text.

    >>> statement_key('CREATE INDEX "ix" ON t ("a" DESC)') == statement_key('create index IX on T (a desc)')
    True
    >>> statement_key('CREATE INDEX ix ON t (a DESC)') == statement_key('CREATE INDEX ix ON t (a)')
    False
    >>> statement_key('CREATE VIEW "v" ("x)") AS SELECT 1', start="name")
    ('(', 'x)', ')', 'as', 'select', '1')
    """
    if not sql:
        return None
    tokens = list(_without_terminator(tokenize(sql)))
    prefix: tuple[str, ...] = ()
    if start == "(":
        at = _paren_start(tokens)
        if any(t.is_word("UNIQUE") for t in tokens[: at or 0]):
            prefix = ("unique",)
    else:
        at = _after_name(tokens)
    if at is None:
        at = 0
    folded = {k.lower(): v.lower() for k, v in (renames or {}).items()}
    out = [_fold(t) for t in tokens[at:]]
    if folded:
        out = [folded.get(x, x) if t.kind == "name" else x for x, t in zip(out, tokens[at:])]
    return prefix + tuple(out)


def _after_name(tokens: Sequence[Token]) -> int | None:
    """The index of the first token after ``CREATE ... KIND [IF NOT EXISTS] [schema.]name``."""
    kind = next((i for i, t in enumerate(tokens[:4]) if t.is_word("VIEW", "TRIGGER", "INDEX", "TABLE")), None)
    if kind is None:
        return None
    i = kind + 1
    if i + 2 < len(tokens) and tokens[i].is_word("IF"):
        i += 3
    if i + 1 < len(tokens) and tokens[i + 1].kind == "punct" and tokens[i + 1].text == ".":
        i += 2
    return i + 1


def is_virtual_text(sql: str | None) -> bool:
    """Whether ``sql`` is a ``CREATE VIRTUAL TABLE`` text.

    >>> is_virtual_text("CREATE VIRTUAL TABLE docs USING fts5(body)"), is_virtual_text("CREATE TABLE virtual (a)")
    (True, False)
    """
    head = tokenize(sql or "")[:2]
    return len(head) == 2 and head[0].is_word("CREATE") and head[1].is_word("VIRTUAL")


def with_table_name(sql: str, quoted_name: str) -> str:
    """``sql`` (a ``CREATE TABLE`` or ``CREATE VIRTUAL TABLE``) with the table's name
    replaced by ``quoted_name``; ``IF NOT EXISTS`` and a schema qualifier dropped.

    >>> with_table_name('CREATE TABLE IF NOT EXISTS main."t" (a INT) STRICT', '"tmp"')
    'CREATE TABLE "tmp" (a INT) STRICT'
    >>> with_table_name("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize=porter)", "tmp")
    'CREATE VIRTUAL TABLE tmp USING fts5(body, tokenize=porter)'
    """
    tokens = tokenize(sql)
    table_word = next((i for i, t in enumerate(tokens) if t.is_word("TABLE")), None)
    if table_word is None:
        raise ValueError("not a CREATE TABLE text")
    # A virtual table's name ends at USING (its arguments may be left out), a table's at "(".
    rest = next((i for i in range(table_word + 1, len(tokens)) if tokens[i].is_word("USING")), None)
    if not is_virtual_text(sql):
        rest = _paren_start(tokens)
    if rest is None or rest <= table_word + 1:
        raise ValueError("not a CREATE TABLE text with a column list")
    head = sql[: tokens[table_word].end]
    return head + " " + quoted_name + " " + sql[tokens[rest].start:].rstrip().rstrip(";").rstrip()


def column_item(sql: str | None, column: str) -> str | None:
    """The text of ``column``'s definition in a ``CREATE TABLE`` (comments around it left out).

    >>> column_item('CREATE TABLE t (a INT, "b c" TEXT NOT NULL DEFAULT \\'x\\' -- note\\n)', 'b c')
    '"b c" TEXT NOT NULL DEFAULT \\'x\\''
    """
    if not sql:
        return None
    tokens = tokenize(sql)
    start = _paren_start(tokens)
    if start is None:
        return None
    items, _ = _split(tokens, start)
    for item in items:
        if item and item[0].kind == "name" and item[0].text.lower() == column.lower() and not (
            not item[0].quoted and item[0].text.upper() in _TABLE_CONSTRAINTS
        ):
            return sql[item[0].start: item[-1].end]
    return None


_TABLE_CONSTRAINTS = frozenset({"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"})


def view_header_end(sql: str) -> int | None:
    """Where the ``SELECT`` of a ``CREATE VIEW`` text starts (after ``AS``), or ``None``.

    A column list may hold any name, ``)`` and quotes included.

    >>> sql = 'CREATE VIEW v ("a)", [b(c]) AS SELECT 1, 2'
    >>> sql[view_header_end(sql):]
    'SELECT 1, 2'
    """
    tokens = tokenize(sql)
    depth = 0
    for i, tok in enumerate(tokens):
        if tok.kind == "punct" and tok.text == "(":
            depth += 1
        elif tok.kind == "punct" and tok.text == ")":
            depth -= 1
        elif depth == 0 and tok.is_word("AS"):
            return tokens[i + 1].start if i + 1 < len(tokens) else None
    return None
