"""The line magics through a real IPython InteractiveShell on real databases."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from IPython.core.error import UsageError
from IPython.core.interactiveshell import InteractiveShell

import schemanb
from schemanb.jupyter.magics import SchemaNBMagics

SHOP_DDL = (
    "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id),"
    " total NUMERIC(10, 2))",
)


@pytest.fixture
def shell():
    """The real shell with a fresh SchemaNBMagics (no connections) and a clean namespace."""
    ip = InteractiveShell.instance()
    magics = SchemaNBMagics(ip)
    ip.register_magics(magics)
    saved = dict(ip.user_ns)
    yield ip
    ip.user_ns.clear()
    ip.user_ns.update(saved)


@pytest.fixture
def shop(sqlite_db):
    sqlite_db.execute(*SHOP_DDL)
    return sqlite_db


def test_load_ext_registers_every_magic():
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "schemanb")
    names = set(ip.magics_manager.magics["line"])
    assert {"schemanb", "schema", "tables", "columns", "objects", "erd", "schemadiff", "snapshot"} <= names


def test_schema_returns_the_snapshot_of_a_url(shell, shop):
    result = shell.run_line_magic("schema", shop.url)
    assert isinstance(result, schemanb.Schema)
    assert [t.name for t in result.tables] == ["orders", "users"]


def test_assignment_form_keeps_the_object(shell, shop):
    shell.user_ns["url"] = shop.url
    outcome = shell.run_cell("s = %schema url")
    assert outcome.success
    assert shell.user_ns["s"].table("orders").column("total").type_sql == "NUMERIC(10, 2)"


def test_connect_makes_the_current_source(shell, shop, capsys):
    shell.run_line_magic("schemanb", f"connect shop {shop.url}")
    assert "connected shop" in capsys.readouterr().out
    tables = shell.run_line_magic("tables", "")
    assert list(tables["table"]) == ["orders", "users"]
    assert list(tables["foreign_keys"]) == [1, 0]
    columns = shell.run_line_magic("columns", "orders shop")
    assert list(columns["column"]) == ["id", "user_id", "total"]
    assert list(columns["is_fk"]) == [False, True, False]


def test_connect_reads_the_url_from_an_environment_variable(shell, shop, monkeypatch):
    monkeypatch.setenv("SCHEMANB_TEST_SHOP_URL", shop.url)
    shell.run_line_magic("schemanb", "connect envshop --env SCHEMANB_TEST_SHOP_URL")
    assert shell.run_line_magic("schemanb", "connections") == {"envshop": shop.url}
    assert len(shell.run_line_magic("schema", "").tables) == 2


def test_password_is_never_echoed(shell, capsys):
    url = "postgresql://app:s3cret-pw@127.0.0.1:1/nowhere"
    shell.run_line_magic("schemanb", f"connect prod {url}")
    listed = shell.run_line_magic("schemanb", "connections")
    out = capsys.readouterr().out
    assert "s3cret-pw" not in out and "s3cret-pw" not in repr(listed)
    assert listed == {"prod": "postgresql://app:***@127.0.0.1:1/nowhere"}


def test_unreachable_source_is_a_one_line_usage_error_without_password(shell):
    shell.run_line_magic("schemanb", "connect prod postgresql+psycopg://app:s3cret-pw@127.0.0.1:1/x")
    with pytest.raises(UsageError) as info:
        shell.run_line_magic("schema", "prod")
    assert type(info.value) is UsageError
    assert "s3cret-pw" not in str(info.value)
    assert "\n" not in str(info.value)


def test_run_cell_shows_errors_without_traceback(shell, capsys):
    outcome = shell.run_cell("%schema no_such_thing")
    assert type(outcome.error_in_exec) is UsageError
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "'no_such_thing' is not a connection" in text
    assert "Traceback" not in text


def test_no_source_and_no_connection_says_how_to_connect(shell):
    with pytest.raises(UsageError, match="schemanb connect NAME URL"):
        shell.run_line_magic("tables", "")


def test_missing_table_names_the_table(shell, shop):
    with pytest.raises(UsageError, match="no table 'nope'"):
        shell.run_line_magic("columns", f"nope {shop.url}")


def test_variables_hold_metadata_engines_and_schemas(shell, shop):
    md = sa.MetaData()
    sa.Table("things", md, sa.Column("id", sa.Integer, primary_key=True))
    shell.user_ns.update(md=md, engine=shop.engine, snap=schemanb.inspect(shop.url))
    assert [t.name for t in shell.run_line_magic("schema", "md").tables] == ["things"]
    assert [t.name for t in shell.run_line_magic("schema", "engine").tables] == ["orders", "users"]
    assert shell.run_line_magic("schema", "snap") is shell.user_ns["snap"]


def test_snapshot_writes_a_file_that_loads_back(shell, shop, tmp_path, capsys):
    target = tmp_path / "shop.json"
    result = shell.run_line_magic("snapshot", f"{shop.url} -o {target}")
    assert "wrote 2 tables" in capsys.readouterr().out
    assert json.loads(target.read_text())["tables"][0]["name"] == "orders"
    assert schemanb.load(target) == result
    assert shell.run_line_magic("schema", str(target)) == result


@pytest.mark.parametrize("magic", ["schemanb", "schema", "tables", "columns", "objects", "erd", "schemadiff",
                                   "snapshot"])
def test_help_prints_the_docstring_and_returns_nothing(shell, magic, capsys):
    assert shell.run_line_magic(magic, "--help") is None
    out = capsys.readouterr().out
    assert f"%{magic}" in out
    assert "-h, --help" in out


def test_bad_arguments_are_usage_errors(shell):
    with pytest.raises(UsageError):
        shell.run_line_magic("snapshot", "somewhere")  # -o missing
    with pytest.raises(UsageError):
        shell.run_line_magic("schemanb", "explode")


@pytest.fixture
def drift(tmp_path):
    """The sample's dev and prod variants in two SQLite files, as URLs."""
    from schemanb.sample import build_sample

    return build_sample(tmp_path / "dev.db", "dev"), build_sample(tmp_path / "prod.db", "prod")


def test_schemadiff_returns_the_explorer_over_the_real_diff(shell, drift):
    from schemanb.jupyter.explorer.view import DriftExplorer

    dev, prod = drift
    shell.run_line_magic("schemanb", f"connect dev {dev}")
    shell.run_line_magic("schemanb", f"connect prod {prod}")
    explorer = shell.run_line_magic("schemadiff", "dev prod")
    expected = schemanb.diff(schemanb.inspect(dev), schemanb.inspect(prod))
    assert isinstance(explorer, DriftExplorer)
    assert explorer.diff.changes == expected.changes
    plain = shell.run_line_magic("schemadiff", "dev prod --no-explorer")
    assert plain.changes == expected.changes


def test_erd_focuses_a_table_and_colours_a_diff(shell, drift):
    dev, prod = drift
    shell.run_line_magic("schemanb", f"connect prod {prod}")
    whole = shell.run_line_magic("erd", "")
    assert len(whole.table_keys) == 15
    focused = shell.run_line_magic("erd", "orders --depth 1")
    names = {k.name for k in focused.table_keys}
    assert "orders" in names and "customers" in names and "reviews" not in names
    shell.user_ns["dev_url"] = dev
    coloured = shell.run_line_magic("erd", "audit_log --depth 0 dev_url prod")
    assert [k.name for k in coloured.table_keys] == ["audit_log"]
    assert coloured.source != shell.run_line_magic("erd", "audit_log --depth 0 prod").source


def test_erd_mermaid_shows_as_a_markdown_fence(shell, drift):
    dev, prod = drift
    shell.user_ns["dev_url"] = dev
    shell.run_line_magic("schemanb", f"connect prod {prod}")
    diagram = shell.run_line_magic("erd", "orders --mermaid dev_url prod")
    dot = shell.run_line_magic("erd", "orders dev_url prod")
    assert diagram.table_keys == dot.table_keys
    formatted, _ = shell.display_formatter.format(diagram)
    assert formatted["text/markdown"].startswith("```mermaid\nerDiagram\n")
    assert "classDef changed" in formatted["text/markdown"]
    assert formatted["text/plain"].startswith("<MermaidDiagram: ")


def test_erd_names_a_missing_table(shell, drift):
    with pytest.raises(UsageError, match="no table 'ordres'"):
        shell.run_line_magic("erd", f"ordres {drift[0]}")


def test_magics_read_postgresql(shell, pg_db):
    pg_db.execute(*SHOP_DDL)
    shell.run_line_magic("schemanb", f"connect pg {pg_db.url}")
    tables = shell.run_line_magic("tables", "pg")
    assert list(tables["table"]) == ["orders", "users"]
    columns = shell.run_line_magic("columns", "orders")
    assert list(columns["type"]) == ["INTEGER", "INTEGER", "NUMERIC(10, 2)"]
