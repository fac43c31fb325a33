"""What Qt's accessibility layer does not say by itself: which labels are headings.

A QLabel is "static text" to a screen reader. Headings made by `widgets.heading` are served as
headings instead, so a screen-reader user can hear a page's structure and jump from heading to
heading. Qt asks the factory only while an assistive technology (or a test) is listening. It is
installed just after the first paint: QAccessible alone costs 5 ms to load.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from safetyapp.ui.kit.widgets import HeadingLabel


class _HeadingAccessible(QAccessibleWidget):
    def __init__(self, label: HeadingLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)


def _factory(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    return _HeadingAccessible(target) if isinstance(target, HeadingLabel) else None


def install() -> None:
    QAccessible.installFactory(_factory)
