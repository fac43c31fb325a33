"""At 200% text every page still fits: no words run off the side of the window or of a card, no page
scrolls sideways, and no wrapped text is squeezed into fewer lines than it needs. (The screenshots in
docs/screenshots show the same pages; this test catches a page that starts to clip later.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from safetyapp.core.readers import Reader
from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.vault.crypto import MINIMUM_PARAMS
from safetyapp.vault.store import Vault
from tests.helpers.wizard import answer, wizard

WINDOW = (1100, 720)  # a small laptop screen, less the taskbar


def clipped(page: QWidget) -> list[str]:
    """Each visible label, button or drop-down that is cut off: narrower than its words need, wider than
    the area it is shown in, or shorter than its wrapped text needs; and each part that scrolls sideways
    (at 200%, reading a page must never need scrolling both ways: WCAG 1.4.10)."""
    found = []
    areas = [scrolling for scrolling in page.findChildren(QAbstractScrollArea) if scrolling.isVisible()]
    holder: QWidget | None = page.parentWidget()
    while holder is not None:  # the window's own scroll area, round the page
        if isinstance(holder, QAbstractScrollArea):
            areas.append(holder)
        holder = holder.parentWidget()
    for scrolling in areas:
        if scrolling.horizontalScrollBar().isVisible():
            found.append(f"{scrolling.accessibleName() or type(scrolling).__name__} scrolls sideways")
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton | QComboBox) or not widget.isVisibleTo(page):
            continue
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        text = text or widget.accessibleName()
        if widget.width() < widget.minimumSizeHint().width():
            found.append(f"{text[:60]!r}: {widget.width()} px wide, needs {widget.minimumSizeHint().width()}")
        elif (
            isinstance(widget, QLabel) and widget.wordWrap() and widget.height() < widget.heightForWidth(widget.width())
        ):
            found.append(f"{text[:60]!r}: {widget.height()} px high, needs {widget.heightForWidth(widget.width())}")
        ancestor = widget.parentWidget()
        while ancestor is not None:
            area = ancestor.parentWidget()
            if isinstance(area, QAbstractScrollArea) and area.viewport() is ancestor:
                left = widget.mapTo(ancestor, QPoint(0, 0)).x()
                if left < 0 or left + widget.width() > ancestor.width():
                    found.append(f"{text[:60]!r}: cut off at the side of {area.accessibleName() or 'a scroll area'}")
                    break
            ancestor = ancestor.parentWidget()
    return found


def big(make_window: Callable[..., MainWindow], language: str = "en-GB", reader: Reader = "young") -> MainWindow:
    window = make_window(Settings(reader=reader, first_run=False, text_scale=200, language=language))
    window.resize(*WINDOW)
    return window


@pytest.mark.parametrize("language", ["en-GB", "cy", "pl", "ur"])
@pytest.mark.parametrize("section", ["home", "advice", "wizard", "notes", "help", "settings"])
def test_every_section_fits_at_200_percent(
    make_window: Callable[..., MainWindow], qtbot: QtBot, section: str, language: str
) -> None:
    window = big(make_window, language)
    page = window.show_section(section)
    if section == "advice":
        window.advice_page().show_page("young-reporting")
    qtbot.wait(200)
    problems = clipped(page)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en-GB", "cy", "pl", "ur"])
def test_every_section_name_fits_at_200_percent(
    make_window: Callable[..., MainWindow], qtbot: QtBot, language: str
) -> None:
    """The section list is never narrower than its longest name, and never scrolls sideways."""
    window = big(make_window, language)
    qtbot.wait(200)
    assert len(window.nav.buttons) == 6
    problems = clipped(window.nav)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en-GB", "cy", "pl", "ur"])
@pytest.mark.parametrize("way_in", ["passphrase", "recovery code", "forgot"])
def test_locked_notes_fit_at_200_percent(
    make_window: Callable[..., MainWindow], qtbot: QtBot, language: str, way_in: str
) -> None:
    """Once "Jse my recovery cod" and "forgot my passphras": the buttons sat side by side."""
    window = big(make_window, language)
    vault, _code = Vault.create(
        window.context.paths.data / "notes" / "store.scv", "a long example passphrase", kdf_params=MINIMUM_PARAMS
    )
    vault.close()
    page = window.show_section("notes")
    notes = window.notes_page()
    assert notes is not None
    qtbot.waitUntil(lambda: notes.state == "locked", timeout=5000)  # the store is read off the GUI thread
    locked = notes.unlock_view
    assert locked.isVisible()
    if way_in == "recovery code":
        locked.use_code_button.click()
    elif way_in == "forgot":
        locked.forgot_button.click()
    qtbot.wait(200)
    problems = clipped(page)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en-GB", "ur"])
def test_the_plan_fits_at_200_percent(make_window: Callable[..., MainWindow], qtbot: QtBot, language: str) -> None:
    page = wizard(big(make_window, language, reader="parent"))
    answer(qtbot, page, {"safety": "no", "who": "parent", "happening": "threatened-to-share", "paid": "yes"})
    qtbot.wait(200)
    problems = clipped(page)
    assert not problems, "\n".join(problems)
