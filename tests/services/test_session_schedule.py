"""Scheduling 'Cà phê sáng' sessions: validation, overlap, cancelling, where check-ins land."""

from __future__ import annotations

import unicodedata
from datetime import date, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kiosk.core.errors import NotFound, ValidationError
from kiosk.services.audit import AuditLog
from kiosk.services.checkin import CheckInService
from kiosk.services.sessions import WALK_IN_TITLE, SessionSchedule
from kiosk.storage.models import AuditEntry, CheckIn
from kiosk.storage.models import Session as KioskSession

TODAY = date(2026, 11, 29)  # the clock says 09:30 on this day


@pytest.fixture
def schedule(session_factory, clock) -> SessionSchedule:
    return SessionSchedule(session_factory, clock, AuditLog(session_factory, clock))


@pytest.fixture
def checkin(session_factory, clock) -> CheckInService:
    return CheckInService(session_factory, clock, "kiosk-1")


def stored(factory, session_id: str) -> KioskSession | None:
    with factory() as s:
        return s.get(KioskSession, session_id)


def refused(call, *args, **kwargs) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_a_scheduled_session_is_stored_clean_and_listed(schedule, session_factory):
    session_id = schedule.schedule(
        TODAY, time(8), time(10), "  Cà phê   sáng ", " Nhà văn hóa  Khu phố 3 ", "Kích hoạt VNeID"
    )

    row = stored(session_factory, session_id)
    assert (row.title, row.place, row.topic) == ("Cà phê sáng", "Nhà văn hóa Khu phố 3",
                                                 "Kích hoạt VNeID")  # fmt: skip
    assert (row.starts_at.hour, row.ends_at.hour, row.walk_in, row.cancelled) == (8, 10, 0, 0)
    listed = schedule.for_day(TODAY)
    assert [(s.id, s.start, s.end, s.checkins) for s in listed] == [
        (session_id, time(8), time(10), 0)
    ]
    assert schedule.get(session_id).label == "Cà phê sáng 08:00–10:00 29/11/2026"


def test_nfd_titles_are_stored_nfc(schedule, session_factory):
    nfd = unicodedata.normalize("NFD", "Đặng Thị Huệ – Cà phê sáng")
    session_id = schedule.schedule(TODAY, time(8), time(9), nfd, "Sân đình (số 12/3)", "Ví & QR")

    row = stored(session_factory, session_id)
    assert row.title == "Đặng Thị Huệ – Cà phê sáng"
    assert unicodedata.is_normalized("NFC", row.title)
    assert (row.place, row.topic) == ("Sân đình (số 12/3)", "Ví & QR")
    same = schedule.schedule(TODAY, time(10), time(11), "Đặng Thị Huệ – Cà phê sáng")
    assert schedule.get(same).title == row.title


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"title": "   "}, "title", "session_title.empty"),
        ({"title": "\t\n"}, "title", "session_title.empty"),
        ({"title": "Cà phê sáng " * 11}, "title", "session_title.too_long"),
        ({"place": "Đường " * 25}, "place", "session_place.too_long"),
        ({"topic": "ữ" * 201}, "topic", "session_topic.too_long"),
        ({"title": "Cà phê sáng ☕"}, "title", "text.bad_chars"),
        ({"place": "Sân đình 👨‍👩‍👧"}, "place", "text.bad_chars"),
        ({"topic": "Ví điện tử 📱"}, "topic", "text.bad_chars"),
        ({"day": TODAY - timedelta(days=1)}, "day", "session_day.past"),
        ({"end_time": time(8)}, "end_time", "session_end.before_start"),
        ({"end_time": time(7, 45)}, "end_time", "session_end.before_start"),
    ],
)
def test_bad_input_is_refused_with_a_code_and_nothing_is_stored(
    schedule, session_factory, kwargs, field, code
):
    values = {"day": TODAY, "start_time": time(8), "end_time": time(10), "title": "Cà phê sáng",
              "place": "", "topic": ""} | kwargs  # fmt: skip

    error = refused(schedule.schedule, **values)

    assert (error.field, error.code) == (field, code)
    assert schedule.upcoming(TODAY) == []


def test_the_longest_allowed_texts_are_kept_whole(schedule, session_factory):
    title, place, topic = "Đ" * 120, "ư" * 120, "ữ" * 200
    session_id = schedule.schedule(TODAY, time(8), time(9), title, place, topic)
    row = stored(session_factory, session_id)
    assert (row.title, row.place, row.topic) == (title, place, topic)


def test_invisible_characters_are_dropped(schedule):
    session_id = schedule.schedule(TODAY, time(8), time(9), "\x00 Cà\nphê\u200b sáng\u00ad")
    assert schedule.get(session_id).title == "Cà phê sáng"


def test_today_is_allowed_even_after_the_hours_have_passed(schedule):
    assert schedule.schedule(TODAY, time(6), time(7))  # the clock says 09:30


def test_overlapping_sessions_are_refused_touching_ones_allowed(schedule):
    schedule.schedule(TODAY, time(8), time(10))

    for start, end in ((time(9), time(11)), (time(7), time(8, 15)), (time(8, 30), time(9))):
        error = refused(schedule.schedule, TODAY, start, end)
        assert (error.field, error.code) == ("start_time", "session.overlap")
    assert schedule.schedule(TODAY, time(10), time(12))
    assert schedule.schedule(TODAY + timedelta(days=1), time(8), time(10))  # another day
    assert len(schedule.upcoming(TODAY)) == 3


def test_a_cancelled_session_no_longer_blocks_its_hours(schedule):
    first = schedule.schedule(TODAY + timedelta(days=1), time(8), time(10))
    schedule.cancel(first)
    assert schedule.schedule(TODAY + timedelta(days=1), time(8), time(10))


def test_update_changes_the_session_and_may_keep_its_own_hours(schedule, session_factory):
    session_id = schedule.schedule(TODAY, time(8), time(10), "Cà phê sáng")
    other = schedule.schedule(TODAY, time(14), time(16), "Buổi chiều")

    schedule.update(session_id, TODAY, time(8), time(11), "Cà phê sáng", "Nhà văn hóa", "Zalo")

    got = schedule.get(session_id)
    assert (got.end, got.place, got.topic) == (time(11), "Nhà văn hóa", "Zalo")
    error = refused(schedule.update, session_id, TODAY, time(8), time(15), "Cà phê sáng")
    assert error.code == "session.overlap"
    assert schedule.get(other).start == time(14)
    error = refused(schedule.update, session_id, TODAY, time(8), time(9), "")
    assert error.code == "session_title.empty"
    assert schedule.get(session_id).title == "Cà phê sáng"  # nothing lost


def test_a_session_with_check_ins_keeps_its_date(schedule, checkin):
    session_id = schedule.schedule(TODAY, time(9), time(11))
    checkin.check_in(None)

    error = refused(schedule.update, session_id, TODAY + timedelta(days=1), time(9), time(11),
                    "Cà phê sáng")  # fmt: skip

    assert (error.field, error.code) == ("day", "session_day.has_checkins")


def test_cancel_without_check_ins_deletes_the_session(schedule, session_factory):
    session_id = schedule.schedule(TODAY + timedelta(days=3), time(8), time(10))

    assert schedule.cancel(session_id, actor="admin") == "deleted"

    assert stored(session_factory, session_id) is None
    with pytest.raises(NotFound):
        schedule.get(session_id)


def test_cancel_with_check_ins_keeps_it_marked_and_keeps_the_check_ins(
    schedule, checkin, session_factory
):
    session_id = schedule.schedule(TODAY, time(9), time(11))
    checkin.check_in(None)

    assert schedule.cancel(session_id) == "cancelled"

    got = schedule.get(session_id)
    assert got.cancelled and got.checkins == 1
    assert schedule.checkin_count(session_id) == 1
    error = refused(schedule.update, session_id, TODAY, time(9), time(11), "Cà phê sáng")
    assert error.code == "session.cancelled"


def test_current_session_is_the_scheduled_one_during_its_hours(schedule, checkin, clock,
                                                               session_factory):  # fmt: skip
    session_id = schedule.schedule(TODAY, time(9), time(10))

    during = checkin.check_in(None)  # 09:30
    clock.advance(45 * 60)  # 10:15: it has ended
    after = checkin.check_in(None)

    with session_factory() as s:
        landed = {c.id: c.session for c in s.scalars(select(CheckIn))}
        assert landed[during].id == session_id
        assert landed[after].walk_in and landed[after].title == WALK_IN_TITLE
    assert schedule.running_now() is None


def test_current_session_ignores_a_cancelled_one(schedule, checkin, session_factory):
    session_id = schedule.schedule(TODAY, time(9), time(10))
    schedule.cancel(session_id)  # nobody yet: deleted
    kept = schedule.schedule(TODAY, time(9), time(10))
    checkin.check_in(None)
    schedule.cancel(kept)  # kept, marked cancelled

    later = checkin.check_in(None)

    with session_factory() as s:
        assert s.get(CheckIn, later).session.walk_in
    assert schedule.running_now() is None


def test_where_two_sessions_touch_the_later_one_takes_the_check_in(schedule, checkin, clock):
    schedule.schedule(TODAY, time(8), time(10))
    second = schedule.schedule(TODAY, time(10), time(12))
    clock.advance(30 * 60)  # 10:00
    assert schedule.running_now() == second


def test_every_change_is_audit_logged_with_its_actor(schedule, session_factory):
    session_id = schedule.schedule(TODAY, time(8), time(10), "Cà phê sáng", actor="staff")
    schedule.update(session_id, TODAY, time(8), time(11), "Cà phê sáng", actor="admin")
    schedule.cancel(session_id, actor="admin")

    with session_factory() as s:
        entries = [(e.actor, e.action, e.detail) for e in s.scalars(select(AuditEntry))]
    assert [(a, b) for a, b, _ in entries] == [
        ("staff", "session_schedule"),
        ("admin", "session_update"),
        ("admin", "session_cancel"),
    ]
    assert "Cà phê sáng 08:00–11:00 29/11/2026" in entries[1][2]
    assert "deleted" in entries[2][2]


def test_upcoming_lists_the_coming_days_in_order_and_resolve_finds_by_prefix(schedule):
    later = schedule.schedule(TODAY + timedelta(days=29), time(8), time(9))
    beyond = schedule.schedule(TODAY + timedelta(days=30), time(8), time(9))
    today = schedule.schedule(TODAY, time(14), time(15))
    early = schedule.schedule(TODAY, time(7), time(8))

    assert [s.id for s in schedule.upcoming(TODAY)] == [early, today, later]
    assert schedule.upcoming(TODAY, days=31)[-1].id == beyond
    assert schedule.resolve(later[:8].upper()) == later
    with pytest.raises(NotFound):
        schedule.resolve(later[:3])


def test_walk_in_sessions_are_not_the_schedules_to_change(schedule, checkin, session_factory):
    checkin.check_in(None)  # makes today's walk-in session
    with session_factory() as s:
        walk_in = s.scalars(select(KioskSession)).one()
    assert schedule.for_day(TODAY) == []
    with pytest.raises(NotFound):
        schedule.cancel(walk_in.id)


def _stored_title(schedule, title: str) -> str | tuple[str, str]:  # type: ignore[no-untyped-def]
    """What a title is stored as (the session is removed again), or the refusal's field, code."""
    try:
        session_id = schedule.schedule(TODAY, time(8), time(9), title, title, title)
    except ValidationError as error:
        return error.field, error.code
    stored_title = schedule.get(session_id).title
    schedule.cancel(session_id)
    return stored_title


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=130))
def test_any_title_is_stored_nfc_and_the_same_for_nfd_or_refused(schedule, text):
    got = _stored_title(schedule, unicodedata.normalize("NFC", text))

    assert _stored_title(schedule, unicodedata.normalize("NFD", text)) == got
    if isinstance(got, str):
        assert unicodedata.is_normalized("NFC", got) and got == got.strip() and got
        assert _stored_title(schedule, got) == got  # idempotent
    assert schedule.upcoming(TODAY) == []
