"""Where the app's read-only data lives: the same lookup from a checkout, a wheel or a frozen bundle.

An installed wheel (and the frozen bundle) carry `resources/` and the compiled translations inside
the package as `safetyapp/resources` and `safetyapp/i18n`; a source checkout keeps them beside the
package. Nothing here reads outside those two places.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
SOURCE_LANGUAGE = "en-GB"
"""The language the content is written in; every other language is a translation of it."""


def data_dir(name: str) -> Path:
    """The folder `name` ("resources" or "i18n"), inside the package if present, else beside it."""
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    return data_dir("resources")


def translations_dir() -> Path:
    return data_dir("i18n")


def program_dir() -> Path:
    """The folder the program runs from: the bundle's folder when frozen, else the checkout."""
    import sys

    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return PACKAGE_DIR.parent
