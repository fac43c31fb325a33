"""A printable document built block by block: headings, paragraphs, tick-box lines, and the groups of
blocks that paper keeps on one page (see `printing.KEEP_TOGETHER`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from safetyapp.ui.kit.printing import KEEP_TOGETHER
from safetyapp.ui.kit.text import set_reading_direction

TICK_BOX = "\u2610"
"""☐, drawn on paper where the screen has a tick box."""

_HEADING_SIZES = {1: 1.6, 2: 1.3, 3: 1.1}


class Paper:
    def __init__(self) -> None:
        self.document = QTextDocument()
        set_reading_direction(self.document)
        self._cursor = QTextCursor(self.document)
        self._empty = True
        self._group: int | None = None
        self._groups = 0

    def _font(self, *, bold: bool, size: float) -> QTextCharFormat:
        font = QFont(self.document.defaultFont())
        font.setBold(bold)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * size)
        else:
            font.setPixelSize(round(font.pixelSize() * size))
        characters = QTextCharFormat()
        characters.setFont(font)
        return characters

    def _block(
        self, text: str, *, bold: bool = False, size: float = 1.0, heading: int = 0, indent: int = 0, box: bool = False
    ) -> None:
        block = QTextBlockFormat()
        block.setHeadingLevel(heading)
        block.setIndent(indent)
        block.setTopMargin(10 if heading else 4)
        block.setBottomMargin(4)
        if self._group is not None:
            block.setProperty(KEEP_TOGETHER, self._group)
        characters = self._font(bold=bold or heading > 0, size=size)
        if self._empty:
            self._cursor.setBlockFormat(block)
            self._cursor.setBlockCharFormat(characters)
            self._empty = False
        else:
            self._cursor.insertBlock(block, characters)
        if box:
            self._cursor.insertText(TICK_BOX, self._font(bold=False, size=size * 1.6))
            self._cursor.insertText("  ", characters)
        self._cursor.insertText(text, characters)

    def heading(self, text: str, level: int = 1) -> None:
        self._block(text, heading=level, size=_HEADING_SIZES.get(level, 1.0))

    def paragraph(self, text: str, *, bold: bool = False, indent: int = 0) -> None:
        self._block(text, bold=bold, indent=indent)

    def tick_line(self, text: str) -> None:
        """A line to tick on paper: a box, then the text in bold."""
        self._block(text, bold=True, size=1.1, box=True)

    @contextmanager
    def kept_together(self) -> Iterator[None]:
        """The blocks added inside stay on one page when they fit on one."""
        self._groups += 1
        self._group = self._groups
        try:
            yield
        finally:
            self._group = None
