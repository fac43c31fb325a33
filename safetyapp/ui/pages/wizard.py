"""What to do now: a few plain questions, then a personal, printable action plan.

The answers live only in the WizardSession in memory; nothing about them is written anywhere
unless the user prints or saves the plan. Quick exit and "Start again" forget them.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safetyapp.core.content import SOURCE_LANGUAGE
from safetyapp.core.readers import STAFF
from safetyapp.core.wizard.engine import Plan, PlanStep, WizardSession
from safetyapp.core.wizard.model import KEEP_EVIDENCE_KIND, READER_QUESTION
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.app.sections import SectionPage
from safetyapp.ui.kit.contact_text import contact_details
from safetyapp.ui.kit.organisation import safeguarding_lead_lines
from safetyapp.ui.kit.printing import print_document, save_pdf_dialog
from safetyapp.ui.kit.text import fill, right_to_left_first, set_reading_direction
from safetyapp.ui.kit.widgets import action_button, clear_layout, heading, paragraph, wrapping_choice


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
            text = paragraph(f"{contact.name}: " + " · ".join(contact_details(contact)))
            button = action_button(self.tr("Details"), fill(self.tr("Details and copy buttons for %1"), contact.name))
            button.clicked.connect(lambda _=False, c=contact_id: self.open_contact.emit(c))
            row.addWidget(text, 1)
            row.addWidget(button)
            layout.addLayout(row)


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


class WizardPage(SectionPage):
    open_contact = Signal(str)
    open_page = Signal(str)
    write_notes = Signal()

    def __init__(self, context: AppContext, *, notes_available: bool = False) -> None:
        super().__init__()
        self._context = context
        self._notes_available = notes_available
        self.flow = context.library.flow
        self.session = self._new_session()
        self.plan: Plan | None = None
        self.step_cards: list[StepCard] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 8)
        outer.addWidget(heading(self.tr("What to do now")))
        self.urgent_box = QFrame()
        self.urgent_box.setObjectName("urgent")
        self.urgent_box.setProperty("role", "card")
        self._urgent_layout = QVBoxLayout(self.urgent_box)
        self.urgent_box.hide()
        outer.addWidget(self.urgent_box)
        self.views = QStackedWidget()
        outer.addWidget(self.views, 1)
        self.views.addWidget(self._question_view())
        self.views.addWidget(self._plan_view())
        language = context.library.language_info
        if language.code != SOURCE_LANGUAGE and len(self.flow.translated) < len(self.flow.strings):
            outer.addWidget(
                paragraph(
                    self.tr("Some of these questions are not translated yet, so they are shown in English."), small=True
                )
            )
        elif language.is_draft:
            outer.addWidget(
                paragraph(self.tr("This translation is a draft: a native speaker has not checked it yet."), small=True)
            )
        self.show_question()

    # questions ----------------------------------------------------------------------------------
    def _new_session(self) -> WizardSession:
        reader = self._context.settings.reader
        return WizardSession(self.flow, {READER_QUESTION: reader} if reader else None)

    def _question_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = paragraph("", small=True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Progress"))
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        self.prompt = heading("", 2)
        self.help = paragraph("")
        self.options_box = QGroupBox()
        self._options_layout = QVBoxLayout(self.options_box)
        self.options = QButtonGroup(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.help)
        layout.addWidget(self.options_box)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.back_button = action_button(self.tr("Back"))
        self.next_button = action_button(self.tr("Next"))
        self.next_button.setDefault(True)
        self.restart_button = action_button(self.tr("Start again"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.restart_button.clicked.connect(self.start_again)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restart_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        return view

    def show_question(self) -> None:
        question = self.session.current_question()
        if question is None:
            self.show_plan()
            return
        self.views.setCurrentIndex(0)
        answered, total = self.session.progress()
        self.progress_label.setText(fill(self.tr("Question %1 of about %2"), answered + 1, total))
        self.progress_label.setAccessibleName(self.progress_label.text())
        self.progress.setRange(0, total)
        self.progress.setValue(answered)
        self.prompt.setText(right_to_left_first(question.prompt))
        self.prompt.setAccessibleName(question.prompt)
        self.help.setText(right_to_left_first(question.help))
        self.help.setVisible(bool(question.help))
        self.options_box.setAccessibleName(question.prompt)
        self.options_box.setTitle("")
        for button in self.options.buttons():
            self.options.removeButton(button)
        clear_layout(self._options_layout)
        self.option_buttons: dict[str, QRadioButton] = {}
        for choice in question.choices:
            radio = QRadioButton()
            radio.setAccessibleName(choice.label)
            row, _label = wrapping_choice(radio, choice.label)
            radio.setChecked(choice.id == question.selected)
            radio.toggled.connect(self._update_next)
            self.options.addButton(radio)
            self._options_layout.addWidget(row)
            self.option_buttons[choice.id] = radio
        self._question_id = question.id
        self.back_button.setEnabled(self.session.can_go_back())
        self._update_next()
        self._show_urgent()
        first = next((b for b in self.option_buttons.values() if b.isChecked()), None)
        (first or next(iter(self.option_buttons.values()))).setFocus()

    def restore(self, answers: Mapping[str, str]) -> None:
        """Give the same answers again, in order (after a change of language), and show where they lead."""
        for question_id, option_id in answers.items():
            current = self.session.current_question()
            if current is not None and current.id == question_id:
                self.session.answer(question_id, option_id)
        self.show_question()

    def _update_next(self) -> None:
        self.next_button.setEnabled(any(b.isChecked() for b in self.option_buttons.values()))

    def choose(self, option_id: str) -> None:
        """Pick an option and go on, as a click on it and on Next would."""
        self.option_buttons[option_id].setChecked(True)
        self.go_next()

    def go_next(self) -> None:
        chosen = next((i for i, b in self.option_buttons.items() if b.isChecked()), None)
        if chosen is None:
            return
        self.session.answer(self._question_id, chosen)
        self.show_question()

    def go_back(self) -> None:
        if self.views.currentIndex() == 1:
            self._clear_plan()
        self.session.back()
        self.show_question()

    def _show_urgent(self) -> None:
        notice = self.session.urgent_notice()
        clear_layout(self._urgent_layout)
        if notice is None:
            self.urgent_box.hide()
            return
        title = heading(notice.title, 2)
        self._urgent_layout.addWidget(title)
        self._urgent_layout.addWidget(paragraph(notice.text))
        lines = ContactLines(self._context, notice.contacts)
        lines.open_contact.connect(self.open_contact)
        self._urgent_layout.addWidget(lines)
        self.urgent_box.setAccessibleName(notice.title)
        self.urgent_box.show()

    # the plan -----------------------------------------------------------------------------------
    def _plan_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the steps, which scroll into view
        scroll.setAccessibleName(self.tr("Your plan"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        self._plan_layout = QVBoxLayout(holder)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.include_answers = QCheckBox(self.tr("Include my answers when printing"))
        self.include_answers.setAccessibleName(self.include_answers.text())
        layout.addWidget(self.include_answers)
        buttons = QHBoxLayout()
        self.plan_back_button = action_button(self.tr("Back"))
        self.plan_back_button.clicked.connect(self.go_back)
        self.notes_button = action_button(self.tr("Write down the account details now"))
        self.notes_button.clicked.connect(self.write_notes)
        self.notes_button.setVisible(False)
        self.print_button = action_button(self.tr("Print…"), self.tr("Print the plan"))
        self.pdf_button = action_button(self.tr("Save as PDF…"), self.tr("Save the plan as a PDF"))
        self.print_button.clicked.connect(lambda: print_document(self, self.plan_document()))
        self.pdf_button.clicked.connect(
            lambda: save_pdf_dialog(self, self.plan_document(), self.tr("My action plan"), "action-plan")
        )
        self.plan_restart_button = action_button(self.tr("Start again"))
        self.plan_restart_button.clicked.connect(self.start_again)
        # In rows, so that at 200% text the buttons still fit a small screen.
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes_button)
        notes_row.addStretch(1)
        layout.addLayout(notes_row)
        output = QHBoxLayout()
        output.addStretch(1)
        output.addWidget(self.print_button)
        output.addWidget(self.pdf_button)
        buttons.addWidget(self.plan_back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.plan_restart_button)
        layout.addLayout(output)
        layout.addLayout(buttons)
        return view

    def show_plan(self) -> None:
        self._clear_plan()
        plan = self.session.plan()
        self.plan = plan
        self.urgent_box.hide()  # the urgent step opens the plan itself
        intro = heading(self.tr("Your plan"), 2)
        self._plan_layout.addWidget(intro)
        reassurance = paragraph(plan.reassurance)
        reassurance.setProperty("role", "reassurance")
        self._plan_layout.addWidget(reassurance)
        for line in self._lead_lines():
            self._plan_layout.addWidget(paragraph(line))
        for number, step in enumerate(plan.steps, start=1):
            card = StepCard(self._context, number, step)
            card.open_contact.connect(self.open_contact)
            card.open_page.connect(self.open_page)
            self.step_cards.append(card)
            self._plan_layout.addWidget(card)
        for note in plan.support:
            self._plan_layout.addWidget(paragraph(note.text))
            if note.contacts:
                lines = ContactLines(self._context, note.contacts)
                lines.open_contact.connect(self.open_contact)
                self._plan_layout.addWidget(lines)
        self._plan_layout.addStretch(1)
        self.notes_button.setVisible(self._notes_available and KEEP_EVIDENCE_KIND in plan.kinds)
        self.views.setCurrentIndex(1)
        if self.step_cards:
            self.step_cards[0].done.setFocus()

    def _clear_plan(self) -> None:
        clear_layout(self._plan_layout)
        self.step_cards = []
        self.plan = None

    def start_again(self) -> None:
        """Forget every answer and the plan, and go back to the first question."""
        self._clear_plan()
        self.include_answers.setChecked(False)
        self.session = self._new_session()
        self.show_question()

    def print_current(self) -> None:
        if self.print_button.isVisible() and self.print_button.isEnabled():
            self.print_button.click()

    def forget_for_quick_exit(self) -> None:
        """Drop the answers and everything shown from them."""
        self._clear_plan()
        self.session.reset()

    def _lead_lines(self) -> list[str]:
        """In a plan for staff, who this organisation's DSL is and how to reach them (if IT has set it)."""
        return safeguarding_lead_lines(self._context.policy) if self.session.reader == STAFF else []

    def plan_document(self) -> QTextDocument:
        """The plan as a printable document; the answers only if the user asked for them."""
        plan = self.plan
        document = QTextDocument()
        set_reading_direction(document)
        if plan is None:
            return document
        parts = [f"<h1>{html.escape(self.tr('My action plan'))}</h1>", f"<p><b>{html.escape(plan.reassurance)}</b></p>"]
        parts.extend(f"<p><b>{html.escape(line)}</b></p>" for line in self._lead_lines())
        parts.append("<ol>")
        for step in plan.steps:
            parts.append(f"<li><p><b>{html.escape(step.action)}</b></p>")
            if step.why:
                parts.append(f"<p>{html.escape(fill(self.tr('Why: %1'), step.why))}</p>")
            parts.extend(f"<p>{html.escape(text)}</p>" for text in step.how_paragraphs)
            for contact_id in step.contacts:
                contact = self._context.contacts.get(contact_id)
                if contact is not None:
                    details = " · ".join(contact_details(contact))
                    parts.append(f"<p>{html.escape(contact.name)}: {html.escape(details)}</p>")
            parts.append("</li>")
        parts.append("</ol>")
        for note in plan.support:
            parts.append(f"<p>{html.escape(note.text)}</p>")
        if self.include_answers.isChecked():
            parts.append(f"<h2>{html.escape(self.tr('My answers'))}</h2><ul>")
            parts.extend(
                f"<li>{html.escape(question)} <b>{html.escape(answer)}</b></li>"
                for question, answer in self.session.answers_summary()
            )
            parts.append("</ul>")
        document.setHtml("".join(parts))
        return document
