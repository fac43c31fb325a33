"""Start Safety Companion: command-line options, the Qt application, translations, the main window."""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from safetyapp import APP_NAME, __version__
from safetyapp.core.paths import AppPaths, resolve_paths
from safetyapp.core.settings import LANGUAGES
from safetyapp.hardening import no_core_dumps
from safetyapp.private_files import open_private_append

NO_DISPLAY = (
    "Safety Companion needs a screen to show its window, and none was found "
    "(DISPLAY and WAYLAND_DISPLAY are not set). Start it from your desktop, "
    "or run `safetyapp --self-test` to check the installation without a screen."
)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="safetyapp", description=f"{APP_NAME}: offline help with sextortion.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--self-test", action="store_true", help="check every page, contact and translation, then exit")
    parser.add_argument("--lang", choices=LANGUAGES, help="language for this run")
    parser.add_argument("--portable", action="store_true", help="keep everything in a folder beside the program")
    parser.add_argument("--data-dir", type=Path, help="keep settings, notes and logs in this folder")
    parser.add_argument(
        "--import-content",
        type=Path,
        metavar="FILE",
        help="install a signed content pack (advice, contacts, wizard, guides) for this user, then exit",
    )
    return parser.parse_args(argv)


def display_available() -> bool:
    """On Linux and BSD a window needs X11 or Wayland, unless Qt is told to draw offscreen."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in {"offscreen", "minimal", "vnc", "eglfs", "linuxfb"}:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class PrivateLogHandler(logging.FileHandler):
    """The log file, readable by this user only (0600 whatever the umask), never through a symbolic link."""

    def _open(self) -> io.TextIOWrapper:
        return open(open_private_append(Path(self.baseFilename)), "a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            super().emit(record)
        except OSError:  # the file could not be opened (a symbolic link planted there): never crash for a log
            self.handleError(record)


def setup_logging(paths: AppPaths) -> None:
    """Warnings and errors only, and only the app's own words: never anything the user typed."""
    log = paths.logs / "safetyapp.log"
    if log.is_file() and log.stat().st_size > 256_000:  # keep it small: start afresh
        with contextlib.suppress(OSError):  # a read-only disk: carry on with the old one
            log.replace(paths.logs / "safetyapp.old.log")
    handler = PrivateLogHandler(log, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    no_core_dumps()  # first: nothing typed yet, so nothing a crash could write to disk
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        print(f"{APP_NAME} {__version__}")
        return 0
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from safetyapp.selftest import run_self_test

        return run_self_test(args.lang, portable=args.portable, data_dir=args.data_dir)
    if args.import_content is not None:
        from safetyapp.content_command import import_content

        return import_content(args.import_content, resolve_paths(portable=args.portable, data_dir=args.data_dir))
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    paths = resolve_paths(portable=args.portable, data_dir=args.data_dir)
    from safetyapp.core.policy import load_policy, policy_file

    # Before Qt is imported: PySide reads the source of every module imported after it (looking for
    # `from __feature__`). The policy needs platformdirs and the window's library tomllib and datetime,
    # modules that Qt never uses; loaded now, they are spared that (about 14 million instructions).
    policy = load_policy(policy_file(portable=paths.portable))
    import safetyapp.core.library  # noqa: F401  (used by the window)
    from safetyapp.ui.app.application import run

    def prepare() -> None:  # only in the one copy that starts: a second copy writes nothing (see run)
        open_to_others = paths.create()
        setup_logging(paths)
        for folder in open_to_others:  # its kind only: a folder's name may hold the user's name
            logging.getLogger(__name__).warning("a folder others can read could not be made private: %s", folder.name)

    return run(paths, language=args.lang, prepare=prepare, policy=policy)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
