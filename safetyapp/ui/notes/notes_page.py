"""My notes: set up, locked, or open. This page holds the store and moves between those states.

    SETUP          no store yet: what My notes is for, choose a passphrase
    RECOVERY_CODE  just made: the recovery code, shown once, must be typed back
    LOCKED         the store is open but locked: passphrase, recovery code, forgot passphrase
    PROBLEM        it cannot be opened (damaged, in use, too new...): say so, offer earlier copies
    OPEN           unlocked: the cases. Locking destroys every widget that showed a note.

Slow steps (Argon2id, the keyring) run off the GUI thread (see background.py). Each result is
checked against `_epoch`, which every lock moves on, so a late result never reopens locked notes.

Saving: every edit changes the records in memory and starts a one-second timer; the timer, Lock,
auto-lock, Quick exit and quitting save. A failed save keeps everything on screen, says why, and is
tried again at the next edit.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from safetyapp.ui.app.context import AppContext
from safetyapp.ui.kit.printing import print_document, write_pdf
from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import heading
from safetyapp.ui.notes import backup_actions
from safetyapp.ui.notes.background import run_in_background
from safetyapp.ui.notes.dialogs import NotesDialogs
from safetyapp.ui.notes.idle_lock import DEFAULT_MINUTES, IdleLock
from safetyapp.ui.notes.notice import NoticeBar
from safetyapp.ui.notes.open_view import NOT_SAVED, SAVED, SAVING, OpenView
from safetyapp.ui.notes.problem_view import ProblemView
from safetyapp.ui.notes.recovery_code_view import RecoveryCodeView
from safetyapp.ui.notes.report_export import PDF, suggested_name, write_report
from safetyapp.ui.notes.setup_view import SetupView
from safetyapp.ui.notes.system_watch import SystemWatch
from safetyapp.ui.notes.unlock_view import UnlockView
from safetyapp.ui.notes.words import (
    changed_outside,
    in_use_elsewhere,
    keyring_reason,
    not_saved,
    open_problem,
    saved_when,
    write_reason,
)
from safetyapp.vault.crypto import KdfParams
from safetyapp.vault.errors import (
    ImageDataRefused,
    InvalidRecoveryCode,
    NoSuchSlot,
    VaultChanged,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultTampered,
    VaultTooNew,
    VaultUnreadable,
    VaultWriteError,
    WrongSecret,
)
from safetyapp.vault.files import DEFAULT_FILENAME, FileOps, delete_store, list_generations
from safetyapp.vault.keyring_access import KeyringAccess, KeyringStatus, KeyringUnavailable
from safetyapp.vault.records import VaultData
from safetyapp.vault.store import Vault

log = logging.getLogger(__name__)

SETUP, RECOVERY_CODE, LOCKED, PROBLEM, OPEN = "setup", "recovery-code", "locked", "problem", "open"
SAVE_DELAY_MS = 1000
NOTES_FOLDER = "notes"


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def store_path_for(context: AppContext) -> Path:
    return context.paths.data / NOTES_FOLDER / DEFAULT_FILENAME


class NotesPage(QWidget):
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
        quick ones). `keyring` None: the OS keyring. `clock` drives auto-lock; `now` gives local times."""
        super().__init__()
        self.context = context
        self.store_path = store_path or store_path_for(context)
        self._kdf_params = kdf_params
        self._keyring = keyring or KeyringAccess()
        self._now = now
        self.dialogs = dialogs or NotesDialogs()
        self._io = file_ops
        self.vault: Vault | None = None
        self.data: VaultData | None = None
        self.state = ""
        self._epoch = 0
        self._dirty = False
        self._busy = False
        self._keyring_busy = False
        self._vault_busy = False  # changing the passphrase: the store is being rewritten off the GUI thread
        self._keyring_wanted = False
        self._pending_new_case = False
        self.lock_minutes = DEFAULT_MINUTES
        self.keyring_status: KeyringStatus | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(heading(self.tr("My notes")))
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        self.views = QStackedWidget()
        layout.addWidget(self.views, 1)
        self.setup_view = SetupView()
        self.setup_view.create_requested.connect(self._create)
        self.recovery_view = RecoveryCodeView()
        self.recovery_view.confirmed.connect(self._recovery_confirmed)
        self.recovery_view.print_requested.connect(lambda: print_document(self, self.recovery_view.document()))
        self.recovery_view.pdf_requested.connect(self._save_recovery_pdf)
        self.unlock_view = UnlockView()
        self.unlock_view.unlock_requested.connect(self._unlock_with_passphrase)
        self.unlock_view.recovery_requested.connect(self._unlock_with_recovery)
        self.unlock_view.reset_requested.connect(self._reset_passphrase)
        self.unlock_view.keyring_requested.connect(self._unlock_with_keyring)
        self.problem_view = ProblemView()
        self.problem_view.retry.connect(lambda: self.refresh(auto_keyring=True))
        self.problem_view.open_generation.connect(self._open_generation)
        for view in (self.setup_view, self.recovery_view, self.unlock_view, self.problem_view):
            self.views.addWidget(view)
        self.open_view: OpenView | None = None

        self.idle = IdleLock(clock, self.lock_minutes, self)
        self.idle.expired.connect(lambda: self.lock("idle"))
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.system_watch = SystemWatch(self, use_dbus=watch_system) if watch_system else None
        if self.system_watch is not None:
            self.system_watch.lock_now.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shut_down)
        self.refresh(auto_keyring=True)

    # ================================================================ states

    def _set_state(self, state: str, view: QWidget) -> None:
        self.views.setCurrentWidget(view)
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def refresh(self, *, auto_keyring: bool = False, info: str = "") -> None:
        """Look at the store on disk and show what fits: set up, locked, or the problem."""
        self._forget_open()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        path = self.store_path
        generations = list_generations(path)
        if not path.exists() and not generations:
            self._show_setup()
            return
        try:
            self.vault = Vault.open(path, io=self._io)
        except VaultError as error:
            self._show_problem(error)
            return
        self._show_locked(info=info, auto_keyring=auto_keyring)

    def _show_setup(self) -> None:
        self.setup_view.forget()
        self._set_state(SETUP, self.setup_view)
        self.setup_view.passphrase.first.setFocus()
        self._check_keyring(lambda status: self.setup_view.keyring.set_status(status.usable, status.reason))

    def _show_problem(self, error: VaultError, *, offer_copies: bool = True) -> None:
        reason = getattr(error, "reason", None)
        generations = list_generations(self.store_path) if error.code not in ("in-use", "lock-failed") else []
        self.problem_view.show_problem(open_problem(error.code, reason), generations, offer_copies=offer_copies)
        self._set_state(PROBLEM, self.problem_view)

    def _show_locked(self, *, info: str = "", auto_keyring: bool = False) -> None:
        vault = self.vault
        assert vault is not None
        self.unlock_view.forget()
        if vault.source != vault.path and not info:
            info = self.tr("You are opening an earlier copy of your notes. Open it with the passphrase you had then.")
        self.unlock_view.show_info(info)
        can_use_keyring = vault.has_keyring_slot and vault.source == vault.path
        self.unlock_view.keyring_button.setVisible(can_use_keyring)
        self._set_state(LOCKED, self.unlock_view)
        self.unlock_view.passphrase.setFocus()
        if auto_keyring and can_use_keyring:
            self._unlock_with_keyring()

    # ================================================================ first use

    def _check_keyring(self, done: Callable[[KeyringStatus], None]) -> None:
        """Ask the keyring whether it works, off the GUI thread (it may wait on D-Bus)."""
        keyring = self._keyring

        def finished(outcome: object) -> None:
            status = outcome if isinstance(outcome, KeyringStatus) else KeyringStatus(False, "unknown", "error")
            self.keyring_status = status
            done(status)

        run_in_background(self, keyring.status, finished)

    def _create(self, passphrase: str, keyring_wanted: bool) -> None:
        if self._busy:
            return
        self._busy = True
        self.setup_view.set_busy(True)
        path, params, io, epoch = self.store_path, self._kdf_params, self._io, self._epoch
        run_in_background(
            self,
            lambda: Vault.create(path, passphrase, kdf_params=params, io=io),
            lambda outcome: self._created(outcome, keyring_wanted, epoch),
        )

    def _created(self, outcome: object, keyring_wanted: bool, epoch: int) -> None:
        self._busy = False
        self.setup_view.set_busy(False)
        if isinstance(outcome, Exception):
            if isinstance(outcome, VaultExists):
                self.refresh()
                return
            message = (
                open_problem(outcome.code, getattr(outcome, "reason", None))
                if isinstance(outcome, VaultError) and not isinstance(outcome, VaultWriteError)
                else fill(
                    self.tr("My notes could not be set up. %1"),
                    write_reason(getattr(outcome, "reason", "other")),
                )
            )
            self.notice.show_message(message)
            return
        assert isinstance(outcome, tuple)
        vault, code = outcome
        if epoch != self._epoch:  # locked (quick exit) while it was being made
            vault.close()
            self.refresh()
            return
        self.vault = vault
        self._keyring_wanted = keyring_wanted
        self.setup_view.forget()
        self.recovery_view.show_code(code)
        self._set_state(RECOVERY_CODE, self.recovery_view)
        self.recovery_view.typed.setFocus()
        self.idle.start()  # the code is not left on screen for anyone passing by

    def _save_recovery_pdf(self) -> None:
        path = self.dialogs.save_path(
            self, self.tr("Save the recovery code"), "safety-companion-recovery-code.pdf", self.tr("PDF files (*.pdf)")
        )
        if path is None or self.state != RECOVERY_CODE:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(self.recovery_view.document(), path, self.tr("Recovery code"))
            if not path.is_file() or path.stat().st_size == 0:
                raise OSError("nothing written")
        except OSError:
            self.notice.show_message(
                fill(self.tr("The PDF could not be saved in %1. Try another folder."), path.parent)
            )
            return
        self.notice.show_message(fill(self.tr("Saved as %1. Keep it somewhere safe."), path))

    def _recovery_confirmed(self) -> None:
        self.recovery_view.forget()
        self.notice.dismiss()
        if self._keyring_wanted:
            self._keyring_wanted = False
            self._opened()
            self._set_keyring(True)
        else:
            self._opened()

    # ================================================================ unlocking

    def _run_unlock(self, work: Callable[[Vault], object], busy_text: str) -> None:
        vault = self.vault
        if vault is None or self._busy:
            return
        self._busy = True
        self.unlock_view.set_busy(busy_text)
        epoch = self._epoch
        run_in_background(self, lambda: work(vault), lambda outcome: self._unlocked(vault, epoch, outcome))

    def _unlock_with_passphrase(self, passphrase: str) -> None:
        self._run_unlock(lambda v: v.unlock_with_passphrase(passphrase), self.tr("Opening your notes…"))

    def _unlock_with_recovery(self, code: str) -> None:
        self._run_unlock(lambda v: v.unlock_with_recovery(code), self.tr("Opening your notes…"))

    def _reset_passphrase(self, code: str, passphrase: str) -> None:
        self._run_unlock(
            lambda v: v.reset_passphrase_with_recovery(code, passphrase), self.tr("Setting your new passphrase…")
        )

    def _unlock_with_keyring(self) -> None:
        """Fetch the keyring secret off the GUI thread; the passphrase field stays usable meanwhile (a
        keyring that does not answer must never keep anyone out)."""
        vault = self.vault
        if vault is None or self._keyring_busy:
            return
        self._keyring_busy = True
        self.unlock_view.show_status(self.tr("Opening with this computer's keyring…"))
        keyring, store_id, epoch = self._keyring, vault.store_id, self._epoch
        run_in_background(
            self, lambda: keyring.load_secret(store_id), lambda outcome: self._keyring_loaded(vault, epoch, outcome)
        )

    def _keyring_loaded(self, vault: Vault, epoch: int, outcome: object) -> None:
        self._keyring_busy = False
        self.unlock_view.show_status("")
        if epoch != self._epoch or vault is not self.vault or self.state != LOCKED or self._busy:
            return  # locked again, or opened another way meanwhile
        if outcome is None:
            outcome = KeyringUnavailable("no-secret", "")
        if isinstance(outcome, bytes):
            try:
                vault.unlock_with_keyring_secret(outcome)  # HKDF only: quick
            except VaultError as error:
                outcome = error
            else:
                self._opened()
                return
        if isinstance(outcome, Exception):
            self._unlock_failed(vault, outcome)

    def _unlocked(self, vault: Vault, epoch: int, outcome: object) -> None:
        self._busy = False
        self.unlock_view.set_busy("")
        if epoch != self._epoch or vault is not self.vault:
            vault.lock()  # a lock came while it was opening: stay locked
            return
        if isinstance(outcome, Exception):
            self._unlock_failed(vault, outcome)
        elif self.state != OPEN:
            self._opened()

    def _unlock_failed(self, vault: Vault, outcome: Exception) -> None:
        view = self.unlock_view
        if isinstance(outcome, WrongSecret):
            if view.mode == 0:
                view.passphrase.selectAll()
                view.show_message(
                    self.tr(
                        "That passphrase didn't open My notes. Check it, and check Caps Lock, then try again. "
                        "Nothing has been changed."
                    )
                )
            else:
                view.show_message(
                    self.tr(
                        "That recovery code didn't open My notes. Check it and try again. Nothing has been changed."
                    )
                )
        elif isinstance(outcome, InvalidRecoveryCode):
            view.show_message(self.tr("Check the recovery code: it has a typing mistake."))
        elif isinstance(outcome, KeyringUnavailable):
            reason = outcome.reason
            if reason == "no-secret":
                text = self.tr("This computer's keyring has no key for My notes. Use your passphrase.")
            else:
                text = keyring_reason(reason) + " " + self.tr("Use your passphrase instead.")
            view.show_message(text)
        elif isinstance(outcome, NoSuchSlot):
            view.show_message(self.tr("That way of opening isn't set up for these notes. Use your passphrase."))
        elif isinstance(outcome, VaultDamaged | VaultTampered | VaultTooNew | VaultUnreadable):
            vault.lock()
            self._show_problem(outcome)
        elif isinstance(outcome, VaultWriteError):
            # Forgot passphrase: unlocked, but the new passphrase could not be written.
            view.show_message(fill(self.tr("Your new passphrase could not be saved. %1"), write_reason(outcome.reason)))
            if vault.is_unlocked:
                self._opened()
        else:
            log.warning("unlocking failed: %s", type(outcome).__name__)
            view.show_message(self.tr("My notes could not be opened. Nothing has been changed."))

    def _open_generation(self, number: int) -> None:
        self._forget_open()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        try:
            self.vault = Vault.open(self.store_path, generation=number, io=self._io)
        except VaultError as error:
            self._show_problem(error)
            return
        self._show_locked()

    def _opened(self) -> None:
        vault = self.vault
        assert vault is not None and vault.is_unlocked
        self.unlock_view.forget()
        self.data = vault.data
        self._dirty = False
        view = OpenView(
            self.data,
            self.context,
            self._now,
            self._confirm,
            minutes=self.lock_minutes,
            keyring_on=vault.has_keyring_slot,
        )
        view.edited.connect(self._edited)
        view.lock_requested.connect(lambda: self.lock("button"))
        view.report_requested.connect(self.make_report)
        options = view.options
        options.minutes_changed.connect(self._set_minutes)
        options.keyring_toggled.connect(self._set_keyring)
        options.change_passphrase.connect(self._change_passphrase)
        options.backup.connect(self.backup)
        options.restore.connect(self.restore)
        options.delete_everything.connect(self.delete_everything)
        self.open_view = view
        self.views.addWidget(view)
        self._set_state(OPEN, view)
        self.idle.set_minutes(self.lock_minutes)
        self.idle.start()
        self._check_keyring(self._keyring_checked)
        if vault.source != vault.path:
            self._dirty = True
            if self.save_now():
                view.notice.show_message(
                    fill(
                        self.tr(
                            "These are your notes as they were saved on %1. They are now your current notes; the "
                            "damaged file has been kept as an earlier copy."
                        ),
                        saved_when(vault.header.saved),
                    )
                )
        if self._pending_new_case:
            self._pending_new_case = False
            view.cases.new_case()
        elif view.cases.current_case is None:
            view.cases.new_button.setFocus()
        else:
            view.cases.list.setFocus()

    def start_new_case(self) -> None:
        """From the action plan: a new case now if open, or once the notes are unlocked or set up."""
        if self.state == OPEN and self.open_view is not None:
            self.open_view.show_cases()
            self.open_view.cases.new_case()
        else:
            self._pending_new_case = True

    def _confirm(self, title: str, text: str, action: str) -> bool:
        epoch = self._epoch
        return self.dialogs.confirm(self, title, text, action) and epoch == self._epoch

    def _still_open(self, epoch: int) -> bool:
        return epoch == self._epoch and self.state == OPEN and self.vault is not None and self.vault.is_unlocked

    # ================================================================ saving

    def _edited(self) -> None:
        self._dirty = True
        if self.open_view is not None and not self.open_view.save_problem.text():
            self.open_view.set_status(SAVING)
        self._save_timer.start()

    def save_now(self) -> bool:
        """Save any changes now. True if everything is saved."""
        self._save_timer.stop()
        if not self._dirty:
            return True
        vault, data, view = self.vault, self.data, self.open_view
        if vault is None or data is None or not vault.is_unlocked:
            return False
        if self._vault_busy:  # the passphrase is being changed; save straight after
            self._save_timer.start()
            return False
        try:
            vault.save(data)
        except VaultWriteError as error:
            if not error.committed:
                return self._save_failed(not_saved(write_reason(error.reason)))
        except VaultChanged:
            return self._save_failed(changed_outside())
        except VaultInUse:
            return self._save_failed(in_use_elsewhere())
        except VaultUnreadable as error:
            return self._save_failed(not_saved(write_reason(error.reason)))
        except ImageDataRefused:
            return self._save_failed(
                not_saved(self.tr("Some text looks like a picture, and My notes never keeps pictures."))
            )
        except VaultError as error:
            log.warning("saving the notes failed: %s", error.code)
            return self._save_failed(not_saved(self.tr("Something went wrong in Safety Companion.")))
        self._dirty = False
        if view is not None:
            view.set_status(SAVED)
        return True

    def _save_failed(self, message: str) -> bool:
        if self.open_view is not None:
            self.open_view.set_status(NOT_SAVED, message)
        return False

    # ================================================================ locking

    def lock(self, reason: str = "button") -> None:
        """Save, then lock: every note leaves the screen and memory. `reason` says why (for the message)."""
        if self.state == RECOVERY_CODE:
            self.recovery_view.forget()
        if self.state not in (OPEN, RECOVERY_CODE):
            if self._busy:
                self._epoch += 1  # an unlock in progress will be dropped
            return
        saved = self.save_now()
        if not saved and reason == "button" and not self._vault_busy:
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
        self._lock_now()
        info = {
            "idle": self.tr("My notes locked itself after a minute without use.")
            if self.lock_minutes == 1
            else self.tr("My notes locked itself after %n minutes without use.", "", self.lock_minutes),
            "sleep": self.tr("My notes locked when the computer went to sleep."),
            "screen-locked": self.tr("My notes locked when the screen was locked."),
        }.get(reason, "")
        self._show_locked(info=info)

    def _lock_now(self) -> None:
        self._forget_open()
        if self.vault is not None:
            self.vault.lock()
        self.data = None

    def _forget_open(self) -> None:
        """Drop the open view and everything that showed or held note text."""
        self._epoch += 1
        self._save_timer.stop()
        self._dirty = False
        self.idle.stop()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.notice.dismiss()
        self.recovery_view.forget()
        view, self.open_view = self.open_view, None
        if view is not None:
            self.context.clipboard.clear_if_ours()  # a username copied from the notes
            view.wipe()
            self.views.removeWidget(view)
            view.deleteLater()

    def lock_for_quick_exit(self) -> None:
        """Quick exit: save what can be saved, then lock at once, asking nothing."""
        if self.state == OPEN:
            self.save_now()
        if self.state in (OPEN, RECOVERY_CODE):
            self._lock_now()
            self._show_locked()
        else:
            self._forget_open()

    def shut_down(self) -> None:
        """Quitting: save, lock, and let go of the store."""
        if self.state == OPEN:
            self.save_now()
        self._forget_open()
        self.data = None
        if self.vault is not None:
            self.vault.close()

    # ================================================================ settings

    def _set_minutes(self, minutes: int) -> None:
        self.lock_minutes = minutes
        self.idle.set_minutes(minutes)

    def _keyring_checked(self, status: KeyringStatus) -> None:
        if self.open_view is not None and self.vault is not None:
            self.open_view.options.set_keyring_status(status.usable, status.reason, self.vault.has_keyring_slot)

    def _set_keyring(self, on: bool) -> None:
        vault, view = self.vault, self.open_view
        if vault is None or view is None or not vault.is_unlocked or self._keyring_busy:
            return
        options = view.options
        if not self.save_now():
            options.set_keyring_status(True, "ok", vault.has_keyring_slot)
            options.show_keyring_message(self.tr("Your notes could not be saved, so this was not changed."))
            return
        keyring, store_id, epoch = self._keyring, vault.store_id, self._epoch
        secret = b""
        try:
            if on:
                secret = vault.enable_keyring_slot()
            else:
                vault.disable_keyring_slot()
        except VaultError as error:
            options.set_keyring_status(True, "ok", vault.has_keyring_slot)
            options.show_keyring_message(
                fill(self.tr("This could not be changed. %1"), write_reason(getattr(error, "reason", "other")))
            )
            return
        self._keyring_busy = True
        options.keyring.setEnabled(False)

        def work() -> None:
            if on:
                keyring.save_secret(store_id, secret)
            else:
                keyring.delete_secret(store_id)

        def done(outcome: object) -> None:
            self._keyring_busy = False
            if not self._still_open(epoch) or self.open_view is None:
                return
            options = self.open_view.options
            if isinstance(outcome, Exception):
                reason = outcome.reason if isinstance(outcome, KeyringUnavailable) else "error"
                if on:
                    try:
                        vault.disable_keyring_slot()  # nothing kept in the keyring: the slot must go too
                    except VaultError:
                        log.warning("could not remove the keyring slot after the keyring failed")
                    options.set_keyring_status(False, reason, vault.has_keyring_slot)
                else:
                    options.set_keyring_status(True, "ok", False)
                    options.show_keyring_message(
                        keyring_reason(reason)
                        + " "
                        + self.tr("The key left in the keyring no longer opens your notes.")
                    )
                return
            options.set_keyring_status(True, "ok", vault.has_keyring_slot)
            options.show_keyring_message(
                self.tr("My notes will open without your passphrase on this computer account.")
                if on
                else self.tr("My notes will ask for your passphrase again.")
            )

        run_in_background(self, work, done)

    def _change_passphrase(self, passphrase: str) -> None:
        vault, view = self.vault, self.open_view
        if vault is None or view is None or self._vault_busy:
            return
        if not self.save_now():
            view.options.set_passphrase_status(self.tr("Your notes could not be saved, so this was not changed."))
            return
        self._vault_busy = True
        view.cases.setEnabled(False)
        view.options.set_passphrase_status(self.tr("Changing your passphrase…"), busy=True)
        epoch = self._epoch

        def done(outcome: object) -> None:
            self._vault_busy = False
            if not self._still_open(epoch) or self.open_view is None:
                if self.state != OPEN or vault is not self.vault:
                    vault.lock()  # it locked meanwhile: the rewrite must not leave the notes in memory
                return
            self.open_view.cases.setEnabled(True)
            if isinstance(outcome, VaultWriteError):
                text = fill(self.tr("Your passphrase was not changed. %1"), write_reason(outcome.reason))
                self.open_view.options.set_passphrase_status(text)
            elif isinstance(outcome, Exception):
                self.open_view.options.set_passphrase_status(self.tr("Your passphrase was not changed."))
            else:
                self.open_view.options.set_passphrase_status(
                    self.tr("Your passphrase has been changed. Use the new one from now on."), done=True
                )

        run_in_background(self, lambda: vault.change_passphrase(passphrase), done)

    # ================================================================ reports and backups

    def make_report(self) -> None:
        view = self.open_view
        case = view.cases.current_case if view is not None else None
        if view is None or case is None:
            return
        epoch = self._epoch
        kind = self.dialogs.report_format(self)
        if kind is None or not self._still_open(epoch):
            return
        path = self.dialogs.save_path(
            self,
            self.tr("Save the report"),
            suggested_name(kind, self._now().date()),
            self.tr("PDF files (*.pdf)") if kind == PDF else self.tr("Text files (*.txt)"),
        )
        if path is None or not self._still_open(epoch) or self.data is None or case not in self.data.cases:
            return
        notice = self.open_view.notice if self.open_view is not None else self.notice
        try:
            written = write_report(case, kind, path, self._now())
        except OSError:
            notice.show_message(fill(self.tr("The report could not be saved in %1. Try another folder."), path.parent))
            return
        notice.show_message(
            fill(
                self.tr("Report saved as %1. Remember: it is not encrypted. Delete it when it is no longer needed."),
                written,
            )
        )

    def backup(self) -> None:
        vault, view = self.vault, self.open_view
        if vault is None or view is None:
            return
        if not self.save_now():
            view.notice.show_message(self.tr("Your latest changes could not be saved, so no backup was made."))
            return
        epoch = self._epoch
        path = self.dialogs.save_path(
            self,
            self.tr("Back up My notes"),
            backup_actions.backup_name(self._now().date()),
            backup_actions.backup_filter(),
        )
        if path is None or not self._still_open(epoch) or self.open_view is None:
            return
        _ok, message = backup_actions.make_backup(vault, path, self._io)
        self.open_view.notice.show_message(message)

    def restore(self) -> None:
        view = self.open_view
        if self.vault is None or view is None:
            return
        epoch = self._epoch
        path = self.dialogs.open_path(self, self.tr("Restore My notes from a backup"), backup_actions.backup_filter())
        if path is None or not self._still_open(epoch) or self.open_view is None:
            return
        info, problem = backup_actions.check_backup(path)
        if info is None:
            self.open_view.notice.show_message(problem)
            return
        if not self.dialogs.confirm(
            self, self.tr("Restore this backup?"), backup_actions.restore_question(info), self.tr("Restore")
        ):
            return
        if not self._still_open(epoch) or self.open_view is None:
            return
        if not self.save_now():
            self.open_view.notice.show_message(
                self.tr("Your latest changes could not be saved, so the backup was not restored.")
            )
            return
        self._lock_now()
        assert self.vault is not None
        self.vault.close()
        self.vault = None
        problem = backup_actions.restore(self.store_path, path, self._io)
        self.refresh(
            info=problem
            or self.tr(
                "The backup has been restored. Open it with the passphrase or recovery code you had when the "
                "backup was made."
            )
        )

    def delete_everything(self) -> None:
        view = self.open_view
        if self.vault is None or view is None or not view.options.word_typed() or self._vault_busy:
            return
        vault = self.vault
        store_id, had_keyring = vault.store_id, vault.has_keyring_slot
        self._lock_now()
        vault.close()
        self.vault = None
        left = delete_store(self.store_path)
        self._show_setup()
        if left:
            self.notice.show_message(
                self.tr("Your notes were deleted, but some files could not be removed. Try again after a restart.")
            )
        else:
            self.notice.show_message(
                self.tr(
                    "Everything in My notes has been deleted from this computer. Backups you saved somewhere else, "
                    "such as on a USB stick, are not deleted."
                )
            )
        if had_keyring:
            keyring = self._keyring

            def done(outcome: object) -> None:
                if isinstance(outcome, Exception):
                    self.notice.show_message(
                        self.notice.text()
                        + " "
                        + self.tr("The key in this computer's keyring could not be removed, but it opens nothing now.")
                    )

            run_in_background(self, lambda: keyring.delete_secret(store_id), done)
