"""``python -m bench explorer``: the drift explorer on a 1,000-change diff.

One synthetic pair of snapshots (``--tables`` tables, 4 changes each: a widened
column, a dropped column, an added column, an added index) is diffed in each
child's untimed setup. Cases, each in a fresh process:

* ``explorer``            — ``DriftExplorer(diff)``: widgets for one page of 50
  changes, the whole migration SQL, header and filters;
* ``explorer unpaged``    — the same with every change on one page (the peer:
  what pagination saves);
* ``to_sql``              — ``diff.to_sql()`` alone (the floor the explorer
  cannot go under, since it shows the SQL);
* ``search keystroke``    — typing in the table search box of a built explorer
  (filter + redraw of the list);
* ``next page``           — the "next" button of a built explorer;
* ``state filters x100``  — 100 filter changes on ``ExplorerState`` alone.

Prints medians, the ratio against ``explorer unpaged`` and the peak RSS of each
child process.
"""

from __future__ import annotations

import argparse

from ._harness import Case, measure, print_table

_SETUP = """
import schemanb
from schemanb import model
from schemanb.jupyter.explorer.view import DriftExplorer
from schemanb.jupyter.explorer.state import ExplorerState

def _col(name, type_sql):
    return model.Column(name=name, type_sql=type_sql, type_generic=type_sql)

def _table(i, after):
    cols = [_col("id", "INTEGER"), _col("a", "VARCHAR(20)" if after else "VARCHAR(10)")]
    cols.append(_col("c", "INTEGER") if after else _col("b", "TEXT"))
    idx = (model.Index(name=f"ix_t{{i:04d}}_a", expressions=("a",), is_expression=(False,)),)
    return model.Table(name=f"t{{i:04d}}", columns=tuple(cols),
                       primary_key=model.PrimaryKey(columns=("id",)),
                       indexes=idx if after else ())

info = model.SnapshotInfo(dialect="postgresql")
a = model.Schema(info=info, tables=tuple(_table(i, False) for i in range({n})))
b = model.Schema(info=info, tables=tuple(_table(i, True) for i in range({n})))
diff = schemanb.diff(a, b)
"""


def cases(n: int) -> list[Case]:
    setup = _SETUP.format(n=n)
    built = setup + "explorer = DriftExplorer(diff)\n"
    return [
        Case("explorer", setup=setup,
             body="e = DriftExplorer(diff)\nresult = len(e.state.visible)"),
        Case("explorer unpaged", setup=setup,
             body="e = DriftExplorer(diff, page_size=len(diff.changes))\nresult = len(e.state.page_changes)"),
        Case("to_sql", setup=setup, body="result = len(diff.to_sql())"),
        Case("search keystroke", setup=built,
             body="explorer._search.value = 't01'\nresult = len(explorer.state.visible)"),
        Case("next page", setup=built,
             body="explorer._next.click()\nresult = explorer.state.page"),
        Case("state filters x100", setup=setup + "s = ExplorerState(diff)\n",
             body="for i in range(100):\n    s.set_filters(search=f't0{i % 25:02d}')\n    result = len(s.visible)"),
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench explorer", description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=250, help="tables with 4 changes each (default 250)")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per case (default 3)")
    args = parser.parse_args(argv)
    measured = [measure(c, repeat=args.repeat) for c in cases(args.tables)]
    peer = next(m for m in measured if m.case.name == "explorer unpaged").median
    print(f"drift explorer, {args.tables * 4} changes, median of {args.repeat} fresh processes")
    rows = [
        [m.case.name, f"{m.median:.3f}", f"{m.median / peer:.2f}x", f"{m.peak_mb:.0f}", str(m.result)]
        for m in measured
    ]
    print_table(["case", "median s", "vs unpaged", "peak MB", "result"], rows)
    return 0
