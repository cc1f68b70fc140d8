"""Check-in on a real temporary SQLite database: given a form, when submitted, then stored."""

import unicodedata

import pytest
from sqlalchemy import select, text

from kiosk.core.errors import NotFound, ValidationError
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.sessions import WALK_IN_TITLE
from kiosk.storage.models import CheckIn, Consent, Resident, Session


@pytest.fixture
def service(db, clock):
    return CheckInService(db[1], clock, "kiosk-test")


def test_register_stores_nfc_and_folded_name(service, db):
    nfd = unicodedata.normalize("NFD", "Đặng Thị Ánh")
    match = service.register(NewResident(nfd, "1950", "Khu phố 2", "+84 91 234 5607"))
    with db[1]() as s:
        row = s.get(Resident, match.id)
    assert row.full_name == "Đặng Thị Ánh"
    assert row.name_folded == "dang thi anh"
    assert row.phone == "0912345607"
    assert match.masked == "Đặng T. Á., 1950, Khu phố 2"
    assert match.masked_phone == "091****607"


def test_bad_form_saves_nothing_and_keeps_earlier_rows(service, db):
    service.register(NewResident("Nguyễn Văn An", 1952, "Khu phố 3"))
    for bad in (
        NewResident("   ", 1952, "Khu phố 3"),
        NewResident("Nguyễn Văn Bình", 1800, "Khu phố 3"),
        NewResident("Nguyễn Văn Bình", 1952, "Khu phố 3", "12345"),
        NewResident("A" * 500, 1952, "Khu phố 3"),
        NewResident("Bình 😀", 1952, "Khu phố 3"),
    ):
        with pytest.raises(ValidationError):
            service.register(bad)
    with db[1]() as s:
        names = s.scalars(select(Resident.full_name)).all()
    assert names == ["Nguyễn Văn An"]


@pytest.mark.parametrize(
    "query", ["nguyen van an", "Nguyen Van An", "Nguyễn Văn An", "NGUYEN", "nguyen v"]
)
def test_search_is_accent_blind(service, query):
    service.register(NewResident("Nguyễn Văn An", 1952, "Khu phố 3"))
    service.register(NewResident("Trần Thị Bình", 1960, "Khu phố 1"))
    assert [m.full_name for m in service.search(query)] == ["Nguyễn Văn An"]


def test_dang_finds_d_stroke(service):
    service.register(NewResident("Đặng Văn Đức", 1949, "Khu phố 2"))
    assert [m.full_name for m in service.search("dang")] == ["Đặng Văn Đức"]
    assert [m.full_name for m in service.search("Đặng v")] == ["Đặng Văn Đức"]


def test_search_by_phone(service):
    service.register(NewResident("Lê Thị Hồng", 1961, "Khu phố 4", "0909123456"))
    assert [m.full_name for m in service.search("0909 123 456")] == ["Lê Thị Hồng"]
    assert service.search("0909") == []
    assert service.search("") == []


def test_likely_duplicates_by_name_and_year_or_phone(service):
    first = service.register(NewResident("Nguyễn Văn An", 1952, "Khu phố 3", "0912345607"))
    same_name = service.likely_duplicates(NewResident("nguyễn  văn an", 1952, "Khu phố 1"))
    same_phone = service.likely_duplicates(NewResident("Ai Khác", 1970, "Khu phố 1", "0912345607"))
    other = service.likely_duplicates(NewResident("Nguyễn Văn An", 1953, "Khu phố 1"))
    assert [m.id for m in same_name] == [first.id]
    assert [m.id for m in same_phone] == [first.id]
    assert other == []


def test_check_in_attaches_to_todays_walk_in_session(service, db):
    match = service.register(NewResident("Nguyễn Văn An", 1952, "Khu phố 3"))
    service.check_in(match.id)
    service.check_in(None)  # anonymous practice
    with db[1]() as s:
        sessions = s.scalars(select(Session)).all()
        checkins = s.scalars(select(CheckIn)).all()
    assert [x.title for x in sessions] == [WALK_IN_TITLE]
    assert {c.resident_id for c in checkins} == {match.id, None}


def test_check_in_of_unknown_resident_is_refused(service):
    with pytest.raises(NotFound):
        service.check_in("no-such-id")


def test_consent_is_recorded_with_text_version(service, db):
    consent_id = service.record_consent(True, "Nội dung đồng ý")
    match = service.register(NewResident("Nguyễn Văn An", 1952, "Khu phố 3"), consent_id)
    with db[1]() as s:
        consent = s.get(Consent, consent_id)
    assert consent.agreed and consent.resident_id == match.id and consent.kiosk_id == "kiosk-test"
    assert len(consent.text_version) == 16


def test_pragmas_are_wal_full_and_foreign_keys(db):
    with db[0].connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
