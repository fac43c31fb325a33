"""Small building blocks shared by the pages: headings, paragraphs, big choices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safetyapp.ui.kit.text import right_to_left_first

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFormLayout


class HeadingLabel(QLabel):
    """A label that is a heading of a page or part of a page (level 1 to 3); screen readers are told
    so by `accessibility`."""


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> HeadingLabel:
    label = HeadingLabel(right_to_left_first(text), parent)
    label.setProperty("role", f"h{level}")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None, *, small: bool = False) -> QLabel:
    label = QLabel(right_to_left_first(text), parent)
    label.setWordWrap(True)
    if "<" in text or "&" in text:  # only then could Qt mistake it for rich text
        from PySide6.QtCore import Qt  # Qt's namespace costs 30-40 ms the first time: not before the first paint

        label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    if small:
        label.setProperty("role", "small")
    return label


class BigChoice(QPushButton):
    """A large, plain choice: a bold title and a line saying what it leads to; both scale with text size."""

    def __init__(self, title: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "big")
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.setAutoDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(2)
        self.title = QLabel(right_to_left_first(title))
        self.detail = QLabel(right_to_left_first(detail))
        self.title.setProperty("role", "bigTitle")
        for label in (self.title, self.detail):
            label.setWordWrap(True)
            # A plain label ignores clicks, so they reach the button.
            layout.addWidget(label)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class WrappingButton(QPushButton):
    """A button whose words wrap onto more lines instead of widening the page (a long question such as
    "How do I find their username on Facebook and Messenger?" at 200% text). `words` is what it says."""

    def __init__(self, words: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        self.label = QLabel()
        self.label.setWordWrap(True)  # a plain label ignores clicks, so they reach the button
        layout.addWidget(self.label)
        self.set_words(words)

    def set_words(self, words: str) -> None:
        self.label.setText(right_to_left_first(words))
        self.setAccessibleName(words)
        self.updateGeometry()

    @property
    def words(self) -> str:
        return self.accessibleName()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()


def big_button(title: str, detail: str, parent: QWidget | None = None) -> BigChoice:
    return BigChoice(title, detail, parent)


def action_button(text: str, accessible_name: str | None = None, parent: QWidget | None = None) -> QPushButton:
    # `parent` by name: given by position, PySide weighs the (icon, text) constructor, and building
    # QIcon's enums for that costs about 12 million instructions before the first paint.
    button = QPushButton(text, parent=parent)
    button.setAccessibleName(accessible_name or text.replace("&", "").replace("…", ""))
    button.setAutoDefault(True)
    return button


def wrapping_form(*, labels_above: bool = False) -> QFormLayout:
    """A form whose labels go above their fields when the two do not fit side by side (at 200% text,
    in a long language), or always with `labels_above`; its fields take the width there is."""
    from PySide6.QtWidgets import QFormLayout  # (no form is in the first screen: its enums can wait)

    form = QFormLayout()
    policy = QFormLayout.RowWrapPolicy
    form.setRowWrapPolicy(policy.WrapAllRows if labels_above else policy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in a layout (for lists that are rebuilt)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone from the screen now; deleted when the event loop gets to it
            widget.deleteLater()


class _ButtonLabel(QLabel):
    """The words of a tick box or answer, wrapped over several lines; a click on them is a click on it."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self._button = button

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._button.isEnabled():
            self._button.click()
        event.accept()


def wrapping_choice(button: QAbstractButton, text: str) -> tuple[QWidget, QLabel]:
    """A tick box or answer whose words wrap instead of widening the page (at 200% text, long answers
    would not fit the screen). The button itself has no text; its accessible name is the words."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    button.setText("")
    if not button.accessibleName():
        button.setAccessibleName(text)
    label = _ButtonLabel(right_to_left_first(text), button)
    from PySide6.QtCore import Qt  # Qt's namespace costs 30-40 ms the first time: not before the first paint

    # At the top, beside the first line of the words, and no taller than itself: it has no text of its
    # own, so a stretched box would only answer clicks on its small indicator.
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row, label


def scrolling_column(max_width: int) -> tuple[QScrollArea, QVBoxLayout]:
    """A scroll area holding a column no wider than `max_width` (long lines are hard to read); returns
    the area and the column's layout. The column sits in a row, so its wrapped text is measured at the
    width the column really gets: put straight into the area, it would be measured at the area's
    width and its last lines cut off when the area is wider than the column."""
    from PySide6.QtCore import Qt  # Qt's namespace costs 30-40 ms the first time: not before the first paint

    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, which scroll into view
    row = QWidget()
    row_layout = QHBoxLayout(row)
    row_layout.setContentsMargins(0, 0, 0, 0)
    column = QWidget()
    column.setMaximumWidth(max_width)
    row_layout.addWidget(column, 1)
    row_layout.addStretch(0)
    scroll.setWidget(row)
    return scroll, QVBoxLayout(column)
