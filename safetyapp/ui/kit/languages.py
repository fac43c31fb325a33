"""Putting a language into effect: Qt's and the app's translations, the layout direction, a bundled font."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from safetyapp.core.languages import Language
from safetyapp.core.resources import SOURCE_LANGUAGE, resources_dir, translations_dir

_BUNDLED_FAMILIES: set[str] = set()
_LOADED_FONTS: dict[str, list[str]] = {}  # bundled font name -> its families, once loaded
_INSTALLED: list[QTranslator] = []  # (not app.findChildren: that alone costs 30 ms at start-up)


def install_language(app: QApplication, language: Language) -> list[str]:
    """Qt's own strings first, then the app's; the layout direction; a bundled font if the language
    needs one. Returns what could not be loaded (English is used for it)."""
    missing: list[str] = []
    QLocale.setDefault(QLocale(language.qt))
    if language.right_to_left != app.isRightToLeft():  # left to right needs nothing (and no Qt namespace)
        from PySide6.QtCore import Qt

        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language.right_to_left else Qt.LayoutDirection.LeftToRight
        )
    while _INSTALLED:  # a language switch: drop the previous language's translators
        translator = _INSTALLED.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    if language.font:
        missing += _add_font(app, language.font)
    elif _BUNDLED_FAMILIES:  # back from a language that needed one: the usual font again
        font = app.font()
        font.setFamilies([f for f in font.families() if f not in _BUNDLED_FAMILIES])
        app.setFont(font)
    if language.code == SOURCE_LANGUAGE:
        return missing
    # Qt's own words (dialog buttons, the file dialog): Qt's translation if it has one, then the app's own
    # i18n/qtwords_<language> for what Qt does not translate (all of Welsh and Urdu); then the app's words.
    # The translator installed last is asked first.
    from PySide6.QtCore import QLibraryInfo  # (its enums: not before an English first paint)

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language.qt}", qt_folder), (f"qtwords_{language.qt}", str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _INSTALLED.append(translator)
    ours = QTranslator(app)
    if ours.load(f"safetyapp_{language.qt}", str(translations_dir())):
        app.installTranslator(ours)
        _INSTALLED.append(ours)
    else:
        missing.append(f"safetyapp_{language.qt}.qm")
    return missing


def _add_font(app: QApplication, name: str) -> list[str]:
    """Put a bundled font (resources/fonts/NAME-Regular.ttf and -Bold.ttf) first in the app's font: its
    script is drawn with it; Latin letters and digits, which it lacks, with the usual font. Each font
    file is loaded once, however often the language is switched back to it."""
    from PySide6.QtGui import QFontDatabase

    families = _LOADED_FONTS.get(name)
    if families is None:
        families = []
        for weight in ("Regular", "Bold"):
            path = resources_dir() / "fonts" / f"{name}-{weight}.ttf"
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                return [f"{path}: cannot be loaded"]
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
        _LOADED_FONTS[name] = families
    _BUNDLED_FAMILIES.update(families)
    font = app.font()
    font.setFamilies([*families, *[f for f in font.families() if f not in families]])
    app.setFont(font)
    return []
