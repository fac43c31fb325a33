"""Print the wall-clock time at which the first window first paints, then quit.

    python bench/first_paint.py app DATA_DIR   the real app (safetyapp.app.main), settings in DATA_DIR
    python bench/first_paint.py bare           the smallest possible PySide6 window

Used by bench/startup.py, which records the time just before starting this process. With
EXIT_AT_FIRST_PAINT=1 the process ends at once after the first paint, so that a tool counting the
whole process (callgrind, `time`) counts only the start-up:

    EXIT_AT_FIRST_PAINT=1 valgrind --tool=callgrind python bench/first_paint.py app DATA_DIR
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            self._done = True
            print(f"{time.time():.6f}", flush=True)
            if os.environ.get("EXIT_AT_FIRST_PAINT") == "1":
                os._exit(0)  # nothing after the first paint is counted (no shutting down)
            QTimer.singleShot(0, self._app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint(app)  # watches the one window, not every event in the app
    if sys.argv[1] == "bare":
        window = QWidget()
        window.resize(1100, 760)
        window.installEventFilter(watcher)
        window.show()
        return app.exec()
    from safetyapp.ui.app.main_window import MainWindow

    show = MainWindow.show

    def show_watched(self: MainWindow) -> None:
        self.installEventFilter(watcher)
        show(self)

    MainWindow.show = show_watched  # type: ignore[method-assign]
    from safetyapp.app import main as app_main

    return app_main(["--data-dir", sys.argv[2]])


if __name__ == "__main__":
    sys.exit(main())
