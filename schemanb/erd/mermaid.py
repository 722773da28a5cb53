"""Mermaid ``erDiagram`` text of a selection: the git-native ER diagram (pure, no Graphviz).

The selection, the diff marks, the inferred keys and the column modes are the
Graphviz diagram's (:mod:`.select`, :mod:`.marks`, :mod:`.implied`, :mod:`.parts`);
only the notation differs. What Mermaid's grammar (checked against Mermaid 11's
own parser, ``tests/browser/test_mermaid.py``) allows and how each database name
gets in:

* **Entity ids** are ``[A-Za-z_][A-Za-z0-9_]*`` and not one of Mermaid's words
  (:data:`RESERVED`: ``end``, ``style``, ``class``, ``one``, ``many``, ``to`` ...).
  A table whose display name is such an id is its own id (stable in a git diff);
  any other gets a sanitised id (``order_items_2``) and its real name as an alias
  label, ``t["order items"]``.
* **Labels and comments** are double-quoted; inside them ``#``, ``"``, ``<``,
  ``>``, ``&`` and ``%`` are written as Mermaid's entity codes (``#35;`` ``#quot;``
  ``#lt;`` ``#gt;`` ``#amp;`` ``#37;``), control characters and newlines as spaces,
  so no text from a database can close the quote, become markup, or start a
  ``%%`` comment or ``%%{init}%%`` directive (Mermaid strips those before parsing,
  even inside quotes).
* **Attribute names** that are not plain words (spaces, quotes, a leading digit,
  ``PK``/``FK``/``UK``) are sanitised and the real name leads the comment
  (``"name: order date"``); **types** keep ``[A-Za-z0-9_(),[]-]`` with other
  characters as ``_`` (``character_varying(20)``, ``NUMERIC(10,2)``).

Crow's-foot cardinalities come from the snapshot, as in the Graphviz diagram:
the parent end is ``||`` (exactly one: the key columns are NOT NULL) or ``|o``
(zero or one: a key column is nullable); the child end is ``o{`` (zero or many)
or ``o|`` (zero or one: the key columns are unique). Declared keys are solid
(``--``), inferred keys and a view's dependencies dashed (``..``). Views, diff
states and the tables a collapsed many-to-many joins are styled through
``classDef``; a column's diff state (Mermaid cannot colour one attribute) is
written in its comment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import ForeignKey, Schema, Table, TableKey, View
from .implied import ImpliedKey
from .marks import DiffMarks, fk_id
from .parts import (
    Options,
    association_tables,
    fk_nullable,
    is_unique,
    markers,
    referenced_columns,
    single_unique,
    title,
    visible_columns,
)

#: Words Mermaid's erDiagram lexer takes as keywords (compared case-insensitively).
RESERVED = frozenset({
    "erdiagram", "end", "style", "classdef", "class", "subgraph", "direction", "title",
    "acctitle", "accdescr", "one", "many", "only", "zero", "or", "more", "to", "optionally",
    "u", "md", "pk", "fk", "uk", "click", "call", "href", "default",
})
#: Attribute keys Mermaid reserves (an attribute may not be named so).
_KEY_WORDS = frozenset({"pk", "fk", "uk"})
_RE_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_RE_NOT_ID = re.compile(r"[^A-Za-z0-9_]+")
_RE_NOT_TYPE = re.compile(r"[^A-Za-z0-9_(),\[\]-]+")
_RE_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
#: Mermaid's entity codes for the characters that would end a quote or make markup.
_CODES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "%": "#37;"}
_RE_CODED = re.compile("[#\"<>&%]")
COMMENT_MAX = 120

#: ``classDef`` lines: diff states (the Graphviz diagram's colours) and views.
CLASS_DEFS: dict[str, str] = {
    "added": "fill:#c8e6c9,stroke:#2e7d32,stroke-width:2px",
    "dropped": "fill:#ffcdd2,stroke:#c62828,stroke-width:2px",
    "changed": "fill:#ffe0b2,stroke:#e65100,stroke-width:2px",
    "view": "fill:#e9dcf5,stroke:#6a1b9a,stroke-dasharray:5 5",
}


def mermaid_text(value: object, limit: int | None = None) -> str:
    """``value`` made safe inside a double-quoted Mermaid label or comment.

    >>> mermaid_text('say "hi" <b>#1</b> & more')
    'say #quot;hi#quot; #lt;b#gt;#35;1#lt;/b#gt; #amp; more'
    """
    text = _RE_CONTROL.sub(" ", "" if value is None else str(value))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return _RE_CODED.sub(lambda m: _CODES[m.group()], text)


def is_plain_id(name: str) -> bool:
    """Whether ``name`` can be a Mermaid entity id as it is.

    >>> is_plain_id("orders"), is_plain_id("order items"), is_plain_id("End")
    (True, False, False)
    """
    return bool(_RE_ID.match(name)) and name.lower() not in RESERVED


def attribute_name(name: str) -> tuple[str, bool]:
    """``(word, exact)``: the attribute word for column ``name``, and whether it is the name.

    >>> attribute_name("id"), attribute_name("order date"), attribute_name("PK")
    (('id', True), ('order_date', False), ('PK_', False))
    """
    if _RE_ID.match(name) and name.lower() not in _KEY_WORDS:
        return name, True
    word = _RE_NOT_ID.sub("_", name).strip("_") or "column"
    if word[0].isdigit():
        word = "_" + word
    if word.lower() in _KEY_WORDS:
        word += "_"
    return word, False


def type_word(type_sql: str) -> str:
    """A column type as one Mermaid attribute word.

    >>> type_word("character varying(20)"), type_word("NUMERIC(10, 2)"), type_word("int[]")
    ('character_varying(20)', 'NUMERIC(10,2)', 'int[]')
    """
    text = re.sub(r"\s*,\s*", ",", type_sql.strip())
    word = _RE_NOT_TYPE.sub("_", text).strip("_") or "unknown"
    return word if re.match(r"[A-Za-z_]", word) else "_" + word


def entity_ids(titles: dict[TableKey, str]) -> dict[TableKey, str]:
    """A unique Mermaid id per table: its title when that is a plain id, else a
    sanitised one (``_2``, ``_3``… on a clash), assigned in key order.

    >>> ids = entity_ids({TableKey(None, "a b"): "a b", TableKey(None, "a_b"): "a_b"})
    >>> sorted(ids.values())
    ['a_b', 'a_b_2']
    """
    out = {k: t for k, t in titles.items() if is_plain_id(t)}
    taken = {i.lower() for i in out.values()}
    for key in sorted(titles.keys() - out.keys(), key=TableKey.sort_key):
        base = _RE_NOT_ID.sub("_", titles[key]).strip("_") or "table"
        if not _RE_ID.match(base):
            base = "t_" + base
        if base.lower() in RESERVED:
            base += "_"
        candidate, n = base, 1
        while candidate.lower() in taken:
            n += 1
            candidate = f"{base}_{n}"
        taken.add(candidate.lower())
        out[key] = candidate
    return out


@dataclass(repr=False)
class MermaidDiagram:
    """A Mermaid ``erDiagram``: ``.source`` is its text; in Jupyter(Lab 4) it shows as a
    rendered diagram (Markdown with a ``mermaid`` fence).

    ``table_keys``, ``view_keys`` and ``notes`` mean what they do on the Graphviz
    diagram (:class:`~schemanb.erd.build.SchemaDiagram`).
    """

    source: str
    table_keys: tuple[TableKey, ...] = ()
    view_keys: tuple[TableKey, ...] = ()
    notes: tuple[str, ...] = ()
    ids: dict[TableKey, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.source

    def __repr__(self) -> str:
        return f"<MermaidDiagram: {len(self.table_keys)} tables, {len(self.view_keys)} views>"

    def fenced(self) -> str:
        """The diagram as a Markdown ```` ```mermaid ```` block (GitHub, GitLab, JupyterLab)."""
        return f"```mermaid\n{self.source}```\n"

    def _repr_markdown_(self) -> str:
        return self.fenced()


class _Mermaid:
    def __init__(self, schema: Schema, keys: frozenset[TableKey], options: Options,
                 marks: DiffMarks | None, implied: Sequence[ImpliedKey]) -> None:
        self.schema = schema
        self.options = options
        self.marks = marks or DiffMarks()
        self.order = sorted((k for k in keys if k in schema.table_map), key=TableKey.sort_key)
        self.view_order = sorted((k for k in keys if k in schema.view_map
                                  and k not in schema.table_map), key=TableKey.sort_key)
        table_set = frozenset(self.order)
        self.assoc = association_tables(schema, table_set) if options.collapse_m2m else {}
        self.drawn = [k for k in self.order if k not in self.assoc]
        objs: list[Table | View] = [schema.table_map[k] for k in self.drawn]
        objs += [schema.view_map[k] for k in self.view_order]
        self.titles = {o.key: title(o, True) for o in objs}
        self.ids = entity_ids(self.titles)
        self.implied = [i for i in implied if i.table in self.ids
                        and i.foreign_key.referred_table in self.ids]
        self.implied_cols: dict[TableKey, set[str]] = {}
        for imp in self.implied:
            self.implied_cols.setdefault(imp.table, set()).update(imp.foreign_key.columns)
        self.referenced = referenced_columns(schema, self.order,
                                             [i.foreign_key for i in self.implied])

    def _head(self, key: TableKey) -> str:
        ident = self.ids[key]
        shown = self.titles[key]
        old = self.marks.table_old_names.get(key)
        if old is not None and old != shown:
            shown = f"{old} → {shown}"
        return ident if shown == ident else f'{ident}["{mermaid_text(shown)}"]'

    def _comment(self, real: str | None, state: str | None, old: str | None,
                 comment: str | None) -> str:
        parts = []
        if real is not None:
            parts.append(f"name: {real}")
        if old is not None:
            parts.append(f"renamed from {old}")
        elif state:
            parts.append(state)
        if comment:
            parts.append(comment)
        text = " · ".join(parts)
        return f' "{mermaid_text(text, COMMENT_MAX)}"' if text else ""

    def _attribute(self, table: Table | View, name: str, keys: str) -> str:
        col = table.column_map[name] if isinstance(table, Table) else next(
            c for c in table.columns if c.name == name)
        word, exact = attribute_name(name)
        state = self.marks.columns.get((table.key, name))
        old = self.marks.column_old_names.get((table.key, name))
        comment = self._comment(None if exact else name, state, old, col.comment)
        return f"    {type_word(col.type_sql)} {word}{keys}{comment}"

    def entity(self, obj: Table | View) -> list[str]:
        if isinstance(obj, Table):
            visible = visible_columns(obj, self.options.columns,
                                      implied_cols=self.implied_cols.get(obj.key, ()),
                                      referenced=self.referenced.get(obj.key, ()),
                                      marks=self.marks)
            unique = single_unique(obj)
            implied = self.implied_cols.get(obj.key, set())
        else:
            visible = {c.name for c in obj.columns} if self.options.columns == "all" else set()
        lines = []
        for col in obj.columns:
            if col.name not in visible:
                continue
            keys = ""
            if isinstance(obj, Table):
                found = [m for m in markers(obj, col.name, implied, unique).split()
                         if m in ("PK", "FK", "UQ")]
                keys = " " + ", ".join("UK" if m == "UQ" else m for m in found) if found else ""
            lines.append(self._attribute(obj, col.name, keys))
        head = self._head(obj.key)
        if not lines:
            return [f"  {head}"]
        return [f"  {head} {{", *lines, "  }"]

    def fk_line(self, table: Table, fk: ForeignKey, inferred: bool = False) -> str | None:
        target = fk.referred_table
        if target not in self.ids or table.key not in self.ids:
            return None
        parent = "|o" if fk_nullable(table, fk) else "||"
        child = "o|" if is_unique(table, fk.columns) else "o{"
        line = ".." if inferred else "--"
        label = ", ".join(fk.columns)
        state = self.marks.fks.get((table.key, fk_id(fk)))
        if inferred:
            label += " (inferred)"
        elif state:
            label += f" ({state})"
        return (f"  {self.ids[target]} {parent}{line}{child} {self.ids[table.key]} : "
                f'"{mermaid_text(label)}"')

    def run(self) -> MermaidDiagram:
        out = ["erDiagram"]
        out += [f"  %% {mermaid_text(n)}" for n in self.options.notes]
        out.append(f"  direction {self.options.rankdir}")
        for key in self.drawn:
            out += self.entity(self.schema.table_map[key])
        for key in self.view_order:
            out += self.entity(self.schema.view_map[key])
        for key in self.drawn:
            table = self.schema.table_map[key]
            out += [x for fk in table.foreign_keys if (x := self.fk_line(table, fk)) is not None]
        out += [x for i in self.implied
                if (x := self.fk_line(self.schema.table_map[i.table], i.foreign_key, True))]
        for key, (a, b) in sorted(self.assoc.items(), key=lambda kv: kv[0].sort_key()):
            name = self.schema.table_map[key].name
            out.append(f"  {self.ids[a.referred_table]} }}o--o{{ {self.ids[b.referred_table]} : "
                       f'"{mermaid_text(name)}"')
        for key in self.view_order:
            view = self.schema.view_map[key]
            for dep in view.depends_on:
                if dep in self.ids and dep != key:
                    out.append(f"  {self.ids[dep]} }}o..o{{ {self.ids[key]} : \"read by\"")
        out += self._classes()
        return MermaidDiagram(source="\n".join(out) + "\n", table_keys=tuple(self.drawn),
                              view_keys=tuple(self.view_order), notes=self.options.notes,
                              ids=dict(self.ids))

    def _classes(self) -> list[str]:
        members: dict[str, list[str]] = {}
        for key in [*self.drawn, *self.view_order]:
            state = self.marks.tables.get(key)
            cls = state or ("view" if key in self.view_order else None)
            if cls:
                members.setdefault(cls, []).append(self.ids[key])
        out = []
        for cls, style in CLASS_DEFS.items():
            if cls in members:
                out.append(f"  classDef {cls} {style}")
                out.append(f"  class {','.join(members[cls])} {cls}")
        return out


def build_mermaid(
    schema: Schema,
    keys: frozenset[TableKey],
    *,
    options: Options,
    marks: DiffMarks | None = None,
    implied: Sequence[ImpliedKey] = (),
) -> MermaidDiagram:
    """The Mermaid diagram of ``keys`` in ``schema``; see the module docstring."""
    return _Mermaid(schema, keys, options, marks, implied).run()
