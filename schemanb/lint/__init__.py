"""lint(schema) -> DataFrame of findings: the anomalies a snapshot can decide.

The union of SchemaSpy's anomalies, tbls' lint and SchemaCrawler's linters that
need no data: missing keys, unindexed foreign keys, redundant indexes, type
mismatches, FK cycles, naming and documentation gaps. Each rule is one function
in :mod:`schemanb.lint.rules`, registered by name in
:data:`schemanb.lint.registry.RULES`; pick rules with ``rules=`` and tune their
severity and options with ``config=``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..errors import LintConfigError
from .registry import (
    FINDING_COLUMNS,
    RULES,
    SEVERITIES,
    Finding,
    Rule,
    resolve_rules,
)

if TYPE_CHECKING:
    import pandas as pd

    from ..model import Schema

__all__ = [
    "FINDING_COLUMNS", "RULES", "SEVERITIES", "Finding", "LintConfigError",
    "find", "lint", "load_lint_config", "load_rules", "resolve_rules",
]


def load_rules() -> dict[str, Rule]:
    """Every rule, registered by name (importing :mod:`schemanb.lint.rules` registers them)."""
    from . import rules as _registered  # noqa: F401 - the import registers the rules

    return RULES


def find(
    schema: Schema,
    rules: str | list[str] | tuple[str, ...] | None = None,
    config: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Finding]:
    """The findings of the selected rules on ``schema``, as plain objects.

    Findings are sorted by severity (errors first), then rule-table order, then
    each rule's (schema) order.
    """
    load_rules()
    out: list[Finding] = []
    for resolved in resolve_rules(rules, config):
        for obj, message in resolved.rule.check(schema, resolved.options):
            out.append(Finding(resolved.rule.name, resolved.severity, obj, message))
    return sorted(out, key=lambda f: SEVERITIES.index(f.severity))


def lint(
    schema: Schema,
    rules: str | list[str] | tuple[str, ...] | None = None,
    config: Mapping[str, Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """Lint a snapshot: a DataFrame with columns rule, severity, object, message.

    Args:
        schema: the snapshot (or anything :func:`schemanb.inspect` accepts).
        rules: rule names to run (default: every rule enabled by default).
        config: per rule, ``{"severity": ..., "enabled": ..., <option>: ...}``.

    Raises:
        LintConfigError: an unknown rule, severity or option.

    Example:
        >>> import schemanb
        >>> from schemanb.model import Schema, Table, Column
        >>> s = Schema(tables=(Table(name="t", columns=(
        ...     Column(name="id", type_sql="INTEGER", type_generic="INTEGER"),)),))
        >>> list(schemanb.lint(s, rules=["no_primary_key"])["object"])
        ['t']
    """
    import pandas as pd

    from ..model import Schema as _Schema

    if not isinstance(schema, _Schema):
        from ..reflect import inspect

        schema = inspect(schema)
    rows = [f.as_tuple() for f in find(schema, rules, config)]
    return pd.DataFrame.from_records(rows, columns=list(FINDING_COLUMNS))


def load_lint_config(path: str) -> dict[str, dict[str, Any]]:
    """Read a lint configuration from TOML: a ``[lint.<rule>]`` or ``[<rule>]`` table each."""
    from ..extra import read_toml

    data = read_toml(path)
    section = data.get("lint", data)
    if not isinstance(section, dict) or not all(isinstance(v, dict) for v in section.values()):
        raise LintConfigError(
            f"{path}: expected one [lint.<rule>] table per rule, e.g. [lint.fk_cycle]"
        )
    return section
