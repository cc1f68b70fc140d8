"""Demo ward data: a few residents, today's check-ins, the demo staff PINs.

The demo PINs are published in the README, so the demo only ever runs on a SQLite database
it created itself in its own data dir (marked by DEMO_MARK), never on a ward's database.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.config import Settings, demo_data_dir
from kiosk.core.errors import KioskError
from kiosk.services.auth import Role, StaffAuth
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.storage.models import Resident, StaffAccount

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


DEMO_MARK = "demo-ward.txt"
_MARK_TEXT = (
    "This data dir belongs to `kiosk demo` / `kiosk run --demo`: made-up residents and the\n"
    "published demo PINs. Never copy a ward's database here.\n"
)


class NotDemoData(KioskError):
    """The data dir holds a database the demo did not create."""


def demo_only(settings: Settings) -> Settings:
    """`settings` on the demo's own SQLite database in its data dir, whatever the settings
    file or KIOSK_DATABASE_URL say. Refuses a data dir whose database the demo did not make."""
    data_dir = settings.data_dir
    mark, database = data_dir / DEMO_MARK, data_dir / "kiosk.sqlite3"
    if not mark.exists():
        if database.exists() and data_dir != demo_data_dir():  # made before the mark existed
            raise NotDemoData(
                f"{data_dir} chứa cơ sở dữ liệu không phải của bản demo; bản demo không dùng nó."
                f" / {data_dir} holds a database the demo did not create; the demo will not "
                "use it. Choose an empty folder (KIOSK_DATA_DIR) for the demo."
            )
        data_dir.mkdir(parents=True, exist_ok=True)
        Path(mark).write_text(_MARK_TEXT, encoding="utf-8")
    return replace(settings, database_url="")


def seed_demo(session_factory: sessionmaker, clock: Clock, kiosk_id: str) -> bool:
    """Fill a new, empty database with the demo ward; False if it has residents or PINs."""
    with session_factory() as db:
        used = db.scalar(select(func.count()).select_from(Resident)) or db.scalar(
            select(func.count()).select_from(StaffAccount)
        )
        if used:
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
