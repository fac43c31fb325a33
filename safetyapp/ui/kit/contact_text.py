"""How a contact reads inside advice pages and plans: name, number and address, all from contacts.toml."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from safetyapp.core.contacts import Contact, checked_long_ago
from safetyapp.ui.kit.text import fill, long_date


def stale_note(contact: Contact, today: dt.date | None = None) -> str:
    """When the contact's details were checked more than a year before `today` (the computer's date),
    a sentence that says when and suggests the service's website; otherwise ""."""
    if not checked_long_ago(contact, today or dt.date.today()):
        return ""
    return fill(
        QCoreApplication.translate(
            "ContactText",
            "Checked on %1, more than a year ago: these details may have changed, so check the service's website.",
        ),
        long_date(contact.checked),
    )


def contact_details(contact: Contact) -> list[str]:
    """Each way to reach the contact, labelled: "Phone: 0800 1111", "Web: childline.org.uk"..., and the
    `stale_note` last when the details were checked long ago."""
    details = []
    if contact.phone:
        details.append(fill(QCoreApplication.translate("ContactText", "Phone: %1"), contact.phone))
    if contact.text:
        details.append(fill(QCoreApplication.translate("ContactText", "Text: %1"), contact.text))
    if contact.email:
        details.append(fill(QCoreApplication.translate("ContactText", "Email: %1"), contact.email))
    if contact.web:
        details.append(fill(QCoreApplication.translate("ContactText", "Web: %1"), contact.web_display))
    if note := stale_note(contact):
        details.append(note)
    return details


def contact_line(contact: Contact) -> str:
    """The contact on one line, as a plan shows and prints it: "Childline: Phone: 0800 1111 · Web: ..."."""
    return f"{contact.name}: " + " · ".join(contact_details(contact))


def contact_markdown(contact: Contact, own_line: bool) -> str:
    """On its own line: a short block with the details. In a sentence: the linked name and number."""
    name = f"[{contact.name}](contact:{contact.id})"
    if own_line:
        return f"> **{name}**  \n> " + " · ".join(contact_details(contact)) + "\n"
    number = contact.phone or contact.text or contact.email
    return fill(QCoreApplication.translate("ContactText", "%1 (%2)"), name, number) if number else name
