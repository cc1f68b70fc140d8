"""Privacy: see, export, erase one resident; purge by retention. Real SQLite, real services."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from db_helpers import table_names
from sqlalchemy import func, select, text

from kiosk.core.errors import NotFound
from kiosk.core.text import fold
from kiosk.services.attendance import AttendanceService
from kiosk.services.audit import AuditLog
from kiosk.services.certificates import CertificateService
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.privacy import PrivacyService, PurgeCounts
from kiosk.services.results import ResultsService
from kiosk.storage.models import CheckIn, Consent, Resident, TutorialRun

NAME = "Nguyễn Thị Ngọc Ánh"
PHONE = "0912345607"
CONSENT_TEXT = "Tôi đồng ý cho phường lưu họ tên, năm sinh và số điện thoại."
DAY = 24 * 3600


@dataclass(frozen=True)
class Step:
    step_id: str
    seconds: float = 5.0
    mistakes: int = 1
    hints: int = 0
    outcome: str = "ok"


@dataclass
class World:
    checkin: CheckInService
    results: ResultsService
    certificates: CertificateService
    audit: AuditLog
    privacy: PrivacyService


@pytest.fixture
def world(session_factory, clock) -> World:
    audit = AuditLog(session_factory, clock)
    return World(
        CheckInService(session_factory, clock, "kiosk-1"),
        ResultsService(session_factory, clock),
        CertificateService(session_factory, clock, "Phường Bến Thành"),
        audit,
        PrivacyService(session_factory, clock, audit),
    )


def visit(world: World, name: str = NAME, phone: str | None = PHONE, year: int = 1958) -> str:
    """A resident who consents, signs up, checks in, passes a check run and gets a certificate."""
    consent = world.checkin.record_consent(True, CONSENT_TEXT)
    resident = world.checkin.register(NewResident(name, year, "Khu phố 3", phone), consent).id
    world.checkin.check_in(resident)
    run = world.results.start_run(resident, "vneid-activate-level2", "check")
    world.results.finish_run(run, [Step("open_app"), Step("scan_cccd")], passed=True)
    world.certificates.issue(resident, "vneid-l2", "Kích hoạt định danh điện tử mức 2")
    return resident


def text_cells(session_factory) -> list[str]:
    """Every text (or blob) value in every table, virtual and FTS ones included."""
    found: list[str] = []
    with session_factory() as s:
        for table in table_names(s):
            for row in s.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    if isinstance(value, bytes):
                        found.append(value.decode("utf-8", "replace"))
                    elif isinstance(value, str):
                        found.append(value)
    return found


def traces(cells: list[str], *needles: str) -> list[str]:
    forms = set()
    for needle in needles:
        for form in ("NFC", "NFD"):
            forms.add(unicodedata.normalize(form, needle).casefold())
        forms.add(fold(needle))
    return [c for c in cells if any(f in c.casefold() for f in forms)]


# --- see and export ------------------------------------------------------------------------


def test_everything_collects_every_kind_of_data(world):
    resident = visit(world)
    record = world.privacy.everything(resident)
    assert record.resident.full_name == NAME
    assert record.resident.phone == PHONE
    assert [c.agreed for c in record.consents] == [True]
    assert [c.session_title for c in record.checkins] == ["Cà phê sáng – khách vãng lai"]
    assert [len(r.steps) for r in record.tutorial_runs] == [2]
    assert record.tutorial_runs[0].passed
    assert [c.module for c in record.certificates] == ["vneid-l2"]


def test_export_json_holds_everything_in_nfc_with_stable_keys(world):
    resident = visit(world, name=unicodedata.normalize("NFD", NAME))
    data = world.privacy.export_json(resident, "staff")
    raw = data.decode("utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    assert NAME in raw  # not \u escapes: ensure_ascii=False
    document = json.loads(raw)
    assert document["format"] == "morning-coffee-resident-export"
    assert document["resident"]["phone"] == PHONE
    assert document["checkins"][0]["session_title"].startswith("Cà phê sáng")
    assert document["tutorial_runs"][0]["steps"][1]["step_id"] == "scan_cccd"
    assert document["certificates"][0]["module_title"] == "Kích hoạt định danh điện tử mức 2"
    assert document["consents"][0]["agreed"] is True
    assert world.privacy.export_json(resident, "staff") == data  # same clock, same bytes
    assert json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n" == raw


def test_an_export_is_audited_without_the_name(world):
    resident = visit(world)
    world.privacy.export_json(resident, actor="staff")
    entry = world.audit.recent(1)[0]
    assert (entry.actor, entry.action) == ("staff", "export_resident")
    assert resident in entry.detail
    assert not traces([entry.detail], NAME, PHONE)


def test_an_unknown_resident_is_not_found(world):
    with pytest.raises(NotFound):
        world.privacy.everything("no-such-id")


# --- erase -----------------------------------------------------------------------------------


def test_erase_leaves_no_trace_of_the_name_or_phone_in_any_table(world, session_factory):
    keep = visit(world, name="Trần Văn Bình", phone="0987654321", year=1950)
    resident = visit(world)
    assert traces(text_cells(session_factory), NAME, PHONE)  # the scan does find it before
    world.privacy.erase(resident, actor="staff")
    assert traces(text_cells(session_factory), NAME, PHONE) == []
    assert world.privacy.everything(keep).resident.full_name == "Trần Văn Bình"


@pytest.mark.sqlite_only
def test_erase_leaves_no_name_in_the_database_file(world, session_factory, db_url):
    needles = [n.encode("utf-8") for n in (NAME, fold(NAME), PHONE)]

    def file_bytes() -> bytes:
        with session_factory() as s:
            s.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        return Path(db_url.removeprefix("sqlite:///")).read_bytes()

    resident = visit(world)
    assert all(n in file_bytes() for n in needles)
    world.privacy.erase(resident, actor="staff")
    raw = file_bytes()
    assert [n for n in needles if n in raw] == []  # freed space too: secure_delete


def test_after_erasure_certificates_verify_as_genuine_with_the_holder_erased(world):
    resident = visit(world)
    issued = world.certificates.issue(resident, "scam-1", "Nhận diện cuộc gọi lừa đảo")
    world.privacy.erase(resident, actor="staff")
    result = world.certificates.verify(issued.payload)
    assert result.valid and result.reason == "ok"
    assert result.holder_erased and result.holder_name is None
    assert world.certificates.find_by_code(issued.code).holder_erased


def test_erase_keeps_the_head_count_as_anonymous_visits(world, session_factory, clock):
    resident = visit(world)
    attendance = AttendanceService(session_factory, clock, "Phường Bến Thành", {})
    before = len(attendance.rows_for_day(clock.today())) + attendance.anonymous_count(clock.today())
    world.privacy.erase(resident, actor="staff")
    assert attendance.rows_for_day(clock.today()) == []
    assert attendance.anonymous_count(clock.today()) == before == 1
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(TutorialRun)) == 1
        assert s.scalar(select(func.count()).where(TutorialRun.resident_id.is_not(None))) == 0


def test_an_erased_resident_cannot_be_found_checked_in_or_exported(world):
    resident = visit(world)
    world.privacy.erase(resident, actor="staff")
    assert world.checkin.search("Nguyen Thi") == []
    assert world.checkin.search(PHONE) == []
    with pytest.raises(NotFound):
        world.checkin.check_in(resident)
    with pytest.raises(NotFound):
        world.privacy.everything(resident)


def test_erasure_is_audited_by_id_only_and_erasing_twice_changes_nothing(world, session_factory):
    resident = visit(world)
    counts = world.privacy.erase(resident, actor="admin")
    assert counts == PurgeCounts(
        residents=1, checkins=1, tutorial_runs=1, consents=1, certificates=1
    )
    assert world.privacy.erase(resident, actor="admin") == PurgeCounts()
    entries = [e for e in world.audit.recent() if e.action == "erase_resident"]
    assert len(entries) == 1 and entries[0].actor == "admin" and resident in entries[0].detail
    details = [f"{e.actor} {e.action} {e.detail}" for e in world.audit.recent()]
    assert traces(details, NAME, PHONE) == []


# --- purge -----------------------------------------------------------------------------------


def test_purge_anonymises_only_residents_inactive_since_the_cut_off(world, session_factory, clock):
    old = visit(world, name="Lê Văn Tám", phone="0901112223", year=1949)
    clock.advance(200 * DAY)
    active = visit(world)
    clock.advance(200 * DAY)  # old: 400 days ago; active: 200 days ago
    counts = world.privacy.purge(365)
    assert counts == PurgeCounts(
        residents=1, checkins=1, tutorial_runs=1, consents=1, certificates=1
    )
    with pytest.raises(NotFound):
        world.privacy.everything(old)
    assert len(world.privacy.everything(active).checkins) == 1
    assert traces(text_cells(session_factory), "Lê Văn Tám", "0901112223") == []
    assert traces(text_cells(session_factory), NAME)


def test_purge_detaches_old_check_ins_of_residents_still_active(world, session_factory, clock):
    resident = visit(world)
    clock.advance(400 * DAY)
    world.checkin.check_in(resident)
    counts = world.privacy.purge(365)
    assert counts == PurgeCounts(checkins=1)
    record = world.privacy.everything(resident)
    assert [c.at for c in record.checkins] == [clock.now()]
    assert len(record.tutorial_runs) == 1  # curriculum progress still in use is kept
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 2  # head counts stay


def test_purge_keeps_what_is_exactly_at_the_cut_off_and_is_idempotent(world, clock):
    resident = visit(world)
    clock.advance(365 * DAY)
    assert world.privacy.purge(365) == PurgeCounts()
    clock.advance(1)
    first = world.privacy.purge(365)
    assert first.residents == 1 and first.total > 1
    assert world.privacy.purge(365) == PurgeCounts()
    with pytest.raises(NotFound):
        world.privacy.everything(resident)


def test_purge_keeps_anonymous_rows_and_audits_counts_only(world, session_factory, clock):
    world.checkin.record_consent(False, CONSENT_TEXT)
    world.checkin.check_in(None)
    visit(world)
    clock.advance(400 * DAY)
    world.privacy.purge(365, actor="retention")
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Consent)) == 2
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 2
        erased = s.scalars(select(Resident)).one()
        assert erased.erased_at == clock.now() and erased.full_name == "" and erased.phone is None
    entry = world.audit.recent(1)[0]
    assert (entry.actor, entry.action) == ("retention", "purge")
    assert traces([entry.detail], NAME, PHONE) == []


def test_purge_handles_more_residents_than_one_statement_can_name(world, session_factory, clock):
    with session_factory.begin() as s:
        s.add_all(
            Resident(
                full_name=f"Người {i}",
                name_folded=f"nguoi {i}",
                birth_year=1950,
                neighbourhood="Khu phố 1",
                created_at=clock.now(),
            )
            for i in range(1201)
        )
    clock.advance(400 * DAY)
    assert world.privacy.purge(365).residents == 1201
    assert world.checkin.search("nguoi") == []
