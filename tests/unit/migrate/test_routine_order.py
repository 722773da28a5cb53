"""Routines and user types among themselves: created after what their text refers to, dropped before it."""

from __future__ import annotations

from schemanb import model
from schemanb.dialects import support_for
from schemanb.diff import diff
from schemanb.migrate.sql import render_sql
from schemanb.migrate.steps import routine_edges

PG = model.SnapshotInfo(dialect="postgresql")


def _fn(name: str, body: str, *, arguments: str = "", language: str = "sql") -> model.Routine:
    return model.Routine(name=name, arguments=arguments, returns="integer", language=language,
                         definition=body, volatility="VOLATILE")


def _creates(sql: str) -> list[str]:
    return [line.split("(")[0].split()[-1] for line in sql.splitlines() if line.startswith(("CREATE", "DROP"))]


def test_a_routine_is_created_after_the_routines_its_body_calls() -> None:
    routines = (_fn("a_outer", "SELECT m_mid(1)"), _fn("m_mid", "SELECT z_inner() + $1", arguments="n integer"),
                _fn("z_inner", "SELECT 1"))
    sql = render_sql(diff(model.Schema(info=PG), model.Schema(info=PG, routines=routines)), "postgresql")
    assert _creates(sql) == ["z_inner", "m_mid", "a_outer"]


def test_they_are_dropped_in_the_reverse_order() -> None:
    routines = (_fn("z_outer", "SELECT a_inner()"), _fn("a_inner", "SELECT 1"))
    sql = render_sql(diff(model.Schema(info=PG, routines=routines), model.Schema(info=PG)), "postgresql")
    assert _creates(sql) == ["z_outer", "a_inner"]


def test_argument_defaults_count_and_quoted_names_keep_their_case() -> None:
    support = support_for("postgresql")
    r = _fn("f", "SELECT 1", arguments='n integer DEFAULT "Seed"()')
    assert support.routine_references(r, frozenset({"Seed", "seed", "f"})) == frozenset({"Seed"})


def test_a_cycle_is_broken_not_refused() -> None:
    routines = (_fn("even", "SELECT odd($1 - 1)", arguments="n integer"),
                _fn("odd", "SELECT even($1 - 1)", arguments="n integer"))
    edges = routine_edges(routines, support_for("postgresql"))
    assert sum(len(v) for v in edges.values()) == 1
    sql = render_sql(diff(model.Schema(info=PG), model.Schema(info=PG, routines=routines)), "postgresql")
    assert sorted(_creates(sql)) == ["even", "odd"]


def test_an_overloaded_name_orders_after_every_overload() -> None:
    routines = (_fn("a", "SELECT b(1)"), _fn("b", "SELECT 1", arguments="x integer"),
                _fn("b", "SELECT 2", arguments="x text"))
    edges = routine_edges(routines, support_for("postgresql"))
    assert edges[("", "a", "")] == (("", "b", "x integer"), ("", "b", "x text"))


def test_types_made_of_types_are_created_after_and_dropped_before_them() -> None:
    etat = model.Enum(name="état", values=("prêt",))
    pos = model.Domain(name="a<b", type_sql='"état"')
    comp = model.CompositeType(name="50%;x", attributes=(("n", '"a<b"'), ("e", '"état"[]')))
    full = model.Schema(info=PG, enums=(etat,), domains=(pos,), composite_types=(comp,))
    up = render_sql(diff(model.Schema(info=PG), full), "postgresql")
    assert up.index('CREATE TYPE "état"') < up.index('CREATE DOMAIN "a<b"') < up.index('CREATE TYPE "50%;x"')
    down = render_sql(diff(full, model.Schema(info=PG)), "postgresql")
    assert down.index('DROP TYPE "50%;x"') < down.index('DROP DOMAIN "a<b"') < down.index('DROP TYPE "état"')
