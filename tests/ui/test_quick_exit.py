"""Quick exit: the button, Shift three times, Esc twice; the clipboard; and the next start on Home."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow


class Clock:
    """An injected clock, so "within two seconds" is tested exactly, not by sleeping."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def press(window: MainWindow, key: Qt.Key, clock: Clock, after: float = 0.1) -> None:
    clock.now += after
    # Keys go to the window first, as they do from a real keyboard.
    QTest.keyClick(window.windowHandle(), key)


def hidden_all() -> bool:
    return not any(w.isVisible() for w in QApplication.topLevelWidgets())


def with_clock(window: MainWindow) -> Clock:
    clock = Clock()
    window.quick_exit.clock = clock
    return clock


def test_button_hides_everything_and_quits(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    with qtbot.waitSignal(window.quick_exit.triggered, timeout=1000):
        qtbot.mouseClick(window.quick_exit_button, Qt.MouseButton.LeftButton)
    assert hidden_all()


def test_shift_three_times_within_two_seconds(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    clock = with_clock(window)
    with qtbot.waitSignal(window.quick_exit.triggered, timeout=1000):
        for _ in range(3):
            press(window, Qt.Key.Key_Shift, clock, after=0.6)
    assert hidden_all()


def test_shift_too_slowly_or_while_typing_does_not_exit(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    clock = with_clock(window)
    with qtbot.assertNotEmitted(window.quick_exit.triggered):
        for _ in range(3):
            press(window, Qt.Key.Key_Shift, clock, after=1.5)  # 3 presses over 3 seconds
        clock.now += 5
        for key in (Qt.Key.Key_Shift, Qt.Key.Key_A, Qt.Key.Key_Shift, Qt.Key.Key_B, Qt.Key.Key_Shift):
            press(window, key, clock)  # typing capital letters
    assert window.isVisible()


def test_escape_twice(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    clock = with_clock(window)
    with qtbot.waitSignal(window.quick_exit.triggered, timeout=1000):
        press(window, Qt.Key.Key_Escape, clock)
        press(window, Qt.Key.Key_Escape, clock, after=0.4)
    assert hidden_all()


def test_clears_the_clipboard_only_if_it_still_holds_our_text(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    clipboard = QGuiApplication.clipboard()
    window.context.clipboard.copy("0800 1111")
    window.quick_exit.trigger()
    assert clipboard.text() == ""

    window = make_window()
    window.context.clipboard.copy("0800 1111")
    clipboard.setText("something the user copied themselves")
    window.quick_exit.trigger()
    assert clipboard.text() == "something the user copied themselves"


def test_runs_every_cleanup_even_if_one_fails(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    ran = []

    def broken() -> None:
        raise RuntimeError("lock failed")

    window.quick_exit.add_cleanup(broken)
    window.quick_exit.add_cleanup(lambda: ran.append("locked"))
    window.quick_exit.trigger()
    assert ran == ["locked"] and hidden_all()


def test_the_next_start_opens_on_home(make_window: Callable[..., MainWindow], app_paths: object) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    window.show_section("help")
    window.quick_exit.trigger()
    again = make_window(Settings(reader="young", first_run=False))
    assert again.current_section == "home"


def test_an_escape_that_clears_the_search_never_counts(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    clock = with_clock(window)
    search = window.advice_page()
    window.show_section("advice")
    search.search.setFocus()
    search.search.setText("delete")
    with qtbot.assertNotEmitted(window.quick_exit.triggered):
        press(window, Qt.Key.Key_Escape, clock)  # clears the search
        assert search.search.text() == ""
        press(window, Qt.Key.Key_Escape, clock, after=0.3)  # the first that counts
    assert window.isVisible()
    with qtbot.waitSignal(window.quick_exit.triggered, timeout=1000):
        press(window, Qt.Key.Key_Escape, clock, after=0.3)


def test_an_escape_that_closes_a_dialog_never_counts(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    clock = with_clock(window)
    dialog = QMessageBox(QMessageBox.Icon.Information, "Title", "Text", QMessageBox.StandardButton.Ok, window)
    dialog.setEscapeButton(QMessageBox.StandardButton.Ok)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.assertNotEmitted(window.quick_exit.triggered):
        clock.now += 0.1
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)  # closes the dialog
        assert not dialog.isVisible()
        press(window, Qt.Key.Key_Escape, clock, after=0.3)
    assert window.isVisible()
