"""Row-level security, exclusion constraints, collations, matview indexes and
deferrable primary keys (issue #16): compare, DDL and order, from hand-built
snapshots (pure). tests/cases/rls_*, exclusion_constraint, collation_object,
matview_indexes and constraints_deferrable_pk_fk apply them for real.
"""

from __future__ import annotations

import dataclasses

import pytest
from builders import col, schema, table

from schemanb import model
from schemanb.diff import diff
from schemanb.errors import MigrationError
from schemanb.migrate.sql import render_statements
from schemanb.serialize import dumps, loads

DOC = table("Doc s", col("id", nullable=False), col("owner", "TEXT"), col("tenant"),
            col("legacy", "TEXT"), pk=("id",))
OWN = model.Policy(table="Doc s", name='own "docs"', roles=("app reader", "PUBLIC"),
                   using="(owner = CURRENT_USER)", with_check="(owner = CURRENT_USER)")


def pg(*tables: model.Table, **kw: object) -> model.Schema:
    return schema(*tables, dialect="postgresql", **kw)


def sql(a: model.Schema, b: model.Schema, direction: str = "upgrade") -> list[str]:
    return [s.sql for s in render_statements(diff(a, b), "postgresql", direction)]  # type: ignore[arg-type]


def kinds(a: model.Schema, b: model.Schema) -> list[tuple[str, str]]:
    return [(c.kind.value, str(c.ref)) for c in diff(a, b).changes]


def test_a_policy_is_created_with_every_clause_quoted_and_dropped_by_name() -> None:
    restrictive = dataclasses.replace(OWN, permissive=False, command="UPDATE", comment="it's mine")
    up = sql(pg(DOC), pg(DOC, policies=(restrictive,)))
    assert up == [
        'CREATE POLICY "own ""docs""" ON "Doc s" AS RESTRICTIVE FOR UPDATE TO "app reader", PUBLIC '
        "USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER))",
        'COMMENT ON POLICY "own ""docs""" ON "Doc s" IS \'it\'\'s mine\'',
    ]
    assert sql(pg(DOC), pg(DOC, policies=(restrictive,)), "downgrade") == [
        'DROP POLICY "own ""docs""" ON "Doc s"']


def test_policies_compare_expressions_by_meaning_and_roles_as_a_set() -> None:
    spaced = dataclasses.replace(OWN, using="(owner  =  CURRENT_USER)", roles=("PUBLIC", "app reader"))
    assert diff(pg(DOC, policies=(OWN,)), pg(DOC, policies=(spaced,))).is_empty


def test_a_changed_policy_is_altered_in_place_where_postgresql_can() -> None:
    wider = dataclasses.replace(OWN, roles=("PUBLIC",), using="(tenant > 0)")
    assert sql(pg(DOC, policies=(OWN,)), pg(DOC, policies=(wider,))) == [
        'ALTER POLICY "own ""docs""" ON "Doc s" TO PUBLIC USING ((tenant > 0))']


@pytest.mark.parametrize("change", [{"permissive": False}, {"command": "SELECT"}, {"with_check": None}])
def test_a_policy_postgresql_cannot_alter_is_dropped_and_created(change: dict[str, object]) -> None:
    other = dataclasses.replace(OWN, **change)  # type: ignore[arg-type]
    up = sql(pg(DOC, policies=(OWN,)), pg(DOC, policies=(other,)))
    assert [s.split(" ")[0] for s in up] == ["DROP", "CREATE"]


def test_a_policy_over_a_dropped_column_goes_first_and_comes_back_last() -> None:
    old = dataclasses.replace(OWN, name="legacy", using="(legacy IS NULL)")
    kept = dataclasses.replace(OWN, name="tenant", using="(tenant > 0)", with_check=None)
    new = dataclasses.replace(old, using="(owner IS NOT NULL)")
    after = dataclasses.replace(DOC, columns=(*DOC.columns[:2], col("tenant", "BIGINT")))
    up = sql(pg(DOC, policies=(old, kept)), pg(after, policies=(new, kept)))
    first = [s.split(" ON ")[0] for s in up]
    assert first[:2] == ["DROP POLICY legacy", "DROP POLICY tenant"]
    assert any(s.startswith("ALTER TABLE") and "DROP COLUMN legacy" in s for s in up)
    assert first[-2:] == ["CREATE POLICY legacy", "CREATE POLICY tenant"]


def test_row_security_is_switched_per_flag_and_left_alone_on_a_dropped_table() -> None:
    on = model.RowSecurity(table="Doc s", enabled=True)
    forced = model.RowSecurity(table="Doc s", forced=True)
    assert sql(pg(DOC), pg(DOC, row_security=(on,))) == [
        'ALTER TABLE "Doc s" ENABLE ROW LEVEL SECURITY']
    assert sql(pg(DOC, row_security=(on,)), pg(DOC, row_security=(forced,))) == [
        'ALTER TABLE "Doc s" DISABLE ROW LEVEL SECURITY', 'ALTER TABLE "Doc s" FORCE ROW LEVEL SECURITY']
    assert kinds(pg(DOC, row_security=(on,)), pg()) == [("table_dropped", "Doc s")]
    created = sql(pg(), pg(DOC, row_security=(on,)))
    assert created[-1] == 'ALTER TABLE "Doc s" ENABLE ROW LEVEL SECURITY'
    assert created[0].startswith('CREATE TABLE "Doc s"')


def test_an_exclusion_constraint_is_added_as_the_server_printed_it_and_re_added_on_change() -> None:
    x = model.ExclusionConstraint(table="Doc s", name="no overlap",
                                  definition="EXCLUDE USING gist (tenant WITH =) DEFERRABLE")
    assert sql(pg(DOC), pg(DOC, exclusion_constraints=(x,))) == [
        'ALTER TABLE "Doc s" ADD CONSTRAINT "no overlap" EXCLUDE USING gist (tenant WITH =) DEFERRABLE']
    reflowed = dataclasses.replace(x, definition="EXCLUDE  USING gist (tenant WITH =)\nDEFERRABLE")
    assert diff(pg(DOC, exclusion_constraints=(x,)), pg(DOC, exclusion_constraints=(reflowed,))).is_empty
    where = dataclasses.replace(x, definition=x.definition + " WHERE ((id > 0))")
    up = sql(pg(DOC, exclusion_constraints=(x,)), pg(DOC, exclusion_constraints=(where,)))
    assert len(up) == 2 and "DROP CONSTRAINT" in up[0] and "ADD CONSTRAINT" in up[1]


def test_collations_come_before_the_columns_that_use_them_and_go_after() -> None:
    ci = model.Collation(name="case insensitive", provider="icu", locale="und-u-ks-level2",
                         deterministic=False)
    split = model.Collation(name="mixed", lc_collate="C", lc_ctype="en_US.utf8")
    users = dataclasses.replace(DOC, columns=(*DOC.columns, dataclasses.replace(
        col("email", "TEXT"), collation="case insensitive")))
    up = sql(pg(DOC), pg(users, collations=(ci, split)))
    assert up[:2] == [
        "CREATE COLLATION \"case insensitive\" (provider = icu, locale = 'und-u-ks-level2', "
        "deterministic = false)",
        "CREATE COLLATION mixed (provider = libc, lc_collate = 'C', lc_ctype = 'en_US.utf8')",
    ]
    assert "ADD COLUMN email" in up[2]
    down = sql(pg(DOC), pg(users, collations=(ci, split)), "downgrade")
    assert "DROP COLUMN email" in down[0] and down[-1].startswith("DROP COLLATION")


def test_a_collation_columns_use_before_and_after_a_change_is_refused() -> None:
    ci = model.Collation(name="ci", provider="icu", locale="und-u-ks-level2", deterministic=False)
    users = dataclasses.replace(DOC, columns=(*DOC.columns, dataclasses.replace(col("e", "TEXT"), collation="ci")))
    with pytest.raises(MigrationError, match=r"collation ci changes while columns use it \(Doc s\.e\)"):
        sql(pg(users, collations=(ci,)), pg(users, collations=(dataclasses.replace(ci, locale="fr"),)))


IX = model.Index(name="totals region", expressions=("region",), is_expression=(False,), unique=True)
LOWER = model.Index(name="lower", expressions=("lower(region)",), is_expression=(True,), where="total > 0")
MV = model.View(name="totals", definition="SELECT region, 1 AS total FROM sale", materialized=True)


def test_matview_indexes_follow_their_view_and_change_on_their_own() -> None:
    with_ix = dataclasses.replace(MV, indexes=(IX,))
    assert sql(pg(views=(MV,)), pg(views=(with_ix,))) == [
        'CREATE UNIQUE INDEX "totals region" ON totals (region)']
    both = dataclasses.replace(MV, indexes=(IX, LOWER))
    assert sql(pg(views=(with_ix,)), pg(views=(both,))) == [
        "CREATE INDEX lower ON totals ((lower(region))) WHERE (total > 0)"]
    assert sql(pg(views=(both,)), pg(views=(with_ix,))) == ["DROP INDEX lower"]
    recreated = dataclasses.replace(both, definition="SELECT region, 2 AS total FROM sale")
    up = sql(pg(views=(both,)), pg(views=(recreated,)))
    assert up[0].startswith("DROP MATERIALIZED VIEW") and up[1].startswith("CREATE MATERIALIZED VIEW")
    assert sorted(up[2:]) == sorted(["CREATE INDEX lower ON totals ((lower(region))) WHERE (total > 0)",
                                     'CREATE UNIQUE INDEX "totals region" ON totals (region)'])
    down = sql(pg(views=(both,)), pg(views=(recreated,)), "downgrade")
    assert sorted(down[2:]) == sorted(up[2:])  # the old view's indexes come back with it


def test_a_deferrable_primary_key_is_a_change_and_round_trips_in_the_snapshot() -> None:
    deferred = dataclasses.replace(DOC, primary_key=model.PrimaryKey(
        columns=("id",), deferrable=True, initially="DEFERRED"))
    assert kinds(pg(DOC), pg(deferred)) == [("primary_key_changed", "Doc s")]
    assert sql(pg(DOC), pg(deferred))[-1] == 'ALTER TABLE "Doc s" ADD PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED'
    full = pg(deferred, policies=(OWN,), row_security=(model.RowSecurity(table="Doc s", enabled=True),),
              exclusion_constraints=(model.ExclusionConstraint(table="Doc s", name="x", definition="EXCLUDE (id WITH =)"),),
              collations=(model.Collation(name="c", locale="C"),), views=(dataclasses.replace(MV, indexes=(IX,)),))
    assert loads(dumps(full)) == full


def test_a_policy_comment_alone_is_set_in_place() -> None:
    noted = dataclasses.replace(OWN, comment="mine")
    assert kinds(pg(DOC, policies=(OWN,)), pg(DOC, policies=(noted,))) == [
        ("comment_changed", 'Doc s.own "docs"')]
    assert sql(pg(DOC, policies=(OWN,)), pg(DOC, policies=(noted,))) == [
        'COMMENT ON POLICY "own ""docs""" ON "Doc s" IS \'mine\'']
