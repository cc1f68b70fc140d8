"""Service and document tests run at 09:30 on 29 November 2026."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.core.clock import FixedClock


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 29, 9, 30))
