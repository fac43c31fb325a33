"""The sentences My notes says about its problem codes, and the translated names of its lists.

The store (safetyapp.vault) gives short codes ("disk-full", "no-backend", "damaged"...); this module
turns each into plain, kind words. No note text ever goes into any of these sentences.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from safetyapp.ui.kit.text import fill, long_date
from safetyapp.vault.records import PLATFORMS
from safetyapp.vault.report import ReportLabels

# A plain name that Qt's lupdate recognises, so every string below is found for translation.
translate = QCoreApplication.translate


# ---------------------------------------------------------------- lists


OLD_PLATFORMS: dict[str, str] = {
    "messenger": "facebook",
    "wink": "other",
    "video-chat": "other",
    "steam": "other",
    "kik": "other",
    "dating": "other",
    "email": "other",
    "text-message": "other",
}
"""Platform ids that earlier versions offered in My notes -> the guide that helps with each. An account
that holds one keeps it and shows it; the list offers only the guides' platforms (resources/guides/
platforms.toml). Messenger is part of the Facebook guide; the rest have no guide of their own."""


def guide_for_platform(platform_id: str) -> str:
    """The guide for an account's platform: its own, or for an id no longer offered, `OLD_PLATFORMS`'."""
    return OLD_PLATFORMS.get(platform_id, platform_id)


def platform_names() -> dict[str, str]:
    """Platform id -> name, for every id a store may hold. Brand names stay as they are; the generic ones
    are translated."""
    names = dict(PLATFORMS)
    names.update(
        {
            "video-chat": translate("NotesWords", "Omegle-style video chat"),
            "dating": translate("NotesWords", "Hinge, Tinder or another dating app"),
            "email": translate("NotesWords", "Email"),
            "text-message": translate("NotesWords", "Text message"),
            "other": translate("NotesWords", "Another app or website"),
        }
    )
    return names


def event_kind_names() -> dict[str, str]:
    """Event kind id (vault.records.EVENT_KINDS, in that order) -> its name in the user's language."""
    return {
        "first-contact": translate("NotesWords", "First contact"),
        "asked-for-images": translate("NotesWords", "Asked for pictures"),
        "threatened": translate("NotesWords", "Threatened me"),
        "demanded-money": translate("NotesWords", "Demanded money"),
        "paid": translate("NotesWords", "Money was paid"),
        "blocked": translate("NotesWords", "Blocked them"),
        "reported": translate("NotesWords", "Reported them"),
        "other": translate("NotesWords", "Something else"),
    }


def payment_method_names() -> dict[str, str]:
    """Payment method id (vault.records.PAYMENT_METHODS, in that order) -> its name in the user's language."""
    return {
        "bank-transfer": translate("NotesWords", "Bank transfer"),
        "gift-card": translate("NotesWords", "Gift card"),
        "cryptocurrency": translate("NotesWords", "Cryptocurrency (such as Bitcoin)"),
        "other": translate("NotesWords", "Another way"),
    }


def paid_names() -> dict[str, str]:
    """Whether a demand was paid (vault.records.PAID_ANSWERS, in that order) -> the answer in the user's language."""
    return {
        "not-known": translate("NotesWords", "I don't know"),
        "no": translate("NotesWords", "No, nothing was paid"),
        "yes": translate("NotesWords", "Yes, something was paid"),
    }


# ---------------------------------------------------------------- saving


def write_reason(reason: str) -> str:
    """Why a save failed, from VaultWriteError.reason / VaultUnreadable.reason."""
    reasons = {
        "disk-full": translate(
            "NotesWords", "The disk is full. Free up some space (for example, empty the recycle bin) and it will save."
        ),
        "read-only": translate("NotesWords", "The disk or folder can only be read, not written to."),
        "permission-denied": translate(
            "NotesWords", "This computer account is not allowed to write to the notes folder."
        ),
    }
    return reasons.get(reason, translate("NotesWords", "The computer could not write the notes file."))


def not_saved(reason_sentence: str) -> str:
    return fill(
        translate("NotesWords", "Not saved yet. Your text is still here and nothing you saved before is lost. %1"),
        reason_sentence,
    )


def in_use_elsewhere() -> str:
    return translate(
        "NotesWords",
        "Not saved yet: My notes is open in another window or program, so Safety Companion will not write over "
        "it. Close it there and your changes will be saved. Your text is still here.",
    )


def changed_outside() -> str:
    return translate(
        "NotesWords",
        "Not saved yet: the notes file was changed outside this window, so Safety Companion will not write over it. "
        "Your text is still here.",
    )


# ---------------------------------------------------------------- keyring


def keyring_reason(reason: str) -> str:
    """Why "unlock automatically" cannot be used, from a KeyringStatus / KeyringUnavailable reason."""
    reasons = {
        "no-backend": translate(
            "NotesWords", "This computer has no keyring (password store) that Safety Companion can use."
        ),
        "null-backend": translate(
            "NotesWords", "The keyring on this computer is set to keep nothing, so it cannot be used."
        ),
        "plaintext-backend": translate(
            "NotesWords",
            "The keyring on this computer keeps passwords in a file without protection, so Safety Companion "
            "will not use it.",
        ),
        "locked": translate(
            "NotesWords",
            "The keyring on this computer is locked or is not answering. Unlock it (often by logging in again) "
            "and try again.",
        ),
        "bad-entry": translate(
            "NotesWords", "The key kept in this computer's keyring was not one Safety Companion made."
        ),
        "portable": translate(
            "NotesWords",
            "Safety Companion is running from its own folder (portable mode), so it does not use this computer's "
            "keyring: that would leave a trace on the computer.",
        ),
    }
    return reasons.get(reason, translate("NotesWords", "The keyring on this computer reported a problem."))


# ---------------------------------------------------------------- opening


def open_problem(code: str, reason: str | None = None) -> str:
    """What went wrong opening the store, from a VaultError code."""
    if code == "unreadable":
        return fill(translate("NotesWords", "The notes file could not be read. %1"), write_reason(reason or "other"))
    if code == "lock-failed" and reason in ("read-only", "permission-denied"):
        return fill(
            translate("NotesWords", "My notes cannot be opened safely here, because its lock file cannot be made. %1"),
            write_reason(reason),
        )
    problems = {
        "damaged": translate(
            "NotesWords",
            "The notes file is damaged, so it cannot be opened. This can happen if the computer switched off "
            "while saving. It is not your fault.",
        ),
        "tampered": translate(
            "NotesWords",
            "The notes file has been changed by something other than Safety Companion, so it cannot be trusted "
            "and has not been opened.",
        ),
        "too-new": translate(
            "NotesWords",
            "These notes were saved by a newer version of Safety Companion. This version cannot open them "
            "safely. Use the newer version, or update Safety Companion on this computer.",
        ),
        "in-use": translate(
            "NotesWords",
            "My notes is open in another window or program. Close it there, then press Try again.",
        ),
        "lock-failed": translate(
            "NotesWords",
            "My notes cannot be opened safely in this folder, because the computer will not let Safety "
            "Companion lock the file.",
        ),
        "missing": translate("NotesWords", "The notes file is missing, but earlier copies of it are still here."),
        "too-costly": translate(
            "NotesWords",
            "Opening this notes file would take far more of this computer's memory and time than My notes ever "
            "uses, so it was not tried. If these are your notes, try again when the computer is less busy, or open "
            "them on the computer where you made them.",
        ),
    }
    return problems.get(code, translate("NotesWords", "My notes could not be opened."))


# ---------------------------------------------------------------- reports


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def report_labels() -> ReportLabels:
    """Every heading of a report, in the user's language."""
    return ReportLabels(
        personal_information=translate("NotesReport", "Contains personal information: keep it safe"),
        handling=translate(
            "NotesReport",
            "This copy is not encrypted. Share it only with the police, CEOP, the platform or a safeguarding "
            "lead, and delete it when it is no longer needed.",
        ),
        title=translate("NotesReport", "Record of online blackmail (sextortion)"),
        source=translate("NotesReport", "Made with Safety Companion from the user's own notes. It contains no images."),
        case=translate("NotesReport", "Case"),
        generated=translate("NotesReport", "Report made"),
        created=translate("NotesReport", "Record started"),
        updated=translate("NotesReport", "Last changed"),
        own_accounts=translate("NotesReport", "Accounts of the person targeted"),
        own_account_n=fill(_braces(translate("NotesReport", "Their own account %1")), "{n}"),
        accounts=translate("NotesReport", "Accounts that contacted or threatened them"),
        account_n=fill(_braces(translate("NotesReport", "Account %1")), "{n}"),
        platform=translate("NotesReport", "Platform"),
        username=translate("NotesReport", "Username or handle"),
        display_name=translate("NotesReport", "Display name"),
        profile_link=translate("NotesReport", "Profile link"),
        notes=translate("NotesReport", "Notes"),
        timeline=translate("NotesReport", "Timeline"),
        when=translate("NotesReport", "When"),
        what_happened=translate("NotesReport", "What happened"),
        details=translate("NotesReport", "Details"),
        demands=translate("NotesReport", "Demands"),
        demand_n=fill(_braces(translate("NotesReport", "Demand %1")), "{n}"),
        amount=translate("NotesReport", "Amount asked for"),
        payment_method=translate("NotesReport", "How they wanted it paid"),
        payment_details=translate("NotesReport", "Payment details they gave"),
        paid=translate("NotesReport", "Anything paid"),
        amount_paid=translate("NotesReport", "Amount paid"),
        paid_how=translate("NotesReport", "How it was paid"),
        paid_when=translate("NotesReport", "When it was paid"),
        reports_made=translate("NotesReport", "Reports made"),
        to_whom=translate("NotesReport", "Made to"),
        date=translate("NotesReport", "Date"),
        reference=translate("NotesReport", "Reference number"),
        case_notes=translate("NotesReport", "Other notes"),
        none_recorded=translate("NotesReport", "None recorded"),
        not_given=translate("NotesReport", "Not given"),
        date_unknown=translate("NotesReport", "Date not known"),
        # A time: "3 Dec 2026, 21:40 GMT" (%1 the date, %2 the time, %3 the time zone).
        moment=fill(_braces(translate("NotesReport", "%1, %2 %3")), "{date}", "{time}", "{zone}"),
        # A date: "3 Dec 2026" (%1 the day, %2 the month's short name, %3 the year).
        day=fill(_braces(translate("NotesReport", "%1 %2 %3")), "{day}", "{month}", "{year}"),
        months=tuple(QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)),
        utc_offset=fill(_braces(translate("NotesReport", "UTC%1")), "{offset}"),
        platforms=platform_names(),
        event_kinds=event_kind_names(),
        payment_methods=payment_method_names(),
        paid_answers={
            "not-known": translate("NotesReport", "Not known"),
            "no": translate("NotesReport", "No"),
            "yes": translate("NotesReport", "Yes"),
        },
    )


def saved_when(saved: dt.datetime | None) -> str:
    """ "3 June 2025 at 21:14", in local time."""
    if saved is None:
        return translate("NotesWords", "an unknown time")
    local = saved.astimezone()
    return fill(translate("NotesWords", "%1 at %2"), long_date(local.date()), local.strftime("%H:%M"))
