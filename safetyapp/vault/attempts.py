"""Wrong tries at the passphrase or the recovery code: after `FREE_TRIES` in a row, each further try
waits a little longer (15 seconds, then 30, 60... never more than `LONGEST_WAIT`). Nothing is ever
wiped: the wait only slows down someone guessing at the keyboard. (Guessing against a copied file is
slowed by Argon2id instead; see docs/security.md.)

The count lives as long as the app runs; a right secret starts it again. No Qt: the UI asks
`wait_left()` and shows the countdown.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Final

FREE_TRIES: Final = 5
FIRST_WAIT: Final = 15.0
LONGEST_WAIT: Final = 15 * 60.0


def wait_after(failures: int) -> float:
    """Seconds to wait after `failures` wrong tries in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(LONGEST_WAIT, FIRST_WAIT * 2 ** (failures - FREE_TRIES))


class Attempts:
    """Counts wrong tries in a row and says how long until the next may be made. `clock` gives seconds
    (monotonic: changing the computer's clock does not shorten the wait)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures = 0
        self._until = 0.0

    @property
    def failures(self) -> int:
        return self._failures

    def failed(self) -> float:
        """A wrong try: the seconds to wait now (0 for the first few)."""
        self._failures += 1
        wait = wait_after(self._failures)
        self._until = self._clock() + wait
        return wait

    def succeeded(self) -> None:
        self._failures = 0
        self._until = 0.0

    def wait_left(self) -> int:
        """Whole seconds until another try may be made (0: now)."""
        return max(0, math.ceil(self._until - self._clock()))
