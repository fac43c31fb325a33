"""What an organisation's policy changes in the real window: locked settings, My notes and web links
turned off, the DSL named on staff pages and in staff plans, and a plain warning for a bad policy file."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from safetyapp.core.policy import Policy
from safetyapp.core.settings import Settings, load_settings
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.kit.printing import write_pdf
from safetyapp.ui.pages.advice import AdvicePage
from safetyapp.ui.pages.help import HelpPage
from safetyapp.ui.pages.settings import SettingsPage
from tests.helpers.wizard import answer, wizard

SCHOOL = Policy(
    organisation="Ysgol Glan Môr",
    dsl_name="Ms Rhian Evans",
    dsl_contact="Room 12, or extension 2345",
    default_reader="staff",
    notes_enabled=False,
    open_web_links=False,
)


def test_what_the_policy_sets_is_locked_and_says_so(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(Settings(reader="young", first_run=True), policy=SCHOOL)
    assert window.welcome is None, "the reader is set by the organisation: no need to ask"
    settings_page = window.show_section("settings")
    assert isinstance(settings_page, SettingsPage)
    assert not settings_page.reader.isEnabled() and settings_page.reader.currentData() == "staff"
    assert settings_page.reader.accessibleDescription() == "Set by your organisation (Ysgol Glan Môr)"
    assert settings_page.language.isEnabled() and settings_page.text_size.isEnabled()
    # Whatever else changes, the reader stays as the organisation set it.
    settings_page.text_size.setCurrentIndex(settings_page.text_size.findData(150))
    assert window.context.settings.reader == "staff" and window.context.settings.text_scale == 150
    # What the user saves keeps their own reader: if the organisation stops setting it, theirs comes back.
    saved, problem = load_settings(window.context.paths.config)
    assert problem is None
    assert (saved.reader, saved.first_run, saved.text_scale) == ("young", True, 150)


def test_my_notes_turned_off_is_not_offered(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(policy=SCHOOL)
    assert "notes" not in window.nav.buttons
    page = window.show_section("notes")
    assert window.notes_page() is None
    assert any("turned off My notes" in label.text() for label in page.findChildren(QLabel))


def test_web_links_turned_off_leave_the_copy_button(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))  # never a real browser
    help_page = make_window(policy=SCHOOL).show_section("help")
    assert isinstance(help_page, HelpPage)
    help_page.show_contact("ceop")
    card = help_page.cards["ceop"]
    assert not card.open_button.isEnabled()
    card.open_in_browser()
    assert opened == []
    assert card.copy_buttons["web"].isEnabled()


def test_staff_pages_and_staff_plans_name_the_dsl(
    make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(policy=SCHOOL)
    advice = window.show_section("advice")
    assert isinstance(advice, AdvicePage)
    advice.show_page("staff-what-to-do-now")
    shown = advice.viewer.toPlainText()
    assert "Your Designated Safeguarding Lead (DSL) at Ysgol Glan Môr is Ms Rhian Evans." in shown
    assert "How to reach them: Room 12, or extension 2345" in shown
    advice.show_page("parent-what-to-do-now")
    assert "Ms Rhian Evans" not in advice.viewer.toPlainText()

    page = wizard(window)
    answer(qtbot, page, {"safety": "no", "who": "staff", "happening": "told-me"})
    target = tmp_path / "plan.pdf"
    write_pdf(page.plan_document(), target, "plan")
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())
    assert "Your Designated Safeguarding Lead (DSL) at Ysgol Glan Môr is Ms Rhian Evans." in text
    assert page.notes_button.isHidden(), "no way into My notes when it is turned off"


def test_a_bad_policy_file_is_shown_plainly(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    policy = Policy(problems=("/etc/xdg/SafetyCompanion/policy.json: not valid JSON (line 3)",))
    window = make_window(policy=policy)
    qtbot.waitUntil(window.problem_bar.isVisible)
    text = window.problem_bar.text()
    assert "could not be used, so the app's normal settings apply" in text
    assert "policy.json: not valid JSON (line 3)" in text
    assert "notes" in window.nav.buttons
