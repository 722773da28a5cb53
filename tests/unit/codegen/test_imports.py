"""The import block: grouped, minimal, in ruff's isort order (issue 8)."""

from __future__ import annotations

from schemanb.codegen.imports import Imports


def test_sections_and_order_follow_isort():
    imports = Imports()
    imports.add("sqlalchemy.orm", "mapped_column")
    imports.add("sqlalchemy", "text")
    imports.add("sqlalchemy", "JSON")
    imports.add("sqlalchemy", "Integer")
    imports.add("datetime")
    imports.add("typing", "Any")
    imports.add("__future__", "annotations")
    imports.add(".base", "Base")
    imports.add("sqlalchemy.dialects.postgresql", "JSONB")
    imports.add("sqlalchemy", "Integer")
    assert imports.render() == (
        "from __future__ import annotations\n"
        "\n"
        "import datetime\n"
        "from typing import Any\n"
        "\n"
        "from sqlalchemy import JSON, Integer, text\n"
        "from sqlalchemy.dialects.postgresql import JSONB\n"
        "from sqlalchemy.orm import mapped_column\n"
        "\n"
        "from .base import Base"
    )
    assert imports.bound_names == {"annotations", "datetime", "Any", "JSON", "Integer", "text",
                                   "JSONB", "mapped_column", "Base"}


def test_long_from_line_is_wrapped_one_name_per_line():
    imports = Imports()
    for name in ("BigInteger", "Boolean", "CheckConstraint", "Column", "Computed", "DateTime",
                 "ForeignKey", "Index", "Integer"):
        imports.add("sqlalchemy", name)
    text = imports.render()
    assert text.startswith("from sqlalchemy import (\n    BigInteger,\n    Boolean,\n")
    assert text.endswith("    Integer,\n)")
