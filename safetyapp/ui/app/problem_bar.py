"""The strip under the banner that says plainly what could not be loaded or saved; everything else works."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from safetyapp.core.policy import Policy
from safetyapp.ui.kit.organisation import policy_problem_text
from safetyapp.ui.kit.text import fill


class ProblemBar(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setObjectName("problemBar")
        self.setContentsMargins(16, 6, 16, 6)
        self.hide()
        self._settings_problem = ""

    def _say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.show()

    def show_problems(self, problems: list[str], policy: Policy) -> None:
        """Say that part of the app could not be loaded (and what of the organisation's policy was not
        used); everything else still works."""
        lines = []
        if problems:
            lines.append(
                fill(
                    self.tr(
                        "Some parts of the app could not be loaded, so they are left out: %1. Everything else works."
                    ),
                    "; ".join(problems),
                )
            )
        if policy.problems:
            lines.append(policy_problem_text(policy))
        self._say("\n".join(lines))

    def show_open_folders(self, folders: list[Path]) -> None:
        """The app's own folders that others on this computer could read or write, and that could not be
        made private (see safetyapp/private_files.py)."""
        if not folders:
            return
        line = fill(
            self.tr(
                "Other people who use this computer may be able to open Safety Companion's folder %1, and it "
                "could not be made private. Ask someone who looks after this computer to help."
            ),
            "; ".join(str(folder) for folder in folders),
        )
        self._say(f"{self.text()}\n{line}" if not self.isHidden() and self.text() else line)

    def settings_saved(self, problem: str) -> None:
        """After each attempt to save the settings: say why it failed (the change still applies until the
        app closes), or take back the last such message once a save works."""
        reasons = {
            "disk-full": self.tr("The disk is full. Free up some space, then change the setting again."),
            "read-only": self.tr("The disk or folder can only be read, not written to."),
            "permission-denied": self.tr("This computer account is not allowed to write to the settings folder."),
        }
        if problem:
            self._settings_problem = fill(
                self.tr("Your settings could not be saved, so they will only last until you close the app. %1"),
                reasons.get(problem, self.tr("The computer could not write the settings file.")),
            )
            self._say(self._settings_problem)
        elif self._settings_problem and self.text() == self._settings_problem:
            self.hide()
            self.setText("")
