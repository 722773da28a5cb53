"""One tokenizer for the SQL text the dialects take apart.

Stored ``CREATE`` texts, ``pg_get_*def`` results, ``SHOW CREATE`` output and
default expressions are cut at their top level -- commas between columns, the
parentheses around arguments -- and a comma or parenthesis inside a string, a
quoted name or a comment must not count. Every scanner reads the text through
:func:`lex`, whose :class:`Lexicon` says what quotes the dialect has:

- ``'...'`` strings with doubled quotes (all), backslash escapes (MySQL, and
  PostgreSQL's ``E'...'``), ``$$...$$`` and ``$tag$...$tag$`` (PostgreSQL);
- ``"..."`` names with doubled quotes (all), ```...``` (SQLite, MySQL),
  ``[...]`` (SQLite);
- ``--`` and ``/* */`` comments (all), ``#`` comments (MySQL).

On top of it: :func:`split_top_level`, :func:`closing_paren`, :func:`is_wrapped`,
:func:`last_group` (parentheses), :func:`map_code` and :func:`replace_names`
(the text outside quotes) and :func:`unquote_identifier` (one quoted name).

:data:`PYTHON` reads the Python that codegen writes with the same machinery.

An unterminated string, name or comment runs to the end of the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple


class Lexicon(NamedTuple):
    """What a dialect's SQL text quotes, and how."""

    backticks: bool = False  # `name`
    brackets: bool = False  # [name]
    dollar: bool = False  # $$text$$, $tag$text$tag$
    escape_strings: bool = False  # E'it\'s'
    backslash: bool = False  # \' inside '...' and "..."
    hash_comments: bool = False  # # to the end of the line
    sql_comments: bool = True  # -- and /* */


#: The quotes of all three dialects but for the ones that clash (``[`` is an
#: array subscript in PostgreSQL, ``$`` a parameter, ``\\`` a plain character).
GENERIC = Lexicon(backticks=True)
SQLITE = Lexicon(backticks=True, brackets=True)
POSTGRESQL = Lexicon(dollar=True, escape_strings=True)
MYSQL = Lexicon(backticks=True, backslash=True, hash_comments=True)
#: Only ``'...'`` strings and ``"..."`` names (and comments): the quotes of a type's spelling.
QUOTES = Lexicon()
#: Python source as codegen writes it: '...' and "..." with backslash escapes, # comments.
PYTHON = Lexicon(backslash=True, hash_comments=True, sql_comments=False)


@functools.cache
def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    body = r"(?:[^'\\]|\\.|'')*" if lexicon.backslash else r"(?:[^']|'')*"
    strings = [rf"'{body}(?:'|\Z)"]
    if lexicon.escape_strings:
        strings.insert(0, r"[Ee]'(?:[^'\\]|\\.|'')*(?:'|\Z)")
    if lexicon.dollar:
        strings.insert(0, r"\$(?P<tag>(?:[^\W\d]\w*)?)\$.*?(?:\$(?P=tag)\$|\Z)")
    dq = r'(?:[^"\\]|\\.|"")*' if lexicon.backslash else r'(?:[^"]|"")*'
    names = [rf'"{dq}(?:"|\Z)']
    if lexicon.backticks:
        names.append(r"`(?:[^`]|``)*(?:`|\Z)")
    if lexicon.brackets:
        names.append(r"\[[^\]]*(?:\]|\Z)")
    comments = [r"--[^\n]*", r"/\*.*?(?:\*/|\Z)"] if lexicon.sql_comments else []
    if lexicon.hash_comments:
        comments.append(r"\#[^\n]*")
    return re.compile(
        rf"""(?P<space>\s+)
          | (?P<comment>{'|'.join(comments) or "(?!)"})
          | (?P<string>{'|'.join(strings)})
          | (?P<quoted>{'|'.join(names)})
          | (?P<word>[\w$]+)
          | (?P<punct>.)""",
        re.S | re.X,
    )


class Token(NamedTuple):
    """One significant token: ``kind`` is ``name`` (bare or quoted), ``string`` or ``punct``."""

    kind: str
    text: str  # the unquoted name, the literal, or the character
    start: int
    end: int
    quoted: bool = False

    def is_word(self, *words: str) -> bool:
        """Whether this is an unquoted keyword among ``words`` (upper-case)."""
        return self.kind == "name" and not self.quoted and self.text.upper() in words


def lex(sql: str, lexicon: Lexicon = GENERIC) -> Iterator[tuple[str, int, int]]:
    """``(kind, start, end)`` of every piece of ``sql``, spaces and comments too:
    ``space``, ``comment``, ``string``, ``quoted`` (a quoted name), ``word``, ``punct``.

    >>> [sql[s:e] for sql in ["a 'b''c' $$d$$"] for _k, s, e in lex(sql, POSTGRESQL)]
    ['a', ' ', "'b''c'", ' ', '$$d$$']
    """
    for m in _pattern(lexicon).finditer(sql):
        yield m.lastgroup or "punct", m.start(), m.end()


def _unquote(text: str) -> str:
    if text[0] == "[":
        return text[1:-1] if text.endswith("]") and len(text) > 1 else text[1:]
    q = text[0]
    inner = text[1:-1] if len(text) > 1 and text.endswith(q) else text[1:]
    return inner.replace(q * 2, q)


def tokenize(sql: str, lexicon: Lexicon = SQLITE) -> list[Token]:
    """The significant tokens of ``sql`` (no spaces or comments), names unquoted.

    >>> [t.text for t in tokenize('select "a""b", [c d] -- x\\n from `t`')]
    ['select', 'a"b', ',', 'c d', 'from', 't']
    """
    out = []
    for kind, start, end in lex(sql, lexicon):
        if kind in ("space", "comment"):
            continue
        text = sql[start:end]
        if kind == "quoted":
            out.append(Token("name", _unquote(text), start, end, True))
        elif kind == "word":
            out.append(Token("name", text, start, end))
        else:
            out.append(Token(kind, text, start, end))
    return out


def outside_quotes(text: str, lexicon: Lexicon = GENERIC) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` of every character outside strings, quoted names and
    comments; ``depth`` counts the parentheses open after that character.

    >>> [(c, d) for _i, c, d in outside_quotes("f(')', g(x)) -- (")]
    [('f', 0), ('(', 1), (',', 1), (' ', 1), ('g', 1), ('(', 2), ('x', 2), (')', 1), (')', 0), (' ', 0)]
    """
    depth = 0
    for kind, start, end in lex(text, lexicon):
        if kind in ("string", "quoted", "comment"):
            continue
        for i in range(start, end):
            ch = text[i]
            if kind == "punct":
                if ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
            yield i, ch, depth


def closing_paren(text: str, start: int, lexicon: Lexicon = GENERIC) -> int:
    """The index of the ``)`` closing the ``(`` at ``start``; -1 when there is none.

    >>> closing_paren("x(a, ')', (b)) y", 1)
    13
    """
    for i, ch, depth in outside_quotes(text[start:], lexicon):
        if ch == ")" and depth == 0:
            return start + i
    return -1


def split_top_level(text: str, lexicon: Lexicon = GENERIC) -> tuple[list[str], str]:
    """Split the parenthesised list at the start of ``text`` on its top-level commas.

    Returns the parts (empty ones dropped) and whatever follows the closing parenthesis.

    >>> split_top_level("(lower(a), 'x,y', b) WHERE c")
    (['lower(a)', "'x,y'", 'b'], ' WHERE c')
    """
    assert text.startswith("(")
    parts: list[str] = []
    begin = 1
    for i, ch, depth in outside_quotes(text, lexicon):
        if ch == ")" and depth == 0:
            parts.append(text[begin:i].strip())
            return [p for p in parts if p], text[i + 1 :]
        if ch == "," and depth == 1:
            parts.append(text[begin:i].strip())
            begin = i + 1
    return [p for p in parts if p], ""


def is_wrapped(text: str, lexicon: Lexicon = GENERIC) -> bool:
    """True when the whole of ``text`` sits inside one pair of parentheses.

    >>> is_wrapped("(a = ')(')"), is_wrapped("(a) + (b)")
    (True, False)
    """
    if len(text) < 2 or text[0] != "(" or text[-1] != ")":
        return False
    return closing_paren(text, 0, lexicon) == len(text) - 1


def last_group(text: str, lexicon: Lexicon = GENERIC) -> int:
    """The index of the ``(`` opening the top-level group that ends ``text``; -1 when
    ``text`` does not end with one.

    >>> last_group('f(a)(integer, "x(")')
    4
    """
    opened = -1
    last = -1
    for i, ch, depth in outside_quotes(text, lexicon):
        if ch == "(" and depth == 1:
            opened = i
        elif ch == ")" and depth == 0:
            last = i
    return opened if last == len(text) - 1 and opened >= 0 else -1


def replace_names(
    text: str, names: Iterable[str], replace: Callable[[str], str], lexicon: Lexicon = GENERIC
) -> str:
    """``text`` with every bare occurrence of one of ``names`` replaced by ``replace(name)``.

    A name counts outside strings, quoted names and comments, and only whole: not
    next to a letter, digit or ``_``. A name may hold spaces (``my col``); the
    longest name is tried first.

    >>> replace_names("`order` + order - 'order' + orders + my col", ["order", "my col"],
    ...               lambda n: f"<{n}>", MYSQL)
    "`order` + <order> - 'order' + orders + <my col>"
    """
    ordered = sorted(set(names), key=len, reverse=True)
    if not ordered:
        return text
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
    if any(q in name for name in ordered for q in "'\"`"):
        return _replace_names_first(text, pattern, replace)
    return map_code(text, lambda part: pattern.sub(lambda m: replace(m.group()), part), lexicon)


#: A string or quoted name, as :func:`_replace_names_first` skips them.
_QUOTED_PART = r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.|\"\")*\"|`(?:[^`]|``)*`"


def _replace_names_first(text: str, names: re.Pattern[str], replace: Callable[[str], str]) -> str:
    """:func:`replace_names` when a name holds a quote (MySQL's expressions come
    with their backticks taken off, so ``dq"name >= 0`` names column ``dq"name``):
    at each place a name is tried before a string or quoted name.

    >>> replace_names('dq"name >= 0 AND code = "dq"', ['dq"name'], lambda n: f"<{n}>", MYSQL)
    '<dq"name> >= 0 AND code = "dq"'
    """
    pattern = re.compile(f"(?P<name>{names.pattern})|{_QUOTED_PART}")
    return pattern.sub(lambda m: replace(m.group()) if m.group("name") is not None else m.group(), text)


def map_code(text: str, change: Callable[[str], str], lexicon: Lexicon = GENERIC) -> str:
    """``text`` with ``change`` applied to each stretch outside strings, quoted names
    and comments; those are kept as written.

    >>> map_code("a != 'b != c' -- d != e", lambda s: s.replace("!=", "<>"))
    "a <> 'b != c' -- d != e"
    """
    out: list[str] = []
    begin = 0
    for kind, start, end in lex(text, lexicon):
        if kind in ("string", "quoted", "comment"):
            if begin < start:
                out.append(change(text[begin:start]))
            out.append(text[start:end])
            begin = end
    if begin < len(text):
        out.append(change(text[begin:]))
    return "".join(out)


def unquote_identifier(text: str) -> str:
    """An identifier as written in SQL text, without its quotes (``"..."``,
    ```...```, ``[...]``; a doubled quote inside stands for one).

    >>> unquote_identifier('"a ""b"" c"'), unquote_identifier("`c``d`"), unquote_identifier("[e f]")
    ('a "b" c', 'c`d', 'e f')
    """
    if text[:1] in "\"`" and text[-1:] == text[:1] and len(text) >= 2:
        q = text[0]
        return text[1:-1].replace(q + q, q)
    if text[:1] == "[" and text[-1:] == "]":
        return text[1:-1]
    return text
