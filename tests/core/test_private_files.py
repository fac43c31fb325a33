"""Files the app writes outside the store are 0600 and its folders 0700, whatever the umask; a planted
symbolic link, at the target or at the temporary name, is never followed (safetyapp.private_files, the
app's folders, the settings and the log)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from safetyapp import private_files
from safetyapp.app import setup_logging
from safetyapp.core.paths import resolve_paths
from safetyapp.core.settings import Settings, save_settings
from tests.helpers.umask import mode, umask

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
UMASKS = [0o022, 0o000]


@pytest.fixture(params=UMASKS, ids=["umask-022", "umask-000"])
def any_umask(request: pytest.FixtureRequest) -> Iterator[int]:
    with umask(request.param):
        yield request.param


def test_a_private_file_is_0600_and_replaces_the_old_one(tmp_path: Path, any_umask: int) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old")
    os.chmod(target, 0o644)
    private_files.write_private(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]  # no temporary file left


def test_a_symlink_planted_at_the_target_is_replaced_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not yours to write")
    target = tmp_path / "report.txt"
    target.symlink_to(elsewhere)
    private_files.write_private(target, b"the report")
    assert elsewhere.read_text() == "not yours to write"
    assert not target.is_symlink() and target.read_bytes() == b"the report" and mode(target) == 0o600


def test_something_planted_at_the_temporary_name_is_never_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = iter([b"planted", b"free!!"])  # (the temporary name's random part is os.urandom(6) in hex)
    monkeypatch.setattr(private_files.os, "urandom", lambda _n: next(names))
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not yours to write")
    planted = tmp_path / f".report.txt.{b'planted'.hex()}.tmp"
    planted.symlink_to(elsewhere)
    private_files.write_private(tmp_path / "report.txt", b"the report")
    assert elsewhere.read_text() == "not yours to write" and planted.is_symlink()
    assert (tmp_path / "report.txt").read_bytes() == b"the report"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old")

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(private_files.os, "fsync", full)  # the disk's answer (tests/faults uses real full disks)
    with pytest.raises(OSError):
        private_files.write_private(target, b"new")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_the_apps_folders_are_0700_whatever_the_umask(tmp_path: Path, any_umask: int) -> None:
    paths = resolve_paths(data_dir=tmp_path / "appdata")
    assert paths.create() == []
    for folder in (*paths.all(), tmp_path / "appdata"):
        assert mode(folder) == 0o700, folder


def test_a_folder_others_can_read_or_write_is_made_private_again(tmp_path: Path) -> None:
    paths = resolve_paths(data_dir=tmp_path / "appdata")
    paths.create()
    os.chmod(paths.data, 0o777)
    os.chmod(paths.logs, 0o755)
    assert paths.create() == []
    assert mode(paths.data) == 0o700 and mode(paths.logs) == 0o700


def test_a_folder_that_cannot_be_made_private_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = resolve_paths(data_dir=tmp_path / "appdata")
    paths.create()
    os.chmod(paths.cache, 0o755)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(private_files.os, "chmod", refuse)  # as for a folder on a disk that cannot change
    assert paths.create() == [paths.cache]


def test_settings_are_written_0600_in_a_0700_folder(tmp_path: Path, any_umask: int) -> None:
    folder = tmp_path / "new" / "settings"
    save_settings(folder, Settings(reader="young"))
    assert mode(folder) == 0o700 and all(mode(p) == 0o600 for p in folder.iterdir())


@pytest.fixture
def log_cleanup() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)


def test_the_log_is_0600_whatever_the_umask(tmp_path: Path, any_umask: int, log_cleanup: None) -> None:
    paths = resolve_paths(data_dir=tmp_path / "appdata")
    paths.create()
    setup_logging(paths)
    logging.getLogger("safetyapp.test").warning("a warning in the app's own words")
    log = paths.logs / "safetyapp.log"
    assert "a warning" in log.read_text() and mode(log) == 0o600


def test_the_log_never_writes_through_a_planted_symlink(
    tmp_path: Path, log_cleanup: None, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = resolve_paths(data_dir=tmp_path / "appdata")
    paths.create()
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("")
    (paths.logs / "safetyapp.log").symlink_to(elsewhere)
    setup_logging(paths)
    logging.getLogger("safetyapp.test").warning("a warning in the app's own words")
    assert elsewhere.read_text() == ""
