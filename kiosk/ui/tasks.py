"""The one way to run slow work off the UI thread (cf. Anki's CollectionOp).

`run_in_background(fn, on_done=..., on_error=...)` runs `fn` on Qt's thread
pool and calls back on the UI thread. The returned `Task` emits `finished`
(with the result) or `failed` (with the exception) so that tests can
`qtbot.waitSignal` on it instead of sleeping.

`fn` is usually a closure over a screen or another QObject. Its last reference
must never be dropped on a worker thread, or Python would destroy those Qt
objects there ("Timers cannot be stopped from another thread", then a crash).
So the Task keeps `fn` and releases it on the UI thread, after the callbacks.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_live: set[Task] = set()


class Task(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.fn: Callable[..., Any] | None = fn
        self.with_progress = with_progress

    def release(self) -> None:
        """UI thread: forget the work and whatever it closed over."""
        self.fn = None
        _live.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        task = self._task
        fn = task.fn
        assert fn is not None
        error: BaseException | None = None
        result: Any = None
        try:
            result = fn(task.progress.emit) if task.with_progress else fn()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the UI
            # Not `detail`: SQLAlchemy's errors keep a list there and print each item of it.
            exc.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            # The frames would hold the caller's objects alive on this thread: drop them here.
            error = exc.with_traceback(None)
        del fn
        if error is None:
            task.finished.emit(result)
        else:
            task.failed.emit(error)


def run_in_background(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Run `fn()` (or `fn(report)` when `on_progress` is given) on the thread pool."""
    task = Task(fn, on_progress is not None)
    _live.add(task)
    if on_done:
        task.finished.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    if on_progress:
        task.progress.connect(on_progress)
    # Connected last, so it runs after the callbacks, on the UI thread.
    task.finished.connect(lambda _r: task.release())
    task.failed.connect(lambda _e: task.release())
    QThreadPool.globalInstance().start(_Runnable(task))
    return task
