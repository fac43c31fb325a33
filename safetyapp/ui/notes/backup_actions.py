"""Backups and restoring one: the file work and the words for each outcome.

The page asks the questions and holds the state; these functions do the work and say, in plain
words, what happened. None of the sentences holds note text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from safetyapp.ui.kit.text import fill
from safetyapp.ui.notes.words import open_problem, saved_when, write_reason
from safetyapp.vault.backup import BackupInfo, inspect_backup, restore_backup, write_backup
from safetyapp.vault.errors import (
    VaultDamaged,
    VaultError,
    VaultInUse,
    VaultMissing,
    VaultTooNew,
    VaultUnreadable,
    VaultWriteError,
)
from safetyapp.vault.files import FileOps
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


def check_backup(path: Path) -> tuple[BackupInfo | None, str]:
    """Read a backup's header: (info, "") if it can be restored, else (None, why not)."""
    try:
        return inspect_backup(path), ""
    except VaultTooNew:
        return None, translate(
            "NotesBackup",
            "This backup was made by a newer version of Safety Companion, so this version can't restore it. "
            "Update Safety Companion, then try again. Nothing has been changed.",
        )
    except VaultDamaged:
        return None, translate(
            "NotesBackup", "This file is damaged, or it is not a Safety Companion backup. Nothing has been changed."
        )
    except (VaultMissing, VaultUnreadable):
        return None, translate("NotesBackup", "This file could not be read. Nothing has been changed.")
    except VaultError as error:
        return None, open_problem(error.code)


def restore_question(info: BackupInfo) -> str:
    return fill(
        translate(
            "NotesBackup",
            "This backup was saved on %1. Your notes will be replaced by what is in the backup. What is in My notes "
            "now is kept as an earlier copy, so it isn't lost.",
        ),
        saved_when(info.saved),
    )


def restore(store: Path, backup: Path, io: FileOps | None = None) -> str:
    """Put the backup in place of the (closed) store: "" if it worked, else what went wrong."""
    try:
        restore_backup(store, backup, io=io)
    except VaultTooNew:
        return check_backup(backup)[1]
    except VaultInUse:
        return open_problem("in-use")
    except VaultWriteError as error:
        return fill(translate("NotesBackup", "The backup could not be restored. %1"), write_reason(error.reason))
    except VaultError:
        return check_backup(backup)[1] or translate("NotesBackup", "The backup could not be restored.")
    except ValueError:
        return translate("NotesBackup", "That file is My notes itself, not a backup.")
    return ""
