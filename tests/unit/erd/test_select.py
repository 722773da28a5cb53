"""Focus, depth and patterns select exactly the expected tables (pure)."""

from __future__ import annotations

import pytest
from builders import col, fk, schema, table

from schemanb.erd.select import match_patterns, resolve_table, select_tables
from schemanb.errors import RenderError
from schemanb.model import TableKey


def chain():
    """a <- b <- c <- d <- e, plus x (isolated) and crm.a <- crm.b."""
    def t(name, parent=None, s=None):
        fks = (fk(f"{parent}_id", parent, schema=s),) if parent else ()
        cols = (col("id"), col(f"{parent}_id")) if parent else (col("id"),)
        return table(name, *cols, pk=("id",), fks=fks, schema=s)
    return schema(t("a"), t("b", "a"), t("c", "b"), t("d", "c"), t("e", "d"), t("x"),
                  t("a", s="crm"), t("b", "a", "crm"))


def names(keys):
    return sorted(str(k) for k in keys)


@pytest.mark.parametrize(("depth", "expected"), [
    (0, ["c"]),
    (1, ["b", "c", "d"]),
    (2, ["a", "b", "c", "d", "e"]),
    (9, ["a", "b", "c", "d", "e"]),
])
def test_focus_selects_tables_within_depth_hops_both_ways(depth, expected):
    assert names(select_tables(chain(), focus="c", depth=depth)) == expected


def test_focus_on_several_tables_unions_their_neighbourhoods():
    assert names(select_tables(chain(), focus=["a", "e"], depth=1)) == ["a", "b", "d", "e"]


def test_hops_stay_inside_the_patterns_but_keep_the_focus():
    got = select_tables(chain(), tables=["a", "b", "d", "e"], focus="e", depth=3)
    assert names(got) == ["d", "e"]  # c is filtered out, so the chain stops at d


def test_patterns_match_name_or_schema_dot_name():
    s = chain()
    assert names(match_patterns(s, ["crm.*"])) == ["crm.a", "crm.b"]
    assert names(match_patterns(s, ["a"])) == ["a", "crm.a"]
    assert names(match_patterns(s, ["[bc]", "x"])) == ["b", "c", "crm.b", "x"]
    assert names(match_patterns(s, None, schemas=["crm"])) == ["crm.a", "crm.b"]
    assert names(match_patterns(s, None, schemas=[None])) == ["a", "b", "c", "d", "e", "x"]


def test_no_patterns_means_every_table():
    assert len(select_tables(chain())) == 8


def test_extra_edges_connect_tables_for_the_focus():
    extra = [(TableKey(None, "x"), TableKey(None, "a"))]
    assert names(select_tables(chain(), focus="x", depth=1, extra_edges=extra)) == ["a", "x"]


def test_resolve_table_prefers_the_default_schema_and_accepts_schema_dot_name():
    s = chain()
    assert resolve_table(s, "a") == TableKey(None, "a")
    assert resolve_table(s, "crm.b") == TableKey("crm", "b")
    assert resolve_table(s, s.table("c")) == TableKey(None, "c")


def test_unknown_focus_is_one_line_error_with_suggestions():
    with pytest.raises(RenderError, match=r"^no table 'crm\.bb' in this snapshot to draw — did you mean 'crm\.b'"):
        select_tables(chain(), focus="crm.bb")


def test_negative_depth_is_refused():
    with pytest.raises(RenderError, match="depth must be 0 or more, not -1"):
        select_tables(chain(), focus="a", depth=-1)
