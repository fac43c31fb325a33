"""Slow work (Argon2id, the OS keyring) off the GUI thread, so the window and Quick exit keep working.

    run_in_background(owner, work, done)   # work() in a thread; done(result or exception) in the GUI thread

The result comes back through a queued signal. If `owner` has been deleted by then, `done` is not
called. Threads are daemon threads: quitting never waits for them.

Python's cyclic garbage collector runs in whichever thread happens to allocate. Run in a worker, it
could find a Qt object (a widget of a page that has gone) and delete it off the GUI thread, which
crashes. So it is paused from the moment a task starts until its thread has finished (a fraction of
a second for Argon2id), and then runs in the GUI thread as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

_running: set[_Relay] = set()
_gc_paused_by_us = False


def _pause_gc() -> None:
    global _gc_paused_by_us
    if not _running and gc.isenabled():
        gc.disable()
        _gc_paused_by_us = True


def _resume_gc() -> None:
    global _gc_paused_by_us
    if not _running and _gc_paused_by_us:
        _gc_paused_by_us = False
        gc.enable()


class _Relay(QObject):
    """Lives in the GUI thread; the signal the worker emits reaches it queued. It is owned by the
    application, not by Python, so dropping the last Python reference while Qt is still delivering
    the signal cannot delete it."""

    finished = Signal(object)

    def __init__(self, owner: QObject, done: Callable[[Any], None]) -> None:
        super().__init__(QCoreApplication.instance())
        self._owner = owner
        self._done = done
        self.worker: threading.Thread | None = None
        self.finished.connect(self._deliver)

    def _deliver(self, outcome: object) -> None:
        if self.worker is not None:
            self.worker.join(1.0)  # it has emitted its last signal: only its ending is left
        _running.discard(self)
        _resume_gc()
        self.deleteLater()
        if shiboken6.isValid(self._owner):
            self._done(outcome)


def run_in_background(owner: QObject, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
    """Run `work` in a thread; then call `done` in the GUI thread with its result, or with the exception
    it raised (an Exception instance), unless `owner` has been deleted meanwhile."""
    relay = _Relay(owner, done)
    _pause_gc()
    _running.add(relay)

    def target() -> None:
        try:
            outcome: object = work()
        except Exception as error:
            outcome = error
        relay.finished.emit(outcome)

    relay.worker = threading.Thread(target=target, name="safetyapp-notes", daemon=True)
    relay.worker.start()


def busy() -> bool:
    """True while any background task has not reported back (tests wait on this)."""
    return bool(_running)
