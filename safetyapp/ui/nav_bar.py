"""The section list on the left: one button per section, arrow keys move between them.

Plain buttons rather than a list view: a list view pulls in the whole item-view machinery, which
costs about 90 ms before the first paint, and buttons are read by screen readers just as well.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class NavBar(QWidget):
    chosen = Signal(str)

    def __init__(self, sections: dict[str, str], accessible_name: str) -> None:
        super().__init__()
        self.setObjectName("nav")
        self.setAccessibleName(accessible_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(2)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for section, label in sections.items():
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAccessibleName(label)
            button.setProperty("role", "nav")
            button.clicked.connect(lambda _=False, s=section: self.chosen.emit(s))
            button.installEventFilter(self)
            self._group.addButton(button)
            self.buttons[section] = button
            layout.addWidget(button)
        layout.addStretch(1)
        # Never narrower than its longest section name (at 200% text too): never clipped.
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)

    def set_labels(self, sections: dict[str, str]) -> None:
        """New words for the buttons (after a change of language)."""
        for section, label in sections.items():
            button = self.buttons.get(section)
            if button is not None:
                button.setText(label)
                button.setAccessibleName(label)

    def set_current(self, section: str) -> None:
        button = self.buttons.get(section)  # a section turned off by the organisation has no button
        if button is not None:
            button.setChecked(True)

    def current(self) -> str | None:
        for section, button in self.buttons.items():
            if button.isChecked():
                return section
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            from PySide6.QtCore import Qt  # Qt's namespace costs 30-40 ms the first time: not before the first paint

            keys = list(self.buttons)
            index = next((i for i, s in enumerate(keys) if self.buttons[s] is watched), None)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if index is not None and step is not None:
                target = keys[(index + step) % len(keys)]
                self.buttons[target].setFocus()
                self.buttons[target].click()
                return True
        return False
