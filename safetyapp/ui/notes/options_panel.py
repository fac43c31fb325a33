"""Backups and settings for My notes: auto-lock time, keyring unlock, passphrase, recovery code, backups,
delete everything."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import action_button, heading, paragraph, scrolling_column, wrapping_choice
from safetyapp.ui.notes.idle_lock import LOCK_MINUTES
from safetyapp.ui.notes.passphrase import PassphrasePair
from safetyapp.ui.notes.words import keyring_reason


def without_accents(word: str) -> str:
    """`word` with its accents taken off (USUŃ becomes USUN), so it can be typed on any keyboard."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def confirm_word_typed(typed: str, word: str) -> bool:
    """Whether `typed` is the confirm word `word`, as written or without its accents."""
    return typed.strip() in {word, without_accents(word)}


class OptionsPanel(QWidget):
    back = Signal()
    minutes_changed = Signal(int)
    keyring_toggled = Signal(bool)
    change_passphrase = Signal(str)
    new_recovery_code = Signal()
    backup = Signal()
    restore = Signal()
    delete_everything = Signal()

    def __init__(self, minutes: int, keyring_on: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._passphrase_busy = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Backups and settings"), 2), 1)
        self.back_button = action_button(self.tr("Back to my notes"))
        self.back_button.clicked.connect(self.back)
        top.addWidget(self.back_button)
        outer.addLayout(top)
        scroll, layout = scrolling_column(760)
        layout.setSpacing(10)

        # backups: first, as the button the panel is opened for most (on a small screen, without scrolling)
        layout.addWidget(heading(self.tr("Backups"), 3))
        layout.addWidget(
            paragraph(
                self.tr(
                    "A backup is an encrypted copy of all your notes, for example on a USB stick. It opens with "
                    "the passphrase or recovery code you have when you make it."
                ),
                small=True,
            )
        )
        row = QHBoxLayout()
        self.backup_button = action_button(self.tr("Back up…"), self.tr("Save a backup of My notes"))
        self.restore_button = action_button(self.tr("Restore…"), self.tr("Restore My notes from a backup"))
        self.backup_button.clicked.connect(self.backup)
        self.restore_button.clicked.connect(self.restore)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)

        # locking
        layout.addWidget(heading(self.tr("Locking"), 3))
        form = QFormLayout()
        self.minutes = QComboBox()
        self.minutes.setAccessibleName(self.tr("Lock My notes after this long without use"))
        for value in LOCK_MINUTES:
            name = self.tr("1 minute") if value == 1 else self.tr("%n minutes", "", value)
            self.minutes.addItem(name, value)
        self.minutes.setCurrentIndex(max(0, self.minutes.findData(minutes)))
        self.minutes.currentIndexChanged.connect(lambda: self.minutes_changed.emit(self.minutes.currentData()))
        self.minutes.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addStretch(1)
        form.addRow(self.tr("Lock after"), row)
        layout.addLayout(form)
        layout.addWidget(
            paragraph(
                self.tr(
                    "My notes also locks when you press Lock or Quick exit, when you close the app, and when the "
                    "computer goes to sleep or the screen locks."
                ),
                small=True,
            )
        )

        # keyring
        layout.addWidget(heading(self.tr("Unlock automatically"), 3))
        self.keyring = QCheckBox()
        keyring_row, _words = wrapping_choice(self.keyring, self.tr("Unlock automatically on this computer account"))
        self.keyring.setChecked(keyring_on)
        self.keyring.setEnabled(keyring_on)  # until the keyring has been checked
        self.keyring.toggled.connect(self.keyring_toggled)
        layout.addWidget(keyring_row)
        trade_off = paragraph(
            self.tr(
                "Then My notes opens without your passphrase on this computer. But anyone who can log in to this "
                "computer as you could then open your notes. Leave it off if you share this computer account."
            ),
            small=True,
        )
        self.keyring.setAccessibleDescription(trade_off.text())
        layout.addWidget(trade_off)
        self.keyring_reason = paragraph(self.tr("Checking this computer's keyring…"), small=True)
        layout.addWidget(self.keyring_reason)

        # passphrase
        layout.addWidget(heading(self.tr("Passphrase"), 3))
        layout.addWidget(paragraph(self.tr("Choose a new passphrase. Your recovery code stays the same."), small=True))
        self.passphrase = PassphrasePair(self.tr("New passphrase"), self.tr("New passphrase again"))
        layout.addWidget(self.passphrase)
        row = QHBoxLayout()
        self.passphrase_button = action_button(self.tr("Change passphrase"))
        self.passphrase_button.clicked.connect(self._change_passphrase)
        self.passphrase.changed.connect(self._update)
        self.passphrase.submitted.connect(self._change_passphrase)
        row.addWidget(self.passphrase_button)
        self.passphrase_status = paragraph("", small=True)
        row.addWidget(self.passphrase_status, 1)
        layout.addLayout(row)

        # recovery code
        layout.addWidget(heading(self.tr("Recovery code"), 3))
        layout.addWidget(
            paragraph(
                self.tr(
                    "If someone else may have seen your recovery code, get a new one. The old code then stops "
                    "opening your notes."
                ),
                small=True,
            )
        )
        row = QHBoxLayout()
        self.recovery_button = action_button(self.tr("Get a new recovery code"))
        self.recovery_button.clicked.connect(self.new_recovery_code)
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        layout.addLayout(row)

        # delete everything
        layout.addWidget(heading(self.tr("Delete everything"), 3))
        self.word = self.tr("DELETE")
        explained = fill(
            self.tr(
                "This deletes all your notes from this computer, with their earlier copies, and the key in "
                "the keyring. Backups you saved somewhere else are not deleted. To do it, type %1 below."
            ),
            self.word,
        )
        if without_accents(self.word) != self.word:
            explained += " " + fill(self.tr("You can also type it without accents: %1."), without_accents(self.word))
        layout.addWidget(paragraph(explained, small=True))
        row = QHBoxLayout()
        self.confirm_word = QLineEdit()
        self.confirm_word.setAccessibleName(fill(self.tr("Type %1 to confirm"), self.word))
        self.confirm_word.setMaxLength(40)
        self.confirm_word.textChanged.connect(self._update)
        self.confirm_word.returnPressed.connect(self._delete)
        self.delete_button = action_button(self.tr("Delete everything"), self.tr("Delete everything in My notes"))
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.confirm_word)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        outer.addWidget(scroll, 1)
        self._update()

    def _update(self) -> None:
        self.passphrase_button.setEnabled(self.passphrase.ready() and not self._passphrase_busy)
        self.delete_button.setEnabled(self.word_typed())

    def word_typed(self) -> bool:
        return confirm_word_typed(self.confirm_word.text(), self.word)

    def _change_passphrase(self) -> None:
        if self.passphrase.ready() and not self._passphrase_busy:
            self.change_passphrase.emit(self.passphrase.passphrase())

    def set_passphrase_status(self, text: str, *, busy: bool = False, done: bool = False) -> None:
        """Show how changing the passphrase is going; `done` clears the fields."""
        self._passphrase_busy = busy
        if done:
            self.passphrase.clear()
        self.passphrase_status.setText(text)
        self.passphrase_status.setAccessibleName(text)
        self.passphrase.setEnabled(not busy)
        self._update()

    def _delete(self) -> None:
        if self.word_typed():
            self.delete_everything.emit()

    def set_keyring_status(self, usable: bool, reason: str, on: bool) -> None:
        """Whether the keyring works; `on` is whether the store has a keyring slot now."""
        self.keyring.blockSignals(True)
        self.keyring.setChecked(on)
        self.keyring.blockSignals(False)
        self.keyring.setEnabled(usable or on)
        if usable:
            self.keyring_reason.hide()
            return
        text = keyring_reason(reason)
        if not on:
            text += " " + self.tr("So this option is off. Your passphrase always works.")
        self.keyring_reason.setText(text)
        self.keyring_reason.setAccessibleName(text)
        self.keyring_reason.show()

    def set_keyring_busy(self) -> None:
        """The keyring is being changed: the choice waits for `set_keyring_status`."""
        self.keyring.setEnabled(False)

    def show_keyring_message(self, text: str) -> None:
        self.keyring_reason.setText(text)
        self.keyring_reason.setAccessibleName(text)
        self.keyring_reason.setVisible(bool(text))
