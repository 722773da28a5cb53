"""``schemanb erd``: files written, formats, focus, diff, one-line errors.

Two tests run the real command in a subprocess; the rest call ``cli.main`` in
process (the same code path, without paying the interpreter start each time).
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import sqlalchemy as sa

SVG = "{http://www.w3.org/2000/svg}"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    return subprocess.run([sys.executable, "-m", "schemanb", "erd", *args], cwd=cwd, env=env,
                          text=True, capture_output=True, timeout=120, check=False)


def main(*args: str, capsys) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    from schemanb.cli import main as cli_main

    code = cli_main(["erd", *args])
    out, err = capsys.readouterr()
    return code, out, err


def make_db(path: Path, *, drift: bool = False) -> str:
    md = sa.MetaData()
    sa.Table("customers", md, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("email", sa.String(100), nullable=drift))
    sa.Table("orders", md, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")))
    sa.Table("items", md, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id")))
    if drift:
        sa.Table("coupons", md, sa.Column("id", sa.Integer, primary_key=True),
                 sa.Column("code", sa.String(20)))
    url = f"sqlite:///{path}"
    engine = sa.create_engine(url)
    md.create_all(engine)
    engine.dispose()
    return url


def nodes(svg_path: Path) -> int:
    root = ET.fromstring(svg_path.read_bytes())
    return sum(1 for g in root.iter(f"{SVG}g") if g.get("class") == "node")


def test_writes_svg_with_focus_and_depth(tmp_path):
    url = make_db(tmp_path / "shop.db")
    out = tmp_path / "er.svg"
    res = run(url, "-o", str(out), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stdout == f"wrote {out}: 3 tables\n" and nodes(out) == 3
    res = run(url, "-o", str(out), "--focus", "items", "--depth", "1", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert nodes(out) == 2 and "2 of 3 tables" in res.stdout


def test_views_are_drawn_unless_no_views(tmp_path, capsys):
    url = make_db(tmp_path / "shop.db")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE VIEW order_totals AS SELECT o.id, c.email FROM orders o "
            "JOIN customers c ON c.id = o.customer_id"
        )
    engine.dispose()
    out = tmp_path / "er.dot"
    code, stdout, err = main(url, "-o", str(out), capsys=capsys)
    assert code == 0, err
    assert stdout == f"wrote {out}: 3 tables, 1 view\n"
    assert "order_totals" in out.read_text(encoding="utf-8")
    code, stdout, err = main(url, "-o", str(out), "--no-views", capsys=capsys)
    assert code == 0, err
    assert stdout == f"wrote {out}: 3 tables\n"
    assert "order_totals" not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "extra", "magic"), [
    ("er.png", [], b"\x89PNG"), ("er.pdf", [], b"%PDF"), ("er.dot", [], b"digraph"),
    ("er.out", ["--format", "svg"], b"<?xml")])
def test_formats_from_extension_or_flag(tmp_path, capsys, name, extra, magic):
    url = make_db(tmp_path / "shop.db")
    code, out, err = main(url, "-o", str(tmp_path / name), "--columns", "keys", "--tables",
                          "orders", "customers", *extra, capsys=capsys)
    assert code == 0, err
    assert (tmp_path / name).read_bytes().startswith(magic)


def test_snapshot_source_and_diff_colouring(tmp_path, capsys):
    import schemanb

    a = make_db(tmp_path / "dev.db")
    b = make_db(tmp_path / "prod.db", drift=True)
    snap = tmp_path / "dev.json"
    schemanb.inspect(a).save(snap)
    out = tmp_path / "drift.dot"
    code, stdout, err = main(str(snap), "-o", str(out), "--diff", b, "--depth", "0",
                             capsys=capsys)
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "#c8e6c9" in text and "#ffe0b2" in text  # coupons added, customers changed
    assert "2 changed tables" in stdout and ": 2 tables" in stdout


@pytest.mark.parametrize(("args", "message"), [
    (["--focus", "nope"], "schemanb: error: no table 'nope' in this snapshot to draw"),
    (["--depth", "-2", "--focus", "orders"], "schemanb: error: depth must be 0 or more"),
    (["--url-template", "{nope}"], "schemanb: error: url_template '{nope}' is not usable"),
])
def test_bad_input_is_exit_2_with_one_line_and_no_file(tmp_path, capsys, args, message):
    url = make_db(tmp_path / "shop.db")
    out = tmp_path / "er.svg"
    code, _, err = main(url, "-o", str(out), *args, capsys=capsys)
    assert code == 2
    assert err.startswith(message) and err.count("\n") == 1
    assert not out.exists()


def test_unknown_extension_is_refused_before_inspecting(tmp_path):
    res = run("sqlite:///nowhere/none.db", "-o", str(tmp_path / "er.jpg"), cwd=tmp_path)
    assert res.returncode == 2
    assert res.stderr == (f"schemanb: error: cannot tell the diagram format of "
                          f"'{tmp_path / 'er.jpg'}' from its extension — name it .svg, .png, "
                          ".pdf, .dot, .mmd or .md, or give the format\n")


def test_mermaid_mmd_and_fenced_md_with_the_same_selection(tmp_path, capsys):
    url = make_db(tmp_path / "shop.db")
    code, out, _ = main(url, "-o", str(tmp_path / "er.mmd"), "--focus", "items", "--depth", "1",
                        "--columns", "keys", capsys=capsys)
    assert code == 0 and "wrote" in out and "2 tables" in out
    text = (tmp_path / "er.mmd").read_text()
    assert text.startswith("erDiagram\n") and "customers" not in text
    assert '  orders |o--o{ items : "order_id"' in text
    code, _, _ = main(url, "--format", "mermaid", "-o", str(tmp_path / "er.md"), capsys=capsys)
    md = (tmp_path / "er.md").read_text()
    assert code == 0 and md.startswith("```mermaid\nerDiagram\n") and md.endswith("```\n")
    drifted = make_db(tmp_path / "prod.db", drift=True)
    code, _, _ = main(url, "--diff", drifted, "-o", str(tmp_path / "d.mmd"), capsys=capsys)
    assert code == 0 and "  class coupons added" in (tmp_path / "d.mmd").read_text()


def test_mermaid_diagram_cannot_be_svg_one_line(tmp_path):
    url = make_db(tmp_path / "shop.db")
    done = run(url, "--format", "mermaid", "-o", str(tmp_path / "er.svg"), cwd=tmp_path)
    assert done.returncode == 0  # --format wins over the extension: the text is written
    assert (tmp_path / "er.svg").read_text().startswith("erDiagram")
    bad = run(url, "-o", str(tmp_path / "er.txt"), cwd=tmp_path)
    assert bad.returncode == 2 and ".mmd or .md" in bad.stderr and "Traceback" not in bad.stderr
