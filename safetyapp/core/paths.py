"""Where the app writes: settings, notes, logs and cache, per user, portable or chosen by the user."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from safetyapp import APP_ID
from safetyapp.core.resources import program_dir
from safetyapp.private_files import make_private_folder

PORTABLE_MARKER = "portable-mode.txt"
PORTABLE_DATA = "SafetyCompanionData"


# A NamedTuple, not a dataclass: made before the first paint (docs/architecture.md, start-up).
class AppPaths(NamedTuple):
    config: Path
    data: Path
    logs: Path
    cache: Path
    portable: bool

    def create(self) -> list[Path]:
        """Make the folders 0700 whatever the umask, and make an existing one that others could read or
        write private again. Returns the folders that others can still read or write (not this user's,
        or on a disk that cannot be changed), for the caller to report. A folder that cannot be made at
        all (a read-only disk, no permission) is left out: the app still starts, and whatever later
        fails to save there says why."""
        open_to_others = []
        for folder in self.all():
            try:
                if not make_private_folder(folder):
                    open_to_others.append(folder)
            except OSError:
                continue
        return open_to_others

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
