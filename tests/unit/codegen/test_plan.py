"""What codegen decides before writing: classes or tables, keys, relationships (issue 8)."""

from __future__ import annotations

import pytest
from builders import col, fk, schema, table

import schemanb
from schemanb import model
from schemanb.codegen.plan import plan_module
from schemanb.errors import RenderError
from schemanb.serialize import schema_to_dict as to_dict


def _shop() -> model.Schema:
    return schema(
        table("users", col("id", nullable=False, autoincrement=True), col("name", "TEXT"), pk=("id",)),
        table(
            "posts",
            col("id", nullable=False, autoincrement=True),
            col("author_id"),
            col("editor_id"),
            pk=("id",),
            fks=(fk("author_id", "users"), fk("editor_id", "users")),
        ),
        table("tags", col("id", nullable=False, autoincrement=True), pk=("id",)),
        table(
            "post_tags",
            col("post_id", nullable=False),
            col("tag_id", nullable=False),
            pk=("post_id", "tag_id"),
            fks=(fk("post_id", "posts"), fk("tag_id", "tags")),
        ),
        table("profiles", col("user_id", nullable=False), col("bio", "TEXT"), pk=("user_id",),
              fks=(fk("user_id", "users"),)),
        table("events", col("at", "TIMESTAMP"), col("user_id"), fks=(fk("user_id", "users"),)),
        dialect="sqlite",
    )


def _rels(plan, class_name):
    tp = next(p for p in plan.tables if p.class_name == class_name)
    return {r.attr: r for r in tp.relationships}


def test_tables_without_a_key_and_link_tables_become_table_objects():
    plan = plan_module(_shop(), style="declarative", views=False)
    kinds = {p.table.name: p.class_name for p in plan.tables}
    assert kinds == {"events": None, "post_tags": None, "posts": "Post", "profiles": "Profile",
                     "tags": "Tag", "users": "User"}


def test_two_keys_to_one_table_get_foreign_keys_on_both_sides():
    plan = plan_module(_shop(), style="declarative", views=False)
    post, user = _rels(plan, "Post"), _rels(plan, "User")
    assert post["author"].foreign_keys == "[author_id]"
    assert post["editor"].foreign_keys == "[editor_id]"
    assert user["posts_author"].foreign_keys == '"[Post.author_id]"'
    assert user["posts_author"].back_populates == "author"


def test_many_to_many_goes_through_the_link_table_on_both_sides():
    plan = plan_module(_shop(), style="declarative", views=False)
    assert _rels(plan, "Post")["tags"].secondary == "t_post_tags"
    assert _rels(plan, "Tag")["posts"].secondary == "t_post_tags"
    assert _rels(plan, "Tag")["posts"].back_populates == "tags"


def test_a_key_that_is_also_the_primary_key_is_one_to_one():
    plan = plan_module(_shop(), style="declarative", views=False)
    profile = _rels(plan, "User")["profile"]
    assert profile.uselist_false and not profile.collection


def test_tables_style_has_no_classes_and_no_relationships():
    plan = plan_module(_shop(), style="tables", views=False)
    assert all(p.class_name is None and not p.relationships for p in plan.tables)


def test_named_or_reordered_primary_keys_use_a_constraint():
    s = schema(
        table("a", col("x", nullable=False), col("y", nullable=False), pk=("y", "x")),
        dialect="postgresql",
    )
    named = model.Table(name="c", columns=(col("id", nullable=False),),
                        primary_key=model.PrimaryKey(name="c_pk", columns=("id",)))
    s = model.Schema(info=s.info, tables=(*s.tables, named))
    source = schemanb.codegen(s)
    assert 'PrimaryKeyConstraint("y", "x")' in source
    assert 'PrimaryKeyConstraint("id", name="c_pk")' in source


def test_autoincrement_is_written_only_where_sqlalchemy_would_guess_wrong():
    s = schema(
        table("plain", col("id", nullable=False, autoincrement=False), pk=("id",)),
        table("serial", col("id", nullable=False, autoincrement=True), pk=("id",)),
        dialect="postgresql",
    )
    plan = plan_module(s, style="declarative", views=False)
    flags = {p.table.name: p.columns[0].autoincrement for p in plan.tables}
    assert flags == {"plain": False, "serial": None}


def test_codegen_never_changes_its_input_and_is_deterministic():
    s = _shop()
    before = to_dict(s)
    first = schemanb.codegen(s)
    assert to_dict(s) == before
    assert schemanb.codegen(s) == first


def test_bad_arguments_raise_one_line_render_errors():
    with pytest.raises(RenderError, match="takes a Schema snapshot, not a str — call schemanb.inspect"):
        schemanb.codegen("postgresql://x/y")  # type: ignore[arg-type]
    with pytest.raises(RenderError, match="unknown codegen style 'orm' — choose one of"):
        schemanb.codegen(_shop(), style="orm")  # type: ignore[arg-type]
