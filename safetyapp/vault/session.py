"""My notes from opening to locking, without any window: the rules a notes page follows, in one place.

    session = NotesSession(path, keyring=KeyringAccess(), run=run, scheduler=scheduler, on_save=show)
    session.open(done)                              # done(NO_STORE, LOCKED or PROBLEM)
    session.unlock_with_passphrase(p, done)         # done(Outcome): OPENED, WRONG_SECRET, ...
    session.data.cases.append(case); session.edited()   # saved SAVE_DELAY seconds later
    session.lock()                                  # the notes leave memory

Slow steps (reading the store's header, Argon2id, the OS keyring) go through `run(work, done)`: the
app runs `work` off the GUI thread and calls `done` with its result (or the exception it raised) back
on it; tests call both at once. `done` callbacks always get an Outcome; one that came too late (a lock moved `epoch` on
meanwhile, or the notes were opened another way) is DROPPED, and a late unlock is locked again, so
a late result never reopens locked notes.

Saving: `edited()` asks the scheduler for a save SAVE_DELAY seconds later; Lock, auto-lock, Quick exit
and quitting save at once; `on_save` hears each attempt; a failed one is tried again at the next edit.

The working copy (`data`) is the session's own copy. Opening remembers the store and its newest save
outside it (seen.py), to tell the page about rollback. Backups, restores and deleting everything are
in session_backups.py. Outcomes (outcomes.py) carry codes, never sentences: the page chooses the words.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from safetyapp.vault.backup import CheckedBackup, ReadBackup
from safetyapp.vault.crypto import KdfParams
from safetyapp.vault.errors import VaultError, VaultExists, VaultWriteError
from safetyapp.vault.files import FileOps, list_generations
from safetyapp.vault.keyring_access import KeyringAccess, KeyringStatus, KeyringUnavailable
from safetyapp.vault.outcomes import (
    Outcome,
    Result,
    Scheduler,
    State,
    failed,
    problem_of,
    save_failure,
    unlock_failure,
)
from safetyapp.vault.records import VaultData
from safetyapp.vault.seen import FILENAME as SEEN_FILENAME
from safetyapp.vault.seen import SeenStores
from safetyapp.vault.session_backups import Done, Run, SessionFiles
from safetyapp.vault.store import Vault

log = logging.getLogger(__name__)

SAVE_DELAY = 1.0  # seconds from the last edit to the save


class NotesSession(SessionFiles):
    """The store at `path` and its state: see the module docstring. `kdf_params` None: Argon2id is
    calibrated for this computer when the store is made. `on_save` hears every save attempted."""

    def __init__(
        self,
        path: Path,
        *,
        keyring: KeyringAccess,
        run: Run,
        scheduler: Scheduler,
        on_save: Callable[[Outcome], None] = lambda outcome: None,
        kdf_params: KdfParams | None = None,
        file_ops: FileOps | None = None,
        seen_path: Path | None = None,
    ) -> None:
        self.path = path
        self._keyring = keyring
        self._run = run
        self._scheduler = scheduler
        self._on_save = on_save
        self._kdf_params = kdf_params
        self._io = file_ops
        self._vault: Vault | None = None
        self._data: VaultData | None = None
        self._state = State.NO_STORE
        self._epoch = 0
        self._unsaved = False
        self._unlocking = False  # setting up or unlocking with a passphrase or recovery code
        self._keyring_busy = False
        self._rewriting = False  # changing the passphrase: the store is being rewritten off the GUI thread
        self._keyring_wanted = False
        self.keyring_status: KeyringStatus | None = None
        self._seen = SeenStores(seen_path or path.parent.parent / SEEN_FILENAME)
        self._opening = 0  # moved on by every open and close: an open that comes back late is dropped
        self._backup: CheckedBackup | None = None
        self._backup_read: ReadBackup | None = None
        self._backup_busy = False

    # ================================================================ what is there

    @property
    def state(self) -> State:
        return self._state

    @property
    def data(self) -> VaultData | None:
        """The working copy while open; None otherwise."""
        return self._data

    @property
    def epoch(self) -> int:
        """Moved on by every lock: compare one taken before a question with this one after it."""
        return self._epoch

    def still_open(self, epoch: int) -> bool:
        """True if the notes are open and have not been locked since `epoch` was taken."""
        return epoch == self._epoch and self.is_open

    @property
    def is_open(self) -> bool:
        return self._state is State.OPEN and self._vault is not None and self._vault.is_unlocked

    @property
    def unsaved(self) -> bool:  # changes not on disk yet (a save may be due)
        return self._unsaved

    @property
    def save_pending(self) -> bool:
        return self._scheduler.pending

    @property
    def unlocking(self) -> bool:  # setting up, or unlocking with a passphrase or recovery code
        return self._unlocking

    @property
    def keyring_busy(self) -> bool:
        """Asking the keyring for the secret, or putting it there or taking it out."""
        return self._keyring_busy

    @property
    def rewriting(self) -> bool:  # the passphrase is being changed
        return self._rewriting

    @property
    def store_id(self) -> str | None:
        return self._vault.store_id if self._vault is not None else None

    @property
    def keyring_on(self) -> bool:
        return self._vault is not None and self._vault.has_keyring_slot

    @property
    def from_earlier_copy(self) -> bool:
        """The content comes from an earlier copy (the current file was damaged)."""
        return self._vault is not None and self._vault.source != self._vault.path

    @property
    def last_saved(self) -> dt.datetime | None:
        return self._vault.header.saved if self._vault is not None else None

    # ================================================================ opening and closing

    def open(self, done: Done, generation: int = 0) -> None:
        """Close what is open, then look at the store on disk off the GUI thread (a file there may be slow
        to read): done(NO_STORE, LOCKED, or PROBLEM with the earlier copies in `earlier`); DROPPED if
        another open or a close came first. With `generation` n, the content of earlier copy n (for when
        the current file is damaged). The state is OPENING meanwhile."""
        self.close()
        self._state = State.OPENING
        token, path, io = self._opening, self.path, self._io

        def work() -> object:
            if generation == 0 and not path.exists() and not list_generations(path):
                return None
            try:
                return Vault.open(path, generation=generation, io=io)
            except VaultError as error:
                earlier = [] if error.code in ("in-use", "lock-failed") else list_generations(path)
                return problem_of(error, tuple(earlier))

        def finished(outcome: object) -> None:
            if token != self._opening:
                if isinstance(outcome, Vault):
                    outcome.close()  # let go of the lock it took
                done(Outcome(Result.DROPPED))
            elif isinstance(outcome, Vault):
                self._vault, self._state = outcome, State.LOCKED
                done(Outcome(Result.LOCKED))
            elif isinstance(outcome, Outcome):
                self._state = State.PROBLEM
                done(outcome)
            elif outcome is None:
                self._state = State.NO_STORE
                done(Outcome(Result.NO_STORE))
            else:
                self._state = State.PROBLEM
                done(failed(outcome))

        self._run(work, finished)

    def lock(self) -> None:
        """Forget the working copy and the keys (save first); a slow step still running is dropped."""
        self._epoch += 1
        self._scheduler.stop()
        self._unsaved = False
        self._data = None
        self._forget_backup()
        if self._vault is not None:
            self._vault.lock()
        if self._state in (State.OPEN, State.NEW):
            self._state = State.LOCKED

    def close(self) -> None:
        """Lock and let go of the store (and its single-instance lock); an open still running is dropped."""
        self._opening += 1
        self.lock()
        vault, self._vault = self._vault, None
        if vault is not None:
            vault.close()

    # ================================================================ first use

    def check_keyring(self, done: Callable[[KeyringStatus], None]) -> None:
        """Ask the keyring whether it works (it may wait on D-Bus); keeps the answer in `keyring_status`."""

        def finished(outcome: object) -> None:
            status = outcome if isinstance(outcome, KeyringStatus) else KeyringStatus(False, "unknown", "error")
            self.keyring_status = status
            done(status)

        self._run(self._keyring.status, finished)

    def create(self, passphrase: str, keyring_wanted: bool, done: Done) -> bool:
        """Set up a new store: done(NEW with the recovery code, EXISTS, PROBLEM or NOT_WRITTEN), or, if
        it locked meanwhile, done(what `open` found). False if a set-up or unlock is running already."""
        if self._unlocking:
            return False
        self._unlocking = True
        path, params, io, epoch = self.path, self._kdf_params, self._io, self._epoch

        def finished(outcome: object) -> None:
            self._unlocking = False
            if isinstance(outcome, VaultExists):
                done(Outcome(Result.EXISTS))
            elif isinstance(outcome, VaultError) and not isinstance(outcome, VaultWriteError):
                done(problem_of(outcome))
            elif isinstance(outcome, Exception):
                done(Outcome(Result.NOT_WRITTEN, reason=getattr(outcome, "reason", "other")))
            else:
                assert isinstance(outcome, tuple)
                vault, code = outcome
                if epoch != self._epoch:  # locked (quick exit) while it was being made
                    vault.close()
                    self.open(done)
                    return
                self._vault = vault
                self._state = State.NEW
                self._keyring_wanted = keyring_wanted
                done(Outcome(Result.NEW, recovery_code=code))

        self._run(lambda: Vault.create(path, passphrase, kdf_params=params, io=io), finished)
        return True

    def finish_setup(self) -> bool:
        """The recovery code was confirmed: open the new notes. True if the keyring was asked for."""
        wanted, self._keyring_wanted = self._keyring_wanted, False
        self._become_open(expected=True)
        return wanted

    # ================================================================ unlocking

    def _run_unlock(self, work: Callable[[Vault], object], done: Done) -> bool:
        vault = self._vault
        if vault is None or self._unlocking:
            return False
        self._unlocking = True
        epoch = self._epoch

        def finished(outcome: object) -> None:
            self._unlocking = False
            if epoch != self._epoch or vault is not self._vault:
                vault.lock()  # a lock came while it was opening: stay locked
                done(Outcome(Result.DROPPED))
            elif isinstance(outcome, Exception):
                self._report_failure(vault, outcome, done)
            elif self._state is not State.OPEN:
                done(self._become_open())
            else:
                done(Outcome(Result.DROPPED))  # opened with the keyring meanwhile

        self._run(lambda: work(vault), finished)
        return True

    def unlock_with_passphrase(self, passphrase: str, done: Done) -> bool:
        """Off the GUI thread (Argon2id). False if there is nothing to unlock or an unlock is running."""
        return self._run_unlock(lambda v: v.unlock_with_passphrase(passphrase), done)

    def unlock_with_recovery(self, code: str, done: Done) -> bool:
        return self._run_unlock(lambda v: v.unlock_with_recovery(code), done)

    def reset_passphrase(self, code: str, passphrase: str, done: Done) -> bool:
        """Forgot the passphrase: unlock with the recovery code and set a new passphrase."""
        return self._run_unlock(lambda v: v.reset_passphrase_with_recovery(code, passphrase), done)

    def unlock_with_keyring(self, done: Done) -> bool:
        """Fetch the keyring secret, and read the store, off the GUI thread. A passphrase may still be typed
        meanwhile (a keyring that does not answer must never keep anyone out); whichever comes first wins."""
        vault = self._vault
        if vault is None or self._keyring_busy:
            return False
        self._keyring_busy = True
        keyring, store_id, epoch = self._keyring, vault.store_id, self._epoch

        def finished(outcome: object) -> None:
            self._keyring_busy = False
            if epoch != self._epoch or vault is not self._vault or self._state is not State.LOCKED or self._unlocking:
                done(Outcome(Result.DROPPED))  # locked again, or opened another way meanwhile
                return
            if outcome is None:
                outcome = KeyringUnavailable("no-secret", "")
            if isinstance(outcome, tuple):
                try:
                    vault.unlock_with_keyring_secret(*outcome)  # HKDF only: quick
                except VaultError as error:
                    outcome = error
                else:
                    done(self._become_open())
                    return
            if isinstance(outcome, Exception):
                self._report_failure(vault, outcome, done)
            else:
                done(failed(outcome))

        def fetch() -> object:
            secret = keyring.load_secret(store_id)
            return (secret, vault.read_source()) if secret is not None else None

        self._run(fetch, finished)
        return True

    def _report_failure(self, vault: Vault, error: Exception, done: Done) -> None:
        """done(why it did not open); if it cannot be opened at all, with the earlier copies there are,
        whose headers are read off the GUI thread."""
        outcome, path = self._unlock_failed(vault, error), self.path
        if outcome.result is not Result.PROBLEM:
            done(outcome)
            return

        def found(earlier: object) -> None:
            done(replace(outcome, earlier=earlier if isinstance(earlier, tuple) else ()))

        self._run(lambda: tuple(list_generations(path)), found)

    def _unlock_failed(self, vault: Vault, error: Exception) -> Outcome:
        outcome = unlock_failure(error)
        if outcome.result is Result.PROBLEM:
            vault.lock()
            self._state = State.PROBLEM
        elif outcome.result is Result.NOT_WRITTEN and vault.is_unlocked:
            # Forgot passphrase: unlocked, but the new passphrase could not be written.
            opened = self._become_open()
            return Outcome(Result.NOT_WRITTEN, reason=outcome.reason, opened=opened.result is Result.OPENED)
        return outcome

    def _become_open(self, *, expected: bool = False) -> Outcome:
        vault = self._vault
        assert vault is not None and vault.is_unlocked
        self._data = vault.data  # a copy of its own (Vault.data hands one out)
        self._unsaved = False
        self._state = State.OPEN
        expected = expected or self.from_earlier_copy
        found = self._seen.opened(vault.store_id, vault.generation, expected=expected)
        vault.generation_floor = found.newest
        return Outcome(Result.OPENED, older_by=found.older_by, other_store=found.other_store)

    def make_current(self) -> Outcome | None:
        """Just opened from an earlier copy: save it, so it becomes the current notes again (the damaged
        file is kept as an earlier copy). The save's outcome; None if the notes came from the current file."""
        if not self.is_open or not self.from_earlier_copy:
            return None
        self._unsaved = True
        return self.save_now()

    # ================================================================ saving

    def edited(self) -> None:
        """The working copy changed: save it SAVE_DELAY seconds after the last edit."""
        self._unsaved = True
        self._scheduler.start(SAVE_DELAY, self._save_due)

    def _save_due(self) -> None:
        self.save_now()

    def save_now(self) -> Outcome:
        """Save any changes now: SAVED if everything is saved (also when there was nothing to save)."""
        self._scheduler.stop()
        if not self._unsaved:
            return Outcome(Result.SAVED)
        vault, data = self._vault, self._data
        if vault is None or data is None or not vault.is_unlocked:
            return Outcome(Result.NOT_OPEN)
        if self._rewriting:  # the passphrase is being changed; save straight after
            self._scheduler.start(SAVE_DELAY, self._save_due)
            return Outcome(Result.BUSY)
        outcome = Outcome(Result.SAVED)
        try:
            vault.save(data)  # the vault keeps a copy of its own
        except VaultWriteError as error:
            if not error.committed:
                outcome = save_failure(error)
        except VaultError as error:
            outcome = save_failure(error)
        if outcome.saved:
            self._unsaved = False
            self._seen.remember(vault.store_id, vault.generation)
        self._on_save(outcome)
        return outcome

    # ================================================================ settings

    def set_keyring(self, on: bool, done: Done) -> Outcome:
        """Turn "unlock automatically" on or off: the key slot in the store now (off: with a new data
        key), the secret in the keyring off the GUI thread. If the keyring fails when turning it on,
        the slot is taken out again. Now: IGNORED, NOT_WRITTEN (the notes could not be saved first),
        FAILED (the store could not be changed: `reason`) or STARTED, and then done(DONE, KEYRING with
        `reason`, or DROPPED); DONE may carry a `recovery_code` to show (see `_rewrite`)."""
        vault = self._vault
        if vault is None or not self.is_open or self._keyring_busy:
            return Outcome(Result.IGNORED)
        if not self.save_now().saved:
            return Outcome(Result.NOT_WRITTEN)
        keyring, store_id, epoch = self._keyring, vault.store_id, self._epoch
        secret = b""
        try:
            if on:
                secret = vault.enable_keyring_slot()
            else:
                vault.disable_keyring_slot()
        except VaultError as error:
            return Outcome(Result.FAILED, error.code, getattr(error, "reason", "other"))
        self._keyring_busy = True

        def work() -> None:
            if on:
                keyring.save_secret(store_id, secret)
            else:
                keyring.delete_secret(store_id)

        def finished(outcome: object) -> None:
            self._keyring_busy = False
            if not self.still_open(epoch):
                done(Outcome(Result.DROPPED))
                return
            if isinstance(outcome, Exception):
                reason = outcome.reason if isinstance(outcome, KeyringUnavailable) else "error"
                if on:
                    try:
                        vault.disable_keyring_slot()  # nothing kept in the keyring: the slot must go too
                    except VaultError:
                        log.warning("could not remove the keyring slot after the keyring failed")
                done(Outcome(Result.KEYRING, reason=reason))
                return
            done(Outcome(Result.DONE, recovery_code=vault.replaced_recovery_code or ""))

        self._run(work, finished)
        return Outcome(Result.STARTED)

    def change_passphrase(self, passphrase: str, done: Done) -> Outcome:
        """A new passphrase and a new data key (the earlier copies are removed): see `_rewrite`."""
        return self._rewrite(lambda vault: vault.change_passphrase(passphrase), done)

    def new_recovery_code(self, done: Done) -> Outcome:
        """A new recovery code (DONE carries it, to show once) and data key: see `_rewrite`."""
        return self._rewrite(lambda vault: vault.replace_recovery_code(), done)

    def _rewrite(self, work: Callable[[Vault], object], done: Done) -> Outcome:
        """New keys off the GUI thread. Now: IGNORED, NOT_WRITTEN (could not save first) or STARTED; then
        done(DONE, with a `recovery_code` to show if there is a new one; NOT_WRITTEN with `reason`;
        FAILED; DROPPED). Saves wait until it is done."""
        vault = self._vault
        if vault is None or not self.is_open or self._rewriting:
            return Outcome(Result.IGNORED)
        if not self.save_now().saved:
            return Outcome(Result.NOT_WRITTEN)
        self._rewriting = True
        epoch = self._epoch

        def finished(outcome: object) -> None:
            self._rewriting = False
            if not self.still_open(epoch):
                if self._state is not State.OPEN or vault is not self._vault:
                    vault.lock()  # it locked meanwhile: the rewrite must not leave the notes in memory
                done(Outcome(Result.DROPPED))
            elif isinstance(outcome, VaultWriteError):
                done(Outcome(Result.NOT_WRITTEN, reason=outcome.reason))
            elif isinstance(outcome, Exception):
                done(failed(outcome))
            else:
                code = outcome if isinstance(outcome, str) else vault.replaced_recovery_code
                done(Outcome(Result.DONE, recovery_code=code or ""))

        self._run(lambda: work(vault), finished)
        return Outcome(Result.STARTED)
