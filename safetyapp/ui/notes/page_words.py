"""What My notes says about each outcome of the notes session (safetyapp.vault.session): why an unlock
or a save did not work, how changing a setting went, and why the notes locked. No note text ever goes
into any of these sentences.

They belong to the page (context "NotesPage"), which shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safetyapp.ui.kit.text import fill
from safetyapp.ui.notes.words import changed_outside, in_use_elsewhere, keyring_reason, not_saved, write_reason
from safetyapp.vault.outcomes import Outcome, Result

# A plain name that Qt's lupdate recognises, so every string below is found for translation.
translate = QCoreApplication.translate


def unlock_problem(outcome: Outcome, *, with_passphrase: bool) -> str:
    """Why the notes did not open. `with_passphrase`: the passphrase was typed (not a recovery code)."""
    result = outcome.result
    if result is Result.WRONG_SECRET:
        if with_passphrase:
            return translate(
                "NotesPage",
                "That passphrase didn't open My notes. Check it, and check Caps Lock, then try again. "
                "Nothing has been changed.",
            )
        return translate(
            "NotesPage", "That recovery code didn't open My notes. Check it and try again. Nothing has been changed."
        )
    if result is Result.CODE_TYPO:
        return translate("NotesPage", "Check the recovery code: it has a typing mistake.")
    if result is Result.KEYRING:
        if outcome.reason == "no-secret":
            return translate("NotesPage", "This computer's keyring has no key for My notes. Use your passphrase.")
        return keyring_reason(outcome.reason) + " " + translate("NotesPage", "Use your passphrase instead.")
    if result is Result.NO_SLOT:
        return translate("NotesPage", "That way of opening isn't set up for these notes. Use your passphrase.")
    if result is Result.NOT_WRITTEN:
        # Forgot passphrase: unlocked, but the new passphrase could not be written.
        return fill(translate("NotesPage", "Your new passphrase could not be saved. %1"), write_reason(outcome.reason))
    return translate("NotesPage", "My notes could not be opened. Nothing has been changed.")


def keyring_did_not_open() -> str:
    """The keyring gave a secret, but it does not open these notes (an old key, or another store's)."""
    return translate(
        "NotesPage",
        "The key in this computer's keyring didn't open My notes. It may be an old key, or one for other notes. "
        "Type your passphrase instead. Nothing has been changed.",
    )


def save_problem(outcome: Outcome) -> str:
    """Why the notes are not saved yet."""
    result = outcome.result
    if result is Result.NOT_WRITTEN:
        return not_saved(write_reason(outcome.reason))
    if result is Result.CHANGED:
        return changed_outside()
    if result is Result.IN_USE:
        return in_use_elsewhere()
    if result is Result.IMAGE_DATA:
        return not_saved(translate("NotesPage", "Some text looks like a picture, and My notes never keeps pictures."))
    return not_saved(translate("NotesPage", "Something went wrong in Safety Companion."))


def keyring_not_changed(outcome: Outcome) -> str:
    """Why "unlock automatically" was not turned on or off: the notes could not be saved first
    (NOT_WRITTEN), or the store could not be changed (FAILED, with the write `reason`)."""
    if outcome.result is Result.NOT_WRITTEN:
        return translate("NotesPage", "Your notes could not be saved, so this was not changed.")
    return fill(translate("NotesPage", "This could not be changed. %1"), write_reason(outcome.reason))


def keyring_changed(on: bool, outcome: Outcome) -> str:
    """After turning "unlock automatically" on or off (DONE), or off with a keyring that failed (KEYRING)."""
    if outcome.result is Result.KEYRING:
        return (
            keyring_reason(outcome.reason)
            + " "
            + translate("NotesPage", "The key left in the keyring no longer opens your notes.")
        )
    if on:
        return translate("NotesPage", "My notes will open without your passphrase on this computer account.")
    return translate(
        "NotesPage",
        "My notes will ask for your passphrase again. The key that was in the keyring no longer opens your notes, "
        "and the earlier copies it opened were removed.",
    )


def passphrase_changed(outcome: Outcome) -> str:
    if outcome.result is Result.NOT_WRITTEN:
        return fill(translate("NotesPage", "Your passphrase was not changed. %1"), write_reason(outcome.reason))
    if outcome.result is Result.DONE:
        return translate(
            "NotesPage",
            "Your passphrase has been changed. Use the new one from now on. The old one no longer opens your notes, "
            "and the earlier copies it opened were removed. Backups you made before still open with the old "
            "passphrase.",
        )
    return translate("NotesPage", "Your passphrase was not changed.")


def rollback_notice(outcome: Outcome) -> str:
    """After opening: notes older than the newest this app saw here, or another store ("" if neither)."""
    if outcome.other_store:
        return translate(
            "NotesPage",
            "These are not the notes Safety Companion last opened on this computer. Someone may have put a "
            "different notes file in their place. If these are not your notes, restore yours from a backup in "
            "Backups and settings.",
        )
    if outcome.older_by:
        older = translate(
            "NotesPage",
            "These notes are older than the ones Safety Companion last saved on this computer. Number of saves "
            "missing: %1. Someone may have put an older copy in their place. If you have a backup, you can "
            "restore it in Backups and settings.",
        )
        return fill(older, str(outcome.older_by))
    return ""


def new_code_ready() -> str:
    """After a new recovery code was shown and typed back."""
    return translate(
        "NotesPage",
        "You have a new recovery code. The old one no longer opens your notes, and the earlier copies it opened "
        "were removed. Backups you made before still open with the old code.",
    )


def code_not_changed(outcome: Outcome) -> str:
    """Why no new recovery code was made: the notes could not be saved first, or the disk refused."""
    if outcome.result is Result.NOT_WRITTEN and outcome.reason:
        return fill(translate("NotesPage", "You still have your old recovery code. %1"), write_reason(outcome.reason))
    return translate("NotesPage", "You still have your old recovery code. Your notes could not be changed.")


def locked_because(reason: str, minutes: int) -> str:
    """Why the notes locked themselves ("idle", "sleep", "screen-locked"); "" for the Lock button."""
    if reason == "idle":
        if minutes == 1:
            return translate("NotesPage", "My notes locked itself after a minute without use.")
        return translate("NotesPage", "My notes locked itself after %n minutes without use.", "", minutes)
    if reason == "sleep":
        return translate("NotesPage", "My notes locked when the computer went to sleep.")
    if reason == "screen-locked":
        return translate("NotesPage", "My notes locked when the screen was locked.")
    return ""
