"""The window on the screen it opens on: sized to the screen's free area (taskbar and panels
excluded), never larger, and the keyboard on the page's first choice."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

WIDEST = 1280
"""Wider than this, a window only adds empty margin: pages keep to a readable width."""


def _available(window: QWidget) -> QRect | None:
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(window: QWidget) -> None:
    """First start: the window as tall as the screen's free area and as wide as it (up to `WIDEST`),
    frame included, centred across it."""
    available = _available(window)
    if available is None:
        return
    frame = window.frameGeometry()
    inner = window.geometry()
    extra_width = max(0, frame.width() - inner.width())
    extra_height = max(0, frame.height() - inner.height())
    width = min(available.width(), WIDEST) - extra_width
    height = available.height() - extra_height
    window.resize(width, height)
    left = available.left() + (available.width() - width - extra_width) // 2
    window.move(left, available.top())


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move the window, frame included, into the screen's free area (after the window
    manager has framed it, or on another screen). A window that already fits is left alone."""
    available = _available(window)
    if available is None or window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    extra_width = frame.width() - window.width()
    extra_height = frame.height() - window.height()
    width = min(frame.width(), available.width()) - extra_width
    height = min(frame.height(), available.height()) - extra_height
    window.resize(width, height)
    left = min(max(frame.left(), available.left()), available.right() + 1 - width - extra_width)
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - height - extra_height)
    window.move(left, top)


def first_control(page: QWidget) -> QWidget | None:
    """The first control of `page` that the keyboard can reach: where its focus starts."""
    from PySide6.QtCore import Qt

    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
