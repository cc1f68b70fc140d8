"""The certificate register: search, reprint of the same certificate, session membership.
Real SQLite, real check-in, certificate and privacy services."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import func, select, update

from kiosk.core.clock import FixedClock
from kiosk.core.errors import NotFound, ValidationError
from kiosk.services.audit import AuditLog
from kiosk.services.certificate_register import (
    ERASED,
    REVOKED,
    VALID,
    CertificateRegister,
)
from kiosk.services.certificates import CertificateService
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.privacy import PrivacyService
from kiosk.storage.models import Certificate, Resident, Session

WARD = "Phường Bến Thành"
LAN = "Trần Thị Lan"
DANG = "Đặng Văn Đức"
DAY = 24 * 3600


@dataclass
class World:
    clock: FixedClock
    checkin: CheckInService
    certificates: CertificateService
    register: CertificateRegister
    privacy: PrivacyService
    session_factory: object

    def resident(self, name: str, year: int = 1958) -> str:
        return self.checkin.register(NewResident(name, year, "Khu phố 3")).id

    def issue(self, resident_id: str, module: str = "qr-pay", title: str = "Thanh toán bằng mã QR"):
        return self.certificates.issue(resident_id, module, title)

    def scheduled(self, title: str, start_hour: int, end_hour: int, **extra) -> str:
        day = self.clock.today()
        with self.session_factory.begin() as s:
            row = Session(
                day=day,
                title=title,
                starts_at=datetime(day.year, day.month, day.day, start_hour),
                ends_at=datetime(day.year, day.month, day.day, end_hour),
                walk_in=False,
                **extra,
            )
            s.add(row)
            s.flush()
            return row.id


@pytest.fixture
def world(session_factory, clock) -> World:
    audit = AuditLog(session_factory, clock)
    return World(
        clock,
        CheckInService(session_factory, clock, "kiosk-1"),
        CertificateService(session_factory, clock, WARD),
        CertificateRegister(session_factory, WARD),
        PrivacyService(session_factory, clock, audit),
        session_factory,
    )


def _count_certificates(session_factory) -> int:
    with session_factory() as s:
        return s.scalar(select(func.count()).select_from(Certificate))


# --- reprint ---------------------------------------------------------------------------------


def test_a_reprint_is_the_same_certificate_and_still_verifies(world):
    issued = world.issue(world.resident(LAN))
    world.clock.advance(40 * DAY)  # reprinted weeks later

    again = world.register.document_for(issued.id, "staff")

    assert again == issued  # same payload, code, date, module title, name, birth year, ward
    assert _count_certificates(world.session_factory) == 1  # nothing new was signed
    check = world.certificates.verify(again.payload)
    assert check.valid and check.holder_name == LAN and check.issued_on == date(2026, 11, 29)
    assert world.certificates.verify_holder(again.payload, LAN, 1958)


def test_a_revoked_certificate_is_not_reprinted(world):
    issued = world.issue(world.resident(LAN))
    world.certificates.revoke(issued.id, "Cấp nhầm người", actor="staff")

    with pytest.raises(ValidationError) as refused:
        world.register.document_for(issued.id, "staff")

    assert refused.value.code == "certificate.revoked"
    [entry] = world.register.search(issued.code)
    assert entry.status == REVOKED and not entry.printable
    assert entry.revoked_reason == "Cấp nhầm người"


def test_an_erased_holder_has_no_name_to_reprint(world):
    resident_id = world.resident(LAN)
    issued = world.issue(resident_id)
    world.privacy.erase(resident_id, "staff")

    with pytest.raises(ValidationError) as refused:
        world.register.document_for(issued.id, "staff")

    assert refused.value.code == "certificate.holder_erased"
    [entry] = world.register.search(issued.code)  # still found by its code, without a name
    assert (entry.status, entry.holder_name, entry.birth_year) == (ERASED, None, None)
    assert world.register.search("tran") == []


def test_a_holder_whose_name_changed_is_not_reprinted_with_the_new_name(world):
    resident_id = world.resident(LAN)
    issued = world.issue(resident_id)
    with world.session_factory.begin() as s:
        s.execute(update(Resident).values(full_name="Trần Thị Lành", name_folded="tran thi lanh"))

    with pytest.raises(ValidationError) as refused:
        world.register.document_for(issued.id, "staff")

    assert refused.value.code == "certificate.holder_changed"
    assert world.certificates.verify(issued.payload).valid  # the old paper stays genuine


def test_an_unknown_certificate_is_not_found(world):
    with pytest.raises(NotFound):
        world.register.document_for("00" * 10, "staff")


# --- search ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "tran thi lan",
        "TRẦN THỊ",
        unicodedata.normalize("NFD", "Trần Thị Lan"),
        "lan",  # the given name, as staff say it
        "  thi   LAN ",
    ],
)
def test_search_by_name_ignores_accents_case_and_normal_form(world, query):
    world.issue(world.resident(unicodedata.normalize("NFD", LAN)))
    world.issue(world.resident(DANG))

    found = world.register.search(query)

    assert [e.holder_name for e in found] == [LAN]  # stored and shown in NFC
    assert found[0].module_title == "Thanh toán bằng mã QR" and found[0].status == VALID


def test_search_folds_d_stroke(world):
    world.issue(world.resident(DANG))
    assert [e.holder_name for e in world.register.search("dang van duc")] == [DANG]
    assert [e.holder_name for e in world.register.search("ĐỨC")] == [DANG]


def test_search_by_code_forgives_case_dashes_and_look_alikes(world):
    issued = world.issue(world.resident(LAN))
    world.issue(world.resident(DANG))
    typed = issued.code.replace("-", " ").lower().replace("1", "l").replace("0", "o")

    assert [e.id for e in world.register.search(typed)] == [issued.id]
    assert [e.id for e in world.register.search(issued.code[:4])] == [issued.id]


@pytest.mark.parametrize("query", ["%", "_", "🙂", "x" * 500, "Nguyễn Văn Không Có"])
def test_search_for_nothing_finds_nothing(world, query):
    world.issue(world.resident(LAN))
    assert world.register.search(query) == []


def test_empty_search_lists_newest_first_up_to_the_limit(world):
    lan = world.resident(LAN)
    old = world.issue(lan, "old", "Bài cũ")
    world.clock.advance(2 * DAY)
    new = [world.issue(lan, f"m{i}", f"Bài {i}") for i in range(3)]

    listed = world.register.search("", limit=3)

    assert len(listed) == 3 and old.id not in [e.id for e in listed]
    assert {e.id for e in listed} == {c.id for c in new}


# --- sessions --------------------------------------------------------------------------------


def test_a_certificate_belongs_to_the_session_its_holder_checked_in_to_that_day(world):
    morning = world.scheduled("Cà phê sáng: VNeID", 8, 10)  # the clock says 09:30
    lan, dang, walk_in_resident = (
        world.resident(LAN),
        world.resident(DANG),
        world.resident("Lê Tám"),
    )
    world.checkin.check_in(lan)
    world.checkin.check_in(dang)
    lan_cert = world.issue(lan)
    world.clock.advance(2 * 3600)  # 11:30: the morning session is over, walk-ins now
    walk_in_checkin = world.checkin.check_in(walk_in_resident)
    walk_in_cert = world.issue(walk_in_resident)
    world.clock.advance(DAY)  # tomorrow Đặng finishes a lesson, without checking in again
    world.issue(dang)

    assert [e.id for e in world.register.for_session(morning)] == [lan_cert.id]
    assert [e.id for e in world.register.search("", session_id=morning)] == [lan_cert.id]
    with world.session_factory() as s:
        walk_in = s.scalar(select(Session.id).where(Session.walk_in.is_(True)))
    assert walk_in_checkin and [e.id for e in world.register.for_session(walk_in)] == [
        walk_in_cert.id
    ]


def test_session_list_is_in_given_name_order_with_every_status(world):
    morning = world.scheduled("Cà phê sáng", 8, 10)
    names = ["Trần Thị Lan", "Nguyễn Văn An", "Lê Thị Bích", "Phạm Văn Đức"]
    ids = {name: world.resident(name) for name in names}
    certs = {}
    for name, rid in ids.items():
        world.checkin.check_in(rid)
        certs[name] = world.issue(rid)
    world.certificates.revoke(certs["Lê Thị Bích"].id, "nhầm", actor="staff")

    listed = world.register.for_session(morning)

    assert [e.holder_name for e in listed] == [
        "Nguyễn Văn An",
        "Lê Thị Bích",
        "Phạm Văn Đức",
        "Trần Thị Lan",
    ]
    assert [e.status for e in listed] == [VALID, REVOKED, VALID, VALID]


def test_recent_sessions_count_certificates_and_leave_out_cancelled_and_future(world):
    morning = world.scheduled("Cà phê sáng", 8, 10)
    world.scheduled("Buổi bị hủy", 14, 16, cancelled=True)
    with world.session_factory.begin() as s:
        s.add(Session(day=date(2026, 12, 5), title="Tuần sau", walk_in=False))
        s.add(Session(day=date(2026, 10, 1), title="Lâu rồi", walk_in=False))
    lan = world.resident(LAN)
    world.checkin.check_in(lan)
    world.issue(lan)
    world.issue(lan, "vneid", "VNeID")

    listed = world.register.recent_sessions(world.clock.today())

    assert [(e.id, e.title, e.certificates) for e in listed] == [(morning, "Cà phê sáng", 2)]


def test_an_unknown_session_is_not_found(world):
    with pytest.raises(NotFound):
        world.register.for_session("no-such-session")
