"""Staff PINs: argon2 hashes; a lock-out counted per kiosk, capped, surviving a restart;
short staff and admin PINs that open the door once more."""

import pytest
from sqlalchemy import select

from kiosk.core.errors import LockedOut, NotAllowed, PinExpired, ValidationError
from kiosk.services.auth import MAX_FAILURES, Role, StaffAuth, _hasher, validate_pin
from kiosk.storage.engine import open_database
from kiosk.storage.models import PinLockout, StaffAccount

STAFF, ADMIN, VOLUNTEER = "246802", "135790", "1357"
EVERY = (Role.ADMIN, Role.STAFF, Role.VOLUNTEER)


@pytest.fixture
def auth(session_factory, clock):
    service = StaffAuth(session_factory, clock, "kiosk-1")
    service.set_pin(Role.STAFF, STAFF)
    service.set_pin(Role.ADMIN, ADMIN)
    service.set_pin(Role.VOLUNTEER, VOLUNTEER)
    return service


def lock(auth: StaffAuth, failures: int = MAX_FAILURES) -> None:
    for _ in range(failures):
        assert auth.check("000000", EVERY) is None


def test_right_pin_gives_the_role_and_the_pin_is_not_stored_in_clear(auth, session_factory):
    assert auth.check(STAFF) is Role.STAFF
    with session_factory() as s:
        hashes = s.scalars(select(StaffAccount.pin_hash)).all()
    assert all(STAFF not in h and h.startswith("$argon2") for h in hashes)


def test_wrong_pin_is_refused(auth):
    assert auth.check("111111") is None


def test_five_wrong_pins_lock_then_unlock_after_the_delay(auth, clock):
    lock(auth)
    with pytest.raises(LockedOut) as locked:
        auth.check(STAFF)  # even the right PIN waits
    assert locked.value.seconds == 30
    clock.advance(31)
    assert auth.check("000000") is None  # one more failure: a longer lock
    with pytest.raises(LockedOut) as longer:
        auth.check(STAFF)
    assert longer.value.seconds == 60
    clock.advance(61)
    assert auth.check(STAFF) is Role.STAFF
    assert auth.check("000000") is None  # the count was reset by the success
    assert auth.check(STAFF) is Role.STAFF


def test_the_lock_is_per_kiosk_not_per_role_and_never_locks_another_kiosk(
    auth, session_factory, clock
):
    lock(auth)
    for roles in ((Role.ADMIN,), (Role.VOLUNTEER,), EVERY):
        with pytest.raises(LockedOut):
            auth.check(ADMIN, roles)
    other = StaffAuth(session_factory, clock, "kiosk-2")  # same database, another machine
    assert other.check(ADMIN, EVERY) is Role.ADMIN
    with session_factory() as s:
        assert s.get(PinLockout, "kiosk-1").failures == MAX_FAILURES
        assert s.get(PinLockout, "kiosk-2").failures == 0


def test_the_lock_grows_but_never_beyond_15_minutes(auth, clock):
    lock(auth)
    for _ in range(20):  # the old code locked for 11 days after 20 more
        clock.advance(16 * 60)
        assert auth.check("000000") is None
    with pytest.raises(LockedOut) as locked:
        auth.check(STAFF)
    assert locked.value.seconds == 15 * 60


def test_a_clock_set_back_never_lengthens_the_lock(auth, clock):
    lock(auth)
    clock.advance(-24 * 3600)  # someone set the PC's clock a day back
    with pytest.raises(LockedOut) as locked:
        auth.check(STAFF)
    assert locked.value.seconds == 30  # the lock it had, not a day more
    clock.advance(31)
    assert auth.check(STAFF) is Role.STAFF


def test_the_lock_survives_a_restart(auth, db_url, clock):
    lock(auth)
    engine, factory = open_database(db_url)  # the kiosk started again
    try:
        with pytest.raises(LockedOut):
            StaffAuth(factory, clock, "kiosk-1").check(STAFF)
    finally:
        engine.dispose()


def test_clear_lockout_lets_this_kiosk_take_pins_at_once(auth):
    lock(auth)
    auth.clear_lockout()
    assert auth.locked_for() == 0
    assert auth.check(STAFF) is Role.STAFF


@pytest.mark.parametrize(
    "role, good, bad",
    [
        (
            Role.STAFF,
            ("246802", "24680246"),
            ("2468", "24680", "246802468", "24a802", "２４６８０２"),  # noqa: E501,
        ),
        (Role.ADMIN, ("135790",), ("1357", "13579")),
        (Role.VOLUNTEER, ("1357", "13579024"), ("135", "135790246", "")),
    ],
)
def test_pin_lengths_per_role(role, good, bad):
    for pin in good:
        assert validate_pin(pin, role) == pin
    for pin in bad:
        with pytest.raises(ValidationError) as error:
            validate_pin(pin, role)
        assert error.value.code == ("pin.format" if role is Role.VOLUNTEER else "pin.format_long")


def _old_short_pin(session_factory, role: Role, pin: str) -> None:
    """A PIN stored before the 6-digit rule (the demo's staff PIN was 2468)."""
    with session_factory.begin() as s:
        s.get(StaffAccount, role.value).pin_hash = _hasher.hash(pin)


def test_a_short_staff_pin_opens_once_then_must_be_replaced(auth, session_factory):
    _old_short_pin(session_factory, Role.STAFF, "2468")
    assert auth.check("2468", EVERY) is Role.STAFF  # let in this once
    assert auth.must_change(Role.STAFF)
    with pytest.raises(PinExpired):
        auth.check("2468", EVERY)  # never again
    with pytest.raises(NotAllowed):
        auth.replace_short_pin(Role.STAFF, "9999", "975310")  # not without the old PIN
    auth.replace_short_pin(Role.STAFF, "2468", "975310")
    assert not auth.must_change(Role.STAFF)
    assert auth.check("975310", EVERY) is Role.STAFF
    assert auth.check("2468", EVERY) is None


def test_a_short_volunteer_pin_is_fine(auth):
    assert auth.check(VOLUNTEER, EVERY) is Role.VOLUNTEER
    assert not auth.must_change(Role.VOLUNTEER)
    assert auth.check(VOLUNTEER, EVERY) is Role.VOLUNTEER


def test_a_new_pin_must_be_long_enough_and_not_another_role_s(auth, session_factory):
    _old_short_pin(session_factory, Role.STAFF, "2468")
    auth.check("2468")
    for new, code in (("8642", "pin.format_long"), (ADMIN, "pin.same")):
        with pytest.raises(ValidationError) as error:
            auth.replace_short_pin(Role.STAFF, "2468", new)
        assert error.value.code == code
    assert auth.must_change(Role.STAFF)
