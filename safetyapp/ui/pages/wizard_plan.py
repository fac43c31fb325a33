"""The plan's parts on screen (its numbered steps, the contact lines they offer, and the guides for apps on
the block-and-report step) and on paper."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from safetyapp.core.wizard.engine import Plan, PlanStep
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.kit.contact_text import contact_line
from safetyapp.ui.kit.paper import Paper
from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import action_button, paragraph, wrapping_choice


class ContactLines(QWidget):
    """The contacts a step or notice needs: name, number, address, and a way to their card."""

    open_contact = Signal(str)

    def __init__(self, context: AppContext, contact_ids: tuple[str, ...]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for contact_id in contact_ids:
            contact = context.contacts.get(contact_id)
            if contact is None:
                continue
            row = QHBoxLayout()
            text = paragraph(contact_line(contact))
            button = action_button(self.tr("Details"), fill(self.tr("Details and copy buttons for %1"), contact.name))
            button.clicked.connect(lambda _=False, c=contact_id: self.open_contact.emit(c))
            row.addWidget(text, 1)
            row.addWidget(button)
            layout.addLayout(row)


class GuidePicker(QWidget):
    """On the block-and-report step: which app it happened on (optional), and a button to its guide."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(paragraph(self.tr("Which app is it on? We can show you how to block and report there.")))
        row = QHBoxLayout()
        self.app = QComboBox()
        self.app.setAccessibleName(self.tr("Which app is it on? (you can skip this)"))
        # As narrow as a short name, so that the plan's cards never widen past the window at 200% text.
        self.app.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.app.setMinimumContentsLength(12)
        self.app.addItem(self.tr("Choose an app (you can skip this)"), "")
        for guide in context.library.guides.working():
            self.app.addItem(guide.name, guide.id)
        self.open_button = action_button(self.tr("Show the guide"), self.tr("Show the guide for the app you chose"))
        self.open_button.setEnabled(False)
        self.app.currentIndexChanged.connect(lambda: self.open_button.setEnabled(bool(self.app.currentData())))
        self.open_button.clicked.connect(self._open)
        row.addWidget(self.app, 1)
        row.addWidget(self.open_button)
        layout.addLayout(row)

    def _open(self) -> None:
        if self.app.currentData():
            self._context.open_guide.emit(str(self.app.currentData()))


class StepCard(QFrame):
    """One numbered step: a tick box with the action, why, an expandable how, its contacts."""

    open_contact = Signal(str)
    open_page = Signal(str)

    def __init__(self, context: AppContext, number: int, step: PlanStep) -> None:
        super().__init__()
        self.step = step
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.done = QCheckBox()
        self.done.setAccessibleName(fill(self.tr("Step %1: %2"), number, step.action))
        self.done.setAccessibleDescription(self.tr("Tick when you have done this step"))
        done_row, self.title = wrapping_choice(self.done, fill(self.tr("%1. %2"), number, step.action))
        self.title.setProperty("role", "stepAction")
        layout.addWidget(done_row)
        if step.why:
            layout.addWidget(paragraph(fill(self.tr("Why: %1"), step.why)))
        self.how_button = action_button(self.tr("How to do it"), fill(self.tr("Show how to do step %1"), number))
        self.how_button.setCheckable(True)
        self.how_box = QWidget()
        how_layout = QVBoxLayout(self.how_box)
        how_layout.setContentsMargins(16, 0, 0, 0)
        for text in step.how_paragraphs:
            how_layout.addWidget(paragraph(text))
        self.how_box.setVisible(False)
        self.how_button.toggled.connect(self.how_box.setVisible)
        if step.how_paragraphs:
            row = QHBoxLayout()
            row.addWidget(self.how_button)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(self.how_box)
        self.guides: GuidePicker | None = None
        if step.kind == "block-report" and context.library.guides.working():
            self.guides = GuidePicker(context)
            layout.addWidget(self.guides)
        if step.contacts:
            lines = ContactLines(context, step.contacts)
            lines.open_contact.connect(self.open_contact)
            layout.addWidget(lines)
        if step.page:
            more = action_button(self.tr("Read more"), fill(self.tr("Read more about step %1"), number))
            more.clicked.connect(lambda: self.open_page.emit(step.page or ""))
            row = QHBoxLayout()
            row.addWidget(more)
            row.addStretch(1)
            layout.addLayout(row)


def plan_paper(
    context: AppContext,
    plan: Plan,
    lead_lines: Sequence[str],
    answers: Sequence[tuple[str, str]] = (),
) -> QTextDocument:
    """The plan as printed: everything the screen shows, each step's "how" unfolded, a box to tick on
    each step, and each step (and each note with its contacts) kept on one page."""
    translate = QCoreApplication.translate

    paper = Paper()
    paper.heading(translate("WizardPage", "My action plan"))
    paper.paragraph(plan.reassurance, bold=True)
    for line in lead_lines:
        paper.paragraph(line, bold=True)

    def contact_lines(contact_ids: tuple[str, ...]) -> None:
        for contact_id in contact_ids:
            if (contact := context.contacts.get(contact_id)) is not None:
                paper.paragraph(contact_line(contact), indent=1)

    for number, step in enumerate(plan.steps, start=1):
        with paper.kept_together():
            paper.tick_line(fill(translate("StepCard", "%1. %2"), number, step.action))
            if step.why:
                paper.paragraph(fill(translate("WizardPage", "Why: %1"), step.why), indent=1)
            for text in step.how_paragraphs:
                paper.paragraph(text, indent=1)
            contact_lines(step.contacts)
            page = context.library.content.pages.get(step.page or "")
            if page is not None and page.ok:
                more = translate("WizardPage", "Read more in this app: Advice, “%1”")
                paper.paragraph(fill(more, page.title), indent=1)
    for note in plan.support:
        with paper.kept_together():
            paper.paragraph(note.text)
            contact_lines(note.contacts)
    if answers:
        paper.heading(translate("WizardPage", "My answers"), 2)
        for question, answer in answers:
            with paper.kept_together():
                paper.paragraph(question)
                paper.paragraph(answer, bold=True, indent=1)
    return paper.document
