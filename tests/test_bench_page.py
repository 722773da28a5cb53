"""``python -m bench page``: the benchmarks page (#20 item 13) — its tables, header and a real run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._page import Section, command_for, machine, render_page, to_markdown  # noqa: E402

OUTPUT = """\
migration rendering, 20 tables (SQLite A -> B), median of 1
case                  median s  vs alembic  peak MB  changes
--------------------  --------  ----------  -------  -------
schemanb sql             0.338       3.31x       55       12
alembic autogenerate     0.102       1.00x       52       13
"""


def test_printed_tables_become_markdown_tables_with_the_peer_beside():
    md = to_markdown(OUTPUT)
    assert md.splitlines() == [
        "migration rendering, 20 tables (SQLite A -> B), median of 1",
        "",
        "| case | median s | vs alembic | peak MB | changes |",
        "| --- | ---: | ---: | ---: | ---: |",
        "| schemanb sql | 0.338 | 3.31x | 55 | 12 |",
        "| alembic autogenerate | 0.102 | 1.00x | 52 | 13 |",
    ]


def test_lines_that_do_not_fit_end_a_table_and_aligned_text_is_fenced():
    output = (
        "schema   tool      median s\n"
        "-------  --------  --------\n"
        "chinook  schemanb     0.232\n"
        "chinook: sqlacodegen failed: ModuleNotFoundError\n"
        "postgres (100 tables):\n"
        "  case          median s  ratio\n"
        "  schemanb          1.10   1.00\n"
    )
    assert to_markdown(output).splitlines() == [
        "| schema | tool | median s |",
        "| --- | --- | ---: |",
        "| chinook | schemanb | 0.232 |",
        "",
        "```",
        "chinook: sqlacodegen failed: ModuleNotFoundError",
        "postgres (100 tables):",
        "  case          median s  ratio",
        "  schemanb          1.10   1.00",
        "```",
    ]


def test_the_page_names_machine_date_command_note_and_failures():
    page = render_page(
        [Section("migrate", "python -m bench migrate", 0, OUTPUT, 3.2),
         Section("erd", "python -m bench erd", 1, "x\nModuleNotFoundError: No module named 'eralchemy'", 1.0)],
        machine_info=[("CPU", "Some CPU, 2 logical cores"), ("memory", "4.0 GiB")],
        date="2025-01-02 03:04 UTC", command="python -m bench page --tables 100", note="A small run.",
    )
    assert page.startswith("# Benchmarks\n")
    assert "on 2025-01-02 03:04 UTC" in page and "`python -m bench page --tables 100`" in page
    assert "> A small run." in page
    assert "| CPU | Some CPU, 2 logical cores |" in page
    assert "## migrate" in page and "| schemanb sql | 0.338 | 3.31x | 55 | 12 |" in page
    assert "## erd" in page and "**Did not finish** (exit 1)" in page and "eralchemy" in page


def test_sizes_go_under_each_benchmarks_own_option():
    assert command_for("erd", "100", 1)[-4:] == ["--sizes", "100", "--repeat", "1"]
    assert command_for("reflect", "100", None)[-2:] == ["--tables", "100"]
    labels = dict(machine())
    assert "logical cores" in labels["CPU"] and "schemanb" in labels["libraries"]


def test_a_real_run_writes_the_page(tmp_path):
    out = tmp_path / "benchmarks.md"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "page", "--names", "migrate", "--tables", "5", "--repeat", "1",
         "-o", str(out), "--note", "tiny"],
        capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    page = out.read_text()
    assert "## migrate" in page and "| alembic autogenerate |" in page and "vs alembic" in page
