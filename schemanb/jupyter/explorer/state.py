"""The drift explorer's state: filters, grouping, pages, selection, rename decisions.

Pure and widget-free, so it is tested as an object. It wraps a ``SchemaDiff``
(``.changes``, ``.candidates``, ``accept_rename``/``reject_rename``,
``to_sql``, ``to_alembic``). A rename decision goes through the diff's own
``accept_rename``/``reject_rename`` (which rebuild its changes), and everything
derived here (the listed changes, the SQL) is recomputed from ``diff.changes``.

Visible changes are the filtered ones, ordered by table (so a table's changes
are contiguous) and then by the diff's own order, and cut into pages of
``page_size`` so a 1,000-change diff shows 50 at a time.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..._fs import atomic_write
from ...diff.changes import Change, ChangeKind, Risk
from ...display import describe
from ...model import Index

#: Changes per page.
PAGE_SIZE = 50


@dataclass(frozen=True)
class Filters:
    """What is listed: kinds and risks (empty = all) and a search over table and object names."""

    kinds: frozenset[ChangeKind] = frozenset()
    risks: frozenset[Risk] = frozenset()
    search: str = ""

    def admits(self, change: Change) -> bool:
        if self.kinds and change.kind not in self.kinds:
            return False
        if self.risks and change.risk not in self.risks:
            return False
        needle = self.search.casefold()
        return needle in change.table.casefold() or needle in str(change.ref).casefold()


#: The longest before or after text a row shows; the detail pane shows it whole.
ROW_TEXT_MAX = 60


@dataclass(frozen=True)
class ChangeRow:
    """One change as one compact row of the list: risk, kind, object, before -> after."""

    risk: str
    kind: str
    object: str
    before: str
    after: str

    @property
    def text(self) -> str:
        return f"{self.risk} {self.kind} {self.object} {self.before} → {self.after}"


def change_row(change: Change) -> ChangeRow:
    """The row of ``change``: a renamed object shows old -> new name, a column its type
    and nullability without repeating its name, anything else ``describe`` (cut short)."""
    before, after = change.before, change.after
    if change.kind.is_rename:
        texts = [_name_of(before), _name_of(after)]
    else:
        texts = [_index_text(obj) if isinstance(obj, Index) else describe(obj)
                 for obj in (before, after)]
        name = change.ref.name
        for i, obj in enumerate((before, after)):
            prefix = f"{getattr(obj, 'name', None)} "
            if name is not None and prefix == f"{name} " and texts[i].startswith(prefix):
                texts[i] = texts[i][len(prefix):]
    return ChangeRow(change.risk.value, change.kind.value, str(change.ref), *map(_cut, texts))


def _index_text(index: Index) -> str:
    """An index by what it covers (the row names it already): ``UNIQUE (a, b)``."""
    kind = "UNIQUE" if index.unique else "INDEX"
    using = f" USING {index.method}" if index.method else ""
    where = f" WHERE {index.where}" if index.where else ""
    return f"{kind}{using} ({', '.join(index.expressions)}){where}"


def _name_of(obj: Any) -> str:
    key = getattr(obj, "key", None)
    return str(key if key is not None and not hasattr(obj, "type_sql") else getattr(obj, "name", obj))


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= ROW_TEXT_MAX else text[: ROW_TEXT_MAX - 1] + "…"


@dataclass(frozen=True)
class RenameChoice:
    """One rename candidate as the explorer shows it: old and new names, score, decision."""

    old: str
    new: str
    kind: ChangeKind
    score: float | None
    accepted: bool


class ExplorerState:
    """Filters, pages, selection and rename decisions over one ``SchemaDiff``."""

    def __init__(self, diff: Any, *, page_size: int = PAGE_SIZE, dialect: str | None = None) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.diff = diff
        self.page_size = page_size
        self.dialect = dialect
        self.filters = Filters()
        self.page = 0
        self.selected: Change | None = None
        self._visible: tuple[Any, Filters, tuple[Change, ...]] | None = None

    # ----------------------------------------------------------------- queries

    @property
    def changes(self) -> tuple[Change, ...]:
        return tuple(self.diff.changes)

    @property
    def visible(self) -> tuple[Change, ...]:
        """The changes the filters admit, grouped by table (cached until either changes)."""
        changes, filters = self.changes, self.filters
        seen = self._visible
        if seen is not None and seen[0] is self.diff.changes and seen[1] == filters:
            return seen[2]
        admitted = [c for c in changes if filters.admits(c)]
        order = {t: i for i, t in enumerate(dict.fromkeys(c.table for c in admitted))}
        result = tuple(sorted(admitted, key=lambda c: order[c.table]))
        self._visible = (self.diff.changes, filters, result)
        return result

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.visible) // self.page_size))

    @property
    def page_changes(self) -> tuple[Change, ...]:
        start = self.page * self.page_size
        return self.visible[start : start + self.page_size]

    def page_groups(self) -> list[tuple[str, tuple[Change, ...]]]:
        """The current page as (table, its changes) in order."""
        groups: dict[str, list[Change]] = {}
        for change in self.page_changes:
            groups.setdefault(change.table, []).append(change)
        return [(table, tuple(items)) for table, items in groups.items()]

    def page_rows(self) -> tuple[ChangeRow, ...]:
        """The current page as rows, in listing order."""
        return tuple(change_row(c) for c in self.page_changes)

    def page_span(self) -> tuple[int, int]:
        """The 1-based numbers of the first and last change on the page (0, 0 when empty)."""
        shown = len(self.page_changes)
        first = self.page * self.page_size + 1
        return (first, first + shown - 1) if shown else (0, 0)

    def kinds_present(self) -> tuple[ChangeKind, ...]:
        """The kinds that occur in the diff, in the vocabulary's order."""
        present = {c.kind for c in self.changes}
        return tuple(k for k in ChangeKind if k in present)

    def risks_present(self) -> tuple[Risk, ...]:
        present = {c.risk for c in self.changes}
        return tuple(r for r in Risk if r in present)

    def changed_tables(self) -> tuple[str, ...]:
        """The tables with a visible change, in listing order."""
        return tuple(dict.fromkeys(c.table for c in self.visible))

    def renames(self) -> tuple[RenameChoice, ...]:
        """Every rename candidate and whether it is currently accepted."""
        return tuple(
            RenameChoice(
                c.old, c.new, ChangeKind.TABLE_RENAMED if c.kind == "table" else ChangeKind.COLUMN_RENAMED,
                c.score, c.accepted,
            )
            for c in self.diff.renames.candidates
        )

    def sql(self, *, safe: bool = False) -> str:
        """The migration SQL of the whole diff, with the current rename decisions;
        ``safe=True``: the safe plan (``to_sql(safe=True)``), a comment on each step."""
        return str(self.diff.to_sql(self.dialect, safe=safe))

    def selected_sql(self, *, safe: bool = False) -> str:
        """The SQL of the selected change alone ('' when nothing is selected)."""
        if self.selected is None:
            return ""
        return sql_for(self.diff, (self.selected,), self.dialect, safe=safe)

    def target_label(self) -> str:
        """The database the SQL is written for (the explorer's dialect, else the target's)."""
        from ...dialects import family_name, support_for
        from ...errors import SchemaNBError
        from ...migrate.sql import resolve_dialect

        try:
            label = support_for(family_name(resolve_dialect(self.diff, self.dialect))).label
        except SchemaNBError:
            label = None
        return label or "the target database"

    # ----------------------------------------------------------------- actions

    def set_filters(
        self,
        *,
        kinds: Iterable[ChangeKind | str] | None = None,
        risks: Iterable[Risk | str] | None = None,
        search: str | None = None,
    ) -> None:
        """Change some filters (``None`` leaves one as it is); back to page one."""
        current = self.filters
        self.filters = Filters(
            kinds=current.kinds if kinds is None else frozenset(ChangeKind(k) for k in kinds),
            risks=current.risks if risks is None else frozenset(Risk(r) for r in risks),
            search=current.search if search is None else search.strip(),
        )
        self.page = 0
        if self.selected is not None and self.selected not in self.visible:
            self.selected = None

    def set_page(self, page: int) -> None:
        """Go to ``page`` (0-based), clamped to the pages there are."""
        self.page = min(max(page, 0), self.page_count - 1)

    def select(self, change: Change | None) -> None:
        """Select a listed change (or nothing)."""
        if change is not None and change not in self.changes:
            raise ValueError(f"{change.kind.value} {change.ref} is not a change of this diff")
        self.selected = change

    def decide_rename(self, old: str, new: str, *, accept: bool) -> None:
        """Accept or reject the rename ``old`` -> ``new``; the SQL follows."""
        method = self.diff.accept_rename if accept else self.diff.reject_rename
        result = method(old, new)
        if result is not None:
            self.diff = result
        if self.selected is not None and self.selected not in self.changes:
            self.selected = None
        self.set_page(self.page)

    def save_sql(self, path: str | os.PathLike[str], *, safe: bool = False) -> Path:
        """Write the migration SQL (``safe=True``: the safe plan) to ``path`` (atomically)."""
        return atomic_write(path, self.sql(safe=safe))

    def write_alembic(self, path: str | os.PathLike[str], *, safe: bool = False) -> Path:
        """Write an Alembic revision file for the diff (``safe=True``: the safe plan) to
        ``path`` (atomically)."""
        return atomic_write(path, str(self.diff.to_alembic(dialect=self.dialect, safe=safe)))


def sql_for(diff: Any, changes: tuple[Change, ...], dialect: str | None, *, safe: bool = False) -> str:
    """The migration SQL of some changes of ``diff`` alone (``safe=True``: the safe plan)."""
    part = dataclasses.replace(diff, changes=changes, candidates=())
    return str(part.to_sql(dialect, safe=safe))

