"""Backups, restoring one, and deleting everything: the steps of the notes session (session.py) that
work on whole files. `SessionFiles` is part of `NotesSession`; it is kept here so each module holds
one job.

A restore checks before it replaces, and nothing changes until the user says so:

    session.check_backup(path, done)     # read off the GUI thread, opened with the notes' keys:
                                         # done(CHECKED), done(NEEDS_SECRET) or done(PROBLEM)
    session.open_backup(secret, done)    # NEEDS_SECRET: the passphrase or recovery code of its time,
                                         # off the GUI thread: done(CHECKED), WRONG_SECRET, CODE_TYPO...
    session.backup                       # CHECKED: the authenticated facts, for the question
    session.restore_backup()             # confirmed: DONE, and the notes open are the backup's

The restored notes are written into the open store under the keys it has now (Vault.restore), so the
passphrase, recovery code and keyring stay the current ones. A lock forgets the backup.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from safetyapp.vault.backup import CheckedBackup, ReadBackup, check_with_keys, open_with_secret, read_backup
from safetyapp.vault.errors import VaultError, VaultWriteError
from safetyapp.vault.files import FileOps
from safetyapp.vault.keyring_access import KeyringAccess
from safetyapp.vault.outcomes import Outcome, Result, State, failed, problem_of, save_failure, unlock_failure
from safetyapp.vault.records import VaultData
from safetyapp.vault.seen import SeenStores
from safetyapp.vault.store import Vault

_T = TypeVar("_T")

Run = Callable[[Callable[[], object], Callable[[object], None]], None]
Done = Callable[[Outcome], None]


class SessionFiles:
    """The file steps of `NotesSession`; the attributes and methods below are the session's."""

    path: Path
    _vault: Vault | None
    _data: VaultData | None
    _io: FileOps | None
    _run: Run
    _epoch: int
    _state: State
    _unsaved: bool
    _rewriting: bool
    _keyring: KeyringAccess
    _seen: SeenStores
    _backup: CheckedBackup | None
    _backup_read: ReadBackup | None
    _backup_busy: bool

    @property
    def is_open(self) -> bool:
        raise NotImplementedError

    def still_open(self, epoch: int) -> bool:
        raise NotImplementedError

    def save_now(self) -> Outcome:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # ---------------------------------------------------------------- backups

    def write_backup(self, write: Callable[[Vault, FileOps | None], _T]) -> _T | None:
        """Hand the open store to `write` (which copies its file somewhere); None if not open. Save first."""
        if self._vault is None or not self.is_open:
            return None
        return write(self._vault, self._io)

    @property
    def backup(self) -> CheckedBackup | None:
        """The backup opened and verified by `check_backup` or `open_backup`, until it is restored, another
        is chosen, or the notes lock."""
        return self._backup

    def _forget_backup(self) -> None:
        self._backup, self._backup_read = None, None

    def _backup_step(self, work: Callable[[], object], finished: Callable[[object], Outcome], done: Done) -> bool:
        vault = self._vault
        if vault is None or not self.is_open or self._backup_busy:
            return False
        self._backup_busy = True
        epoch = self._epoch

        def answered(outcome: object) -> None:
            self._backup_busy = False
            if not self.still_open(epoch) or vault is not self._vault:
                done(Outcome(Result.DROPPED))  # locked meanwhile: the backup is forgotten
            else:
                done(finished(outcome))

        self._run(work, answered)
        return True

    def check_backup(self, path: Path, done: Done) -> bool:
        """Read the backup at `path` off the GUI thread, then open it with the keys the notes have now:
        done(CHECKED: see `backup`; NEEDS_SECRET: see `open_backup`; PROBLEM with its code, such as
        "tampered", "damaged", "too-new", "unreadable", "missing"). False if not open or busy."""
        self._forget_backup()
        io = self._io

        def finished(outcome: object) -> Outcome:
            vault = self._vault
            assert vault is not None
            if isinstance(outcome, Exception):
                return problem_of(outcome) if isinstance(outcome, VaultError) else failed(outcome)
            assert isinstance(outcome, ReadBackup)
            try:
                checked = check_with_keys(vault, outcome)  # AES-GCM only: quick
            except VaultError as error:
                return problem_of(error)
            if checked is None:
                self._backup_read = outcome
                return Outcome(Result.NEEDS_SECRET)
            self._backup = checked
            return Outcome(Result.CHECKED)

        return self._backup_step(lambda: read_backup(path, io), finished, done)

    def open_backup(self, secret: str, done: Done) -> bool:
        """After NEEDS_SECRET: open the backup with the passphrase or recovery code that was in use when it
        was made (Argon2id, off the GUI thread) and verify every byte: done(CHECKED, WRONG_SECRET,
        CODE_TYPO, PROBLEM). Try again as often as needed. False if there is no such backup or busy."""
        read, vault = self._backup_read, self._vault
        if read is None or vault is None:
            return False
        store_id, generation = vault.store_id, vault.generation

        def finished(outcome: object) -> Outcome:
            if isinstance(outcome, Exception):
                failure = unlock_failure(outcome)
                return Outcome(Result.WRONG_SECRET) if failure.result is Result.NO_SLOT else failure
            assert isinstance(outcome, CheckedBackup)
            self._backup, self._backup_read = outcome, None
            return Outcome(Result.CHECKED)

        return self._backup_step(lambda: open_with_secret(read, secret, store_id, generation), finished, done)

    def restore_backup(self) -> Outcome:
        """Put the notes of the checked `backup` in place of the open ones (the user said yes), under the
        current keys; the notes now are kept as the before-restore copy. DONE (the working copy is the
        backup's now), IGNORED (nothing checked, or not open), NOT_WRITTEN (the notes could not be saved
        first, or the disk refused: `reason`), or what a failed save gives."""
        vault, checked = self._vault, self._backup
        if vault is None or checked is None or not self.is_open or self._rewriting:
            return Outcome(Result.IGNORED)
        if not self.save_now().saved:
            return Outcome(Result.NOT_WRITTEN)
        try:
            vault.restore(checked.data)
        except VaultWriteError as error:
            if not error.committed:
                return Outcome(Result.NOT_WRITTEN, reason=error.reason)
        except VaultError as error:
            return save_failure(error)
        self._forget_backup()
        self._data, self._unsaved = vault.data, False
        self._seen.remember(vault.store_id, vault.generation)
        return Outcome(Result.DONE)

    # ---------------------------------------------------------------- deleting

    def delete_everything(self, remove: Callable[[Path], list[Path]], done: Done) -> list[Path] | None:
        """Close the store and `remove(path)` its files (no save: they are going); the files that are left.
        None, with nothing changed, if not open or the passphrase is being changed. The keyring secret,
        if there was one, is removed off the GUI thread; done(FAILED) if that fails (it opens nothing now)."""
        vault = self._vault
        if vault is None or not self.is_open or self._rewriting:
            return None
        store_id, had_keyring = vault.store_id, vault.has_keyring_slot
        self.close()
        left = remove(self.path)
        self._state = State.NO_STORE
        if had_keyring:
            keyring = self._keyring

            def finished(outcome: object) -> None:
                done(Outcome(Result.FAILED) if isinstance(outcome, Exception) else Outcome(Result.DONE))

            self._run(lambda: keyring.delete_secret(store_id), finished)
        return left
