"""The drift explorer's widgets (ipywidgets 8), bound to an :class:`ExplorerState`.

No logic lives here: every control calls one state method and then redraws from
the state. Database text reaches the page only through
:func:`schemanb._html.escape` (HTML widgets) or as plain widget values
(button descriptions, the SQL text area), which the frontend shows as text.
"""

from __future__ import annotations

import itertools
from typing import Any

import ipywidgets as W

from ..._html import escape
from ...diff.changes import Change
from ...display import RISK_COLOURS, describe, risk_badge, risk_counts
from ...errors import SchemaNBError
from .state import ExplorerState

_ALL = "(all)"
#: Rows the list box shows at once (it scrolls through the rest of the page).
_LIST_ROWS = 18
_IDS = itertools.count(1)
_SAFE_TAB, _SAFE_INDEX = "Safe SQL", 1
_DIAGRAM_TAB, _DIAGRAM_INDEX = "Diagram", 3


class DriftExplorer(W.VBox):  # type: ignore[misc]  # ipywidgets is untyped
    """Changes grouped by table with risk badges, filters, details, SQL and the diagram.

    ``DriftExplorer(diff)`` is what ``%schemadiff A B`` returns; ``.state`` holds
    the filters and decisions, ``.diff`` the current SchemaDiff.
    """

    def __init__(self, diff: Any, *, page_size: int = 50, dialect: str | None = None) -> None:
        self.state = ExplorerState(diff, page_size=page_size, dialect=dialect)
        self._header = W.HTML()
        self._kind = W.Dropdown(description="kind", options=self._kind_options())
        self._risk = W.Dropdown(description="risk", options=self._risk_options())
        self._search = W.Text(description="search", placeholder="table or object name",
                              continuous_update=True)
        # One native list box: a row per change that never shrinks (rows of flex-item
        # buttons collapsed to 4-pixel bars in JupyterLab 4), the browser's own keyboard
        # navigation (arrows, Page Up/Down, Home/End, type-ahead) and text-only labels.
        self._uid = f"schemanb-list-{next(_IDS)}"
        self._list = W.Select(options=[], rows=1, layout=W.Layout(width="100%", flex="0 0 auto"))
        self._list.add_class("schemanb-changes")
        self._list.add_class(self._uid)
        self._style = W.HTML(layout=W.Layout(height="0px", overflow="hidden"))
        self._empty = W.HTML()
        self._prev = W.Button(description="‹ prev", layout=W.Layout(width="80px"))
        self._next = W.Button(description="next ›", layout=W.Layout(width="80px"))
        self._page = W.Label()
        self._page.add_class("schemanb-page")
        self._detail = W.HTML(layout=W.Layout(padding="4px 0 8px 0"))
        self._detail.add_class("schemanb-detail")
        self._renames = W.VBox()
        self._sql = W.Textarea(layout=W.Layout(width="100%", height="220px"))
        self._copy = W.HTML()
        self._path = W.Text(value="migration.sql", description="SQL file")
        self._rev_path = W.Text(value="schemanb_revision.py", description="revision")
        self._save = W.Button(description="Save SQL", icon="save")
        self._alembic = W.Button(description="Write Alembic revision", icon="file")
        self._status = W.HTML()
        # The safe plan beside the plain SQL: drawn only while its tab shows.
        self._safe_intro = W.HTML()
        self._safe_selected = W.HTML()
        self._safe_selected.add_class("schemanb-safe-selected")
        self._safe_sql = W.Textarea(layout=W.Layout(width="100%", height="260px"))
        self._safe_sql.add_class("schemanb-safe-sql")
        self._safe_path = W.Text(value="migration.safe.sql", description="SQL file")
        self._safe_rev_path = W.Text(value="schemanb_safe_revision.py", description="revision")
        self._safe_save = W.Button(description="Save safe SQL", icon="save")
        self._safe_alembic = W.Button(description="Write safe Alembic revision", icon="file")
        self._diagram = W.HTML(layout=W.Layout(overflow="auto", max_height="520px"))
        self._tabs = W.Tab()
        self._syncing = False
        self._bind()
        super().__init__(children=self._layout())
        self.add_class("schemanb-explorer")
        self.refresh()

    @property
    def diff(self) -> Any:
        return self.state.diff

    # ---------------------------------------------------------------- binding

    def _kind_options(self) -> list[tuple[str, str]]:
        return [(_ALL, "")] + [(k.value, k.value) for k in self.state.kinds_present()]

    def _risk_options(self) -> list[tuple[str, str]]:
        return [(_ALL, "")] + [(r.value, r.value) for r in self.state.risks_present()]

    def _bind(self) -> None:
        self._kind.observe(lambda _: self._filter(), names="value")
        self._risk.observe(lambda _: self._filter(), names="value")
        self._search.observe(lambda _: self._filter(), names="value")
        self._prev.on_click(lambda _: self._turn(-1))
        self._next.on_click(lambda _: self._turn(+1))
        self._save.on_click(lambda _: self._write(self.state.save_sql, self._path.value))
        self._alembic.on_click(lambda _: self._write(self.state.write_alembic, self._rev_path.value))
        self._safe_save.on_click(lambda _: self._write(
            lambda path: self.state.save_sql(path, safe=True), self._safe_path.value))
        self._safe_alembic.on_click(lambda _: self._write(
            lambda path: self.state.write_alembic(path, safe=True), self._safe_rev_path.value))
        self._tabs.observe(lambda _: self._draw_tabs(), names="selected_index")
        self._list.observe(lambda ev: self._pick_row(ev["new"]), names="value")

    def _layout(self) -> list[W.Widget]:
        filters = W.HBox([self._kind, self._risk, self._search])
        pager = W.HBox([self._prev, self._page, self._next])
        # The list takes the whole width (a row's before -> after is its widest part),
        # the selected change's detail goes below it.
        listing = W.VBox([self._style, self._list, self._empty, pager],
                         layout=W.Layout(width="100%", flex="0 0 auto"))
        files = W.HBox([self._path, self._save, self._rev_path, self._alembic])
        sql = W.VBox([W.HTML("<b>Migration SQL</b>"), self._sql, W.HBox([self._copy]), files, self._status])
        safe_files = W.HBox([self._safe_path, self._safe_save, self._safe_rev_path,
                             self._safe_alembic])
        safe = W.VBox([self._safe_intro, self._safe_selected, W.HTML("<b>Whole diff, safe plan</b>"),
                       self._safe_sql, safe_files, self._status])
        self._tabs.children = [sql, safe, self._renames, self._diagram]
        for i, title in enumerate(("SQL", _SAFE_TAB, "Renames", _DIAGRAM_TAB)):
            self._tabs.set_title(i, title)
        return [self._header, filters, listing, self._detail, self._tabs]

    # ---------------------------------------------------------------- actions

    def _filter(self) -> None:
        if self._syncing:
            return
        self.state.set_filters(
            kinds=[self._kind.value] if self._kind.value else [],
            risks=[self._risk.value] if self._risk.value else [],
            search=self._search.value,
        )
        self._draw_header()
        self._draw_list()
        self._draw_detail()

    def _turn(self, step: int) -> None:
        self.state.set_page(self.state.page + step)
        self._draw_list()
        self._draw_diagram()

    def _pick_row(self, row: int | None) -> None:
        if self._syncing or row is None:
            return
        page = self.state.page_changes
        if 0 <= row < len(page):
            self.state.select(page[row])
            self._draw_detail()
            self._draw_safe()

    def _draw_tabs(self) -> None:
        self._draw_safe()
        self._draw_diagram()

    def _decide(self, old: str, new: str, accept: bool) -> None:
        self.state.decide_rename(old, new, accept=accept)
        self.refresh()

    def _write(self, writer: Any, path: str) -> None:
        try:
            written = writer(path)
        except (OSError, ValueError, SchemaNBError) as err:
            self._status.value = f'<span style="color:#c62828">{escape(err)}</span>'
            return
        self._status.value = f"wrote {escape(written)}"

    # ---------------------------------------------------------------- drawing

    def refresh(self) -> None:
        """Redraw everything from the state (call it after changing ``.state`` from code)."""
        self._sync_controls()
        self._draw_header()
        self._draw_list()
        self._draw_detail()
        self._draw_renames()
        self._draw_sql()
        self._draw_safe()
        self._draw_diagram()

    def _sync_controls(self) -> None:
        """Show the state's filters in the controls without re-applying them."""
        filters = self.state.filters
        self._syncing = True
        try:
            self._kind.options = self._kind_options()
            self._kind.value = next(iter(filters.kinds)).value if len(filters.kinds) == 1 else ""
            self._risk.options = self._risk_options()
            self._risk.value = next(iter(filters.risks)).value if len(filters.risks) == 1 else ""
            self._search.value = filters.search
        finally:
            self._syncing = False

    def _draw_header(self) -> None:
        state = self.state
        counts = risk_counts(state.changes)
        badges = " ".join(f"{risk_badge(r)} {counts[r]:,}" for r in RISK_COLOURS if counts[r])
        self._header.value = (
            f'<div class="schemanb-explorer-header"><b>Drift</b>: '
            f'<span class="schemanb-count">{len(state.changes):,} changes</span> in '
            f"{len({c.table for c in state.changes}):,} tables {badges} · "
            f'<span class="schemanb-visible">{len(state.visible):,} shown</span></div>'
        )

    def _draw_list(self) -> None:
        state = self.state
        changes, rows = state.page_changes, state.page_rows()
        widths = [max((len(getattr(r, f)) for r in rows), default=0) for f in ("risk", "kind", "object")]
        labels = [
            (f"{_pad(r.risk, widths[0])}  {_pad(r.kind, widths[1])}  {_pad(r.object, widths[2])}  "
             f"{r.before} → {r.after}", i)
            for i, r in enumerate(rows)
        ]
        self._syncing = True
        try:
            self._list.options = labels
            self._list.rows = max(1, min(len(labels), _LIST_ROWS))
            selected = state.selected
            self._list.value = changes.index(selected) if selected in changes else None
        finally:
            self._syncing = False
        self._list.layout.display = None if labels else "none"
        self._empty.value = "" if labels else "<i>no changes match the filters</i>"
        self._style.value = _row_style(self._uid, changes)
        first, last = state.page_span()
        self._page.value = (
            f"page {state.page + 1} of {state.page_count} · "
            f"{first:,}–{last:,} of {len(state.visible):,}" if labels else "page 1 of 1"
        )
        self._prev.disabled = state.page == 0
        self._next.disabled = state.page >= state.page_count - 1

    def _draw_detail(self) -> None:
        change = self.state.selected
        if change is None:
            self._detail.value = "<i>select a change to see before/after and its SQL</i>"
            return
        notes = "".join(f"<li>{escape(n)}</li>" for n in change.notes)
        score = "" if change.score is None else f" · score {change.score:.2f}"
        self._detail.value = (
            f"<div>{risk_badge(change.risk)} <b>{escape(change.kind.value)}</b> "
            f"{escape(change.ref)}{score}</div>"
            f"<table><tr><th>before</th><td><code>{escape(describe(change.before))}</code></td></tr>"
            f"<tr><th>after</th><td><code>{escape(describe(change.after))}</code></td></tr></table>"
            f"<ul>{notes}</ul><pre>{escape(_safe(self.state.selected_sql))}</pre>"
        )

    def _draw_renames(self) -> None:
        rows: list[W.Widget] = []
        for choice in self.state.renames():
            toggle = W.ToggleButtons(options=["accept", "reject"], value="accept" if choice.accepted else "reject")
            score = "" if choice.score is None else f" ({choice.score:.2f})"
            toggle.observe(
                lambda ev, c=choice: self._decide(c.old, c.new, ev["new"] == "accept"), names="value"
            )
            toggle.add_class("schemanb-rename")
            rows.append(W.HBox([W.HTML(f"{escape(choice.old)} → {escape(choice.new)}{escape(score)}"), toggle]))
        self._renames.children = rows or [W.HTML("<i>no rename candidates</i>")]

    def _draw_sql(self) -> None:
        sql = _safe(self.state.sql)
        self._sql.value = sql
        # The copy button runs in the browser: the SQL travels in an escaped attribute.
        self._copy.value = (
            f'<button class="jupyter-button" data-sql="{escape(sql)}" '
            "onclick=\"navigator.clipboard.writeText(this.dataset.sql);"
            "this.textContent='copied'\">Copy SQL</button>"
        )

    def _draw_safe(self) -> None:
        """The safe plan (online variants, validated constraints, backfill stubs, each step
        with why) for the selected change and the whole diff, while its tab shows."""
        if self._tabs.selected_index != _SAFE_INDEX:
            return
        state = self.state
        self._safe_intro.value = (
            f"<div>The plan a careful DBA runs on a busy <b>{escape(state.target_label())}</b> "
            "database instead of the plain SQL: online index builds, constraints validated "
            "apart, NOT NULL columns backfilled in batches, lock timeouts; a comment on each "
            "step says why.</div>"
        )
        if state.selected is None:
            self._safe_selected.value = "<i>select a change to see its safe steps here</i>"
        else:
            self._safe_selected.value = (
                f"<b>Selected change</b>: {escape(state.selected.kind.value)} "
                f"{escape(state.selected.ref)}"
                f'<pre style="white-space: pre-wrap; word-break: normal">'
                f"{escape(_safe(lambda: state.selected_sql(safe=True)))}</pre>"
            )
        self._safe_sql.value = _safe(lambda: state.sql(safe=True))

    def _draw_diagram(self) -> None:
        """The diagram of the tables on the current page, drawn only while its tab shows
        (Graphviz on hundreds of tables takes seconds)."""
        if self._tabs.selected_index != _DIAGRAM_INDEX:
            self._diagram.value = ""
            return
        drawn = {str(k) for k in self.state.diff.b.table_map}  # dropped tables are not in b
        tables = [t for t in dict.fromkeys(c.table for c in self.state.page_changes) if t in drawn]
        if not tables:
            self._diagram.value = "<i>no changed tables on this page</i>"
            return
        from ...erd import erd
        from ...erd.render import render_svg

        try:
            graph = erd(self.state.diff.b, focus=tables, depth=0, diff=self.state.diff)
            self._diagram.value = render_svg(graph)
        except SchemaNBError as err:
            self._diagram.value = f"<i>no diagram: {escape(err)}</i>"


def _pad(text: str, width: int) -> str:
    """Pad with no-break spaces: a list box collapses ordinary runs of spaces."""
    return text + "\u00a0" * (width - len(text))


def _row_style(uid: str, changes: tuple[Change, ...]) -> str:
    """A risk-coloured bar at the start of each row (the risk is in the row's text too)."""
    by_risk: dict[str, list[int]] = {}
    for i, change in enumerate(changes, start=1):
        by_risk.setdefault(change.risk.value, []).append(i)
    rules = [
        f".{uid} select {{ font-family: var(--jp-code-font-family, monospace); font-size: 12px; }}",
        f".{uid} option {{ padding: 2px 4px; min-height: 18px; border-left: 6px solid transparent; }}",
    ]
    for risk, rows in by_risk.items():
        selector = ", ".join(f".{uid} option:nth-child({i})" for i in rows)
        rules.append(f"{selector} {{ border-left-color: {RISK_COLOURS.get(risk, '#777')}; }}")
    return "<style>" + "\n".join(rules) + "</style>" + _KEYS_TO_THE_LIST


#: JupyterLab 4 and Notebook 7 take the arrow keys for their own shortcuts (move to the
#: next cell) unless the focused element, or an ancestor, carries
#: ``data-lm-suppress-shortcuts``; ipywidgets cannot set an attribute, so this hidden
#: image does, on the list boxes and drop-downs of its own explorer, once it is shown.
_KEYS_TO_THE_JS = (
    "(function f(img, n) {"
    " var root = img.closest('.schemanb-explorer');"
    " var boxes = root ? root.querySelectorAll('.schemanb-changes select') : [];"
    " if (boxes.length) { root.querySelectorAll('select').forEach(function (s) {"
    " s.setAttribute('data-lm-suppress-shortcuts', 'true'); }); }"
    " else if (n < 100) { setTimeout(function () { f(img, n + 1); }, 100); }"
    " })(this, 0)"
)
_KEYS_TO_THE_LIST = (
    '<img alt="" style="display:none" '
    'src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" '
    f'onload="{_KEYS_TO_THE_JS}" onerror="{_KEYS_TO_THE_JS}">'
)


def _safe(render: Any) -> str:
    """Call a SQL renderer; a change that cannot be rendered says why instead."""
    try:
        return str(render())
    except SchemaNBError as err:
        return f"-- cannot render SQL: {err}"
