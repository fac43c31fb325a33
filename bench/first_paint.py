"""Print the wall-clock time at which the first window first paints, then quit.

    python bench/first_paint.py app DATA_DIR   the real app, started as `python -m safetyapp` starts it
    python bench/first_paint.py bare           the smallest possible PySide6 window

Used by bench/startup.py, which records the time just before starting this process. With
EXIT_AT_FIRST_PAINT=1 the process ends at once after the first paint, so that a tool counting the
whole process (callgrind, `time`) counts only the start-up:

    EXIT_AT_FIRST_PAINT=1 valgrind --tool=callgrind python bench/first_paint.py app DATA_DIR

The app is started by its own `main`, in its own order: nothing of Qt is imported before the app
imports it, and the app makes its own QApplication. The moment of the first paint is caught by
wrapping `MainWindow.paintEvent` as the module that holds it is loaded, so that the measuring adds no
import of its own before the app's (PySide reads the source of every module imported after it, so
what is imported before Qt, and in which order, changes the count).
"""

from __future__ import annotations

import os
import sys
import time
from types import ModuleType
from typing import Any


def paint_reached() -> None:
    print(f"{time.time():.6f}", flush=True)
    if os.environ.get("EXIT_AT_FIRST_PAINT") == "1":
        os._exit(0)  # nothing after the first paint is counted (no shutting down)


def bare() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                paint_reached()
                QTimer.singleShot(0, app.quit)
            return False

    window = QWidget()
    window.resize(1100, 760)
    watcher = FirstPaint(app)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


def watch_first_paint(module: ModuleType) -> None:
    """Report the first paint of the main window (before it paints), then quit."""
    paint = module.MainWindow.paintEvent

    def paint_watched(window: Any, event: Any) -> None:
        if not window.painted:
            paint_reached()
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, window.context.app.quit)
        paint(window, event)

    module.MainWindow.paintEvent = paint_watched


def app(data_dir: str) -> int:
    import importlib.abc
    import importlib.machinery

    class WatchWindow(importlib.abc.MetaPathFinder):
        """Wraps the main window's paint as its module loads, whenever the app first imports it."""

        def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
            if name != "safetyapp.ui.app.main_window":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            assert spec is not None and spec.loader is not None
            exec_module = spec.loader.exec_module

            def exec_and_watch(module: ModuleType) -> None:
                exec_module(module)
                watch_first_paint(module)

            spec.loader.exec_module = exec_and_watch  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, WatchWindow())
    from safetyapp.app import main

    return main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else app(sys.argv[2]))
