"""revision: a complete Alembic revision file, executed for real on SQLite; heads found."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from builders import col, fk, index, schema, table
from helpers import HandDiff, change

import schemanb
from schemanb.diff import diff
from schemanb.diff.changes import ChangeKind
from schemanb.errors import MigrationError
from schemanb.migrate.revision import current_head, render_revision, write_revision

USERS = table("users", col("id", nullable=False), col("name", "VARCHAR(50)"), pk=("id",))
ORDERS = table("Order s", col("id", nullable=False), col("user_id"), pk=("id",),
               fks=(fk("user_id", "users", name="fk_u"),), indexes=(index("ix_o", "user_id"),))


def _added_table_diff() -> HandDiff:
    a, b = schema(USERS, dialect="sqlite"), schema(USERS, ORDERS, dialect="sqlite")
    return HandDiff(a, b, (change(ChangeKind.TABLE_ADDED, "Order s", after=ORDERS),))


def _run(text: str, engine: sa.Engine, fn: str) -> None:
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    namespace: dict[str, object] = {}
    exec(compile(text, "revision.py", "exec"), namespace)  # noqa: S102 - the file under test
    with engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
        namespace[fn]()  # type: ignore[operator]


def test_revision_has_ids_and_both_functions() -> None:
    text = render_revision(_added_table_diff(), revision="abc123", down_revision="000fff")
    assert "revision = 'abc123'" in text
    assert "down_revision = '000fff'" in text
    assert "op.create_table('Order s'" in text
    assert "op.create_index('ix_o', 'Order s', ['user_id']" in text
    assert "op.drop_table('Order s')" in text


def test_revision_upgrade_and_downgrade_run_on_a_database(tmp_path: Path) -> None:
    """The revision file is proven by running it: A becomes B, then A again."""
    urls = {side: f"sqlite:///{tmp_path / (side + '.sqlite')}" for side in "ab"}
    common = "CREATE TABLE users (id INTEGER NOT NULL, name VARCHAR(50), PRIMARY KEY (id))"
    engines = {side: sa.create_engine(url) for side, url in urls.items()}
    with engines["a"].begin() as conn:
        conn.exec_driver_sql(common)
    with engines["b"].begin() as conn:
        conn.exec_driver_sql(common.replace("name VARCHAR(50)", '"full name" VARCHAR(80) NOT NULL'))
        conn.exec_driver_sql('CREATE TABLE "Order s" (id INTEGER PRIMARY KEY, user_id INTEGER '
                             'CONSTRAINT fk_u REFERENCES users (id))')
        conn.exec_driver_sql('CREATE INDEX ix_o ON "Order s" (user_id)')
    a0, b0 = schemanb.inspect(urls["a"]), schemanb.inspect(urls["b"])
    d = diff(a0, b0).accept_rename("users.name", "users.full name")
    text = render_revision(d)
    _run(text, engines["a"], "upgrade")
    assert diff(schemanb.inspect(urls["a"]), b0).is_empty
    _run(text, engines["a"], "downgrade")
    assert diff(schemanb.inspect(urls["a"]), a0).is_empty


def test_a_table_rename_is_written_as_op_rename_table() -> None:
    after = table("order", *USERS.columns, pk=("id",), schema="s'q")
    before = table("users", *USERS.columns, pk=("id",), schema="s'q")
    d = HandDiff(schema(before), schema(after), (change(ChangeKind.TABLE_RENAMED, "order", before=before, after=after),))
    for dialect in ("postgresql", "mysql", "sqlite"):
        text = render_revision(d, dialect=dialect)
        assert "op.rename_table('users', 'order', schema=\"s'q\")" in text
        assert "op.rename_table('order', 'users', schema=\"s'q\")" in text
        compile(text, "revision.py", "exec")


def test_an_operation_alembic_cannot_render_becomes_its_sql() -> None:
    """Any operation without an autogenerate renderer is written as ``op.execute`` of its SQL."""
    from alembic.operations import ops as aops

    from schemanb.migrate.revision import _renderable

    rows = aops.BulkInsertOp(sa.table("t", sa.column("x", sa.Integer)), [{"x": 1}])
    [op] = _renderable([rows], "postgresql")
    assert isinstance(op, aops.ExecuteSQLOp)
    assert "INSERT INTO t (x) VALUES (1)" in str(op.sqltext)


def test_irreversible_downgrade_is_written_as_a_raise() -> None:
    from schemanb import model

    old, new = model.Enum(name="mood", values=("a",)), model.Enum(name="mood", values=("a", "b"))
    d = HandDiff(model.Schema(enums=(old,)), model.Schema(enums=(new,)), (
        change(ChangeKind.ENUM_CHANGED, "mood", before=old, after=new),))
    text = render_revision(d, dialect="postgresql")
    assert "op.execute(\"ALTER TYPE mood ADD VALUE 'b'\")" in text
    assert "raise NotImplementedError(\"cannot reverse adding value 'b' to type mood" in text
    compile(text, "revision.py", "exec")


def test_write_revision_chains_onto_the_current_head(tmp_path: Path) -> None:
    first = write_revision(_added_table_diff(), tmp_path, message="add orders")
    second = write_revision(_added_table_diff(), tmp_path, message="again")
    first_rev = first.name.split("_", 1)[0]
    assert first.parent == tmp_path / "versions"
    assert f"down_revision = {first_rev!r}" in second.read_text()
    assert current_head(tmp_path / "versions") == second.name.split("_", 1)[0]


def test_two_heads_are_refused_with_the_fix(tmp_path: Path) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    for rev in ("aaa", "bbb"):
        (versions / f"{rev}_x.py").write_text(f"revision = {rev!r}\ndown_revision = None\n")
    with pytest.raises(MigrationError, match="several heads .*alembic merge heads"):
        write_revision(_added_table_diff(), tmp_path)


def test_types_without_a_sqlalchemy_name_are_defined_in_the_file() -> None:
    tags = table("tags", col("id", nullable=False), col("labels", "TEXT[]"), pk=("id",))
    d = HandDiff(schema(dialect="postgresql"), schema(tags, dialect="postgresql"), (
        change(ChangeKind.TABLE_ADDED, "tags", after=tags),))
    text = render_revision(d)
    assert "class _VerbatimType(sa.types.UserDefinedType)" in text
    assert "sa.Column('labels', _VerbatimType('TEXT[]')" in text
    namespace: dict[str, object] = {}
    exec(compile(text, "revision.py", "exec"), namespace)  # noqa: S102 - the file under test
    verbatim = namespace["_VerbatimType"]("TEXT[]")  # type: ignore[operator]
    assert verbatim.compile() == "TEXT[]"


def test_dialect_types_bring_their_import() -> None:
    events = table("events", col("id", nullable=False), col("payload", "JSONB"), pk=("id",))
    d = HandDiff(schema(dialect="postgresql"), schema(events, dialect="postgresql"), (
        change(ChangeKind.TABLE_ADDED, "events", after=events),))
    text = render_revision(d)
    assert "from sqlalchemy.dialects import postgresql" in text
    assert "postgresql.JSONB(" in text


def test_a_primary_key_added_is_written_as_op_create_primary_key() -> None:
    """Alembic's own renderer for ``CreatePrimaryKeyOp`` raises NotImplementedError."""
    before = table("t", col("id", nullable=False), col("a"), schema="s'q")
    after = table("t", col("id", nullable=False), col("a"), pk=("id",), schema="s'q")
    for dialect in ("postgresql", "mysql"):
        text = render_revision(diff(schema(before, dialect=dialect), schema(after, dialect=dialect)))
        assert "op.create_primary_key(" in text and "'t', ['id'], schema=\"s'q\")" in text
        compile(text, "revision.py", "exec")


def test_a_new_table_keeps_its_column_level_checks() -> None:
    """Alembic's ``op.create_table`` renderer drops a CHECK written inside a column (MariaDB)."""
    from schemanb import model

    u = table("u", col("id", nullable=False), col("note", "VARCHAR(10)"), pk=("id",),
              check_constraints=(model.CheckConstraint(name=None, expression="note <> ''", column="note"),))
    text = render_revision(diff(schema(dialect="mysql"), schema(u, dialect="mysql")))
    assert "CHECK (note <> '')" in text
    compile(text, "revision.py", "exec")


def _safe_pair(dialect: str):
    a = schema(table("orders", col("id", nullable=False), col("total"), pk=("id",)), dialect=dialect)
    b = schema(table("orders", col("id", nullable=False), col("total"), col("channel", nullable=False),
                     pk=("id",), indexes=(index("ix_orders_total", "total"),)), dialect=dialect)
    return diff(a, b)


def test_safe_revision_postgresql_builds_indexes_in_autocommit_blocks():
    text = render_revision(_safe_pair("postgresql"), revision="r1", safe=True, batch_rows=500)
    compile(text, "safe.py", "exec")
    plain = render_revision(_safe_pair("postgresql"), revision="r1")
    assert "autocommit_block" not in plain and "_backfill" not in plain
    block = ("    with op.get_context().autocommit_block():\n"
             "        op.create_index('ix_orders_total', 'orders', ['total'], unique=False, "
             "postgresql_concurrently=True)")
    assert block in text
    assert "# SAFE: CONCURRENTLY builds the index" in text
    assert text.index("_backfills_filled_in(upgrade)") < text.index("SET lock_timeout")
    assert "op.execute(\"SET lock_timeout = '5s'\")" in text
    assert "_backfill(r\"\"\"UPDATE orders SET channel = /* TODO: value */" in text and ", 500)" in text
    assert "CHECK (channel IS NOT NULL) NOT VALID" in text
    assert "VALIDATE CONSTRAINT orders_channel_not_null" in text


def test_safe_revision_mariadb_writes_algorithm_clauses_with_op_execute():
    text = render_revision(_safe_pair("mariadb"), revision="r1", safe=True)
    compile(text, "safe.py", "exec")
    assert "with op.get_context().autocommit_block():\n        op." not in text
    assert "SET lock_timeout" not in text
    assert "op.execute('CREATE INDEX ix_orders_total ON orders (total) ALGORITHM=INPLACE LOCK=NONE')" in text
    assert "ALGORITHM=INSTANT')" in text and "# SAFE: INSTANT changes only the table's metadata" in text
