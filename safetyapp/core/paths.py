"""Where the app writes: settings, notes, logs and cache, per user, portable or chosen by the user."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from safetyapp import APP_ID
from safetyapp.core.resources import program_dir

PORTABLE_MARKER = "portable-mode.txt"
PORTABLE_DATA = "SafetyCompanionData"


@dataclass(frozen=True)
class AppPaths:
    config: Path
    data: Path
    logs: Path
    cache: Path
    portable: bool

    def create(self) -> None:
        """Make the folders, readable by this user only. A folder that cannot be made or changed (a
        read-only disk, no permission) is left as it is: the app still starts, and whatever later
        fails to save there says why."""
        for folder in (self.config, self.data, self.logs, self.cache):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                if os.name == "posix" and folder.stat().st_mode & 0o777 != 0o700:
                    os.chmod(folder, 0o700)
            except OSError:
                continue

    def all(self) -> tuple[Path, ...]:
        return (self.config, self.data, self.logs, self.cache)


def _under(root: Path, portable: bool) -> AppPaths:
    return AppPaths(
        config=root / "settings",
        data=root / "data",
        logs=root / "logs",
        cache=root / "cache",
        portable=portable,
    )


def resolve_paths(*, portable: bool = False, data_dir: Path | None = None, program: Path | None = None) -> AppPaths:
    """Choose the folders: `--data-dir` first, then portable mode, then the user's own folders.

    Portable mode is on with `--portable` or when the marker file lies beside the program; then
    everything stays in one folder beside the program, so a USB stick leaves no trace on the PC.
    """
    if data_dir is not None:
        return _under(data_dir.expanduser().resolve(), portable=portable)
    base = program if program is not None else program_dir()
    if portable or (base / PORTABLE_MARKER).is_file():
        return _under(base / PORTABLE_DATA, portable=True)
    import platformdirs  # only needed here: a portable or --data-dir start does without it

    dirs = platformdirs.PlatformDirs(appname=APP_ID, appauthor=False, roaming=False)
    return AppPaths(
        config=Path(dirs.user_config_dir),
        data=Path(dirs.user_data_dir),
        logs=Path(dirs.user_log_dir),
        cache=Path(dirs.user_cache_dir),
        portable=False,
    )
