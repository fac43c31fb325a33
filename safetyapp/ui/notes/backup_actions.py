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
from safetyapp.vault.backup import CheckedBackup, check_against, inspect_backup, restore_backup, write_backup
from safetyapp.vault.errors import (
    VaultDamaged,
    VaultError,
    VaultInUse,
    VaultMissing,
    VaultTampered,
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


def check_backup(path: Path, vault: Vault | None = None) -> tuple[CheckedBackup | None, str]:
    """Check a backup before a restore, with the open notes' keys if `vault` is given (else its header
    only): (checked, "") if it can be restored, else (None, why not)."""
    try:
        if vault is not None:
            return check_against(vault, path), ""
        return CheckedBackup(inspect_backup(path), verified=False), ""
    except VaultTampered:
        return None, translate(
            "NotesBackup",
            "This backup has been changed by something other than Safety Companion, so it cannot be trusted "
            "and was not restored. Nothing has been changed.",
        )
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


def restore_question(checked: CheckedBackup) -> str:
    """The question before a restore: only what was authenticated (its date, how many saves older or
    newer), or, for a backup the notes' keys do not open, that it could not be checked."""
    kept = translate(
        "NotesBackup",
        "Your notes now are kept as a copy from before the restore, so they are not lost.",
    )
    if not checked.verified:
        return (
            translate(
                "NotesBackup",
                "This backup could not be checked, because it does not open with the keys your notes have "
                "now. It may have been made before your passphrase or recovery code changed, or it may not be "
                "your notes. If you restore it, open it with the passphrase or recovery code you had when you "
                "made it.",
            )
            + " "
            + kept
        )
    if checked.saves_newer < 0:
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
