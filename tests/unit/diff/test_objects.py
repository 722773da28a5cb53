"""Compare of the objects beyond tables (#10): each kind, risk, ignore by kind, schema map."""

from __future__ import annotations

import dataclasses

import pytest
from builders import col, schema, table

from schemanb import model
from schemanb.diff import Risk, diff
from schemanb.model import TableKey

T = table("Stock Items", col("id", nullable=False), col("n"), pk=("id",))


def S(**kw):  # type: ignore[no-untyped-def]
    return schema(T, dialect="postgresql", **kw)


def kinds(d):  # type: ignore[no-untyped-def]
    return [(c.kind.value, str(c.ref), c.risk.value) for c in d.changes]


BODY = "BEGIN\n  -- keep this comment\n  NEW.n := 1;\n  RETURN NEW;\nEND"
FN = model.Routine(name="set N", returns="trigger", language="plpgsql", definition=BODY)
TRG = model.Trigger(table="Stock Items", name="trg n", timing="BEFORE", events=("INSERT",),
                    definition='EXECUTE FUNCTION "set N"()', function=TableKey(None, "set N"))


def test_routines_are_keyed_by_identity_and_bodies_compare_without_whitespace() -> None:
    a = S(routines=(FN,))
    reflowed = dataclasses.replace(FN, definition="BEGIN -- keep this comment\n NEW.n := 1;   RETURN NEW;\nEND\n")
    assert diff(a, S(routines=(reflowed,))).is_empty
    changed = dataclasses.replace(FN, definition=BODY.replace(":= 1", ":= 2"))
    assert kinds(diff(a, S(routines=(changed,)))) == [("routine_changed", "set N()", "review")]
    overload = dataclasses.replace(FN, arguments="a integer")
    assert sorted(kinds(diff(a, S(routines=(overload,))))) == [
        ("routine_added", "set N(a integer)", "safe"), ("routine_dropped", "set N()", "review")]
    returns = dataclasses.replace(FN, returns="TRIGGER")
    assert diff(a, S(routines=(returns,))).is_empty  # type spelling folded


def test_triggers_follow_table_renames_and_compare_their_parts() -> None:
    a = S(triggers=(TRG,))
    assert kinds(diff(a, S(triggers=(dataclasses.replace(TRG, timing="AFTER"),)))) == [
        ("trigger_changed", "Stock Items.trg n", "review")]
    assert kinds(diff(a, S())) == [("trigger_dropped", "Stock Items.trg n", "review")]
    renamed_t = dataclasses.replace(T, name="Stock")
    b = schema(renamed_t, dialect="postgresql", triggers=(dataclasses.replace(TRG, table="Stock"),))
    d = diff(a, b, renames=[("Stock Items", "Stock", True)])
    assert [c.kind.value for c in d.changes] == ["table_renamed"]


def test_domains_composites_extensions_and_grants() -> None:
    dom = model.Domain(name="Pos", type_sql="integer",
                       checks=(model.CheckConstraint(name="pos", expression="VALUE > 0"),))
    comp = model.CompositeType(name="pair", attributes=(("a", "integer"), ("b", "text")))
    ext = model.Extension(name="citext", version="1.6")
    grant = model.Grant(object_name="Stock Items", grantee="reader", privilege="SELECT")
    a = S(domains=(dom,), composite_types=(comp,), extensions=(ext,), grants=(grant,))
    assert diff(a, a).is_empty
    b = S(
        domains=(dataclasses.replace(dom, checks=(model.CheckConstraint(name="pos", expression="(VALUE >= 0)"),)),),
        composite_types=(dataclasses.replace(comp, attributes=(("a", "INTEGER"), ("b", "varchar(5)"))),),
        extensions=(dataclasses.replace(ext, version="1.7"),),
        grants=(dataclasses.replace(grant, grantable=True),),
    )
    assert sorted(kinds(diff(a, b))) == [
        ("composite_changed", "pair", "review"),
        ("domain_changed", "Pos", "review"),
        ("extension_changed", "citext", "review"),
        ("grant_added", "Stock Items.SELECT to reader", "review"),
        ("grant_dropped", "Stock Items.SELECT to reader", "review"),
    ]
    assert sorted(c.kind.value for c in diff(S(), a).changes) == [
        "composite_added", "domain_added", "extension_added", "grant_added"]


def _partitioned(*parts: model.Partition, strategy: str = "RANGE") -> model.Table:
    return dataclasses.replace(T, partitioning=model.Partitioning(strategy=strategy, key="n", partitions=parts))


def test_partitions_by_name_and_partitioning_as_a_whole() -> None:
    p1 = model.Partition(name="p1", bound="FOR VALUES FROM (0) TO (10)")
    p2 = model.Partition(name="p2", bound="FOR VALUES FROM (10) TO (20)")
    a = schema(_partitioned(p1), dialect="postgresql")
    assert kinds(diff(a, schema(_partitioned(p1, p2), dialect="postgresql"))) == [
        ("partition_added", "Stock Items.p2", "safe")]
    assert kinds(diff(schema(_partitioned(p1, p2), dialect="postgresql"), a)) == [
        ("partition_dropped", "Stock Items.p2", "destructive")]
    moved = dataclasses.replace(p1, bound="FOR  VALUES FROM (0) TO (5)")
    assert kinds(diff(a, schema(_partitioned(moved), dialect="postgresql"))) == [
        ("partition_changed", "Stock Items.p1", "destructive")]
    # Re-created with its rows copied aside and back where the dialect can (PostgreSQL) ...
    assert kinds(diff(a, schema(_partitioned(p1, strategy="LIST"), dialect="postgresql"))) == [
        ("partitioning_changed", "Stock Items", "locking")]
    assert kinds(diff(a, S())) == [("partitioning_changed", "Stock Items", "locking")]
    # ... a manual migration elsewhere.
    on_mysql = schema(_partitioned(model.Partition(name="p0", bound="VALUES LESS THAN (10)")),
                      dialect="mysql")
    assert kinds(diff(on_mysql, schema(T, dialect="mysql"))) == [
        ("partitioning_changed", "Stock Items", "destructive")]


FK = model.ForeignKey(name="p1 fk", columns=("n",), referred_table=TableKey(None, "Stock Items"),
                      referred_columns=("id",))
IX = model.Index(name="p1 by n", expressions=("n",), is_expression=(False,))


def test_what_a_partition_owns_is_compared_on_the_partition() -> None:
    p1 = model.Partition(name="p1", bound="FOR VALUES FROM (0) TO (10)")
    owning = dataclasses.replace(p1, foreign_keys=(FK,), indexes=(IX,))
    a = schema(_partitioned(p1), dialect="postgresql")
    b = schema(_partitioned(owning), dialect="postgresql")
    assert sorted(kinds(diff(a, b))) == [
        ("foreign_key_added", "p1.p1 fk", "review"), ("index_added", "p1.p1 by n", "safe")]
    assert sorted(kinds(diff(b, a))) == [
        ("foreign_key_dropped", "p1.p1 fk", "safe"), ("index_dropped", "p1.p1 by n", "safe")]
    # What it inherits is not in the snapshot: a partition whose bound moves is re-created.
    moved = dataclasses.replace(owning, bound="FOR VALUES FROM (0) TO (5)")
    assert kinds(diff(b, schema(_partitioned(moved), dialect="postgresql"))) == [
        ("partition_changed", "Stock Items.p1", "destructive")]


def test_sub_partitions_are_compared_inside_their_partition() -> None:
    sub = model.Partitioning(strategy="LIST", key="n", partitions=(
        model.Partition(name="p1 a", bound="FOR VALUES IN (1)"),))
    p1 = model.Partition(name="p1", bound="FOR VALUES FROM (0) TO (10)", partitioning=sub)
    more = dataclasses.replace(p1, partitioning=dataclasses.replace(sub, partitions=(
        *sub.partitions, model.Partition(name="p1 b", bound="FOR VALUES IN (2)", indexes=(IX,)))))
    a, b = schema(_partitioned(p1), dialect="postgresql"), schema(_partitioned(more), dialect="postgresql")
    assert kinds(diff(a, b)) == [("partition_added", "p1.p1 b", "safe")]
    assert TableKey(None, "p1 b") in b.partition_map
    # Another sub-partitioning scheme re-creates the partition.
    other = dataclasses.replace(p1, partitioning=dataclasses.replace(sub, strategy="HASH"))
    assert kinds(diff(a, schema(_partitioned(other), dialect="postgresql"))) == [
        ("partition_changed", "Stock Items.p1", "destructive")]


def test_a_table_that_becomes_a_partition_is_attached_and_back() -> None:
    p1 = model.Partition(name="p1", bound="FOR VALUES FROM (0) TO (10)",
                         inherited=(("p", "p1_pkey", ("id",)),))
    alone = table("p1", col("id", nullable=False), col("n"), pk=("id",))
    a = schema(_partitioned(), alone, dialect="postgresql")
    b = schema(_partitioned(p1), dialect="postgresql")
    attached = kinds(diff(a, b))
    assert ("partition_attached", "Stock Items.p1", "review") in attached
    assert not [k for k in attached if k[0] in ("table_dropped", "table_renamed", "partition_added")]
    detached = kinds(diff(b, a))
    assert detached == [("partition_detached", "Stock Items.p1", "review")], (
        "the clone of the parent's key it keeps is the key the table has")


def test_portable_skips_kinds_one_dialect_lacks() -> None:
    a = schema(T, dialect="postgresql", routines=(FN,), triggers=(TRG,))
    b = schema(T, dialect="sqlite")
    assert [c.kind.value for c in diff(a, b, portable=True).changes] == ["trigger_dropped"]


@pytest.mark.parametrize(("ignore", "left"), [
    (["grants"], {"routine_changed", "trigger_changed"}),
    (["grants,owners"], {"routine_changed", "trigger_changed"}),
    (["owners"], {"routine_changed", "trigger_changed", "grant_added"}),
    (["functions", "triggers"], {"grant_added"}),
    (["procedures"], {"routine_changed", "trigger_changed", "grant_added"}),
    (["routines,grants"], {"trigger_changed"}),
    (["kind:trigger_*"], {"routine_changed", "grant_added"}),
    (["Stock Items"], {"routine_changed"}),
])
def test_ignore_by_kind_word(ignore, left) -> None:  # type: ignore[no-untyped-def]
    a = S(routines=(FN,), triggers=(TRG,))
    b = S(routines=(dataclasses.replace(FN, volatility="STABLE"),),
          triggers=(dataclasses.replace(TRG, events=("INSERT", "UPDATE")),),
          grants=(model.Grant(object_name="Stock Items", grantee="r", privilege="SELECT"),))
    assert {c.kind.value for c in diff(a, b, ignore=ignore).changes} == left


def test_a_table_named_like_a_kind_is_ignored_with_table_prefix() -> None:
    views = table("views", col("id"))
    a, b = schema(views), schema(dataclasses.replace(views, comment="hits"))
    assert not diff(a, b).is_empty
    assert not diff(a, b, ignore=["views"]).is_empty  # the word means view changes
    assert diff(a, b, ignore=["table:views"]).is_empty


def test_schema_map_moves_every_kind_of_object() -> None:
    def objects(s: str | None) -> model.Schema:
        fk = model.ForeignKey(columns=("id",), referred_table=TableKey(s, "t"), referred_columns=("id",))
        sub = model.Partitioning(strategy="LIST", key="id", partitions=(
            model.Partition(name="p1 a", bound="FOR VALUES IN (1)", schema=s, foreign_keys=(fk,)),))
        parts = model.Partitioning(strategy="RANGE", key="id", partitions=(
            model.Partition(name="p1", bound="FOR VALUES FROM (0) TO (9)", schema=s, partitioning=sub),))
        return schema(
            table("t", col("id"), schema=s), table("parted", col("id"), schema=s, partitioning=parts),
            dialect="postgresql",
            routines=(dataclasses.replace(FN, schema=s),),
            triggers=(model.Trigger(schema=s, table="t", name="x", timing="AFTER", events=("INSERT",),
                                    definition="EXECUTE FUNCTION f()", function=TableKey(s, "set N")),),
            domains=(model.Domain(schema=s, name="d", type_sql="int"),),
            composite_types=(model.CompositeType(schema=s, name="c"),),
            grants=(model.Grant(schema=s, object_name="t", grantee="g", privilege="SELECT"),),
            views=(model.View(schema=s, name="v", definition="SELECT 1",
                              depends_on=(TableKey(s, "t"),)),),
        )
    assert diff(objects("app"), objects("app_v2"), schema_map={"app": "app_v2"}).is_empty
    assert not diff(objects("app"), objects("app_v2")).is_empty


def test_every_object_kind_reads_in_the_text_output() -> None:
    b = S(routines=(FN,), triggers=(TRG,), grants=(model.Grant(object_name="Stock Items", grantee="r", privilege="SELECT"),))
    text = diff(S(), b).to_text()
    assert "FUNCTION set N() RETURNS trigger" in text
    assert "BEFORE INSERT FOR EACH ROW" in text
    assert "SELECT ON table Stock Items TO r" in text
    assert all(c.risk is not Risk.DESTRUCTIVE for c in diff(S(), b).changes)
