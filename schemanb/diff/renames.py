"""Rename candidates: which dropped table/column is probably an added one (pure).

A score in [0, 1] weighs, for columns: name similarity (0.40), type (0.30),
position in the table (0.10), constraints — nullability, default, primary/
foreign key membership (0.10) — and comment (0.10); for tables: name similarity
(0.35), shared columns (0.55) and keys (0.10). Candidates are assigned greedily,
best score first, ties broken by name, so the result is deterministic. A pair is
proposed when its score reaches the threshold (:data:`DEFAULT_THRESHOLD`, 0.7);
pairs the caller accepted are assigned first whatever their score, and pairs the
caller rejected are never assigned.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from ..model import Column, Table, TableKey
from .compare._context import Context, canonical_generic, canonical_type

#: The score from which a pair is proposed as a rename (documented in docs/diff.md).
DEFAULT_THRESHOLD = 0.7

_RE_TOKEN = re.compile(r"[a-z0-9]+")
_FAMILIES = {
    "INTEGER": "int", "BIGINT": "int", "SMALLINT": "int", "TINYINT": "int",
    "MEDIUMINT": "int", "VARCHAR": "str", "CHAR": "str", "TEXT": "str", "NUMERIC": "num",
    "FLOAT": "num", "DOUBLE": "num", "DATETIME": "time", "DATE": "time", "TIME": "time",
    "DATETIME WITH TIME ZONE": "time", "BINARY": "bin", "BOOLEAN": "bool",
}

Pair = tuple[str, str]


@dataclass(frozen=True)
class Candidate:
    """A proposed rename. ``old``/``new`` read ``table`` or ``table.column``.

    ``accepted`` is the decision in force; ``decided`` says the caller (or a
    hints file) made it rather than the threshold.
    """

    kind: Literal["table", "column"]
    old: str
    new: str
    score: float
    table_a: TableKey
    table_b: TableKey
    column_a: str | None = None
    column_b: str | None = None
    accepted: bool = True
    decided: bool = False

    @property
    def pair(self) -> Pair:
        return (self.old, self.new)


# ------------------------------------------------------------------------ scoring


def score_name(a: str, b: str) -> float:
    """Similarity of two identifiers in [0, 1].

    >>> score_name("email", "Email")
    1.0
    >>> round(score_name("name", "full_name"), 2)
    0.72
    """
    la, lb = a.lower(), b.lower()
    if la == lb:
        return 1.0
    ratio = SequenceMatcher(None, la, lb, autojunk=False).ratio()
    ta, tb = set(_RE_TOKEN.findall(la)), set(_RE_TOKEN.findall(lb))
    jaccard = len(ta & tb) / len(ta | tb) if ta and tb else 0.0
    short, long_ = sorted((la, lb), key=len)
    contained = 0.5 + 0.5 * len(short) / len(long_) if short and short in long_ else 0.0
    return max(ratio, jaccard, contained)


def score_type(a: Column, b: Column) -> float:
    """1 for the same type, 0.8 for the same type of another size, 0.6 same family."""
    if canonical_type(a.type_sql) == canonical_type(b.type_sql):
        return 1.0
    ga, gb = canonical_generic(a.type_generic), canonical_generic(b.type_generic)
    if ga == gb:
        return 1.0
    base_a, base_b = ga.partition("(")[0], gb.partition("(")[0]
    if base_a == base_b:
        return 0.8
    fa, fb = _FAMILIES.get(base_a), _FAMILIES.get(base_b)
    return 0.6 if fa is not None and fa == fb else 0.0


def score_column(
    a: Column, b: Column, *, table_a: Table, table_b: Table, pos_a: float, pos_b: float
) -> float:
    """How likely column ``a`` of ``table_a`` was renamed to ``b`` of ``table_b``."""
    type_score = score_type(a, b)
    facts = (
        a.nullable == b.nullable,
        a.default == b.default,
        (a.name in table_a.pk_columns) == (b.name in table_b.pk_columns),
        (a.name in table_a.fk_columns) == (b.name in table_b.fk_columns),
        (a.computed is None) == (b.computed is None),
    )
    constraints = sum(facts) / len(facts)
    if a.comment is None and b.comment is None:
        comment = 0.5
    elif a.comment == b.comment:
        comment = 1.0
    else:
        comment = 0.3 if a.comment is None or b.comment is None else 0.0
    score = (
        0.40 * score_name(a.name, b.name)
        + 0.30 * type_score
        + 0.10 * (1.0 - abs(pos_a - pos_b))
        + 0.10 * constraints
        + 0.10 * comment
    )
    return round(score if type_score else min(score, 0.5), 4)


def score_table(a: Table, b: Table) -> float:
    """How likely table ``a`` was renamed to ``b``: name, shared columns, keys."""
    cols_a = {(c.name.lower(), canonical_generic(c.type_generic)) for c in a.columns}
    cols_b = {(c.name.lower(), canonical_generic(c.type_generic)) for c in b.columns}
    overlap = len(cols_a & cols_b) / len(cols_a | cols_b) if cols_a | cols_b else 1.0
    keys = (
        (a.pk_columns == b.pk_columns)
        + (len(a.foreign_keys) == len(b.foreign_keys))
        + ((a.comment or None) == (b.comment or None))
    ) / 3
    return round(0.35 * score_name(a.name, b.name) + 0.55 * overlap + 0.10 * keys, 4)


# ----------------------------------------------------------------------- assigning


def assign(
    scored: Iterable[tuple[float, Pair]],
    *,
    threshold: float,
    accepted: Collection[Pair] = (),
    rejected: Collection[Pair] = (),
) -> list[tuple[float, Pair, bool]]:
    """Greedy one-to-one assignment: ``(score, pair, decided)`` for each chosen pair."""
    chosen: list[tuple[float, Pair, bool]] = []
    used_old: set[str] = set()
    used_new: set[str] = set()
    ordered = sorted(scored, key=lambda sp: (-sp[0], sp[1]))
    for score, pair in ordered:
        if pair in accepted and pair[0] not in used_old and pair[1] not in used_new:
            chosen.append((score, pair, True))
            used_old.add(pair[0])
            used_new.add(pair[1])
    for score, pair in ordered:
        if score < threshold or pair in rejected:
            continue
        if pair[0] in used_old or pair[1] in used_new:
            continue
        chosen.append((score, pair, False))
        used_old.add(pair[0])
        used_new.add(pair[1])
    return chosen


def table_candidates(
    dropped: Sequence[Table],
    added: Sequence[Table],
    *,
    threshold: float,
    accepted: Collection[Pair] = (),
    rejected: Collection[Pair] = (),
) -> list[Candidate]:
    """Rename candidates among the tables only in ``a`` and only in ``b``."""
    if not dropped or not added:
        return []
    by_old = {str(t.key): t for t in dropped}
    by_new = {str(t.key): t for t in added}
    scored = [
        (score_table(ta, tb), (old, new))
        for old, ta in by_old.items()
        for new, tb in by_new.items()
    ]
    result = [
        Candidate(kind="table", old=old, new=new, score=score, table_a=by_old[old].key,
                  table_b=by_new[new].key, decided=decided)
        for score, (old, new), decided in assign(
            scored, threshold=threshold, accepted=accepted, rejected=rejected
        )
    ]
    return result + _rejected(scored, rejected, lambda old, new, s: Candidate(
        kind="table", old=old, new=new, score=s, table_a=by_old[old].key,
        table_b=by_new[new].key, accepted=False, decided=True))


def column_candidates(
    a: Table,
    b: Table,
    ctx: Context,
    *,
    threshold: float,
    accepted: Collection[Pair] = (),
    rejected: Collection[Pair] = (),
) -> list[Candidate]:
    """Rename candidates among the columns dropped from ``a`` and added to ``b``."""
    names_b = b.column_map
    names_a = a.column_map
    dropped = [c for c in a.columns if c.name not in names_b]
    added = [c for c in b.columns if c.name not in names_a]
    if not dropped or not added:
        return []
    pos_a = {c.name: i / max(len(a.columns) - 1, 1) for i, c in enumerate(a.columns)}
    pos_b = {c.name: i / max(len(b.columns) - 1, 1) for i, c in enumerate(b.columns)}
    ta, tb = str(a.key), str(b.key)
    scored = [
        (
            score_column(ca, cb, table_a=a, table_b=b, pos_a=pos_a[ca.name],
                         pos_b=pos_b[cb.name]),
            (f"{ta}.{ca.name}", f"{tb}.{cb.name}"),
        )
        for ca in dropped
        for cb in added
    ]
    old_names = {f"{ta}.{c.name}": c.name for c in dropped}
    new_names = {f"{tb}.{c.name}": c.name for c in added}

    def make(old: str, new: str, score: float, *, ok: bool, decided: bool) -> Candidate:
        return Candidate(kind="column", old=old, new=new, score=score, table_a=a.key,
                         table_b=b.key, column_a=old_names[old], column_b=new_names[new],
                         accepted=ok, decided=decided)

    chosen = assign(scored, threshold=threshold, accepted=accepted, rejected=rejected)
    return [make(o, n, s, ok=True, decided=d) for s, (o, n), d in chosen] + _rejected(
        scored, rejected, lambda o, n, s: make(o, n, s, ok=False, decided=True)
    )


def _rejected(scored, rejected, make):  # type: ignore[no-untyped-def]
    return [make(old, new, s) for s, (old, new) in sorted(scored, key=lambda sp: sp[1])
            if (old, new) in rejected]
