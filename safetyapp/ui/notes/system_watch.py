"""Lock My notes when the computer goes to sleep or the screen locks, where Qt or the OS tells us.

- Qt: the application state becomes "suspended" (mobile-style platforms, some desktops).
- Linux, over D-Bus when a bus is there: logind's PrepareForSleep(true) on the system bus, and the
  screen saver's ActiveChanged(true) (org.freedesktop.ScreenSaver, org.gnome.ScreenSaver) on the
  session bus. With no bus, nothing is tried: the session bus is only used when its address is set,
  so Qt never starts a D-Bus daemon of its own.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import cast

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.mate.ScreenSaver")


def _slot(signature: str) -> bytes:
    # PySide6 wants the str that SLOT() gives (bytes are refused at run time), though its stubs say bytes.
    return cast(bytes, SLOT(signature))


class SystemWatch(QObject):
    """Emits `lock_now` with "sleep" or "screen-locked" when the notes should lock."""

    lock_now = Signal(str)

    def __init__(self, parent: QObject | None = None, *, use_dbus: bool = True) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.application_state_changed)
        self.watching: list[str] = []
        if use_dbus and sys.platform.startswith("linux"):
            try:
                self._watch_dbus()
            except Exception as error:  # optional: never stop the notes from opening
                log.debug("not watching D-Bus for sleep or screen lock: %s", type(error).__name__)

    def application_state_changed(self, state: Qt.ApplicationState) -> None:
        """Qt says the application is active, hidden, suspended..."""
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now.emit("sleep")

    def _watch_dbus(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        if os.environ.get("DBUS_SYSTEM_BUS_ADDRESS") or os.path.exists("/run/dbus/system_bus_socket"):
            system = QDBusConnection.systemBus()
            if system.isConnected() and system.connect(
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                _slot("prepare_for_sleep(bool)"),
            ):
                self.watching.append("logind")
        address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        if address and not address.startswith("disabled:"):
            session = QDBusConnection.sessionBus()
            if session.isConnected():
                for interface in SCREEN_SAVERS:
                    if session.connect("", "", interface, "ActiveChanged", self, _slot("screen_saver_changed(bool)")):
                        self.watching.append(interface)

    @Slot(bool)
    def prepare_for_sleep(self, going: bool) -> None:
        """logind says the computer is about to sleep (True) or has woken (False)."""
        if going:
            self.lock_now.emit("sleep")

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        """The screen saver (and with it the screen lock) came on (True) or went off."""
        if active:
            self.lock_now.emit("screen-locked")
