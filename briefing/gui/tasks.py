"""Background tasks: a worker computes in a pool thread, the result or error arrives on the GUI thread."""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot


class _WorkerSignals(QObject):
    """Emitted from the pool thread; the owning Task (GUI thread) receives them queued."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(self, job: Callable[[], Any], signals: _WorkerSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._signals = signals

    def run(self) -> None:  # runs in a pool thread: it must not touch any widget
        try:
            result = self._job()
        except BaseException as exc:  # noqa: BLE001 - every error is delivered to the GUI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._tell(self._signals.failed, exc)
        else:
            self._tell(self._signals.succeeded, result)

    @staticmethod
    def _tell(signal: SignalInstance, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the task went first (the window closed meanwhile): no one to tell
            signal.emit(value)


class Task(QObject):
    """One running job. `succeeded(result)` or `failed(exception)` fire once, on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, description: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.description = description
        self.done = False
        self.stop: Callable[[], None] | None = None  # asks the job to end early
        self._signals = _WorkerSignals()
        # Connections to slots of this GUI-thread object are queued across threads.
        self._signals.succeeded.connect(self._deliver_result)
        self._signals.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self.done = True
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self.done = True
        self.failed.emit(error)
        self.finished.emit()


class TaskRunner(QObject):
    """Starts jobs on a private thread pool and tells the window when it is busy."""

    busy_changed = Signal(bool, str)  # busy?, description of the newest running task

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: list[Task] = []

    def run(self, description: str, job: Callable[[], Any],
            on_result: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            stop: Callable[[], None] | None = None) -> Task:
        """Run `job()` in a pool thread; call `on_result` or `on_error` later on the GUI thread. `stop()`,
        when given, asks the job to end early (`wait(stop=True)`: the window closes, another library opens)."""
        task = Task(description, self)
        task.stop = stop
        if on_result is not None:
            task.succeeded.connect(on_result)
        if on_error is not None:
            task.failed.connect(on_error)
        task.finished.connect(lambda: self._forget(task))
        self._running.append(task)
        self.busy_changed.emit(True, description)
        self._pool.start(_Worker(job, task._signals))
        return task

    def is_busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1, stop: bool = False) -> bool:
        """Block until the pool is idle (for shutdown and tests); results still arrive via events. With
        `stop`, the jobs that can end early are asked to first."""
        if stop:
            for task in list(self._running):
                if task.stop is not None:
                    task.stop()
        return self._pool.waitForDone(msecs)

    def _forget(self, task: Task) -> None:
        if task in self._running:
            self._running.remove(task)
        self.busy_changed.emit(bool(self._running),
                               self._running[-1].description if self._running else "")
        task.deleteLater()
