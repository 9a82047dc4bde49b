"""The collector is off while the ledger is computed and as it was afterwards."""

from __future__ import annotations

import gc

import pytest

from corroborate.ledger.paused_gc import paused_gc


def test_the_collector_is_paused_inside_and_back_after_even_on_an_error() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_gc():
        raise ValueError("an update that fails")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
