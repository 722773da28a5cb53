"""The catalog SQL chosen per server flavour (#17): MySQL 8 has no
``information_schema.check_constraints.level`` (MariaDB's), so no query run
there may use it. We cannot run MySQL 8 here; the chosen SQL texts are checked."""

from __future__ import annotations

import re

from schemanb.dialects.catalog import load_sql
from schemanb.dialects.mysql import MySQLSupport


def _texts(*, mariadb: bool) -> dict[str, str]:
    return {name: load_sql("mysql", name) for name in MySQLSupport.table_fix_queries(mariadb=mariadb)}


def test_mysql_8_runs_no_query_on_mariadb_only_columns() -> None:
    texts = _texts(mariadb=False)
    assert "json_columns" not in texts and "column_checks" not in texts
    assert "expression" not in _texts(mariadb=True).get("index_expressions", "")
    for name, sql in texts.items():
        code = "\n".join(line.split("--")[0] for line in sql.splitlines())  # comments left out
        assert not re.search(r"\blevel\b", code, re.IGNORECASE), name


def test_mariadb_reads_json_columns_and_column_checks() -> None:
    texts = _texts(mariadb=True)
    assert "level = 'Column'" in texts["json_columns"] and "level = 'Column'" in texts["column_checks"]
    assert set(_texts(mariadb=False)) - set(texts) == {"index_expressions"}  # MySQL 8's statistics.expression
