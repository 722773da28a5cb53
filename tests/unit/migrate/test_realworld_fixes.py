"""What the real-world pairs (tests/realworld/) found, pinned on small schemas."""

from __future__ import annotations

import dataclasses

from builders import col, fk, schema, table

from schemanb.dialects.mysql import MySQLSupport
from schemanb.diff import diff
from schemanb.migrate.sql import render_sql
from schemanb.model import CheckConstraint, Routine, SnapshotInfo, Table, View


def test_new_table_fk_waits_for_the_key_it_needs() -> None:
    """migra's `everything`: order_items refers to products(product_no), whose primary key
    this same migration adds -- the FK is added after it, not inside CREATE TABLE."""
    a = schema(table("products", col("product_no", nullable=False)), dialect="postgresql")
    b = schema(table("products", col("product_no", nullable=False), pk=("product_no",)),
               table("order_items", col("product_no"), fks=(fk("product_no", "products"),)),
               dialect="postgresql")
    sql = render_sql(diff(a, b))
    assert "ADD PRIMARY KEY (product_no)" in sql
    assert sql.index("ADD PRIMARY KEY (product_no)") < sql.index("REFERENCES products")
    assert "REFERENCES products" not in sql[sql.index("CREATE TABLE order_items"):].split(";")[0]


def test_dropped_table_lets_go_of_a_column_before_its_type_changes() -> None:
    """Zabbix 5.0 -> 7.0: auditlog.auditid becomes VARCHAR while auditlog_details, dropped,
    still refers to it -- its FK is dropped first, before the ALTER."""
    log_a = table("auditlog", col("auditid", "BIGINT", nullable=False), pk=("auditid",))
    details = table("auditlog_details", col("id"), col("auditid", "BIGINT"), fks=(fk("auditid", "auditlog"),))
    log_b = table("auditlog", col("auditid", "VARCHAR(25)", nullable=False), pk=("auditid",))
    sql = render_sql(diff(schema(log_a, details, dialect="postgresql"), schema(log_b, dialect="postgresql")))
    drop_fk = sql.index("ALTER TABLE auditlog_details DROP CONSTRAINT")
    assert drop_fk < sql.index("ALTER COLUMN auditid TYPE") < sql.index("DROP TABLE auditlog_details")


def test_numeric_table_options_are_reset_with_zero() -> None:
    """MediaWiki 1.35's text table has MAX_ROWS/AVG_ROW_LENGTH; 1.43's has none."""
    a = Table(name="text", dialect_options=(("mysql_max_rows", "10000000"), ("mysql_avg_row_length", "10240"),
                                            ("mysql_pack_keys", "1")))
    b = Table(name="text")
    assert MySQLSupport().table_options_ddl(a, b) == [
        "ALTER TABLE text AVG_ROW_LENGTH=0 MAX_ROWS=0 PACK_KEYS=DEFAULT"]


def _checked(name: str | None, *, inspected: bool):  # type: ignore[no-untyped-def]
    t = table("stream_pos", col("lock", "CHAR(1)"), check_constraints=(
        CheckConstraint(name=name, expression="lock = 'X'"),))
    s = schema(t, dialect="postgresql")
    if inspected:
        s = dataclasses.replace(s, info=SnapshotInfo(dialect="postgresql", server_version="17.0"))
    return s


def test_chosen_name_against_the_servers_own_is_a_change_between_databases() -> None:
    """Synapse: a check keeps the name of the table it was made for; the newer schema has
    the server's own (None in a snapshot). Both read from a server: a change."""
    old, new = _checked("private_lock_check", inspected=True), _checked(None, inspected=True)
    assert [c.kind.value for c in diff(old, new).changes] == ["check_changed"]
    sql = render_sql(diff(old, new))
    assert "DROP CONSTRAINT private_lock_check" in sql and "ADD CHECK" in sql


def test_chosen_name_against_a_model_without_one_stays_equal() -> None:
    """A model that names no constraint does not ask for the database's names to change."""
    assert diff(_checked("private_lock_check", inspected=True), _checked(None, inspected=False)).is_empty


def test_sql_function_reading_a_new_view_comes_after_it() -> None:
    """migra's `dependencies`: a LANGUAGE sql body is checked at CREATE FUNCTION, so a
    function that reads a view created by the same migration follows that view."""
    from schemanb.model import Routine, View

    base = table("basetable", col("id"), col("name", "TEXT"))
    view = View(name="bbb_view2", definition="SELECT name FROM basetable")
    func = Routine(name="depends_on_bbb_view2", kind="function", language="sql", arguments="t text",
                   returns="TABLE(x text)", definition=" select * from bbb_view2 ")
    a = schema(base, dialect="postgresql")
    b = dataclasses.replace(schema(base, dialect="postgresql"), views=(view,), routines=(func,))
    sql = render_sql(diff(a, b))
    assert sql.index("CREATE VIEW bbb_view2") < sql.index("CREATE FUNCTION depends_on_bbb_view2")


def test_unique_key_on_a_column_prefix_stays_an_index() -> None:
    """MediaWiki's ``UNIQUE KEY ipb_address_unique (ipb_address(255), ...)``: as a unique
    constraint it lost the 255 and came back as ``USING HASH``; as an index it keeps it."""
    from schemanb.dialects import support_for
    from schemanb.reflect.normalize import _split_uniques

    index = {"name": "ipb_address_unique", "column_names": ["ipb_address", "ipb_user"], "unique": True,
             "dialect_options": {"mysql_length": {"ipb_address": 255}}}
    uniques = [{"name": "ipb_address_unique", "column_names": ["ipb_address", "ipb_user"],
                "duplicates_index": "ipb_address_unique"}]
    constraints, plain = _split_uniques(support_for("mysql"), "ipblocks", uniques, [index])
    assert constraints == [] and plain == [index]
    whole = dict(index, dialect_options={})
    constraints, plain = _split_uniques(support_for("mysql"), "ipblocks", uniques, [whole])
    assert [c.columns for c in constraints] == [("ipb_address", "ipb_user")] and plain == []


def test_alembic_type_change_of_a_column_with_a_default_renders() -> None:
    """Icinga 2 IDO 2.12 -> 2.14 widens name1 VARCHAR(128) DEFAULT '': Alembic's renderer
    tested the kept default for truth and raised TypeError on the SQL fragment."""
    from schemanb.migrate.revision import render_revision

    a = schema(table("icinga_objects", col("name1", "VARCHAR(128)", default="''")), dialect="mysql")
    b = schema(table("icinga_objects", col("name1", "VARCHAR(255)", default="''")), dialect="mysql")
    text = render_revision(diff(a, b))
    assert "existing_server_default=sa.text(\"''\")" in text


def test_renamed_table_does_not_rename_a_constraint_it_drops() -> None:
    """Synapse 72 -> 54: event_push_summary_last_receipt_stream_id becomes
    account_data_max_stream_id, whose unique key has a name of its own: the generated
    one is dropped before the rename, so the rename leaves it alone."""
    from schemanb.model import UniqueConstraint

    def lock_table(name: str, uq_name: str | None) -> Table:
        return dataclasses.replace(
            table(name, col("lock", "CHAR(1)", nullable=False), col("stream_id", "BIGINT")),
            unique_constraints=(UniqueConstraint(name=uq_name, columns=("lock",)),))

    a = schema(lock_table("new_pos", None), dialect="postgresql")
    b = schema(lock_table("old_pos", "private_lock_key"), dialect="postgresql")
    d = diff(a, b)
    d.accept_rename("new_pos", "old_pos")
    sql = render_sql(d)
    assert "DROP CONSTRAINT new_pos_lock_key" in sql
    assert "RENAME CONSTRAINT new_pos_lock_key" not in sql
    assert "ADD CONSTRAINT private_lock_key UNIQUE (lock)" in sql


def _upgrade_and_downgrade(text: str) -> tuple[str, str]:
    up, down = text.split("def downgrade() -> None:")
    return up.split("def upgrade() -> None:")[1], down


def test_alembic_type_change_converts_with_the_sql_paths_using() -> None:
    """Zabbix 7.0 -> 5.0: auditlog.auditid VARCHAR(25) -> BIGINT. The SQL writes ``USING
    auditid::BIGINT``; the revision's op.alter_column has to say the same, both ways
    (Alembic renders none of an operation's dialect keywords)."""
    from schemanb.migrate.revision import render_revision

    a = schema(table("auditlog", col("auditid", "VARCHAR(25)", nullable=False), col("Mixed Case", "TEXT")),
               dialect="postgresql")
    b = schema(table("auditlog", col("auditid", "BIGINT", nullable=False), col("Mixed Case", "INTEGER")),
               dialect="postgresql")
    sql = render_sql(diff(a, b))
    assert "ALTER COLUMN auditid TYPE BIGINT USING auditid::BIGINT" in sql
    up, down = _upgrade_and_downgrade(render_revision(diff(a, b)))
    assert "postgresql_using='auditid::BIGINT'" in up
    assert "postgresql_using='\"Mixed Case\"::INTEGER'" in up
    assert "postgresql_using='auditid::VARCHAR(25)'" in down
    assert "postgresql_using='\"Mixed Case\"::TEXT'" in down


def test_alembic_type_change_has_no_using_where_the_database_converts() -> None:
    """MariaDB converts values itself: no ``postgresql_using`` (nor any other keyword)."""
    from schemanb.migrate.revision import render_revision

    a = schema(table("auditlog", col("auditid", "VARCHAR(25)", nullable=False)), dialect="mysql")
    b = schema(table("auditlog", col("auditid", "BIGINT", nullable=False)), dialect="mysql")
    text = render_revision(diff(a, b))
    assert "type_=" in text and "_using" not in text


def _reading_view(view_name: str, func_name: str) -> tuple[View, Routine]:
    view = View(name=view_name, definition="SELECT name FROM basetable")
    func = Routine(name=func_name, kind="function", language="sql", arguments="t text",
                   returns="TABLE(x text)", definition=f" select * from {view_name} ")
    return view, func


def test_sql_function_reading_a_dropped_view_is_dropped_before_it() -> None:
    """migra's `dependencies` the way back: the function that reads bbb_view2 is dropped
    before the view, so downgrade (the steps reversed) creates the view, then the function
    whose body is checked; a view calling the function is still dropped before it."""
    from schemanb.migrate.revision import render_revision

    base = table("basetable", col("id"), col("name", "TEXT"))
    view, func = _reading_view("bbb_view2", "depends_on_bbb_view2")
    caller = View(name="ccc_calls", definition="SELECT * FROM depends_on_bbb_view2('x')",
                  depends_on_routines=(func.key,))
    a = dataclasses.replace(schema(base, dialect="postgresql"), views=(view, caller), routines=(func,))
    b = schema(base, dialect="postgresql")
    sql = render_sql(diff(a, b))
    assert sql.index("DROP VIEW ccc_calls") < sql.index("DROP FUNCTION depends_on_bbb_view2") \
        < sql.index("DROP VIEW bbb_view2")
    up, down = _upgrade_and_downgrade(render_revision(diff(a, b)))
    assert up.index("DROP FUNCTION depends_on_bbb_view2") < up.index("DROP VIEW bbb_view2")
    assert down.index("CREATE VIEW bbb_view2") < down.index("CREATE FUNCTION depends_on_bbb_view2") \
        < down.index("CREATE VIEW ccc_calls")


def test_sql_function_reading_a_view_both_ways_in_one_revision() -> None:
    """Old function and view go, new ones come: each function follows its view up and down."""
    from schemanb.migrate.revision import render_revision

    base = table("basetable", col("id"), col("name", "TEXT"))
    old_view, old_func = _reading_view("old_view", "read_old")
    new_view, new_func = _reading_view("new_view", "read_new")
    a = dataclasses.replace(schema(base, dialect="postgresql"), views=(old_view,), routines=(old_func,))
    b = dataclasses.replace(schema(base, dialect="postgresql"), views=(new_view,), routines=(new_func,))
    up, down = _upgrade_and_downgrade(render_revision(diff(a, b)))
    assert up.index("DROP FUNCTION read_old") < up.index("DROP VIEW old_view")
    assert up.index("CREATE VIEW new_view") < up.index("CREATE FUNCTION read_new")
    assert down.index("DROP FUNCTION read_new") < down.index("DROP VIEW new_view")
    assert down.index("CREATE VIEW old_view") < down.index("CREATE FUNCTION read_old")
