"""What a notes session (safetyapp.vault.session) needs from its page, for tests without a window:
a save timer that never fires, and slow steps run at once."""

from __future__ import annotations

from collections.abc import Callable


class NoTimer:
    """A scheduler that never calls back: saves happen when the test says `save_now`."""

    pending = False

    def start(self, seconds: float, callback: Callable[[], None]) -> None:
        pass

    def stop(self) -> None:
        pass


def at_once(work: Callable[[], object], done: Callable[[object], None]) -> None:
    """Run a slow step at once, and hand `done` its result or the exception it raised."""
    try:
        outcome = work()
    except Exception as error:
        outcome = error
    done(outcome)
