"""The documented rule for implied foreign keys, case by case."""

from __future__ import annotations

from builders import col, fk, schema, table

from schemanb.erd.implied import infer_foreign_keys


def found(s):
    return sorted((str(i.table), i.foreign_key.columns[0], str(i.foreign_key.referred_table),
                   i.foreign_key.referred_columns) for i in infer_foreign_keys(s))


def test_stem_and_plural_forms_find_the_target_with_the_same_key_type():
    s = schema(
        table("customers", col("id"), pk=("id",)),
        table("category", col("id"), pk=("id",)),
        table("boxes", col("id"), pk=("id",)),
        table("companies", col("code", "TEXT"), pk=("code",)),
        table("orders", col("id"), col("customer_id"), col("CategoryID"), col("box_id"),
              col("company_id", "TEXT"), pk=("id",)),
    )
    assert found(s) == [
        ("orders", "CategoryID", "category", ("id",)),
        ("orders", "box_id", "boxes", ("id",)),
        ("orders", "company_id", "companies", ("code",)),
        ("orders", "customer_id", "customers", ("id",)),
    ]


def test_type_mismatch_declared_keys_and_own_primary_key_are_not_inferred():
    s = schema(
        table("users", col("id"), col("user_id"), pk=("user_id",)),  # its own PK
        table("teams", col("id", "TEXT"), pk=("id",)),
        table("members", col("id"), col("team_id"), col("user_id"), pk=("id",),
              fks=(fk("user_id", "users", "user_id"),)),
    )
    assert found(s) == []  # team_id is INTEGER but teams.id TEXT; user_id is declared


def test_composite_or_missing_primary_key_and_ambiguous_schemas_are_skipped():
    s = schema(
        table("accounts", col("a"), col("b"), pk=("a", "b")),
        table("notes", col("x")),
        table("tags", col("id"), pk=("id",), schema="s1"),
        table("tags", col("id"), pk=("id",), schema="s2"),
        table("items", col("id"), col("account_id"), col("note_id"), col("tag_id"), pk=("id",)),
    )
    assert found(s) == []


def test_same_schema_target_wins_over_other_schemas():
    s = schema(
        table("tags", col("id"), pk=("id",), schema="s1"),
        table("tags", col("id"), pk=("id",), schema="s2"),
        table("items", col("id"), col("tag_id"), pk=("id",), schema="s2"),
    )
    assert found(s) == [("s2.items", "tag_id", "s2.tags", ("id",))]


def test_self_reference_by_name_is_inferred():
    s = schema(table("node", col("id"), col("node_id"), pk=("id",)))
    assert found(s) == [("node", "node_id", "node", ("id",))]
