"""Every ChangeKind appears in every table keyed by ChangeKind (STYLE.md, section 3)."""

from __future__ import annotations

import importlib

import pytest

from schemanb.diff.changes import ChangeKind
from schemanb.diff.compare import KIND_MODULES
from schemanb.diff.risk import RULES
from schemanb.diff.summary import LABELS

TABLES = {"compare": KIND_MODULES, "risk": RULES, "labels": LABELS}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_change_kind_has_an_entry(name):
    assert set(ChangeKind) - set(TABLES[name]) == set()


def test_every_change_kind_has_a_migration_op_builder():
    try:
        ops = importlib.import_module("schemanb.migrate.ops")
    except ImportError:
        pytest.skip("schemanb.migrate.ops is not built yet")
    tables = [v for v in vars(ops).values()
              if isinstance(v, dict) and v and all(isinstance(k, ChangeKind) for k in v)]
    if not tables:
        pytest.skip("schemanb.migrate.ops has no ChangeKind-keyed table yet")
    for table in tables:
        assert set(ChangeKind) - set(table) == set()
