"""Paper equals screen: the printed plan and printed advice pages, read back with poppler's real
pdftotext and pdftoppm (installed by scripts/test.sh)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from safetyapp.core.library import load_library
from safetyapp.core.readers import READERS, Reader
from safetyapp.core.settings import Settings
from safetyapp.core.wizard.engine import Plan
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.kit.languages import install_language
from safetyapp.ui.kit.paper import TICK_BOX
from safetyapp.ui.kit.printing import write_pdf
from safetyapp.ui.pages.advice import AdvicePage
from safetyapp.ui.pages.wizard import WizardPage
from tests.helpers.wizard import answer, wizard

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="needs poppler's pdftotext and pdftoppm (installed by scripts/test.sh)",
)

PATHS: dict[Reader, dict[str, str]] = {
    "young": {"safety": "no", "happening": "threatened-to-share", "paid": "yes", "posted": "no"},
    "parent": {"safety": "no", "paid": "yes"},
    "staff": {"safety": "no", "happening": "told-me"},
    "adult": {"safety": "no", "paid": "yes"},
}


def squeezed(text: str) -> str:
    """Text without its line breaks and spaces (a long address may wrap anywhere) and with the
    typesetter's ligatures ("ﬁ") undone."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return [page for page in text.stdout.split("\f") if page.strip()]


def printed_plan(make_window: Callable[..., MainWindow], qtbot: QtBot, reader: Reader, path: Path) -> WizardPage:
    page = wizard(make_window(Settings(reader=reader, first_run=False)))
    answer(qtbot, page, PATHS[reader])
    assert page.plan is not None
    write_pdf(page.plan_document(), path, "plan")
    return page


def in_order(text: str, parts: list[str]) -> list[str]:
    """The parts not found in `text` after the one before them."""
    missing, at = [], 0
    for part in parts:
        found = text.find(squeezed(part), at)
        if found < 0:
            missing.append(part)
        else:
            at = found + len(squeezed(part))
    return missing


def expected_parts(window: MainWindow, page: WizardPage, plan: Plan) -> list[str]:
    """Every step title and contact detail, then each closing note with its contacts, in screen order."""
    contacts = window.context.contacts

    def details(contact_ids: tuple[str, ...]) -> list[str]:
        found = []
        for contact in (contacts[c] for c in contact_ids):
            found += [v for v in (contact.name, contact.phone, contact.text, contact.email, contact.web_display) if v]
        return found

    parts: list[str] = []
    for card in page.step_cards:
        parts.append(card.title.text())
        parts.extend(details(card.step.contacts))
    for note in plan.support:
        parts.append(note.text)
        parts.extend(details(note.contacts))
    return parts


@pytest.mark.parametrize("reader", READERS)
def test_the_printed_plan_carries_every_step_and_contact_in_order_each_step_on_one_page(
    make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path, reader: Reader
) -> None:
    target = tmp_path / "plan.pdf"
    page = printed_plan(make_window, qtbot, reader, target)
    assert page.plan is not None and page.plan.support, "every plan closes with a note and its contacts"
    printed = pdf_pages(target)
    text = squeezed("".join(printed))
    window = page.window()
    assert isinstance(window, MainWindow)
    assert in_order(text, expected_parts(window, page, page.plan)) == []
    assert text.count(TICK_BOX) == len(page.plan.steps)  # a box to tick for each step

    pages = [squeezed(text) for text in printed]
    assert len(pages) >= 2, "the plan should be long enough to need a page break"
    for card in page.step_cards:  # from its title to its last paragraph
        step = card.step
        first, last = squeezed(card.title.text()), squeezed((step.how_paragraphs or (step.why,))[-1])
        assert any(first in text and last in text.split(first, 1)[1] for text in pages), card.title.text()
    titles = {" ".join(card.title.text().split()) for card in page.step_cards}
    for text in printed[:-1]:
        assert " ".join(last_line(text).replace(TICK_BOX, "").split()) not in titles


def dark_box(pixels: list[list[int]]) -> tuple[int, int, int, int] | None:
    """The bounds (left, top, right, bottom) of the dark pixels in a grey image, if any."""
    dark = [(x, y) for y, row in enumerate(pixels) for x, value in enumerate(row) if value < 128]
    if not dark:
        return None
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    return min(xs), min(ys), max(xs), max(ys)


def grey_page(pdf: Path, number: int, dpi: int, out: Path) -> list[list[int]]:
    """One page rendered by pdftoppm as a grey image (binary PGM), as rows of 0-255 values."""
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(number), "-l", str(number), "-singlefile", str(pdf), str(out)],
        check=True,
    )
    data = out.with_suffix(".pgm").read_bytes()
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P5"
    width, height = int(fields[1]), int(fields[2])
    pixels = fields[4][-width * height :]
    return [list(pixels[y * width : (y + 1) * width]) for y in range(height)]


def test_the_tick_boxes_are_drawn_as_empty_squares(
    make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "plan.pdf"
    printed_plan(make_window, qtbot, "young", target)
    dpi = 144
    boxes = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = re.findall(rf'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">{TICK_BOX}<', boxes)
    assert found, "no tick box on the first page"
    pixels = grey_page(target, 1, dpi, tmp_path / "page")
    for box in found:
        left, top, right, bottom = (round(float(v) * dpi / 72) for v in box)
        drawn = dark_box([row[left : right + 1] for row in pixels[top : bottom + 1]])
        assert drawn is not None, "the tick box is not drawn"
        x0, y0, x1, y1 = drawn
        width, height = x1 - x0 + 1, y1 - y0 + 1
        assert width >= 12 and 0.75 <= width / height <= 1.33, f"not a square big enough to tick: {width}x{height}"
        middle = pixels[top + (y0 + y1) // 2][left + (x0 + x1) // 2]
        assert middle > 200, "the box should be empty inside"
        assert pixels[top + (y0 + y1) // 2][left + x0] < 128  # its left side is drawn


def plain(text: str) -> str:
    """Text as a reader sees it: ligatures and Arabic presentation forms undone, no direction marks,
    single spaces."""
    text = re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFKC", text))
    return " ".join(text.split())


def last_line(page_text: str) -> str:
    """The last line of a printed page, above its page number."""
    lines = [plain(line) for line in page_text.splitlines()]
    lines = [line for line in lines if line and not line.isdigit()]
    return lines[-1] if lines else ""


@pytest.fixture
def english_after() -> Iterator[None]:
    """Put English back after a test in another language: the translators are the application's."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, load_library("en-GB").language_info)


@pytest.mark.usefixtures("english_after")
@pytest.mark.parametrize("language", ["en-GB", "ur"])
def test_printed_advice_pages_keep_headings_with_their_text(
    make_window: Callable[..., MainWindow], tmp_path: Path, language: str
) -> None:
    window = make_window(Settings(reader="parent", first_run=False, language=language))
    advice = window.show_section("advice")
    assert isinstance(advice, AdvicePage)
    content = window.context.library.content
    checked = 0
    for page_id, page in content.pages.items():
        headings = {plain(text) for heading, text in page.paragraphs(content.contacts) if heading}
        advice.show_page(page_id)
        target = tmp_path / f"{page_id}.pdf"
        write_pdf(advice.printable_document(), target, page_id)
        for text in pdf_pages(target)[:-1]:
            assert last_line(text) not in headings, f"{page_id}: a heading ends a page"
            checked += 1
    assert checked >= 5, "too few page breaks to show anything"
