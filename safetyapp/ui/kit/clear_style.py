"""Tick boxes and radio buttons drawn so they can be seen in every theme.

Fusion draws their edges in a shade of the window colour: about 2:1 on the light theme, and nothing
at all on high contrast's black, where answers looked like plain text. Here the edge, the tick and
the dot are drawn in the text colour on the box colour (WCAG 2.2 non-text contrast asks for 3:1;
every theme gives at least 12:1). Everything else is Fusion's.

Start-up note: any style object in Python (ours, or the one `QApplication.style()` returns) makes
PySide build the `QStyle` class and its 14 enums (about 60 million instructions). The app starts with
Qt's own Fusion, chosen on Qt's command line, and puts this style in place just after the first paint:
the first screen has no tick box or radio button, and everything else is drawn the same.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget


class ClearStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            _draw_indicator(option, painter, round_=False)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            _draw_indicator(option, painter, round_=True)
        else:
            super().drawPrimitive(element, option, painter, widget)


def uses_clear_style(app: QApplication) -> bool:
    """Whether the app draws with `ClearStyle`: as its style, or as the style under its style sheet."""
    style = app.style()
    return isinstance(style, ClearStyle) or any(isinstance(child, ClearStyle) for child in style.children())


def use_clear_style(app: QApplication) -> None:
    """Draw the app with `ClearStyle` from now on (kept if it is already in use)."""
    if not uses_clear_style(app):
        app.setStyle(ClearStyle())


def _draw_indicator(option: QStyleOption, painter: QPainter, *, round_: bool) -> None:
    state = option.state
    enabled = bool(state & QStyle.StateFlag.State_Enabled)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    palette = option.palette
    ink = QColor(palette.color(group, QPalette.ColorRole.Text))
    ground = QColor(palette.color(group, QPalette.ColorRole.Base))
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    side = min(rect.width(), rect.height())
    rect = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    edge = max(2.0, side / 8)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    inside = rect.adjusted(edge / 2, edge / 2, -edge / 2, -edge / 2)
    outline = QPainterPath()
    if round_:
        outline.addEllipse(inside)
    else:
        outline.addRoundedRect(inside, edge, edge)
    painter.fillPath(outline, ground)
    painter.strokePath(outline, QPen(ink, edge))
    on = bool(state & QStyle.StateFlag.State_On)
    if round_ and on:
        dot = QPainterPath()
        dot.addEllipse(rect.center(), side * 0.24, side * 0.24)
        painter.fillPath(dot, ink)
    elif not round_ and (on or state & QStyle.StateFlag.State_NoChange):
        mark = QPainterPath()
        x, y, s = rect.x(), rect.y(), side
        if on:
            mark.moveTo(QPointF(x + s * 0.24, y + s * 0.52))
            mark.lineTo(QPointF(x + s * 0.42, y + s * 0.72))
            mark.lineTo(QPointF(x + s * 0.77, y + s * 0.28))
        else:  # neither: a bar
            mark.moveTo(QPointF(x + s * 0.25, y + s * 0.5))
            mark.lineTo(QPointF(x + s * 0.75, y + s * 0.5))
        painter.strokePath(mark, QPen(ink, max(2.0, side / 7)))
    painter.restore()
