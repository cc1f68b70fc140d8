"""Python's cycle collector runs on whichever thread happens to allocate. If that is a
worker of the thread pool, Qt objects in a collected cycle are destroyed there, which Qt
forbids ("Timers cannot be stopped from another thread") and which crashes later. So the
automatic collector is switched off and cycles are collected on the UI thread instead
(the PyQt/pyqtgraph recipe)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect each generation when it is over the threshold, as gc itself would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                break
