"""The lint vocabulary: Finding, Rule, the rule table and rule configuration.

A rule is one small pure function ``check(schema, options) -> Iterator[Finding]``
registered with :func:`rule`. The table :data:`RULES` maps each rule name to its
:class:`Rule` (default severity, description, default options); it is filled when
:mod:`schemanb.lint.rules` is imported. Configuration is a plain mapping
``{rule_name: {"severity": ..., "enabled": ..., <option>: ...}}`` so that it reads
naturally from TOML.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..errors import LintConfigError
from ..model import Schema

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
#: Columns of the findings DataFrame, in order.
FINDING_COLUMNS = ("rule", "severity", "object", "message")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by a rule: which rule, how bad, on what, and why."""

    rule: str
    severity: Severity
    object: str
    message: str

    def as_tuple(self) -> tuple[str, str, str, str]:
        return (self.rule, self.severity, self.object, self.message)


Check = Callable[[Schema, Mapping[str, Any]], Iterator[tuple[str, str]]]


@dataclass(frozen=True)
class Rule:
    """A registered rule; ``check`` yields ``(object, message)`` pairs."""

    name: str
    severity: Severity
    description: str
    check: Check
    options: Mapping[str, Any] = field(default_factory=dict)
    enabled: bool = True


RULES: dict[str, Rule] = {}


def rule(
    name: str,
    severity: Severity,
    description: str,
    *,
    enabled: bool = True,
    **options: Any,
) -> Callable[[Check], Check]:
    """Register the decorated function as the rule ``name``."""

    def register(check: Check) -> Check:
        RULES[name] = Rule(name, severity, description, check, dict(options), enabled)
        return check

    return register


@dataclass(frozen=True)
class Resolved:
    """A rule with its effective severity and options."""

    rule: Rule
    severity: Severity
    options: Mapping[str, Any]


def resolve_rules(
    rules: str | list[str] | tuple[str, ...] | None = None,
    config: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Resolved]:
    """The rules to run, in table order, with severities and options applied.

    ``rules=None`` runs every rule enabled by default (and by ``config``); a list
    names exactly the rules to run.

    Raises:
        LintConfigError: an unknown rule, severity or option.
    """
    config = dict(config or {})
    selected = [rules] if isinstance(rules, str) else rules
    for name in [*(selected or ()), *config]:
        if name not in RULES:
            raise LintConfigError(
                f"unknown lint rule {name!r} — choose from: {', '.join(sorted(RULES))}"
            )
    out = []
    for name, r in RULES.items():
        settings = dict(config.get(name, {}))
        enabled = bool(settings.pop("enabled", r.enabled))
        if (selected is not None and name not in selected) or (selected is None and not enabled):
            continue
        severity = settings.pop("severity", r.severity)
        if severity not in SEVERITIES:
            raise LintConfigError(
                f"lint rule {name}: severity {severity!r} is not one of {', '.join(SEVERITIES)}"
            )
        unknown = sorted(set(settings) - set(r.options))
        if unknown:
            known = ", ".join(sorted(r.options)) or "none"
            raise LintConfigError(
                f"lint rule {name}: unknown option(s) {', '.join(unknown)} (options: {known})"
            )
        out.append(Resolved(r, severity, {**r.options, **settings}))
    return out
