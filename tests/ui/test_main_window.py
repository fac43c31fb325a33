"""The main window: first run asks who you are, Home is tailored, the danger line is always there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QIcon, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from safetyapp.core.paths import AppPaths
from safetyapp.core.settings import Settings, load_settings, save_settings
from safetyapp.ui.app.application import build_window
from safetyapp.ui.app.main_window import SECTIONS, MainWindow
from safetyapp.ui.app.screen_fit import keep_on_screen
from safetyapp.ui.kit.clear_style import uses_clear_style
from safetyapp.ui.notes.notice import NoticeBar
from safetyapp.ui.pages.advice import AdvicePage
from safetyapp.ui.pages.help import HelpPage
from safetyapp.ui.pages.home import HomePage


def test_first_run_asks_who_you_are_then_tailors_home(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window(Settings())
    assert window.welcome is not None and window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.buttons["staff"], Qt.MouseButton.LeftButton)
    assert window.current_section == "home"
    home = window.page("home")
    assert isinstance(home, HomePage)
    assert "Someone who works with young people" in home.reader_label.text()
    saved, _ = load_settings(window.context.paths.config)
    assert saved.reader == "staff" and not saved.first_run


def test_skipping_the_question_is_remembered(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window(Settings())
    assert window.welcome is not None
    qtbot.mouseClick(window.welcome.skip_button, Qt.MouseButton.LeftButton)
    saved, _ = load_settings(window.context.paths.config)
    assert saved.first_run is False and saved.reader is None


def test_home_offers_three_plain_choices(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    home = window.page("home")
    assert isinstance(home, HomePage)
    for button, section in (
        (home.wizard_button, "wizard"),
        (home.advice_button, "advice"),
        (home.help_button, "help"),
    ):
        window.show_section("home")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_section == section


def test_home_start_links_are_for_the_chosen_reader(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    home = window.home_page()
    qtbot.waitUntil(lambda: len(home.start_links()) == 3)  # filled in just after the first paint
    link = home.start_links()[0]
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    advice = window.page("advice")
    assert isinstance(advice, AdvicePage) and advice.current_page is not None
    assert advice.current_page.id == "young-what-to-do-now"


def test_the_danger_line_and_quick_exit_are_always_visible(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    for section in SECTIONS:
        window.show_section(section)
        assert window.danger_line.isVisible() and window.quick_exit_button.isVisible()
    assert "999" in window.danger_line.text()
    assert window.windowTitle() == "Safety Companion"


def test_keyboard_moves_between_sections(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    window.nav.buttons["home"].setFocus()
    qtbot.keyClick(window.nav.buttons["home"], Qt.Key.Key_Down)
    assert window.current_section == "advice"
    qtbot.keyClick(window.nav.buttons["advice"], Qt.Key.Key_Up)
    qtbot.keyClick(window.nav.buttons["home"], Qt.Key.Key_Up)
    assert window.current_section == "settings"
    qtbot.keyClick(window.nav.buttons["help"], Qt.Key.Key_Space)
    assert window.current_section == "help"


def test_a_contact_link_opens_its_card(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    window.open_contact("revenge-porn-helpline")  # an adult service, outside the young filter
    help_page = window.page("help")
    assert isinstance(help_page, HelpPage) and window.current_section == "help"
    assert "revenge-porn-helpline" in help_page.cards


def test_problems_are_shown_and_the_rest_works(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.show_problems(["contacts.toml:3: bad"])
    assert window.problem_bar.isVisible() and "contacts.toml:3" in window.problem_bar.text()
    window.show_section("advice")
    assert window.current_section == "advice"


def test_every_focusable_control_has_an_accessible_name(make_window: Callable[..., MainWindow]) -> None:
    from PySide6.QtWidgets import QWidget

    window = make_window()
    unnamed = []
    for section in SECTIONS:
        page = window.show_section(section)
        for widget in [*page.findChildren(QWidget), *window.nav.buttons.values(), window.quick_exit_button]:
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(window):
                name = widget.accessibleName()
                if not name and hasattr(widget, "text"):
                    name = widget.text()
                if not name and widget.metaObject().className() not in {
                    "QScrollBar",
                    "QSplitterHandle",
                    "QWidget",
                    "QScrollArea",
                    "QStackedWidget",
                    "QFrame",
                }:
                    unnamed.append(f"{section}: {widget.metaObject().className()}")
    assert not unnamed


def test_keyboard_shortcuts_go_to_each_section_and_are_listed_in_help(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: bool(window.findChildren(QShortcut)))  # added just after the first paint
    for number, section in enumerate(SECTIONS, start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section == section
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section == "advice"
    assert window.focusWidget() is window.advice_page().search
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_page = window.page("help")
    assert isinstance(help_page, HelpPage) and window.current_section == "help"
    assert help_page.shortcuts.isHidden()
    help_page.shortcuts_button.click()
    listed = " ".join(label.text() for label in help_page.shortcuts.findChildren(QLabel))
    for words in ("Quick exit", "Ctrl+1", "Ctrl+F", "Ctrl+P", "Ctrl+L", "F1"):
        assert words in listed


def test_the_window_fits_the_screen_it_opens_on(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    screen = window.screen()
    assert screen is not None
    available = screen.availableGeometry()
    assert available.contains(window.frameGeometry())
    assert window.frameGeometry().height() == available.height(), "as tall as the screen's free area"
    window.resize(available.width() + 500, available.height() + 500)  # (say, brought from a larger screen)
    window.move(available.left() + 300, available.top() + 200)
    keep_on_screen(window)
    assert available.contains(window.frameGeometry())


def test_pages_keep_a_readable_width_beside_the_sections(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    qtbot.wait(400)  # (after the window has been fitted to this small test screen: now as if on a wide one)
    window.resize(1900, 1000)
    home = window.show_section("home")
    qtbot.waitUntil(lambda: home.width() > 100)
    characters = home.width() / home.fontMetrics().averageCharWidth()
    assert 60 <= characters <= 90, f"Home is {characters:.0f} characters wide"
    gap = home.mapTo(window, home.rect().topLeft()).x() - window.nav.mapTo(window, window.nav.rect().topRight()).x()
    assert gap < 40, "the page starts right beside the sections"


def test_the_keyboard_starts_on_the_first_choice_never_on_quick_exit(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    home = window.home_page()
    assert window.focusWidget() is home.wizard_button, "the first Enter or Space must never close the app"
    window.show_section("advice")
    assert window.focusWidget() is window.advice_page().search


def test_the_sections_list_keeps_the_keyboard_while_moving_through_it(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.activateWindow()
    window.nav.buttons["home"].setFocus()
    qtbot.waitUntil(window.nav.buttons["home"].hasFocus)
    qtbot.keyClick(window.nav.buttons["home"], Qt.Key.Key_Down)
    assert window.current_section == "advice" and window.nav.buttons["advice"].hasFocus()


def contents_rect(button: QPushButton, focused: bool) -> QRect:
    """Where the style puts a button's words, with or without the focus."""
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    if focused:
        option.state |= QStyle.StateFlag.State_HasFocus
    else:
        option.state &= ~QStyle.StateFlag.State_HasFocus
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)


def test_a_focus_ring_moves_and_cuts_off_nothing(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    controls = [window.nav.buttons["advice"], window.home_page().change_button, window.quick_exit_button]
    for control in controls:
        assert contents_rect(control, True) == contents_rect(control, False), f"{control.text()} moves when focused"


def test_a_message_never_moves_what_is_under_it(qtbot: QtBot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    notice = NoticeBar()
    below = QPushButton("Below")
    layout.addWidget(notice)
    layout.addWidget(below)
    layout.addStretch(1)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    where = below.geometry()
    notice.show_message("Saved as /home/someone/Documents/safety-companion-report.txt. Keep it somewhere safe.")
    QApplication.processEvents()
    assert notice.isVisible() and below.geometry() == where
    notice.dismiss()
    QApplication.processEvents()
    assert below.geometry() == where


def test_started_as_the_app_starts_its_style_and_icon_are_in_place_once_on_screen(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    """The app starts with Qt's Fusion (a style made in Python is slow to load) and puts its own, which
    draws tick boxes and radio buttons that are seen in every theme, in place once the window is on
    screen: the first screen has none of them. The window's icon comes then too."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon())
    save_settings(app_paths.config, Settings(reader="parent", first_run=False))
    window = build_window(app, app_paths, deferred=True)
    qtbot.addWidget(window)
    try:
        assert not uses_clear_style(app), "no style made in Python before the first paint"
        with qtbot.waitSignal(window.first_painted, timeout=5000):
            window.show()
        assert uses_clear_style(app)
        assert not window.windowIcon().isNull()
        assert window.windowIcon().availableSizes(), "the app's own picture, not an empty icon"
    finally:
        window.quick_exit.detach()
