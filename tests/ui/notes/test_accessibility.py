"""Every control can be reached and named: accessible names everywhere, and the keyboard is enough."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from safetyapp.ui.notes import NotesPage
from safetyapp.ui.notes.case_editor import DEMANDS, NOTES, OWN_ACCOUNTS, REPORTS, TIMELINE
from safetyapp.ui.notes.record_cards import AccountCard
from tests.ui.notes.support import PASSPHRASE, Template, wait_for


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible widgets that take keyboard focus but have no accessible name (the line edit inside a
    spin box or combo box speaks for its parent, so it is skipped)."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{widget.metaObject().className()} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(
    make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot
) -> None:
    page = make_page()
    assert unnamed_controls(page) == []  # locked
    for button in (page.unlock_view.use_code_button, page.unlock_view.forgot_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert unnamed_controls(page) == []
    page.unlock_view.show_mode(0)
    page.unlock_view.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
    wait_for(qtbot, page, "open")
    view = page.open_view
    assert view is not None and view.cases.editor is not None
    editor = view.cases.editor
    for tab in (0, OWN_ACCOUNTS, TIMELINE, DEMANDS, REPORTS, NOTES):
        editor.tabs.setCurrentIndex(tab)
        qtbot.wait(1)
        assert unnamed_controls(page) == [], tab
    view.show_options()
    qtbot.wait(1)
    assert unnamed_controls(page) == []


def test_the_setup_page_is_named_too(make_page: Callable[..., NotesPage], qtbot: QtBot) -> None:
    page = make_page()
    assert unnamed_controls(page) == []


def test_lock_and_options_from_the_keyboard(
    make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot
) -> None:
    page = make_page()
    page.unlock_view.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
    wait_for(qtbot, page, "open")
    view = page.open_view
    assert view is not None
    view.options_button.setFocus()
    qtbot.keyClick(view.options_button, Qt.Key.Key_Space)
    assert view.stack.currentWidget() is view.options
    qtbot.keyClick(view.options.back_button, Qt.Key.Key_Escape)
    assert view.stack.currentWidget() is view.cases
    assert view.cases.editor is not None
    qtbot.keyClick(view.cases.editor.title, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.state == "locked"


def test_tab_follows_the_cards_in_reading_order(
    make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot
) -> None:
    page = make_page()
    page.unlock_view.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
    wait_for(qtbot, page, "open")
    assert page.open_view is not None and page.open_view.cases.editor is not None
    accounts = page.open_view.cases.editor.accounts
    qtbot.mouseClick(accounts.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: accounts.cards[1].isVisible())
    order: list[QWidget] = []
    widget: QWidget | None = accounts.cards[0].remove_button
    for _ in range(500):
        assert widget is not None
        order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is accounts.add_button:
            break
    first, second = accounts.cards
    assert isinstance(first, AccountCard) and isinstance(second, AccountCard)
    assert order.index(first.username) < order.index(second.remove_button) < order.index(second.username)
    assert widget is accounts.add_button
