"""An organisation's folder of advice updates (policy `content_pack_folder`): after the first paint, the
newest signed update there that fits this app and is newer than the one in use is checked and installed,
off the GUI thread (a network share may be slow), then put into use on the next page opened."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from safetyapp import __version__
from safetyapp.ui.app.context import AppContext

log = logging.getLogger(__name__)


class ContentFolderCheck(QObject):
    finished = Signal(object)
    """With the folder of the content now in use, or None if nothing was installed."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._context = context
        self.installed = threading.Event()
        self.finished.connect(self._use)

    def start(self) -> threading.Thread | None:
        folder = self._context.policy.content_pack_folder
        if not folder:
            return None
        thread = threading.Thread(target=self._check, args=(Path(folder).expanduser(),), daemon=True)
        thread.start()
        return thread

    def _check(self, folder: Path) -> None:
        from safetyapp.core.content_install import content_root, install_pack, newest_in_folder, trusted_keys
        from safetyapp.core.content_pack import PackError
        from safetyapp.core.policy import policy_file

        paths = self._context.paths
        trusted = trusted_keys(policy_file(portable=paths.portable).parent)
        newest = newest_in_folder(folder, trusted, paths.data, __version__)
        if newest is None:
            self.finished.emit(None)
            return
        try:
            install_pack(newest, paths.data, trusted=trusted, app_version=__version__)
        except PackError as error:
            log.warning("the organisation's advice update was not installed: %s", error.code)
            self.finished.emit(None)
            return
        self.finished.emit(content_root(paths.data, __version__))

    @Slot(object)
    def _use(self, root: object) -> None:
        if isinstance(root, Path):
            self._context.use_content(root)
            self.installed.set()
