"""The guides for apps through the real window: listed and searched in Advice with their six parts, the
help address and the checked date; opened at the right guide from the wizard's block-and-report step and
from My notes' platform field; a guide checked long ago says so (injected date); English where a
translation is missing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.notes.record_cards import AccountCard
from safetyapp.ui.pages.advice import GUIDE_ROLE, AdvicePage
from safetyapp.ui.pages.guide_view import GuideLinks
from safetyapp.vault.records import Account
from tests.helpers.wizard import TYPICAL_ANSWERS, answer, wizard

translate = QCoreApplication.translate
HEADINGS = (
    "Find their username",
    "Keep the chat",
    "Block them",
    "Report them",
    "Hide your friends and followers",
    "Switch your account off for a while",
)


def advice(window: MainWindow) -> AdvicePage:
    window.show_section("advice")
    return window.advice_page()


def listed_guides(page: AdvicePage) -> list[str]:
    items = (page.results.item(row) for row in range(page.results.count()))
    return [str(item.data(GUIDE_ROLE)) for item in items if item.data(GUIDE_ROLE)]


def links_text(links: GuideLinks | None) -> str:
    assert links is not None
    return "\n".join(label.text() for label in links.findChildren(QLabel))


def test_advice_lists_the_guides_and_shows_one_with_its_six_parts(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    page = advice(window)
    assert listed_guides(page)[:1] == ["snapchat"] and listed_guides(page)[-1] == "other"
    row = next(r for r in range(page.results.count()) if page.results.item(r).data(GUIDE_ROLE) == "snapchat")
    page.results.setCurrentRow(row)
    guide = page.current_guide
    assert guide is not None and guide.id == "snapchat" and page.current_page is None
    text = page.viewer.toPlainText()
    positions = [text.find(heading) for heading in HEADINGS]
    assert -1 not in positions and positions == sorted(positions), positions
    assert "If a step does not look like this, look for" in text
    assert "Ghost Mode" in text
    shown = links_text(page.guide_links)
    assert "Steps checked: 7 December 2026" in shown
    assert "values.snap.com/safety/financial-sextortion-copy" in shown
    assert page.guide_links is not None and page.guide_links.copy_button is not None
    page.guide_links.copy_button.click()
    assert QGuiApplication.clipboard().text() == guide.help_url
    assert page.guide_links.open_button is not None and page.guide_links.open_button.isEnabled()
    assert "Report Harmful Content can help" in shown
    printed = page.printable_document().toPlainText()
    assert "Block them" in printed and "Steps checked" in printed

    page.show_guide("other")
    other = page.current_guide
    assert other is not None and other.id == "other" and page.guide_links is not None
    assert page.guide_links.copy_button is None  # "Any other app" has no help address of its own


def test_the_advice_search_finds_the_guides(make_window: Callable[..., MainWindow]) -> None:
    page = advice(make_window(Settings(reader="young", first_run=False)))
    page.search.setText("ghost mode")
    assert "snapchat" in listed_guides(page)
    page.search.setText("snapch")
    assert listed_guides(page)[:1] == ["snapchat"]
    page.search.returnPressed.emit()
    assert page.current_guide is not None or page.current_page is not None


def test_a_guide_checked_long_ago_says_when(make_window: Callable[..., MainWindow]) -> None:
    page = advice(make_window(Settings(reader="young", first_run=False)))
    page.show_guide("snapchat")
    assert "more than a year ago" not in links_text(page.guide_links)
    page.today = lambda: dt.date(2028, 1, 1)
    page.show_guide("other")
    page.show_guide("snapchat")
    shown = links_text(page.guide_links)
    assert "checked on 7 December 2026, more than a year ago" in shown and "Steps checked:" not in shown


def test_the_wizards_block_and_report_step_opens_the_chosen_guide(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    page = wizard(window)
    answer(qtbot, page, TYPICAL_ANSWERS)
    card = next(card for card in page.step_cards if card.step.id == "block-report")
    picker = card.guides
    assert picker is not None and not picker.open_button.isEnabled()  # optional: nothing chosen yet
    assert picker.app.itemData(1) == "snapchat"
    picker.app.setCurrentIndex(picker.app.findData("snapchat"))
    picker.open_button.click()
    assert window.current_section == "advice"
    guide = window.advice_page().current_guide
    assert guide is not None and guide.id == "snapchat"
    assert [c.guides is None for c in page.step_cards].count(False) == 1  # only on that step


def test_my_notes_platform_field_opens_the_guide_in_advice(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    card = AccountCard(Account(platform="other"), 1, window.context)
    qtbot.addWidget(card)
    card.find_username.click()
    guide = window.advice_page().current_guide
    assert window.current_section == "advice" and guide is not None and guide.id == "other"
    assert window.advice_page().guide_links is not None
    card.platform.setCurrentIndex(card.platform.findData("snapchat"))
    card.find_username.click()
    guide = window.advice_page().current_guide
    assert guide is not None and guide.id == "snapchat"


def test_report_harmful_content_is_one_click_from_a_guide(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    page = advice(window)
    page.show_guide("snapchat")
    assert page.guide_links is not None
    buttons = [b for b in page.guide_links.findChildren(type(page.print_button)) if b.text() == "Details"]
    buttons[0].click()
    assert window.current_section == "help"
    assert "report-harmful-content" in window.help_page().cards


def test_a_translated_guide_is_shown_in_its_language(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(Settings(reader="young", first_run=False, language="ur"))
    page = advice(window)
    page.show_guide("snapchat")
    guide = page.current_guide
    assert guide is not None and not guide.fallback and guide.language == "ur"
    note = translate("Guides", "This guide is not translated yet, so it is shown in English.")
    assert note not in links_text(page.guide_links)


def test_a_guide_not_yet_translated_is_shown_in_english(
    make_window: Callable[..., MainWindow], resources_copy: Path
) -> None:
    (resources_copy / "guides" / "ur" / "snapchat.toml").unlink()
    window = make_window(Settings(reader="young", first_run=False, language="ur"))
    window.context.use_content(resources_copy)  # content without the Urdu Snapchat guide, as an update might be
    page = advice(window)
    page.show_guide("snapchat")
    guide = page.current_guide
    assert guide is not None and guide.fallback
    text = page.viewer.toPlainText()
    assert "Ghost Mode" in text  # the steps in English...
    assert "Block them" not in text and translate("Guides", "Block them") in text  # ...under the app's headings
    note = translate("Guides", "This guide is not translated yet, so it is shown in English.")
    assert note != "This guide is not translated yet, so it is shown in English." and note in links_text(
        page.guide_links
    )
