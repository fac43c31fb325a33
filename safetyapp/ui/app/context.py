"""What every page needs, handed down explicitly (no global singletons)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from safetyapp.core.contacts import Contact
from safetyapp.core.library import Library
from safetyapp.core.paths import AppPaths
from safetyapp.core.policy import Policy
from safetyapp.core.settings import Settings, save_problem, save_settings
from safetyapp.ui.kit.clipboard import ClipboardGuard
from safetyapp.ui.kit.theme import apply_theme, system_palette


class AppContext(QObject):
    settings_changed = Signal()
    settings_saved = Signal(str)
    """After each attempt to save the settings: "" when saved, else why not (see `save_problem`)."""

    def __init__(
        self,
        app: QApplication,
        paths: AppPaths,
        settings: Settings,
        library: Library,
        *,
        persist: bool = True,
        policy: Policy | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.paths = paths
        self.policy = policy if policy is not None else Policy()
        self._own = settings  # the user's own settings, as saved (the policy is not written into them)
        self.settings = self.policy.apply(settings)
        self.library = library
        self.clipboard = ClipboardGuard(self)
        self.system_palette = system_palette(app)
        self._persist = persist
        apply_theme(app, self.settings, self.system_palette)

    @property
    def contacts(self) -> dict[str, Contact]:
        return self.library.contacts

    def update_settings(self, settings: Settings) -> None:
        own = self.policy.keep_own(settings, self._own)
        settings = self.policy.apply(settings)  # what the organisation sets stays as it set it
        if settings == self.settings:
            return
        self.settings = settings
        self._own = own
        if self._persist:
            # A disk that is full or read-only must not stop the app: the change still applies now.
            try:
                save_settings(self.paths.config, own)
            except OSError as error:
                problem = save_problem(error)
                logging.getLogger(__name__).warning("the settings could not be saved: %s", problem)
                self.settings_saved.emit(problem)
            else:
                self.settings_saved.emit("")
        apply_theme(self.app, settings, self.system_palette)
        self.settings_changed.emit()
