"""A guide for an app, as Advice shows it: the six parts under their headings, the line that menus change,
when the steps were checked (and, if long ago, that they may have changed), the platform's own help address
with Copy and Open in browser, and Report Harmful Content for when the platform does not act."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from safetyapp.core.guides import PARTS, Guide
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.kit.address_rows import copy_row, open_row
from safetyapp.ui.kit.organisation import escape_markdown
from safetyapp.ui.kit.text import fill, long_date
from safetyapp.ui.kit.widgets import action_button, paragraph

translate = QCoreApplication.translate
REPORT_HARMFUL_CONTENT = "report-harmful-content"
"""The contact for when a platform does not act on a report (resources/contacts.toml)."""


def part_headings() -> dict[str, str]:
    """Each part's heading, in the user's language (the guide files hold only the parts' text)."""
    return {
        "username": translate("Guides", "Find their username"),
        "keep_chat": translate("Guides", "Keep the chat"),
        "block": translate("Guides", "Block them"),
        "report": translate("Guides", "Report them"),
        "private": translate("Guides", "Hide your friends and followers"),
        "deactivate": translate("Guides", "Switch your account off for a while"),
    }


def guide_markdown(guide: Guide) -> str:
    """The guide as one Markdown page (shown, printed and saved as a PDF)."""
    headings = part_headings()
    lines = [
        f"# {escape_markdown(guide.name)}",
        "",
        translate(
            "Guides",
            "Apps change their menus. If a step does not look like this, look for a menu with three dots, "
            "a gear or a flag, on their profile or in your settings, and for the words in quotes.",
        ),
        "",
    ]
    for part in PARTS:
        lines += [f"## {headings[part]}", "", guide.parts[part], ""]
    return "\n".join(lines)


def checked_line(guide: Guide, today: dt.date | None = None) -> str:
    """When the steps were checked; if more than a year before `today` (the computer's date), a sentence
    that says when and that the app may have changed."""
    if guide.checked is None:
        return ""
    if guide.checked_long_ago(today or dt.date.today()):
        return fill(
            translate(
                "Guides",
                "These steps were checked on %1, more than a year ago, and menus change: "
                "if a step does not match, look for the same words in its menus or its own help pages.",
            ),
            long_date(guide.checked),
        )
    return fill(translate("Guides", "Steps checked: %1"), long_date(guide.checked))


class GuideLinks(QWidget):
    """Below a guide: when it was checked, the platform's own help address, and where to go if the
    platform does not act."""

    open_contact = Signal(str)

    def __init__(self, context: AppContext, guide: Guide, today: dt.date | None = None) -> None:
        super().__init__()
        self._context = context
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 0)
        self.copy_button: QPushButton | None = None
        self.open_button: QPushButton | None = None
        line = checked_line(guide, today)
        stale = guide.checked_long_ago(today or dt.date.today())
        self.checked = paragraph(line, small=not stale)  # checked long ago: not small, so it is noticed
        self.checked.setAccessibleName(line)
        self._layout.addWidget(self.checked)
        if guide.fallback:
            self._layout.addWidget(
                paragraph(
                    translate("Guides", "This guide is not translated yet, so it is shown in English."), small=True
                )
            )
        elif self._context.library.language_info.is_draft and guide.language == self._context.library.language:
            self._layout.addWidget(
                paragraph(
                    translate("Guides", "This translation is a draft: a native speaker has not checked it yet."),
                    small=True,
                )
            )
        if guide.help_url:
            address = guide.help_url.removeprefix("https://").rstrip("/")
            row, self.copy_button = copy_row(
                self._context.clipboard,
                fill(translate("Guides", "%1's own help: %2"), guide.name, address),
                guide.help_url,
                fill(translate("Guides", "Copy the address of %1's own help"), guide.name),
            )
            self._layout.addLayout(row)
            opener, self.open_button = open_row(
                self._context.policy,
                guide.help_url,
                fill(translate("Guides", "Open %1's own help in your browser"), guide.name),
            )
            self._layout.addLayout(opener)
        contact = self._context.contacts.get(REPORT_HARMFUL_CONTENT)
        if contact is not None:
            row = QHBoxLayout()
            row.addWidget(
                paragraph(
                    fill(
                        translate("Guides", "If your report is not acted on, %1 can help."),
                        contact.name,
                    ),
                    small=True,
                ),
                1,
            )
            details = action_button(
                translate("Guides", "Details"),
                fill(translate("Guides", "Details and copy buttons for %1"), contact.name),
            )
            details.clicked.connect(lambda: self.open_contact.emit(REPORT_HARMFUL_CONTENT))
            row.addWidget(details)
            self._layout.addLayout(row)
