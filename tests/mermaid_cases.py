"""Schemas whose Mermaid diagrams and Markdown docs must survive: hostile names, many tables.

Shared by the unit tests (structure, escaping) and the browser test that renders
every diagram with Mermaid's own parser (``tests/browser/test_mermaid.py``).
"""

from __future__ import annotations

from builders import col, fk, index, schema, table
from hostile import HOSTILE_COMMENTS, HOSTILE_NAMES

from schemanb import model
from schemanb.model import TableKey

#: Names Mermaid's erDiagram grammar cannot take as they are, on top of HOSTILE_NAMES.
MERMAID_HOSTILE = [
    "end", "style", "class", "classDef", "one", "many", "to", "erDiagram", "PK",
    'a"b', "x#quot;y", "#35;", "表格", "1st table", "a|b`c*d", "line\nbreak", "[brackets]",
    "%%{init}%%", "a.b", "Orders", "orders", "a b", "a_b", "CON", "README",
]


def hostile_names() -> list[str]:
    return list(dict.fromkeys([*HOSTILE_NAMES.values(), *MERMAID_HOSTILE]))


def hostile_schema() -> model.Schema:
    """A table per hostile name (columns named the same, commented with hostile text),
    each referring to the next, a self-reference, a view reading two of them, and a
    second schema whose table has a hostile name too."""
    names = hostile_names()
    comments = list(HOSTILE_COMMENTS.values())
    tables = []
    for i, name in enumerate(names):
        nxt = names[(i + 1) % len(names)]
        cols = [
            col("id", nullable=False),
            col(name, "character varying(20)", comment=comments[i % len(comments)]),
            col(f"{nxt}_ref", "NUMERIC(10, 2)", nullable=i % 2 == 0),
        ]
        if name not in ("id", "PK"):
            cols.append(col("PK", "TEXT"))
        tables.append(table(
            name, *cols, pk=("id",),
            fks=(fk(f"{nxt}_ref", nxt),),
            indexes=(index(f"ix {name}", f"{nxt}_ref", unique=i % 3 == 0),),
            comment=comments[(i + 1) % len(comments)],
        ))
    tables.append(table(names[0], col("id", nullable=False), col("parent", nullable=True),
                        pk=("id",), fks=(fk("parent", names[0], schema="other schema"),),
                        schema="other schema", comment="in another schema"))
    view = model.View(name='v "end" <b>', definition=f'SELECT * FROM "{names[1]}"',
                      columns=(col("end", "TEXT", comment="a | b"),), comment=comments[0],
                      depends_on=(TableKey(None, names[1]), TableKey(None, names[2])))
    return schema(*tables, dialect="postgresql", views=(view,))


def wide_schema(n: int = 300) -> model.Schema:
    """``n`` tables in a chain of foreign keys, every fifth one also pointing at table 0."""
    tables = []
    for i in range(n):
        fks = [fk("prev_id", f"t{i - 1:04d}")] if i else []
        if i and i % 5 == 0:
            fks.append(fk("root_id", "t0000"))
        tables.append(table(f"t{i:04d}", col("id", nullable=False), col("prev_id"),
                            col("root_id", nullable=False), col("name", "TEXT"),
                            pk=("id",), fks=tuple(fks)))
    return schema(*tables, dialect="sqlite")
