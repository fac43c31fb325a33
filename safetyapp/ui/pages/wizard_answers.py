"""The wizard's answers as large rows, and the guard that keeps a double-click from acting twice.

After GOV.UK's radios: each answer is a large row, and a click anywhere on it chooses it; the arrow
keys move the choice and Enter on an answer chooses it and goes on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QInputEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QRadioButton, QVBoxLayout, QWidget

from safetyapp.core.wizard.engine import Choice
from safetyapp.ui.kit.widgets import clear_layout, wrapping_choice

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_BACKWARD = (Qt.Key.Key_Up,)
_FORWARD = (Qt.Key.Key_Down,)


class AnswerButton(QRadioButton):
    """One answer's radio button: the arrow keys move the choice, Enter on it goes on."""

    step = Signal(int)
    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        left_to_right = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        if key in _BACKWARD or key == (Qt.Key.Key_Left if left_to_right else Qt.Key.Key_Right):
            self.step.emit(-1)
        elif key in _FORWARD or key == (Qt.Key.Key_Right if left_to_right else Qt.Key.Key_Left):
            self.step.emit(1)
        elif key in _ENTER:  # Enter on an answer: this one, go on (the keyboard's one press per answer)
            if not self.isChecked():
                self.click()
            self.submitted.emit()
        else:
            super().keyPressEvent(event)


class AnswerRow(QFrame):
    """An answer as a large row: a click anywhere on it (margins included) chooses it."""

    def __init__(self, choice: Choice) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.button = AnswerButton()
        self.button.setAccessibleName(choice.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        row, self.label = wrapping_choice(self.button, choice.label)
        layout.addWidget(row)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class AnswerList(QWidget):
    """The answers to one question, one of which can be chosen."""

    changed = Signal()
    submitted = Signal()
    """Enter on the chosen answer."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self.rows: dict[str, AnswerRow] = {}

    def show_choices(self, choices: tuple[Choice, ...], selected: str | None) -> None:
        for button in self._group.buttons():
            self._group.removeButton(button)
        clear_layout(self._layout)
        self.rows = {}
        for choice in choices:
            row = AnswerRow(choice)
            row.button.setChecked(choice.id == selected)
            row.button.toggled.connect(lambda _checked: self.changed.emit())
            row.button.step.connect(self._step)
            row.button.submitted.connect(self.submitted)
            self._group.addButton(row.button)
            self._layout.addWidget(row)
            self.rows[choice.id] = row

    @property
    def buttons(self) -> dict[str, QRadioButton]:
        """Each answer's radio button, by option id, in the order shown."""
        return {choice_id: row.button for choice_id, row in self.rows.items()}

    def chosen(self) -> str | None:
        return next((choice_id for choice_id, row in self.rows.items() if row.button.isChecked()), None)

    def focus_first(self) -> None:
        """Focus the chosen answer, or the first one."""
        chosen = self.chosen()
        ids = list(self.rows)
        if ids:
            self.rows[chosen or ids[0]].button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _step(self, by: int) -> None:
        ids = list(self.rows)
        focused = next((i for i, choice_id in enumerate(ids) if self.rows[choice_id].button.hasFocus()), None)
        if focused is None:
            return
        target = self.rows[ids[(focused + by) % len(ids)]].button
        target.setChecked(True)
        target.setFocus(Qt.FocusReason.OtherFocusReason)


_MOUSE_BUTTON_EVENTS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
)


class DoubleClickGuard(QObject):
    """Ignores mouse buttons on a page for a double-click's time after the input that changed what it
    shows: the second click of a double-click on Continue lands on the next screen, and must not act there.

    The time is measured with the events' own timestamps, so it is the time between the clicks.
    Held-down keys (auto-repeat of Enter or Space) are ignored on the page too, for the same reason.
    """

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self._last_input: int | None = None
        self._armed_at: int | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def arm(self) -> None:
        """What the page shows has just changed."""
        self._armed_at = self._last_input

    def _on_page(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (watched is self._page or self._page.isAncestorOf(watched))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _MOUSE_BUTTON_EVENTS and isinstance(event, QInputEvent) and self._on_page(watched):
            stamp = event.timestamp()
            armed = self._armed_at
            if armed is not None and 0 <= stamp - armed < QGuiApplication.styleHints().mouseDoubleClickInterval():
                return True
            self._armed_at = None
            self._last_input = stamp
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._on_page(watched):
            if event.isAutoRepeat() and event.key() in (*_ENTER, Qt.Key.Key_Space):
                return True
            self._last_input = event.timestamp()
        return False
