"""One writable Briefing window per library: the library's claim, and a local server that answers "activate"."""

from __future__ import annotations

import os
import time
from enum import Enum
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from briefing.library import WINDOW, Claim, ClaimError, library_key

ACTIVATE = b"activate\n"
ANSWER = b"ok\n"
CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 2000


class ClaimState(Enum):
    """What a start (or File ▸ Open) may do with a library."""

    OWNER = "owner"  # this process holds the lock and answers other launches: open it writable
    FORWARDED = "forwarded"  # another Briefing holds it and brought its window forward: do not open
    READ_ONLY = "read_only"  # another process holds it but did not answer: open it read-only
    UNGUARDED = "unguarded"  # no lock could be made (read-only folder...): open it, unguarded


def server_name(path: str | os.PathLike[str]) -> str:
    """The local server name of the Briefing window that holds `path` (one per user and library)."""
    import getpass
    import hashlib  # here, as it is first needed after the first paint: OpenSSL costs ~4 ms to load

    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the path alone still separates libraries
        user = ""
    digest = hashlib.sha256(f"{user}\0{library_key(path)}".encode()).hexdigest()
    return f"briefing-{digest[:24]}"


def _network() -> ModuleType | None:
    """QtNetwork, which a trimmed build may leave out; without it each launch opens its own window."""
    try:
        from PySide6 import QtNetwork
    except ImportError:
        return None
    return QtNetwork


def send_activate(path: str | os.PathLike[str], timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """Ask the Briefing window that holds `path` to come forward; True when it answered.

    Blocking, and usable before (or without) a QApplication: a second launch calls it and exits."""
    network = _network()
    if network is None:
        return False
    socket = network.QLocalSocket()
    socket.connectToServer(server_name(path))
    if not socket.waitForConnected(min(timeout_ms, CONNECT_TIMEOUT_MS)):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(timeout_ms)
    received = b""
    deadline = time.monotonic() + timeout_ms / 1000
    while ANSWER not in received:
        remaining = int((deadline - time.monotonic()) * 1000)
        if remaining <= 0 or not socket.waitForReadyRead(remaining):
            break
        received += bytes(socket.readAll().data())
    socket.abort()
    return ANSWER in received


class LibraryClaim(QObject):
    """The outcome of `claim_library`; an OWNER claim listens and emits `activate_requested`."""

    activate_requested = Signal()

    def __init__(self, path: str | os.PathLike[str], state: ClaimState, lock: Claim | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.state = state
        self._lock = lock
        self._server: QObject | None = None

    @property
    def read_only(self) -> bool:
        return self.state is ClaimState.READ_ONLY

    @property
    def inherited(self) -> bool:
        """The claim was left by a Briefing that ended without giving it up (a crash): check the file."""
        return self._lock is not None and self._lock.inherited

    @property
    def forwarded(self) -> bool:
        return self.state is ClaimState.FORWARDED

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()  # type: ignore[attr-defined]

    def is_for(self, path: str | os.PathLike[str]) -> bool:
        return library_key(self.path) == library_key(path)

    def listen(self) -> bool:
        """Answer later launches on this library (only the lock holder calls this)."""
        network = _network()
        if network is None or self._server is not None:
            return self.listening
        name = server_name(self.path)
        server = network.QLocalServer(self)
        server.setSocketOptions(network.QLocalServer.SocketOption.UserAccessOption)
        network.QLocalServer.removeServer(name)  # we hold the lock: a leftover socket is stale
        if not server.listen(name):
            server.deleteLater()
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def release(self) -> None:
        """Stop answering and unlock the library (the window closes or opens another library)."""
        if self._server is not None:
            self._server.close()  # type: ignore[attr-defined]
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():  # type: ignore[attr-defined]
            socket = server.nextPendingConnection()  # type: ignore[attr-defined]
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QObject) -> None:
        if not socket.canReadLine():  # type: ignore[attr-defined]
            return
        line = bytes(socket.readLine().data())  # type: ignore[attr-defined]
        if line == ACTIVATE:
            socket.write(ANSWER)  # type: ignore[attr-defined]
            socket.flush()  # type: ignore[attr-defined]
            self.activate_requested.emit()
        socket.disconnectFromServer()  # type: ignore[attr-defined]


def claim_library(path: str | os.PathLike[str], timeout_ms: int = ANSWER_TIMEOUT_MS,
                  listen: bool = True) -> LibraryClaim:
    """Claim `path` for this window (briefing.library.claim), or find out who has it.

    The claim ends with the process that held it, so a crashed Briefing never keeps a library
    locked. When a live Briefing window holds it, that window is asked to come forward; when the
    holder does not answer (a window that hangs, a `briefing import` writing), the library opens
    read-only. With `listen=False` the owner answers later launches only once told to (`claim.listen()`):
    start-up does so after the first paint, which does not need QtNetwork."""
    try:
        lock = Claim.take(path, WINDOW)
    except ClaimError:
        return LibraryClaim(path, ClaimState.UNGUARDED)
    if lock is not None:
        claim = LibraryClaim(path, ClaimState.OWNER, lock)
        if listen:
            claim.listen()
        return claim
    if send_activate(path, timeout_ms):
        return LibraryClaim(path, ClaimState.FORWARDED)
    return LibraryClaim(path, ClaimState.READ_ONLY)


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise, raise and activate a top-level window (another launch asked for it)."""
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized)
                          | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
