"""An app folder that others could read or write, and that could not be made private, is reported in
the problem bar (the start-up makes them private when it can: tests/core/test_private_files.py)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

import pytest

from safetyapp.core.paths import AppPaths
from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_folder_others_can_open_is_reported(make_window: Callable[..., MainWindow], app_paths: AppPaths) -> None:
    os.chmod(app_paths.logs, 0o755)  # as if it could not be changed back (another user's, a read-only disk)
    window = make_window(Settings(reader="young", first_run=False))
    bar = window.problem_bar
    assert not bar.isHidden()
    assert "could not be made private" in bar.text() and str(app_paths.logs) in bar.text()
    assert bar.accessibleName() == bar.text()


def test_private_folders_say_nothing(make_window: Callable[..., MainWindow]) -> None:
    assert make_window(Settings(reader="young", first_run=False)).problem_bar.isHidden()
