"""Stateful property: check-ins, repeated submits and restarts in any order never lose or
duplicate an acknowledged check-in (services on a real SQLite file)."""

import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select

from kiosk.core.clock import FixedClock
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.storage.engine import open_database
from kiosk.storage.models import CheckIn, Resident

NAMES = st.sampled_from(["Nguyễn Văn An", "Đặng Thị Đào", "Lê Hồng Phúc", "Trần Bảo Ngọc"])


class CheckInMachine(RuleBasedStateMachine):
    @initialize()
    def open(self):
        self.dir = Path(tempfile.mkdtemp())
        self.clock = FixedClock(datetime(2026, 11, 29, 8, 0))
        self.acknowledged: list[str] = []
        self.residents: dict[str, str] = {}
        self._connect()

    def _connect(self):
        self.engine, self.sessions = open_database(f"sqlite:///{self.dir}/k.db")
        self.service = CheckInService(self.sessions, self.clock, "kiosk-1")

    @rule(name=NAMES, year=st.integers(1930, 1990))
    def new_resident_checks_in(self, name, year):
        form = NewResident(name, year, "Khu phố 1")
        found = self.service.likely_duplicates(form)  # what the screen offers first
        match = found[0] if found else self.service.register(form)
        self.residents[match.id] = name
        self.acknowledged.append(self.service.check_in(match.id))
        self.clock.advance(30)

    @rule()
    def known_resident_checks_in_again(self):
        # Double taps and idle timeouts through the real window: test_checkin_ui_stateful.py.
        if self.residents:
            resident_id = next(iter(self.residents))
            self.acknowledged.append(self.service.check_in(resident_id))

    @rule()
    def anonymous_practice(self):
        self.acknowledged.append(self.service.check_in(None))

    @rule()
    def restart(self):
        self.engine.dispose()
        self._connect()

    @invariant()
    def every_acknowledged_check_in_is_stored_once(self):
        with self.sessions() as db:
            stored = db.scalars(select(CheckIn.id)).all()
            residents = db.scalars(select(Resident.id)).all()
        assert sorted(stored) == sorted(self.acknowledged)
        assert len(set(stored)) == len(stored)
        assert set(residents) == set(self.residents)

    def teardown(self):
        self.engine.dispose()


CheckInMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=15, deadline=None)
TestCheckIns = CheckInMachine.TestCase
