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
    builders = getattr(ops, "OP_BUILDERS", None)
    if builders is None:
        pytest.skip("schemanb.migrate.ops has no OP_BUILDERS table yet")
    assert set(ChangeKind) - set(builders) == set()
