"""What makes a step of a journey usable on a real screen, measured on the live widgets: each control it
needs is on the screen's free area, not cut off by its parents, big enough for its words, and not
covered by another control; and its main action is on the first screenful (no scrolling)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLabel, QWidget


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def shown_part(widget: QWidget) -> QRect:
    """The part of `widget` its parents let be seen (a scroll area's viewport, a window's edge)."""
    seen = global_rect(widget)
    parent = None if widget.isWindow() else widget.parentWidget()
    while parent is not None:
        seen = seen.intersected(global_rect(parent))
        parent = None if parent.isWindow() else parent.parentWidget()
    return seen


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def describe(widget: QWidget) -> str:
    label = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
    return f"{type(widget).__name__} {label!r}"


def problems_of(widget: QWidget, available: QRect, *, across_only: bool = False) -> list[str]:
    """Why `widget` cannot be used as it is shown: off the free area, cut off, too small for its words.
    `across_only`: a control further down a page that scrolls, checked from side to side only."""
    name = describe(widget)
    found = []
    rect = global_rect(widget)
    seen = shown_part(widget)
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


def controls_of(page: QWidget) -> list[QWidget]:
    """The controls of `page` a person can reach with Tab, as shown now."""
    return [
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def overlaps(controls: list[QWidget]) -> list[str]:
    """Pairs of controls drawn over each other, where both can be seen."""
    found = []
    shown = [(widget, shown_part(widget)) for widget in controls]
    shown = [(widget, rect) for widget, rect in shown if not rect.isEmpty()]
    for index, (first, first_rect) in enumerate(shown):
        for second, second_rect in shown[index + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            common = first_rect.intersected(second_rect)
            if common.width() > 1 and common.height() > 1:
                found.append(f"{describe(first)} and {describe(second)} overlap at {common.getRect()}")
    return found


def step_problems(
    window: QWidget, fixed: list[QWidget], page: QWidget, main: list[QWidget], *, first_screenful: bool = True
) -> list[str]:
    """Everything wrong with one step: the window larger than the free area; the window's `fixed`
    controls (the danger line, Quick exit, the sections) or the step's `main` actions not whole on the
    first screenful; the first control of each part of `page` that scrolls likewise; every other
    control cut off at the side; and any two controls over each other. Without `first_screenful`
    (large text), only the fixed controls must be whole where they are; the rest, across."""
    screen = window.screen()
    assert screen is not None
    available = screen.availableGeometry()
    found = []
    frame = window.frameGeometry()
    if not available.contains(frame):
        found.append(f"the window {frame.getRect()} is larger than the screen's free area {available.getRect()}")
    controls = controls_of(page)
    firsts: dict[int, QWidget] = {}
    further: list[QWidget] = []
    for widget in controls:
        key = id(scroll_area_of(widget))
        if key in firsts:
            further.append(widget)
        else:
            firsts[key] = widget
    needed = list(dict.fromkeys([*fixed, *main, *firsts.values()] if first_screenful else fixed))
    further = [*further, *firsts.values(), *main] if not first_screenful else further
    for widget in needed:
        found.extend(problems_of(widget, available))
    for widget in dict.fromkeys(further):
        if widget not in needed:
            found.extend(problems_of(widget, available, across_only=True))
    found.extend(overlaps([*fixed, *controls]))
    return found
