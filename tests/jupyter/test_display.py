"""HTML/text summaries of Schema, Table and SchemaDiff: counts, facts, escaping."""

from __future__ import annotations

import html
import re

import pytest
from builders import col, fk, index, schema, table
from hostile import HOSTILE_COMMENTS, HOSTILE_NAMES

import schemanb
from schemanb import display, model


def _shop() -> model.Schema:
    users = table("users", col("id", nullable=False), col("email", "TEXT"), pk=("id",))
    orders = table(
        "orders",
        col("id", nullable=False),
        col("user_id"),
        pk=("id",),
        fks=(fk("user_id", "users"),),
        indexes=(index("ix_orders_user", "user_id"),),
    )
    return schema(users, orders, dialect="sqlite")


def _text(markup: str) -> str:
    """The visible text of some markup (style block and tags removed, entities decoded)."""
    markup = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def test_schema_html_shows_counts_and_each_table():
    text = " ".join(_text(_shop()._repr_html_()).split())
    assert "2 tables" in text
    assert "4 columns" in text
    assert "1 foreign keys" in text
    assert "orders 2 id 1 1" in text
    assert "users 2 id 0 0" in text


def test_schema_html_is_cut_after_max_rows():
    many = schema(*(table(f"t{i:04d}", col("id")) for i in range(display.MAX_ROWS + 7)))
    markup = display.render_schema_html(many)
    assert markup.count("<tr>") == display.MAX_ROWS + 1  # header + rows
    assert "... and 7 more" in markup


def test_table_html_lists_columns_keys_and_indexes():
    text = " ".join(_text(_shop().table("orders")._repr_html_()).split())
    assert "id INTEGER NOT NULL PK" in text
    assert "user_id INTEGER FK" in text
    assert "FK (user_id) → users (id)" in text
    assert "index ix_orders_user (user_id)" in text


@pytest.mark.parametrize("name", HOSTILE_NAMES.values(), ids=HOSTILE_NAMES.keys())
def test_hostile_names_are_escaped(name):
    t = table(name, col(name, comment=name), pk=(name,), comment=name)
    s = schema(t)
    for markup in (display.render_schema_html(s), display.render_table_html(t)):
        assert "<script>" not in markup
        assert html.escape(name, quote=True) in markup
        assert name in _text(markup)


@pytest.mark.parametrize("comment", HOSTILE_COMMENTS.values(), ids=HOSTILE_COMMENTS.keys())
def test_hostile_comments_are_escaped(comment):
    t = table("t", col("c", comment=comment, default=comment), comment=comment)
    for markup in (display.render_schema_html(schema(t)), display.render_table_html(t)):
        assert "<script>" not in markup and "<img" not in markup and "<b>bold" not in markup
        assert comment in _text(markup)


def _drift(name: str):
    """A real diff: ``name`` loses a column, users gains one, users gets an index."""
    a = schema(table(name, col("id"), col("x", "TEXT")), table("users", col("id")),
               dialect="postgresql")
    b = schema(table(name, col("id")),
               table("users", col("id"), col("age"), indexes=(index("ix_users_age", "age"),)),
               dialect="postgresql")
    return schemanb.diff(a, b)


def test_diff_html_counts_by_risk_and_escapes():
    evil = HOSTILE_NAMES["markup"]
    diff = _drift(evil)
    markup = diff._repr_html_()
    text = " ".join(_text(markup).split())
    counts = display.risk_counts(diff.changes)
    assert f"{len(diff.changes)} changes in 2 tables" in text
    assert counts["destructive"] == 1
    for risk, n in counts.items():
        assert f"{risk} {n}" in text
    assert "x TEXT NULL" in text and "age INTEGER NULL" in text
    assert "<script>" not in markup
    assert html.escape(evil) in markup


def test_an_empty_diff_says_so():
    same = schema(table("t", col("id")))
    assert "no differences" in schemanb.diff(same, same)._repr_html_()
