"""After 5 wrong tries in a row, each further try waits longer: 15 s, 30 s, 60 s... at most 15 minutes."""

from __future__ import annotations

from safetyapp.vault.attempts import FREE_TRIES, LONGEST_WAIT, Attempts, wait_after


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_first_four_wrong_tries_cost_nothing_then_the_wait_doubles() -> None:
    assert [wait_after(n) for n in range(1, 9)] == [0, 0, 0, 0, 15, 30, 60, 120]
    assert wait_after(40) == LONGEST_WAIT


def test_the_wait_counts_down_and_a_right_secret_starts_again() -> None:
    clock = Clock()
    attempts = Attempts(clock)
    for _ in range(FREE_TRIES - 1):
        assert attempts.failed() == 0 and attempts.wait_left() == 0
    assert attempts.failed() == 15 and attempts.wait_left() == 15
    clock.now += 14.2
    assert attempts.wait_left() == 1
    clock.now += 1
    assert attempts.wait_left() == 0
    assert attempts.failed() == 30 and attempts.wait_left() == 30
    attempts.succeeded()
    assert attempts.wait_left() == 0 and attempts.failures == 0
    assert attempts.failed() == 0
