"""Going through the wizard as a person does: open it, then click an answer and Continue until the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.pages.wizard import NOTICE, WizardPage

TYPICAL_ANSWERS = {
    "safety": "no",
    "happening": "threatened-to-share",
    "paid": "no",
    "sent-more": "no",
    "posted": "no",
    "username": "yes",
    "contact": "yes",
}
"""Someone being threatened who has not paid, knows the username and is still in contact: the commonest way
through the wizard (any question not here: its first answer)."""


def wizard(window: MainWindow) -> WizardPage:
    """Open What to do now."""
    window.show_section("wizard")
    return window.wizard_page()


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A click in the middle of a widget, as a user would (QTest spaces separate clicks further apart
    than a double-click)."""
    QApplication.processEvents()  # let the new screen's layout settle before clicking it
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_option(qtbot: QtBot, page: WizardPage, option_id: str) -> None:
    """Choose with the mouse, then press Continue, as a user would."""
    click(qtbot, page.option_buttons[option_id])
    click(qtbot, page.next_button)


def answer(qtbot: QtBot, page: WizardPage, answers: dict[str, str]) -> None:
    """Answer each question as `answers` says (else what is already chosen, or "not sure", or the first
    answer), through any notice, until the plan is shown."""
    for _ in range(20):  # no flow asks this many questions: a loop here is a bug
        if page.plan is not None:
            return
        if page.current_screen == NOTICE:
            click(qtbot, page.notice_next_button)
            continue
        question = page.question_id
        assert question is not None
        default = "not-sure" if "not-sure" in page.option_buttons else next(iter(page.option_buttons))
        preselected = next((i for i, b in page.option_buttons.items() if b.isChecked()), default)
        click_option(qtbot, page, answers.get(question, preselected))
    raise AssertionError("the wizard never reached a plan")
