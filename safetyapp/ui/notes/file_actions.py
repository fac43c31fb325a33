"""What My notes writes to or reads from files the user chooses: a report of a case, a backup, restoring
one (checked before it replaces: see vault/session_backups.py), deleting everything, the recovery code
as a PDF. Each asks its questions (NotesDialogs), checks after every question that the notes were not
locked meanwhile, and says how it went.

The sentences are the page's (translation context "NotesPage"); the file work is in backup_actions.py,
report_export.py and the notes session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from safetyapp.ui.kit.printing import write_pdf
from safetyapp.ui.kit.text import fill
from safetyapp.ui.notes import backup_actions
from safetyapp.ui.notes.report_export import PDF, suggested_name, write_report
from safetyapp.vault.files import delete_store
from safetyapp.vault.outcomes import Outcome, Result

if TYPE_CHECKING:
    from safetyapp.ui.notes.notes_page import NotesPage

translate = QCoreApplication.translate


class FileActions:
    """The page's file work; `page` shows the outcome."""

    def __init__(self, page: NotesPage) -> None:
        self.page = page

    def save_recovery_pdf(self) -> None:
        page = self.page
        path = page.dialogs.save_path(
            page,
            translate("NotesPage", "Save the recovery code"),
            "safety-companion-recovery-code.pdf",
            translate("NotesPage", "PDF files (*.pdf)"),
            removable=True,
        )
        if path is None or not page.showing_recovery_code:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(page.recovery_view.document(), path, translate("NotesPage", "Recovery code"))
        except OSError:
            page.notice.show_message(
                fill(translate("NotesPage", "The PDF could not be saved in %1. Try another folder."), path.parent)
            )
            return
        page.notice.show_message(fill(translate("NotesPage", "Saved as %1. Keep it somewhere safe."), path))

    def make_report(self) -> None:
        page, session = self.page, self.page.session
        view = page.open_view
        case = view.current_case if view is not None else None
        if view is None or case is None:
            return
        epoch = session.epoch
        kind = page.dialogs.report_format(page)
        if kind is None or not session.still_open(epoch):
            return
        path = page.dialogs.save_path(
            page,
            translate("NotesPage", "Save the report"),
            suggested_name(kind, page.now().date()),
            translate("NotesPage", "PDF files (*.pdf)")
            if kind == PDF
            else translate("NotesPage", "Text files (*.txt)"),
        )
        data = session.data
        if path is None or not session.still_open(epoch) or data is None or case not in data.cases:
            return
        notice = page.open_view.notice if page.open_view is not None else page.notice
        try:
            written = write_report(case, kind, path, page.now())
        except OSError:
            notice.show_message(
                fill(translate("NotesPage", "The report could not be saved in %1. Try another folder."), path.parent)
            )
            return
        notice.show_message(
            fill(
                translate(
                    "NotesPage",
                    "Report saved as %1. Remember: it is not encrypted. Delete it when it is no longer needed.",
                ),
                written,
            )
        )

    def backup(self) -> None:
        page, session = self.page, self.page.session
        view = page.open_view
        if view is None:
            return
        if not session.save_now().saved:
            view.notice.show_message(
                translate("NotesPage", "Your latest changes could not be saved, so no backup was made.")
            )
            return
        epoch = session.epoch
        path = page.dialogs.save_path(
            page,
            translate("NotesPage", "Back up My notes"),
            backup_actions.backup_name(page.now().date()),
            backup_actions.backup_filter(),
            removable=True,
        )
        if path is None or not session.still_open(epoch) or page.open_view is None:
            return
        made = session.write_backup(lambda vault, io: backup_actions.make_backup(vault, path, io))
        if made is not None:
            page.open_view.notice.show_message(made[1])

    def restore(self) -> None:
        """Choose a backup; the session reads and checks it off the GUI thread (`_backup_answered` goes on)."""
        page, session = self.page, self.page.session
        if page.open_view is None:
            return
        epoch = session.epoch
        path = page.dialogs.open_path(
            page,
            translate("NotesPage", "Restore My notes from a backup"),
            backup_actions.backup_filter(),
            removable=True,
        )
        if path is None or not session.still_open(epoch) or page.open_view is None:
            return
        if session.check_backup(path, self._backup_answered):
            page.open_view.notice.show_message(translate("NotesPage", "Opening the backup…"))

    def _backup_answered(self, outcome: Outcome) -> None:
        """The backup was read and checked, or opened with a secret: ask for its secret, refuse it, or ask
        whether to restore it, showing only what was verified. Nothing changes until the user says yes."""
        page, session = self.page, self.page.session
        view, result = page.open_view, outcome.result
        if view is None or result is Result.DROPPED:
            return
        view.notice.dismiss()
        epoch = session.epoch
        if result in (Result.NEEDS_SECRET, Result.WRONG_SECRET, Result.CODE_TYPO):
            problem = "" if result is Result.NEEDS_SECRET else backup_actions.secret_problem(outcome)
            secret = page.dialogs.backup_secret(page, backup_actions.secret_question(), problem)
            if secret is None or not session.still_open(epoch) or page.open_view is None:
                return  # cancelled: nothing has changed
            if session.open_backup(secret, self._backup_answered):
                page.open_view.notice.show_message(translate("NotesPage", "Opening the backup…"))
            return
        checked = session.backup
        if result is not Result.CHECKED or checked is None:
            view.notice.show_message(backup_actions.backup_problem(outcome))
            return
        if not page.dialogs.confirm(
            page,
            translate("NotesPage", "Restore this backup?"),
            backup_actions.restore_question(checked),
            translate("NotesPage", "Restore"),
        ):
            return
        if not session.still_open(epoch) or page.open_view is None:
            return
        restored = session.restore_backup()
        if restored.result is Result.DONE:
            page.show_restored(backup_actions.restored())
        elif page.open_view is not None:
            page.open_view.notice.show_message(backup_actions.not_restored(restored))

    def delete_everything(self) -> None:
        page = self.page
        view = page.open_view
        if view is None or not view.options.word_typed():
            return
        left = page.session.delete_everything(delete_store, self._keyring_key_removed)
        if left is None:
            return
        page.show_setup()
        if left:
            page.notice.show_message(
                translate(
                    "NotesPage",
                    "Your notes were deleted, but some files could not be removed. Try again after a restart.",
                )
            )
        else:
            page.notice.show_message(
                translate(
                    "NotesPage",
                    "Everything in My notes has been deleted from this computer. Backups you saved somewhere else, "
                    "such as on a USB stick, are not deleted.",
                )
            )

    def _keyring_key_removed(self, outcome: Outcome) -> None:
        if outcome.result is Result.FAILED and not self.page.portable:  # portable: the keyring is never used
            notice = self.page.notice
            notice.show_message(
                notice.text()
                + " "
                + translate(
                    "NotesPage", "The key in this computer's keyring could not be removed, but it opens nothing now."
                )
            )
