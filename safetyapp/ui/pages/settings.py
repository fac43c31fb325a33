"""Settings: who you are, text size, colours, language, and where the app keeps its files."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QVBoxLayout

from safetyapp.core.readers import READERS
from safetyapp.core.settings import LANGUAGES, TEXT_SCALES, THEMES
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.app.sections import SectionPage
from safetyapp.ui.kit.organisation import set_by_organisation
from safetyapp.ui.kit.reader_names import reader_name
from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import heading, paragraph, wrapping_form


class SettingsPage(SectionPage):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.tr("Settings")))
        # Each question above its answer: side by side, at 200% text, the drop-downs ran off the right edge.
        form = wrapping_form(labels_above=True)
        self.reader = QComboBox()
        for reader in (*READERS, None):
            self.reader.addItem(reader_name(reader), reader)
        self.text_size = QComboBox()
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{scale}%", scale)
        self.theme = QComboBox()
        theme_names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "high-contrast": self.tr("High contrast"),
        }
        for theme in THEMES:
            self.theme.addItem(theme_names[theme], theme)
        self.language = QComboBox()
        languages = context.library.languages
        for code in LANGUAGES:
            language = languages[code]
            label = fill(self.tr("%1: draft translation"), language.label) if language.is_draft else language.label
            self.language.addItem(label, code)
        rows = (
            (self.tr("Who are you?"), self.reader),
            (self.tr("Text size"), self.text_size),
            (self.tr("Colours"), self.theme),
            (self.tr("Language"), self.language),
        )
        policy = context.policy
        locked = {self.reader: policy.locks("reader"), self.language: policy.locks("language")}
        for label, combo in rows:
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(self._changed)
            if locked.get(combo):
                combo.setEnabled(False)
                note = set_by_organisation(policy)
                combo.setAccessibleDescription(note)
                field = QVBoxLayout()
                field.addWidget(combo)
                field.addWidget(paragraph(note, small=True))
                form.addRow(label, field)
            else:
                form.addRow(label, combo)
        layout.addLayout(form)
        if any(language.is_draft for language in languages.values()):
            layout.addWidget(
                paragraph(
                    self.tr(
                        "A draft translation has not yet been checked by a native speaker. "
                        "Where it is unclear, the English version is always right."
                    ),
                    small=True,
                )
            )
        from safetyapp.ui.pages.content_updates import ContentUpdates

        self.content_updates = ContentUpdates(context)
        layout.addWidget(self.content_updates)
        layout.addWidget(heading(self.tr("Where your information is kept"), 2))
        paths = context.paths
        where = paragraph(fill(self.tr("Settings: %1"), paths.config), small=True)
        data = paragraph(fill(self.tr("Notes: %1"), paths.data), small=True)
        layout.addWidget(where)
        layout.addWidget(data)
        if paths.portable:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "Portable mode is on: everything stays in the app's own folder, "
                        "so nothing is left on this computer."
                    ),
                    small=True,
                )
            )
        layout.addStretch(1)
        self._load()
        context.settings_changed.connect(self._load)

    def _load(self) -> None:
        settings = self._context.settings
        for combo, value in (
            (self.reader, settings.reader),
            (self.text_size, settings.text_scale),
            (self.theme, settings.theme),
            (self.language, settings.language),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def _changed(self) -> None:
        self._context.update_settings(
            self._context.settings.with_(
                reader=self.reader.currentData(),
                text_scale=self.text_size.currentData(),
                theme=self.theme.currentData(),
                language=self.language.currentData(),
                first_run=False,
            )
        )
