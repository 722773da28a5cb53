"""MySQL/MariaDB: the server's own text of views, routines and triggers (issue #17).

``information_schema`` gives a canonical form: a view body without the
character set introducers it was written with (``_utf8mb3' '``), a routine's
parameters and result type re-typed (``BOOLEAN`` is ``tinyint(1)``, and read
back as ``TINYINT``), a trigger's body without its header. ``mariadb-dump``
shows what ``SHOW CREATE`` shows, so a migration writes that text back: the
snapshot keeps it (``create_sql``) and these functions take it apart.
"""

from __future__ import annotations

import re

from ...errors import MigrationError
from ..tokens import MYSQL, closing_paren, split_top_level, tokenize, unquote_identifier

_IDENT = r'(?:`(?:[^`]|``)*`|"(?:[^"]|"")*"|[\w$]+)'
_RE_DEFINER = re.compile(
    r"^(CREATE\s+(?:OR\s+REPLACE\s+)?(?:ALGORITHM\s*=\s*\w+\s+)?)DEFINER\s*=\s*"
    r"(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[^\s@]+)"
    r"(?:\s*@\s*(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[^\s]+))?\s+",
    re.I,
)
_RE_ROUTINE_HEAD = re.compile(
    rf"^CREATE\s+(?:OR\s+REPLACE\s+)?(?:AGGREGATE\s+)?(?P<kind>FUNCTION|PROCEDURE)\s+"
    rf"(?:IF\s+NOT\s+EXISTS\s+)?(?:{_IDENT}\s*\.\s*)?(?P<name>{_IDENT})\s*(?=\()",
    re.I,
)
_RE_TRIGGER_HEAD = re.compile(
    rf"^CREATE\s+(?:OR\s+REPLACE\s+)?TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?"
    rf"(?:(?P<db>{_IDENT})\s*\.\s*)?(?P<name>{_IDENT})\s+"
    rf"(?P<timing>BEFORE|AFTER)\s+(?P<event>INSERT|UPDATE|DELETE)\s+ON\s+"
    rf"(?:(?P<table_db>{_IDENT})\s*\.\s*)?(?P<table>{_IDENT})\s+"
    rf"FOR\s+EACH\s+ROW\s+(?:(?:FOLLOWS|PRECEDES)\s+{_IDENT}\s+)?",
    re.I,
)
_RE_PARAM = re.compile(rf"^(?:(?P<mode>IN|OUT|INOUT)\s+)?(?P<name>{_IDENT})\s", re.I)


def without_definer(text: str | None) -> str | None:
    """A ``SHOW CREATE`` text without its ``DEFINER=...`` (an account, not the schema).

    >>> without_definer("CREATE DEFINER=`root`@`localhost` TRIGGER t AFTER INSERT ON x FOR EACH ROW SET @a = 1")
    'CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW SET @a = 1'
    >>> without_definer("CREATE ALGORITHM=UNDEFINED DEFINER=`a b`@`%` SQL SECURITY DEFINER VIEW `v` AS select 1")
    'CREATE ALGORITHM=UNDEFINED SQL SECURITY DEFINER VIEW `v` AS select 1'
    """
    if text is None:
        return None
    return _RE_DEFINER.sub(lambda m: m.group(1), text.strip(), count=1)


def routine_header(create_sql: str | None) -> tuple[str, str, str | None] | None:
    """``(name, parameters, returns)`` as a routine's ``SHOW CREATE`` text writes them:
    the parameter list verbatim (between its parentheses), ``RETURNS`` up to the end
    of its line (``None`` for a procedure); ``None`` when the text does not parse.

    >>> routine_header("CREATE FUNCTION `f`(p_id INT, q DECIMAL(5,2)) RETURNS tinyint(1)\\n    READS SQL DATA\\nRETURN 1")
    ('f', 'p_id INT, q DECIMAL(5,2)', 'tinyint(1)')
    >>> routine_header('CREATE PROCEDURE "p"(\\n    IN a INT\\n    , OUT b INT)\\nBEGIN END')
    ('p', '\\n    IN a INT\\n    , OUT b INT', None)
    """
    if not create_sql:
        return None
    head = _RE_ROUTINE_HEAD.match(create_sql)
    if head is None:
        return None
    start = head.end()
    end = closing_paren(create_sql, start, MYSQL)
    if end < 0:
        return None
    params = create_sql[start + 1 : end]
    if head.group("kind").upper() == "PROCEDURE":
        return unquote_identifier(head.group("name")), params, None
    found = re.match(r"\s*RETURNS\s+([^\n]*?)\s*(?:\n|$)", create_sql[end + 1 :], re.I)
    if found is None:
        return None
    return unquote_identifier(head.group("name")), params, found.group(1)


def parameter_names(params: str) -> list[tuple[str, str]] | None:
    """``[(mode, name)]`` of a verbatim parameter list (``IN`` where not written);
    ``None`` when a parameter does not parse.

    >>> parameter_names('IN a INT, OUT `b c` DECIMAL(10,2), "d" VARCHAR(5)')
    [('IN', 'a'), ('OUT', 'b c'), ('IN', 'd')]
    """
    if not params.strip():
        return []
    out = []
    for item in split_top_level("(" + params + ")", MYSQL)[0]:
        found = _RE_PARAM.match(item.strip() + " ")
        if found is None:
            return None
        out.append(((found.group("mode") or "IN").upper(), unquote_identifier(found.group("name"))))
    return out


def trigger_header(create_sql: str | None, database: str | None = None) -> tuple[str, str, str, str, str] | None:
    """``(name, timing, event, table, body)`` of a trigger's original statement;
    ``None`` when it does not parse, or names a database other than ``database``
    (a trigger of another database than the default one, named as it is written).

    >>> trigger_header("CREATE TRIGGER `ins film` AFTER INSERT ON film FOR EACH ROW BEGIN\\n  SET @a = 1;\\nEND")
    ('ins film', 'AFTER', 'INSERT', 'film', 'BEGIN\\n  SET @a = 1;\\nEND')
    >>> trigger_header("CREATE TRIGGER db.t AFTER INSERT ON db.film FOR EACH ROW SET @a = 1") is None
    True
    >>> trigger_header("CREATE TRIGGER `db`.t AFTER INSERT ON `db`.film FOR EACH ROW SET @a = 1", "db")[:4]
    ('t', 'AFTER', 'INSERT', 'film')
    """
    if not create_sql:
        return None
    found = _RE_TRIGGER_HEAD.match(create_sql)
    if found is None:
        return None
    for qualifier in (found.group("db"), found.group("table_db")):
        if qualifier is not None and (database is None or unquote_identifier(qualifier) != database):
            return None
    return (
        unquote_identifier(found.group("name")),
        found.group("timing").upper(),
        found.group("event").upper(),
        unquote_identifier(found.group("table")),
        create_sql[found.end() :].strip(),
    )


def view_body(create_sql: str | None, name: str, database: str) -> str | None:
    """The ``SELECT`` of a ``SHOW CREATE VIEW`` text, with the introducers it was written
    with, without a trailing ``WITH ... CHECK OPTION``; ``None`` when it does not parse.

    >>> view_body("CREATE ALGORITHM=UNDEFINED VIEW `db`.`v` AS select concat(`a`,_utf8mb3' ') AS `x` from `t` WITH CASCADED CHECK OPTION", "v", "db")
    "select concat(`a`,_utf8mb3' ') AS `x` from `t`"
    """
    if not create_sql:
        return None
    quoted = "`" + name.replace("`", "``") + "`"
    qualified = "`" + database.replace("`", "``") + "`." + quoted
    for head in (f" VIEW {qualified} AS ", f" VIEW {quoted} AS "):
        at = create_sql.find(head)
        if at >= 0:
            body = create_sql[at + len(head) :]
            return re.sub(r"\s+WITH\s+(?:CASCADED\s+|LOCAL\s+)?CHECK\s+OPTION\s*$", "", body, flags=re.I)
    return None


def sql_mode_statements(sql_mode: str | None, statements: list[str]) -> list[str]:
    """``statements`` run under ``sql_mode`` (the session's own given back after),
    as ``mariadb-dump`` writes routines and triggers; unchanged when ``None``.

    >>> sql_mode_statements("ANSI_QUOTES", ["CREATE ..."])
    ['SET @schemanb_sql_mode = @@sql_mode', "SET sql_mode = 'ANSI_QUOTES'", 'CREATE ...', 'SET sql_mode = @schemanb_sql_mode']
    """
    if sql_mode is None:
        return statements
    if not re.fullmatch(r"[A-Z0-9_,]*", sql_mode):
        raise MigrationError(f"sql_mode {sql_mode!r} is not a list of MySQL mode names — fix it in the snapshot")
    return [
        "SET @schemanb_sql_mode = @@sql_mode",
        f"SET sql_mode = '{sql_mode}'",
        *statements,
        "SET sql_mode = @schemanb_sql_mode",
    ]


def charset_statements(client: str | None, collation: str | None, statements: list[str]) -> list[str]:
    """``statements`` run under the client character set ``client`` and the connection
    collation ``collation`` (the session's own given back after), as ``mariadb-dump``
    writes routines, triggers and events; unchanged when both are ``None``.

    >>> charset_statements("latin1", "latin1_swedish_ci", ["CREATE ..."])  # doctest: +NORMALIZE_WHITESPACE
    ['SET @schemanb_cs_client = @@character_set_client, @schemanb_col_connection = @@collation_connection',
     "SET character_set_client = 'latin1', collation_connection = 'latin1_swedish_ci'",
     'CREATE ...',
     'SET character_set_client = @schemanb_cs_client, collation_connection = @schemanb_col_connection']
    """
    given = [(var, value) for var, value in (("character_set_client", client), ("collation_connection", collation))
             if value is not None]
    if not given:
        return statements
    for var, value in given:
        if not re.fullmatch(r"[A-Za-z0-9_]+", value):
            raise MigrationError(f"{var} {value!r} is not a character set or collation name — fix it in the snapshot")
    saved = {"character_set_client": "@schemanb_cs_client", "collation_connection": "@schemanb_col_connection"}
    return [
        "SET " + ", ".join(f"{saved[var]} = @@{var}" for var, _ in given),
        "SET " + ", ".join(f"{var} = '{value}'" for var, value in given),
        *statements,
        "SET " + ", ".join(f"{var} = {saved[var]}" for var, _ in given),
    ]


def created_under(options: tuple[tuple[str, str], ...], statements: list[str]) -> list[str]:
    """``statements`` (a routine's, trigger's or event's ``CREATE``) run under the
    ``sql_mode``, client character set and connection collation in ``options``.

    >>> created_under((("character_set_client", "latin1"), ("collation_connection", "latin1_bin"),
    ...                ("sql_mode", "ANSI_QUOTES")), ["CREATE ..."])[2:5]
    ['SET @schemanb_sql_mode = @@sql_mode', "SET sql_mode = 'ANSI_QUOTES'", 'CREATE ...']
    """
    before, after = session_around(options)
    return before + statements + after


def session_around(options: tuple[tuple[str, str], ...]) -> tuple[list[str], list[str]]:
    """The statements before and after an object's ``CREATE`` that set, then give back,
    the ``sql_mode``, client character set and connection collation in ``options``.

    >>> session_around((("character_set_client", "latin1"),))
    (['SET @schemanb_cs_client = @@character_set_client', "SET character_set_client = 'latin1'"], \
['SET character_set_client = @schemanb_cs_client'])
    >>> session_around(())
    ([], [])
    """
    given = dict(options)
    charset = charset_statements(given.get("character_set_client"), given.get("collation_connection"), [])
    mode = sql_mode_statements(given.get("sql_mode"), [])
    return charset[:-1] + mode[:-1], mode[-1:] + charset[-1:]


def key_options(create_sql: str) -> dict[str | None, dict[str, str]]:
    """What a ``SHOW CREATE TABLE`` text says of its keys beyond their columns:
    ``{index name (None: the primary key): {"using": "BTREE", "comment": "..."}}``.

    SQLAlchemy's parser of the text drops an explicit ``USING BTREE|HASH``, which
    ``mariadb-dump`` shows (a key declared without it shows none), and the key's
    ``COMMENT '...'`` (unescaped here as the server escapes it: ``''``, ``\\n``).

    >>> key_options("CREATE TABLE `t` (\\n  `a` int,\\n  PRIMARY KEY (`a`) USING HASH,\\n"
    ...             "  KEY `ix` (`a`) USING BTREE,\\n  UNIQUE KEY `u` USING BTREE (`a`),\\n  KEY `plain` (`a`)\\n)")
    {None: {'using': 'HASH'}, 'ix': {'using': 'BTREE'}, 'u': {'using': 'BTREE'}}
    >>> key_options("CREATE TABLE `t` (\\n  PRIMARY KEY (`a`) COMMENT 'it''s \\\\\\\\ x\\\\n',\\n  KEY `k` (`a`) COMMENT 'k'\\n)")
    {None: {'comment': "it's \\\\ x\\n"}, 'k': {'comment': 'k'}}
    """
    from sqlalchemy.dialects.mysql.reflection import cleanup_text

    out: dict[str | None, dict[str, str]] = {}
    for line in create_sql.split("\n"):
        if not line.startswith("  ") or line.startswith("  `"):
            continue
        tokens = tokenize(line, MYSQL)
        at = next((i for i, t in enumerate(tokens[:2]) if t.is_word("KEY")), None)
        if at is None:
            continue
        primary = tokens[0].is_word("PRIMARY")
        name = None if primary else next((t.text for t in tokens[at + 1: at + 2] if t.quoted), None)
        if name is None and not primary:
            continue
        facts: dict[str, str] = {}
        for i, tok in enumerate(tokens[at + 1:-1], start=at + 1):
            if tok.is_word("USING") and tokens[i + 1].kind == "name":
                facts["using"] = tokens[i + 1].text.upper()
            elif tok.is_word("COMMENT"):
                if tokens[i + 1].kind == "string":
                    facts["comment"] = cleanup_text(tokens[i + 1].text[1:-1])
                break
        if facts:
            out[name] = facts
    return out
