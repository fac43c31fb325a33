"""What every page needs, handed down explicitly (no global singletons)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from safetyapp.core.contacts import Contact
from safetyapp.core.library import Library
from safetyapp.core.paths import AppPaths
from safetyapp.core.settings import Settings, save_settings
from safetyapp.ui.clipboard import ClipboardGuard
from safetyapp.ui.theme import apply_theme, system_palette


class AppContext(QObject):
    settings_changed = Signal()

    def __init__(
        self,
        app: QApplication,
        paths: AppPaths,
        settings: Settings,
        library: Library,
        *,
        persist: bool = True,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.paths = paths
        self.settings = settings
        self.library = library
        self.clipboard = ClipboardGuard(self)
        self.system_palette = system_palette(app)
        self._persist = persist
        apply_theme(app, settings, self.system_palette)

    @property
    def contacts(self) -> dict[str, Contact]:
        return self.library.contacts

    def update_settings(self, settings: Settings) -> None:
        if settings == self.settings:
            return
        self.settings = settings
        if self._persist:
            save_settings(self.paths.config, settings)
        apply_theme(self.app, settings, self.system_palette)
        self.settings_changed.emit()
