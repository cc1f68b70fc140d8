"""Cycles are collected on the UI thread, never by a worker that happens to allocate."""

import gc
import threading

from kiosk.ui.gc_guard import MainThreadCollector


class _Cycle:
    def __init__(self):
        self.me = self


def test_the_automatic_collector_is_off_and_the_ui_thread_collects(qapp, qtbot):
    collector = MainThreadCollector(qapp, interval_ms=10)
    assert not gc.isenabled()
    gc.collect()
    collected_on = []

    class Watched(_Cycle):
        def __del__(self):
            collected_on.append(threading.current_thread().name)

    for _ in range(gc.get_threshold()[0] + 10):
        Watched()
    worker = threading.Thread(target=lambda: [object() for _ in range(100_000)], name="worker")
    worker.start()
    worker.join()
    assert collected_on == []  # the worker's allocations did not trigger a collection
    qtbot.waitUntil(lambda: len(collected_on) > 0, timeout=5000)
    assert set(collected_on) == {threading.main_thread().name}
    collector.deleteLater()
