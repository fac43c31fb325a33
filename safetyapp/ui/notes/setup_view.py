"""First use: what My notes is for, a passphrase (twice), and the optional keyring unlock."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from safetyapp.ui.kit.widgets import action_button, heading, paragraph, scrolling_column, wrapping_choice
from safetyapp.ui.notes.passphrase import PassphrasePair
from safetyapp.ui.notes.words import keyring_reason


class KeyringChoice(QFrame):
    """ "Also unlock automatically on this computer account", with the trade-off said plainly. Off, with
    the reason, until the keyring is known to work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.box = QCheckBox()
        box_row, _words = wrapping_choice(self.box, self.tr("Also unlock automatically on this computer account"))
        self.box.setEnabled(False)
        self.trade_off = paragraph(
            self.tr(
                "Then you won't need to type your passphrase on this computer: its keyring, the safe place where "
                "it keeps saved passwords, opens My notes for you. But anyone who can log in to this computer as "
                "you could then open your notes. Leave it off if you share this computer account."
            ),
            small=True,
        )
        self.box.setAccessibleDescription(self.trade_off.text())
        # The trade-off shows once the box is ticked, when it matters (screen readers hear it with the box):
        # shown always, it pushed "Create My notes" below a 1024x600 screen's edge.
        self.trade_off.hide()
        self.box.toggled.connect(self.trade_off.setVisible)
        self.reason = paragraph(
            self.tr("Checking this computer's keyring, the safe place where it keeps saved passwords…"), small=True
        )
        layout.addWidget(box_row)
        layout.addWidget(self.trade_off)
        layout.addWidget(self.reason)

    def set_status(self, usable: bool, reason: str) -> None:
        self.box.setEnabled(usable)
        if not usable:
            self.box.setChecked(False)
            text = keyring_reason(reason) + " " + self.tr("So this option is off. Your passphrase always works.")
            self.reason.setText(text)
            self.reason.setAccessibleName(text)
            self.reason.show()
        else:
            self.reason.hide()

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
        layout.addWidget(heading(self.tr("Keep a private record"), 2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "My notes is a safe place to write down what happened: the accounts that contacted you, what "
                    "they asked for, and when. The police, CEOP, the apps and your school will ask for these "
                    "details, and it is easy to forget them or lose them if a chat is deleted."
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
                    "Your notes are locked with a passphrase: a password made of a few words, so it is long but "
                    "easy to remember. Choose one that only you know. Nobody else can read your notes without it, "
                    "not even on this computer."
                )
            )
        )
        self.passphrase = PassphrasePair(self.tr("Passphrase"), self.tr("Passphrase again"))
        layout.addSpacing(6)
        layout.addWidget(self.passphrase)
        layout.addSpacing(6)
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
