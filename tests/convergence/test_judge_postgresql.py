"""The judge of test_judge.py on the PostgreSQL case directories, in a file of its own.

pytest-xdist gives each test file whole to one process (``--dist loadfile``), and
the judge is by far the longest file: split by dialect, its halves run side by side.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pool import _Pool
from test_judge import case_params, check_case, skeleton  # noqa: F401  (skeleton: a fixture)


@pytest.mark.parametrize(("case", "kind", "path"), list(case_params(("postgresql",))))
def test_case(case: str, kind: str, path: str, request: pytest.FixtureRequest, tmp_path: Path,
              _pool: _Pool, skeleton: Path) -> None:  # noqa: F811
    check_case(case, kind, path, request, tmp_path, _pool, skeleton)
