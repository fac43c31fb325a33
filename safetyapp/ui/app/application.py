"""Builds the QApplication: style, translations, context, main window, quick exit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from safetyapp import APP_ID, APP_NAME, __version__
from safetyapp.core.content_install import content_root
from safetyapp.core.library import load_library
from safetyapp.core.paths import AppPaths
from safetyapp.core.policy import Policy
from safetyapp.core.resources import resources_dir
from safetyapp.core.settings import load_settings
from safetyapp.private_files import is_private
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.app.quick_exit import QuickExit
from safetyapp.ui.kit.languages import install_language


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fusion, chosen on Qt's command line: a style object made in Python costs about 6 ms before the
    # first paint; `ClearStyle` (Fusion with tick boxes seen in every theme) follows it (see clear_style).
    app = QApplication([*(argv or [APP_ID]), "-style", "Fusion"])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("safetycompanion")
    return app


def build_window(
    app: QApplication,
    paths: AppPaths,
    language: str | None = None,
    *,
    deferred: bool = False,
    policy: Policy | None = None,
) -> MainWindow:
    """The main window. With `deferred`, the advice pages are read just after the first paint.
    What the organisation's `policy` sets wins over the saved settings and over `language`."""
    policy = policy if policy is not None else Policy()
    settings, settings_problem = load_settings(paths.config)
    if language is not None:
        settings = settings.with_(language=language)
    content = content_root(paths.data, __version__)
    library = load_library(policy.apply(settings).language, content)
    missing = install_language(app, library.language_info)
    context = AppContext(app, paths, settings, library, policy=policy, content_root=content, style_after_paint=deferred)
    quick_exit = QuickExit(app, watch_keys=not deferred)
    quick_exit.add_cleanup(context.clipboard.clear_if_ours)
    window = MainWindow(context, quick_exit)
    early = missing + ([settings_problem] if settings_problem else [])

    def report_problems() -> None:
        problems = [*library.problems, *early]
        if problems or policy.problems:
            window.show_problems(problems)
        window.problem_bar.show_open_folders([f for f in paths.all() if f.is_dir() and not is_private(f)])

    if deferred:  # after the first paint: icon and style, read the pages, start watching keys for quick exit
        window.first_painted.connect(lambda: _set_icon(app))
        window.first_painted.connect(lambda: _use_clear_style(app))
        window.first_painted.connect(report_problems)
        window.first_painted.connect(quick_exit.watch_keys)
    else:
        _set_icon(app)
        report_problems()
    return window


def _set_icon(app: QApplication) -> None:
    """The window's icon. With a deferred window, a moment after it is on screen: QIcon's enums cost
    about 12 million instructions, and until then the desktop shows the icon it finds for the app (the
    .desktop file's, on Linux) or its own."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "safetycompanion.png")))


def _use_clear_style(app: QApplication) -> None:
    from safetyapp.ui.kit.clear_style import use_clear_style  # (its import makes PySide build QStyle)

    use_clear_style(app)


def _after_first_paint(window: MainWindow) -> None:
    """What can wait until the window is on screen (each import here costs start-up time)."""
    from PySide6.QtCore import Qt  # noqa: F401  (created now, so the first key press is not slowed by it)

    from safetyapp.ui.app.content_folder import ContentFolderCheck
    from safetyapp.ui.app.session_end import close_on_session_end
    from safetyapp.ui.kit import accessibility
    from safetyapp.ui.kit.file_dialogs import keep_out_of, keep_qt_settings_in

    accessibility.install()
    ContentFolderCheck(window.context).start()
    close_on_session_end(window)
    keep_qt_settings_in(window.context.paths.cache)  # before any file dialog can open
    keep_out_of(window.context.paths.all())  # no dialog offers the folder the notes are in


def run(
    paths: AppPaths,
    language: str | None = None,
    *,
    prepare: Callable[[], None] | None = None,
    policy: Policy | None = None,
) -> int:
    """Run the app, unless a copy is already running for this data folder: then bring that one to the
    front and return at once, having written nothing. `prepare` (make the folders, start the log)
    runs only in the copy that goes on to start."""
    from safetyapp.ui.app.single_instance import FIRST, FORWARDED, SingleInstance, bring_to_front, explain_not_answering

    app = create_application()
    instance = SingleInstance(paths.data, app)
    outcome = instance.claim(listen=False)
    if outcome == FORWARDED:
        return 0
    if outcome != FIRST:
        settings, _ = load_settings(paths.config)
        install_language(app, load_library(language or settings.language).language_info)
        explain_not_answering()
        return 1
    if prepare is not None:
        prepare()
    window = build_window(app, paths, language, deferred=True, policy=policy)
    instance.show_requested.connect(lambda: bring_to_front(window))
    window.first_painted.connect(instance.listen)
    window.first_painted.connect(lambda: _after_first_paint(window))
    QTimer.singleShot(2000, instance.listen)  # in case no paint comes (a window that starts hidden)
    window.show()
    try:
        return app.exec()
    finally:
        instance.release()
