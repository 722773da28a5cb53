"""Labels escape everything that came from a database (the only door into DOT)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from builders import col
from hostile import HOSTILE_COMMENTS, HOSTILE_NAMES

from schemanb.erd import labels


@pytest.mark.parametrize("text", [*HOSTILE_NAMES.values(), *HOSTILE_COMMENTS.values()],
                         ids=[*HOSTILE_NAMES, *(f"comment-{k}" for k in HOSTILE_COMMENTS)])
def test_dot_text_is_xml_safe_and_doubles_backslashes(text):
    out = labels.dot_text(text)
    assert "<" not in out and ">" not in out and '"' not in out
    # XML-decoding gives back the text with each backslash doubled (Graphviz's escape).
    decoded = ET.fromstring(f"<x a=\"{out}\">{out}</x>")
    assert decoded.text == text.replace("\\", "\\\\")
    assert decoded.get("a") == text.replace("\\", "\\\\")


def test_control_characters_become_replacement_characters_and_newlines_entities():
    assert labels.dot_text("a\x00b\x1bc\nd") == "a\ufffdb\ufffdc&#10;d"


def test_table_label_is_one_html_string_with_ports_and_links():
    rows = [labels.Row(port="c0", column=col("id", comment="the <key>"), markers="PK",
                       href="t.html#id")]
    out = labels.table_label("users", rows, href="t.html", tooltip=None)
    assert out.startswith("<<TABLE") and out.endswith("</TABLE>>")
    assert 'PORT="c0w"' in out and 'PORT="c0e"' in out
    assert 'HREF="t.html#id" TOOLTIP="the &lt;key&gt;"' in out
    assert 'HREF="t.html" TOOLTIP="users"' in out
    ET.fromstring(out[1:-1])  # well-formed


def test_renames_show_old_and_new_names():
    rows = [labels.Row(port="c0", column=col("email"), old_name="mail", status="changed")]
    out = labels.table_label("people", rows, status="changed", old_title="users")
    assert "<S>users</S> → people" in out
    assert "<S>mail</S> → email" in out
    assert labels.STATUS_COLOURS["changed"][1] in out


def test_tooltips_are_truncated():
    long = "x" * 5000
    out = labels.table_label("t", [], tooltip=long)
    assert "x" * (labels.TOOLTIP_MAX - 1) + "…" in out and "x" * labels.TOOLTIP_MAX not in out
