"""Demo ward data: a few residents, today's check-ins, the demo staff PINs."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from kiosk.core.clock import Clock
from kiosk.services.auth import Role, StaffAuth
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.storage.models import Resident

DEMO_STAFF_PIN = "246802"
DEMO_ADMIN_PIN = "135790"
DEMO_VOLUNTEER_PIN = "1357"

DEMO_RESIDENTS = (
    ("Nguyễn Văn An", 1952, "Khu phố 3", "0912345607"),
    ("Trần Thị Bích Ngọc", 1958, "Khu phố 1", "0387654321"),
    ("Đặng Văn Đức", 1949, "Khu phố 2", None),
    ("Lê Thị Hồng", 1961, "Khu phố 4", "0909123456"),
    ("Phạm Minh Tuấn", 1955, "Khu phố 3", "0771234567"),
    ("Huỳnh Thị Mai", 1947, "Khu phố 5", None),
    ("Võ Văn Kiệt Sơn", 1966, "Khu phố 6", "0835551234"),
)


def seed_demo(session_factory: sessionmaker, clock: Clock, kiosk_id: str) -> bool:
    """Fill an empty database with the demo ward; return False if it already had residents."""
    with session_factory() as db:
        if db.scalar(select(func.count()).select_from(Resident)):
            return False
    auth = StaffAuth(session_factory, clock)
    auth.set_pin(Role.STAFF, DEMO_STAFF_PIN)
    auth.set_pin(Role.ADMIN, DEMO_ADMIN_PIN)
    auth.set_pin(Role.VOLUNTEER, DEMO_VOLUNTEER_PIN)
    checkin = CheckInService(session_factory, clock, kiosk_id)
    for name, year, area, phone in DEMO_RESIDENTS:
        match = checkin.register(NewResident(name, year, area, phone))
        checkin.check_in(match.id)
    _schedule_demo_sessions(session_factory, clock)
    return True


def _schedule_demo_sessions(session_factory: sessionmaker, clock: Clock) -> None:
    """Two coming 'Cà phê sáng' mornings, for the staff sessions screen."""
    from datetime import time, timedelta

    from kiosk.services.audit import AuditLog
    from kiosk.services.sessions import SessionSchedule

    schedule = SessionSchedule(session_factory, clock, AuditLog(session_factory, clock))
    for days, topic in ((1, "Kích hoạt VNeID mức 2"), (7, "Thanh toán bằng mã QR")):
        day = clock.today() + timedelta(days=days)
        place = "Nhà văn hóa Khu phố 3"
        schedule.schedule(day, time(8), time(10), "Cà phê sáng", place, topic, actor="demo")
