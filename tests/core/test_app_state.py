"""The settings in effect and what is saved, without Qt: the organisation's choice wins on screen, the
user's own choice is what is kept, and a disk that refuses still lets the change apply."""

from __future__ import annotations

from pathlib import Path

from safetyapp.core.app_state import AppState
from safetyapp.core.policy import Policy
from safetyapp.core.settings import Settings, load_settings


def test_a_change_applies_and_is_saved(tmp_path: Path) -> None:
    state = AppState(tmp_path, Settings(), Policy())
    change = state.update(Settings(text_scale=150))
    assert change is not None and change.saved is True and change.problem == ""
    assert state.settings.text_scale == 150
    assert load_settings(tmp_path) == (Settings(text_scale=150), None)


def test_nothing_changed_saves_nothing(tmp_path: Path) -> None:
    state = AppState(tmp_path, Settings(), Policy())
    assert state.update(Settings()) is None
    assert not list(tmp_path.iterdir())


def test_the_organisations_language_wins_but_the_users_own_is_kept(tmp_path: Path) -> None:
    state = AppState(tmp_path, Settings(language="pl"), Policy(language="cy"))
    assert state.settings.language == "cy"
    state.update(state.settings.with_(text_scale=200, language="ur"))
    assert (state.settings.language, state.settings.text_scale) == ("cy", 200)
    saved, _ = load_settings(tmp_path)
    assert (saved.language, saved.text_scale) == ("pl", 200)  # theirs again if the policy goes


def test_a_disk_that_refuses_still_lets_the_change_apply(tmp_path: Path) -> None:
    in_the_way = tmp_path / "settings-folder"
    in_the_way.write_text("a file where the folder should be")
    state = AppState(in_the_way, Settings(), Policy())
    change = state.update(Settings(theme="dark"))
    assert change is not None and change.saved is False and change.problem
    assert state.settings.theme == "dark"


def test_settings_not_kept_are_never_written(tmp_path: Path) -> None:
    state = AppState(tmp_path, Settings(), Policy(), persist=False)
    change = state.update(Settings(theme="dark"))
    assert change is not None and change.saved is None
    assert not list(tmp_path.iterdir())
