"""Runs the real app on a real X screen (started by the test), walks it as a user would, and writes
what it found as JSON: for each step, every control the step needs that is off the screen's free
area, cut off by its parents, or too small for its words. Screenshots go beside the JSON.

Usage: python driver.py OUTPUT_FOLDER DATA_FOLDER
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QWidget,
)

from safetyapp.core.paths import resolve_paths
from safetyapp.core.settings import Settings, save_settings
from safetyapp.ui.app.application import build_window, create_application
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.app.screen_fit import first_control

SETTLE_MS = 400


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def problems_of(widget: QWidget, available: QRect, name: str, *, across_only: bool = False) -> list[str]:
    """Why `widget` cannot be used as it is shown: off the free area, cut off, too small for its words.
    `across_only`: a control further down a page that scrolls, checked from side to side only."""
    found = []
    rect = global_rect(widget)
    seen = QRect(rect)
    parent = widget.parentWidget()
    while parent is not None:
        seen = seen.intersected(global_rect(parent))
        parent = parent.parentWidget()
    if across_only:
        inside = available.left() <= rect.left() and rect.right() <= available.right()
        whole = seen.isEmpty() or (seen.left() == rect.left() and seen.right() == rect.right())
    else:
        inside = available.contains(rect)
        whole = seen == rect
    if not inside:
        found.append(f"{name}: at {rect.getRect()}, outside the screen's free area {available.getRect()}")
    if not whole:
        found.append(f"{name}: only {seen.getRect()} of {rect.getRect()} is shown (cut off by its parents)")
    plain_button = isinstance(widget, QAbstractButton) and widget.layout() is None and bool(widget.text())
    if plain_button or isinstance(widget, QComboBox) or (isinstance(widget, QLabel) and not widget.wordWrap()):
        hint = widget.minimumSizeHint() if isinstance(widget, QComboBox) else widget.sizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            found.append(
                f"{name}: {widget.width()}x{widget.height()}, too small for its words ({hint.width()}x{hint.height()})"
            )
    return found


def describe(widget: QWidget) -> str:
    label = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
    return f"{type(widget).__name__} {label!r}"


def step_problems(window: MainWindow, page: QWidget, extra: list[QWidget]) -> list[str]:
    """The controls a step needs, whole and on the screen's free area: the danger line, Quick exit,
    the sections, the first control of each part of the page that scrolls, and `extra` (the step's
    main action). Every other control of the page is checked from side to side: further down, it
    may be scrolled to, but never cut off at the side."""
    screen = window.screen()
    assert screen is not None
    available = screen.availableGeometry()
    found = []
    frame = window.frameGeometry()
    if not available.contains(frame):
        found.append(f"the window {frame.getRect()} is larger than the screen's free area {available.getRect()}")
    needed: list[QWidget] = [window.danger_line, window.quick_exit_button, *window.nav.buttons.values(), *extra]
    firsts: dict[int, QWidget] = {}
    further: list[QWidget] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        area = scroll_area_of(widget)
        key = id(area)
        if key in firsts:
            further.append(widget)
        else:
            firsts[key] = widget
    needed.extend(firsts.values())
    for widget in dict.fromkeys(needed):
        found.extend(problems_of(widget, available, describe(widget)))
    for widget in further:
        if widget not in needed:
            found.extend(problems_of(widget, available, describe(widget), across_only=True))
    return found


def main_actions(window: MainWindow, section: str, page: QWidget) -> list[QWidget]:
    """What a step is for: its first choice and the controls that act on it."""
    first = first_control(page)
    found = [first] if first is not None else []
    if section == "wizard":
        found.extend(b for b in page.findChildren(QPushButton) if b.isVisible() and b.isDefault())
    elif section == "advice":
        advice = window.advice_page()
        found.extend((advice.search, advice.print_button, advice.pdf_button))
    elif section == "settings":
        settings = window.settings_page()
        found.extend((settings.reader, settings.text_size, settings.theme, settings.language))
    return found


def main() -> None:
    out, data = Path(sys.argv[1]), Path(sys.argv[2])
    paths = resolve_paths(data_dir=data)
    paths.create()
    save_settings(paths.config, Settings(reader="young", first_run=False))
    app = create_application(["safetyapp"])
    window = build_window(app, paths, deferred=True)
    report: dict[str, object] = {}
    steps: dict[str, list[str]] = {}

    def shot(name: str) -> None:
        screen = window.screen()
        if screen is not None:
            screen.grabWindow(0).save(str(out / f"{name}.png"))

    def first_focus() -> None:
        focus = QApplication.focusWidget()
        report["first_focus"] = describe(focus) if focus is not None else None
        report["first_focus_is_quick_exit"] = focus is window.quick_exit_button
        page = window.stack.currentWidget()
        report["first_focus_on_page"] = bool(focus is not None and page is not None and page.isAncestorOf(focus))
        screen = window.screen()
        assert screen is not None
        report["available"] = screen.availableGeometry().getRect()
        report["frame"] = window.frameGeometry().getRect()

    def visit(section: str) -> None:
        QTest.mouseClick(window.nav.buttons[section], Qt.MouseButton.LeftButton)
        QTest.qWait(SETTLE_MS)
        page = window.stack.currentWidget()
        assert page is not None
        steps[section] = step_problems(window, page, main_actions(window, section, page))
        shot(section)

    def walk() -> None:
        first_focus()
        QTest.qWait(SETTLE_MS)
        page = window.stack.currentWidget()
        assert page is not None
        steps["home"] = step_problems(window, page, main_actions(window, "home", page))
        shot("home")
        for section in ("advice", "help", "settings", "wizard"):
            visit(section)
        report["steps"] = steps
        (out / "report.json").write_text(json.dumps(report, indent=1))
        window.quick_exit.trigger()

    window.first_painted.connect(lambda: QTimer.singleShot(1500, walk))
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
