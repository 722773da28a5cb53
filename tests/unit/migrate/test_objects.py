"""Migration of the objects beyond tables (#10): dependency order, dependants, refusals.

Snapshots are built by hand and diffed with :func:`schemanb.diff`; the SQL comes
from the PostgreSQL dialect's DDL (pure), so the order of statements is what
is checked here; tests/convergence/test_objects.py applies them for real.
"""

from __future__ import annotations

import dataclasses

import pytest
from builders import col, schema, table

from schemanb import model
from schemanb.diff import diff
from schemanb.errors import MigrationError
from schemanb.migrate.sql import render_statements
from schemanb.model import ColumnRef, TableKey

LINES = table("Order Lines", col("id", nullable=False), col("Qty"), col("note", "TEXT"), pk=("id",))
LK = LINES.key
BIG = model.View(name="big Lines", definition='SELECT id, "Qty" FROM "Order Lines"',
                 depends_on=(LK,), depends_on_columns=(ColumnRef(LK, "id"), ColumnRef(LK, "Qty")))
TOP = model.View(name="top", definition='SELECT "Qty" FROM "big Lines"', depends_on=(BIG.key,),
                 depends_on_columns=(ColumnRef(BIG.key, "Qty"),))
NOTES = model.View(name="notes", definition='SELECT note FROM "Order Lines"', depends_on=(LK,),
                   depends_on_columns=(ColumnRef(LK, "note"),))


def sql(a: model.Schema, b: model.Schema, direction: str = "upgrade") -> list[str]:
    return [s.sql for s in render_statements(diff(a, b), "postgresql", direction)]  # type: ignore[arg-type]


def at(statements: list[str], *needles: str) -> int:
    hits = [i for i, s in enumerate(statements) if all(n in s for n in needles)]
    assert hits, f"no statement with {needles} in {statements}"
    return hits[0]


def pg(*tables: model.Table, **kw: object) -> model.Schema:
    return schema(*tables, dialect="postgresql", **kw)


def test_views_over_a_retyped_column_are_dropped_before_and_created_after() -> None:
    retyped = dataclasses.replace(LINES, columns=(LINES.columns[0], col("Qty", "BIGINT"), LINES.columns[2]))
    views = (BIG, NOTES, TOP)
    up = sql(pg(LINES, views=views), pg(retyped, views=views))
    alter = at(up, "ALTER TABLE", "BIGINT")
    assert at(up, "DROP VIEW top") < at(up, "DROP VIEW", '"big Lines"') < alter
    assert alter < at(up, "CREATE VIEW", '"big Lines"') < at(up, "CREATE VIEW top")
    assert not any('"notes"' in s for s in up)  # reads another column: left alone
    down = sql(pg(LINES, views=views), pg(retyped, views=views), "downgrade")
    assert at(down, "DROP VIEW", '"big Lines"') < at(down, "ALTER TABLE") < at(down, "CREATE VIEW", '"big Lines"')


def test_a_view_without_column_dependencies_falls_back_to_its_tables() -> None:
    loose = dataclasses.replace(NOTES, depends_on_columns=())
    retyped = dataclasses.replace(LINES, columns=(*LINES.columns[:2], col("note", "VARCHAR(40)")))
    up = sql(pg(LINES, views=(loose,)), pg(retyped, views=(loose,)))
    assert at(up, "DROP VIEW notes") < at(up, "ALTER TABLE") < at(up, "CREATE VIEW notes")


FN = model.Routine(name="set N", returns="trigger", language="plpgsql",
                   definition="BEGIN NEW.n := 1; RETURN NEW; END")
TRG = model.Trigger(table="Order Lines", name="trg n", timing="BEFORE", events=("INSERT",),
                    definition='EXECUTE FUNCTION "set N"()', function=TableKey(None, "set N"))


def test_a_trigger_is_created_after_its_function() -> None:
    up = sql(pg(LINES), pg(LINES, routines=(FN,), triggers=(TRG,)))
    assert at(up, "CREATE FUNCTION", '"set N"') < at(up, "CREATE TRIGGER", '"trg n"')
    down = sql(pg(LINES), pg(LINES, routines=(FN,), triggers=(TRG,)), "downgrade")
    assert at(down, "DROP TRIGGER") < at(down, "DROP FUNCTION")


def test_a_function_body_change_replaces_it_in_place() -> None:
    changed = dataclasses.replace(FN, definition="BEGIN NEW.n := 2; RETURN NEW; END")
    up = sql(pg(LINES, routines=(FN,), triggers=(TRG,)), pg(LINES, routines=(changed,), triggers=(TRG,)))
    assert len(up) == 1 and up[0].startswith("CREATE OR REPLACE FUNCTION") and ":= 2" in up[0]


def test_a_function_re_created_takes_its_triggers_along() -> None:
    other = dataclasses.replace(FN, language="sql", definition="SELECT 1")
    a = pg(LINES, routines=(FN,), triggers=(TRG,))
    up = sql(a, pg(LINES, routines=(other,), triggers=(TRG,)))
    order = [at(up, "DROP TRIGGER"), at(up, "DROP FUNCTION"), at(up, "CREATE FUNCTION"),
             at(up, "CREATE TRIGGER")]
    assert order == sorted(order)


def test_partitions_come_after_their_parent_and_repartitioning_keeps_the_rows() -> None:
    parts = (model.Partition(name="p 2024", bound="FOR VALUES FROM (0) TO (10)"),)
    events = table("Events", col("id", nullable=False), col("at"),
                   partitioning=model.Partitioning(strategy="RANGE", key="at", partitions=parts))
    up = sql(pg(), pg(events))
    assert at(up, "CREATE TABLE", "PARTITION BY RANGE (at)") < at(up, '"p 2024"', "PARTITION OF")
    down = sql(pg(), pg(events), "downgrade")
    assert at(down, "DROP TABLE", '"p 2024"') < at(down, "DROP TABLE", '"Events"')
    relisted = dataclasses.replace(events, partitioning=model.Partitioning(strategy="LIST", key="at"))
    up = sql(pg(events), pg(relisted))
    assert (at(up, 'CREATE TABLE "Events__schemanb_rows" AS SELECT * FROM "Events"')
            < at(up, 'DROP TABLE "p 2024"') < at(up, 'DROP TABLE "Events"')
            < at(up, "PARTITION BY LIST (at)")
            < at(up, 'INSERT INTO "Events" (id, at) SELECT id, at FROM "Events__schemanb_rows"')
            < at(up, 'DROP TABLE "Events__schemanb_rows"'))
    down = sql(pg(events), pg(relisted), "downgrade")
    assert at(down, "PARTITION BY RANGE (at)") < at(down, '"p 2024"', "PARTITION OF") < at(down, "INSERT INTO")


def test_repartitioning_is_refused_where_rows_cannot_be_kept() -> None:
    parts = (model.Partition(name="p0", bound="VALUES LESS THAN (10)"),)
    events = table("Events", col("id", nullable=False),
                   partitioning=model.Partitioning(strategy="RANGE", key="id", partitions=parts))
    plain = dataclasses.replace(events, partitioning=None)
    on = dict(dialect="mysql")
    with pytest.raises(MigrationError, match='re-partitioning Events needs a manual migration'):
        render_statements(diff(schema(events, **on), schema(plain, **on)), "mysql")


def test_grants_come_last_revokes_first_extensions_before_types() -> None:
    grant = model.Grant(object_name="Order Lines", grantee="reader", privilege="SELECT")
    ext = model.Extension(name="citext")
    dom = model.Domain(name="Code", type_sql="citext")
    up = sql(pg(), pg(LINES, grants=(grant,), extensions=(ext,), domains=(dom,)))
    assert at(up, "CREATE EXTENSION") < at(up, "CREATE DOMAIN") < at(up, "CREATE TABLE") < at(up, "GRANT")
    down = sql(pg(), pg(LINES, grants=(grant,), extensions=(ext,), domains=(dom,)), "downgrade")
    assert at(down, "REVOKE") < at(down, "DROP TABLE") < at(down, "DROP DOMAIN") < at(down, "DROP EXTENSION")


def test_partition_drop_is_marked_destructive() -> None:
    parts = (model.Partition(name="p1", bound="FOR VALUES FROM (0) TO (10)"),
             model.Partition(name="p2", bound="FOR VALUES FROM (10) TO (20)"))
    events = table("Events", col("id"), partitioning=model.Partitioning(strategy="RANGE", key="id", partitions=parts))
    fewer = dataclasses.replace(events, partitioning=model.Partitioning(strategy="RANGE", key="id", partitions=parts[:1]))
    [st] = render_statements(diff(pg(events), pg(fewer)), "postgresql")
    assert st.sql == 'DROP TABLE p2'
    assert st.comment and st.comment.startswith("-- DESTRUCTIVE: dropping partition p2 of Events")


def test_revision_file_runs_object_ddl_through_op_execute() -> None:
    from schemanb.migrate.revision import render_revision

    body = "BEGIN\n  -- note: keep\n  NEW.n := 1;\n  RETURN NEW;\nEND"
    fn = dataclasses.replace(FN, definition=body)
    text = render_revision(diff(pg(LINES), pg(LINES, routines=(fn,), triggers=(TRG,))), dialect="postgresql")
    assert "op.execute(" in text and "CREATE FUNCTION" in text and "CREATE TRIGGER" in text
    assert "NEW.n \\\\:= 1" in text  # colons escaped for sa.text (a backslash in the file)
    compile(text, "revision.py", "exec")


def test_the_downgrade_of_a_dropped_view_puts_its_comment_back() -> None:
    commented = dataclasses.replace(NOTES, comment="one note per line")
    up = sql(pg(LINES, views=(commented,)), pg(LINES))
    assert up == ["DROP VIEW notes"]
    down = sql(pg(LINES, views=(commented,)), pg(LINES), "downgrade")
    assert at(down, "CREATE VIEW notes") < at(down, "COMMENT ON VIEW notes IS 'one note per line'")
    comments = [s.comment for s in render_statements(diff(pg(LINES, views=(commented,)), pg(LINES)), "postgresql")]
    assert comments == ["-- DESTRUCTIVE: dropping view notes"]
