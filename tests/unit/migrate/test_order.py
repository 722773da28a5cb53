"""order: phases, FK order of creates and drops, FK cycles broken by ALTER."""

from __future__ import annotations

from builders import col, fk, table

from schemanb.migrate.ops import Step
from schemanb.migrate.order import Phase, cycle_fks, order_steps
from schemanb.model import TableKey


def _key(name: str) -> TableKey:
    return TableKey(None, name)


def test_two_table_cycle_breaks_one_fk() -> None:
    emp = table("emp", col("id"), col("dept_id"), pk=("id",), fks=(fk("dept_id", "dept"),))
    dept = table("dept", col("id"), col("head_id"), pk=("id",), fks=(fk("head_id", "emp"),))
    removed = cycle_fks([emp, dept])
    assert len(removed) == 1
    assert removed[0][0] in (_key("emp"), _key("dept"))


def test_self_reference_and_chains_need_no_break() -> None:
    node = table("node", col("id"), col("parent"), pk=("id",), fks=(fk("parent", "node"),))
    leaf = table("leaf", col("id"), col("node_id"), pk=("id",), fks=(fk("node_id", "node"),))
    assert cycle_fks([node, leaf]) == []


def test_tables_are_created_after_the_tables_they_refer_to() -> None:
    steps = [
        Step("create c", Phase.CREATE_TABLES, ("create", "c"), _key("c"), (_key("b"),)),
        Step("create b", Phase.CREATE_TABLES, ("create", "b"), _key("b"), (_key("a"),)),
        Step("create a", Phase.CREATE_TABLES, ("create", "a"), _key("a")),
    ]
    assert [s.op for s in order_steps(steps)] == ["create a", "create b", "create c"]


def test_tables_are_dropped_before_the_tables_they_refer_to() -> None:
    steps = [
        Step("drop a", Phase.DROP_TABLES, ("drop", "a"), _key("a")),
        Step("drop b", Phase.DROP_TABLES, ("drop", "b"), _key("b"), (_key("a"),)),
    ]
    assert [s.op for s in order_steps(steps)] == ["drop b", "drop a"]


def test_phases_run_in_order_whatever_the_input_order() -> None:
    steps = [
        Step("create view", Phase.CREATE_VIEWS, ("v",)),
        Step("add fk", Phase.ADD_FKS, ("f",)),
        Step("drop fk", Phase.DROP_FKS, ("df",)),
        Step("drop view", Phase.DROP_VIEWS, ("dv",)),
        Step("rename", Phase.RENAME_TABLES, ("r",)),
    ]
    assert [s.op for s in order_steps(steps)] == ["drop view", "drop fk", "rename", "add fk", "create view"]


def test_explicit_after_keys_are_honoured_within_a_phase() -> None:
    steps = [
        Step("add back", Phase.ALTER, ("add",), after=(("drop",),)),
        Step("drop first", Phase.ALTER, ("drop",)),
    ]
    assert [s.op for s in order_steps(steps)] == ["drop first", "add back"]
