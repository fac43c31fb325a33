"""Draw the app icon (a shield on a calm blue square) and write it in every size and format the
installers need: resources/icons/safetycompanion.png for the window, packaging/icons/ for the
installers (.png sizes for Linux, .ico for Windows, .icns for macOS).

Run it after changing the drawing: `.venv/bin/python scripts/make_icons.py`. The files it writes are
committed, so builds do not need to run it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1d5c8c"))
    painter.drawRoundedRect(QRectF(0.04 * s, 0.04 * s, 0.92 * s, 0.92 * s), 0.2 * s, 0.2 * s)
    shield = QPainterPath()
    shield.moveTo(QPointF(0.5 * s, 0.16 * s))
    shield.lineTo(QPointF(0.78 * s, 0.27 * s))
    shield.cubicTo(QPointF(0.78 * s, 0.55 * s), QPointF(0.68 * s, 0.74 * s), QPointF(0.5 * s, 0.85 * s))
    shield.cubicTo(QPointF(0.32 * s, 0.74 * s), QPointF(0.22 * s, 0.55 * s), QPointF(0.22 * s, 0.27 * s))
    shield.closeSubpath()
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(shield)
    tick = QPainterPath()
    tick.moveTo(QPointF(0.37 * s, 0.5 * s))
    tick.lineTo(QPointF(0.47 * s, 0.6 * s))
    tick.lineTo(QPointF(0.64 * s, 0.4 * s))
    pen = QPen(QColor("#1d5c8c"), max(1.5, 0.07 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    icons = ROOT / "packaging" / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    (ROOT / "resources" / "icons").mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(icons / f"safetycompanion-{size}.png"))
    draw(256).save(str(icons / "safetycompanion.png"))
    draw(256).save(str(ROOT / "resources" / "icons" / "safetycompanion.png"))
    if not draw(256).save(str(icons / "safetycompanion.ico")):
        print("could not write .ico (Qt's ico plugin missing)", file=sys.stderr)
        return 1
    if not draw(512).save(str(icons / "safetycompanion.icns")):
        print("could not write .icns (Qt's icns plugin missing)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
