"""The volunteer console's services: help queue, assistance log, today's board, and erasure.

Real SQLite through the real services; the clock stands at 09:30 on 29 November 2026.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date, timedelta

import pytest
from db_helpers import table_names
from sqlalchemy import select, text

from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.text import fold
from kiosk.services.audit import AuditLog
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.privacy import PrivacyService
from kiosk.services.results import ResultsService
from kiosk.services.today_board import TodayBoard
from kiosk.services.volunteer import AssistanceLog, HelpQueue
from kiosk.storage.models import Assistance, HelpRequest
from kiosk.storage.models import Session as KioskSession

CATEGORIES = ("Kích hoạt VNeID mức 2", "Cài ví điện tử", "Khác")
TITLES = {"vneid-activate-level2": "Kích hoạt VNeID mức 2", "ewallet-market-qr": "Ví điện tử"}
DAY = 24 * 3600


@pytest.fixture
def queue(session_factory, clock) -> HelpQueue:
    return HelpQueue(session_factory, clock)


@pytest.fixture
def log(session_factory, clock) -> AssistanceLog:
    return AssistanceLog(session_factory, clock, CATEGORIES, "kiosk-1")


@pytest.fixture
def checkin(session_factory, clock) -> CheckInService:
    return CheckInService(session_factory, clock, "kiosk-1")


def person(checkin, name="Nguyễn Văn An", year=1952, phone=None) -> str:
    return checkin.register(NewResident(name, year, "Khu phố 3", phone)).id


# --- help queue ------------------------------------------------------------------------------


def test_a_call_waits_with_a_masked_name_and_a_growing_waiting_time(queue, checkin, clock):
    resident = person(checkin)
    request = queue.call("kiosk-1", resident, "Bài: Kích hoạt VNeID mức 2")
    clock.advance(130)
    [waiting] = queue.waiting()
    assert (waiting.id, waiting.kiosk_id, waiting.where) == (
        request,
        "kiosk-1",
        "Bài: Kích hoạt VNeID mức 2",
    )
    assert waiting.resident_name == "Nguyễn V. A."
    assert waiting.waited_seconds == 130
    clock.advance(5)
    assert queue.waiting()[0].waited_seconds == 135


def test_requests_wait_oldest_first_and_anonymous_ones_have_no_name(queue, clock):
    first = queue.call("kiosk-2", None, "")
    clock.advance(10)
    second = queue.call("kiosk-1", None, "Bài: Ví điện tử")
    assert [r.id for r in queue.waiting()] == [first, second]
    assert [r.resident_name for r in queue.waiting()] == ["", ""]


def test_pressing_again_on_the_same_kiosk_adds_no_duplicate(queue, session_factory, clock):
    first = queue.call("kiosk-1", None, "Màn hình: Điểm danh")
    clock.advance(20)
    again = queue.call("kiosk-1", None, "Bài: Ví điện tử")
    assert again == first
    [waiting] = queue.waiting()
    assert waiting.waited_seconds == 20  # keeps its place in the queue
    assert waiting.where == "Bài: Ví điện tử"  # where they are now
    queue.answer(first, "volunteer")
    assert queue.call("kiosk-1", None, "") != first  # answered: a new press is a new request
    with session_factory() as s:
        assert len(s.scalars(select(HelpRequest)).all()) == 2


def test_answer_is_idempotent_and_records_who(queue, session_factory, clock):
    request = queue.call("kiosk-1", None, "")
    clock.advance(60)
    assert queue.answer(request, "volunteer") is True
    clock.advance(60)
    assert queue.answer(request, "staff") is False
    assert queue.waiting() == []
    with session_factory() as s:
        row = s.get(HelpRequest, request)
        assert (row.answered_by, row.answered_at) == (
            "volunteer",
            clock.now() - timedelta(seconds=60),
        )
    with pytest.raises(NotFound):
        queue.answer("no-such-request", "volunteer")


def test_yesterdays_unanswered_request_no_longer_waits(queue, clock):
    queue.call("kiosk-1", None, "")
    clock.advance(DAY)
    assert queue.waiting() == []
    assert len({queue.call("kiosk-1", None, ""), queue.call("kiosk-1", None, "")}) == 1


def test_where_is_stored_clean_nfc_and_bounded(queue, session_factory, clock):
    nfd = unicodedata.normalize("NFD", "Bài:  Kích hoạt\tVNeID\x00 mức 2")
    queue.call("kiosk-1", "no-such-resident", nfd)
    clock.advance(1)
    queue.call("kiosk-2", None, "Bài: " + "đ" * 400)
    waiting = queue.waiting()
    assert waiting[0].where == "Bài: Kích hoạt VNeID mức 2"
    assert len(waiting[1].where) == 200
    with session_factory() as s:  # an unknown resident is not a broken foreign key
        assert [r.resident_id for r in s.scalars(select(HelpRequest))] == [None, None]


# --- assistance log ------------------------------------------------------------------------


def test_an_entry_is_stored_and_listed_today_newest_first(log, checkin, clock, session_factory):
    resident = person(checkin, "Đặng Thị Đào", 1950)
    log.record("Cài ví điện tử", resident, "  cài  MoMo,  liên kết thẻ 🙂 ", "volunteer")
    clock.advance(60)
    log.record(unicodedata.normalize("NFD", "Kích hoạt VNeID mức 2"), None, "", "staff")
    entries = log.today()
    assert [e.category for e in entries] == ["Kích hoạt VNeID mức 2", "Cài ví điện tử"]
    assert entries[1].resident_name == "Đặng T. Đ."
    assert entries[1].note == "cài MoMo, liên kết thẻ 🙂"
    assert (entries[0].resident_name, entries[0].volunteer) == ("", "staff")
    with session_factory() as s:
        stored = s.scalars(select(Assistance).order_by(Assistance.at)).all()
        session = s.get(KioskSession, stored[0].session_id)
        assert session.walk_in and session.day == clock.today()
        assert stored[0].kiosk_id == "kiosk-1"


@pytest.mark.parametrize(
    "category, note, code",
    [
        ("Sửa điện thoại", "", "assistance.category"),
        ("", "", "assistance.category"),
        ("Khác", "x" * 501, "assistance.note_too_long"),
    ],
)
def test_bad_entries_are_refused_with_a_code_and_nothing_is_stored(
    log, session_factory, category, note, code
):
    with pytest.raises(ValidationError) as raised:
        log.record(category, None, note, "volunteer")
    assert raised.value.code == code
    with session_factory() as s:
        assert s.scalars(select(Assistance)).all() == []


def test_a_note_of_exactly_500_letters_is_kept(log):
    log.record("Khác", None, "ệ" * 500, "volunteer")
    assert log.today()[0].note == "ệ" * 500


def test_help_for_an_erased_resident_is_refused(log, checkin, session_factory, clock):
    resident = person(checkin)
    PrivacyService(session_factory, clock, AuditLog(session_factory, clock)).erase(
        resident, "staff"
    )
    with pytest.raises(ValidationError) as raised:
        log.record("Khác", resident, "", "volunteer")
    assert raised.value.code == "assistance.resident_gone"


def test_counts_per_category_over_a_range_of_days(log, clock):
    log.record("Khác", None, "", "volunteer")
    clock.advance(DAY)
    log.record("Cài ví điện tử", None, "", "volunteer")
    log.record("Cài ví điện tử", None, "", "volunteer")
    clock.advance(DAY)
    log.record("Khác", None, "", "volunteer")
    today = clock.today()
    assert log.counts(today - timedelta(days=1), today - timedelta(days=1)) == {
        "Kích hoạt VNeID mức 2": 0,
        "Cài ví điện tử": 2,
        "Khác": 0,
    }
    assert sum(log.counts(today - timedelta(days=2), today).values()) == 4
    assert log.counts(date(2020, 1, 1), date(2020, 1, 2))["Khác"] == 0


# --- today's board ---------------------------------------------------------------------------


def test_board_shows_today_with_check_in_time_lesson_and_passes(session_factory, clock, checkin):
    results = ResultsService(session_factory, clock)
    board = TodayBoard(session_factory, clock, TITLES)
    yesterday = person(checkin, "Lê Văn Tám", 1949)
    checkin.check_in(yesterday)
    clock.advance(DAY)
    an, ngoc = person(checkin), person(checkin, "Trần Thị Bích Ngọc", 1958)
    checkin.check_in(an)
    checkin.check_in(None)
    clock.advance(60)
    checkin.check_in(ngoc)
    checkin.check_in(an)  # twice: one row, first time
    run = results.start_run(an, "vneid-activate-level2", "check")
    results.finish_run(run, [], passed=False, completed=True)
    clock.advance(60)
    results.start_run(an, "ewallet-market-qr", "guided")
    today = board.today()
    assert today.anonymous == 1
    assert [(r.name, r.birth_year) for r in today.rows] == [
        ("Trần T. B. N.", 1958),
        ("Nguyễn V. A.", 1952),
    ]
    ngoc_row, an_row = today.rows
    assert an_row.checked_in_at == clock.now() - timedelta(seconds=120)
    assert ngoc_row.lesson is None and ngoc_row.passed_today == ()
    assert an_row.lesson is not None
    assert (an_row.lesson.title, an_row.lesson.mode, an_row.lesson.finished) == (
        "Ví điện tử",
        "guided",
        False,
    )


def test_board_lists_lessons_passed_today_once_each(session_factory, clock, checkin):
    from dataclasses import dataclass

    @dataclass
    class Step:
        step_id: str = "s"
        seconds: float = 1
        mistakes: int = 0
        hints: int = 0
        outcome: str = "ok"

    results = ResultsService(session_factory, clock)
    resident = person(checkin)
    checkin.check_in(resident)
    for _ in range(2):
        run = results.start_run(resident, "vneid-activate-level2", "check")
        results.finish_run(run, [Step()], passed=True)
    [row] = TodayBoard(session_factory, clock, TITLES).today().rows
    assert row.passed_today == ("Kích hoạt VNeID mức 2",)
    assert row.lesson is not None and row.lesson.finished and row.lesson.passed


# --- privacy ---------------------------------------------------------------------------------


def _cells(session_factory) -> list[str]:
    found = []
    with session_factory() as s:
        for table in table_names(s):
            for row in s.execute(text(f'SELECT * FROM "{table}"')):
                found += [v for v in row if isinstance(v, str)]
    return found


def _traces(cells: list[str], name: str) -> list[str]:
    forms = {unicodedata.normalize(f, name).casefold() for f in ("NFC", "NFD")} | {fold(name)}
    return [c for c in cells if any(f in c.casefold() for f in forms)]


@pytest.fixture
def privacy(session_factory, clock) -> PrivacyService:
    return PrivacyService(session_factory, clock, AuditLog(session_factory, clock))


def test_everything_and_the_export_include_calls_and_help(privacy, queue, log, checkin):
    resident = person(checkin, "Phạm Minh Tuấn", 1955)
    queue.call("kiosk-1", resident, "Bài: Ví điện tử")
    log.record("Cài ví điện tử", resident, "Ông Tuấn cài MoMo", "volunteer")
    record = privacy.everything(resident)
    assert [h.where for h in record.help_requests] == ["Bài: Ví điện tử"]
    assert [(a.category, a.note) for a in record.assistance] == [
        ("Cài ví điện tử", "Ông Tuấn cài MoMo")
    ]
    document = json.loads(privacy.export_json(resident, "staff"))
    assert document["assistance"][0]["note"] == "Ông Tuấn cài MoMo"
    assert document["help_requests"][0]["kiosk_id"] == "kiosk-1"


def test_erase_leaves_no_trace_in_calls_or_help(privacy, queue, log, checkin, session_factory):
    resident = person(checkin, "Phạm Minh Tuấn", 1955)
    other = person(checkin, "Võ Thị Sáu", 1960)
    queue.call("kiosk-1", resident, "Bài: Ví điện tử")
    log.record("Cài ví điện tử", resident, "Ông Phạm Minh Tuấn cài MoMo", "volunteer")
    log.record("Khác", other, "", "volunteer")
    counts = privacy.erase(resident, "staff")
    assert (counts.help_requests, counts.assistance) == (1, 1)
    assert _traces(_cells(session_factory), "Phạm Minh Tuấn") == []
    assert _traces(_cells(session_factory), "Tuấn") == []
    assert [r.resident_name for r in queue.waiting()] == [""]  # still waiting, now anonymous
    assert [e.resident_name for e in log.today()] == ["Võ T. S."]


def test_retention_blanks_old_help_but_the_reports_still_count_it(
    privacy, queue, log, checkin, clock, session_factory
):
    resident = person(checkin)
    checkin.check_in(resident)
    queue.call("kiosk-1", resident, "")
    log.record("Khác", resident, "Bác An quên mật khẩu", "volunteer")
    first_day = clock.today()
    clock.advance(200 * DAY)
    checkin.check_in(resident)  # still active: the resident stays
    log.record("Khác", resident, "Bác An lần hai", "volunteer")
    clock.advance(200 * DAY)
    checkin.check_in(resident)
    counts = privacy.purge(365)
    assert (counts.help_requests, counts.assistance) == (1, 1)
    assert [a.note for a in privacy.everything(resident).assistance] == ["Bác An lần hai"]
    assert privacy.everything(resident).help_requests == ()
    assert log.counts(first_day, clock.today())["Khác"] == 2
    assert privacy.purge(365).assistance == 0  # idempotent
    with session_factory() as s:
        notes = sorted(a.note for a in s.scalars(select(Assistance)))
        assert notes == ["", "Bác An lần hai"]
