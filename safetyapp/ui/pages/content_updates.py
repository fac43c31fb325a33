"""Settings' "Advice and phone numbers" part: which content is in use, updating it from a signed file,
and going back to the content that came with the app (core/content_install.py does the work)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from safetyapp import __version__
from safetyapp.core.content_install import InstalledContent, content_root, read_installed
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.kit.feedback import announce
from safetyapp.ui.kit.text import fill, long_date
from safetyapp.ui.kit.widgets import action_button, heading, paragraph

translate = QCoreApplication.translate


def refusal(code: str) -> str:
    """Why a content pack was not used, in the user's language; nothing was changed either way."""
    reasons = {
        "not-a-pack": translate("ContentUpdates", "That file is not an update for Safety Companion's advice."),
        "too-large": translate(
            "ContentUpdates", "That file is too large to be an update for Safety Companion's advice."
        ),
        "damaged": translate("ContentUpdates", "That update file is damaged. Ask for a new copy."),
        "unsigned": translate(
            "ContentUpdates", "That update is not signed, so it cannot be trusted. Ask for a new copy."
        ),
        "bad-signature": translate(
            "ContentUpdates",
            "That update was not signed by the people who make Safety Companion, so it cannot be trusted.",
        ),
        "tampered": translate(
            "ContentUpdates",
            "That update was changed after it was signed, so it cannot be trusted. Ask for a new copy.",
        ),
        "not-newer": translate("ContentUpdates", "That update is older than the advice you already have."),
        "same-version": translate("ContentUpdates", "That update is already in use."),
        "wrong-app": translate("ContentUpdates", "That update was made for another version of Safety Companion."),
        "fails-checks": translate("ContentUpdates", "That update did not pass this app's checks, so it was not used."),
        "cannot-write": translate(
            "ContentUpdates", "The update could not be saved on this computer. Check that there is free space."
        ),
    }
    return fill(translate("ContentUpdates", "%1 Your advice has not changed."), reasons.get(code, reasons["damaged"]))


def describe(installed: InstalledContent) -> str:
    if not installed.in_use or installed.made is None:
        return translate(
            "ContentUpdates",
            "You are using the advice and phone numbers that came with this version of Safety Companion.",
        )
    try:
        day = long_date(dt.date.fromisoformat(installed.made))
    except ValueError:
        day = installed.made
    return fill(translate("ContentUpdates", "Advice updated %1 (update %2)."), day, str(installed.version))


class ContentUpdates(QWidget):
    """Shows which advice is in use; installs an update from a file; goes back to the built-in advice."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(translate("ContentUpdates", "Advice and phone numbers"), 2))
        self.status = paragraph("")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.update_button = action_button(translate("ContentUpdates", "Update the advice from a file..."))
        self.update_button.clicked.connect(self._choose)
        self.built_in_button = action_button(
            translate("ContentUpdates", "Go back to the advice that came with this app")
        )
        self.built_in_button.clicked.connect(self.use_built_in)
        row.addWidget(self.update_button)
        row.addWidget(self.built_in_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("contentMessage")
        self.message.hide()  # below the buttons: showing it later moves nothing a person is about to click
        layout.addWidget(self.message)
        self._show_state()

    def _show_state(self) -> None:
        installed = read_installed(self._context.paths.data)
        self.status.setText(describe(installed))
        self.built_in_button.setVisible(installed.in_use)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()
        announce(self.message, text)

    def _choose(self) -> None:
        from safetyapp.ui.kit.file_dialogs import open_file_name

        chosen = open_file_name(
            self,
            translate("ContentUpdates", "Update the advice from a file"),
            translate("ContentUpdates", "Advice updates (*.scpack)"),
        )
        if chosen is not None:
            self.install(chosen)

    def install(self, path: Path) -> bool:
        """Check and use the update in `path`; say what happened. True if it is now in use."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from safetyapp.core.content_install import install_pack, trusted_keys
        from safetyapp.core.content_pack import PackError
        from safetyapp.core.policy import policy_file

        paths = self._context.paths
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            machine = policy_file(portable=paths.portable).parent
            installed = install_pack(path, paths.data, trusted=trusted_keys(machine), app_version=__version__)
        except PackError as error:
            self._say(refusal(error.code))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._context.use_content(content_root(paths.data, __version__))
        self._show_state()
        self._say(fill(translate("ContentUpdates", "Done. %1"), describe(installed)))
        return True

    def use_built_in(self) -> None:
        from safetyapp.core.content_install import use_built_in

        try:
            use_built_in(self._context.paths.data)
        except OSError:
            self._say(refusal("cannot-write"))
            return
        self._context.use_content(None)
        self._show_state()
        self._say(translate("ContentUpdates", "Done. You are using the advice that came with this app again."))
