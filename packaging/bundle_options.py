"""What PyInstaller leaves out of a bundle, shared by build.spec and the bundle-size benchmark's bare
window (so the two are built with the same options and compared fairly).

Three steps, each applied to the Analysis of a spec:
1. `EXCLUDES`: Python modules never imported (nothing that talks to a network beyond a local socket,
   nothing that reads images, no test or debugging tools, no plaintext keyring).
2. `keep()`: Qt plugins and files the app does not use, by their path in the bundle.
3. `prune_unreachable()`: shared libraries no longer needed once those plugins are gone. PyInstaller
   collects a plugin's dependencies before we drop the plugin (the GTK platform theme alone brings
   GTK 3, cairo and pango, about 15 MB), so we walk the link-time imports again from what is left.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

EXCLUDES = [
    "keyrings",  # keyrings.alt: plaintext and "encrypted file" keyring backends, never wanted
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "pdb",
    "xmlrpc",
    "http.server",
    "sqlite3",
    "ssl",  # no TLS: the app never connects anywhere
    "_ssl",
    "_hashlib",  # hashlib then uses Python's own SHA-256; OpenSSL's libraries stay out
    # QtNetwork stays: the app uses its local sockets (QLocalSocket) to find a copy already running.
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtSvg",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtHelp",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
]

DROP_PLUGIN_DIRS = (
    "imageformats",  # no images, ever
    "iconengines",  # SVG icons; the app's icon is a PNG
    "tls",  # network
    "networkinformation",  # network
    "qmltooling",
    "generic",  # touch and tablet input through evdev/tslib, not used on desktops
    "egldeviceintegrations",
    "sqldrivers",
    "vectorimageformats",
    "xcbglintegrations",  # the app draws with the CPU (QWidget raster): no OpenGL
    "wayland-graphics-integration-client",  # OpenGL on Wayland; raster windows use shared memory
)
# The GTK platform theme pulls in GTK 3 and its whole stack; the app has its own themes and reads light
# or dark from the desktop portal. Adwaita window decorations need Qt SVG.
DROP_PLUGIN_FILES = ("libqgtk3", "libadwaita")
DROP_QT_LIBS = ("libQt6EglFS", "libQt6OpenGL", "libQt6Svg", "libQt6Quick", "libQt6Qml")
DROP_PLATFORMS = ("libqminimal", "libqvnc", "libqlinuxfb", "libqeglfs", "libqvkkhrdisplay", "libqminimalegl")

# Libraries Qt opens at run time (dlopen) rather than links to: the link-time walk cannot see them.
RUNTIME_LOADED = ("libdbus-1", "libxcb-cursor", "libxkbcommon")


def keep(dest: str, languages: Iterable[str]) -> bool:
    """Whether a file PyInstaller collected (by its path in the bundle) belongs in the bundle."""
    parts = dest.replace("\\", "/").split("/")
    name = parts[-1]
    if "plugins" in parts:
        index = parts.index("plugins") + 1
        kind = parts[index] if index < len(parts) else ""
        if kind in DROP_PLUGIN_DIRS or name.startswith(DROP_PLUGIN_FILES):
            return False
        if kind == "platforms" and name.startswith(DROP_PLATFORMS):
            return False
    if name.startswith(DROP_QT_LIBS):
        return False
    if "translations" in parts and name.endswith(".qm"):
        # Qt's own messages (buttons, dialogs) only for the languages the app ships.
        return any(name == f"qtbase_{language}.qm" for language in languages)
    return True


def _is_root(dest: str, typecode: str) -> bool:
    """What is loaded directly (by the bootloader, Python's import system or Qt's plugin loader)."""
    path = PurePosixPath(dest.replace("\\", "/"))
    return typecode == "EXTENSION" or "plugins" in path.parts or path.name.lower().startswith(("libpython", "python3"))


def prune_unreachable(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop shared libraries that nothing left in the bundle links to (Linux only; elsewhere unchanged)."""
    import sys

    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend.bindepend import get_imports

    by_name: dict[str, tuple[str, str, str]] = {}
    for entry in binaries:
        by_name.setdefault(PurePosixPath(entry[0]).name, entry)
    queue = [entry for entry in binaries if _is_root(entry[0], entry[2])]
    queue += [entry for name, entry in by_name.items() if name.startswith(RUNTIME_LOADED)]
    reached = {entry[0] for entry in queue}
    while queue:
        entry = queue.pop()
        for name, _ in get_imports(entry[1]):
            target = by_name.get(PurePosixPath(name).name)
            if target is not None and target[0] not in reached:
                reached.add(target[0])
                queue.append(target)
    return [entry for entry in binaries if entry[0] in reached]
