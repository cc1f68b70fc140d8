"""An error no screen caught must not leave a resident in front of a half-drawn screen, or
the next person in front of the last one's data: it is logged (with its traceback; log calls
never name a person, kiosk/core/logs.py), the visit is wiped and the attract screen comes
back. The kiosk keeps running. Installed as `sys.excepthook` by `run_kiosk`."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


class CrashGuard(QObject):
    recovered = Signal()  # the visit was wiped after an uncaught error

    def __init__(self, start_again: Callable[[], None], where: Callable[[], object]) -> None:
        super().__init__()
        self._start_again = start_again
        self._where = where  # the screen showing, for the log
        self._previous = sys.excepthook
        self._pending = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self._hook

    def uninstall(self) -> None:
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous

    def _hook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            self._previous(kind, error, trace)
            return
        log.error(
            "uncaught error on %s; the visit is wiped", self._where(), exc_info=(kind, error, trace)
        )
        if not self._pending:  # several errors from one slot: one fresh start
            self._pending = True
            QTimer.singleShot(0, self._recover)

    def _recover(self) -> None:
        try:
            self._start_again()
        except Exception:  # noqa: BLE001 - the guard itself must never take the kiosk down
            log.exception("could not go back to the attract screen")
        finally:
            self._pending = False
        self.recovered.emit()
