"""My notes: set up, locked, or open. This page shows the notes session (safetyapp.vault.session),
which holds the store and its rules, and moves between these views as the session answers:

    OPENING        reading the store's header, off the GUI thread (a file there may be slow to read)
    SETUP          no store yet: what My notes is for, choose a passphrase
    RECOVERY_CODE  just made: the recovery code, shown once, must be typed back
    LOCKED         the store is open but locked: passphrase, recovery code, forgot passphrase
    PROBLEM        it cannot be opened (damaged, in use, too new...): say so, offer earlier copies
    OPEN           unlocked: the cases. Locking destroys every widget that showed a note.

Slow steps (reading the store and backups, Argon2id, the keyring) run off the GUI thread (see
background.py); the session drops a result that comes after a lock. Saving: every edit tells the
session, which saves a second later; Lock, auto-lock, Quick exit and quitting save at once. A failed
save keeps everything on screen and says why (page_words.py); it is tried again at the next edit.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from safetyapp.ui.app.context import AppContext
from safetyapp.ui.app.sections import SectionPage
from safetyapp.ui.kit.printing import print_document
from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import heading, paragraph
from safetyapp.ui.notes.background import run_in_background
from safetyapp.ui.notes.case_view import LIST_WIDTH
from safetyapp.ui.notes.dialogs import NotesDialogs
from safetyapp.ui.notes.file_actions import FileActions
from safetyapp.ui.notes.idle_lock import DEFAULT_MINUTES, IdleLock
from safetyapp.ui.notes.key_actions import KeyActions
from safetyapp.ui.notes.notice import NoticeBar
from safetyapp.ui.notes.open_view import NOT_SAVED, SAVED, OpenView
from safetyapp.ui.notes.page_words import (
    keyring_did_not_open,
    locked_because,
    new_code_ready,
    rollback_notice,
    save_problem,
    unlock_problem,
)
from safetyapp.ui.notes.problem_view import ProblemView
from safetyapp.ui.notes.recovery_code_view import RecoveryCodeView
from safetyapp.ui.notes.save_timer import SaveTimer
from safetyapp.ui.notes.setup_view import SetupView
from safetyapp.ui.notes.system_watch import SystemWatch
from safetyapp.ui.notes.unlock_view import PASSPHRASE, UnlockView
from safetyapp.ui.notes.words import open_problem, saved_when, write_reason
from safetyapp.vault.attempts import Attempts
from safetyapp.vault.crypto import KdfParams
from safetyapp.vault.files import DEFAULT_FILENAME, FileOps
from safetyapp.vault.keyring_access import KeyringAccess, KeyringStatus, NoKeyring
from safetyapp.vault.outcomes import Outcome, Result
from safetyapp.vault.session import NotesSession

OPENING, SETUP, RECOVERY_CODE, LOCKED, PROBLEM, OPEN = "opening", "setup", "recovery-code", "locked", "problem", "open"
NOTES_FOLDER = "notes"


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def store_path_for(context: AppContext) -> Path:
    return context.paths.data / NOTES_FOLDER / DEFAULT_FILENAME


class NotesPage(SectionPage):
    state_changed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        *,
        store_path: Path | None = None,
        kdf_params: KdfParams | None = None,
        keyring: KeyringAccess | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], dt.datetime] = local_now,
        dialogs: NotesDialogs | None = None,
        file_ops: FileOps | None = None,
        watch_system: bool = True,
    ) -> None:
        """`kdf_params` None: Argon2id is calibrated for this computer when the store is made (tests pass
        quick ones). `keyring` None: the OS keyring; in portable mode the keyring is never used, whatever is
        given. `clock` drives auto-lock and the wait after wrong tries; `now` gives local times."""
        super().__init__()
        self.context = context
        self.store_path = store_path or store_path_for(context)
        self.now = now
        self.dialogs = dialogs or NotesDialogs()
        self.files = FileActions(self)
        self.portable = context.paths.portable
        self.attempts = Attempts(clock)
        self.keys = KeyActions(self)
        self.session = NotesSession(
            self.store_path,
            keyring=NoKeyring() if self.portable else keyring or KeyringAccess(),
            run=lambda work, done: run_in_background(self, work, done),
            scheduler=SaveTimer(self),
            on_save=self._show_save,
            kdf_params=kdf_params,
            file_ops=file_ops,
        )
        self.state = ""
        self._pending_new_case = False
        self.lock_minutes = DEFAULT_MINUTES

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        # The message strip beside the heading, not under it: its room is kept (a message never moves what
        # is under the pointer), and side by side that room costs no height on a small screen.
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("My notes")), 0, Qt.AlignmentFlag.AlignTop)
        self.notice = NoticeBar()
        top.addWidget(self.notice, 1)
        layout.addLayout(top)
        self.views = QStackedWidget()
        layout.addWidget(self.views, 1)
        self.setup_view = SetupView()
        self.setup_view.create_requested.connect(self._create)
        self.recovery_view = RecoveryCodeView()
        self.recovery_view.confirmed.connect(self._recovery_confirmed)
        self.recovery_view.print_requested.connect(lambda: print_document(self, self.recovery_view.document()))
        self.recovery_view.pdf_requested.connect(self.files.save_recovery_pdf)
        self.unlock_view = UnlockView()
        self.unlock_view.unlock_requested.connect(self._unlock_with_passphrase)
        self.unlock_view.recovery_requested.connect(self._unlock_with_recovery)
        self.unlock_view.reset_requested.connect(self._reset_passphrase)
        self.unlock_view.keyring_requested.connect(self._unlock_with_keyring)
        self.problem_view = ProblemView()
        self.problem_view.retry.connect(lambda: self.refresh(auto_keyring=True))
        self.problem_view.open_generation.connect(lambda number: self.refresh(generation=number))
        self.opening_view = paragraph(self.tr("Opening My notes…"))
        self.opening_view.setAlignment(Qt.AlignmentFlag.AlignTop)
        for view in (self.opening_view, self.setup_view, self.recovery_view, self.unlock_view, self.problem_view):
            self.views.addWidget(view)
        self.open_view: OpenView | None = None

        self.idle = IdleLock(clock, self.lock_minutes, self)
        self.idle.expired.connect(lambda: self.lock("idle"))
        self.system_watch = SystemWatch(self, use_dbus=watch_system) if watch_system else None
        if self.system_watch is not None:
            self.system_watch.lock_now.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shut_down)
        self.refresh(auto_keyring=True)

    @property
    def showing_recovery_code(self) -> bool:
        return self.state == RECOVERY_CODE

    @property
    def keyring_status(self) -> KeyringStatus | None:
        """What the keyring said when last asked; None before it has answered."""
        return self.session.keyring_status

    # ================================================================ states

    def _set_state(self, state: str, view: QWidget) -> None:
        self.views.setCurrentWidget(view)
        if state != self.state:
            widens = OPEN in (state, self.state)
            self.state = state
            self.state_changed.emit(state)
            if widens:
                self.readable_width_changed.emit()

    def readable_width(self) -> int | None:
        """Opened, the list of cases sits beside a case at a readable width (the case's fields, the
        username first, were squeezed to a few letters); otherwise, as any page."""
        width = super().readable_width()
        if self.state == OPEN and width is not None:
            return width + LIST_WIDTH + 16
        return width

    def refresh(self, *, auto_keyring: bool = False, info: str = "", generation: int = 0) -> None:
        """Look at the store on disk (off the GUI thread; "Opening" meanwhile) and show what fits: set up,
        locked, or the problem. The keyring is tried only if nothing locked the page meanwhile. With
        `generation` n, earlier copy n instead (the current file is damaged)."""
        self._forget_open()
        self._set_state(OPENING, self.opening_view)
        epoch = [-1]

        def found(outcome: Outcome) -> None:
            if outcome.result is not Result.DROPPED:
                self._show(outcome, info=info, auto_keyring=auto_keyring and epoch[0] == self.session.epoch)

        self.session.open(found, generation)
        epoch[0] = self.session.epoch  # taken after the open has closed what was open

    def _show(self, found: Outcome, *, info: str = "", auto_keyring: bool = False) -> None:
        """The view for what the session found on disk."""
        if found.result is Result.NO_STORE:
            self._show_setup()
        elif found.result is Result.PROBLEM:
            self._show_problem(found)
        else:
            self._show_locked(info=info, auto_keyring=auto_keyring)

    def show_setup(self) -> None:
        """Nothing open: the set-up view (after everything was deleted)."""
        self._forget_open()
        self._show_setup()

    def _show_setup(self) -> None:
        self.setup_view.forget()
        self._set_state(SETUP, self.setup_view)
        self.setup_view.take_focus()
        self.session.check_keyring(lambda status: self.setup_view.set_keyring_status(status.usable, status.reason))

    def _show_problem(self, problem: Outcome) -> None:
        self.problem_view.show_problem(open_problem(problem.problem, problem.reason), list(problem.earlier))
        self._set_state(PROBLEM, self.problem_view)

    def _show_locked(self, *, info: str = "", auto_keyring: bool = False) -> None:
        session = self.session
        self.unlock_view.forget()
        if session.from_earlier_copy and not info:
            info = self.tr("You are opening an earlier copy of your notes. Open it with the passphrase you had then.")
        self.unlock_view.show_info(info)
        if self.attempts.wait_left():
            self.unlock_view.wait(self.attempts.wait_left)
        can_use_keyring = session.keyring_on and not session.from_earlier_copy and not self.portable
        self.unlock_view.offer_keyring(can_use_keyring)
        self._set_state(LOCKED, self.unlock_view)
        self.unlock_view.take_focus()
        if auto_keyring and can_use_keyring:
            self._unlock_with_keyring()

    # ================================================================ first use

    def _create(self, passphrase: str, keyring_wanted: bool) -> None:
        if self.session.create(passphrase, keyring_wanted, self._created):
            self.setup_view.set_busy(True)

    def _created(self, outcome: Outcome) -> None:
        self.setup_view.set_busy(False)
        result = outcome.result
        if result is Result.EXISTS:
            self.refresh()
        elif result is Result.PROBLEM:
            self.notice.show_message(open_problem(outcome.problem, outcome.reason))
        elif result is Result.NOT_WRITTEN:
            self.notice.show_message(fill(self.tr("My notes could not be set up. %1"), write_reason(outcome.reason)))
        elif result is Result.NEW:
            self.setup_view.forget()
            self.recovery_view.show_code(outcome.recovery_code)
            self._set_state(RECOVERY_CODE, self.recovery_view)
            self.recovery_view.take_focus()
            self.idle.start()  # the code is not left on screen for anyone passing by
        else:  # locked (quick exit) while it was being made: the session has looked at the store again
            self._forget_open()
            self._show(outcome)

    def _recovery_confirmed(self) -> None:
        self.recovery_view.forget()
        if self.open_view is not None:  # a new code while the notes were open: back to them
            self._set_state(OPEN, self.open_view)
            self.open_view.notice.show_message(new_code_ready())
            self.open_view.cases.take_focus()
            return
        self.notice.dismiss()
        keyring_wanted = self.session.finish_setup()
        self._opened()
        if keyring_wanted:
            self.keys.set_keyring(True)

    # ================================================================ unlocking

    def _unlock_with_passphrase(self, passphrase: str) -> None:
        if self.attempts.wait_left():
            return
        if self.session.unlock_with_passphrase(passphrase, self._unlocked):
            self.unlock_view.set_busy(self.tr("Opening your notes…"))

    def _unlock_with_recovery(self, code: str) -> None:
        if self.attempts.wait_left():
            return
        if self.session.unlock_with_recovery(code, self._unlocked):
            self.unlock_view.set_busy(self.tr("Opening your notes…"))

    def _reset_passphrase(self, code: str, passphrase: str) -> None:
        if self.attempts.wait_left():
            return
        if self.session.reset_passphrase(code, passphrase, self._unlocked):
            self.unlock_view.set_busy(self.tr("Setting your new passphrase…"))

    def _unlock_with_keyring(self) -> None:
        """The passphrase field stays usable meanwhile (a keyring that does not answer must never keep
        anyone out)."""
        if self.session.unlock_with_keyring(self._keyring_answered):
            self.unlock_view.show_status(self.tr("Opening with this computer's keyring…"))

    def _keyring_answered(self, outcome: Outcome) -> None:
        self.unlock_view.show_status("")
        if outcome.result in (Result.WRONG_SECRET, Result.NO_SLOT):  # not the passphrase: say so
            self.unlock_view.show_message(keyring_did_not_open())
            return
        self._answered(outcome)

    def _unlocked(self, outcome: Outcome) -> None:
        """A passphrase or recovery code was tried: count a wrong one (see vault/attempts.py)."""
        self.unlock_view.set_busy("")
        if outcome.result is Result.WRONG_SECRET:
            self.attempts.failed()
        elif outcome.result is Result.OPENED or outcome.opened:
            self.attempts.succeeded()
        self._answered(outcome)
        if self.state == LOCKED and self.attempts.wait_left():
            self.unlock_view.wait(self.attempts.wait_left)

    def _answered(self, outcome: Outcome) -> None:
        result = outcome.result
        if result is Result.OPENED:
            self._opened()
            if self.open_view is not None and rollback_notice(outcome):
                self.open_view.notice.show_message(rollback_notice(outcome))
        elif result is Result.PROBLEM:
            self._show_problem(outcome)
        elif result is not Result.DROPPED:
            with_passphrase = self.unlock_view.mode == PASSPHRASE
            if result is Result.WRONG_SECRET and with_passphrase:
                self.unlock_view.select_passphrase()
            self.unlock_view.show_message(unlock_problem(outcome, with_passphrase=with_passphrase))
            if outcome.opened:
                self._opened()

    def _opened(self) -> None:
        session = self.session
        assert session.data is not None
        self.unlock_view.forget()
        view = OpenView(
            session.data,
            self.context,
            self.now,
            self.confirm,
            minutes=self.lock_minutes,
            keyring_on=session.keyring_on,
        )
        view.edited.connect(self._edited)
        view.lock_requested.connect(lambda: self.lock("button"))
        view.report_requested.connect(self.files.make_report)
        options = view.options
        options.minutes_changed.connect(self._set_minutes)
        options.keyring_toggled.connect(self.keys.set_keyring)
        options.change_passphrase.connect(self.keys.change_passphrase)
        options.new_recovery_code.connect(self.keys.new_recovery_code)
        options.backup.connect(self.files.backup)
        options.restore.connect(self.files.restore)
        options.delete_everything.connect(self.files.delete_everything)
        self.open_view = view
        self.views.addWidget(view)
        self._set_state(OPEN, view)
        self.idle.set_minutes(self.lock_minutes)
        self.idle.start()
        session.check_keyring(self._keyring_checked)
        made_current = session.make_current()
        if made_current is not None and made_current.saved:
            view.notice.show_message(
                fill(
                    self.tr(
                        "These are your notes as they were saved on %1. They are now your current notes; the "
                        "damaged file has been kept as an earlier copy."
                    ),
                    saved_when(session.last_saved),
                )
            )
        if self._pending_new_case:
            self._pending_new_case = False
            view.new_case()
        else:
            view.cases.take_focus()

    def start_new_case(self) -> None:
        """From the action plan: a new case now if open, or once the notes are unlocked or set up."""
        if self.state == OPEN and self.open_view is not None:
            self.open_view.new_case()
        else:
            self._pending_new_case = True

    def confirm(self, title: str, text: str, action: str) -> bool:
        epoch = self.session.epoch
        return self.dialogs.confirm(self, title, text, action) and epoch == self.session.epoch

    # ================================================================ saving

    def _edited(self) -> None:
        if self.open_view is not None:
            self.open_view.show_saving()
        self.session.edited()

    def save_now(self) -> bool:
        """Save any changes now. True if everything is saved."""
        return self.session.save_now().saved

    def _show_save(self, outcome: Outcome) -> None:
        if self.open_view is not None:
            if outcome.saved:
                self.open_view.set_status(SAVED)
            else:
                self.open_view.set_status(NOT_SAVED, save_problem(outcome))

    # ================================================================ locking

    def lock(self, reason: str = "button") -> None:
        """Save, then lock: every note leaves the screen and memory. `reason` says why (for the message)."""
        if self.state not in (OPEN, RECOVERY_CODE):
            self.session.lock()  # an unlock in progress will be dropped
            return
        saved = self.save_now()
        if not saved and reason == "button" and not self.session.rewriting:
            if not self.dialogs.confirm(
                self,
                self.tr("Lock without saving?"),
                self.tr(
                    "Your latest changes could not be saved. If you lock now, they will be lost. You can keep My "
                    "notes open and try again in a moment."
                ),
                self.tr("Lock anyway"),
            ):
                return
            if self.state != OPEN:
                return
        self._forget_open()
        self._show_locked(info=locked_because(reason, self.lock_minutes))

    def _forget_open(self) -> None:
        """Lock the session and drop the open view and everything that showed or held note text."""
        self.session.lock()
        self.idle.stop()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.notice.dismiss()
        self.recovery_view.forget()
        self._drop_open_view()

    def _drop_open_view(self) -> None:
        view, self.open_view = self.open_view, None
        if view is not None:
            self.context.clipboard.clear_if_ours()  # a username copied from the notes
            view.wipe()
            self.views.removeWidget(view)
            view.deleteLater()

    def show_restored(self, message: str) -> None:
        """The open notes were replaced by a backup's: show them afresh, and `message`."""
        self._drop_open_view()
        self._opened()
        if self.open_view is not None:
            self.open_view.notice.show_message(message)

    def keep_through_language_change(self) -> bool:
        return self.state == OPEN  # unlocked: kept open rather than ask for the passphrase again

    def forget_for_quick_exit(self) -> None:
        """Save what can be saved, then lock at once, asking nothing."""
        if self.state == OPEN:
            self.save_now()
        self._forget_open()
        if self.state in (OPEN, RECOVERY_CODE):
            self._show_locked()

    def shut_down(self) -> None:
        """Quitting: save, lock, and let go of the store."""
        if self.state == OPEN:
            self.save_now()
        self._forget_open()
        self.session.close()

    # ================================================================ settings

    def _set_minutes(self, minutes: int) -> None:
        self.lock_minutes = minutes
        self.idle.set_minutes(minutes)

    def _keyring_checked(self, status: KeyringStatus) -> None:
        if self.open_view is not None:
            self.open_view.options.set_keyring_status(status.usable, status.reason, self.session.keyring_on)

    def show_new_code(self, outcome: Outcome) -> bool:
        """Show a new recovery code once (asked for, or one that replaced a code the store could not
        keep); typing it back returns to the notes. False if there is none."""
        if outcome.result is not Result.DONE or not outcome.recovery_code or self.open_view is None:
            return False
        self.recovery_view.show_code(outcome.recovery_code)
        self._set_state(RECOVERY_CODE, self.recovery_view)
        self.recovery_view.take_focus()
        return True
