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
of this diff is skipped with a :class:`~schemanb.errors.SchemaNBWarning`, so a
CI rerun against a newer schema does not fail on a stale hint.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._fs import atomic_write
from ..errors import DiffError, SchemaNBWarning
from . import plan
from .changes import Change, ChangeKind

if TYPE_CHECKING:
    from .result import SchemaDiff

Pair = tuple[str, str]


# ------------------------------------------------------------------ naming a pair


def candidate_pair(diff: SchemaDiff, change: Change) -> Pair:
    """The ``(old, new)`` strings of a rename :class:`Change` of ``diff``."""
    if change.kind is ChangeKind.TABLE_RENAMED:
        return str(change.before.key), str(change.after.key)
    if change.kind is not ChangeKind.COLUMN_RENAMED:
        raise DiffError(f"{change.kind.value} {change.ref} is not a rename — pass a rename "
                        "candidate or 'table.column' names")
    table_b = change.ref.table
    table_a = table_b
    for cand in diff.candidates:
        if cand.kind is ChangeKind.TABLE_RENAMED and cand.after.key == table_b and (
            _is_accepted(cand)
        ):
            table_a = cand.before.key
    return f"{table_a}.{change.before.name}", f"{table_b}.{change.after.name}"


def _is_accepted(cand: Change) -> bool:
    return any(n.endswith(", accepted") for n in cand.notes)


def resolve_pair(diff: SchemaDiff, old: str | Change, new: str | None) -> Pair:
    """Turn what a caller wrote into the canonical ``(old, new)`` of a possible rename."""
    if isinstance(old, Change):
        return candidate_pair(diff, old)
    if new is None:
        old, sep, new = old.partition("->")
        if not sep:
            raise DiffError(f"rename {old!r} needs a new name — write 'old -> new'")
    old, new = old.strip(), new.strip()
    known = [candidate_pair(diff, c) for c in diff.candidates]
    matches = [p for p in known if _spells(p, old, new)]
    if len(set(matches)) == 1:
        return matches[0]
    if len(set(matches)) > 1:
        raise DiffError(f"rename {old} -> {new} is ambiguous — write 'table.column' on both "
                        f"sides (one of: {', '.join(' -> '.join(p) for p in matches)})")
    return _structural_pair(diff, old, new)


def _spells(pair: Pair, old: str, new: str) -> bool:
    full_old, full_new = pair
    if (full_old, full_new) == (old, new):
        return True
    bare_old, bare_new = full_old.rpartition(".")[2], full_new.rpartition(".")[2]
    return "." in full_old and (bare_old, bare_new) == (old, new) or (
        old == full_old and new == bare_new
    )


def _structural_pair(diff: SchemaDiff, old: str, new: str) -> Pair:
    a = plan.prepare(diff.a, diff.options)
    b = plan.prepare(diff.b, plan.DiffOptions())
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
        table_new = _renamed_table(diff, table_old)
    target = tables_b.get(table_new)
    if target is None or col_new not in target.column_map:
        raise DiffError(f"no column {new!r} in snapshot b — name an added column as "
                        "'table.column'")
    if col_old in target.column_map or col_new in tables_a[table_old].column_map:
        raise DiffError(f"cannot rename {old} to {table_new}.{col_new}: a rename needs a "
                        "dropped column and an added one")
    return old, f"{table_new}.{col_new}"


def _renamed_table(diff: SchemaDiff, table_old: str) -> str:
    for cand in diff.candidates:
        if cand.kind is ChangeKind.TABLE_RENAMED and str(cand.before.key) == table_old and (
            _is_accepted(cand)
        ):
            return str(cand.after.key)
    return table_old


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


def apply_hints(diff: SchemaDiff, decisions: Iterable[plan.Decision]) -> SchemaDiff:
    """``diff`` with hinted decisions applied; stale hints warn and are skipped.

    Table decisions go first, so column hints can name columns of renamed tables.
    """
    decisions = tuple(decisions)
    tables_a = {str(t.key) for t in diff.a.tables} | {
        str(t.key) for t in plan.prepare(diff.a, diff.options).tables
    }
    ordered = sorted(decisions, key=lambda d: d[0] not in tables_a)
    for old, new, accepted in ordered:
        try:
            pair = resolve_pair(diff, old, new)
        except DiffError as err:
            warnings.warn(f"renames hint {old} -> {new} skipped: {err}", SchemaNBWarning,
                          stacklevel=2)
            continue
        (diff.accept_rename if accepted else diff.reject_rename)(*pair)
    return diff


def save_hints(diff: SchemaDiff, path: str | os.PathLike[str]) -> Path:
    """Write ``diff``'s decisions (and accepted proposals) to ``path``, JSON or TOML."""
    accept = sorted({" -> ".join(candidate_pair(diff, c)) for c in diff.candidates
                     if _is_accepted(c)} | {f"{o} -> {n}" for o, n, ok in diff.decisions if ok})
    reject = sorted({f"{o} -> {n}" for o, n, ok in diff.decisions if not ok})
    if str(path).lower().endswith(".toml"):
        body = "[renames]\naccept = [{}]\nreject = [{}]\n".format(
            ", ".join(json.dumps(x, ensure_ascii=False) for x in accept),
            ", ".join(json.dumps(x, ensure_ascii=False) for x in reject),
        )
    else:
        body = json.dumps({"renames": {"accept": accept, "reject": reject}}, indent=2,
                          ensure_ascii=False) + "\n"
    return atomic_write(path, body)
