"""Colours and text size: the system's theme, light, dark or high contrast, at 100 to 200%."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from safetyapp.core.settings import Settings

BASE_POINT_SIZE = 11.0

# name: (window, text, base, alt base, button, highlight, highlighted text, link, accent)
PALETTES: dict[str, tuple[str, ...]] = {
    "light": ("#f7f7f5", "#1b1b1b", "#ffffff", "#eef1f4", "#e6e9ed", "#1d5fa8", "#ffffff", "#0b4f9c", "#8a1c1c"),
    "dark": ("#1e1f22", "#f0f0f0", "#2a2c30", "#33363b", "#3a3d42", "#8ab4f8", "#101114", "#9cc3ff", "#ff9b9b"),
    "high-contrast": (
        "#000000",
        "#ffffff",
        "#000000",
        "#101010",
        "#000000",
        "#ffff00",
        "#000000",
        "#ffff00",
        "#ffff00",
    ),
}


def palette_for(theme: str) -> QPalette | None:
    """The palette for a theme, or None to follow the system."""
    colours = PALETTES.get(theme)
    if colours is None:
        return None
    window, text, base, alt, button, highlight, highlighted, link, _accent = (QColor(c) for c in colours)
    palette = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Window, window)
        palette.setColor(group, role.WindowText, text)
        palette.setColor(group, role.Base, base)
        palette.setColor(group, role.AlternateBase, alt)
        palette.setColor(group, role.Text, text)
        palette.setColor(group, role.Button, button)
        palette.setColor(group, role.ButtonText, text)
        palette.setColor(group, role.ToolTipBase, base)
        palette.setColor(group, role.ToolTipText, text)
        palette.setColor(group, role.PlaceholderText, text.darker(130) if theme != "light" else QColor("#555555"))
        palette.setColor(group, role.Highlight, highlight)
        palette.setColor(group, role.HighlightedText, highlighted)
        palette.setColor(group, role.Link, link)
        palette.setColor(group, role.LinkVisited, link)
    disabled = QColor("#767676") if theme == "light" else QColor("#a0a0a0")
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return palette


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def effective_palette(theme: str, system: QPalette) -> QPalette:
    """The palette used for a theme. Following the system keeps its colours, except that a selection
    colour too pale for its text (Fusion's own blue under white gives 3.7:1) is darkened until it meets
    WCAG AA (4.5:1), as the app shows the current section that way."""
    ours = palette_for(theme)
    if ours is not None:
        return ours
    palette = system.__copy__()  # (not QPalette(system): choosing among its constructors costs 40 ms)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        for _ in range(20):
            if _contrast(highlight, text) >= 4.5:
                break
            highlight = highlight.darker(110) if _luminance(text) > 0.5 else highlight.lighter(110)
        palette.setColor(group, QPalette.ColorRole.Highlight, highlight)
    return palette


def accent_colour(theme: str, palette: QPalette) -> str:
    """The colour of the danger line: dark red on light, a light red on dark, yellow in high contrast."""
    colours = PALETTES.get(theme)
    if colours:
        return colours[8]
    return "#ff9b9b" if palette.color(QPalette.ColorRole.Window).lightness() < 128 else "#8a1c1c"


def stylesheet(scale: int, theme: str, palette: QPalette) -> str:
    """Font sizes scale together; focus is always clearly visible."""

    def pt(size: float) -> str:
        return f"{size * scale / 100:.1f}pt"

    def px(size: float) -> str:
        return f"{round(size * scale / 100)}px"

    focus = "#ffff00" if theme == "high-contrast" else palette.color(QPalette.ColorRole.Highlight).name()
    accent = accent_colour(theme, palette)
    border = "#ffffff" if theme == "high-contrast" else palette.color(QPalette.ColorRole.Mid).name()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    banner = "#000000" if theme == "high-contrast" else ("#3a2224" if dark else "#fbeaea")
    # The current section is shown in the focus colour: its ring is the text colour, seen on both.
    ring = palette.color(QPalette.ColorRole.WindowText).name()
    return f"""
QLabel[role="h1"] {{ font-size: {pt(20)}; font-weight: 600; }}
QLabel[role="h2"] {{ font-size: {pt(15)}; font-weight: 600; }}
QLabel[role="h3"] {{ font-size: {pt(12.5)}; font-weight: 600; }}
QLabel[role="small"] {{ font-size: {pt(9.5)}; }}
QLabel#dangerLine {{ font-size: {pt(12)}; font-weight: 600; color: {accent}; }}
QPushButton#quickExit {{ font-size: {pt(12)}; font-weight: 700; padding: 5px 15px;
    background: #b3261e; color: #ffffff; border: 3px solid #ffffff; border-radius: 4px; }}
QPushButton#quickExit:focus {{ border-color: {focus}; }}
QPushButton[role="big"] {{ border: 1px solid {border}; border-radius: 6px;
    background: {palette.color(QPalette.ColorRole.Base).name()}; }}
QPushButton[role="big"]:hover {{ border: 2px solid {focus};
    background: {palette.color(QPalette.ColorRole.Base).name()}; }}
QPushButton[role="big"]:focus {{ border: 3px solid {focus}; }}
QLabel[role="bigTitle"] {{ font-size: {pt(14)}; font-weight: 600; }}
QFrame#banner {{ background: {banner}; border-bottom: 1px solid {border}; }}
QPushButton[role="nav"] {{ font-size: {pt(12)}; text-align: left; padding: 6px 11px;
    border: 3px solid transparent; border-radius: 4px; background: transparent; }}
QPushButton[role="nav"]:checked {{ background: {palette.color(QPalette.ColorRole.Highlight).name()};
    color: {palette.color(QPalette.ColorRole.HighlightedText).name()}; }}
QPushButton[role="nav"]:focus {{ border: 3px solid {ring}; padding: 6px 11px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {px(14)}; height: {px(14)}; }}
QLabel[role="stepAction"] {{ font-size: {pt(12.5)}; font-weight: 600; }}
QLabel[role="reassurance"] {{ font-size: {pt(12)}; }}
QFrame#urgent {{ border: 2px solid {accent}; border-radius: 6px; }}
QFrame[role="card"] {{ border: 1px solid {border}; border-radius: 6px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QDateTimeEdit, QSpinBox, QComboBox {{ border-radius: 3px; }}
QLabel#floatingNote {{ background: {palette.color(QPalette.ColorRole.Base).name()};
    color: {palette.color(QPalette.ColorRole.Text).name()}; border: 2px solid {focus}; border-radius: 4px;
    padding: 6px 10px; }}
QPushButton {{ border-radius: 4px; background: {palette.color(QPalette.ColorRole.Button).name()}; }}
QPushButton:hover {{ background: {palette.color(QPalette.ColorRole.AlternateBase).name()}; }}
QPushButton:pressed, QPushButton:checked {{ background: {palette.color(QPalette.ColorRole.Mid).name()}; }}
QPushButton:disabled {{ color: {palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()}; }}
QPushButton:flat {{ border-color: transparent; background: transparent; }}
QCheckBox, QRadioButton {{ border: 3px solid transparent; border-radius: 3px; padding: 1px; }}
QProgressBar {{ border: 2px solid {palette.color(QPalette.ColorRole.Text).name()}; border-radius: 3px;
    background: {palette.color(QPalette.ColorRole.Base).name()}; text-align: center; }}
QProgressBar::chunk {{ background: {palette.color(QPalette.ColorRole.Highlight).name()}; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {focus}; }}
{focus_rings(border, focus)}
"""


# Every control the keyboard can reach shows a 3 px ring in the focus colour. The ring takes the
# place of a 1 px border and 2 px of padding, so the control keeps its size: nothing moves or is cut
# off when focus arrives. (control: its padding with the ring, top and bottom, then left and right)
FOCUS_RING = 3
_RINGED = {
    "QPushButton": (3, 12),
    "QToolButton": (2, 4),
    "QComboBox": (2, 4),
    "QLineEdit": (1, 2),
    "QTextEdit": (0, 0),
    "QPlainTextEdit": (0, 0),
    "QListView": (0, 0),
    "QTextBrowser": (0, 0),
    "QSpinBox": (1, 2),
    "QDateTimeEdit": (1, 2),
}


def focus_rings(border: str, focus: str) -> str:
    gap = FOCUS_RING - 1
    rules = []
    for name, (vertical, horizontal) in _RINGED.items():
        rules.append(
            f"{name} {{ border: 1px solid {border}; padding: {vertical + gap}px {horizontal + gap}px; }}\n"
            f"{name}:focus {{ border: {FOCUS_RING}px solid {focus}; "
            f"padding: {vertical}px {horizontal}px; }}"
        )
    return "\n".join(rules)


_SYSTEM_PALETTES: dict[int, QPalette] = {}


def system_palette(app: QApplication) -> QPalette:
    """The palette the application started with (before any theme of ours), kept per application.
    (Kept here, not as an attribute of the app: looking up a missing attribute on a Qt object makes
    PySide build dozens of enums, 30 ms at start-up.)"""
    key = id(app)
    if key not in _SYSTEM_PALETTES:
        _SYSTEM_PALETTES[key] = app.palette()  # a copy (QPalette(...) would cost 40 ms, see above)
    return _SYSTEM_PALETTES[key]


def apply_theme(app: QApplication, settings: Settings, system_palette: QPalette, *, style: bool = True) -> None:
    """`system_palette` is the palette the app started with: "system" goes back to it. With `style`
    False the app's style is left as it is (see `clear_style`: the app puts it in place after its
    first paint)."""
    if style:
        from safetyapp.ui.kit.clear_style import use_clear_style

        use_clear_style(app)
    app.setPalette(effective_palette(settings.theme, system_palette))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * settings.text_scale / 100)
    app.setFont(font)
    app.setStyleSheet(stylesheet(settings.text_scale, settings.theme, app.palette()))
