"""What to do now: one plain question per screen, then a personal, printable action plan.

After GOV.UK's question pages: Back at the top, the question as the heading, large answers, Continue
right under them, and "Start again" at the top, away from Continue, asking before it forgets anything.
A double-click on Continue never acts on the next screen (see `DoubleClickGuard`).

The answers live only in the WizardSession in memory; nothing about them is written anywhere
unless the user prints or saves the plan. Quick exit and "Start again" forget them. The reader chosen
on the welcome screen or in Settings is given to the session, so "Who are you?" is not asked again:
a line says whom the plan is for, with Change.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safetyapp.core.content import SOURCE_LANGUAGE
from safetyapp.core.readers import STAFF
from safetyapp.core.wizard.engine import Plan, WizardSession
from safetyapp.core.wizard.model import KEEP_EVIDENCE_KIND, READER_QUESTION
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.app.sections import SectionPage
from safetyapp.ui.kit.organisation import safeguarding_lead_lines
from safetyapp.ui.kit.printing import print_document, save_pdf_dialog
from safetyapp.ui.kit.reader_names import reader_name
from safetyapp.ui.kit.text import fill, right_to_left_first
from safetyapp.ui.kit.widgets import action_button, clear_layout, heading, paragraph
from safetyapp.ui.pages.wizard_answers import AnswerList, DoubleClickGuard
from safetyapp.ui.pages.wizard_plan import ContactLines, StepCard, plan_paper

QUESTION, NOTICE, PLAN = range(3)
"""The screens of the wizard, in `views`."""


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
        self._notice_due = False
        self._changing_reader = False
        self._guard = DoubleClickGuard(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 8)
        outer.setSpacing(8)
        outer.addLayout(self._top_bar())
        outer.addWidget(self._confirm_box())
        outer.addWidget(heading(self.tr("What to do now"), 2))  # the question below is the main heading
        outer.addLayout(self._reader_row())
        self.views = QStackedWidget()
        outer.addWidget(self.views, 1)
        self.views.addWidget(self._question_view())
        self.views.addWidget(self._notice_view())
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
        context.settings_changed.connect(self._settings_changed)
        self.show_question()

    # the parts of every screen ---------------------------------------------------------------------
    def _top_bar(self) -> QHBoxLayout:
        """Back at the top, where GOV.UK puts it; Start again at the other end, far from Continue."""
        bar = QHBoxLayout()
        self.back_button = action_button(self.tr("Back"))
        self.back_button.clicked.connect(self.go_back)
        self.restart_button = action_button(self.tr("Start again"))
        self.restart_button.clicked.connect(self.ask_to_start_again)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.restart_button)
        return bar

    def _confirm_box(self) -> QFrame:
        self.confirm_box = QFrame()
        self.confirm_box.setProperty("role", "card")
        layout = QVBoxLayout(self.confirm_box)
        question = paragraph(self.tr("Start again? Your answers and your plan will be forgotten."))
        self.confirm_box.setAccessibleName(question.text())
        layout.addWidget(question)
        row = QHBoxLayout()
        self.keep_button = action_button(self.tr("No, keep my answers"))
        self.keep_button.clicked.connect(self._keep_answers)
        self.forget_button = action_button(self.tr("Yes, start again"))
        self.forget_button.clicked.connect(self.start_again)
        row.addWidget(self.keep_button)
        row.addStretch(1)
        row.addWidget(self.forget_button)
        layout.addLayout(row)
        self.confirm_box.hide()
        return self.confirm_box

    def _reader_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.reader_line = paragraph("")
        self.change_reader_button = action_button(self.tr("Change"), self.tr("Change whom the plan is for"))
        self.change_reader_button.clicked.connect(self.change_reader)
        row.addWidget(self.reader_line, 1)
        row.addWidget(self.change_reader_button)
        return row

    def _new_session(self) -> WizardSession:
        reader = self._context.settings.reader
        return WizardSession(self.flow, given={READER_QUESTION: reader} if reader else None)

    def _settings_changed(self) -> None:
        """A reader chosen in Settings applies to a run not yet begun; answers already given are kept."""
        reader = self._context.settings.reader
        if self.session.given.get(READER_QUESTION) != reader and not self.session.can_go_back():
            self.session = self._new_session()
            self.show_question(focus=self.isVisible())

    def _screen_shown(self, view: int, focus: QWidget | None) -> None:
        """A new screen: it opens at its top, and the rest of a double-click on the last one is ignored."""
        self._hide_confirm()
        self.views.setCurrentIndex(view)
        self.back_button.setEnabled(self.session.can_go_back() or self._changing_reader)
        self.restart_button.setVisible(self.session.can_go_back())
        reader = None if self._changing_reader else self.session.given.get(READER_QUESTION)
        self.reader_line.setText(fill(self.tr("Showing the plan for: %1"), reader_name(self.session.reader)))
        self.reader_line.setAccessibleName(self.reader_line.text())
        for widget in (self.reader_line, self.change_reader_button):
            widget.setVisible(reader is not None)
        self._guard.arm()
        self.plan_area.verticalScrollBar().setValue(0)
        parent = self.parentWidget()
        while parent is not None:  # the window's own scroll area, at large text sizes
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(self.back_button, 0, 0)
            parent = parent.parentWidget()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_choice(self) -> QWidget | None:
        """The chosen answer or the first one, not Back or Change above them; the notice's Continue; the
        plan's first step."""
        if self.current_screen == QUESTION and self.answers.rows:
            chosen = self.answers.chosen()
            return self.answers.rows[chosen or next(iter(self.answers.rows))].button
        if self.current_screen == NOTICE:
            return self.notice_next_button
        return self.step_cards[0].done if self.step_cards else None

    @property
    def current_screen(self) -> int:
        """Which screen is shown: QUESTION, NOTICE or PLAN."""
        return self.views.currentIndex()

    # questions ----------------------------------------------------------------------------------
    def _question_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = paragraph("", small=True)  # words, not a bar: "about", as answers change it
        layout.addWidget(self.progress_label)
        self.prompt = heading("", 2)
        self.help = paragraph("")
        self.answers = AnswerList()
        self.answers.changed.connect(self._update_next)
        self.answers.submitted.connect(self.go_next)
        layout.addWidget(self.prompt)
        layout.addWidget(self.help)
        layout.addWidget(self.answers)
        row = QHBoxLayout()
        self.next_button = action_button(self.tr("Continue"))
        self.next_button.clicked.connect(self.go_next)
        row.addWidget(self.next_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return view

    @property
    def option_buttons(self) -> dict[str, QRadioButton]:
        """The current question's answers, by option id, in the order shown."""
        return self.answers.buttons

    @property
    def question_id(self) -> str | None:
        """The question on screen, or None on the other screens."""
        return self._question_id if self.current_screen == QUESTION else None

    def show_question(self, *, focus: bool = True) -> None:
        if self._notice_due:
            self._show_notice()
            return
        if self._changing_reader:
            question = self.session.given_question(READER_QUESTION)
        elif (current := self.session.current_question()) is not None:
            question = current
        else:
            self.show_plan()
            return
        answered, total = self.session.progress()
        self.progress_label.setText(fill(self.tr("Question %1 of about %2"), answered + 1, total))
        self.progress_label.setAccessibleName(self.progress_label.text())
        self.progress_label.setVisible(not self._changing_reader)
        self.prompt.setText(right_to_left_first(question.prompt))
        self.prompt.setAccessibleName(question.prompt)
        self.help.setText(right_to_left_first(question.help))
        self.help.setVisible(bool(question.help))
        self.answers.setAccessibleName(question.prompt)
        self.answers.show_choices(question.choices, question.selected)
        self._question_id = question.id
        self._update_next()
        self._screen_shown(QUESTION, None)
        if focus:
            self.answers.focus_first()

    def restore(self, answers: Mapping[str, str]) -> None:
        """Give the same answers again (after a change of language), and show where they lead."""
        given = self.session.given.get(READER_QUESTION)
        if given is not None and answers.get(READER_QUESTION, given) != given:
            self.session.change_given(READER_QUESTION, answers[READER_QUESTION])  # changed for this plan
        for _ in self.flow.questions:
            current = self.session.current_question()
            if current is None or current.id not in answers:
                break
            self.session.answer(current.id, answers[current.id])
        self.show_question()

    def _update_next(self) -> None:
        self.next_button.setEnabled(self.answers.chosen() is not None)

    def choose(self, option_id: str) -> None:
        """Pick an option and go on, as a click on it and on Continue would."""
        self.option_buttons[option_id].setChecked(True)
        self.go_next()

    def go_next(self) -> None:
        chosen = self.answers.chosen()
        if chosen is None or self.current_screen != QUESTION:
            return
        if self._changing_reader:
            self._changing_reader = False
            self.session.change_given(READER_QUESTION, chosen)
            self.show_question()
            return
        was_urgent = self.session.urgent()
        self.session.answer(self._question_id, chosen)
        self._notice_due = self.session.urgent() and not was_urgent
        self.show_question()

    def go_back(self) -> None:
        if self._changing_reader:  # back to where Change was pressed
            self._changing_reader = False
            self.show_question()
            return
        if self.current_screen == PLAN:
            self._clear_plan()
        self._notice_due = False
        self.session.back()
        self.show_question()

    def change_reader(self) -> None:
        """Ask "Who are you?" for this plan (the setting stays as it is), then carry on from here."""
        self._clear_plan()
        self._notice_due = False
        self._changing_reader = True
        self.show_question()

    # help at once, when someone may be in danger ------------------------------------------------
    def _notice_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        self.urgent_box = QFrame()
        self.urgent_box.setObjectName("urgent")
        self.urgent_box.setProperty("role", "card")
        self._urgent_layout = QVBoxLayout(self.urgent_box)
        layout.addWidget(self.urgent_box)
        row = QHBoxLayout()
        self.notice_next_button = action_button(self.tr("Continue"))
        self.notice_next_button.clicked.connect(self._notice_read)
        row.addWidget(self.notice_next_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return view

    def _show_notice(self) -> None:
        notice = self.session.urgent_notice()
        clear_layout(self._urgent_layout)
        if notice is None:
            self._notice_read()
            return
        self._urgent_layout.addWidget(heading(notice.title, 2))
        self._urgent_layout.addWidget(paragraph(notice.text))
        lines = ContactLines(self._context, notice.contacts)
        lines.open_contact.connect(self.open_contact)
        self._urgent_layout.addWidget(lines)
        self.urgent_box.setAccessibleName(notice.title)
        self._screen_shown(NOTICE, self.notice_next_button)

    def _notice_read(self) -> None:
        if self.current_screen == NOTICE or self._notice_due:
            self._notice_due = False
            self.show_question()

    # the plan -----------------------------------------------------------------------------------
    def _plan_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plan_area = QScrollArea()
        self.plan_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the steps, which scroll into view
        self.plan_area.setAccessibleName(self.tr("Your plan"))
        self.plan_area.setWidgetResizable(True)
        self.plan_area.setFrameShape(QFrame.Shape.NoFrame)
        self.plan_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        self._plan_layout = QVBoxLayout(holder)
        self.plan_area.setWidget(holder)
        layout.addWidget(self.plan_area, 1)
        self.include_answers = QCheckBox(self.tr("Include my answers when printing"))
        self.include_answers.setAccessibleName(self.include_answers.text())
        layout.addWidget(self.include_answers)
        self.notes_button = action_button(self.tr("Write down the account details now"))
        self.notes_button.clicked.connect(self.write_notes)
        self.notes_button.setVisible(False)
        self.print_button = action_button(self.tr("Print…"), self.tr("Print the plan"))
        self.pdf_button = action_button(self.tr("Save as PDF…"), self.tr("Save the plan as a PDF"))
        self.print_button.clicked.connect(lambda: print_document(self, self.plan_document()))
        self.pdf_button.clicked.connect(
            lambda: save_pdf_dialog(self, self.plan_document(), self.tr("My action plan"), "action-plan")
        )
        # In rows, so that at 200% text the buttons still fit a small screen.
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes_button)
        notes_row.addStretch(1)
        layout.addLayout(notes_row)
        output = QHBoxLayout()
        output.addWidget(self.print_button)
        output.addWidget(self.pdf_button)
        output.addStretch(1)
        layout.addLayout(output)
        return view

    def show_plan(self) -> None:
        self._clear_plan()
        plan = self.session.plan()
        self.plan = plan
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
        self._screen_shown(PLAN, self.step_cards[0].done if self.step_cards else None)

    def _clear_plan(self) -> None:
        clear_layout(self._plan_layout)
        self.step_cards = []
        self.plan = None

    # starting again -----------------------------------------------------------------------------
    def ask_to_start_again(self) -> None:
        """Start again forgets the answers and the plan: ask first (nothing is forgotten until Yes)."""
        self.confirm_box.show()
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep_answers(self) -> None:
        self._hide_confirm()
        self.restart_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _hide_confirm(self) -> None:
        self.confirm_box.hide()

    def start_again(self) -> None:
        """Forget every answer and the plan, and go back to the first question."""
        self._clear_plan()
        self._notice_due = self._changing_reader = False
        self.include_answers.setChecked(False)
        self.session = self._new_session()
        self.show_question()

    def print_current(self) -> None:
        if self.current_screen == PLAN and self.print_button.isEnabled():
            self.print_button.click()

    def forget_for_quick_exit(self) -> None:
        """Drop the answers and everything shown from them."""
        self._clear_plan()
        self._notice_due = self._changing_reader = False
        self.session.reset()

    def _lead_lines(self) -> list[str]:
        """In a plan for staff, who this organisation's DSL is and how to reach them (if IT has set it)."""
        return safeguarding_lead_lines(self._context.policy) if self.session.reader == STAFF else []

    def plan_document(self) -> QTextDocument:
        """The plan as printed or saved; the answers only if the user asked for them."""
        if self.plan is None:
            return QTextDocument()
        answers = self.session.answers_summary() if self.include_answers.isChecked() else []
        return plan_paper(self._context, self.plan, self._lead_lines(), answers)
