"""How each reader is named on screen (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safetyapp.core.readers import ADULT, PARENT, STAFF, YOUNG, Reader


def reader_name(reader: Reader | None) -> str:
    names: dict[Reader | None, str] = {
        YOUNG: QCoreApplication.translate("Reader", "A young person"),
        PARENT: QCoreApplication.translate("Reader", "A parent or carer"),
        STAFF: QCoreApplication.translate("Reader", "Someone who works with young people"),
        ADULT: QCoreApplication.translate("Reader", "An adult (18 or over)"),
    }
    return names.get(reader, QCoreApplication.translate("Reader", "Everyone"))


def reader_choice(reader: Reader) -> tuple[str, str]:
    """The title and detail of the "Who are you?" choice for a reader."""
    choices = {
        YOUNG: (
            QCoreApplication.translate("Reader", "I am a young person"),
            QCoreApplication.translate("Reader", "I am under 18, and this is about me or a friend"),
        ),
        PARENT: (
            QCoreApplication.translate("Reader", "I am a parent or carer"),
            QCoreApplication.translate("Reader", "I am worried about my child, or want to be ready"),
        ),
        STAFF: (
            QCoreApplication.translate("Reader", "I work with young people"),
            QCoreApplication.translate("Reader", "For example in a school, a club or a youth group"),
        ),
        ADULT: (
            QCoreApplication.translate("Reader", "I am an adult"),
            QCoreApplication.translate("Reader", "I am 18 or over, and this is happening to me"),
        ),
    }
    return choices[reader]


def reader_heading(reader: Reader) -> str:
    """The heading over a reader's pages in the advice list."""
    headings = {
        YOUNG: QCoreApplication.translate("Reader", "For young people"),
        PARENT: QCoreApplication.translate("Reader", "For parents and carers"),
        STAFF: QCoreApplication.translate("Reader", "For people who work with young people"),
        ADULT: QCoreApplication.translate("Reader", "For adults it is happening to"),
    }
    return headings[reader]
