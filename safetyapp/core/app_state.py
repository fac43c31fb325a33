"""The settings in effect: the user's own, with what the organisation's policy sets on top, saved on change.

The UI shows these and reports what `update` returns; the rules live here, where they are tested without Qt.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

from safetyapp.core.policy import Policy
from safetyapp.core.settings import Settings, save_problem, save_settings


# A NamedTuple, not a dataclass: made before the first paint (docs/architecture.md, start-up).
class SettingsChange(NamedTuple):
    saved: bool | None
    """True when written to disk, False when that failed (`problem` says why), None when not kept."""
    problem: str = ""
    """Why the settings could not be saved (see `core.settings.save_problem`); "" otherwise."""


class AppState:
    def __init__(self, folder: Path, own: Settings, policy: Policy, *, persist: bool = True) -> None:
        self.policy = policy
        self._folder = folder
        self._own = own  # the user's own settings, as saved: the policy is never written into them
        self.settings = policy.apply(own)
        self._persist = persist

    def update(self, settings: Settings) -> SettingsChange | None:
        """Put `settings` into effect (what the organisation sets stays as it set it) and save the
        user's own part. None when nothing changed. A disk that is full or read-only does not stop the
        change: it applies until the app closes, and the result says it was not saved."""
        own = self.policy.keep_own(settings, self._own)
        settings = self.policy.apply(settings)
        if settings == self.settings:
            return None
        self.settings, self._own = settings, own
        if not self._persist:
            return SettingsChange(saved=None)
        try:
            save_settings(self._folder, own)
        except OSError as error:
            problem = save_problem(error)
            logging.getLogger(__name__).warning("the settings could not be saved: %s", problem)
            return SettingsChange(saved=False, problem=problem)
        return SettingsChange(saved=True)
