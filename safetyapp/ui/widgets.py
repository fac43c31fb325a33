"""Small building blocks shared by the pages: headings, paragraphs, big choices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout, QPushButton, QWidget


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", f"h{level}")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def paragraph(text: str, parent: QWidget | None = None, *, small: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    if small:
        label.setProperty("role", "small")
    return label


def big_button(title: str, detail: str, parent: QWidget | None = None) -> QPushButton:
    """A large, plain choice: a title line and a line saying what it leads to."""
    button = QPushButton(f"{title}\n{detail}", parent)
    button.setProperty("role", "big")
    button.setAccessibleName(title)
    button.setAccessibleDescription(detail)
    button.setAutoDefault(True)
    return button


def action_button(text: str, accessible_name: str | None = None, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible_name or text.replace("&", "").replace("…", ""))
    button.setAutoDefault(True)
    return button


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in a layout (for lists that are rebuilt)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
