"""No field takes a picture or a file, however it arrives, and text carrying image data is refused."""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from safetyapp.ui.notes import NotesPage
from safetyapp.ui.notes.fields import SafeLineEdit, SafeTextEdit
from safetyapp.ui.notes.record_cards import AccountCard
from safetyapp.vault.records import LIMITS
from safetyapp.vault.store import Vault
from tests.ui.notes.support import PASSPHRASE, Harness, Template, unlock

KIND_WORDS = "Pictures and files can't be added"
PNG_BASE64 = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(90)).decode()


def image_mime() -> QMimeData:
    mime = QMimeData()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    mime.setImageData(image)
    return mime


def file_mime() -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/home/someone/Pictures/photo.jpg")])
    mime.setText("file:///home/someone/Pictures/photo.jpg")
    return mime


def paste(qtbot: QtBot, field: QWidget) -> None:
    field.setFocus()
    qtbot.keySequence(field, QKeySequence.StandardKey.Paste)


def drop(field: QWidget, mime: QMimeData) -> QDropEvent:
    target = field.viewport() if isinstance(field, SafeTextEdit) else field
    point = QPoint(5, 5)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()  # accepted only so that the drop can be explained
    event = QDropEvent(QPointF(point), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event


@pytest.fixture
def account(make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot) -> tuple[NotesPage, AccountCard]:
    page = make_page()
    unlock(qtbot, page)
    assert page.open_view is not None and page.open_view.cases.editor is not None
    card = page.open_view.cases.editor.accounts.cards[0]
    assert isinstance(card, AccountCard)
    return page, card


def notice(page: NotesPage) -> str:
    assert page.open_view is not None
    return page.open_view.notice.text()


def test_pasting_a_picture_is_refused_kindly_and_nothing_is_stored(
    account: tuple[NotesPage, AccountCard], harness: Harness, qtbot: QtBot
) -> None:
    page, card = account
    before = card.username.text()
    QGuiApplication.clipboard().setMimeData(image_mime())
    paste(qtbot, card.username)
    assert card.username.text() == before
    assert KIND_WORDS in notice(page)
    assert "don't copy, save or forward it" in notice(page) and "safeguarding lead" in notice(page)

    notes = card.fields[-1]
    assert isinstance(notes, SafeTextEdit)
    before_notes = notes.toPlainText()
    page.open_view.notice.dismiss()  # type: ignore[union-attr]
    paste(qtbot, notes)
    assert notes.toPlainText() == before_notes
    assert KIND_WORDS in notice(page)
    # The right-click menu and the middle button go the same way.
    card.username.safe_paste()
    assert card.username.text() == before
    assert page.save_now()
    assert not page.session.unsaved  # nothing was changed, so nothing needed saving


def test_dropping_a_file_or_picture_is_refused(account: tuple[NotesPage, AccountCard], qtbot: QtBot) -> None:
    page, card = account
    for field in (card.username, card.fields[-1]):
        before = field.value()
        for mime in (file_mime(), image_mime()):
            page.open_view.notice.dismiss()  # type: ignore[union-attr]
            event = drop(field, mime)
            assert event.dropAction() == Qt.DropAction.IgnoreAction
            assert field.value() == before
            assert KIND_WORDS in notice(page)


def test_text_that_carries_an_image_is_refused(
    account: tuple[NotesPage, AccountCard], harness: Harness, qtbot: QtBot
) -> None:
    page, card = account
    for text in (f"data:image/png;base64,{PNG_BASE64}", PNG_BASE64, "see DATA: Image/jpeg;base64,/9j/4AAQ"):
        for field in (card.username, card.fields[-1]):
            page.open_view.notice.dismiss()  # type: ignore[union-attr]
            before = field.value()
            QGuiApplication.clipboard().setText(text)
            paste(qtbot, field)
            assert field.value() == before, text
            assert KIND_WORDS in notice(page)
    # However it gets in (an input method, a program setting the text), it is taken out again.
    card.username.setText("data:image/gif;base64,R0lGODlh")
    assert card.username.text() != "data:image/gif;base64,R0lGODlh"
    page.lock()
    page.shut_down()
    with Vault.open(harness.store_path) as vault:
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.data.image_data_at() == []


def test_a_web_address_is_words_and_is_let_in(account: tuple[NotesPage, AccountCard], qtbot: QtBot) -> None:
    page, card = account
    link = card.fields[2]
    mime = QMimeData()
    mime.setUrls([QUrl("https://www.snapchat.com/add/sam_2009x")])
    mime.setText("https://www.snapchat.com/add/sam_2009x")
    QGuiApplication.clipboard().setMimeData(mime)
    paste(qtbot, link)
    assert link.value() == "https://www.snapchat.com/add/sam_2009x"
    assert notice(page) == ""


def test_fields_stop_at_their_limit_and_say_so(account: tuple[NotesPage, AccountCard], qtbot: QtBot) -> None:
    page, card = account
    username = card.username
    assert username.maxLength() == LIMITS["username"]
    username.clear()
    QGuiApplication.clipboard().setText("x" * (LIMITS["username"] + 50))
    paste(qtbot, username)
    assert len(username.text()) == LIMITS["username"]
    assert "This box is full" in notice(page) and str(LIMITS["username"]) in notice(page)
    page.open_view.notice.dismiss()  # type: ignore[union-attr]
    qtbot.keyClick(username, Qt.Key.Key_A)
    assert "This box is full" in notice(page)

    notes = card.fields[-1]
    assert isinstance(notes, SafeTextEdit)
    notes.setPlainText("y" * LIMITS["notes"])
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    page.open_view.notice.dismiss()  # type: ignore[union-attr]
    qtbot.keyClick(notes, Qt.Key.Key_B)
    assert len(notes.toPlainText()) == LIMITS["notes"]
    assert "This box is full" in notice(page)
    QGuiApplication.clipboard().setText("zzz")
    paste(qtbot, notes)
    assert len(notes.toPlainText()) == LIMITS["notes"]


def test_the_fields_are_the_safe_kind_everywhere(account: tuple[NotesPage, AccountCard]) -> None:
    page, _card = account
    assert page.open_view is not None
    editor = page.open_view.cases.editor
    assert editor is not None
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit

    for field in editor.findChildren(QLineEdit) + editor.findChildren(QPlainTextEdit):
        inner = isinstance(field.parentWidget(), QAbstractSpinBox)
        assert inner or isinstance(field, SafeLineEdit | SafeTextEdit), field
