"""The claim on a library: one writing process at a time holds a lock file beside it (no Qt).

The window holds its library's claim for as long as it shows it; a writing command (`briefing
import`) holds it while it writes. The lock is an OS lock on `library.sqlite.lock`, so it ends with
the process that held it, even after a crash; the file also says who holds it."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from briefing.library.paths import library_key

LOCK_SUFFIX = ".lock"
WINDOW = "window"
COMMAND = "command"
_WINDOWS_LOCK_OFFSET = 1 << 20  # Windows locks a byte range; one far past the holder's note keeps it readable


@dataclass(frozen=True)
class Holder:
    """Who holds a claim: a process id, 'window' or 'command', and the machine's name."""

    pid: int
    role: str
    host: str

    def describe(self) -> str:
        return "a Briefing window" if self.role == WINDOW else "another briefing command"


def lock_path(library: str | os.PathLike[str]) -> Path:
    return Path(library_key(library) + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def read_holder(library: str | os.PathLike[str]) -> Holder | None:
    """What the lock file says about its holder (the holder may be gone: `Claim.take` decides)."""
    try:
        data = json.loads(lock_path(library).read_text(encoding="utf-8") or "{}")
        return Holder(int(data["pid"]), str(data["role"]), str(data.get("host", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class ClaimError(Exception):
    """No lock file can be made beside the library (a read-only folder, a full disk)."""


class Claim:
    """A held claim on one library; `release()` (or the process ending) gives it up."""

    def __init__(self, library: Path, fd: int, role: str, inherited: bool = False) -> None:
        self.library = library
        self.role = role
        self.inherited = inherited  # the last holder ended without giving the claim up (a crash)
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    @classmethod
    def take(cls, library: str | os.PathLike[str], role: str = COMMAND) -> Claim | None:
        """The claim on `library` for this process, or None while another process holds it.

        Raises ClaimError when no lock file can be made at all."""
        path = lock_path(library)
        for _ in range(5):  # the file may be removed by a holder releasing it between open and lock
            try:
                if not path.parent.exists():  # the library's own folder: readable by the user only, as the file
                    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as error:
                raise ClaimError(f"{path}: cannot make the lock file ({error.strerror or error})") from None
            if not _try_lock(fd):
                os.close(fd)
                return None
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except OSError:
                same = False
            if not same:
                os.close(fd)
                continue
            inherited = os.fstat(fd).st_size > 0
            note = json.dumps({"pid": os.getpid(), "role": role, "host": _host()}).encode()
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, note)
            os.fsync(fd)
            return cls(Path(library), fd, role, inherited)
        return None

    @classmethod
    def wait(cls, library: str | os.PathLike[str], role: str, seconds: float,
             on_wait: object = None) -> Claim | Holder | None:
        """Take the claim, waiting up to `seconds` while another *command* holds it.

        Returns the Claim, or the Holder that kept it (a window does not let go, so it is not
        waited for); `on_wait(holder)` is called once when waiting starts."""
        deadline = time.monotonic() + seconds
        told = False
        while True:
            claim = cls.take(library, role)
            if claim is not None:
                return claim
            holder = read_holder(library)
            if (holder is not None and holder.role == WINDOW) or time.monotonic() >= deadline:
                return holder
            if not told and callable(on_wait):
                on_wait(holder)
                told = True
            time.sleep(0.1)

    def release(self) -> None:
        """Give the claim up and remove the lock file."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            with contextlib.suppress(OSError):  # still holding the lock: nobody else has this file
                os.unlink(lock_path(self.library))
        os.close(fd)
        if sys.platform == "win32":  # pragma: no cover
            with contextlib.suppress(OSError):
                os.unlink(lock_path(self.library))

    def __del__(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)


def _host() -> str:
    """This machine's name as socket.gethostname() gives it; on POSIX read from os.uname(), which
    spares a window's start-up loading the socket module (~2 ms)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()
