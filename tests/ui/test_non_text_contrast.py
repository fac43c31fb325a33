"""WCAG 2.2 non-text contrast (1.4.11), measured on the pixels the app really draws: in every theme,
the edge of each radio button and tick box, the mark that shows it is chosen, the progress bar and
the focus ring stand out 3:1 from what is next to them. (High contrast once drew no radio buttons or
tick boxes at all, so answers looked like plain text; the light theme drew their edges at about 2:1.)

Each control is drawn alone in a small window (QWidget.grab()) under the app's own style and theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from safetyapp.core.settings import Settings
from safetyapp.ui.kit.theme import FOCUS_RING, apply_theme, system_palette
from tests.helpers.contrast import NON_TEXT, contrast

THEMES = ("light", "dark", "high-contrast", "system")


@pytest.fixture(params=THEMES)
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    name = str(request.param)
    apply_theme(qapp, Settings(theme=name), system_palette(qapp))
    yield name
    apply_theme(qapp, Settings(), system_palette(qapp))


class Shown:
    """`control` alone in a small window, with a line edit beside it to take the focus away."""

    def __init__(self, qtbot: QtBot, control: QWidget) -> None:
        self.window = QWidget()
        layout = QVBoxLayout(self.window)
        layout.setContentsMargins(16, 16, 16, 16)
        self.control = control
        self.elsewhere = QLineEdit()
        layout.addWidget(control)
        layout.addWidget(self.elsewhere)
        qtbot.addWidget(self.window)
        self.window.resize(260, 120)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        self.elsewhere.setFocus()
        self.qtbot = qtbot

    def grab(self) -> QImage:
        self.qtbot.wait(30)
        return self.window.grab().toImage()

    @property
    def rect(self) -> QRect:
        return self.control.geometry()

    def background(self, image: QImage) -> QColor:
        return image.pixelColor(2, 2)


def standing_out(image: QImage, area: QRect, ground: QColor) -> QRect:
    """The smallest rectangle round the pixels of `area` that stand out 3:1 from `ground`."""
    found = QRect()
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            if contrast(image.pixelColor(x, y), ground) >= NON_TEXT:
                found = found.united(QRect(x, y, 1, 1))
    return found


def edge_all_round(image: QImage, box: QRect, ground: QColor) -> list[str]:
    """Which sides of `box` have no pixel standing out from `ground` near the middle of that side."""
    middle = box.center()
    sides = {
        "top": [(middle.x(), box.top() + d) for d in range(3)],
        "bottom": [(middle.x(), box.bottom() - d) for d in range(3)],
        "left": [(box.left() + d, middle.y()) for d in range(3)],
        "right": [(box.right() - d, middle.y()) for d in range(3)],
    }
    return [
        side
        for side, points in sides.items()
        if not any(contrast(image.pixelColor(x, y), ground) >= NON_TEXT for x, y in points)
    ]


@pytest.mark.parametrize("kind", [QRadioButton, QCheckBox])
def test_radio_buttons_and_tick_boxes_show_their_edge_and_their_mark(
    qtbot: QtBot, theme: str, kind: type[QRadioButton] | type[QCheckBox]
) -> None:
    control = kind()  # no words: only the indicator stands out
    shown = Shown(qtbot, control)
    off = shown.grab()
    ground = shown.background(off)
    box = standing_out(off, shown.rect, ground)
    assert box.width() >= 10 and box.height() >= 10, f"{theme}: the unchosen {kind.__name__} can hardly be seen"
    assert edge_all_round(off, box, ground) == [], f"{theme}: the {kind.__name__}'s edge is too faint there"
    control.setChecked(True)
    on = shown.grab()
    inner = box.adjusted(box.width() // 4, box.height() // 4, -(box.width() // 4), -(box.height() // 4))
    marked = [
        (x, y)
        for y in range(inner.top(), inner.bottom() + 1)
        for x in range(inner.left(), inner.right() + 1)
        if contrast(on.pixelColor(x, y), off.pixelColor(x, y)) >= NON_TEXT
    ]
    assert len(marked) >= 6, f"{theme}: choosing the {kind.__name__} hardly changes it ({len(marked)} pixels)"


def test_the_progress_bar_shows_how_far_and_where_it_ends(qtbot: QtBot, theme: str) -> None:
    bar = QProgressBar()
    bar.setTextVisible(False)
    bar.setValue(50)
    shown = Shown(qtbot, bar)
    image = shown.grab()
    ground = shown.background(image)
    rect = shown.rect
    y = rect.center().y()
    done = image.pixelColor(rect.left() + rect.width() // 4, y)
    to_go = image.pixelColor(rect.right() - rect.width() // 4, y)
    assert contrast(done, to_go) >= NON_TEXT, f"{theme}: the filled part {contrast(done, to_go):.2f}:1 to the rest"
    assert edge_all_round(image, rect, ground) == [], f"{theme}: the bar's end cannot be seen against the window"


FOCUSABLE = ("button", "current section", "big button", "drop-down", "text box", "tick box", "radio button")


def _focusable(name: str) -> QWidget:
    nav = QPushButton("Home")
    nav.setProperty("role", "nav")
    nav.setCheckable(True)
    nav.setChecked(True)  # the current section: the ring must show on the highlighted button too
    big = QPushButton("Start")
    big.setProperty("role", "big")
    combo = QComboBox()
    combo.addItems(["Light", "Dark"])
    controls: dict[str, QWidget] = {
        "button": QPushButton("Continue"),
        "current section": nav,
        "big button": big,
        "drop-down": combo,
        "text box": QLineEdit("x"),
        "tick box": QCheckBox("Done"),
        "radio button": QRadioButton("Yes"),
    }
    return controls[name]


@pytest.mark.parametrize("name", FOCUSABLE)
def test_the_focus_ring_stands_out_on_every_side(qtbot: QtBot, theme: str, name: str) -> None:
    control = _focusable(name)
    shown = Shown(qtbot, control)
    before = shown.grab()
    ground = shown.background(before)
    control.setFocus()
    assert control.hasFocus()
    after = shown.grab()
    rect = shown.rect
    middle = rect.center()
    ring = FOCUS_RING // 2  # the middle of the ring
    points = {
        "top": (middle.x(), rect.top() + ring),
        "bottom": (middle.x(), rect.bottom() - ring),
        "left": (rect.left() + ring, middle.y()),
        "right": (rect.right() - ring, middle.y()),
    }
    faint = []
    for side, (x, y) in points.items():
        colour = after.pixelColor(x, y)
        against_window, change = contrast(colour, ground), contrast(colour, before.pixelColor(x, y))
        # (a drop-down's arrow button sits at the right, by the ring: the change is measured above and below)
        if against_window < NON_TEXT or (change < NON_TEXT and side in ("top", "bottom")):
            faint.append(f"{side}: {against_window:.2f}:1 to the window, {change:.2f}:1 to no focus")
    assert faint == [], f"{theme}, {name}: " + "; ".join(faint)
