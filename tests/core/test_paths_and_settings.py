"""Where the app writes, and the small settings file: portable, chosen folder, damaged file."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from safetyapp.core.paths import PORTABLE_DATA, PORTABLE_MARKER, resolve_paths
from safetyapp.core.settings import Settings, load_settings, save_settings


def test_data_dir_keeps_everything_in_one_folder(tmp_path: Path) -> None:
    paths = resolve_paths(data_dir=tmp_path / "mine")
    paths.create()
    assert all(folder.is_relative_to(tmp_path / "mine") for folder in paths.all())
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "mine" / "data").stat().st_mode) == 0o700


def test_marker_file_beside_the_program_turns_on_portable_mode(tmp_path: Path) -> None:
    assert not resolve_paths(program=tmp_path).portable
    (tmp_path / PORTABLE_MARKER).write_text("", encoding="utf-8")
    paths = resolve_paths(program=tmp_path)
    assert paths.portable
    assert all(folder.is_relative_to(tmp_path / PORTABLE_DATA) for folder in paths.all())


def test_portable_flag_works_without_a_marker(tmp_path: Path) -> None:
    assert resolve_paths(portable=True, program=tmp_path).data == tmp_path / PORTABLE_DATA / "data"


def test_user_folders_come_from_the_platform(tmp_path: Path) -> None:
    paths = resolve_paths(program=tmp_path)
    assert str(paths.config).startswith(os.environ["XDG_CONFIG_HOME"])


def test_settings_round_trip(tmp_path: Path) -> None:
    settings = Settings(reader="staff", text_scale=150, theme="high-contrast", language="cy", first_run=False)
    save_settings(tmp_path, settings)
    assert load_settings(tmp_path) == (settings, None)
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left behind


def test_the_reader_keeps_its_key_in_settings_files_old_and_new(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"audience": "parent", "first_run": False}), encoding="utf-8")
    assert load_settings(tmp_path) == (Settings(reader="parent", first_run=False), None)
    save_settings(tmp_path, Settings(reader="young"))
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["audience"] == "young"


def test_a_damaged_settings_file_gives_defaults_and_says_so(tmp_path: Path) -> None:
    for bad in ("{not json", "[]", json.dumps({"text_scale": 900}), json.dumps({"audience": 3})):
        (tmp_path / "settings.json").write_text(bad, encoding="utf-8")
        settings, problem = load_settings(tmp_path)
        assert settings == Settings()
        assert problem is not None and "settings.json" in problem


def test_settings_never_hold_where_the_user_was() -> None:
    assert set(Settings._fields) == {"reader", "text_scale", "theme", "language", "first_run"}
