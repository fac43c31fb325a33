"""Home: what to do right now for the chosen reader, first; then three big, plain choices.

The first things to do come before any question, so a frightened reader has them within one action of
starting the app (none at all once they have said who they are).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safetyapp.core.readers import ADULT, PARENT, STAFF, YOUNG, Reader
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.app.sections import SectionPage
from safetyapp.ui.kit.contact_text import contact_details
from safetyapp.ui.kit.organisation import safeguarding_lead_lines
from safetyapp.ui.kit.reader_names import reader_name
from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import action_button, big_button, clear_layout, heading, paragraph

START_TOPICS = ("what-to-do-now", "what-it-is", "looking-after")


class HomePage(SectionPage):
    go_wizard = Signal()
    go_advice = Signal()
    go_help = Signal()
    open_page = Signal(str)
    change_reader = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("You are not alone")))
        layout.addWidget(
            paragraph(
                self.tr("Whatever has happened, it can be sorted out, and there are people whose job is to help.")
            )
        )
        self.rules_box = QFrame()
        self.rules_box.setProperty("role", "card")
        self._rules_layout = QVBoxLayout(self.rules_box)
        layout.addWidget(self.rules_box)
        self.wizard_button = big_button(
            self.tr("Something has happened"),
            self.tr("Answer a few questions and get a step-by-step plan"),
        )
        self.advice_button = big_button(self.tr("Learn about it"), self.tr("Read clear advice, written for you"))
        self.help_button = big_button(self.tr("Get help now"), self.tr("People you can phone, text or contact online"))
        self.wizard_button.clicked.connect(self.go_wizard)
        self.advice_button.clicked.connect(self.go_advice)
        self.help_button.clicked.connect(self.go_help)
        for button in (self.wizard_button, self.advice_button, self.help_button):
            layout.addWidget(button)

        reader_row = QHBoxLayout()
        self.reader_label = paragraph("")
        self.change_button = action_button(self.tr("Change"), self.tr("Change who you are"))
        self.change_button.clicked.connect(self.change_reader)
        reader_row.addWidget(self.reader_label, 1)
        reader_row.addWidget(self.change_button)
        layout.addLayout(reader_row)
        # Only now, in the page: shown while it had no parent, the button would open as a window of its own.
        self.change_button.setVisible(not context.policy.locks("reader"))

        layout.addWidget(heading(self.tr("Start here"), 2))
        self._start_links = QVBoxLayout()  # filled in by refresh(), which needs the pages
        layout.addLayout(self._start_links)
        layout.addStretch(1)
        context.settings_changed.connect(self.refresh)
        self.refresh_reader()  # the start links need the pages: the window fills them after its first paint

    def first_choice(self) -> QWidget | None:
        """The button to the plan ("Something has happened"): the rules above it are read, not chosen.
        Named here rather than searched for: the search asks each widget for its focus policy, and the
        first such question makes PySide build all of Qt's enums (about 20 ms), before the first paint."""
        return self.wizard_button

    def start_links(self) -> list[QPushButton]:
        """The "Start here" links, in order."""
        items = (self._start_links.itemAt(index) for index in range(self._start_links.count()))
        return [widget for item in items if item is not None and isinstance(widget := item.widget(), QPushButton)]

    def refresh_reader(self) -> None:
        reader = self._context.settings.reader
        self.reader_label.setText(fill(self.tr("Showing advice for: %1"), reader_name(reader)))
        self.reader_label.setAccessibleName(self.reader_label.text())
        self._show_rules(reader)

    def rules(self) -> list[str]:
        """What the "Do this now" box says, line by line: the rules, then who can help."""
        labels = self.rules_box.findChildren(QLabel)
        return [label.accessibleName() for label in labels if label.isVisibleTo(self.rules_box)]

    def _show_rules(self, reader: Reader | None) -> None:
        clear_layout(self._rules_layout)
        title = heading(self.tr("Do these things now"), 2)
        self._rules_layout.addWidget(title)
        self.rules_box.setAccessibleName(title.text())
        for number, rule in enumerate(self._rule_texts(reader), start=1):
            self._rules_layout.addWidget(paragraph(fill(self.tr("%1. %2"), number, rule)))
        if reader == STAFF:
            for line in safeguarding_lead_lines(self._context.policy):
                self._rules_layout.addWidget(paragraph(line))
        childline = self._context.library.contact("childline")  # (read alone: the whole list can wait)
        if reader in (YOUNG, None) and childline is not None:
            self._rules_layout.addWidget(
                paragraph(
                    fill(
                        self.tr("You can talk to %1 about anything, free: %2"),
                        childline.name,
                        " · ".join(contact_details(childline)),
                    )
                )
            )

    def _rule_texts(self, reader: Reader | None) -> list[str]:
        """The few things to do right now, in the reader's words: reassuring, never blaming."""
        if reader == STAFF:
            return [
                self.tr("Tell your Designated Safeguarding Lead (DSL) now, and follow your child protection policy."),
                self.tr("Never look at, copy or ask for the image. Leave that to the DSL."),
                self.tr("Tell the young person they are not in trouble, and that you will get them help."),
            ]
        if reader == PARENT:
            return [
                self.tr("Do not pay, and help your child not to pay or send anything more."),
                self.tr("Stop replying to the person who is doing this."),
                self.tr("Do not delete the messages or the account details. They are evidence."),
                self.tr("Tell someone who can help: the police, or the CEOP Safety Centre for under-18s."),
                self.tr("Listen to your child calmly. It is not their fault."),
            ]
        if reader == ADULT:
            return [
                self.tr("Do not pay, and do not send anything more."),
                self.tr("Stop replying to them."),
                self.tr("Do not delete the messages or their account details. They are evidence."),
                self.tr("Tell someone you trust, and report it to the police."),
            ]
        return [
            self.tr("Do not pay, and do not send anything more."),
            self.tr("Stop replying to them. You do not have to answer."),
            self.tr("Do not delete the chat or their account. It helps the police find them."),
            self.tr("Tell an adult you trust. You are not in trouble."),
        ]

    def refresh(self) -> None:
        self.refresh_reader()
        reader = self._context.settings.reader
        clear_layout(self._start_links)
        content = self._context.library.content
        pages = [content.page_for(reader or YOUNG, topic) for topic in START_TOPICS]
        for page in pages:
            if page is None:
                continue
            link = QPushButton(page.title)
            link.setFlat(True)
            link.setAccessibleName(page.title)
            link.setAccessibleDescription(page.summary)
            link.setStyleSheet("text-align: left; text-decoration: underline;")
            link.clicked.connect(lambda _=False, page_id=page.id: self.open_page.emit(page_id))
            self._start_links.addWidget(link)
