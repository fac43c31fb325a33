"""The wizard through its real widgets: the issue's examples, safety first, Back, printing, privacy."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from safetyapp.core.readers import Reader
from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.kit.printing import write_pdf
from safetyapp.ui.pages.wizard import NOTICE, WizardPage
from tests.helpers.wizard import answer, click, click_option, wizard

SMALL_SCREEN_WINDOW_HEIGHT = 600 - 40 - 30
"""A 1024x600 screen, less a 40 px taskbar and a 30 px title bar."""


def asked_questions(qtbot: QtBot, page: WizardPage, answers: dict[str, str]) -> list[str]:
    asked: list[str] = []
    for _ in range(20):
        if page.plan is not None:
            return asked
        assert page.question_id is not None
        asked.append(page.question_id)
        answer_one = {page.question_id: answers.get(page.question_id, next(iter(page.option_buttons)))}
        click_option(qtbot, page, answer_one[page.question_id])
    raise AssertionError("the wizard never reached a plan")


def test_a_15_year_old_who_has_already_paid(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = wizard(make_window(Settings(reader="young", first_run=False)))
    answer(
        qtbot,
        page,
        {
            "safety": "no",
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
    answer(qtbot, page, {"safety": "no", "happening": "told-me", "region": "england"})
    assert page.plan is not None
    assert page.plan.step_ids[:6] == (
        "staff-never-handle-image",
        "staff-tell-dsl",
        "staff-do-not-delete",
        "staff-do-not-ask",
        "staff-tell-no-one-else",
        "staff-reassure",
    )


def test_a_teacher_in_scotland_is_sent_to_the_child_protection_coordinator(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    page = wizard(make_window(Settings(reader="staff", first_run=False)))
    answer(qtbot, page, {"safety": "no", "happening": "told-me", "region": "scotland"})
    assert page.plan is not None
    titles = [card.title.text() for card in page.step_cards]
    assert titles[1] == "2. Tell your child protection coordinator now"
    assert not [t for t in titles if "Designated Safeguarding Lead" in t]


def test_who_you_are_is_not_asked_again_but_can_be_changed(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    page = wizard(make_window(Settings(reader="parent", first_run=False)))
    assert page.reader_line.isVisible() and page.reader_line.text() == "Showing the plan for: A parent or carer"
    assert "who" not in asked_questions(qtbot, page, {"safety": "no", "happening": "scam-email"})
    assert page.plan is not None and page.plan.reader == "parent"
    click(qtbot, page.change_reader_button)
    assert page.question_id == "who" and page.option_buttons["parent"].isChecked()
    assert not page.reader_line.isVisible()
    click_option(qtbot, page, "young")
    assert page.question_id == "happening" and page.option_buttons["scam-email"].isChecked()
    answer(qtbot, page, {})
    assert page.plan is not None and page.plan.reader == "young"
    assert page.reader_line.text() == "Showing the plan for: A young person"


def test_a_reader_changed_for_the_plan_survives_a_change_of_language(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(Settings(reader="parent", first_run=False))
    page = wizard(window)
    click(qtbot, page.change_reader_button)
    click_option(qtbot, page, "adult")
    answer(qtbot, page, {"safety": "no", "happening": "scam-email", "region": "wales"})
    assert page.plan is not None and page.plan.reader == "adult"
    window.context.update_settings(window.context.settings.with_(language="cy"))
    rebuilt = wizard(window)
    assert rebuilt is not page and rebuilt.plan is not None and rebuilt.plan.reader == "adult"


def test_a_reader_chosen_in_settings_applies_to_a_run_not_yet_begun(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    page = wizard(window)
    window.context.update_settings(window.context.settings.with_(reader="staff"))
    assert page.session.reader == "staff" and "Someone who works with young people" in page.reader_line.text()
    click_option(qtbot, page, "no")
    window.context.update_settings(window.context.settings.with_(reader="adult"))
    assert page.session.reader == "staff" and page.question_id == "happening"  # answers given are kept


def test_without_a_reader_the_wizard_asks_who_you_are(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = wizard(make_window(Settings(reader=None, first_run=False)))
    assert not page.reader_line.isVisible()
    assert asked_questions(qtbot, page, {"safety": "no", "who": "adult", "happening": "scam-email"})[:2] == [
        "safety",
        "who",
    ]


def test_arrow_keys_move_the_choice_and_enter_continues(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = wizard(make_window(Settings(reader="adult", first_run=False)))
    QApplication.processEvents()
    page.answers.focus_first()  # (where the keyboard starts on a page is the window's business)
    first = page.option_buttons["yes"]
    assert first.hasFocus() and page.answers.chosen() is None
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert page.answers.chosen() == "no" and page.option_buttons["no"].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert page.answers.chosen() == "no"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.question_id == "happening"
    assert page.answers.accessibleName() == page.prompt.accessibleName()


def test_enter_on_an_answer_not_yet_chosen_chooses_it_and_goes_on(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """One key per answer: the keyboard arrives on the first answer, and Enter takes it."""
    page = wizard(make_window(Settings(reader="young", first_run=False)))
    QApplication.processEvents()
    page.answers.focus_first()
    qtbot.keyClick(page.option_buttons["no"], Qt.Key.Key_Return)
    assert page.session.answers.get("safety") == "no"
    assert page.question_id == "happening"


def test_a_click_anywhere_on_an_answer_chooses_it(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = wizard(make_window(Settings(reader="young", first_run=False)))
    QApplication.processEvents()
    row = page.answers.rows["no"]
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(row.width() - 4, row.height() // 2))
    assert page.answers.chosen() == "no"
    label = page.answers.rows["yes"].label
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert page.answers.chosen() == "yes"
    assert row.height() >= 32 and row.width() > 10 * row.button.width()  # a large target, not a small circle


def double_click(widget: QWidget, stamp: int) -> None:
    """Two clicks 150 ms apart (event time), the window repainting in between: the second lands on
    whatever is under the pointer by then, as on a real screen."""
    window = widget.window()
    where = widget.mapTo(window, widget.rect().center())
    for time in (stamp, stamp + 150):
        QApplication.processEvents()
        target = window.childAt(where)
        assert target is not None
        local = QPointF(target.mapFrom(window, where))
        for kind, buttons in (
            (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
            (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        ):
            event = QMouseEvent(
                kind,
                local,
                QPointF(window.mapToGlobal(where)),
                Qt.MouseButton.LeftButton,
                buttons,
                Qt.KeyboardModifier.NoModifier,
            )
            event.setTimestamp(time)
            QApplication.sendEvent(target, event)
    QApplication.processEvents()


def test_a_double_click_on_continue_never_acts_on_the_next_screen(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    page = wizard(make_window(Settings(reader="young", first_run=False)))
    click(qtbot, page.option_buttons["no"])
    where = page.next_button.mapTo(page.window(), page.next_button.rect().center())
    double_click(page.next_button, 10_000_000)
    assert page.question_id == "happening"
    QApplication.processEvents()
    under = page.window().childAt(where)
    assert under is not None
    assert any(row.isAncestorOf(under) or row is under for row in page.answers.rows.values())  # an answer is there
    assert page.answers.chosen() is None  # but the second click did not choose it
    click(qtbot, page.option_buttons["scam-email"])  # a click after a double-click's time acts
    assert page.answers.chosen() == "scam-email"
    # The last question: a double-click shows the plan and leaves it alone.
    answer(qtbot, page, {"region": "england"})
    click(qtbot, page.back_button)
    last, chosen = page.question_id, page.answers.chosen()
    double_click(page.next_button, 20_000_000)
    assert page.plan is not None and last is not None and page.session.answers.get(last) == chosen
    assert not page.confirm_box.isVisible() and not any(card.done.isChecked() for card in page.step_cards)


def test_back_at_the_top_and_start_again_asks_first(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = wizard(make_window(Settings(reader="parent", first_run=False)))
    assert not page.back_button.isEnabled() and not page.restart_button.isVisible()  # nothing to forget
    click_option(qtbot, page, "no")
    click(qtbot, page.back_button)
    assert page.question_id == "safety" and page.option_buttons["no"].isChecked()
    answer(qtbot, page, {"happening": "scam-email", "region": "scotland"})
    assert page.plan is not None and "scam-report-scotland" in page.plan.step_ids
    # Back and Start again are above the plan; Start again is far from where Continue was.
    top = page.restart_button.mapTo(page, QPoint(0, 0)).y()
    assert top < page.step_cards[0].mapTo(page, QPoint(0, 0)).y()
    assert top < page.next_button.mapTo(page, QPoint(0, 0)).y()
    click(qtbot, page.restart_button)
    assert page.confirm_box.isVisible() and page.plan is not None and page.session.answers.get("safety") == "no"
    click(qtbot, page.keep_button)
    assert not page.confirm_box.isVisible() and page.plan is not None
    click(qtbot, page.restart_button)
    click(qtbot, page.forget_button)
    assert page.plan is None and page.question_id == "safety" and dict(page.session.answers) == {"who": "parent"}


def test_danger_shows_help_at_once_then_carries_on(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = wizard(make_window(Settings(reader="young", first_run=False)))
    click_option(qtbot, page, "yes")
    assert page.current_screen == NOTICE and page.urgent_box.isVisible()
    texts = " ".join(label.text() for label in page.urgent_box.findChildren(QLabel))
    assert "999" in texts and "0800 1111" in texts and "116 123" in texts
    click(qtbot, page.notice_next_button)
    assert page.question_id == "happening"  # the user can carry on
    answer(qtbot, page, {})
    assert page.plan is not None and page.plan.step_ids[0] == "get-help-now"


def test_a_new_plan_opens_at_its_top(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = wizard(make_window(Settings(reader="young", first_run=False)))
    window = page.window()
    window.resize(1024, 560)
    answer(qtbot, page, {"safety": "no", "happening": "threatened-to-share", "paid": "yes"})
    bar = page.plan_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # read to the end of the first plan
    click(qtbot, page.change_reader_button)  # then a plan for someone else
    click_option(qtbot, page, "parent")
    answer(qtbot, page, {})
    QApplication.processEvents()
    assert bar.value() == 0
    title = page.step_cards[0].title
    top_left = title.mapTo(page.plan_area.viewport(), QPoint(0, 0))
    assert top_left.y() >= 0 and top_left.y() + title.height() <= page.plan_area.viewport().height()


def test_at_large_text_each_new_screen_opens_at_its_top(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window(Settings(reader="young", first_run=False, text_scale=200))
    window.resize(1024, SMALL_SCREEN_WINDOW_HEIGHT)
    page = wizard(window)
    area = next(a for a in window.findChildren(QScrollArea) if a.isAncestorOf(page))  # the window's own
    click(qtbot, page.option_buttons["no"])
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # scrolled down to Continue
    click(qtbot, page.next_button)
    QApplication.processEvents()
    top = page.back_button.mapTo(area.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < area.viewport().height(), "the next question opened part-way down"
    for _ in range(20):  # on to the plan, scrolled down to Continue each time
        if page.plan is not None:
            break
        click(qtbot, page.option_buttons[next(iter(page.option_buttons))])
        bar.setValue(bar.maximum())
        click(qtbot, page.next_button)
    QApplication.processEvents()
    title = page.step_cards[0].title
    top = title.mapTo(area.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < area.viewport().height(), "the plan opened part-way down"


@pytest.mark.parametrize("reader", ["young", "parent", "staff", "adult", None])
def test_continue_is_right_under_the_answers_on_a_small_screen(
    make_window: Callable[..., MainWindow], qtbot: QtBot, reader: Reader | None
) -> None:
    """At 1024x600 with a taskbar, at 100% text, every question's Continue is on the first screenful."""
    window = make_window(Settings(reader=reader, first_run=False))
    window.resize(1024, SMALL_SCREEN_WINDOW_HEIGHT)
    page = wizard(window)
    for _ in range(20):
        if page.plan is not None:
            return
        QApplication.processEvents()
        if page.current_screen == NOTICE:
            click(qtbot, page.notice_next_button)
            continue
        rows = list(page.answers.rows.values())
        bottom = page.next_button.mapTo(window, QPoint(0, page.next_button.height())).y()
        assert bottom <= window.height(), f"{page.question_id}: Continue is below the screen"
        gap = (
            page.next_button.mapTo(window, QPoint(0, 0)).y() - rows[-1].mapTo(window, QPoint(0, rows[-1].height())).y()
        )
        assert 0 <= gap <= 24, f"{page.question_id}: Continue is {gap} px below the answers"
        choice = "yes" if page.question_id == "safety" else next(iter(page.option_buttons))
        click_option(qtbot, page, choice)
    raise AssertionError("the wizard never reached a plan")


def test_quick_exit_forgets_the_answers(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    page = wizard(window)
    answer(qtbot, page, {"safety": "no"})
    window.quick_exit.trigger()
    assert not page.session.can_go_back() and page.plan is None


@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext (installed by scripts/test.sh)"
)
def test_printed_plan_leaves_answers_out_unless_asked(
    make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    page = wizard(make_window(Settings(reader="adult", first_run=False)))
    answer(qtbot, page, {"safety": "no", "happening": "scam-email", "region": "england"})
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
