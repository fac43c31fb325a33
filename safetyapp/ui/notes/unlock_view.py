"""Locked: open My notes with the passphrase, the recovery code, or (forgot it) the code and a new passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from safetyapp.ui.kit.feedback import announce
from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import action_button, heading, paragraph, wrapping_form
from safetyapp.ui.notes.passphrase import PassphrasePair, password_field
from safetyapp.ui.notes.recovery_code_view import code_font, code_problem_text
from safetyapp.vault import recovery

PASSPHRASE, RECOVERY, FORGOT = 0, 1, 2


def _code_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(accessible_name)
    field.setFont(code_font())
    field.setMaxLength(100)
    return field


class UnlockView(QWidget):
    unlock_requested = Signal(str)
    recovery_requested = Signal(str)
    reset_requested = Signal(str, str)
    keyring_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._mode = PASSPHRASE
        self._wait_left: Callable[[], int] | None = None
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        outer.addWidget(holder, 1)
        outer.addStretch(0)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading(self.tr("My notes is locked"), 2)
        layout.addWidget(self.title)
        self.info = paragraph("")
        self.info.hide()
        layout.addWidget(self.info)
        # Only the panel in use is shown (a stacked widget would keep the height of the tallest).
        self.modes = QWidget()
        modes = QVBoxLayout(self.modes)
        modes.setContentsMargins(0, 0, 0, 0)
        self.panels = [self._passphrase_panel(), self._recovery_panel(), self._forgot_panel()]
        for panel in self.panels:
            modes.addWidget(panel)
        layout.addWidget(self.modes)
        self.keyring_button = action_button(self.tr("Open with this computer's keyring"))
        self.keyring_button.clicked.connect(self.keyring_requested)
        self.keyring_button.hide()
        keyring_row = QHBoxLayout()
        keyring_row.addWidget(self.keyring_button)
        keyring_row.addStretch(1)
        layout.addLayout(keyring_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("unlockMessage")
        layout.addWidget(self.message)
        self.wait_note = QLabel()
        self.wait_note.setWordWrap(True)
        self.wait_note.setObjectName("unlockWait")
        self.wait_note.hide()
        layout.addWidget(self.wait_note)
        self.busy = paragraph("", small=True)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.show_mode(PASSPHRASE)

    # -- the three ways in
    def _passphrase_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(paragraph(self.tr("Your notes are safe and locked. Type your passphrase to open them.")))
        form = wrapping_form()
        self.passphrase = password_field(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._unlock)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.unlock_button = action_button(self.tr("Unlock"), self.tr("Unlock My notes"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout.addLayout(row)
        # The other ways in, one under the other: side by side, at 200% text, their words were cut off.
        self.use_code_button = action_button(self.tr("Use my recovery code"))
        self.forgot_button = action_button(self.tr("I forgot my passphrase"))
        self.use_code_button.clicked.connect(lambda: self.show_mode(RECOVERY))
        self.forgot_button.clicked.connect(lambda: self.show_mode(FORGOT))
        for button in (self.use_code_button, self.forgot_button):
            other = QHBoxLayout()
            other.addWidget(button)
            other.addStretch(1)
            layout.addLayout(other)
        return panel

    def _recovery_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(paragraph(self.tr("Type the recovery code you were given when you set up My notes.")))
        form = wrapping_form()
        self.code = _code_field(self.tr("Recovery code"))
        self.code_hint = paragraph("", small=True)
        self.code.returnPressed.connect(self._unlock_with_code)
        self.code.textChanged.connect(lambda: self._code_hint(self.code, self.code_hint))
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow("", self.code_hint)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.code_unlock_button = action_button(self.tr("Unlock"), self.tr("Unlock with the recovery code"))
        self.code_unlock_button.clicked.connect(self._unlock_with_code)
        back = action_button(self.tr("Back"), self.tr("Back to the passphrase"))
        back.clicked.connect(lambda: self.show_mode(PASSPHRASE))
        row.addWidget(self.code_unlock_button)
        row.addStretch(1)
        row.addWidget(back)
        layout.addLayout(row)
        return panel

    def _forgot_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr(
                    "That's OK. Type your recovery code, then choose a new passphrase. Everything in your notes "
                    "stays as it is."
                )
            )
        )
        form = wrapping_form()
        self.forgot_code = _code_field(self.tr("Recovery code"))
        self.forgot_hint = paragraph("", small=True)
        self.forgot_code.textChanged.connect(lambda: self._code_hint(self.forgot_code, self.forgot_hint))
        form.addRow(self.tr("Recovery code"), self.forgot_code)
        form.addRow("", self.forgot_hint)
        layout.addLayout(form)
        self.new_passphrase = PassphrasePair(self.tr("New passphrase"), self.tr("New passphrase again"))
        self.new_passphrase.changed.connect(self._update_forgot)
        self.new_passphrase.submitted.connect(self._reset)
        self.forgot_code.returnPressed.connect(self.new_passphrase.first.setFocus)
        layout.addWidget(self.new_passphrase)
        row = QHBoxLayout()
        self.reset_button = action_button(self.tr("Set the new passphrase and unlock"))
        self.reset_button.clicked.connect(self._reset)
        back = action_button(self.tr("Back"), self.tr("Back to the passphrase"))
        back.clicked.connect(lambda: self.show_mode(PASSPHRASE))
        row.addWidget(self.reset_button)
        row.addStretch(1)
        row.addWidget(back)
        layout.addLayout(row)
        self.forgot_code.textChanged.connect(self._update_forgot)
        self._update_forgot()
        return panel

    def _code_hint(self, field: QLineEdit, hint: QLabel) -> None:
        text = code_problem_text(field.text())
        hint.setText(text)
        hint.setAccessibleName(text)

    def _update_forgot(self) -> None:
        self.reset_button.setEnabled(
            recovery.is_valid(self.forgot_code.text()) and self.new_passphrase.ready() and not self.is_waiting()
        )

    # -- after too many wrong tries
    def wait(self, seconds_left: Callable[[], int]) -> None:
        """Too many wrong tries: no unlocking until `seconds_left()` is 0, with a countdown on screen;
        a screen reader hears it once at the start and once at the end. Typing still works."""
        self._wait_left = seconds_left
        self._wait_timer.start()
        self._tick()
        announce(self.wait_note, self.wait_note.text())

    def is_waiting(self) -> bool:
        return self._wait_left is not None

    def _tick(self) -> None:
        left = self._wait_left() if self._wait_left is not None else 0
        if left <= 0:
            was_waiting = self.is_waiting()
            self._stop_waiting()
            if was_waiting:
                text = self.tr("You can try again now.")
                self.show_message(text)
                announce(self.message, text)
            return
        minutes, seconds = divmod(left, 60)
        text = fill(
            self.tr(
                "That was a lot of wrong tries, so My notes is waiting a little before the next one: "
                "you can try again in %1. Nothing has been deleted, and your notes are safe."
            ),
            f"{minutes}:{seconds:02d}",
        )
        self.wait_note.setText(text)
        self.wait_note.setAccessibleName(text)
        self.wait_note.show()
        for button in (self.unlock_button, self.code_unlock_button):
            button.setEnabled(False)
        self._update_forgot()

    def _stop_waiting(self) -> None:
        self._wait_left = None
        self._wait_timer.stop()
        self.wait_note.clear()
        self.wait_note.setAccessibleName("")
        self.wait_note.hide()
        for button in (self.unlock_button, self.code_unlock_button):
            button.setEnabled(True)
        self._update_forgot()

    # -- modes and messages
    def show_mode(self, mode: int) -> None:
        self._mode = mode
        for index, panel in enumerate(self.panels):
            panel.setVisible(index == mode)
        self.show_message("")
        focus = {PASSPHRASE: self.passphrase, RECOVERY: self.code, FORGOT: self.forgot_code}[mode]
        focus.setFocus()

    def take_focus(self) -> None:
        self.passphrase.setFocus()

    def select_passphrase(self) -> None:
        """After a wrong passphrase: select it, so typing replaces it."""
        self.passphrase.selectAll()

    def offer_keyring(self, offered: bool) -> None:
        self.keyring_button.setVisible(offered)

    @property
    def mode(self) -> int:
        return self._mode

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def show_info(self, text: str) -> None:
        """A calm line above the fields: why it locked, or that a backup was restored."""
        self.info.setText(text)
        self.info.setAccessibleName(text)
        self.info.setVisible(bool(text))

    def set_busy(self, text: str) -> None:
        self.busy.setText(text)
        self.busy.setAccessibleName(text)
        self.modes.setEnabled(not text)
        self._busy = bool(text)

    def show_status(self, text: str) -> None:
        """A quiet line that something is happening, without stopping anyone typing."""
        if not self.is_busy():
            self.busy.setText(text)
            self.busy.setAccessibleName(text)

    def is_busy(self) -> bool:
        return self._busy

    # -- requests
    def _unlock(self) -> None:
        if self.passphrase.text() and not self.is_busy() and not self.is_waiting():
            self.unlock_requested.emit(self.passphrase.text())

    def _unlock_with_code(self) -> None:
        if self.is_busy() or self.is_waiting():
            return
        if not recovery.is_valid(self.code.text()):
            self._code_hint(self.code, self.code_hint)
            self.show_message(self.tr("Check the recovery code: it isn't complete or has a typing mistake."))
            return
        self.recovery_requested.emit(self.code.text())

    def _reset(self) -> None:
        if self.is_busy() or self.is_waiting() or not recovery.is_valid(self.forgot_code.text()):
            return
        if not self.new_passphrase.ready():
            return
        self.reset_requested.emit(self.forgot_code.text(), self.new_passphrase.passphrase())

    def forget(self) -> None:
        """Clear everything typed (after unlocking)."""
        self.passphrase.clear()
        self.code.clear()
        self.forgot_code.clear()
        self.new_passphrase.clear()
        self.show_message("")
        self.set_busy("")
        self._stop_waiting()
        self.show_mode(PASSPHRASE)
