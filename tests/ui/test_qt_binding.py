"""The Qt binding itself: PySide6 6.12.0 drops a reference to None on every Python slot call,
so a kiosk running for an hour frees None and aborts. pyproject pins PySide6 below 6.12;
this test catches an upgrade to a release with the same fault."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_python_slots_do_not_leak_references_to_none(qapp):
    emitter = _Emitter()
    calls = []
    emitter.fired.connect(lambda: calls.append(1))
    before = sys.getrefcount(None)
    for _ in range(3000):
        emitter.fired.emit()
    qapp.processEvents()
    assert len(calls) == 3000
    assert before - sys.getrefcount(None) < 100
