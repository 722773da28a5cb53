"""The extra-metadata file: comments, relations and groups merged into a snapshot."""

from __future__ import annotations

import pytest
from builders import col, fk, schema, table

from schemanb import diff
from schemanb.extra import ExtraMetadataError, apply_extra, is_extra_relation, load_extra
from schemanb.lint import find
from schemanb.model import TableKey

BASE = schema(
    table("customers", col("id", nullable=False), pk=("id",)),
    table("orders", col("id", nullable=False), col("customer_ref"), col("status", "TEXT"),
          pk=("id",)),
)

TOML = """
[tables.orders]
comment = "One row per checkout"
[tables.orders.columns]
status = "new, paid or <b>shipped</b>"

[[relations]]
table = "orders"
columns = ["customer_ref"]
referred_table = "customers"

[[groups]]
name = "Sales"
tables = ["orders", "customers"]
"""


def write(tmp_path, text: str):
    path = tmp_path / "meta.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_extra_adds_comments_relations_and_groups(tmp_path) -> None:
    extra = load_extra(write(tmp_path, TOML))
    merged = apply_extra(BASE, extra)
    orders = merged.table("orders")
    assert orders.comment == "One row per checkout"
    assert orders.column("status").comment == "new, paid or <b>shipped</b>"
    (rel,) = orders.foreign_keys
    assert is_extra_relation(rel) and rel.referred_columns == ("id",)
    assert rel.referred_table == TableKey(None, "customers")
    assert extra.groups[0].tables == (TableKey(None, "orders"), TableKey(None, "customers"))
    assert BASE.table("orders").foreign_keys == ()  # the input is not mutated
    # the declared relation satisfies lint's implied-relation rule... and fk index rule sees it
    assert [f.rule for f in find(merged, rules=["fk_without_index"])] == ["fk_without_index"]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('[tables.nope]\ncomment = "x"\n', "no table nope"),
        ('[tables.orders.columns]\nnope = "x"\n', "no column 'nope'"),
        ('[[relations]]\ntable = "orders"\ncolumns = ["x"]\nreferred_table = "customers"\n',
         "do not match"),
        ('[[relations]]\ntable = "orders"\n', "missing 'columns'"),
        ('[colours]\n', "unknown section(s) colours"),
        ('tables = [', "not valid TOML"),
    ],
)
def test_bad_metadata_is_one_clear_error(tmp_path, text: str, needle: str) -> None:
    with pytest.raises(ExtraMetadataError) as info:
        apply_extra(BASE, load_extra(write(tmp_path, text)))
    assert needle in str(info.value)


DECLARED = schema(
    table("customers", col("id", nullable=False), pk=("id",)),
    table("orders", col("id", nullable=False), col("customer_ref"), col("status", "TEXT"),
          pk=("id",), fks=(fk("customer_ref", "customers", name="orders_customer_fk"),)),
    dialect="postgresql",
)


def test_a_relation_repeating_a_declared_foreign_key_is_shown_once(tmp_path) -> None:
    merged = apply_extra(DECLARED, load_extra(write(tmp_path, TOML)))
    assert [f.name for f in merged.table("orders").foreign_keys] == ["orders_customer_fk"]


def test_metadata_is_never_a_change_nor_ddl(tmp_path) -> None:
    """`schemanb docs pa.json --baseline pa.json --metadata meta.toml` showed 2 changes with
    COMMENT ON TABLE and ADD CONSTRAINT "extra:..." in the migration SQL."""
    from schemanb.site.build import _apply_metadata
    from schemanb.site.context import SiteContext
    from schemanb.site.pages import render_changes

    schema_, base, _ = _apply_metadata(BASE, BASE, write(tmp_path, TOML))
    assert base is not None and base.table("orders").comment == "One row per checkout"
    page = render_changes(SiteContext(schema=schema_, title="t", baseline=base))
    assert "COMMENT ON" not in page and "extra:" not in page and "ADD CONSTRAINT" not in page
    assert not diff(base, schema_).changes
    # a relation on one side only (a snapshot saved with metadata) is no change either
    one_sided = diff(BASE, schema_)
    assert sorted(c.kind.value for c in one_sided.changes) == ["column_comment_changed",
                                                               "table_comment_changed"]
    assert "extra:" not in one_sided.to_sql("postgresql")


def test_a_baseline_lacking_some_tables_gets_the_metadata_that_fits(tmp_path) -> None:
    older = schema(table("orders", col("id", nullable=False), pk=("id",)))
    merged = apply_extra(older, load_extra(write(tmp_path, TOML)), strict=False)
    assert merged.table("orders").comment == "One row per checkout"
    assert merged.table("orders").foreign_keys == ()
