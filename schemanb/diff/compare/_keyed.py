"""The keyed compare shared by the schema-level object kinds: added, dropped, changed.

Objects of ``a`` and ``b`` are paired by a key (a sequence's schema and name, a
routine's identity, a trigger's table and name with ``a``'s table renames
applied); an object only in ``a`` is dropped, only in ``b`` added, and a pair
that is not ``same`` is changed. Kinds without a changed kind (grants, whose
whole value is the key) report only additions and drops.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

from ...model import ObjectRef
from ..changes import Change, ChangeKind

Kinds = tuple[ChangeKind, ChangeKind, "ChangeKind | None"]


def keyed_changes(
    items_a: Iterable[Any],
    items_b: Iterable[Any],
    *,
    kinds: Kinds,
    ref: Callable[[Any], ObjectRef],
    key: Callable[[Any], Hashable],
    key_a: Callable[[Any], Hashable] | None = None,
    same: Callable[[Any, Any], bool] | None = None,
    notes: Callable[[Any, Any], tuple[str, ...]] | None = None,
) -> list[Change]:
    """The changes from ``items_a`` to ``items_b``, in ``a``'s order then ``b``'s.

    ``kinds`` is (added, dropped, changed); ``key`` names an object of ``b``
    (and of ``a`` unless ``key_a`` translates ``a``'s names, e.g. through table
    renames); ``same`` says whether a pair is unchanged (default ``==``);
    ``notes`` describes a change; ``ref`` is the object's identity in the
    change (the ``b`` object for changes).
    """
    added_kind, dropped_kind, changed_kind = kinds
    key_of_a = key_a or key
    same = same or (lambda x, y: bool(x == y))
    in_b: dict[Hashable, Any] = {}
    for item in items_b:
        in_b.setdefault(key(item), item)
    seen: set[Hashable] = set()
    changes: list[Change] = []
    for item in items_a:
        k = key_of_a(item)
        other = in_b.get(k)
        if other is None or k in seen:
            changes.append(Change(kind=dropped_kind, ref=ref(item), before=item))
            continue
        seen.add(k)
        if changed_kind is not None and not same(item, other):
            changes.append(Change(
                kind=changed_kind, ref=ref(other), before=item, after=other,
                notes=notes(item, other) if notes else (),
            ))
    for k, item in in_b.items():
        if k not in seen:
            changes.append(Change(kind=added_kind, ref=ref(item), after=item))
    return changes


def folded(text: str | None) -> str | None:
    """Whitespace folded to single spaces (bodies are stored verbatim, compared loosely)."""
    return None if text is None else " ".join(text.split())


__all__ = ["folded", "keyed_changes"]
