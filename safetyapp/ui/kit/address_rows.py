"""A number or address as text with a Copy button, and a web address's Open in browser row: Get help's cards
and the guides' help addresses. The browser opens only when the user asks, and only if the organisation
allows links to open (`Policy.links_allowed`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from safetyapp.core.policy import Policy
from safetyapp.ui.kit.clipboard import ClipboardGuard
from safetyapp.ui.kit.feedback import show_done
from safetyapp.ui.kit.text import right_to_left_first
from safetyapp.ui.kit.widgets import action_button, paragraph


def copy_row(clipboard: ClipboardGuard, text: str, value: str, copy_name: str) -> tuple[QHBoxLayout, QPushButton]:
    """`text` (selectable, wrapping) and a Copy button that copies `value`, named `copy_name` for screen
    readers; says "Copied" when pressed."""
    row = QHBoxLayout()
    label = QLabel(right_to_left_first(text))
    label.setWordWrap(True)  # a long web address breaks at its hyphens rather than running off the card
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    button = action_button(QCoreApplication.translate("AddressRows", "Copy"), copy_name)

    def copy() -> None:
        clipboard.copy(value)
        show_done(button, QCoreApplication.translate("AddressRows", "Copied"))

    button.clicked.connect(copy)
    row.addWidget(label, 1)
    row.addWidget(button)
    return row, button


def open_in_browser(policy: Policy, url: str) -> None:
    """`url` in the browser, only if the organisation allows links to open."""
    if policy.links_allowed:
        QDesktopServices.openUrl(QUrl(url))


def open_row(policy: Policy, url: str, open_name: str) -> tuple[QHBoxLayout, QPushButton]:
    """An Open in browser button for `url` (named `open_name` for screen readers), with a line saying it
    needs the internet, or that the organisation has turned opening websites off (the button then does
    nothing and is greyed out)."""
    row = QHBoxLayout()
    button = action_button(QCoreApplication.translate("AddressRows", "Open in browser"), open_name)
    button.clicked.connect(lambda: open_in_browser(policy, url))
    row.addWidget(button)
    if policy.links_allowed:
        note = QCoreApplication.translate("AddressRows", "Needs an internet connection.")
    else:
        button.setEnabled(False)
        note = QCoreApplication.translate(
            "AddressRows", "Your organisation has turned off opening websites from this app. Copy the address instead."
        )
    row.addWidget(paragraph(note, small=True), 1)
    return row, button
