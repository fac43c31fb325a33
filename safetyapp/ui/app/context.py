"""What every page needs, handed down explicitly (no global singletons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from safetyapp.core.app_state import AppState
from safetyapp.core.contacts import Contact
from safetyapp.core.library import Library
from safetyapp.core.paths import AppPaths
from safetyapp.core.policy import Policy
from safetyapp.core.settings import Settings
from safetyapp.ui.kit.clipboard import ClipboardGuard
from safetyapp.ui.kit.theme import apply_theme, system_palette


class AppContext(QObject):
    """Hands the pages the app's state, library and clipboard, and signals when the settings change."""

    settings_changed = Signal()
    content_changed = Signal()
    """After an update to the advice was put into use, or the built-in advice chosen again."""
    settings_saved = Signal(str)
    """After each attempt to save the settings: "" when saved, else why not (see `save_problem`)."""
    open_guide = Signal(str)
    """A page asks to show a platform's guide (by its id in resources/guides/platforms.toml): the window
    opens it in Advice. The wizard's block-and-report step and My notes' platform field ask."""

    def __init__(
        self,
        app: QApplication,
        paths: AppPaths,
        settings: Settings,
        library: Library,
        *,
        persist: bool = True,
        policy: Policy | None = None,
        content_root: Path | None = None,
        style_after_paint: bool = False,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.paths = paths
        self.policy = policy if policy is not None else Policy()
        self.state = AppState(paths.config, settings, self.policy, persist=persist)
        self.library = library
        self.content_root = content_root
        """Where an installed content pack is, if one is in use; None: the content built into the app."""
        self.clipboard = ClipboardGuard(self)
        self.system_palette = system_palette(app)
        # (with `style_after_paint`, whoever shows the window puts the app's style in place: see `clear_style`)
        apply_theme(app, self.settings, self.system_palette, style=not style_after_paint)

    @property
    def settings(self) -> Settings:
        """The settings in effect (the user's, with what the organisation sets)."""
        return self.state.settings

    @property
    def contacts(self) -> dict[str, Contact]:
        return self.library.contacts

    def update_settings(self, settings: Settings) -> None:
        change = self.state.update(settings)
        if change is None:
            return
        if change.saved is not None:
            self.settings_saved.emit(change.problem)
        apply_theme(self.app, self.settings, self.system_palette)
        self.settings_changed.emit()

    def use_content(self, root: Path | None) -> None:
        """Read the advice from `root` from now on (an installed update; None: the built-in advice)."""
        self.content_root = root
        self.content_changed.emit()
