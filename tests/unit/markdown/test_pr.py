"""``SchemaDiff`` as a pull-request comment: summary by risk, a section per table, the SQL."""

from __future__ import annotations

import re

from builders import col, fk, schema, table

import schemanb
from schemanb.markdown import render_diff_markdown


def before_after():  # type: ignore[no-untyped-def]
    a = schema(
        table("users", col("id", nullable=False), col("mail", "TEXT"), pk=("id",)),
        table("legacy", col("id", nullable=False), pk=("id",)),
        table("orders", col("id", nullable=False), col("user_id"), pk=("id",)),
        dialect="postgresql",
    )
    b = schema(
        table("users", col("id", nullable=False), col("mail", "TEXT", nullable=False),
              col("<b>nick|name</b>", "TEXT"), pk=("id",)),
        table("orders", col("id", nullable=False), col("user_id"), pk=("id",),
              fks=(fk("user_id", "users"),)),
        dialect="postgresql",
    )
    return a, b


def test_summary_sections_and_sql():
    a, b = before_after()
    d = schemanb.diff(a, b)
    text = render_diff_markdown(d, sql=lambda: d.to_sql("postgresql"))
    assert text.startswith("## Schema changes\n")
    summary = re.search(r"\| risk \| changes \| objects \|\n\| --- \| --- \| --- \|\n((?:\|.*\n)+)",
                        text)
    assert summary is not None
    risks = [line.split("|")[1].split()[-1] for line in summary.group(1).splitlines()]
    assert risks[0] == "destructive"  # worst first
    levels = {"destructive": 3, "locking": 2, "review": 1, "safe": 0}
    assert [levels[r] for r in risks] == sorted((levels[r] for r in risks), reverse=True)
    assert text.count("<details>") == text.count("</details>") == 4  # 3 tables + the SQL
    assert "<summary>🔴 <code>legacy</code>: 1 change (destructive)</summary>" in text
    first = text.index("<details>")
    assert text.index("<code>legacy</code>") < text.index("<code>users</code>")
    assert first < text.index("<summary>Migration SQL</summary>")
    assert "```sql\n" in text and "DROP TABLE legacy" in text
    # the hostile column: code span with its pipe escaped, no raw markup
    assert "`<b>nick\\|name</b>`" in text
    outside_sql = re.sub(r"```sql\n.*?```\n", "", text, flags=re.S)
    assert "<b>nick" not in outside_sql.replace("`<b>nick", "")


def test_no_changes():
    a, _ = before_after()
    assert render_diff_markdown(schemanb.diff(a, a)) == "## Schema changes\n\nNo differences.\n"


def test_summary_names_are_html_escaped():
    a = schema(table("x", col("id")))
    b = schema(table("x", col("id")), table("<script>alert(1)</script>", col("id")))
    text = render_diff_markdown(schemanb.diff(a, b))
    assert "<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>" in text
    assert "<script>" not in text.replace("`<script>alert(1)</script>`", "")
