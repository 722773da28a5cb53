"""sql: offline SQL per dialect, statement boundaries, quoting, data-loss comments."""

from __future__ import annotations

import pytest
from builders import col, fk, schema, table
from helpers import HandDiff, body, change
from hostile import HOSTILE_NAMES

from schemanb import model
from schemanb.diff.changes import Change, ChangeKind
from schemanb.errors import MigrationError
from schemanb.migrate.sql import render_sql, render_statements

USERS = table("users", col("id", nullable=False), col("name", "VARCHAR(50)"), pk=("id",))


def _rename_column(new_name: str) -> HandDiff:
    after = table("users", col("id", nullable=False), col(new_name, "VARCHAR(50)"), pk=("id",))
    return HandDiff(schema(USERS), schema(after), (
        change(ChangeKind.COLUMN_RENAMED, "users", new_name, before=USERS.column("name"), after=after.column(new_name)),))


def test_postgresql_column_rename_and_its_downgrade() -> None:
    d = _rename_column("full name")
    assert render_sql(d, "postgresql") == 'ALTER TABLE users RENAME name TO "full name";\n'
    assert render_sql(d, "postgresql", direction="downgrade") == 'ALTER TABLE users RENAME "full name" TO name;\n'


def test_mariadb_rename_keeps_the_whole_column_spec() -> None:
    assert render_sql(_rename_column("full name"), "mariadb") == (
        "ALTER TABLE users CHANGE name `full name` VARCHAR(50) NULL;\n")


@pytest.mark.parametrize("label", sorted(HOSTILE_NAMES))
@pytest.mark.parametrize("dialect", ["postgresql", "mariadb", "sqlite"])
def test_hostile_names_are_quoted_by_the_dialect(label: str, dialect: str) -> None:
    from schemanb.dialects import support_for

    name = HOSTILE_NAMES[label]
    sql = render_sql(_rename_column(name), dialect)
    quoted = support_for("mysql" if dialect == "mariadb" else dialect).sqlalchemy_dialect().identifier_preparer.quote(name)
    assert quoted in sql
    if quoted != name:
        assert f" {name} " not in sql and f"TO {name};" not in sql


def test_dropping_a_table_is_marked_with_the_data_lost() -> None:
    d = HandDiff(schema(USERS), schema(), (change(ChangeKind.TABLE_DROPPED, "users", before=USERS),))
    [st] = render_statements(d, "postgresql")
    assert st.comment == "-- DESTRUCTIVE: drops table users and all its rows"
    assert st.sql == "DROP TABLE users"


def test_comment_never_spans_lines_even_with_a_newline_in_a_name() -> None:
    evil = table("x\nDROP TABLE users; --", col("id"))
    d = HandDiff(schema(evil), schema(), (change(ChangeKind.TABLE_DROPPED, "x\nDROP TABLE users; --", before=evil),))
    [st] = render_statements(d, "postgresql")
    assert st.comment is not None and "\n" not in st.comment


def test_sqlite_rebuild_is_several_statements_each_alone() -> None:
    # NOT NULL without a default: ADD COLUMN could not bring it back, so the drop rebuilds.
    before = table("users", col("id", nullable=False), col("name", "TEXT", nullable=False), pk=("id",))
    after = table("users", col("id", nullable=False), pk=("id",))
    d = HandDiff(schema(before), schema(after), (
        change(ChangeKind.COLUMN_DROPPED, "users", "name", before=before.column("name")),))
    statements = render_statements(d, "sqlite")
    assert [s.sql.split()[0] for s in body(statements)] == ["CREATE", "INSERT", "DROP", "ALTER"]
    [commented] = [s for s in statements if s.comment and "DESTRUCTIVE" in s.comment]
    assert commented.comment == "-- DESTRUCTIVE: rebuilds table users without column(s) name; their values are lost"
    assert all(not s.sql.rstrip().endswith(";") for s in statements)


def test_sqlite_script_is_one_transaction_with_foreign_keys_off_and_checked() -> None:
    """SQLite's own recipe: PRAGMA foreign_keys is a no-op inside a transaction, so it comes first."""
    before = table("users", col("id", nullable=False), col("name", "TEXT", nullable=False), pk=("id",))
    after = table("users", col("id", nullable=False), pk=("id",))
    d = HandDiff(schema(before), schema(after), (
        change(ChangeKind.COLUMN_DROPPED, "users", "name", before=before.column("name")),))
    sql = [s.sql for s in render_statements(d, "sqlite")]
    assert sql[:2] == ["PRAGMA foreign_keys = OFF", "BEGIN"]
    assert sql[-2:] == ["COMMIT", "PRAGMA foreign_keys = ON"]
    rows = next(i for i, s in enumerate(sql) if s.startswith("INSERT INTO temp._schemanb_rebuilt_rows"))
    assert sql[rows + 1].startswith("CREATE TABLE _alembic_tmp_users")
    check = next(s for s in sql if s.startswith("INSERT OR ROLLBACK"))
    assert "pragma_foreign_key_check" in check and sql.index(check) < sql.index("COMMIT")
    for dialect in ("postgresql", "mariadb"):
        assert not any(s.sql.startswith(("PRAGMA", "BEGIN")) for s in render_statements(d, dialect))
    assert render_statements(HandDiff(schema(before), schema(before), ()), "sqlite") == []


def test_view_ddl_quotes_the_name_and_keeps_the_body() -> None:
    view = model.View(name="Big View", definition="SELECT 1 AS one")
    d = HandDiff(model.Schema(), model.Schema(views=(view,)), (change(ChangeKind.VIEW_ADDED, "Big View", after=view),))
    assert render_sql(d, "postgresql") == 'CREATE VIEW "Big View" AS SELECT 1 AS one;\n'
    assert render_sql(d, "postgresql", direction="downgrade").endswith('DROP VIEW "Big View";\n')


def test_no_dialect_anywhere_is_an_error_saying_what_to_pass() -> None:
    d = _rename_column("x")
    with pytest.raises(MigrationError, match="pass dialect="):
        render_sql(d)


@pytest.mark.parametrize(("version", "expected"), [("10.11.19", "mariadb"), ("11.4.2-MariaDB", "mariadb"),
                                                   ("8.0.36", "mysql"), (None, "mysql")])
def test_mariadb_is_told_from_mysql_by_the_server_version(version: str | None, expected: str) -> None:
    from schemanb.migrate.sql import resolve_dialect

    info = model.SnapshotInfo(dialect="mysql", server_version=version)
    d = HandDiff(model.Schema(info=info), model.Schema(info=info), ())
    assert resolve_dialect(d, None) == expected


def _retyped(before: str, after: str) -> HandDiff:
    a = table("users", col("id", nullable=False), col("name", before), pk=("id",))
    b = table("users", col("id", nullable=False), col("name", after), pk=("id",))
    return HandDiff(schema(a), schema(b), (
        change(ChangeKind.COLUMN_TYPE_CHANGED, "users", "name", before=a.column("name"),
               after=b.column("name")),))


@pytest.mark.parametrize("dialect", ["postgresql", "mariadb", "sqlite"])
@pytest.mark.parametrize(("before", "after"), [("INTEGER", "BIGINT"), ("VARCHAR(100)", "VARCHAR(255)"),
                                               ("NUMERIC(10,2)", "NUMERIC(12,2)")])
def test_a_widening_has_no_truncation_warning(dialect: str, before: str, after: str) -> None:
    comments = [s.comment for s in render_statements(_retyped(before, after), dialect) if s.comment]
    assert not [c for c in comments if "truncat" in c or "DESTRUCTIVE" in c or "converted" in c]


@pytest.mark.parametrize("dialect", ["postgresql", "mariadb"])
@pytest.mark.parametrize(("before", "after", "reason"), [
    ("VARCHAR(255)", "VARCHAR(100)", "VARCHAR(255) -> VARCHAR(100) truncates longer values"),
    ("BIGINT", "INTEGER", "BIGINT -> INTEGER overflows large values"),
    ("TEXT", "INTEGER", "TEXT -> INTEGER converts every value; values that do not convert are lost"),
])
def test_a_type_change_that_can_cut_values_says_why(dialect: str, before: str, after: str,
                                                     reason: str) -> None:
    (st,) = [s for s in render_statements(_retyped(before, after), dialect) if s.comment]
    assert st.comment == f"-- DESTRUCTIVE: changes the type of name of users: {reason}"
    down = [s for s in render_statements(_retyped(before, after), dialect, direction="downgrade")
            if s.comment and "changes the type" in s.comment]
    assert not down  # the way back widens


def test_sqlite_rebuild_that_narrows_says_what_is_cut() -> None:
    (st,) = [s for s in render_statements(_retyped("VARCHAR(50)", "VARCHAR(20)"), "sqlite")
             if s.comment and "rebuilds" in s.comment]
    assert st.comment == ("-- DESTRUCTIVE: rebuilds table users: "
                          "VARCHAR(50) -> VARCHAR(20) truncates longer values")


CAT = table("cat", col("id", nullable=False), col("parent_id"), pk=("id",),
            fks=(fk("parent_id", "cat", name="fk_cat_parent", schema="shop"),), schema="shop")


@pytest.mark.parametrize("dialect", ["postgresql", "mariadb", "sqlite"])
def test_a_self_referencing_table_is_created_with_its_key_and_dropped(dialect: str) -> None:
    d = HandDiff(schema(), schema(CAT), (change(ChangeKind.TABLE_ADDED, "cat", after=CAT),))
    [create] = [s.sql for s in body(render_statements(d, dialect))]
    assert "CREATE TABLE shop.cat" in create
    assert "CONSTRAINT fk_cat_parent FOREIGN KEY(parent_id) REFERENCES " in create  # SQLite: unqualified
    assert create.count("CREATE TABLE") == 1
    [drop] = [s.sql for s in body(render_statements(d, dialect, direction="downgrade"))]
    assert drop.startswith("DROP TABLE shop.cat")


@pytest.mark.parametrize("dialect", ["mysql", "mariadb"])
def test_index_kind_and_prefix_lengths_reach_mysql_and_mariadb(dialect: str) -> None:
    doc = table("doc", col("id", nullable=False), col("name", "VARCHAR(1000)"), col("body", "TEXT"), pk=("id",))
    ixs = (model.Index(name="ix_name", expressions=("name", "id"), dialect_options=(("mysql_length", "name(191)"),)),
           model.Index(name="ix_text", expressions=("name", "body"), method="fulltext"))
    after = table("doc", *doc.columns, pk=("id",), indexes=ixs)
    d = HandDiff(schema(doc), schema(after), tuple(
        change(ChangeKind.INDEX_ADDED, "doc", ix.name, after=ix) for ix in ixs))
    sql = render_sql(d, dialect)
    assert "CREATE INDEX ix_name ON doc (name(191), id);" in sql
    assert "CREATE FULLTEXT INDEX ix_text ON doc (name, " in sql  # MariaDB quotes `body`


@pytest.mark.parametrize("dialect", ["mysql", "mariadb"])
def test_a_mysql_routine_body_is_wrapped_in_delimiter_lines_for_the_client(dialect: str) -> None:
    """The ``mariadb``/``mysql`` client splits a script on ``;``: a BEGIN ... END body needs DELIMITER."""
    proc = model.Routine(name="p", kind="procedure", definition="BEGIN\n  SELECT 1;\n  SELECT '$$';\nEND",
                         options=(("deterministic", "false"),))
    d = HandDiff(schema(dialect="mysql"), schema(dialect="mysql", routines=(proc,)), (
        Change(kind=ChangeKind.ROUTINE_ADDED, ref=model.ObjectRef(model.ObjectKind.ROUTINE, model.TableKey(None, "p")),
               after=proc),))
    sql = render_sql(d, dialect)
    [stmt] = [s.sql for s in render_statements(d, dialect)]
    assert ";\n" in stmt and "DELIMITER" not in stmt  # statements stay clean for DBAPI callers
    head, _, rest = sql.partition("\n")
    assert head.startswith("DELIMITER ") and head != "DELIMITER $$"  # the body holds '$$'
    delim = head.split()[1]
    assert rest == stmt + delim + "\nDELIMITER ;\n"
    assert render_sql(HandDiff(schema(), schema(USERS), (change(ChangeKind.TABLE_ADDED, "users", after=USERS),)),
                      dialect).endswith(");\n")


def test_generated_columns_come_after_the_added_columns_they_use() -> None:
    import schemanb

    a = schema(table("t", col("id", nullable=False), col("a"), pk=("id",)), dialect="mysql")
    b = schema(table("t", col("id", nullable=False), col("a"),
                     col("c", computed=model.Computed(expression="`b` * 10", persisted=True)),
                     col("total", computed=model.Computed(expression="a + b", persisted=False)),
                     col("b"), pk=("id",)), dialect="mysql")
    up = [s.sql for s in render_statements(schemanb.diff(a, b), "mysql")]
    assert [s.split()[5] for s in up] == ["b", "c", "total"]
    down = [s.sql for s in render_statements(schemanb.diff(a, b), "mysql", direction="downgrade")]
    assert [s.split()[5] for s in down] == ["total", "c", "b"]


def test_columns_used_by_dropped_generated_columns_are_dropped_after_them() -> None:
    """``DROP COLUMN b`` fails while ``total AS (a + b)`` is still there."""
    import schemanb

    a = schema(table("t", col("id", nullable=False), col("a"), pk=("id",)), dialect="mysql")
    b = schema(table("t", col("id", nullable=False), col("a"), col("b"),
                     col("c", computed=model.Computed(expression="`b` * 10", persisted=True)),
                     col("total", computed=model.Computed(expression="a + b", persisted=False)),
                     pk=("id",)), dialect="mysql")
    for kind in ("mysql", "postgresql"):
        dropped = [s.sql for s in render_statements(schemanb.diff(b, a), kind)]
        assert [s.split()[5] for s in dropped] == ["c", "total", "b"]


def test_auto_increment_column_comes_with_its_key_in_one_statement() -> None:
    import schemanb

    a = schema(table("t", col("name", "VARCHAR(20)")), table("u", col("id", nullable=False)), dialect="mysql")
    b = schema(table("t", col("id", nullable=False, autoincrement=True), col("name", "VARCHAR(20)"), pk=("id",)),
               table("u", col("id", nullable=False, autoincrement=True), pk=("id",)), dialect="mysql")
    d = schemanb.diff(a, b)
    assert [s.sql for s in render_statements(d, "mysql")] == [
        "ALTER TABLE t ADD COLUMN id INTEGER NOT NULL AUTO_INCREMENT, ADD PRIMARY KEY (id)",
        "ALTER TABLE u MODIFY id INTEGER NOT NULL AUTO_INCREMENT, ADD PRIMARY KEY (id)",
    ]
    assert [s.sql for s in render_statements(d, "mysql", direction="downgrade")] == [
        "ALTER TABLE u MODIFY id INTEGER NOT NULL, DROP PRIMARY KEY",
        "ALTER TABLE t DROP PRIMARY KEY, DROP COLUMN id",
    ]
    back = schemanb.diff(b, a)  # the way back as its own diff: the key goes with the column
    assert sorted(s.sql for s in render_statements(back, "mysql")) == [
        "ALTER TABLE t DROP PRIMARY KEY, DROP COLUMN id",
        "ALTER TABLE u MODIFY id INTEGER NOT NULL, DROP PRIMARY KEY",
    ]
    assert sorted(s.sql for s in render_statements(back, "mysql", direction="downgrade")) == [
        "ALTER TABLE t ADD COLUMN id INTEGER NOT NULL AUTO_INCREMENT, ADD PRIMARY KEY (id)",
        "ALTER TABLE u MODIFY id INTEGER NOT NULL AUTO_INCREMENT, ADD PRIMARY KEY (id)",
    ]


def test_postgresql_table_rename_renames_its_generated_constraint_names() -> None:
    before = table("orders", col("id", nullable=False), col("user_id"), pk=("id",), fks=(fk("user_id", "users"),))
    after = table("order", col("id", nullable=False), col("user_id"), pk=("id",), fks=(fk("user_id", "users"),))
    d = HandDiff(schema(before, USERS), schema(after, USERS),
                 (change(ChangeKind.TABLE_RENAMED, "order", before=before, after=after),))
    assert render_sql(d, "postgresql") == (
        'ALTER TABLE orders RENAME TO "order";\n\n'
        'ALTER TABLE "order" RENAME CONSTRAINT orders_pkey TO order_pkey;\n\n'
        'ALTER TABLE "order" RENAME CONSTRAINT orders_user_id_fkey TO order_user_id_fkey;\n'
    )
    assert render_sql(d, "postgresql", direction="downgrade") == (
        'ALTER TABLE "order" RENAME CONSTRAINT order_user_id_fkey TO orders_user_id_fkey;\n\n'
        'ALTER TABLE "order" RENAME CONSTRAINT order_pkey TO orders_pkey;\n\n'
        'ALTER TABLE "order" RENAME TO orders;\n'
    )
    assert "RENAME CONSTRAINT" not in render_sql(d, "mariadb")
