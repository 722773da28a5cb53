"""The examples in schemanb's docstrings run and print what they say (doctest)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import schemanb

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(schemanb.__path__, "schemanb.")
    if not m.name.endswith("__main__")  # running it is the command line
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} failed (output above)"


def test_the_examples_are_found():
    finder = doctest.DocTestFinder()
    found = sum(len(t.examples) for t in finder.find(importlib.import_module("schemanb.dialects.normalise")))
    assert found >= 2
