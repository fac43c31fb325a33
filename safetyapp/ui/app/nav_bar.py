"""The section list on the left: one button per section, arrow keys move between them.

Plain buttons rather than a list view: a list view pulls in the whole item-view machinery, which
costs about 90 ms before the first paint. The buttons are mutually exclusive, so a screen reader
hears them as one choice ("Home, radio button, checked, 1 of 6"), not as six tick boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget


class NavBar(QWidget):
    chosen = Signal(str)

    def __init__(self, sections: dict[str, str], accessible_name: str) -> None:
        super().__init__()
        self.setObjectName("nav")
        self.setAccessibleName(accessible_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(2)
        self.buttons: dict[str, QPushButton] = {}
        for section, label in sections.items():
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setAccessibleName(label)
            button.setProperty("role", "nav")
            # Toggled, not clicked: a screen reader's "Toggle" action opens the section too.
            button.toggled.connect(lambda checked, s=section: self._toggled(s, checked))
            button.installEventFilter(self)
            self.buttons[section] = button
            layout.addWidget(button)
        layout.addStretch(1)
        # Never narrower than its longest section name (at 200% text too): a push button's minimum size
        # is its size hint, so the list's is too. (No size policy is set for this: QSizePolicy's enums
        # cost about 3 million instructions before the first paint.)

    def _toggled(self, section: str, checked: bool) -> None:
        if checked:
            self.chosen.emit(section)

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
            blocked = button.blockSignals(True)  # showing a section is not choosing it again
            button.setChecked(True)
            button.blockSignals(blocked)

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


class NavArea(QScrollArea):
    """The section list, scrolling when the window is shorter than the list: at 200% text in Urdu,
    six sections are taller than a 1024x600 screen less its taskbar, and the window grew past it."""

    def __init__(self, nav: NavBar) -> None:
        super().__init__()
        self.setWidget(nav)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Set by name as Qt properties: any value of Qt's namespace, even one read back from a getter,
        # makes PySide build all of that namespace's enums (about 190 classes), before the first paint.
        self.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.setProperty("focusPolicy", "NoFocus")  # Tab goes to the sections themselves
        self.setAccessibleName(nav.accessibleName())

    def show_current(self) -> None:
        """Scroll the list to the current section."""
        nav = self.widget()
        current = nav.current() if isinstance(nav, NavBar) else None
        if isinstance(nav, NavBar) and current is not None:
            self.ensureWidgetVisible(nav.buttons[current], 0, 0)

    def _width(self) -> int:
        """The list's width, and the scroll bar's when the list is taller than the room it has."""
        widget = self.widget()
        if widget is None:
            return 0
        taller = widget.minimumSizeHint().height() > self.height() > 0
        return widget.minimumSizeHint().width() + (self.verticalScrollBar().sizeHint().width() if taller else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._width() != self.width():
            self.updateGeometry()  # the scroll bar came or went: the window makes room for it

    def sizeHint(self) -> QSize:
        return QSize(self._width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width(), 0)
