"""An injectable clock so that services and the tutorial engine are deterministic in tests."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...

    def today(self) -> date: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def monotonic(self) -> float:
        return time.monotonic()

    def today(self) -> date:
        return self.now().date()


class FixedClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime) -> None:
        self._now = start
        self._mono = 0.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def today(self) -> date:
        return self._now.date()

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
        self._mono += seconds
