"""The wizard through its real widgets: the issue's examples, safety first, Back, printing, privacy."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.kit.printing import write_pdf
from safetyapp.ui.pages.wizard import WizardPage


def wizard(window: MainWindow) -> WizardPage:
    page = window.show_section("wizard")
    assert isinstance(page, WizardPage)
    return page


def click_option(qtbot: QtBot, page: WizardPage, option_id: str) -> None:
    """Choose with the mouse, then press Next, as a user would."""
    QApplication.processEvents()  # let the new question's layout settle before clicking it
    qtbot.mouseClick(page.option_buttons[option_id], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)


def answer(qtbot: QtBot, page: WizardPage, answers: dict[str, str]) -> None:
    for _ in range(20):  # no flow asks this many questions: a loop here is a bug
        if page.plan is not None:
            return
        question = page._question_id
        default = "not-sure" if "not-sure" in page.option_buttons else next(iter(page.option_buttons))
        preselected = next((i for i, b in page.option_buttons.items() if b.isChecked()), default)
        click_option(qtbot, page, answers.get(question, preselected))
    raise AssertionError("the wizard never reached a plan")


def test_a_15_year_old_who_has_already_paid(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = wizard(make_window(Settings(reader="young", first_run=False)))
    assert page.option_buttons["young"] if page._question_id == "who" else True
    answer(
        qtbot,
        page,
        {
            "safety": "no",
            "who": "young",
            "happening": "threatened-to-share",
            "paid": "yes",
            "sent-more": "no",
            "posted": "no",
            "username": "yes",
            "contact": "yes",
        },
    )
    plan = page.plan
    assert plan is not None
    assert plan.step_ids[:8] == (
        "never-pay-more",
        "tell-bank",
        "stop-replying",
        "note-account",
        "tell-adult",
        "report-ceop",
        "remove-images-young",
        "block-report",
    )
    assert "not in trouble" in plan.reassurance.lower() or "sorted" in plan.reassurance.lower()
    assert "childline" in plan.contact_ids
    assert page.step_cards[0].title.text().startswith("1. ")
    assert page.notes_button.isVisible()


def test_a_teacher_told_by_a_pupil(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = wizard(make_window(Settings(reader="staff", first_run=False)))
    answer(qtbot, page, {"safety": "no", "who": "staff", "happening": "told-me"})
    assert page.plan is not None
    assert page.plan.step_ids[:6] == (
        "staff-never-handle-image",
        "staff-tell-dsl",
        "staff-do-not-delete",
        "staff-do-not-ask",
        "staff-tell-no-one-else",
        "staff-reassure",
    )


def test_the_reader_is_preselected_and_keyboard_only_works(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    page = wizard(make_window(Settings(reader="adult", first_run=False)))
    page.option_buttons["no"].setChecked(True)
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    assert page._question_id == "who"
    assert page.option_buttons["adult"].isChecked()  # preselected from "Who are you?"
    assert page.options_box.accessibleName() == page.prompt.text()


def test_danger_shows_999_at_once_then_carries_on(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = wizard(make_window(Settings(reader="young", first_run=False)))
    click_option(qtbot, page, "yes")
    assert page.urgent_box.isVisible()
    texts = " ".join(label.text() for label in page.urgent_box.findChildren(QLabel))
    assert "999" in texts and "0800 1111" in texts and "116 123" in texts
    assert page._question_id == "who"  # the user can carry on
    answer(qtbot, page, {})
    assert page.plan is not None and page.plan.step_ids[0] == "get-help-now"


def test_back_and_start_again(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = wizard(make_window(Settings(reader="parent", first_run=False)))
    click_option(qtbot, page, "no")
    click_option(qtbot, page, "parent")
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page._question_id == "who" and page.option_buttons["parent"].isChecked()
    answer(qtbot, page, {"happening": "scam-email", "region": "scotland"})
    assert page.plan is not None and "scam-report-scotland" in page.plan.step_ids
    qtbot.mouseClick(page.plan_restart_button, Qt.MouseButton.LeftButton)
    assert page.plan is None and page._question_id == "safety" and not page.session.answers


def test_quick_exit_forgets_the_answers(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    page = wizard(window)
    answer(qtbot, page, {"safety": "no"})
    window.quick_exit.trigger()
    assert not page.session.answers and page.plan is None


@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext (installed by scripts/test.sh)"
)
def test_printed_plan_leaves_answers_out_unless_asked(
    make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    page = wizard(make_window(Settings(reader="adult", first_run=False)))
    answer(qtbot, page, {"safety": "no", "who": "adult", "happening": "scam-email", "region": "england"})
    assert page.plan is not None

    def pdf_text() -> str:
        target = tmp_path / "plan.pdf"
        write_pdf(page.plan_document(), target, "plan")
        return " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())

    without = pdf_text()
    assert "My action plan" in without and "0300 123 2040" in without
    assert "My answers" not in without
    page.include_answers.setChecked(True)
    assert "My answers" in pdf_text()
