"""Advice pages and the help directory, through the real widgets."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.kit.feedback import DONE_MS, FloatingNote
from safetyapp.ui.kit.printing import write_pdf
from safetyapp.ui.pages.advice import HTML_ROLE, PAGE_ROLE, AdvicePage
from safetyapp.ui.pages.help import HelpPage
from tests.helpers.file_dialogs import press_save_or_open, type_name


def advice(window: MainWindow) -> AdvicePage:
    page = window.show_section("advice")
    assert isinstance(page, AdvicePage)
    return page


def listed_ids(page: AdvicePage) -> list[str]:
    return [
        str(page.results.item(r).data(PAGE_ROLE))
        for r in range(page.results.count())
        if page.results.item(r).data(PAGE_ROLE)
    ]


def test_the_readers_own_pages_come_first(make_window: Callable[..., MainWindow]) -> None:
    page = advice(make_window(Settings(reader="adult", first_run=False)))
    ids = listed_ids(page)
    assert ids[0] == "adult-what-to-do-now"
    first_other = next(i for i, page_id in enumerate(ids) if not page_id.startswith("adult-"))
    assert all(not x.startswith("adult-") for x in ids[first_other:])


def test_search_as_you_type_ranks_and_highlights(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = advice(make_window())
    qtbot.keyClicks(page.search, "remov")
    ids = listed_ids(page)
    assert ids and ids[0].endswith("getting-images-removed")
    html = str(page.results.item(0).data(Qt.ItemDataRole.UserRole + 1))
    assert "<b><u>" in html.lower() or "<b><u>" in str(page.results.item(1).data(Qt.ItemDataRole.UserRole + 1)).lower()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.current_page is not None and page.current_page.id == ids[0]
    assert page.viewer.extraSelections(), "the matches are highlighted in the page"


def test_links_between_pages_and_to_contacts(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    page = advice(window)
    page.show_page("young-what-to-do-now")
    assert "0800 1111" in page.viewer.toPlainText()
    assert "contact:childline" in page.viewer.toHtml()  # a link to the Childline card
    page.viewer.anchorClicked.emit(QUrl("page:young-reporting"))
    assert page.current_page is not None and page.current_page.id == "young-reporting"
    page.viewer.anchorClicked.emit(QUrl("contact:ceop"))
    assert window.current_section == "help"


def test_a_broken_page_shows_an_apology_and_the_rest_works(
    make_window: Callable[..., MainWindow], app_paths: object, resources_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page_file = resources_copy / "content" / "en-GB" / "parent-reporting.md"
    page_file.write_text("not a page at all", encoding="utf-8")
    import safetyapp.core.library as library_module

    monkeypatch.setattr(library_module, "resources_dir", lambda: resources_copy)
    window = make_window()
    assert window.problem_bar.isVisible() and "parent-reporting.md:1" in window.problem_bar.text()
    page = advice(window)
    page.show_page("parent-reporting")
    assert "Sorry" in page.viewer.toPlainText()
    assert not page.pdf_button.isEnabled()
    page.show_page("parent-what-to-do-now")
    assert "Sorry" not in page.viewer.toPlainText()


@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext (installed by scripts/test.sh)"
)
def test_save_as_pdf_reads_back_with_a_real_pdf_reader(make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    page = advice(make_window())
    page.show_page("parent-what-to-do-now")
    target = tmp_path / "page.pdf"
    write_pdf(page.printable_document(), target, "x")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert page.current_page is not None
    assert " ".join(page.current_page.title.split()) in " ".join(text.split())
    listing = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True).stdout
    assert len(listing.strip().splitlines()) == 2  # the header lines only: no images


def help_page(window: MainWindow) -> HelpPage:
    page = window.show_section("help")
    assert isinstance(page, HelpPage)
    return page


def test_help_cards_follow_the_reader(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    page = help_page(make_window(Settings(reader="adult", first_run=False)))
    assert "revenge-porn-helpline" in page.cards and "childline" not in page.cards
    page.show_all.setChecked(True)
    assert "childline" in page.cards and "revenge-porn-helpline" in page.cards


def test_copy_puts_the_number_on_the_clipboard(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    card = help_page(window).cards["childline"]
    qtbot.mouseClick(card.copy_buttons["phone"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "0800 1111"
    window.close()
    assert QGuiApplication.clipboard().text() == ""  # taken back on quit


class UrlCatcher(QObject):
    """Qt's own hook for where URLs go: here they are caught instead of opening a browser."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_web_addresses_open_only_when_clicked(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")  # type: ignore[arg-type]  # the stub says bytes; PySide6 wants str
    try:
        window = make_window(Settings(reader="young", first_run=False))
        card = help_page(window).cards["ceop"]
        window.open_contact("ceop")
        assert catcher.opened == []
        qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
        assert catcher.opened == ["https://www.ceop.police.uk/Safety-Centre/"]
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_text_size_and_high_contrast_apply_at_once(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    before = app.font().pointSizeF()
    window.context.update_settings(window.context.settings.with_(text_scale=200, theme="high-contrast"))
    assert app.font().pointSizeF() == pytest.approx(before * 2)
    assert app.palette().color(app.palette().ColorRole.Window).name() == "#000000"
    window.context.update_settings(window.context.settings.with_(text_scale=100, theme="system"))


def test_pdf_document_has_no_images() -> None:
    document = QTextDocument()
    document.setMarkdown("# Title\n\nText")
    assert "img" not in document.toHtml().lower()


def test_copy_says_copied_in_place_and_to_screen_readers(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    button = help_page(window).cards["childline"].copy_buttons["phone"]
    assert isinstance(button, QPushButton)
    width = button.width()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.text() == "Copied"
    assert button.accessibleDescription() == "Copied"  # a screen reader hears the change
    QApplication.processEvents()
    assert button.width() >= width and button.minimumWidth() >= button.sizeHint().width()
    qtbot.waitUntil(lambda: button.text() == "Copy", timeout=DONE_MS + 2000)


@pytest.mark.qt_log_ignore("This plugin does not support")  # (the test screen cannot raise or grab)
def test_a_saved_pdf_says_where_it_was_saved(
    make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    page = advice(make_window())
    page.show_page("parent-what-to-do-now")
    target = tmp_path / "my-page.pdf"

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        QTimer.singleShot(100, lambda: fill(dialog))

    def fill(dialog: QFileDialog) -> None:
        type_name(dialog, str(target))
        press_save_or_open(dialog)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, answer)
    page.window().activateWindow()
    page.pdf_button.setFocus()
    qtbot.waitUntil(page.pdf_button.hasFocus)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert target.is_file()
    note = page.window().findChild(FloatingNote)
    assert note is not None and note.isVisible()
    assert note.text() == f"Saved as {target}" and note.accessibleName() == note.text()
    button_top = page.pdf_button.mapTo(page.window(), page.pdf_button.rect().topLeft()).y()
    assert note.geometry().bottom() < button_top, "the note is just above the button, covering nothing below"


def test_a_new_advice_page_opens_at_its_top(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window()
    window.resize(800, 500)
    page = advice(window)
    page.show_page("parent-what-to-do-now")
    bar = page.viewer.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    page.show_page("parent-reporting")
    assert bar.value() == 0


def test_get_help_opens_at_its_first_card(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    window.resize(800, 500)
    page = help_page(window)
    area = next(a for a in page.findChildren(QScrollArea) if a.accessibleName() == "Services you can contact")
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    window.show_section("home")
    window.show_section("help")
    assert bar.value() == 0


def test_advice_lines_keep_a_readable_length_on_a_wide_screen(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    qtbot.wait(400)  # (after the window has been fitted to this small test screen: now as if on a wide one)
    window.resize(1900, 1000)
    page = advice(window)
    page.show_page("parent-what-to-do-now")
    qtbot.waitUntil(lambda: window.width() == 1900)
    qtbot.wait(50)
    document = page.viewer.document()
    longest = 0
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount()):
            longest = max(longest, layout.lineAt(index).textLength())
        block = block.next()
    assert 60 <= longest <= 85, f"the longest line holds {longest} characters"
    buttons = page.pdf_button.mapTo(window, page.pdf_button.rect().topRight()).x()
    text_right = page.viewer.mapTo(window, page.viewer.rect().topRight()).x()
    assert buttons <= text_right + 2, "the buttons stay under the text they act on"


def test_search_lists_the_readers_own_pages_first_each_saying_whom_it_is_for(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    page = advice(make_window(Settings(reader="young", first_run=False)))
    qtbot.keyClicks(page.search, "delete")
    items = [page.results.item(r) for r in range(page.results.count())]
    found = [item for item in items if item.data(PAGE_ROLE)]
    assert found and str(found[0].data(PAGE_ROLE)).startswith("young-")
    readers = {"young": "For young people", "parent": "For parents and carers"}
    for item in found:
        spoken = str(item.data(Qt.ItemDataRole.AccessibleTextRole))
        shown = QTextDocument()
        shown.setHtml(str(item.data(HTML_ROLE)))
        whom = readers.get(str(item.data(PAGE_ROLE)).split("-")[0])
        if whom is not None:
            assert whom in spoken and whom in shown.toPlainText()
        assert not any(mark in shown.toPlainText() for mark in ("**", "{{", "](", "##"))
