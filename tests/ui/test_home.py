"""Home opens with what to do right now, for the chosen reader, before any question."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from safetyapp.core.readers import Reader
from safetyapp.core.settings import Settings
from safetyapp.core.wording import blaming_phrases, image_handling_instructions, typed_contact
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.app.screen_fit import first_control

RULES: dict[Reader | None, tuple[str, ...]] = {
    "young": ("do not pay", "stop replying", "do not delete", "tell an adult"),
    "parent": ("do not pay", "stop replying", "do not delete", "tell someone"),
    "adult": ("do not pay", "stop replying", "do not delete", "tell someone"),
    None: ("do not pay", "stop replying", "do not delete", "tell an adult"),
    "staff": ("designated safeguarding lead (dsl) now", "never look at", "ask for the image"),
}


@pytest.mark.parametrize("reader", list(RULES))
def test_home_opens_with_the_readers_first_steps_before_any_choice(
    make_window: Callable[..., MainWindow], qtbot: QtBot, reader: Reader | None
) -> None:
    window = make_window(Settings(reader=reader, first_run=False))
    window.resize(1024, 530)  # a 1024x600 screen, less a taskbar and a title bar
    home = window.home_page()
    QApplication.processEvents()
    rules = home.rules()
    text = " ".join(rules).lower()
    for rule in RULES[reader]:
        assert rule in text, f"{reader}: {rule!r} missing from {rules}"
    childline = window.context.contacts["childline"]
    assert (childline.phone in text) == (reader in ("young", None))  # from contacts.toml
    for line in rules:
        assert not blaming_phrases(line) and not image_handling_instructions(line), line
    box_bottom = home.rules_box.mapTo(window, QPoint(0, home.rules_box.height())).y()
    assert box_bottom <= window.height()  # on the first screenful
    assert box_bottom <= home.wizard_button.mapTo(window, QPoint(0, 0)).y()  # before any question


def test_no_rule_types_a_number(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    home = make_window(Settings(reader="young", first_run=False)).home_page()
    childline = home.rules()[-1]
    assert [typed_contact(line) for line in home.rules()[:-1]] == [None] * (len(home.rules()) - 1)
    assert childline.startswith("You can talk to Childline")


def test_the_first_instruction_is_on_screen_within_one_action_of_starting(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(Settings(first_run=True))
    welcome = window.welcome
    assert welcome is not None
    assert welcome.first_steps.isVisible() and "do not pay" in welcome.first_steps.text()  # none at all
    qtbot.mouseClick(welcome.buttons["young"], Qt.MouseButton.LeftButton)
    home = window.home_page()
    assert window.current_section == "home" and home.rules_box.isVisible()  # one action: the reader's own


def test_a_new_reader_in_settings_changes_the_first_steps(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    home = window.home_page()
    window.context.update_settings(window.context.settings.with_(reader="staff"))
    QApplication.processEvents()
    assert "never look at" in " ".join(home.rules()).lower()


@pytest.mark.parametrize("language", ["cy", "pl", "ur"])
def test_the_first_steps_are_translated(make_window: Callable[..., MainWindow], qtbot: QtBot, language: str) -> None:
    english = make_window(Settings(reader="young", first_run=False)).home_page().rules()
    window = make_window(Settings(reader="young", first_run=False, language=language))
    translated = window.home_page().rules()
    assert len(translated) == len(english)
    assert not set(translated[:-1]) & set(english[:-1])


def test_the_keyboard_starts_on_homes_first_control(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    home = make_window(Settings(reader="young", first_run=False)).home_page()
    assert home.first_choice() is first_control(home) is home.wizard_button


def test_on_the_first_start_the_keyboard_starts_on_the_first_reader(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(Settings(first_run=True))
    welcome = window.welcome
    assert welcome is not None
    assert welcome.first_choice() is first_control(welcome) is window.focusWidget()
