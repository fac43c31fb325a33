"""What the window may ask of a section's page, and the slots that build each page when first needed.

Every section page is a `SectionPage`: the window talks to pages through these hooks only, and to a
particular page through the window's typed accessors (`advice_page()`, `wizard_page()`, ...), never by
guessing at attributes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

READABLE_CHARACTERS = 72
"""How many characters of text a line of a page may hold: about 75 of real text, at any text size."""


def characters_wide(widget: QWidget, characters: int) -> int:
    """The width of `characters` average characters in the widget's font, in pixels."""
    return widget.fontMetrics().averageCharWidth() * characters


class SectionPage(QWidget):
    """A page shown for one section. The defaults do nothing; a page overrides what applies to it."""

    readable_width_changed = Signal()
    """What `readable_width` answers has changed (My notes, opened: its list of cases beside the text)."""

    def readable_width(self) -> int | None:
        """The widest the page is worth showing (None: as wide as the window): lines of a readable
        length, the buttons next to what they act on."""
        margins = self.contentsMargins()
        layout = self.layout()
        if layout is not None:
            layout_margins = layout.contentsMargins()
            margins.setLeft(margins.left() + layout_margins.left())
            margins.setRight(margins.right() + layout_margins.right())
        return characters_wide(self, READABLE_CHARACTERS) + margins.left() + margins.right()

    def first_choice(self) -> QWidget | None:
        """Where the keyboard starts when the page is opened: its first control the keyboard can reach,
        unless the page names one (naming it is quicker: see `HomePage.first_choice`)."""
        from safetyapp.ui.app.screen_fit import first_control

        return first_control(self)

    def opened(self) -> None:
        """The page has just been shown, coming from another section (it is shown from its top)."""

    def print_current(self) -> None:
        """Ctrl+P: print what is being read, if anything is (the advice page, the plan)."""

    def forget_for_quick_exit(self) -> None:
        """Quick exit: drop or lock anything the user entered, before the app closes."""

    def keep_through_language_change(self) -> bool:
        """True to keep this page, as it is, when the language changes (open notes: rather than ask
        for the passphrase again). Otherwise it is rebuilt in the new language."""
        return False

    def shut_down(self) -> None:
        """The page is about to be dropped: save and let go of what it holds."""


Page = TypeVar("Page", bound=SectionPage, covariant=True)


class Slot(Generic[Page]):
    """One section's page: built by `make` when first asked for, dropped to be built again."""

    def __init__(self, make: Callable[[], Page]) -> None:
        self._make = make
        self._page: Page | None = None

    @property
    def built(self) -> Page | None:
        """The page if it has been built, without building it."""
        return self._page

    def get(self) -> tuple[Page, bool]:
        """The page, and whether it was built just now."""
        if self._page is not None:
            return self._page, False
        self._page = self._make()
        return self._page, True

    def drop(self) -> Page | None:
        page, self._page = self._page, None
        return page
