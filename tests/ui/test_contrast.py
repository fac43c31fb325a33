"""WCAG 2.2 AA contrast, computed from each theme's real palette and style sheet: 4.5:1 for text, 3:1 for
focus outlines and borders people rely on (non-text contrast). Disabled controls are exempt (WCAG 1.4.3)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from safetyapp.ui.kit.theme import accent_colour, effective_palette, stylesheet
from tests.helpers.contrast import NON_TEXT, TEXT, contrast


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WCAG's own example


def themes() -> list[tuple[str, QPalette]]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    system = app.style().standardPalette()
    return [
        (name, effective_palette(name.split(" ")[0], system))
        for name in ("light", "dark", "high-contrast", "system (Fusion default)")
    ]


@pytest.mark.parametrize(("theme", "palette"), themes(), ids=lambda value: value if isinstance(value, str) else "")
def test_every_text_colour_meets_aa_on_its_background(theme: str, palette: QPalette) -> None:
    role = QPalette.ColorRole
    name = theme.split(" ")[0]
    sheet = stylesheet(100, name, palette)
    banner = re.search(r"QFrame#banner \{ background: (#[0-9a-f]{6})", sheet)
    assert banner is not None
    pairs = {
        "text on window": (role.WindowText, role.Window),
        "text in boxes": (role.Text, role.Base),
        "text on alternate rows": (role.Text, role.AlternateBase),
        "button text": (role.ButtonText, role.Button),
        "selected text": (role.HighlightedText, role.Highlight),
        "links": (role.Link, role.Base),
        "links on window": (role.Link, role.Window),
        "placeholder text": (role.PlaceholderText, role.Base),
        "tooltips": (role.ToolTipText, role.ToolTipBase),
    }
    failures = []
    for what, (fore, back) in pairs.items():
        ratio = contrast(palette.color(fore), palette.color(back))
        if ratio < TEXT:
            failures.append(f"{what}: {ratio:.2f}")
    accent = accent_colour(name, palette)
    for what, text, ground in (
        ("danger line on the banner", accent, banner.group(1)),
        ("Quick exit button", "#ffffff", "#b3261e"),
        ("urgent box text", palette.color(role.WindowText), palette.color(role.Window)),
    ):
        if (ratio := contrast(text, ground)) < TEXT:
            failures.append(f"{what}: {ratio:.2f}")
    focus = re.search(r"QPushButton:focus \{ border: 3px solid (#[0-9a-f]{6})", sheet)
    assert focus is not None
    for what, back in (("window", role.Window), ("boxes", role.Base)):
        if (ratio := contrast(focus.group(1), palette.color(back))) < NON_TEXT:
            failures.append(f"focus outline on {what}: {ratio:.2f}")
    assert not failures, f"{theme}: " + "; ".join(failures)
