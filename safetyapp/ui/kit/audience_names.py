"""How each reader is named on screen (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def audience_name(audience: str | None) -> str:
    names = {
        "young": QCoreApplication.translate("Audience", "A young person"),
        "parent": QCoreApplication.translate("Audience", "A parent or carer"),
        "staff": QCoreApplication.translate("Audience", "Someone who works with young people"),
        "adult": QCoreApplication.translate("Audience", "An adult (18 or over)"),
    }
    return names.get(audience or "", QCoreApplication.translate("Audience", "Everyone"))


def audience_choice(audience: str) -> tuple[str, str]:
    """The title and detail of the "Who are you?" choice for a reader."""
    choices = {
        "young": (
            QCoreApplication.translate("Audience", "I am a young person"),
            QCoreApplication.translate("Audience", "I am under 18, and this is about me or a friend"),
        ),
        "parent": (
            QCoreApplication.translate("Audience", "I am a parent or carer"),
            QCoreApplication.translate("Audience", "I am worried about my child, or want to be ready"),
        ),
        "staff": (
            QCoreApplication.translate("Audience", "I work with young people"),
            QCoreApplication.translate("Audience", "For example in a school, a club or a youth group"),
        ),
        "adult": (
            QCoreApplication.translate("Audience", "I am an adult"),
            QCoreApplication.translate("Audience", "I am 18 or over, and this is happening to me"),
        ),
    }
    return choices[audience]


def audience_heading(audience: str) -> str:
    """The heading over a reader's pages in the advice list."""
    headings = {
        "young": QCoreApplication.translate("Audience", "For young people"),
        "parent": QCoreApplication.translate("Audience", "For parents and carers"),
        "staff": QCoreApplication.translate("Audience", "For people who work with young people"),
        "adult": QCoreApplication.translate("Audience", "For adults it is happening to"),
    }
    return headings[audience]
