"""The one SQL tokenizer on hostile text: quotes, dollar quoting, comments, parentheses."""

from __future__ import annotations

import pytest

from schemanb.dialects.tokens import (
    GENERIC,
    MYSQL,
    POSTGRESQL,
    SQLITE,
    Lexicon,
    closing_paren,
    is_wrapped,
    last_group,
    lex,
    replace_names,
    split_top_level,
    tokenize,
    unquote_identifier,
)

SPLIT_CASES = [
    # (lexicon, text, parts, rest)
    (GENERIC, "(a, b) x", ["a", "b"], " x"),
    (GENERIC, "(lower(a), 'x,y', b) WHERE c", ["lower(a)", "'x,y'", "b"], " WHERE c"),
    (GENERIC, "('it''s, here', b)", ["'it''s, here'", "b"], ""),
    (GENERIC, '("a,)""b", c)', ['"a,)""b"', "c"], ""),
    (GENERIC, "(`a,``)`, c)", ["`a,``)`", "c"], ""),
    (GENERIC, "(a -- x, y)\n, b)", ["a -- x, y)", "b"], ""),
    (GENERIC, "(a /* ,) */, b)", ["a /* ,) */", "b"], ""),
    (GENERIC, "(f(g(h(1, 2), 3), 4), 5) t", ["f(g(h(1, 2), 3), 4)", "5"], " t"),
    (GENERIC, "(a,, b)", ["a", "b"], ""),
    (GENERIC, "(a, 'unterminated, b)", ["a"], ""),  # no closing parenthesis
    (SQLITE, "([a,b], [c)d])", ["[a,b]", "[c)d]"], ""),
    (POSTGRESQL, "($$a,)$$, b)", ["$$a,)$$", "b"], ""),
    (POSTGRESQL, "($fn$ a $$ ,) $fn$, b)", ["$fn$ a $$ ,) $fn$", "b"], ""),
    (POSTGRESQL, r"(E'a\',)', b)", [r"E'a\',)'", "b"], ""),
    (POSTGRESQL, "(a[1], $1, b)", ["a[1]", "$1", "b"], ""),
    (MYSQL, r"('a\',)', b)", [r"'a\',)'", "b"], ""),
    (MYSQL, "(a # ,)\n, b)", ["a # ,)", "b"], ""),
]


@pytest.mark.parametrize(("lexicon", "text", "parts", "rest"), SPLIT_CASES)
def test_split_top_level_ignores_what_is_quoted_or_commented(
    lexicon: Lexicon, text: str, parts: list[str], rest: str
) -> None:
    assert split_top_level(text, lexicon) == (parts, rest)


@pytest.mark.parametrize(
    ("lexicon", "text", "kinds"),
    [
        (POSTGRESQL, "$$ -- not a comment $$", ["string"]),
        (POSTGRESQL, "$a$ $b$ ' $a$", ["string"]),
        (POSTGRESQL, "E'\\'' x", ["string", "space", "word"]),
        (GENERIC, "E'\\'' x", ["word", "string"]),  # no escape: '' is a quote, runs on
        (SQLITE, "[x] -- c\n/* d */", ["quoted", "space", "comment", "space", "comment"]),
        (MYSQL, "# c\n`a``b`", ["comment", "space", "quoted"]),
        (GENERIC, "/* never closed ( ", ["comment"]),
    ],
)
def test_lex_kinds(lexicon: Lexicon, text: str, kinds: list[str]) -> None:
    pieces = list(lex(text, lexicon))
    assert [k for k, _s, _e in pieces] == kinds
    assert "".join(text[s:e] for _k, s, e in pieces) == text  # nothing lost


def test_tokenize_unquotes_names_and_keeps_strings() -> None:
    toks = tokenize('CREATE TABLE "a""b" ([c d], `e``f`, g TEXT DEFAULT \'h\'\'i\')')
    assert [(t.kind, t.text, t.quoted) for t in toks if t.kind != "punct"] == [
        ("name", "CREATE", False), ("name", "TABLE", False), ("name", 'a"b', True),
        ("name", "c d", True), ("name", "e`f", True), ("name", "g", False),
        ("name", "TEXT", False), ("name", "DEFAULT", False), ("string", "'h''i'", False),
    ]


@pytest.mark.parametrize(
    ("text", "start", "lexicon", "end"),
    [
        ("f(a, ')', (b)) y", 1, GENERIC, 13),
        ("f(a", 1, GENERIC, -1),
        ("f('\\')', b)", 1, MYSQL, 10),
        ("f($$)$$)", 1, POSTGRESQL, 7),
    ],
)
def test_closing_paren(text: str, start: int, lexicon: Lexicon, end: int) -> None:
    assert closing_paren(text, start, lexicon) == end


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [("(a)", True), ("((a) + (b))", True), ("(a) + (b)", False), ("(')(')", True),
     ('(")")', True), ("((a)", False), ("a", False), ("()", True)],
)
def test_is_wrapped(text: str, wrapped: bool) -> None:
    assert is_wrapped(text) is wrapped


@pytest.mark.parametrize(
    ("text", "at"),
    [('f(a)(integer, "x(")', 4), ("f(int)", 1), ("f", -1), ("f(a) x", -1), ("g(')(')", 1)],
)
def test_last_group(text: str, at: int) -> None:
    assert last_group(text) == at


def test_sqlite_index_on_a_bracketed_name_with_a_comma() -> None:
    # The old scanner knew no [..] names and cut "[a,b]" in two.
    from schemanb.dialects.sqlite import SQLiteSupport

    index = SQLiteSupport().parse_index("ix", "CREATE INDEX ix ON t ([a,b], c DESC)")
    assert index is not None
    assert index.expressions == ("a,b", "c")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("f(a, [b, c]), {d: e, f: g}, x", ["f(a, [b, c])", "{d: e, f: g}", "x"]),
        ("'d, \"e', x", ["'d, \"e'", "x"]),  # the old scanner knew only "..."
        ('"a\\", b", c', ['"a\\", b"', "c"]),
        ("a,,b", ["a", "", "b"]),
        ("text('x -- y, z'), w", ["text('x -- y, z')", "w"]),
    ],
)
def test_codegen_splits_python_arguments_with_the_python_lexicon(text: str, parts: list[str]) -> None:
    from schemanb.codegen.render import _split_top_level

    assert _split_top_level(text) == parts


REPLACE_CASES = [
    # (lexicon, text, replaced): "order" and "my col" marked <...>
    (MYSQL, "order > 0", "<order> > 0"),
    (MYSQL, "`order` > 0 and order < 9", "`order` > 0 and <order> < 9"),
    (MYSQL, "orders + border + order_id + order2", "orders + border + order_id + order2"),
    (MYSQL, "'order' = order", "'order' = <order>"),
    (MYSQL, "'it''s order' = order", "'it''s order' = <order>"),
    (MYSQL, r"'it\'s order' = order", r"'it\'s order' = <order>"),  # the old scanner ended the string at \'
    (MYSQL, '"order" <> order', '"order" <> <order>'),
    (MYSQL, "order # order\n+ order", "<order> # order\n+ <order>"),
    (MYSQL, "(order /* order */ + my col)", "(<order> /* order */ + <my col>)"),
    (MYSQL, "my col+my colour", "<my col>+my colour"),
    (MYSQL, "'order" , "'order"),  # unterminated: a string to the end
    (MYSQL, "`a``order` + order", "`a``order` + <order>"),
    (POSTGRESQL, "$$ order $$ || order", "$$ order $$ || <order>"),
]


@pytest.mark.parametrize(("lexicon", "text", "replaced"), REPLACE_CASES)
def test_replace_names_only_outside_quotes_and_whole(lexicon: Lexicon, text: str, replaced: str) -> None:
    assert replace_names(text, ["order", "my col"], lambda n: f"<{n}>", lexicon) == replaced


def test_mysql_requotes_columns_that_need_quotes_only() -> None:
    from schemanb.dialects import support_for

    mysql = support_for("mysql")
    text = r"`order` > 0 and order < 'order' and my col <> 'it\'s order' and total > 0"
    assert mysql.requote_columns(text, ["order", "my col", "total"]) == (
        r"`order` > 0 and `order` < 'order' and `my col` <> 'it\'s order' and total > 0"
    )
    assert support_for("postgresql").requote_columns("order > 0", ["order"]) == "order > 0"


@pytest.mark.parametrize(
    ("text", "name"),
    [('"a ""b"" c"', 'a "b" c'), ("`c``d`", "c`d"), ("[e f]", "e f"), ("plain", "plain"), ('"', '"')],
)
def test_unquote_identifier(text: str, name: str) -> None:
    assert unquote_identifier(text) == name


def test_type_spelling_upper_cases_outside_quotes_only() -> None:
    from schemanb.dialects import support_for

    base = support_for(None)
    assert base.normalize_type_sql("enum('a',  'B''c') collate \"de_DE\"") == "ENUM('a', 'B''c') COLLATE \"de_DE\""


def test_postgresql_check_name_takes_the_first_column_outside_strings() -> None:
    # PostgreSQL names an unnamed CHECK after its first column: a word in a string is none.
    from builders import col, table

    from schemanb.dialects.postgresql import first_column

    t = table("t", col("kind"), col("status"), col("My Col"))
    assert first_column("('kind' <> status)", t) == "status"
    assert first_column('("My Col" > 0 AND kind IS NULL)', t) == "My Col"
    assert first_column("($$kind$$ = 'status')", t) is None
