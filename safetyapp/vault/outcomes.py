"""What the notes session (session.py) answers and the states it is in: a Result code, with the
details a page needs to choose its words, and which Result each vault error is. Codes only, never
sentences.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from safetyapp.vault.errors import (
    ImageDataRefused,
    InvalidRecoveryCode,
    NoSuchSlot,
    VaultChanged,
    VaultDamaged,
    VaultError,
    VaultInUse,
    VaultTampered,
    VaultTooCostly,
    VaultTooNew,
    VaultUnreadable,
    VaultWriteError,
    WrongSecret,
)
from safetyapp.vault.files import GenerationInfo
from safetyapp.vault.keyring_access import KeyringUnavailable

log = logging.getLogger(__name__)


class Scheduler(Protocol):
    """One pending call at a time: `start` replaces any call not made yet."""

    def start(self, seconds: float, callback: Callable[[], None]) -> None: ...

    def stop(self) -> None: ...

    @property
    def pending(self) -> bool: ...


class State(enum.Enum):
    NO_STORE = "no-store"  # nothing there yet: set it up
    NEW = "new"  # just made and unlocked; the recovery code is being shown, the notes are not open yet
    LOCKED = "locked"  # open, locked: waiting for a passphrase, recovery code or keyring secret
    PROBLEM = "problem"  # it could not be opened
    OPENING = "opening"  # looking at the store on disk (off the GUI thread)
    OPEN = "open"  # unlocked: the working copy is in `data`


class Result(enum.Enum):
    NO_STORE = "no-store"
    LOCKED = "locked"
    PROBLEM = "problem"  # cannot be opened: `problem` is the VaultError code, `reason` the OS reason if any
    NEW = "new"  # set up: `recovery_code` is to be shown once
    EXISTS = "exists"  # set up refused: a store is already there
    OPENED = "opened"
    WRONG_SECRET = "wrong-secret"
    CODE_TYPO = "code-typo"  # the recovery code has a typing mistake; nothing was tried
    NO_SLOT = "no-slot"
    KEYRING = "keyring"  # the keyring cannot be used: `reason` ("no-secret", "locked", ...)
    SAVED = "saved"
    NOT_WRITTEN = "not-written"  # the disk refused or could not be read: `reason`
    CHANGED = "changed"  # the file changed outside this session
    IN_USE = "in-use"  # another program has the store file locked
    IMAGE_DATA = "image-data"  # some text carries image data
    NOT_OPEN = "not-open"  # nothing to save into: the notes are locked
    BUSY = "busy"  # the passphrase is being changed; the save comes straight after
    STARTED = "started"  # a slow step is running; its `done` comes later
    DONE = "done"
    IGNORED = "ignored"  # not now (locked, or the same step is still running)
    DROPPED = "dropped"  # came too late: a lock (or another way in) came first
    FAILED = "failed"  # anything else: `problem` is the VaultError code if there was one
    CHECKED = "checked"  # a backup was opened and every byte verified: the session's `backup` has its facts
    NEEDS_SECRET = "needs-secret"  # a backup the notes' keys do not open: ask for the secret of its time


@dataclass(frozen=True)
class Outcome:
    result: Result
    problem: str = ""
    reason: str = ""
    recovery_code: str = ""
    opened: bool = False  # NOT_WRITTEN after a reset with the recovery code: open, but the passphrase unchanged
    older_by: int = 0  # OPENED: this many saves older than the newest this app saw of the store (seen.py)
    other_store: bool = False  # OPENED: not the store this app last opened here
    earlier: tuple[GenerationInfo, ...] = ()  # PROBLEM when opening: the earlier copies there are

    @property
    def saved(self) -> bool:
        return self.result is Result.SAVED


def problem_of(error: VaultError, earlier: tuple[GenerationInfo, ...] = ()) -> Outcome:
    """The store cannot be opened: PROBLEM with the error's code and OS reason (and the earlier copies)."""
    return Outcome(Result.PROBLEM, error.code, getattr(error, "reason", "") or "", earlier=earlier)


def failed(error: object) -> Outcome:
    """Something nobody expected: FAILED, with the VaultError code if it was one."""
    return Outcome(Result.FAILED, error.code if isinstance(error, VaultError) else "")


# What makes a store impossible to open (the page then offers its earlier copies).
OPEN_PROBLEMS = (VaultDamaged, VaultTampered, VaultTooNew, VaultUnreadable, VaultTooCostly)


def unlock_failure(error: Exception) -> Outcome:
    """Why an unlock (or a reset with the recovery code) did not work."""
    if isinstance(error, WrongSecret):
        return Outcome(Result.WRONG_SECRET)
    if isinstance(error, InvalidRecoveryCode):
        return Outcome(Result.CODE_TYPO)
    if isinstance(error, KeyringUnavailable):
        return Outcome(Result.KEYRING, reason=error.reason)
    if isinstance(error, NoSuchSlot):
        return Outcome(Result.NO_SLOT)
    if isinstance(error, OPEN_PROBLEMS):
        return problem_of(error)
    if isinstance(error, VaultWriteError):
        return Outcome(Result.NOT_WRITTEN, reason=error.reason)
    log.warning("unlocking failed: %s", type(error).__name__)
    return failed(error)


def save_failure(error: VaultError) -> Outcome:
    """Why a save did not work; the file on disk is as it was."""
    if isinstance(error, VaultWriteError | VaultUnreadable):
        return Outcome(Result.NOT_WRITTEN, reason=error.reason)
    if isinstance(error, VaultChanged):
        return Outcome(Result.CHANGED)
    if isinstance(error, VaultInUse):
        return Outcome(Result.IN_USE)
    if isinstance(error, ImageDataRefused):
        return Outcome(Result.IMAGE_DATA)
    log.warning("saving the notes failed: %s", error.code)
    return failed(error)
