"""The main window: the danger line and Quick exit always in view, sections on the left.

Start-up note: the first touch of the `Qt` enum namespace costs about 20 ms in PySide6, so nothing
built before the first paint uses it; pages other than Home are built when first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safetyapp import APP_NAME
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.app.nav_bar import NavArea, NavBar
from safetyapp.ui.app.problem_bar import ProblemBar
from safetyapp.ui.app.quick_exit import QuickExit
from safetyapp.ui.app.screen_fit import first_control, fit_to_screen, keep_on_screen
from safetyapp.ui.app.sections import Page, SectionPage, Slot
from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import action_button, paragraph
from safetyapp.ui.pages.home import HomePage

if TYPE_CHECKING:  # imported when first opened, for a quicker first paint
    from safetyapp.ui.notes import NotesPage
    from safetyapp.ui.pages.advice import AdvicePage
    from safetyapp.ui.pages.help import HelpPage
    from safetyapp.ui.pages.settings import SettingsPage
    from safetyapp.ui.pages.welcome import WelcomePage
    from safetyapp.ui.pages.wizard import WizardPage

SECTIONS = ("home", "advice", "wizard", "notes", "help", "settings")


def _leave_focus_to_contents(area: QScrollArea) -> None:
    """Tab goes to the page's own controls, which scroll into view; the scroll area is no extra stop."""
    from PySide6.QtCore import Qt

    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class PageStack(QStackedWidget):
    """Sized by the page on show, not by the largest page ever opened; never wider than the page can
    use (`SectionPage.readable_width`), so on a wide screen lines stay readable and a page's buttons
    stay next to its content."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.fit_page())

    def fit_page(self) -> None:
        page = self.currentWidget()
        width = page.readable_width() if isinstance(page, SectionPage) else None
        self.setMaximumWidth(width if width is not None else 16_777_215)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class PageColumn(QWidget):
    """What the window's scroll area holds: the page stack at its readable width, beside the sections."""

    def __init__(self, stack: PageStack) -> None:
        super().__init__()
        self._stack = stack
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(stack, 1)
        row.addStretch(0)

    def heightForWidth(self, width: int) -> int:
        """The least height the page shown needs at this width: the scroll area makes the page this
        tall at least. (Qt's own answer is the tallest page's preferred height, whichever page is
        shown: every page was as tall as Home, which pushed buttons off small screens.)"""
        page = self._stack.currentWidget()
        layout = page.layout() if page is not None else None
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(min(width, self._stack.maximumWidth()))


class MainWindow(QMainWindow):
    first_painted = Signal()
    """Emitted once, just after the window first appears: the moment for work that can wait."""

    def __init__(self, context: AppContext, quick_exit: QuickExit) -> None:
        super().__init__()
        self.context = context
        self.quick_exit = quick_exit
        self.painted = False
        """Whether the window has been on screen (see `first_painted`)."""
        self.setWindowTitle(APP_NAME)  # never anything the user typed
        self._fitted = False
        self._outdated: set[str] = set()  # pages kept open through a change of language
        self._home = Slot(self._make_home)
        self._advice = Slot(self._make_advice)
        self._wizard = Slot(self._make_wizard)
        self._notes = Slot(self._make_notes) if context.policy.notes_allowed else None
        self._help = Slot(self._make_help)
        self._settings = Slot(self._make_settings)
        self._slots: dict[str, Slot[SectionPage]] = {
            "home": self._home,
            "advice": self._advice,
            "wizard": self._wizard,
            "help": self._help,
            "settings": self._settings,
        }
        self._slots["notes"] = self._notes or Slot(self._make_notes_turned_off)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._banner())
        self.problem_bar = ProblemBar()
        outer.addWidget(self.problem_bar)
        context.settings_saved.connect(self.problem_bar.settings_saved)
        context.open_guide.connect(self.open_guide)
        context.settings_changed.connect(self._language_changed)
        context.content_changed.connect(self.reload_content)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.nav = NavBar(self._section_names(), self.tr("Sections"))
        self.nav.chosen.connect(self.show_section)
        self.stack = PageStack()
        context.settings_changed.connect(self.stack.fit_page)  # the text size sets the readable width
        # At large text sizes a page may need more room than the screen has: it scrolls, and the window
        # never grows past the screen (which would cut the page off at the screen's edge).
        pages = QScrollArea()
        self.pages_area = pages
        pages.setWidget(PageColumn(self.stack))
        pages.setWidgetResizable(True)
        pages.setFrameShape(QFrame.Shape.NoFrame)
        pages.setAccessibleName(self.tr("Page"))
        self.first_painted.connect(lambda: _leave_focus_to_contents(pages))  # (Qt's namespace: after the paint)
        self.nav_area = NavArea(self.nav)
        body.addWidget(self.nav_area)
        body.addWidget(pages, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.welcome: WelcomePage | None = None
        self.first_painted.connect(self._add_shortcuts)  # QKeySequence's many enums: after the paint
        if context.settings.first_run:
            self._ask_reader_again()
        else:
            self.show_section("home")

    # chrome ---------------------------------------------------------------------------------
    def _section_names(self) -> dict[str, str]:
        names = {
            "home": self.tr("Home"),
            "advice": self.tr("Advice"),
            "wizard": self.tr("What to do now"),
            "notes": self.tr("My notes"),
            "help": self.tr("Get help"),
            "settings": self.tr("Settings"),
        }
        if not self.context.policy.notes_allowed:  # turned off by the organisation: not offered at all
            del names["notes"]
        return names

    def _banner(self) -> QWidget:
        banner = QFrame()  # a frame paints its style-sheet background without extra flags
        banner.setObjectName("banner")
        row = QHBoxLayout(banner)
        row.setContentsMargins(16, 8, 16, 8)
        self.danger_line = QLabel()
        self.danger_line.setObjectName("dangerLine")
        row.addWidget(self.danger_line, 1)
        self.quick_exit_hint = QLabel()
        self.quick_exit_hint.setProperty("role", "small")
        row.addWidget(self.quick_exit_hint)
        self.quick_exit_button = action_button("")
        self.quick_exit_button.setObjectName("quickExit")
        self.quick_exit_button.clicked.connect(self.quick_exit.trigger)
        row.addWidget(self.quick_exit_button)
        self._banner_text()
        return banner

    def _banner_text(self) -> None:
        emergency = self.context.library.contact("emergency")  # (read alone: the whole list can wait)
        number = emergency.phone if emergency else "999"
        self.danger_line.setText(fill(self.tr("In danger right now? Call %1."), number))
        self.danger_line.setAccessibleName(self.danger_line.text())
        self.quick_exit_hint.setText(self.tr("Or press Shift three times"))
        self.quick_exit_button.setText(self.tr("Quick exit"))
        self.quick_exit_button.setAccessibleName(self.tr("Quick exit"))
        self.quick_exit_button.setAccessibleDescription(
            self.tr("Closes the app at once. Shortcut: press Shift three times, or Esc twice.")
        )
        self.quick_exit_button.setToolTip(self.quick_exit_button.accessibleDescription())

    def _add_shortcuts(self) -> None:
        """Keyboard shortcuts for the whole window (listed on the Get help page)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        for number, section in enumerate(SECTIONS, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda s=section: self._go(s))
        QShortcut(QKeySequence("F1"), self, lambda: self._go("help"))
        QShortcut(QKeySequence("Ctrl+F"), self, self._search)
        QShortcut(QKeySequence("Ctrl+P"), self, self._print)

    def _go(self, section: str) -> None:
        if section in self.nav.buttons and self.welcome is None:
            self.show_section(section)
            self.nav.buttons[section].setFocus()

    def _search(self) -> None:
        if self.welcome is None:
            self.show_section("advice")
            self.advice_page().search.setFocus()
            self.advice_page().search.selectAll()

    def _print(self) -> None:
        """Print what is being read: the advice page, or the plan."""
        page = self.stack.currentWidget()
        if isinstance(page, SectionPage):
            page.print_current()

    # language -------------------------------------------------------------------------------
    def _language_changed(self) -> None:
        if self.context.settings.language != self.context.library.language:
            self.switch_language()

    def switch_language(self) -> None:
        """Show the app in the language now chosen, at once, on the same section. Pages are rebuilt in
        the new language; what the user was doing is kept: the wizard's answers are replayed, and open
        notes stay open (My notes is shown in the new language the next time it is opened)."""
        current = self.current_section or "home"
        self._reload_library()
        self.nav.set_labels(self._section_names())
        self.nav.setAccessibleName(self.tr("Sections"))
        self.show_section(current)
        if current == "settings":  # the user changed the language there: keep the keyboard where it was
            self.settings_page().language.setFocus()

    def reload_content(self) -> None:
        """Show the content now in use (an update, or the built-in content again) at once. The section on
        screen, Settings, where that was chosen, stays as it is until it is next opened."""
        self._reload_library(keep=self.current_section)

    def _reload_library(self, keep: str | None = None) -> None:
        from safetyapp.core.library import load_library
        from safetyapp.ui.kit.languages import install_language

        self.context.library = load_library(self.context.settings.language, self.context.content_root)
        install_language(self.context.app, self.context.library.language_info)
        wizard = self._wizard.built
        answers = dict(wizard.session.answers) if wizard is not None else {}
        for section, slot in self._slots.items():
            page = slot.built
            if page is None:
                continue
            if page.keep_through_language_change() or section == keep:
                self._outdated.add(section)  # rebuilt with the new library once it lets go (see page())
                continue
            self._drop_page(section)
        self._banner_text()
        if answers and keep != "wizard":
            self.wizard_page().restore(answers)

    def show_problems(self, problems: list[str]) -> None:
        """Say plainly that part of the app could not be loaded; everything else still works."""
        self.problem_bar.show_problems(problems, self.context.policy)

    # sections -------------------------------------------------------------------------------
    def page(self, section: str) -> SectionPage:
        """The page for a section, built the first time it is needed (keeps start-up quick)."""
        return self._page_of(self._slots[section])

    def _page_of(self, slot: Slot[Page]) -> Page:
        section = next(name for name, each in self._slots.items() if each is slot)
        built = slot.built
        if section in self._outdated and built is not None and not built.keep_through_language_change():
            self._outdated.discard(section)  # let go since the language changed: now in the new language
            self._drop_page(section)
        page, new = slot.get()
        if new:
            self.stack.addWidget(page)
            page.readable_width_changed.connect(self.stack.fit_page)
            self.quick_exit.add_cleanup(page.forget_for_quick_exit)
        return page

    # Each section's page, typed; built (not shown) if it is not there yet.
    def home_page(self) -> HomePage:
        return self._page_of(self._home)

    def advice_page(self) -> AdvicePage:
        return self._page_of(self._advice)

    def wizard_page(self) -> WizardPage:
        return self._page_of(self._wizard)

    def notes_page(self) -> NotesPage | None:
        """None when the organisation has turned My notes off."""
        return self._page_of(self._notes) if self._notes is not None else None

    def help_page(self) -> HelpPage:
        return self._page_of(self._help)

    def settings_page(self) -> SettingsPage:
        return self._page_of(self._settings)

    def _drop_page(self, section: str) -> None:
        """Remove a built page (to build it again in another language), letting go of what it holds."""
        page = self._slots[section].drop()
        if page is None:
            return
        page.shut_down()
        self.quick_exit.remove_cleanups_of(page)
        self.stack.removeWidget(page)
        page.deleteLater()

    def show_section(self, section: str) -> SectionPage:
        """Show a section's page; one opened from another section is shown from its top, and the
        keyboard goes to its first choice, unless it is in the section list (moving through the
        sections with the arrow keys)."""
        page = self.page(section)
        opened = self.stack.currentWidget() is not page
        self.stack.setCurrentWidget(page)
        self.nav.set_current(section)
        self.nav_area.show_current()
        if opened:
            self.pages_area.verticalScrollBar().setValue(0)
            page.opened()
            focus = self.focusWidget()
            if focus is None or not self.nav.isAncestorOf(focus):
                self._focus_first_choice()
        return page

    def _focus_first_choice(self) -> None:
        page = self.stack.currentWidget()
        chooser = page if isinstance(page, SectionPage) else self.welcome if page is self.welcome else None
        control = chooser.first_choice() if chooser is not None else None
        if control is None and page is not None:
            control = first_control(page)
        if control is not None:
            control.setFocus()

    @property
    def current_section(self) -> str | None:
        current = self.stack.currentWidget()
        return next((name for name, slot in self._slots.items() if slot.built is current), None)

    def _reader_chosen(self, reader: object) -> None:
        self.context.update_settings(
            self.context.settings.with_(reader=reader if isinstance(reader, str) else None, first_run=False)
        )
        if self.welcome is not None:
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None
        self.show_section("home")
        self._focus_first_choice()  # (the chosen button has gone, and Qt had moved the focus to the sections)

    def _make_home(self) -> HomePage:
        home = HomePage(self.context)
        home.go_wizard.connect(lambda: self.show_section("wizard"))
        home.go_advice.connect(lambda: self.show_section("advice"))
        home.go_help.connect(lambda: self.show_section("help"))
        home.open_page.connect(self.open_advice_page)
        home.change_reader.connect(self._ask_reader_again)
        if self.painted:
            home.refresh()
        else:
            self.first_painted.connect(home.refresh)
        return home

    def _ask_reader_again(self) -> None:
        """Show the question "who are you?" (the first start, or Home's Change)."""
        if self.welcome is None:
            from safetyapp.ui.pages.welcome import WelcomePage  # (only the first start shows it first)

            self.welcome = WelcomePage()
            self.welcome.chosen.connect(self._reader_chosen)
            self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)

    # Pages other than Home are imported when first opened: the window paints sooner.
    def _make_advice(self) -> AdvicePage:
        from safetyapp.ui.pages.advice import AdvicePage

        advice = AdvicePage(self.context)
        advice.open_contact.connect(self.open_contact)
        return advice

    def _make_help(self) -> HelpPage:
        from safetyapp.ui.pages.help import HelpPage

        return HelpPage(self.context)

    def _make_settings(self) -> SettingsPage:
        from safetyapp.ui.pages.settings import SettingsPage

        return SettingsPage(self.context)

    def open_advice_page(self, page_id: str) -> None:
        self.show_section("advice")
        self.advice_page().show_page(page_id)

    def open_guide(self, guide_id: str) -> None:
        self.show_section("advice")
        self.advice_page().show_guide(guide_id)

    def open_contact(self, contact_id: str) -> None:
        self.show_section("help")
        self.help_page().show_contact(contact_id)

    def _make_wizard(self) -> WizardPage:
        from safetyapp.ui.pages.wizard import WizardPage

        wizard = WizardPage(self.context, notes_available=self.context.policy.notes_allowed)
        wizard.open_contact.connect(self.open_contact)
        wizard.open_page.connect(self.open_advice_page)
        wizard.write_notes.connect(self.write_notes)
        return wizard

    def write_notes(self) -> None:
        """From the plan: open My notes on a new entry (after unlocking, if it is locked)."""
        self.show_section("notes")
        notes = self.notes_page()
        if notes is not None:
            notes.start_new_case()

    def _make_notes(self) -> NotesPage:
        from safetyapp.ui.notes import NotesPage

        return NotesPage(self.context)

    def _make_notes_turned_off(self) -> SectionPage:
        page = SectionPage()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(
            paragraph(
                self.tr("Your organisation has turned off My notes on this computer. Everything else works as normal.")
            )
        )
        layout.addStretch(1)
        return page

    def setVisible(self, visible: bool) -> None:
        """Fitted to the screen before it is first shown, so its pages are laid out at that size first."""
        if visible and not self._fitted:  # the first time: the size of the screen it opens on, taskbar excluded
            self.create()  # where the system gives the frame's size at once (Windows), it is known now, so
            fit_to_screen(self)  # this one fitting is right; Home is laid out at this size only
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._focus_first_choice()  # never Quick exit: the first Enter or Space must not close the app
            # Once the window manager has framed the window, its frame too must fit the screen.
            for delay in (0, 300):
                QTimer.singleShot(delay, self, lambda: keep_on_screen(self))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ScreenChangeInternal and self._fitted:  # moved to another screen
            keep_on_screen(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys no control used come here; an unused Esc may count towards quick exit."""
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            self.quick_exit.escape_unused()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.clipboard.clear_if_ours()
        super().closeEvent(event)
