"""The one way to run slow work off the UI thread (cf. Anki's CollectionOp).

`run_in_background(fn, on_done=..., on_error=...)` runs `fn` on Qt's thread
pool and calls back on the UI thread. The returned `Task` emits `finished`
(with the result) or `failed` (with the exception) so that tests can
`qtbot.waitSignal` on it instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_live: set[Task] = set()


class Task(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self._task = task
        self._fn = fn
        self._with_progress = with_progress

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(self._task.progress.emit)
            else:
                result = self._fn()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the UI
            self._task.failed.emit(exc)
        else:
            self._task.finished.emit(result)


def run_in_background(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Run `fn()` (or `fn(report)` when `on_progress` is given) on the thread pool."""
    task = Task()
    _live.add(task)
    if on_done:
        task.finished.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    if on_progress:
        task.progress.connect(on_progress)
    task.finished.connect(lambda _r: _live.discard(task))
    task.failed.connect(lambda _e: _live.discard(task))
    QThreadPool.globalInstance().start(_Runnable(task, fn, on_progress is not None))
    return task
