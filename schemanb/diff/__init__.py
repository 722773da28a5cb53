"""diff(a, b) -> SchemaDiff: what changed between two snapshots, how risky, renamed what.

Pure over the model: compare (:mod:`.compare`, one module per object kind),
rename candidates (:mod:`.renames`), risk (:mod:`.risk`), the pipeline
(:mod:`.plan`), the result (:mod:`.result`), its text/JSON views
(:mod:`.summary`) and the rename hints file (:mod:`.hints`).

Notes for :mod:`schemanb.migrate` (the vocabulary in :mod:`.changes`):
``Change.before``/``after`` hold model objects — ``Column`` for column kinds,
the constraint/``Index`` for key, check and index kinds, ``Table`` for table
kinds (including ``TABLE_COMMENT_CHANGED``), ``View``/``Sequence``/``Enum``/
``Domain``/``CompositeType``/``Routine``/``Trigger``/``Extension``/``Grant`` for
those, ``Partition`` for partition kinds and ``Partitioning`` (or ``None``) for
``PARTITIONING_CHANGED``. ``Change.ref.table`` is always the table's key in
``b`` (the new name for renamed tables); a routine's ref reads
``name(arguments)``, a grant's ``PRIVILEGE to grantee``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from .._gc import without_gc
from ..model import Schema
from .changes import Change, ChangeKind, Risk
from .plan import DiffOptions
from .renames import DEFAULT_THRESHOLD
from .result import SchemaDiff, build_diff


@without_gc
def diff(
    a: Schema,
    b: Schema,
    *,
    portable: bool = False,
    ignore: Iterable[str] = (),
    schema_map: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
    rename_threshold: float = DEFAULT_THRESHOLD,
    renames: str | os.PathLike[str] | Iterable[tuple[str, str, bool]] | None = None,
) -> SchemaDiff:
    """What changed from snapshot ``a`` (before) to ``b`` (after).

    Args:
        a, b: two snapshots (``schemanb.inspect`` of a URL, models or a file).
        portable: compare across dialects on generic types, ignoring what one
            side cannot have (comments, collations, index methods).
        ignore: fnmatch patterns of ``table``, ``table.column`` or ``kind:<kind>``;
            a kind word (``"grants"``, ``"triggers"``, ``"owners"``, ... see
            :data:`schemanb.diff.plan.IGNORE_KINDS`) ignores that kind of object;
            ``table:NAME`` is a table pattern; ``"a,b"`` lists several.
        schema_map: ``{schema of a: schema of b}`` to compare differently named schemas.
        rename_threshold: the score from which a rename is proposed (default 0.7).
        renames: a hints file (JSON/TOML) or ``(old, new, accepted)`` decisions.

    Example:
        >>> from schemanb.model import Schema
        >>> diff(Schema(), Schema()).is_empty
        True
    """
    if isinstance(schema_map, Mapping):
        schema_map = schema_map.items()
    options = DiffOptions(
        portable=portable,
        ignore=tuple(ignore),
        schema_map=tuple((str(k), str(v)) for k, v in (schema_map or ())),
        rename_threshold=rename_threshold,
    )
    result = build_diff(a, b, options)
    if renames is not None:
        from .hints import load_hints
        from .result import apply_hints

        decisions = (
            load_hints(renames) if isinstance(renames, str | os.PathLike) else tuple(renames)
        )
        result = apply_hints(result, decisions)
    return result


__all__ = ["Change", "ChangeKind", "DEFAULT_THRESHOLD", "Risk", "SchemaDiff", "diff"]
