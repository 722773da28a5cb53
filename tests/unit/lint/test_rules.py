"""Each lint rule: a schema that triggers it and one that does not (issue 7)."""

from __future__ import annotations

import pytest
from builders import col, fk, index, schema, table

from schemanb.lint import RULES, find
from schemanb.model import UniqueConstraint


def ids(name: str = "id") -> object:
    return col(name, nullable=False)


# rule -> (a schema that triggers it, the object it names, a schema that does not)
CASES = {
    "no_primary_key": (
        schema(table("log", ids(), col("msg", "TEXT"))),
        "log",
        schema(table("log", ids(), col("msg", "TEXT"), pk=("id",))),
    ),
    "fk_without_index": (
        schema(
            table("users", ids(), pk=("id",)),
            table("orders", ids(), col("user_id"), pk=("id",), fks=(fk("user_id", "users"),)),
        ),
        "orders.user_id",
        schema(
            table("users", ids(), pk=("id",)),
            table(
                "orders", ids(), col("user_id"), pk=("id",), fks=(fk("user_id", "users"),),
                indexes=(index("ix_orders_user", "user_id", "id"),),
            ),
        ),
    ),
    "nullable_unique": (
        schema(table("u", ids(), col("email", "TEXT"), pk=("id",),
                     indexes=(index("ux_email", "email", unique=True),))),
        "u.ux_email",
        schema(table("u", ids(), col("email", "TEXT", nullable=False), pk=("id",),
                     indexes=(index("ux_email", "email", unique=True),))),
    ),
    "fk_type_mismatch": (
        schema(
            table("users", col("id", "BIGINT", nullable=False), pk=("id",)),
            table("orders", ids(), col("user_id", "INTEGER"), pk=("id",),
                  fks=(fk("user_id", "users"),)),
        ),
        "orders.user_id",
        schema(
            table("users", col("id", "BIGINT", nullable=False), pk=("id",)),
            table("orders", ids(), col("user_id", "bigint"), pk=("id",),
                  fks=(fk("user_id", "users"),)),
        ),
    ),
    "inconsistent_column_type": (
        schema(table("a", col("code", "VARCHAR(10)")), table("b", col("code", "VARCHAR(20)"))),
        "code",
        schema(table("a", col("code", "VARCHAR(10)")), table("b", col("code", "varchar(10)"))),
    ),
    "redundant_index": (
        schema(table("t", ids(), col("a"), col("b"), pk=("id",),
                     indexes=(index("ix_a", "a"), index("ix_a_b", "a", "b")))),
        "t.ix_a",
        schema(table("t", ids(), col("a"), col("b"), pk=("id",),
                     indexes=(index("ix_b", "b"), index("ix_a_b", "a", "b")))),
    ),
    "no_indexes": (
        schema(table("t", ids())),
        "t",
        schema(table("t", ids(), indexes=(index("ix_id", "id"),))),
    ),
    "single_column_table": (
        schema(table("t", ids(), pk=("id",))),
        "t",
        schema(table("t", ids(), col("x"), pk=("id",))),
    ),
    "all_nullable_table": (
        schema(table("t", col("a"), col("b"))),
        "t",
        schema(table("t", col("a", nullable=False), col("b"))),
    ),
    "incrementing_columns": (
        schema(table("person", ids(), col("phone1", "TEXT"), col("phone2", "TEXT"))),
        "person.phone1",
        schema(table("person", ids(), col("phone1", "TEXT"), col("mobile", "TEXT"))),
    ),
    "string_default_null": (
        schema(table("t", ids(), col("note", "TEXT", default="'NULL'"))),
        "t.note",
        schema(table("t", ids(), col("note", "TEXT", default="NULL"))),
    ),
    "fk_cycle": (
        schema(
            table("a", ids(), col("b_id"), pk=("id",), fks=(fk("b_id", "b"),)),
            table("b", ids(), col("a_id"), pk=("id",), fks=(fk("a_id", "a"),)),
        ),
        "a",
        schema(
            table("a", ids(), pk=("id",)),
            table("b", ids(), col("a_id"), pk=("id",), fks=(fk("a_id", "a"),)),
        ),
    ),
    "name_needs_quotes": (
        schema(table("Order Items", ids())),
        "Order Items",
        schema(table("order_items", ids())),
    ),
    "reserved_word": (
        schema(table("t", ids(), col("select", "TEXT"))),
        "t.select",
        schema(table("t", ids(), col("selection", "TEXT"))),
    ),
    "table_without_comment": (
        schema(table("t", ids()), table("u", ids(), comment="documented")),
        "t",
        schema(table("t", ids(), comment="documented")),
    ),
    "column_without_comment": (
        schema(table("t", col("id", comment="key"), col("x"))),
        "t",
        schema(table("t", col("id", comment="key"), col("x", comment="an x"))),
    ),
    "implied_relation": (
        schema(table("customers", ids(), pk=("id",)),
               table("orders", ids(), col("customer_id"), pk=("id",))),
        "orders.customer_id",
        schema(table("customers", ids(), pk=("id",)),
               table("orders", ids(), col("customer_id"), pk=("id",),
                     fks=(fk("customer_id", "customers"),))),
    ),
    "too_many_columns": (
        schema(table("wide", ids(), *(col(f"c{i}") for i in range(20)), pk=("id",))),
        "wide",
        schema(table("narrow", ids(), *(col(f"c{i}") for i in range(19)), pk=("id",))),
    ),
    "nullable_fk_column": (
        schema(table("users", ids(), pk=("id",)),
               table("orders", ids(), col("user_id"), pk=("id",), fks=(fk("user_id", "users"),))),
        "orders.user_id",
        schema(table("users", ids(), pk=("id",)),
               table("orders", ids(), col("user_id", nullable=False), pk=("id",),
                     fks=(fk("user_id", "users"),))),
    ),
    "useless_surrogate_key": (
        schema(table("tags", ids(), col("a", nullable=False), col("b", nullable=False), pk=("id",),
                     unique_constraints=(UniqueConstraint(columns=("b", "a")),))),
        "tags.id",
        schema(table("tags", ids(), col("a", nullable=False), col("b"), pk=("id",),
                     unique_constraints=(UniqueConstraint(columns=("a",)),))),
    ),
    "fk_like_column_without_fk": (
        schema(table("orders", ids(), col("warehouse_id"), pk=("id",))),
        "orders.warehouse_id",
        schema(table("orders", ids(), col("warehouse_code"), pk=("id",))),
    ),
    "pk_not_first": (
        schema(table("t", col("name", "TEXT"), ids(), pk=("id",))),
        "t",
        schema(table("t", ids(), col("name", "TEXT"), pk=("id",))),
    ),
    "fk_self_reference": (
        schema(table("node", ids(), col("parent_id"), pk=("id",), fks=(fk("parent_id", "node"),))),
        "node.parent_id",
        schema(table("node", ids(), col("parent_id"), pk=("id",))),
    ),
}


def test_there_are_at_least_22_rules() -> None:
    find(schema())
    assert len(RULES) >= 22


def test_every_rule_has_a_docs_entry() -> None:
    from pathlib import Path

    find(schema())
    doc = (Path(__file__).resolve().parents[3] / "docs" / "lint.md").read_text()
    missing = [name for name in RULES if f"| `{name}` |" not in doc]
    assert missing == [], f"rules without a row in docs/lint.md: {missing}"


def test_every_rule_has_a_case() -> None:
    find(schema())  # registers the rules
    assert set(CASES) == set(RULES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_triggers(rule: str) -> None:
    bad, obj, _ = CASES[rule]
    found = find(bad, rules=[rule])
    assert [f.object for f in found if f.object == obj] == [obj], found
    assert {f.rule for f in found} == {rule}
    assert all(f.severity == RULES[rule].severity and f.message for f in found)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_quiet_on_clean_schema(rule: str) -> None:
    _, _, good = CASES[rule]
    assert find(good, rules=[rule]) == []


def test_fk_cycle_names_both_tables_and_ignores_self_reference_by_default() -> None:
    bad = CASES["fk_cycle"][0]
    assert sorted(f.object for f in find(bad, rules=["fk_cycle"])) == ["a", "b"]
    selfref = schema(table("node", ids(), col("parent_id"), pk=("id",),
                           fks=(fk("parent_id", "node"),)))
    assert find(selfref, rules=["fk_cycle"]) == []
    opt = {"fk_cycle": {"include_self_references": True}}
    assert [f.object for f in find(selfref, rules=["fk_cycle"], config=opt)] == ["node"]


def test_redundant_index_duplicate_reports_one_of_the_pair_and_pk_duplicates() -> None:
    s = schema(table("t", ids(), col("a"), pk=("id",),
                     indexes=(index("ix1", "a"), index("ix2", "a"), index("ix_id", "id"))))
    objects = sorted(f.object for f in find(s, rules=["redundant_index"]))
    assert objects == ["t.ix2", "t.ix_id"]


def test_unique_prefix_index_is_not_redundant() -> None:
    s = schema(table("t", ids(), col("a"), col("b"), pk=("id",),
                     indexes=(index("ux_a", "a", unique=True), index("ix_a_b", "a", "b"))))
    assert find(s, rules=["redundant_index"]) == []


def test_nullable_unique_constraint_is_found() -> None:
    t = table("t", ids(), col("code", "TEXT"), pk=("id",),
              unique_constraints=(UniqueConstraint(name="uq_code", columns=("code",)),))
    assert [f.object for f in find(schema(t), rules=["nullable_unique"])] == ["t.uq_code"]


def test_comment_coverage_is_in_the_message() -> None:
    bad = CASES["table_without_comment"][0]
    (finding,) = find(bad, rules=["table_without_comment"])
    assert "1 of 2, 50%" in finding.message
