"""Changing how My notes opens, from its settings: unlock with the keyring, a new passphrase, a new
recovery code. Each change gives the store new keys; the session does the work off the GUI thread and
the page shows how it went (and any new recovery code, once).

The sentences are the page's (translation context "NotesPage").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from safetyapp.ui.notes.page_words import code_not_changed, keyring_changed, keyring_not_changed, passphrase_changed
from safetyapp.vault.outcomes import Outcome, Result

if TYPE_CHECKING:
    from safetyapp.ui.notes.notes_page import NotesPage

translate = QCoreApplication.translate


class KeyActions:
    """The page's key changes; `page` shows the outcome."""

    def __init__(self, page: NotesPage) -> None:
        self.page = page

    def set_keyring(self, on: bool) -> None:
        page = self.page
        if page.open_view is None:
            return
        options = page.open_view.options
        started = page.session.set_keyring(on, lambda outcome: self.keyring_set(on, outcome))
        if started.result is Result.STARTED:
            options.set_keyring_busy()
        elif started.result is not Result.IGNORED:
            options.set_keyring_status(True, "ok", page.session.keyring_on)
            options.show_keyring_message(keyring_not_changed(started))

    def keyring_set(self, on: bool, outcome: Outcome) -> None:
        page = self.page
        if outcome.result is Result.DROPPED or page.open_view is None:
            return
        options = page.open_view.options
        if outcome.result is Result.KEYRING and on:  # the slot was taken out again: say why it is off
            options.set_keyring_status(False, outcome.reason, page.session.keyring_on)
        else:
            options.set_keyring_status(True, "ok", page.session.keyring_on)
            options.show_keyring_message(keyring_changed(on, outcome))
            page.show_new_code(outcome)

    def change_passphrase(self, passphrase: str) -> None:
        page = self.page
        view = page.open_view
        if view is None:
            return
        started = page.session.change_passphrase(passphrase, self.passphrase_changed)
        if started.result is Result.STARTED:
            view.set_editable(False)
            view.options.set_passphrase_status(translate("NotesPage", "Changing your passphrase…"), busy=True)
        elif started.result is Result.NOT_WRITTEN:
            view.options.set_passphrase_status(
                translate("NotesPage", "Your notes could not be saved, so this was not changed.")
            )

    def passphrase_changed(self, outcome: Outcome) -> None:
        page = self.page
        view = page.open_view
        if outcome.result is Result.DROPPED or view is None:
            return
        view.set_editable(True)
        view.options.set_passphrase_status(passphrase_changed(outcome), done=outcome.result is Result.DONE)
        page.show_new_code(outcome)

    def new_recovery_code(self) -> None:
        page = self.page
        view = page.open_view
        if view is None or not page.confirm(
            translate("NotesPage", "Get a new recovery code?"),
            translate(
                "NotesPage",
                "Your old recovery code will stop opening your notes, and the earlier copies it opens will be "
                "removed. Backups you made before still open with the old code.",
            ),
            translate("NotesPage", "Get a new code"),
        ):
            return
        started = page.session.new_recovery_code(self.code_made)
        if started.result is Result.STARTED:
            view.set_editable(False)
        elif started.result is Result.NOT_WRITTEN:
            view.notice.show_message(code_not_changed(started))

    def code_made(self, outcome: Outcome) -> None:
        page = self.page
        view = page.open_view
        if outcome.result is Result.DROPPED or view is None:
            return
        view.set_editable(True)
        if not page.show_new_code(outcome):
            view.notice.show_message(code_not_changed(outcome))
