"""Rename candidates: which dropped table/column is probably an added one (pure).

A score in [0, 1] weighs, for columns: name similarity (0.45), type (0.30),
position in the table (0.10), constraints — nullability, default, primary/
foreign key membership (0.10) — and comment (0.05); a column pair of unrelated
types scores at most 0.5. For tables: name similarity (0.25), shared columns
(0.65) and keys (0.10). Candidates are assigned greedily,
best score first, ties broken by name, so the result is deterministic. A pair is
proposed when its score reaches the threshold (:data:`DEFAULT_THRESHOLD`, 0.7);
pairs the caller accepted are assigned first whatever their score, and pairs the
caller rejected are never assigned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Renames:
    """Every rename candidate of a diff with the decision in force: the one record
    that the hints, the summary, the explorer and the migration read.

    ``candidates`` are in the pipeline's order: tables, then columns. A column
    candidate's ``old`` names its table as it was in ``a`` (``old_table.col``).
    """

    candidates: tuple[Candidate, ...] = ()

    @property
    def accepted(self) -> tuple[Candidate, ...]:
        return tuple(c for c in self.candidates if c.accepted)

    def decision(self, pair: Pair) -> bool | None:
        """Whether the rename ``pair`` is accepted (``None``: not a candidate)."""
        return next((c.accepted for c in self.candidates if c.pair == pair), None)

    def tables(self) -> dict[TableKey, TableKey]:
        """Accepted table renames: old key (in ``a``) -> new key (in ``b``)."""
        return {c.table_a: c.table_b for c in self.candidates if c.kind == "table" and c.accepted}

    def old_tables(self) -> dict[TableKey, TableKey]:
        """Accepted table renames: new key (in ``b``) -> old key (in ``a``)."""
        return {c.table_b: c.table_a for c in self.candidates if c.kind == "table" and c.accepted}

    def old_columns(self) -> dict[tuple[TableKey, str], str]:
        """Accepted column renames: (table key in ``b``, new name) -> old name."""
        return {
            (c.table_b, c.column_b): c.column_a
            for c in self.candidates
            if c.kind == "column" and c.accepted and c.column_a is not None and c.column_b is not None
        }


# ------------------------------------------------------------------------ scoring


def score_name(a: str, b: str) -> float:
    """Similarity of two identifiers in [0, 1].

    The best of: shared letter pairs (Dice on bigrams), shared words, one name
    inside the other (``name`` / ``full_name``), abbreviation (``qty`` /
    ``quantity``) and a typo (one edit, two in long names: ``stock`` /
    ``sotck``). Chance likeness of short names scores low.

    >>> score_name("email", "Email")
    1.0
    >>> round(score_name("name", "full_name"), 2), round(score_name("name", "label"), 2)
    (0.72, 0.0)
    """
    la, lb = a.lower(), b.lower()
    if la == lb:
        return 1.0
    ga, gb = _bigrams(la), _bigrams(lb)
    dice = 2 * sum((ga & gb).values()) / (sum(ga.values()) + sum(gb.values())) if ga and gb else 0.0
    ta, tb = set(_RE_TOKEN.findall(la)), set(_RE_TOKEN.findall(lb))
    jaccard = len(ta & tb) / len(ta | tb) if ta and tb else 0.0
    short, long_ = sorted((la, lb), key=len)
    ratio = len(short) / len(long_)
    contained = 0.5 + 0.5 * ratio if short and short in long_ else 0.0
    abbrev = 0.5 + 0.5 * ratio if _is_abbreviation(short, long_) else 0.0
    typo = 0.0
    if abs(len(la) - len(lb)) <= 1 and len(long_) >= 4:
        edits = _edit_distance(la, lb)
        if edits == 1 or (edits == 2 and len(long_) >= 8):
            typo = 1.0 - edits / len(long_)
    return max(dice, jaccard, contained, abbrev, typo)


def _edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (a swap of neighbours is one edit)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _bigrams(text: str) -> Counter[str]:
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


def _is_abbreviation(short: str, long_: str) -> bool:
    """``qty`` of ``quantity``: same first letter, letters in order."""
    if len(short) < 2 or not long_ or short[0] != long_[0]:
        return False
    it = iter(long_)
    return all(ch in it for ch in short)


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
        0.45 * score_name(a.name, b.name)
        + 0.30 * type_score
        + 0.10 * (1.0 - abs(pos_a - pos_b))
        + 0.10 * constraints
        + 0.05 * comment
    )
    return round(score if type_score else min(score, 0.5), 4)


def score_table(a: Table, b: Table) -> float:
    """How likely table ``a`` was renamed to ``b``: name, shared columns, keys.

    A column of ``a`` counts 1 when ``b`` has it with the same name and type,
    and 0.5 when ``b`` has a column of the same type and a similar name (it may
    have been renamed too).
    """
    types_b: dict[str, list[str]] = {}
    exact_b = set()
    for c in b.columns:
        generic = canonical_generic(c.type_generic)
        exact_b.add((c.name.lower(), generic))
        types_b.setdefault(generic, []).append(c.name.lower())
    shared = 0.0
    for c in a.columns:
        generic = canonical_generic(c.type_generic)
        if (c.name.lower(), generic) in exact_b:
            shared += 1
        elif any(score_name(c.name, n) >= 0.6 for n in types_b.get(generic, ())):
            shared += 0.5
    overlap = shared / max(len(a.columns), len(b.columns), 1)
    keys = (
        (len(a.pk_columns) == len(b.pk_columns))
        + (len(a.foreign_keys) == len(b.foreign_keys))
        + ((a.comment or None) == (b.comment or None))
    ) / 3
    return round(0.25 * score_name(a.name, b.name) + 0.65 * overlap + 0.10 * keys, 4)


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


def _rejected(
    scored: Iterable[tuple[float, Pair]],
    rejected: Collection[Pair],
    make: Callable[[str, str, float], Candidate],
) -> list[Candidate]:
    """The rejected pairs, as candidates marked not accepted (so callers still see them)."""
    return [make(old, new, s) for s, (old, new) in sorted(scored, key=lambda sp: sp[1])
            if (old, new) in rejected]
