"""How a contact reads inside advice pages and plans: name, number and address, all from contacts.toml."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safetyapp.core.contacts import Contact
from safetyapp.ui.kit.text import fill


def contact_details(contact: Contact) -> list[str]:
    """Each way to reach the contact, labelled: "Phone: 0800 1111", "Web: childline.org.uk"..."""
    details = []
    if contact.phone:
        details.append(fill(QCoreApplication.translate("ContactText", "Phone: %1"), contact.phone))
    if contact.text:
        details.append(fill(QCoreApplication.translate("ContactText", "Text: %1"), contact.text))
    if contact.email:
        details.append(fill(QCoreApplication.translate("ContactText", "Email: %1"), contact.email))
    if contact.web:
        details.append(fill(QCoreApplication.translate("ContactText", "Web: %1"), contact.web_display))
    return details


def contact_markdown(contact: Contact, own_line: bool) -> str:
    """On its own line: a short block with the details. In a sentence: the linked name and number."""
    name = f"[{contact.name}](contact:{contact.id})"
    if own_line:
        return f"> **{name}**  \n> " + " · ".join(contact_details(contact)) + "\n"
    number = contact.phone or contact.text or contact.email
    return fill(QCoreApplication.translate("ContactText", "%1 (%2)"), name, number) if number else name
