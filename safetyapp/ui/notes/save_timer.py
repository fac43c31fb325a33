"""The notes session's save timing on a Qt timer (see Scheduler in safetyapp.vault.session)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class SaveTimer(QObject):
    """One pending call: `start` replaces any call not made yet."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    def start(self, seconds: float, callback: Callable[[], None]) -> None:
        self._callback = callback
        self._timer.start(round(seconds * 1000))

    def stop(self) -> None:
        self._timer.stop()
        self._callback = None

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()
