"""Advice pages and the help directory, through the real widgets."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from pytestqt.qtbot import QtBot

from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.kit.printing import write_pdf
from safetyapp.ui.pages.advice import PAGE_ROLE, AdvicePage
from safetyapp.ui.pages.help import HelpPage


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
