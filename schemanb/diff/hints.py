"""Rename decisions: naming a pair, and the hints file that stores decisions.

A pair is written ``"OLD -> NEW"`` where each side is ``table`` or
``table.column`` (schema-qualified tables as ``schema.table``); a bare column
name is accepted where it is unambiguous. The hints file is JSON or TOML::

    {"renames": {"accept": ["users.name -> users.full_name", "orders -> purchases"],
                 "reject": ["items.sku -> items.code"]}}

    [renames]
    accept = ["users.name -> users.full_name"]
    reject = []

Items may also be ``[old, new]`` lists. A hint that names no dropped/added pair
of this diff is skipped with a :class:`~schemanb.errors.SchemaNBWarning`
(:func:`schemanb.diff.result.apply_hints`), so a
CI rerun against a newer schema does not fail on a stale hint.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .._fs import atomic_write
from ..errors import DiffError
from ..model import Schema
from . import plan
from .changes import Change, ChangeKind
from .renames import Pair, Renames

# ------------------------------------------------------------------ naming a pair


def candidate_pair(renames: Renames, change: Change) -> Pair:
    """The ``(old, new)`` strings of a rename :class:`Change` (a candidate or a change in force)."""
    if change.kind is ChangeKind.TABLE_RENAMED:
        return str(change.before.key), str(change.after.key)
    if change.kind is not ChangeKind.COLUMN_RENAMED:
        raise DiffError(f"{change.kind.value} {change.ref} is not a rename — pass a rename "
                        "candidate or 'table.column' names")
    table_b = change.ref.table
    table_a = renames.old_tables().get(table_b, table_b)
    return f"{table_a}.{change.before.name}", f"{table_b}.{change.after.name}"


def resolve_pair(
    renames: Renames, a: Schema, b: Schema, options: plan.DiffOptions, old: str | Change, new: str | None
) -> Pair:
    """Turn what a caller wrote into the canonical ``(old, new)`` of a possible rename."""
    if isinstance(old, Change):
        return candidate_pair(renames, old)
    if new is None:
        old, sep, new = old.partition("->")
        if not sep:
            raise DiffError(f"rename {old!r} needs a new name — write 'old -> new'")
    old, new = old.strip(), new.strip()
    known = [c.pair for c in renames.candidates]
    matches = [p for p in known if _spells(p, old, new)]
    if len(set(matches)) == 1:
        return matches[0]
    if len(set(matches)) > 1:
        raise DiffError(f"rename {old} -> {new} is ambiguous — write 'table.column' on both "
                        f"sides (one of: {', '.join(' -> '.join(p) for p in matches)})")
    return _structural_pair(renames, a, b, options, old, new)


def _spells(pair: Pair, old: str, new: str) -> bool:
    full_old, full_new = pair
    if (full_old, full_new) == (old, new):
        return True
    bare_old, bare_new = full_old.rpartition(".")[2], full_new.rpartition(".")[2]
    return "." in full_old and (bare_old, bare_new) == (old, new) or (
        old == full_old and new == bare_new
    )


def _structural_pair(
    renames: Renames, a: Schema, b: Schema, options: plan.DiffOptions, old: str, new: str
) -> Pair:
    a = plan.prepare(a, options)
    b = plan.prepare(b, plan.DiffOptions())
    tables_a = {str(t.key): t for t in a.tables}
    tables_b = {str(t.key): t for t in b.tables}
    if old in tables_a and new in tables_b:
        if old in tables_b or new in tables_a:
            raise DiffError(f"cannot rename table {old} to {new}: {old} still exists or "
                            f"{new} existed before — a rename needs a dropped and an added table")
        return old, new
    table_old, _, col_old = old.rpartition(".")
    if table_old not in tables_a or col_old not in tables_a[table_old].column_map:
        raise DiffError(f"no table or column {old!r} in snapshot a — name a dropped table "
                        "or 'table.column'")
    table_new, _, col_new = new.rpartition(".")
    if not table_new:
        table_new = next(
            (c.new for c in renames.accepted if c.kind == "table" and c.old == table_old), table_old
        )
    target = tables_b.get(table_new)
    if target is None or col_new not in target.column_map:
        raise DiffError(f"no column {new!r} in snapshot b — name an added column as "
                        "'table.column'")
    if col_old in target.column_map or col_new in tables_a[table_old].column_map:
        raise DiffError(f"cannot rename {old} to {table_new}.{col_new}: a rename needs a "
                        "dropped column and an added one")
    return old, f"{table_new}.{col_new}"


# ------------------------------------------------------------------- hints files


def load_hints(path: str | os.PathLike[str]) -> tuple[plan.Decision, ...]:
    """The decisions in a hints file: ``(old, new, accepted)`` triples."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as err:
        raise DiffError(f"cannot read renames file {file}: {err.strerror} — check the path "
                        "given to --renames") from err
    try:
        if file.suffix.lower() == ".toml":
            import tomllib

            data = tomllib.loads(text)
        else:
            data = json.loads(text)
    except ValueError as err:
        raise DiffError(f"renames file {file} is not valid {file.suffix[1:] or 'JSON'}: "
                        f"{err} — see docs/diff.md for the format") from err
    return parse_hints(data, source=str(file))


def parse_hints(data: Any, *, source: str = "hints") -> tuple[plan.Decision, ...]:
    """Decisions from a decoded hints document (see the module docstring)."""
    section = data.get("renames") if isinstance(data, dict) else None
    if not isinstance(section, dict):
        raise DiffError(f"{source} has no 'renames' table — write "
                        '{"renames": {"accept": [...], "reject": [...]}}')
    decisions: list[plan.Decision] = []
    for key, accepted in (("accept", True), ("reject", False)):
        items = section.get(key, [])
        if not isinstance(items, list):
            raise DiffError(f"{source}: renames.{key} must be a list of 'old -> new' strings")
        for i, item in enumerate(items):
            decisions.append((*_parse_item(item, f"{source}: renames.{key}[{i}]"), accepted))
    return tuple(decisions)


def _parse_item(item: Any, where: str) -> Pair:
    if isinstance(item, str) and "->" in item:
        old, _, new = item.partition("->")
        return old.strip(), new.strip()
    if isinstance(item, list | tuple) and len(item) == 2 and all(isinstance(x, str) for x in item):
        return item[0].strip(), item[1].strip()
    raise DiffError(f"{where} is {item!r} — write 'old -> new' or [old, new]")


def save_hints(
    renames: Renames, decisions: Iterable[plan.Decision], path: str | os.PathLike[str]
) -> Path:
    """Write the decisions (and accepted proposals) to ``path``, JSON or TOML."""
    decisions = tuple(decisions)
    accept = sorted({" -> ".join(c.pair) for c in renames.accepted}
                    | {f"{o} -> {n}" for o, n, ok in decisions if ok})
    reject = sorted({f"{o} -> {n}" for o, n, ok in decisions if not ok})
    if str(path).lower().endswith(".toml"):
        body = "[renames]\naccept = [{}]\nreject = [{}]\n".format(
            ", ".join(json.dumps(x, ensure_ascii=False) for x in accept),
            ", ".join(json.dumps(x, ensure_ascii=False) for x in reject),
        )
    else:
        body = json.dumps({"renames": {"accept": accept, "reject": reject}}, indent=2,
                          ensure_ascii=False) + "\n"
    return atomic_write(path, body)
