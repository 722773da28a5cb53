"""The site's parts: parameter injection, notebook errors, SVG checks, slugs, the CLI."""

from __future__ import annotations

import subprocess
import sys

import nbformat
import pytest
from builders import col, schema, table

import schemanb
from schemanb.errors import RenderError, SiteBuildError
from schemanb.site.context import build_slugs, slugify
from schemanb.site.diagrams import check_svg, render_svgs
from schemanb.site.params import inject_parameters, render_parameters
from schemanb.site.run import Job, execute_all


def _nb(*sources: str, tag_first: bool = True):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    if tag_first:
        nb.cells[0].metadata["tags"] = ["parameters"]
    return nb


def test_parameters_go_after_the_parameters_cell_and_replace_earlier_injection() -> None:
    nb = _nb("x = 1", "print(x)")
    once = inject_parameters(nb, {"x": 2, "tables": [[None, "a"]]})
    twice = inject_parameters(once, {"x": 3})
    assert [c.source for c in once.cells] == [
        "x = 1", "# Parameters\nx = 2\ntables = [[None, 'a']]", "print(x)"]
    assert [c.source for c in twice.cells] == ["x = 1", "# Parameters\nx = 3", "print(x)"]
    assert twice.cells[1].metadata["tags"] == ["injected-parameters"]
    assert nb.cells[1].source == "print(x)"  # the input is not changed
    assert inject_parameters(_nb("a", tag_first=False), {"y": 1}).cells[0].source.endswith("y = 1")


def test_only_plain_values_are_parameters() -> None:
    with pytest.raises(SiteBuildError, match="pass only str"):
        render_parameters({"engine": object()})
    with pytest.raises(SiteBuildError, match="not a Python identifier"):
        render_parameters({"a-b": 1})


def test_a_failing_notebook_is_a_site_build_error_naming_template_and_cell(tmp_path) -> None:
    nb = inject_parameters(_nb("n = 0", "value = 1 / n"), {"n": 0})
    with pytest.raises(SiteBuildError) as info:
        execute_all([Job("broken", nb, tmp_path)])
    err = info.value
    assert (err.template, err.cell) == ("broken", 2)
    assert "site notebook broken failed at cell 2: ZeroDivisionError" in str(err)
    assert "\n" not in str(err)


def test_check_svg_refuses_script_handlers_and_foreign_links() -> None:
    (svg,) = render_svgs(['digraph { a [label="<script>x</script>" URL="snlink:a"] }'])
    assert svg.startswith("<svg") and "&lt;script&gt;" in svg
    for bad in ['<svg><script>1</script></svg>', '<svg onload="x()"></svg>',
                '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:x()"/></svg>',
                '<svg><a href="https://example.com/"/></svg>']:
        with pytest.raises(RenderError):
            check_svg(bad)


def test_slugs_are_safe_unique_and_stable() -> None:
    taken: set[str] = set()
    assert slugify("orders", taken) == "orders"
    assert slugify("Orders", taken).startswith("Orders-")  # case-insensitive clash
    s = schema(table("a/b"), table("a\\b"), table("<x>"))
    slugs = build_slugs(t.key for t in s.tables)
    assert len(set(slugs.values())) == 3
    assert all(c.isalnum() or c in "-_" for v in slugs.values() for c in v)
    assert slugs == build_slugs(t.key for t in s.tables)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "schemanb", *args],
                          capture_output=True, text=True, check=False)


def test_docs_command_builds_and_rebuild_removes_stale_pages(tmp_path) -> None:
    first = schema(table("alpha", col("id")), table("beta", col("id")))
    second = schema(table("alpha", col("id"), comment="now documented"))
    first.save(tmp_path / "first.json")
    second.save(tmp_path / "second.json")
    out = tmp_path / "site"
    result = _cli("docs", str(tmp_path / "first.json"), "-o", str(out), "--no-progress",
                  "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote {out / 'index.html'}\n"
    assert sorted(p.name for p in (out / "tables").iterdir()) == ["alpha.html", "beta.html"]
    index = schemanb.export_site(tmp_path / "second.json", out, progress=False, jobs=1)
    assert sorted(p.name for p in (out / "tables").iterdir()) == ["alpha.html"]
    assert "now documented" in index.read_text(encoding="utf-8")
    assert not (out / "views.html").exists()


def test_docs_command_bad_metadata_is_one_line_exit_2(tmp_path) -> None:
    schema(table("alpha", col("id"))).save(tmp_path / "s.json")
    meta = tmp_path / "meta.toml"
    meta.write_text('[tables.nope]\ncomment = "x"\n', encoding="utf-8")
    result = _cli("docs", str(tmp_path / "s.json"), "-o", str(tmp_path / "site"),
                  "--metadata", str(meta), "--no-progress")
    assert result.returncode == 2
    assert result.stderr == ("schemanb: error: tables: no table nope in the snapshot — "
                             "check the name\n")
    assert not (tmp_path / "site" / "index.html").exists()


def test_a_hand_built_snapshot_with_a_password_is_masked_and_bad_lint_config_fails_fast(
        tmp_path) -> None:
    import dataclasses

    from schemanb.lint import LintConfigError

    s = schema(table("alpha", col("id")))
    s = dataclasses.replace(s, info=dataclasses.replace(
        s.info, source="postgresql://app:Hunter2-pw@db/prod"))
    with pytest.raises(LintConfigError, match="unknown lint rule 'nope'"):
        schemanb.export_site(s, tmp_path / "bad", lint_config={"nope": {}}, progress=False)
    assert not (tmp_path / "bad").exists()
    out = tmp_path / "site"
    schemanb.export_site(s, out, progress=False, jobs=1)
    for path in out.rglob("*"):
        if path.is_file():
            assert b"Hunter2-pw" not in path.read_bytes(), path
    assert "postgresql://app:***@db/prod" in (out / "index.html").read_text(encoding="utf-8")


def test_notebooks_run_from_inside_a_running_event_loop_as_in_jupyter(tmp_path) -> None:
    import asyncio

    async def inside_a_cell() -> list:
        return execute_all([Job("loop", _nb("print(1 + 1)", tag_first=False), tmp_path)])

    (nb,) = asyncio.run(inside_a_cell())
    assert nb.cells[0].outputs[0]["text"] == "2\n"
    assert nb.cells[0].execution_count == 1
