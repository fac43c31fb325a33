"""Shared fixtures. Every test gets its own throw-away folders; nothing touches the real home."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from safetyapp.core.library import Library, load_library
from safetyapp.core.paths import AppPaths, resolve_paths

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from safetyapp.core.policy import Policy
    from safetyapp.ui.app.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


def _refuse_network(event: str, args: tuple[object, ...]) -> None:
    """The app never goes online: any attempt to connect an internet socket fails the test run."""
    if event == "socket.connect":
        sock, address = args[0], args[1]
        family = getattr(sock, "family", None)
        if family in (socket.AF_INET, socket.AF_INET6):
            raise RuntimeError(f"network connection attempted during tests: {address!r}")


sys.addaudithook(_refuse_network)


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME and the XDG folders at a temp folder, so platformdirs never reaches the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(name, str(home / sub))


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    paths = resolve_paths(data_dir=tmp_path / "appdata")
    paths.create()
    return paths


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library("en-GB")


@pytest.fixture
def resources_copy(tmp_path: Path) -> Path:
    """A private copy of resources/ that a test may break."""
    import shutil

    target = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", target)
    return target


@pytest.fixture
def make_window(qtbot: QtBot, app_paths: AppPaths) -> Iterator[Callable[..., MainWindow]]:
    """Build the real main window with the given settings, in a throw-away data folder."""
    from PySide6.QtWidgets import QApplication

    from safetyapp.core.settings import Settings, save_settings
    from safetyapp.ui.app.application import build_window

    made: list[MainWindow] = []

    def make(settings: Settings | None = None, paths: AppPaths = app_paths, policy: Policy | None = None) -> MainWindow:
        save_settings(paths.config, settings or Settings(reader="parent", first_run=False))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        window = build_window(app, paths, policy=policy)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.quick_exit.detach()
    if made:  # the translators belong to the application: a window in another language must not leak
        from safetyapp.ui.kit.languages import install_language

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_language(app, load_library("en-GB").language_info)


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A real X server (Xvfb) for tests that need one; yields its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)
