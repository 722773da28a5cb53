"""paused_gc: the cyclic collector is off inside, back to its former state after."""

from __future__ import annotations

import gc
import threading

import pytest

import schemanb
from schemanb._gc import paused_gc, without_gc
from schemanb.model import Schema


@pytest.fixture(autouse=True)
def _collector_enabled():
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_off_inside_and_back_on_after_even_on_error():
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_nested_pauses_resume_only_at_the_outermost():
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_disabled_by_the_caller_stays_disabled():
    gc.disable()
    with paused_gc():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_in_threads_resume_when_the_last_ends():
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with paused_gc():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with paused_gc():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.isenabled())  # the first pause ended, this one still holds

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == [False]
    assert gc.isenabled()


def test_decorator_keeps_the_function_and_its_result():
    @without_gc
    def probe(x: int) -> tuple[int, bool]:
        """Doc."""
        return x * 2, gc.isenabled()

    assert probe(21) == (42, False)
    assert probe.__doc__ == "Doc." and probe.__name__ == "probe"
    assert gc.isenabled()


def test_public_entry_points_leave_the_collector_as_they_found_it(tmp_path):
    schemanb.inspect("sqlite://")
    assert gc.isenabled()
    Schema().save(tmp_path / "s.json")
    schemanb.load(tmp_path / "s.json")
    schemanb.diff(Schema(), Schema())
    assert gc.isenabled()
