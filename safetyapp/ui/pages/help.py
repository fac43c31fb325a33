"""Get help: a card for each service, filtered by reader, with copy buttons."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safetyapp.core.contacts import Contact
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.app.sections import SectionPage
from safetyapp.ui.kit.address_rows import copy_row, open_in_browser, open_row
from safetyapp.ui.kit.contact_text import stale_note
from safetyapp.ui.kit.reader_names import reader_name
from safetyapp.ui.kit.text import fill, long_date, right_to_left_first
from safetyapp.ui.kit.widgets import action_button, clear_layout, heading, paragraph


def region_names() -> dict[str, str]:
    return {
        "england": QCoreApplication.translate("Regions", "England"),
        "wales": QCoreApplication.translate("Regions", "Wales"),
        "scotland": QCoreApplication.translate("Regions", "Scotland"),
        "northern-ireland": QCoreApplication.translate("Regions", "Northern Ireland"),
    }


def native_keys(keys: str) -> str:
    """A shortcut as this system writes it (Ctrl+F; Strg+F in German; the Command key on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ContactCard(QFrame):
    """One service: what it is for, who it is for, when, and each way to reach it."""

    def __init__(self, contact: Contact, context: AppContext) -> None:
        super().__init__()
        self.contact = contact
        self._context = context
        self.setProperty("role", "card")
        self.setAccessibleName(contact.name)
        self.setAccessibleDescription(contact.purpose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(heading(contact.name, 3))
        layout.addWidget(paragraph(contact.purpose))
        layout.addWidget(paragraph(fill(self.tr("Who it is for: %1"), contact.ages), small=True))
        layout.addWidget(paragraph(fill(self.tr("When: %1"), contact.hours), small=True))
        if not contact.whole_uk:
            names = region_names()
            where = ", ".join(names[r] for r in contact.regions)
            layout.addWidget(paragraph(fill(self.tr("Where: %1 only"), where), small=True))
        self.copy_buttons: dict[str, QWidget] = {}
        rows = (
            ("phone", self.tr("Phone: %1"), self.tr("Copy the phone number of %1")),
            ("text", self.tr("Text: %1"), self.tr("Copy the text number of %1")),
            ("email", self.tr("Email: %1"), self.tr("Copy the email address of %1")),
        )
        for field, label, copy_name in rows:
            value = getattr(contact, field)
            if value:
                layout.addLayout(self._row(field, fill(label, value), value, fill(copy_name, contact.name)))
        if contact.web:
            layout.addLayout(
                self._row(
                    "web",
                    fill(self.tr("Web: %1"), contact.web_display),
                    contact.web,
                    fill(self.tr("Copy the web address of %1"), contact.name),
                )
            )
            open_layout, self.open_button = open_row(
                context.policy, contact.web, fill(self.tr("Open the website of %1 in your browser"), contact.name)
            )
            layout.addLayout(open_layout)
        note = stale_note(contact)  # checked over a year ago: not small, so it is noticed
        checked = note or fill(self.tr("Details checked: %1"), long_date(contact.checked))
        layout.addWidget(paragraph(checked, small=not note))

    def _row(self, field: str, text: str, value: str, copy_name: str) -> QHBoxLayout:
        row, self.copy_buttons[field] = copy_row(self._context.clipboard, text, value, copy_name)
        return row

    def open_in_browser(self) -> None:
        """The service's website in the browser, only if the organisation allows links to open."""
        open_in_browser(self._context.policy, self.contact.web)


class HelpPage(SectionPage):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 8)
        outer.addWidget(heading(self.tr("Get help")))
        emergency = context.contacts.get("emergency")
        outer.addWidget(
            paragraph(
                fill(
                    self.tr(
                        "You do not have to deal with this alone. These services are free and used to helping "
                        "with exactly this. If anyone is in danger right now, call %1."
                    ),
                    emergency.phone if emergency else "999",
                )
            )
        )
        if not context.library.contacts_translated:
            outer.addWidget(
                paragraph(
                    self.tr("The descriptions of these services are not translated yet, so they are shown in English."),
                    small=True,
                )
            )
        self.show_all = QCheckBox(self.tr("Show services for everyone"))
        self.show_all.setAccessibleName(self.show_all.text())
        self.show_all.toggled.connect(self.refresh)
        outer.addWidget(self.show_all)
        self.scope_label = paragraph("", small=True)
        outer.addWidget(self.scope_label)
        scroll = QScrollArea()
        self._scroll = scroll
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the cards' buttons, which scroll into view
        scroll.setAccessibleName(self.tr("Services you can contact"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._holder = QWidget()
        self._cards = QVBoxLayout(self._holder)
        self._cards.setSpacing(10)
        scroll.setWidget(self._holder)
        outer.addWidget(scroll, 1)
        self.shortcuts_button = action_button(self.tr("Keyboard shortcuts"))
        self.shortcuts_button.setCheckable(True)
        self.shortcuts = self._shortcuts_panel()
        self.shortcuts.setVisible(False)
        self.shortcuts_button.toggled.connect(self.shortcuts.setVisible)
        outer.addWidget(self.shortcuts_button, 0, Qt.AlignmentFlag.AlignLeading)
        outer.addWidget(self.shortcuts)
        self.cards: dict[str, ContactCard] = {}
        context.settings_changed.connect(self.refresh)
        self.refresh()

    def _shortcuts_panel(self) -> QWidget:
        """Every keyboard shortcut in the app, in the words a user would look for."""
        panel = QFrame()
        panel.setProperty("role", "card")
        panel.setAccessibleName(self.tr("Keyboard shortcuts"))
        form = QFormLayout(panel)
        rows = (
            (self.tr("Shift three times, or Esc twice"), self.tr("Quick exit: close the app at once")),
            (
                fill(self.tr("%1 to %2"), native_keys("Ctrl+1"), native_keys("Ctrl+6")),
                self.tr("Go to Home, Advice, What to do now, My notes, Get help, Settings"),
            ),
            (native_keys("F1"), self.tr("Get help")),
            (native_keys("Ctrl+F"), self.tr("Search the advice")),
            (native_keys("Ctrl+P"), self.tr("Print the page or plan you are reading")),
            (native_keys("Ctrl+L"), self.tr("Lock My notes")),
            (self.tr("Tab and Shift+Tab"), self.tr("Move between buttons and boxes")),
            (self.tr("Up and Down arrows"), self.tr("Move through the sections, answers and lists")),
            (self.tr("Enter or Space"), self.tr("Press the button or choose the answer that has the focus")),
        )
        for keys, action in rows:
            key_label = QLabel(f"<b>{html.escape(right_to_left_first(keys))}</b>")
            action_label = paragraph(action)
            key_label.setAccessibleName(keys)
            form.addRow(key_label, action_label)
        return panel

    def refresh(self) -> None:
        reader = None if self.show_all.isChecked() else self._context.settings.reader
        self.scope_label.setText(fill(self.tr("Showing services for: %1"), reader_name(reader)))
        clear_layout(self._cards)
        self.cards = {}
        for contact in self._context.contacts.values():
            if contact.for_reader(reader):
                card = ContactCard(contact, self._context)
                self.cards[contact.id] = card
                self._cards.addWidget(card)
        self._cards.addStretch(1)
        self._scroll.verticalScrollBar().setValue(0)  # new cards: from the first

    def opened(self) -> None:
        """Back on Get help: from the first card, not where it was left."""
        self._scroll.verticalScrollBar().setValue(0)

    def show_contact(self, contact_id: str) -> None:
        """Bring one service's card into view, showing every service if it is not in the filter."""
        if contact_id not in self.cards and contact_id in self._context.contacts:
            self.show_all.setChecked(True)
        card = self.cards.get(contact_id)
        if card is not None:
            self._scroll.ensureWidgetVisible(card)
            first = next(iter(card.copy_buttons.values()), None)
            if first is not None:
                first.setFocus()
