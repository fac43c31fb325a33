"""One copy of the app per data folder: a second start brings the first window to the front instead.

The first copy holds an OS lock on `instance.lock` in the data folder (flock, or msvcrt.locking on
Windows) and listens on a local socket. A second copy finds the lock taken, asks the first over the
socket to come to the front, and exits without writing anything. If the first does not answer (it
hangs, or is just closing), the second says so in a message.

Why an OS lock rather than a lock file with a process id in it (QLockFile): the OS drops the lock
when the process dies, however it dies (quick exit, SIGKILL, power cut), so there is never a stale
lock to guess about; and nothing about this computer (its name, a process id) is written into the
data folder, which may be a USB stick in portable mode. The file itself stays empty.

The socket name is a hash of the user and the data folder: it reveals neither. Separate data folders
(`--data-dir`, portable mode) are separate instances. On Linux the socket is in the abstract namespace,
so it is no file at all and nothing is left behind in TMPDIR even if the app is killed; both ends
check that the other is the same user (SO_PEERCRED), as the file permissions would elsewhere.
"""

from __future__ import annotations

import contextlib
import errno as errno_codes
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from safetyapp import APP_NAME
from safetyapp.private_files import make_private_folder

if TYPE_CHECKING:  # QtNetwork is imported only when needed: the first copy listens after its first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QWidget

LOCK_NAME = "instance.lock"
FIRST, FORWARDED, NO_ANSWER = "first", "forwarded", "no-answer"
ANSWER_TIMEOUT_MS = 8000
"""How long a second copy waits for the first to answer (the first may still be starting up)."""
REQUEST, REPLY = b"show\n", b"ok\n"
_ACQUIRED, _HELD, _UNAVAILABLE = "acquired", "held", "unavailable"
ABSTRACT = sys.platform.startswith("linux")


def server_name(folder: Path) -> str:
    """The local socket name for a data folder: a hash, so it says nothing about the user or the folder."""
    import hashlib

    uid = os.getuid() if hasattr(os, "getuid") else 0
    where = os.path.normcase(os.path.abspath(folder))
    digest = hashlib.sha256(f"safetycompanion\0{uid}\0{where}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"safetycompanion-{digest[:32]}"


def same_user(socket: QLocalSocket) -> bool:
    """On Linux (abstract sockets have no file permissions): is the other end this user?"""
    if not ABSTRACT:
        return True  # the socket file (UserAccessOption) or named pipe lets only this user in
    import socket as sockets
    import struct

    fd = int(socket.socketDescriptor())
    if fd < 0:
        return False
    try:
        with sockets.socket(fileno=os.dup(fd)) as peer:  # a duplicate: closing it leaves Qt's socket open
            credentials = peer.getsockopt(sockets.SOL_SOCKET, sockets.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return False
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return uid == os.getuid()


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class SingleInstance(QObject):
    """Claim the data folder for this process, or hand over to the copy that already has it."""

    show_requested = Signal()
    """Another copy was started for the same data folder: bring the window to the front."""

    def __init__(self, folder: Path, parent: QObject | None = None, *, timeout_ms: int | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self._name = ""
        self._timeout_ms = ANSWER_TIMEOUT_MS if timeout_ms is None else timeout_ms
        self._fd: int | None = None
        self._server: QLocalServer | None = None
        self._released = False

    @property
    def name(self) -> str:
        """The local socket's name (worked out when first needed: hashlib is not loaded before the first paint)."""
        if not self._name:
            self._name = server_name(self.folder)
        return self._name

    @property
    def guarded(self) -> bool:
        """True while this process holds the lock (False on a disk where no lock file can be made)."""
        return self._fd is not None

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def claim(self, *, listen: bool = True) -> str:
        """FIRST: this is the only copy (keep this object until the app ends, then `release`).
        FORWARDED: another copy has it and was asked to come to the front: exit now.
        NO_ANSWER: another copy has it but did not answer: say so, then exit.

        With `listen` False the first copy starts answering only when `listen()` is called (the app
        does that after its first paint; a second copy started meanwhile keeps trying until then)."""
        deadline = time.monotonic() + self._timeout_ms / 1000
        while True:
            state = self._try_lock()
            if state == _ACQUIRED:
                if listen:
                    self.listen()
                return FIRST
            if state == _UNAVAILABLE:
                # No lock can be made here (a read-only disk): still hand over to a copy that answers.
                if self._ask_first(min(deadline, time.monotonic() + 0.5)):
                    return FORWARDED
                if listen:
                    self.listen()
                return FIRST
            if self._ask_first(deadline):
                return FORWARDED
            if time.monotonic() >= deadline:
                return NO_ANSWER
            time.sleep(0.05)  # the first copy may be starting (not listening yet) or closing (lock soon free)

    def release(self) -> None:
        """Stop listening and let go of the lock (the OS also does this when the process ends)."""
        self._released = True
        if self._server is not None:
            self._server.close()
            self._server = None
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    # ------------------------------------------------------------ the lock

    def _try_lock(self) -> str:
        if self._fd is not None:
            return _ACQUIRED
        with contextlib.suppress(OSError):
            make_private_folder(self.folder)
        # Read-only is enough for a lock: on a read-only disk the existing file can still be locked.
        # Never through a symbolic link planted at its name.
        flags = os.O_RDONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.folder / LOCK_NAME, flags, 0o600)
        except OSError:
            return _UNAVAILABLE
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            if error.errno in (errno_codes.EAGAIN, errno_codes.EWOULDBLOCK, errno_codes.EACCES, errno_codes.EDEADLK):
                return _HELD
            return _UNAVAILABLE
        self._fd = fd
        return _ACQUIRED

    # ------------------------------------------------------------ the first copy: listen

    def listen(self) -> None:
        """Start answering second copies (once; does nothing after `release`)."""
        if self._server is not None or self._released:
            return
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        server = QLocalServer(self)
        options = QLocalServer.SocketOption
        server.setSocketOptions(options.AbstractNamespaceOption if ABSTRACT else options.UserAccessOption)
        if not server.listen(self.name):
            if ABSTRACT or server.serverError() != QAbstractSocket.SocketError.AddressInUseError or not self.guarded:
                return  # the app works without it; a second copy then says the first is not answering
            # We hold the lock, so a socket left under this name is from a copy that crashed.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if not same_user(socket):
                socket.abort()
                continue
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)
            self._answer(socket)

    def _answer(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > len(REQUEST):
                socket.abort()  # not ours
            return
        line = socket.readLine(len(REQUEST) + 1).data()
        if line == REQUEST:
            socket.write(REPLY)
            socket.flush()
            self.show_requested.emit()
        socket.disconnectFromServer()  # after the reply has been written

    # ------------------------------------------------------------ a second copy: ask

    def _ask_first(self, deadline: float) -> bool:
        """One try: connect, ask for the window, wait for the reply until `deadline`."""

        def left_ms(cap: float | None = None) -> int:
            left = deadline - time.monotonic()
            if cap is not None:
                left = min(left, cap)
            return max(1, int(left * 1000))

        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        if ABSTRACT:
            socket.setSocketOptions(QLocalSocket.SocketOption.AbstractNamespaceOption)
        try:
            socket.connectToServer(self.name)
            if not socket.waitForConnected(left_ms(0.5)) or not same_user(socket):
                return False
            socket.write(REQUEST)
            if not socket.waitForBytesWritten(left_ms()):
                return False
            reply = b""
            while b"\n" not in reply and time.monotonic() < deadline:
                if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(left_ms()):
                    break
                reply += socket.readAll().data()
            return reply.startswith(REPLY)
        finally:
            socket.abort()


def not_answering_text() -> str:
    return QCoreApplication.translate(
        "SingleInstance",
        "Safety Companion is already open, but it is not answering. Wait a moment and open it again. If it "
        "still does not appear, restart the computer.",
    )


def explain_not_answering(parent: QWidget | None = None) -> None:
    """The second copy could not reach the first: say so (it then exits without writing anything)."""
    from PySide6.QtWidgets import QMessageBox  # only when needed: its many enums cost start-up time

    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, not_answering_text(), QMessageBox.StandardButton.Ok)
    box.setObjectName("notAnswering")
    box.exec()


def bring_to_front(window: QWidget) -> None:
    """Show the window on top, restored if it was minimised. A window hidden by Quick exit stays hidden."""
    if not window.isVisible():
        return
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
