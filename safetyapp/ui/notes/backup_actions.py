"""Backups and restoring one: making a backup, and the words for each step of a restore.

The page asks the questions and holds the state; the notes session checks and restores. These say, in
plain words, what happened. None of the sentences holds note text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from safetyapp.ui.kit.text import fill
from safetyapp.ui.notes.words import open_problem, saved_when, write_reason
from safetyapp.vault.backup import CheckedBackup, write_backup
from safetyapp.vault.errors import VaultError, VaultWriteError
from safetyapp.vault.files import FileOps
from safetyapp.vault.outcomes import Outcome, Result
from safetyapp.vault.store import Vault

translate = QCoreApplication.translate

SUFFIX = ".scv"


def backup_name(today: dt.date) -> str:
    return f"safety-companion-notes-backup-{today.isoformat()}{SUFFIX}"


def backup_filter() -> str:
    return translate("NotesBackup", "Safety Companion backups (*.scv)")


def make_backup(vault: Vault, dest: Path, io: FileOps | None = None) -> tuple[bool, str]:
    """Write a backup of the saved store to `dest`: (worked, what to tell the user)."""
    if dest.suffix.lower() != SUFFIX:
        dest = dest.with_name(dest.name + SUFFIX)
    try:
        write_backup(vault, dest, io=io)
    except ValueError:
        return False, translate(
            "NotesBackup",
            "A backup can't go in the same place as My notes itself. Choose another place, such as a USB stick.",
        )
    except VaultWriteError as error:
        return False, fill(translate("NotesBackup", "The backup could not be saved. %1"), write_reason(error.reason))
    except VaultError as error:
        return False, fill(translate("NotesBackup", "The backup could not be made. %1"), open_problem(error.code))
    except OSError as error:
        reason = "other" if error.errno is None else VaultWriteError(dest, error.errno).reason
        return False, fill(translate("NotesBackup", "The backup could not be saved. %1"), write_reason(reason))
    return True, fill(
        translate(
            "NotesBackup",
            "Backup saved as %1. It is encrypted: it opens with the passphrase or recovery code you have now.",
        ),
        dest,
    )


def backup_problem(outcome: Outcome) -> str:
    """Why a backup was refused before anything changed (PROBLEM from checking or opening it)."""
    code = outcome.problem
    if code == "tampered":
        return translate(
            "NotesBackup",
            "This backup has been changed by something other than Safety Companion, so it cannot be trusted "
            "and was not restored. Nothing has been changed.",
        )
    if code == "too-new":
        return translate(
            "NotesBackup",
            "This backup was made by a newer version of Safety Companion, so this version can't restore it. "
            "Update Safety Companion, then try again. Nothing has been changed.",
        )
    if code == "damaged":
        return translate(
            "NotesBackup", "This file is damaged, or it is not a Safety Companion backup. Nothing has been changed."
        )
    if code in ("missing", "unreadable"):
        return translate("NotesBackup", "This file could not be read. Nothing has been changed.")
    return open_problem(code, outcome.reason)


def secret_question() -> str:
    return translate(
        "NotesBackup",
        "This backup was made with a different passphrase. Type the passphrase or recovery code you had then.",
    )


def secret_problem(outcome: Outcome) -> str:
    """Why the secret typed did not open the backup (WRONG_SECRET or CODE_TYPO)."""
    if outcome.result is Result.CODE_TYPO:
        return translate("NotesBackup", "Check the recovery code: it has a typing mistake.")
    return translate(
        "NotesBackup", "That didn't open this backup. Check it, and check Caps Lock, then try again, or press Cancel."
    )


def restore_question(checked: CheckedBackup) -> str:
    """The question before a restore: only what was authenticated (its date, how many saves older or
    newer than the notes now, or that it is of other notes)."""
    kept = translate(
        "NotesBackup",
        "Your notes now are kept as a copy from before the restore, so they are not lost.",
    )
    if not checked.same_store:
        facts = translate(
            "NotesBackup",
            "This backup was saved on %1. It is a backup of other notes, not of the notes open now.",
        )
    elif checked.saves_newer < 0:
        facts = translate("NotesBackup", "This backup of your notes was saved on %1. Saves made since then: %2.")
    elif checked.saves_newer > 0:
        facts = translate(
            "NotesBackup",
            "This backup of your notes was saved on %1 and is newer than your notes now. Saves it has that "
            "your notes do not: %2.",
        )
    else:
        facts = translate("NotesBackup", "This backup of your notes was saved on %1. It is the same as your notes now.")
    facts = fill(facts, saved_when(checked.info.saved), str(abs(checked.saves_newer)))
    return facts + " " + translate("NotesBackup", "Your notes will be replaced by what is in the backup.") + " " + kept


def restored() -> str:
    return translate(
        "NotesBackup",
        "The backup has been restored. Keep using the passphrase and recovery code you have now: they still "
        "open your notes.",
    )


def not_restored(outcome: Outcome) -> str:
    """Why a confirmed restore did not happen; the notes are as they were."""
    if outcome.result is Result.NOT_WRITTEN and not outcome.reason:
        return translate("NotesBackup", "Your latest changes could not be saved, so the backup was not restored.")
    if outcome.result is Result.NOT_WRITTEN:
        return fill(translate("NotesBackup", "The backup could not be restored. %1"), write_reason(outcome.reason))
    return translate("NotesBackup", "The backup could not be restored.")
