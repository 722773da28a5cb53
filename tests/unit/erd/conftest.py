"""Fixtures of the ERD tests; helpers live in ``erd_helpers.py`` beside this file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from erd_helpers import edges_of, render, shop  # noqa: E402

from schemanb import model  # noqa: E402


@pytest.fixture
def shop_schema() -> model.Schema:
    return shop()


@pytest.fixture
def rendered():  # type: ignore[no-untyped-def]
    return render


@pytest.fixture
def dot_edges():  # type: ignore[no-untyped-def]
    return edges_of
