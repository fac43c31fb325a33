"""Runs the real app on a real X screen (started by the caller), walks its main journeys as a person
would, and writes what it found as JSON: for each step, every control the step needs that is off the
screen's free area, cut off by its parents, too small for its words or covered by another, and at
100% text a main action that is not on the first screenful. Screenshots go beside the JSON.

The keyboard journey presses real keys through X (xdotool) and counts them, from the first start
to the plan's first step; it also counts the actions to the first instruction.

Usage: python driver.py OUTPUT_FOLDER DATA_FOLDER [--scale 100] [--theme light] [--language en-GB]
       [--journeys sections,wizard,notes] [--keys young]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the project's packages

from safetyapp.core.paths import resolve_paths
from safetyapp.core.readers import READERS
from safetyapp.core.settings import Settings, save_settings
from safetyapp.ui.app.application import build_window, create_application
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.pages.wizard import NOTICE, PLAN
from tests.helpers.wizard import TYPICAL_ANSWERS
from tests.screen.checks import controls_of, describe, shown_part, step_problems

SETTLE_MS = 300
PASSPHRASE = "a long example passphrase for the test"
# The answers a person in each reader's place might give (any other question: its first answer).
ANSWERS = TYPICAL_ANSWERS


def until(check: Callable[[], object], timeout_ms: int = 30_000) -> None:
    waited = 0
    while not check():
        if waited > timeout_ms:
            raise TimeoutError("waited too long")
        QTest.qWait(50)
        waited += 50


class Walk:
    def __init__(self, window: MainWindow, out: Path, scale: int) -> None:
        self.window = window
        self.out = out
        self.scale = scale
        self.steps: dict[str, list[str]] = {}

    def shot(self, name: str) -> None:
        screen = self.window.screen()
        if screen is not None:
            screen.grabWindow(0).save(str(self.out / f"{name}.png"))

    def fixed(self) -> list[QWidget]:
        """Always whole on the screen: the danger line, Quick exit, and the sections (at 100%; at larger
        text, the section list may scroll: the current section)."""
        window = self.window
        current = window.nav.current()
        sections = (
            window.nav.buttons.values() if self.scale == 100 else [window.nav.buttons[current]] if current else []
        )
        return [window.danger_line, window.quick_exit_button, *sections]

    def step(self, name: str, page: QWidget, main: list[QWidget]) -> None:
        """Check the step shown now. At 100% its main actions must be on the first screenful; at larger
        text they may be further down the page (or the section list scroll), but never cut off at the side."""
        QTest.qWait(SETTLE_MS)
        main = [widget for widget in main if widget.isVisible()]
        first = self.scale == 100
        self.steps[name] = step_problems(self.window, self.fixed(), page, main, first_screenful=first)
        self.shot(name)

    def click(self, widget: QWidget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        QTest.qWait(100)

    def visit(self, section: str) -> QWidget:
        self.click(self.window.nav.buttons[section])
        QTest.qWait(SETTLE_MS)
        page = self.window.stack.currentWidget()
        assert page is not None
        return page

    # -- journeys
    def sections(self) -> None:
        window = self.window
        home = window.home_page()
        self.step("home", home, [home.rules_box, home.wizard_button])
        advice = window.advice_page()
        self.visit("advice")
        self.step("advice", advice, [advice.search, advice.viewer])
        help_page = window.help_page()
        self.visit("help")
        card = next(iter(help_page.cards.values()))
        copy = next(iter(card.copy_buttons.values()))
        self.step("help", help_page, [copy])
        self.click(copy)
        self.step("help-copied", help_page, [copy])
        settings = window.settings_page()
        self.visit("settings")
        self.step("settings", settings, [settings.reader, settings.text_size, settings.theme, settings.language])

    def wizard(self, reader: str) -> None:
        settings = self.window.settings_page()
        self.visit("settings")
        settings.reader.setCurrentIndex(settings.reader.findData(reader))
        page = self.window.wizard_page()
        self.visit("wizard")
        if page.restart_button.isVisible():
            self.click(page.restart_button)
            self.click(page.forget_button)
        for number in range(1, 30):
            if page.current_screen == PLAN:
                first = page.step_cards[0]
                self.step(f"wizard-{reader}-plan", page, [first.done, first.title])
                return
            if page.current_screen == NOTICE:
                self.step(f"wizard-{reader}-{number}-notice", page, [page.notice_next_button])
                self.click(page.notice_next_button)
                continue
            options = page.option_buttons
            question = page.question_id
            answer = options.get(ANSWERS.get(str(question), reader if question == "who" else ""))
            answer = answer or next(iter(options.values()))
            self.click(answer)
            self.step(f"wizard-{reader}-{number}-{question}", page, [answer, page.next_button])
            self.click(page.next_button)
            QTest.qWait(QApplication.doubleClickInterval())  # the guard against a double-click
        raise AssertionError(f"the wizard for {reader} never reached a plan")

    def notes(self) -> None:
        page = self.window.notes_page()
        assert page is not None
        self.visit("notes")
        until(lambda: page.state == "setup")
        until(lambda: page.keyring_status is not None)  # as it stays: here, no keyring ("Why is this off?")
        setup = page.setup_view
        self.step("notes-setup", page, [setup.passphrase.first, setup.passphrase.second, setup.create_button])
        QTest.keyClicks(setup.passphrase.first, PASSPHRASE)
        QTest.keyClicks(setup.passphrase.second, PASSPHRASE)
        self.click(setup.create_button)
        until(lambda: page.state == "recovery-code", 120_000)
        self.step("notes-recovery-code", page, [page.recovery_view.continue_button])
        page.lock()  # (as if the app were closed here: the recovery code's check belongs to its own tests)
        until(lambda: page.state == "locked")
        self.unlock(page, "notes-unlock")
        assert page.open_view is not None
        view = page.open_view
        self.step("notes-open", page, [view.cases.new_button, view.report_button, view.lock_button])
        self.click(view.cases.new_button)
        self.step("notes-add", page, [view.cases.new_button, view.report_button, view.lock_button])
        self.report(page, view.report_button)
        self.click(view.options_button)
        self.step("notes-backup", page, [view.options.backup_button])
        view.options.back.emit()
        QTest.qWait(100)
        self.click(view.lock_button)
        until(lambda: page.state == "locked")
        self.unlock(page, "notes-locked")

    def unlock(self, page: QWidget, name: str) -> None:
        locked = page.unlock_view  # type: ignore[attr-defined]
        self.step(name, page, [locked.passphrase, locked.unlock_button, locked.use_code_button, locked.forgot_button])
        QTest.keyClicks(locked.passphrase, PASSPHRASE)
        self.click(locked.unlock_button)
        until(lambda: page.state == "open", 120_000)  # type: ignore[attr-defined]

    def report(self, page: QWidget, button: QPushButton) -> None:
        """Make a report: the dialog that asks PDF or text is checked, then closed."""

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(100, look)
                return
            controls = controls_of(dialog)
            problems = step_problems(dialog, [], dialog, controls)
            self.steps["notes-report"] = problems
            self.shot("notes-report")
            dialog.close()

        QTimer.singleShot(SETTLE_MS, look)
        self.click(button)


class Keys:
    """A person at the keyboard: Tab to the next control, the arrow keys within answers, Return or Space
    on the one wanted. Every key is a real key press through X, and counted."""

    def __init__(self, window: MainWindow, reader: str) -> None:
        self.window = window
        self.reader = reader
        self.pressed: list[str] = []
        self.instruction_after_choice = False
        """Home's "Do these things now" on the first screenful right after the reader was chosen."""

    def press(self, key: str) -> None:
        subprocess.run(["xdotool", "key", "--delay", "0", key], check=True)
        self.pressed.append(key)
        QTest.qWait(QApplication.doubleClickInterval() + 150)

    def target(self) -> tuple[QWidget | None, bool]:
        """What to press next on (None: the plan's first step is there), and whether it is an answer."""
        window = self.window
        if window.welcome is not None and window.stack.currentWidget() is window.welcome:
            return window.welcome.buttons[self.reader], False  # type: ignore[index]
        page = window.stack.currentWidget()
        wizard = window.wizard_page() if page is window.wizard_page() else None
        if wizard is None:
            return window.home_page().wizard_button, False
        if wizard.current_screen == PLAN:
            return None, False
        if wizard.current_screen == NOTICE:
            return wizard.notice_next_button, False
        options = wizard.option_buttons
        wanted = options.get(ANSWERS.get(str(wizard.question_id), ""))
        return wanted or next(iter(options.values())), True

    def walk(self, limit: int = 80) -> dict[str, object]:
        while len(self.pressed) < limit:
            target, answer = self.target()
            if target is None:
                break
            focus = QApplication.focusWidget()
            if focus is target:
                choosing_reader = self.window.welcome is not None and target in self.window.welcome.buttons.values()
                self.press("Return")  # (on an answer: chooses it and goes on)
                if choosing_reader:
                    self.instruction_after_choice = first_instruction_shown(self.window)
            elif answer and isinstance(focus, QRadioButton) and focus in self._answers():
                answers = self._answers()
                self.press("Down" if answers.index(focus) < answers.index(target) else "Up")
            else:
                self.press("Tab")
        wizard = self.window.wizard_page()
        reached = wizard.current_screen == PLAN and bool(wizard.step_cards)
        first = wizard.step_cards[0] if reached else None
        return {
            "reader": self.reader,
            "reached_plan": reached,
            "first_step": first.title.text() if first else None,
            "first_step_on_screen": bool(first and not shown_part(first.title).isEmpty()),
            "presses": len(self.pressed),
            "keys": self.pressed,
        }

    def _answers(self) -> list[QWidget]:
        return list(self.window.wizard_page().option_buttons.values())


def first_instruction_shown(window: MainWindow) -> bool:
    """An instruction on the first screenful: the welcome's first steps, or Home's "Do these things now"."""
    page = window.stack.currentWidget()
    if window.welcome is not None and page is window.welcome:
        box: QWidget = window.welcome.first_steps
    elif page is window.home_page():
        box = window.home_page().rules_box
    else:
        return False
    return box.isVisible() and shown_part(box).height() >= min(box.height(), 40)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("data", type=Path)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--theme", default="light")
    parser.add_argument("--language", default="en-GB")
    parser.add_argument("--journeys", default="sections")
    parser.add_argument("--keys", default="", help="a reader: walk by keyboard from the first start instead")
    args = parser.parse_args()
    out: Path = args.out
    paths = resolve_paths(data_dir=args.data)
    paths.create()
    first_run = bool(args.keys)
    settings = Settings(
        reader=None if first_run else "young",
        first_run=first_run,
        text_scale=args.scale,
        theme=args.theme,
        language=args.language,
    )
    save_settings(paths.config, settings)
    app = create_application(["safetyapp"])
    window = build_window(app, paths, deferred=True)
    report: dict[str, object] = {}

    def first_focus() -> None:
        focus = QApplication.focusWidget()
        report["first_focus"] = describe(focus) if focus is not None else None
        report["first_focus_is_quick_exit"] = focus is window.quick_exit_button
        page = window.stack.currentWidget()
        report["first_focus_on_page"] = bool(focus is not None and page is not None and page.isAncestorOf(focus))
        screen = window.screen()
        assert screen is not None
        report["available"] = screen.availableGeometry().getRect()
        report["frame"] = window.frameGeometry().getRect()

    def run() -> None:
        try:
            first_focus()
            QTest.qWait(SETTLE_MS)
            if args.keys:
                at_start = first_instruction_shown(window)
                keys = Keys(window, args.keys)
                report["keys"] = keys.walk()
                after_choice = keys.instruction_after_choice
                report["actions_to_first_instruction"] = 0 if at_start else (1 if after_choice else None)
                report["reader_instruction_after_one_choice"] = after_choice
            else:
                walk = Walk(window, out, args.scale)
                for journey in args.journeys.split(","):
                    if journey == "sections":
                        walk.sections()
                    elif journey == "notes":
                        walk.notes()
                    elif journey.startswith("wizard"):
                        for reader in READERS if journey == "wizard" else (journey.split("-", 1)[1],):
                            walk.wizard(reader)
                report["steps"] = walk.steps
        except Exception as error:  # the report says what broke; the test shows it
            report["error"] = f"{type(error).__name__}: {error}"
        (out / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
        window.quick_exit.trigger()

    window.first_painted.connect(lambda: QTimer.singleShot(1500, run))
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
