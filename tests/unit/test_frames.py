"""frames: one row per object, the documented column names, values from the snapshot."""

from __future__ import annotations

import dataclasses

from builders import col, fk, index, schema, table
from objects_snapshot import EVIL, EVIL_BODY, objects_schema

from schemanb import frames, model


def small_schema() -> model.Schema:
    users = table(
        "users",
        col("id", "INTEGER", nullable=False, autoincrement=True),
        col("email", "VARCHAR(100)", type_generic="VARCHAR(100)", nullable=False, comment="login"),
        col("name", "TEXT", default="'anon'", collation="C"),
        pk=("id",),
        indexes=(index("ix_users_email", "email", unique=True),),
        comment="people",
        row_estimate=42,
    )
    orders = model.Table(
        schema="sales",
        name="orders",
        columns=(
            col("id", "INTEGER", nullable=False),
            col("user_id", "INTEGER"),
            col("total", "NUMERIC(10, 2)", type_generic="NUMERIC(10, 2)", default="0"),
            col("double_total", "NUMERIC", computed=model.Computed(expression="total * 2")),
        ),
        primary_key=model.PrimaryKey(name="orders_pk", columns=("id",)),
        foreign_keys=(fk("user_id", "users", name="fk_user", on_delete="CASCADE"),),
        unique_constraints=(model.UniqueConstraint(name="uq_orders", columns=("user_id", "total")),),
        check_constraints=(model.CheckConstraint(name="ck_total", expression="total >= 0"),),
        indexes=(
            model.Index(name="ix_partial", expressions=("lower(x)", "total"), is_expression=(True, False),
                        where="total > 0", method="gin"),
        ),
    )
    view = model.View(name="big", definition="SELECT 1", comment="big orders")
    mview = model.View(schema="sales", name="totals", definition="SELECT 2", materialized=True)
    return model.Schema(tables=(users, orders), views=(view, mview))


def _plain(df):
    """Missing values as None (pandas shows None in a text column as NaN)."""
    return df.astype(object).where(df.notna(), None)


def _records(df):
    return [tuple(r) for r in _plain(df).itertuples(index=False)]


def test_tables_frame():
    df = frames.tables_frame(small_schema())
    assert tuple(df.columns) == frames.TABLE_COLUMNS == (
        "schema", "table", "columns", "primary_key", "foreign_keys", "indexes", "row_estimate", "comment",
        "options", "inherits", "row_security",
    )
    rows = _plain(df).to_dict("records")
    assert rows[0]["table"] == "users" and rows[0]["schema"] is None
    assert (rows[0]["columns"], rows[0]["primary_key"], rows[0]["indexes"], rows[0]["row_estimate"], rows[0]["comment"]) == (
        3, "id", 1, 42, "people"
    )
    assert (rows[1]["schema"], rows[1]["table"], rows[1]["foreign_keys"], rows[1]["columns"]) == ("sales", "orders", 1, 4)


def test_columns_frame():
    df = frames.columns_frame(small_schema())
    assert tuple(df.columns) == frames.COLUMN_COLUMNS
    assert len(df) == 7
    email = _plain(df[df["column"] == "email"]).iloc[0].to_dict()
    assert email == {
        "schema": None, "table": "users", "position": 2, "column": "email", "type": "VARCHAR(100)",
        "generic_type": "VARCHAR(100)", "nullable": False, "default": None, "is_pk": False,
        "is_fk": False, "is_unique": True, "autoincrement": False, "computed": None,
        "collation": None, "comment": "login", "settings": None, "inherited": False,
    }
    user_id = df[(df["table"] == "orders") & (df["column"] == "user_id")].iloc[0]
    assert (bool(user_id["is_fk"]), bool(user_id["is_pk"]), bool(user_id["is_unique"])) == (True, False, False)
    assert df[df["column"] == "id"]["is_pk"].tolist() == [True, True]
    assert df[df["column"] == "double_total"]["computed"].tolist() == ["total * 2"]
    assert frames.columns_frame(small_schema(), table="orders")["column"].tolist() == [
        "id", "user_id", "total", "double_total"
    ]


def test_indexes_frame():
    df = frames.indexes_frame(small_schema())
    assert tuple(df.columns) == frames.INDEX_COLUMNS
    assert _records(df) == [
        (None, "users", "ix_users_email", "email", True, None, None, None),
        ("sales", "orders", "ix_partial", "lower(x), total", False, "total > 0", "gin", None),
    ]


def test_foreign_keys_frame():
    df = frames.foreign_keys_frame(small_schema())
    assert tuple(df.columns) == frames.FOREIGN_KEY_COLUMNS
    assert _records(df) == [("sales", "orders", "fk_user", "user_id", None, "users", "id", "CASCADE", None)]


def test_constraints_frame():
    df = frames.constraints_frame(small_schema())
    assert tuple(df.columns) == frames.CONSTRAINT_COLUMNS
    assert _records(df) == [
        (None, "users", "primary_key", None, "id", None),
        ("sales", "orders", "primary_key", "orders_pk", "id", None),
        ("sales", "orders", "unique", "uq_orders", "user_id, total", None),
        ("sales", "orders", "check", "ck_total", None, "total >= 0"),
    ]


def test_views_frame():
    df = frames.views_frame(small_schema())
    assert tuple(df.columns) == frames.VIEW_COLUMNS
    assert _records(df) == [
        (None, "big", False, "SELECT 1", "big orders", ""),
        ("sales", "totals", True, "SELECT 2", None, ""),
    ]


def test_all_frames_and_empty_schema():
    all_frames = frames.frames(small_schema())
    assert list(all_frames) == [
        "tables", "columns", "indexes", "foreign_keys", "constraints", "views",
        "triggers", "routines", "partitions", "sequences", "enums", "domains", "types",
        "extensions", "grants", "schemas", "policies", "rules", "collations",
    ]
    assert list(all_frames) == [*frames.FRAMES, *frames.OBJECT_FRAMES]
    empty = frames.frames(schema())
    for name, df in empty.items():
        assert len(df) == 0
        assert tuple(df.columns) == tuple(all_frames[name].columns)


def test_views_frame_lists_what_each_view_depends_on():
    df = frames.views_frame(objects_schema())
    assert tuple(df.columns) == frames.VIEW_COLUMNS
    assert dict(zip(df["view"], df["depends_on"])) == {
        "big_orders": "orders, users", f"v {EVIL}": f"big_orders, {EVIL}", "totals": "users",
    }


def test_triggers_frame():
    df = frames.triggers_frame(objects_schema())
    assert tuple(df.columns) == frames.TRIGGER_COLUMNS == (
        "schema", "table", "trigger", "timing", "events", "orientation", "function", "enabled",
        "definition", "condition", "options",
    )
    assert _records(df) == [
        (None, "orders", "orders_audit", "AFTER", "INSERT OR UPDATE OF user_id, placed", "ROW", "audit", True,
         "EXECUTE FUNCTION audit()", None, None),
        (None, EVIL, f"tr {EVIL}", "BEFORE", "DELETE", "STATEMENT", None, False, EVIL_BODY, "OLD.id > 0", None),
    ]


def test_routines_frame_has_a_row_per_overload():
    df = frames.routines_frame(objects_schema())
    assert tuple(df.columns) == frames.ROUTINE_COLUMNS
    assert tuple(df.columns[:7]) == ("schema", "routine", "kind", "arguments", "returns", "language", "volatility")
    rows = _records(df)
    assert [(r[1], r[3]) for r in rows] == [
        ("audit", ""), ("total", "a integer"), ("total", "a integer, b integer"), (f"p {EVIL}", f'"{EVIL}" text'),
    ]
    assert rows[1][4:8] == ("integer", "sql", "IMMUTABLE", "strict=true")
    assert rows[3][2] == "procedure" and rows[3][4] is None
    assert rows[0][8] == EVIL_BODY


def test_partitions_frame_one_row_per_partition():
    df = frames.partitions_frame(objects_schema())
    assert tuple(df.columns) == frames.PARTITION_COLUMNS
    assert _records(df) == [
        (None, "orders", "RANGE", "placed", "orders_2024", None, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"),
        (None, "orders", "RANGE", "placed", "orders_default", None, "DEFAULT"),
    ]


def test_domains_types_extensions_and_grants_frames():
    s = objects_schema()
    assert _records(frames.domains_frame(s)) == [(None, "email", "text", False, None, f"ck {EVIL}: VALUE LIKE '%@%'")]
    types = frames.types_frame(s)
    assert tuple(types.columns) == frames.TYPE_COLUMNS
    assert _records(types) == [(None, f"t {EVIL}", 1, "x", "integer"), (None, f"t {EVIL}", 2, EVIL, "text")]
    assert _records(frames.extensions_frame(s)) == [("pgcrypto", "public", "1.3")]
    assert _records(frames.grants_frame(s)) == [
        (None, "users", "table", EVIL, "SELECT", False), (None, "total", "routine", "app", "EXECUTE", True),
    ]


def test_object_frames_export_to_csv_and_back():
    import io

    import pandas as pd

    for name, df in frames.frames(objects_schema()).items():
        back = pd.read_csv(io.StringIO(df.to_csv(index=False)))
        assert list(back.columns) == list(df.columns) and len(back) == len(df), name


def test_sequences_and_enums_frames():
    s = dataclasses.replace(
        schema(),
        sequences=(
            model.Sequence(name="order_no", start=1000, increment=5, min_value=1000, max_value=99999,
                           cycle=True, data_type="bigint", owned_by="orders.no"),
            model.Sequence(schema="crm", name=EVIL),
        ),
        enums=(model.Enum(name="mood", values=("sad", "ok", EVIL)), model.Enum(schema="crm", name="empty", values=())),
    )
    seqs = frames.sequences_frame(s)
    assert tuple(seqs.columns) == frames.SEQUENCE_COLUMNS == (
        "schema", "sequence", "data_type", "start", "increment", "min_value", "max_value", "cycle", "owned_by",
        "cache", "comment",
    )
    assert _records(seqs) == [
        (None, "order_no", "bigint", 1000, 5, 1000, 99999, True, "orders.no", None, None),
        ("crm", EVIL, None, None, None, None, None, False, None, None, None),
    ]
    enums = frames.enums_frame(s)
    assert tuple(enums.columns) == frames.ENUM_COLUMNS == ("schema", "enum", "position", "value")
    # One row per value, like types' attributes; an enum without values has none.
    assert _records(enums) == [(None, "mood", 1, "sad"), (None, "mood", 2, "ok"), (None, "mood", 3, EVIL)]
    assert set(frames.frames(s)) >= {"sequences", "enums"}
