"""A calm message strip inside My notes: why something was refused, or that something worked.

It never shows note text: only our own sentences. Screen readers hear it as an alert. Its place is
kept when it is hidden, room for two lines: a message never pushes down what is under the pointer.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from safetyapp.ui.kit.feedback import announce
from safetyapp.ui.kit.widgets import action_button

LINES_KEPT = 2


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setObjectName("notesNotice")
        self.setAccessibleName(self.tr("Message"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.close_button = action_button(self.tr("OK"), self.tr("Close this message"))
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.close_button)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._keep_room()
        self.hide()

    def _keep_room(self) -> None:
        self.label.setMinimumHeight(QFontMetrics(self.label.font()).lineSpacing() * LINES_KEPT)

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setAccessibleDescription(text)
        self._keep_room()  # (at the text size of now)
        self.show()
        announce(self.label, text)

    def dismiss(self) -> None:
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
