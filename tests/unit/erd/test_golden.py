"""Golden DOT files (tests/golden/dot/): compared, then rendered with ``dot`` and parsed.

A missing golden file is written and the test fails until a person has reviewed
it; ``pytest --update-golden`` rewrites them on purpose.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from builders import col, fk, schema, table
from erd_helpers import before_after, render, shop
from hostile import HOSTILE_COMMENTS, HOSTILE_NAMES
from objects_snapshot import objects_schema

import schemanb

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "dot"


def hostile():
    names = list(HOSTILE_NAMES.values())
    comments = list(HOSTILE_COMMENTS.values())
    cols = [col(n, comment=comments[i % len(comments)]) for i, n in enumerate(names)]
    return schema(
        table(names[7], *cols, pk=(names[0],), comment=comments[0], schema=names[1]),
        table(names[2], col("id"), col("x_id"), pk=("id",), comment=comments[3],
              fks=(fk("x_id", names[7], names[0], schema=names[1]),), schema=names[1]),
    )


def m2m_implied():
    return schema(
        table("posts", col("id"), col("author_id"), pk=("id",)),
        table("authors", col("id"), col("bio", "TEXT"), pk=("id",)),
        table("tags", col("id"), col("label", "TEXT"), pk=("id",)),
        table("post_tags", col("post_id"), col("tag_id"), pk=("post_id", "tag_id"),
              fks=(fk("post_id", "posts"), fk("tag_id", "tags"))),
    )


CASES = {
    "shop": lambda: schemanb.erd(shop()),
    "shop_keys_focus": lambda: schemanb.erd(shop(), focus="orders", columns="keys"),
    "hostile": lambda: schemanb.erd(hostile(), url_template="t/{schema}/{table}.html"),
    "diff": lambda: schemanb.erd(before_after(), depth=1),
    "m2m_implied": lambda: schemanb.erd(m2m_implied(), collapse_m2m=True, implied=True),
    "views_partitions": lambda: schemanb.erd(objects_schema(), url_template="p/{key}.html"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_dot(name, update_golden):
    graph = CASES[name]()
    source = graph.source
    path = GOLDEN / f"{name}.dot"
    svg = render(graph)  # the golden text is also laid out by the real dot
    ET.fromstring(svg.text)
    if update_golden or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"wrote missing golden file {path.name}: review it, then rerun")
    assert source == path.read_text(encoding="utf-8")
