"""Fixtures for My notes through its real widgets: quick Argon2id, injected keyrings, clock and dialogs.

Argon2id at its lowest allowed cost still takes a fifth of a second, so derivations are memoised for
the session (a wrong passphrase or a new salt is still derived for real) and one template store is
made per session and copied for each test that starts from an existing store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from safetyapp.core.library import Library
from safetyapp.core.paths import AppPaths
from safetyapp.core.settings import Settings
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.notes import NotesPage
from safetyapp.ui.notes.background import busy
from safetyapp.vault import crypto
from safetyapp.vault.keyring_access import KeyringAccess
from safetyapp.vault.store import Vault
from tests.helpers.keyring import MemoryKeyring
from tests.ui.notes.support import (
    NOW,
    PASSPHRASE,
    TEST_PARAMS,
    Clock,
    FakeDialogs,
    Harness,
    Template,
    cached_derive,
    copy_store,
    sample_data,
)


@pytest.fixture(scope="session", autouse=True)
def _memoised_kdf() -> Iterator[None]:
    patch = pytest.MonkeyPatch()
    patch.setattr(crypto, "derive_passphrase_key", cached_derive)
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _clean_clipboard() -> Iterator[None]:
    yield
    # A QMimeData the test put on the clipboard must go while the app is alive (PySide6 crashes at exit
    # otherwise).
    if QGuiApplication.instance() is not None:  # a test of words alone makes no application
        QGuiApplication.clipboard().clear()


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A store holding the sample case, with passphrase, recovery and keyring slots."""
    path = tmp_path_factory.mktemp("notes-template") / "notes" / "store.scv"
    vault, code = Vault.create(path, PASSPHRASE, kdf_params=TEST_PARAMS, now=lambda: NOW)
    vault.save(sample_data())
    secret = vault.enable_keyring_slot()
    store_id = vault.store_id
    vault.close()
    return Template(path=path, recovery_code=code, keyring_secret=secret, store_id=store_id)


@pytest.fixture
def notes_context(app_paths: AppPaths, library: Library, qapp: QApplication) -> AppContext:
    return AppContext(qapp, app_paths, Settings(reader="young", first_run=False), library, persist=False)


@pytest.fixture
def harness(notes_context: AppContext, tmp_path: Path) -> Harness:
    return Harness(
        context=notes_context,
        clock=Clock(),
        dialogs=FakeDialogs(),
        keyring=MemoryKeyring(),
        store_path=notes_context.paths.data / "notes" / "store.scv",
    )


@pytest.fixture
def make_page(qtbot: QtBot, harness: Harness) -> Iterator[Callable[..., NotesPage]]:
    """A real NotesPage with quick Argon2id, the in-memory keyring, the test clock and dialogs."""
    made: list[NotesPage] = []

    def make(*, wait: bool = True, **overrides: Any) -> NotesPage:
        """`wait`: until the page has looked at the store (it reads it off the GUI thread)."""
        options: dict[str, Any] = {
            "kdf_params": TEST_PARAMS,
            "keyring": KeyringAccess(harness.keyring),
            "clock": harness.clock,
            "now": lambda: NOW.astimezone(),
            "dialogs": harness.dialogs,
            "watch_system": False,
        }
        options.update(overrides)
        page = NotesPage(harness.context, store_path=harness.store_path, **options)
        # Shut down before pytest-qt closes and deletes the page (waiting here may run the event loop,
        # which would otherwise delete the page first).
        qtbot.addWidget(page, before_close_func=finish)
        page.resize(1000, 720)
        page.show()
        made.append(page)
        if wait:
            qtbot.waitUntil(lambda: page.state != "opening", timeout=5000)
        return page

    def finish(page: QWidget) -> None:
        qtbot.waitUntil(lambda: not busy(), timeout=5000)
        assert isinstance(page, NotesPage)
        page.shut_down()

    yield make


@pytest.fixture
def stored(template: Template, harness: Harness) -> Template:
    """The template store copied to where the page looks for it."""
    copy_store(template, harness.store_path)
    return template
