"""Advice: every page for the reader and the guides for apps, search as you type, links between pages, print or
PDF."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QKeyEvent, QPainter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from safetyapp.core.content import Page
from safetyapp.core.guides import Guide
from safetyapp.core.readers import READERS, STAFF
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.app.sections import READABLE_CHARACTERS, SectionPage, characters_wide
from safetyapp.ui.kit.contact_text import contact_markdown
from safetyapp.ui.kit.organisation import escape_markdown, safeguarding_lead_lines
from safetyapp.ui.kit.printing import print_document, save_pdf_dialog
from safetyapp.ui.kit.reader_names import reader_heading
from safetyapp.ui.kit.text import fill, long_date, set_reading_direction
from safetyapp.ui.kit.widgets import action_button, clear_layout, heading, paragraph
from safetyapp.ui.pages.guide_view import GuideLinks, checked_line, guide_markdown

PAGE_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
GUIDE_ROLE = Qt.ItemDataRole.UserRole + 2


class HtmlItemDelegate(QStyledItemDelegate):
    """Draws list items from rich text, so search matches can be shown in bold."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        set_reading_direction(document)
        document.setHtml(str(index.data(HTML_ROLE) or html.escape(str(index.data() or ""))))
        document.setTextWidth(max(option.rect.width() - 8, 80))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft().x() + 4, option.rect.topLeft().y() + 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        context.palette.setColor(option.palette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


def _highlight(text: str, terms: tuple[str, ...]) -> str:
    escaped = html.escape(text)
    for term in terms:
        escaped = re.sub(rf"(?i)\b({re.escape(html.escape(term))}\w*)", r"<b><u>\1</u></b>", escaped)
    return escaped


LIST_CHARACTERS = 40
"""How wide the list of pages may grow, in characters."""


class SearchBox(QLineEdit):
    """The search: Esc clears it (and is then used up: it never counts towards quick exit)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class AdvicePage(SectionPage):
    open_contact = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._current: Page | None = None
        self._current_guide: Guide | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        """The computer's date, for whether a guide was checked long ago (a test may set another)."""
        self._terms: tuple[str, ...] = ()
        outer = QVBoxLayout(self)
        self._outer = outer
        outer.setContentsMargins(24, 16, 24, 8)
        outer.addWidget(heading(self.tr("Advice")))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search the advice"))
        self.search.setAccessibleName(self.tr("Search the advice"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refresh_list)
        self.search.returnPressed.connect(self._open_first_result)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Advice pages"))
        self.results.setItemDelegate(HtmlItemDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.currentItemChanged.connect(self._item_chosen)
        self.results.itemActivated.connect(lambda item: self._item_chosen(item, None))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.results, 1)
        left.setMaximumWidth(characters_wide(self, LIST_CHARACTERS))
        self._left = left
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.viewer = QTextBrowser()
        self.viewer.setOpenLinks(False)
        self.viewer.setAccessibleName(self.tr("Advice page"))
        self.viewer.anchorClicked.connect(self._link_clicked)
        right_layout.addWidget(self.viewer, 1)
        self.footer = paragraph("", small=True)
        right_layout.addWidget(self.footer)
        self._guide_links = QVBoxLayout()
        right_layout.addLayout(self._guide_links)
        self.guide_links: GuideLinks | None = None
        """Below a guide being read: when it was checked, the platform's own help, Report Harmful Content."""
        # One under the other, at the right: side by side, at 200% text in Urdu, they made the page wider
        # than the window and cut off its other side.
        buttons = QVBoxLayout()
        self.print_button = action_button(self.tr("Print…"), self.tr("Print this page"))
        self.pdf_button = action_button(self.tr("Save as PDF…"), self.tr("Save this page as a PDF"))
        self.print_button.clicked.connect(lambda: print_document(self, self.printable_document()))
        self.pdf_button.clicked.connect(self._save_pdf)
        buttons.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)  # (the left, right to left)
        buttons.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignRight)
        right_layout.addLayout(buttons)
        right.setMaximumWidth(self._viewer_width())  # lines of a readable length; the buttons beside them
        self._right = right
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 700])
        outer.addWidget(splitter, 1)
        context.settings_changed.connect(self._refresh_list)
        self._refresh_list()
        first = self._first_page_item()
        if first is not None:
            self.results.setCurrentItem(first)

    def _viewer_width(self) -> int:
        frame = 2 * (self.viewer.frameWidth() + round(self.viewer.document().documentMargin()))
        scroll_bar = self.viewer.verticalScrollBar().sizeHint().width()
        return characters_wide(self, READABLE_CHARACTERS) + frame + scroll_bar + 8

    def readable_width(self) -> int:
        """The list and the page being read, each at its readable width."""
        self._right.setMaximumWidth(self._viewer_width())  # (the text size may have changed)
        self._left.setMaximumWidth(characters_wide(self, LIST_CHARACTERS))
        margins = self._outer.contentsMargins()
        handle = 16
        return self._left.maximumWidth() + self._right.maximumWidth() + margins.left() + margins.right() + handle

    # the list -----------------------------------------------------------------------------------
    def _add_header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: readable, not selectable
        item.setData(HTML_ROLE, f"<b>{html.escape(text)}</b>")
        self.results.addItem(item)

    def _add_guide(self, guide: Guide, html_text: str) -> None:
        item = QListWidgetItem(guide.name)
        item.setData(GUIDE_ROLE, guide.id)
        item.setData(HTML_ROLE, html_text)
        self.results.addItem(item)

    def _add_guides(self) -> None:
        guides = self._context.library.guides.working()
        if guides:
            self._add_header(self.tr("Guides for apps"))
        for guide in guides:
            self._add_guide(guide, html.escape(guide.name))

    def _add_page(self, page: Page, html_text: str, spoken: str = "") -> None:
        item = QListWidgetItem(page.title)
        item.setData(PAGE_ROLE, page.id)
        item.setData(HTML_ROLE, html_text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken or page.title)
        item.setToolTip(page.summary)
        self.results.addItem(item)

    def _refresh_list(self) -> None:
        reader = self._context.settings.reader
        content = self._context.library.content
        query = self.search.text().strip()
        self.results.blockSignals(True)
        self.results.clear()
        if query:
            found = content.search(query, reader)
            guides = self._context.library.guides.search(query)
            self._terms = tuple(found[0].terms) if found else tuple(guides[0][3]) if guides else ()
            if not found and not guides:
                self._add_header(self.tr("Nothing found. Try a shorter or different word."))
            for result in found:  # each says whom its page is for: the reader's own come first
                readers = " · ".join(reader_heading(r) for r in result.page.readers)
                self._add_page(
                    result.page,
                    f"<b>{_highlight(result.page.title, result.terms)}</b><br>"
                    f"<small><i>{html.escape(readers)}</i></small><br>"
                    f"<small>{_highlight(result.snippet, result.terms)}</small>",
                    f"{result.page.title}. {readers}. {result.snippet}",
                )
            if guides:
                self._add_header(self.tr("Guides for apps"))
            for guide, _score, snippet, terms in guides:
                self._add_guide(
                    guide, f"<b>{_highlight(guide.name, terms)}</b><br><small>{_highlight(snippet, terms)}</small>"
                )
        else:
            self._terms = ()
            pages = content.for_reader(reader)
            order = [reader] if reader else []
            order += [a for a in READERS if a != reader]
            shown: set[str] = set()
            for number, group in enumerate(order):
                if number == 1:  # the guides for apps after the reader's own pages
                    self._add_guides()
                members = [p for p in pages if group in p.readers and p.id not in shown]
                if not members:
                    continue
                self._add_header(self.tr("For you") if group == reader else reader_heading(group))
                for page in members:
                    shown.add(page.id)
                    self._add_page(page, html.escape(page.title))
            if len(order) < 2:
                self._add_guides()
            for page in content.pages.values():
                if not page.ok:
                    self._add_page(page, html.escape(fill(self.tr("%1 (cannot be shown)"), page.id)))
        self.results.blockSignals(False)
        if self._current_guide is not None and self._terms:
            self._show_guide(self._current_guide)
        elif self._current is not None and self._terms:
            self._show(self._current)

    def _first_page_item(self) -> QListWidgetItem | None:
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.data(PAGE_ROLE) or item.data(GUIDE_ROLE):
                return item
        return None

    def _open_first_result(self) -> None:
        item = self._first_page_item()
        if item is not None:
            self.results.setCurrentItem(item)
            self.viewer.setFocus()

    def _item_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None and item.data(PAGE_ROLE):
            self.show_page(str(item.data(PAGE_ROLE)))
        elif item is not None and item.data(GUIDE_ROLE):
            self.show_guide(str(item.data(GUIDE_ROLE)))

    # the page -----------------------------------------------------------------------------------
    def print_current(self) -> None:
        if self.print_button.isVisible() and self.print_button.isEnabled():
            self.print_button.click()

    def show_page(self, page_id: str) -> None:
        page = self._context.library.content.pages.get(page_id)
        if page is not None:
            self._show(page)

    @property
    def current_page(self) -> Page | None:
        return self._current

    def show_guide(self, guide_id: str) -> None:
        """Show a platform's guide (from the wizard or My notes too), selecting it in the list if it is there."""
        guide = self._context.library.guides.guides.get(guide_id)
        if guide is None or not guide.ok:
            return
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.data(GUIDE_ROLE) == guide_id and self.results.currentItem() is not item:
                self.results.blockSignals(True)
                self.results.setCurrentItem(item)
                self.results.blockSignals(False)
                self.results.scrollToItem(item)
        self._show_guide(guide)

    @property
    def current_guide(self) -> Guide | None:
        """The guide being read, or None when a page is."""
        return self._current_guide

    def _show_guide(self, guide: Guide) -> None:
        same = self._current_guide is not None and self._current_guide.id == guide.id
        kept = self.viewer.verticalScrollBar().value() if same else 0
        self._current, self._current_guide = None, guide
        set_reading_direction(self.viewer.document(), in_app_language=not guide.fallback)
        self.viewer.setMarkdown(guide_markdown(guide))
        self.viewer.verticalScrollBar().setValue(kept)
        self._mark_terms()
        self.footer.hide()  # a guide's own lines are below it (`GuideLinks`)
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        clear_layout(self._guide_links)
        self.guide_links = GuideLinks(self._context, guide, self.today())
        self.guide_links.open_contact.connect(self.open_contact)
        self._guide_links.addWidget(self.guide_links)

    def _clear_guide(self) -> None:
        self._current_guide = None
        clear_layout(self._guide_links)
        self.guide_links = None

    def _markdown(self, page: Page) -> str:
        lead = ""
        if STAFF in page.readers:  # staff pages say who this organisation's DSL is, if IT has set it
            lead = "".join(
                f"> **{escape_markdown(line)}**\n>\n" for line in safeguarding_lead_lines(self._context.policy)
            )
        return (
            f"# {page.title}\n\n"
            + (lead + "\n" if lead else "")
            + page.markdown(contact_markdown, self._context.contacts)
        )

    def _show(self, page: Page) -> None:
        same_page = self._current is not None and self._current.id == page.id
        kept = self.viewer.verticalScrollBar().value() if same_page else 0  # a new page opens at its top
        self._clear_guide()
        self.footer.show()
        self._current = page
        if not page.ok:
            set_reading_direction(self.viewer.document())
            self.viewer.setMarkdown(
                "# "
                + self.tr("Sorry, this page cannot be shown")
                + "\n\n"
                + self.tr("Something is wrong with this page's file. The rest of the app works as normal.")
            )
            self.footer.setText("")
            self.print_button.setEnabled(False)
            self.pdf_button.setEnabled(False)
            return
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        set_reading_direction(self.viewer.document(), in_app_language=not page.fallback)
        self.viewer.setMarkdown(self._markdown(page))
        self.viewer.verticalScrollBar().setValue(kept)
        self._mark_terms()
        notes = []
        if page.reviewed is not None:
            notes.append(fill(self.tr("Last reviewed: %1"), long_date(page.reviewed)))
        if page.fallback:
            notes.append(self.tr("This page is not translated yet, so it is shown in English."))
        elif self._context.library.language_info.is_draft:
            notes.append(self.tr("This translation is a draft: a native speaker has not checked it yet."))
        self.footer.setText("  ".join(notes))
        self.footer.setAccessibleName(self.footer.text())

    def _mark_terms(self) -> None:
        selections = []
        colour = self.palette().color(self.palette().ColorRole.Highlight)
        text_colour = self.palette().color(self.palette().ColorRole.HighlightedText)
        for term in self._terms:
            cursor = self.viewer.document().find(term)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setBackground(colour)
                fmt.setForeground(text_colour if text_colour.isValid() else QColor("black"))
                selection.format = fmt
                selection.cursor = cursor
                selections.append(selection)
                cursor = self.viewer.document().find(term, cursor)
        self.viewer.setExtraSelections(selections)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "page":
            self.show_page(url.path())
        elif url.scheme() == "contact":
            self.open_contact.emit(url.path())

    def printable_document(self) -> QTextDocument:
        """The page being read, as printed and saved as a PDF."""
        document = QTextDocument()
        if self._current_guide is not None:
            set_reading_direction(document, in_app_language=not self._current_guide.fallback)
            guide = self._current_guide
            document.setMarkdown(guide_markdown(guide) + "\n\n" + checked_line(guide, self.today()))
        elif self._current is not None and self._current.ok:
            set_reading_direction(document, in_app_language=not self._current.fallback)
            document.setMarkdown(self._markdown(self._current))
        return document

    def _save_pdf(self) -> None:
        if self._current_guide is not None:
            guide = self._current_guide
            save_pdf_dialog(self, self.printable_document(), guide.name, f"guide-{guide.id}")
        elif self._current is not None and self._current.ok:
            save_pdf_dialog(self, self.printable_document(), self._current.title, self._current.id)
