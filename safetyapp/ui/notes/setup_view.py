"""First use: what My notes is for, a passphrase (twice), and the optional keyring unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from safetyapp.ui.kit.widgets import action_button, paragraph, scrolling_column, wrapping_choice
from safetyapp.ui.notes.passphrase import PassphrasePair
from safetyapp.ui.notes.words import keyring_reason


class KeyringChoice(QFrame):
    """ "Unlock automatically on this computer" on one line, with "What is this?" beside it:
    the trade-off (and what a keyring is) shows when asked for, or once the box is ticked, when it
    matters; screen readers hear it with the box. Off until the keyring is known to work; then the
    button asks "Why is this off?" and the reason shows with the trade-off. Kept to one line so that
    "Create My notes" stays on the first screenful of a 1024x600 screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.box = QCheckBox()
        self.box.setEnabled(False)
        row = QHBoxLayout()
        box_row, _words = wrapping_choice(self.box, self.tr("Unlock automatically on this computer"))
        row.addWidget(box_row, 1, Qt.AlignmentFlag.AlignVCenter)
        self.more_button = action_button(self.tr("What is this?"), self.tr("What is unlocking automatically?"))
        self.more_button.setCheckable(True)
        row.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.trade_off = paragraph(
            self.tr(
                "Then you won't need to type your passphrase on this computer: its keyring, the safe place where "
                "it keeps saved passwords, opens My notes for you. But anyone who can log in to this computer as "
                "you could then open your notes. Leave it off if you share this computer account."
            ),
            small=True,
        )
        self.box.setAccessibleDescription(self.trade_off.text())
        self.reason = paragraph(self.tr("Checking this computer's keyring…"), small=True)  # (until set_status)
        layout.addWidget(self.trade_off)
        layout.addWidget(self.reason)
        self.box.toggled.connect(self._show_details)
        self.more_button.toggled.connect(self._show_details)
        self._show_details()

    def _show_details(self) -> None:
        asked = self.more_button.isChecked()
        self.trade_off.setVisible(asked or self.box.isChecked())
        self.reason.setVisible(asked and bool(self.reason.text()))

    def set_status(self, usable: bool, reason: str) -> None:
        self.box.setEnabled(usable)
        if usable:
            self.reason.setText("")
            self.box.setAccessibleDescription(self.trade_off.text())
            self.more_button.setText(self.tr("What is this?"))
            self.more_button.setAccessibleName(self.tr("What is unlocking automatically?"))
        else:
            self.box.setChecked(False)
            text = keyring_reason(reason) + " " + self.tr("So this option is off. Your passphrase always works.")
            self.reason.setText(text)
            self.reason.setAccessibleName(text)
            self.box.setAccessibleDescription(self.trade_off.text() + " " + text)
            self.more_button.setText(self.tr("Why is this off?"))
            self.more_button.setAccessibleName(self.tr("Why is unlocking automatically off?"))
        self._show_details()

    def wanted(self) -> bool:
        return self.box.isEnabled() and self.box.isChecked()


class SetupView(QWidget):
    """Emits `create_requested(passphrase, keyring_wanted)` when the user presses Create."""

    create_requested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, layout = scrolling_column(720)
        layout.setContentsMargins(0, 0, 0, 0)
        # No heading of its own ("My notes" is just above): on a 1024x600 screen every line counts.
        layout.addWidget(
            paragraph(
                self.tr(
                    "My notes is a safe place to write down what happened: who contacted you, what they asked for, "
                    "and when. The police, CEOP and your school will ask for these details, and chats can disappear."
                )
            )
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "Words only: My notes never takes pictures or files. Keep any pictures where they are and "
                    "don't forward them."
                )
            )
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your notes are locked with a passphrase: a password made of a few words, long but easy to "
                    "remember. Nobody else can read your notes without it."
                )
            )
        )
        self.passphrase = PassphrasePair(self.tr("Passphrase"), self.tr("Passphrase again"))
        layout.addWidget(self.passphrase)
        self.keyring = KeyringChoice()
        layout.addWidget(self.keyring)
        row = QHBoxLayout()
        self.create_button = action_button(self.tr("Create My notes"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        row.addWidget(self.create_button)
        self.busy = paragraph("", small=True)
        row.addWidget(self.busy, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        outer.addWidget(scroll)
        self.passphrase.changed.connect(self._update)
        self.passphrase.submitted.connect(self._create)
        self._update()

    def _update(self) -> None:
        self.create_button.setEnabled(self.passphrase.ready() and not self.busy.text())

    def _create(self) -> None:
        if not self.passphrase.ready() or self.busy.text():
            return
        self.create_requested.emit(self.passphrase.passphrase(), self.keyring.wanted())

    def take_focus(self) -> None:
        self.passphrase.first.setFocus()

    def set_keyring_status(self, usable: bool, reason: str) -> None:
        """Whether "unlock automatically" can be offered (see KeyringStatus)."""
        self.keyring.set_status(usable, reason)

    def set_busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("Setting up your notes. This takes a few seconds…") if busy else "")
        self.busy.setAccessibleName(self.busy.text())
        self.passphrase.setEnabled(not busy)
        self._update()

    def forget(self) -> None:
        """Clear the passphrase fields (after the store is made, or on lock)."""
        self.passphrase.clear()
        self.set_busy(False)
