"""Rendering to files, and what happens when Graphviz's ``dot`` is missing."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

import schemanb
from schemanb.erd.render import format_for, render_bytes, write
from schemanb.errors import GraphvizNotFoundError, RenderError


@pytest.fixture
def no_graphviz(monkeypatch, tmp_path):
    """A PATH without Graphviz on it (a real missing executable, not a mock)."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


def test_missing_dot_says_how_to_install_and_keeps_the_source(shop_schema, no_graphviz):
    d = schemanb.erd(shop_schema)
    with pytest.raises(GraphvizNotFoundError) as info:
        render_bytes(d, "svg")
    msg = str(info.value)
    assert "\n" not in msg
    assert "Graphviz's `dot` is not installed" in msg and "apt-get install graphviz" in msg
    assert info.value.source == d.source and "digraph schema" in info.value.source


def test_missing_dot_shows_a_hint_in_jupyter_instead_of_a_traceback(shop_schema, no_graphviz):
    bundle = schemanb.erd(shop_schema)._repr_mimebundle_()
    assert list(bundle) == ["text/plain"] and "install Graphviz" in bundle["text/plain"]


def test_dot_format_needs_no_graphviz(shop_schema, no_graphviz, tmp_path):
    out = write(schemanb.erd(shop_schema), tmp_path / "er.dot")
    assert out.read_text(encoding="utf-8").startswith("digraph schema {")


@pytest.mark.parametrize(("suffix", "magic"), [
    ("svg", b"<?xml"), ("png", b"\x89PNG"), ("pdf", b"%PDF"), ("gv", b"digraph")])
def test_write_picks_the_format_from_the_extension(shop_schema, tmp_path, suffix, magic):
    out = write(schemanb.erd(shop_schema), tmp_path / f"er.{suffix}")
    assert out.read_bytes().startswith(magic)
    if suffix == "svg":
        ET.fromstring(out.read_bytes())


def test_failed_render_leaves_no_file(shop_schema, no_graphviz, tmp_path):
    target = tmp_path / "er.svg"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(GraphvizNotFoundError):
        write(schemanb.erd(shop_schema), target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["er.svg"]


def test_unknown_formats_are_one_line_errors():
    with pytest.raises(RenderError, match=r"cannot tell the diagram format of 'er\.jpg'"):
        format_for("er.jpg")
    with pytest.raises(RenderError, match=r"unknown diagram format 'gif'"):
        format_for("er.svg", "gif")
    assert format_for("ER.SVG") == "svg"
