"""Builds the QApplication: style, translations, context, main window, quick exit."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from safetyapp import APP_ID, APP_NAME, __version__
from safetyapp.core.library import load_library
from safetyapp.core.paths import AppPaths
from safetyapp.core.resources import translations_dir
from safetyapp.core.settings import load_settings
from safetyapp.ui.context import AppContext
from safetyapp.ui.main_window import MainWindow
from safetyapp.ui.quick_exit import QuickExit

QT_LANGUAGE = {"en-GB": "en_GB", "cy": "cy", "pl": "pl", "ur": "ur"}


def install_translators(app: QApplication, language: str) -> list[str]:
    """Qt's own strings first, then the app's. Returns what could not be loaded (English is used)."""
    missing: list[str] = []
    code = QT_LANGUAGE[language]
    QLocale.setDefault(QLocale(code))
    if language == "en-GB":
        return missing
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = QTranslator(app)
    if ours.load(f"safetyapp_{code}", str(translations_dir())):
        app.installTranslator(ours)
    else:
        missing.append(f"safetyapp_{code}.qm")
    return missing


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or [APP_ID])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("safetyapp")
    app.setStyle("Fusion")
    return app


def build_window(
    app: QApplication, paths: AppPaths, language: str | None = None, *, deferred: bool = False
) -> MainWindow:
    """The main window. With `deferred`, the advice pages are read just after the first paint."""
    settings, settings_problem = load_settings(paths.config)
    if language is not None:
        settings = settings.with_(language=language)
    missing = install_translators(app, settings.language)
    library = load_library(settings.language)
    context = AppContext(app, paths, settings, library)
    quick_exit = QuickExit(app, watch_keys=not deferred)
    quick_exit.add_cleanup(context.clipboard.clear_if_ours)
    window = MainWindow(context, quick_exit)
    early = missing + ([settings_problem] if settings_problem else [])

    def report_problems() -> None:
        problems = [*library.problems, *early]
        if problems:
            window.show_problems(problems)

    if deferred:  # after the first paint: read the pages, start watching keys for quick exit
        window.first_painted.connect(report_problems)
        window.first_painted.connect(quick_exit.watch_keys)
    else:
        report_problems()
    return window


def run(paths: AppPaths, language: str | None = None) -> int:
    app = create_application()
    window = build_window(app, paths, language, deferred=True)
    window.show()
    return app.exec()
