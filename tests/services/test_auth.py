"""Staff PINs: argon2 hashes, lock-out after 5 failures with a growing delay."""

import pytest
from sqlalchemy import select

from kiosk.core.errors import LockedOut, ValidationError
from kiosk.services.auth import MAX_FAILURES, Role, StaffAuth
from kiosk.storage.models import StaffAccount


@pytest.fixture
def auth(db, clock):
    service = StaffAuth(db[1], clock)
    service.set_pin(Role.STAFF, "2468")
    return service


def test_right_pin_gives_the_role_and_the_pin_is_not_stored_in_clear(auth, db):
    assert auth.check("2468") is Role.STAFF
    with db[1]() as s:
        hashes = s.scalars(select(StaffAccount.pin_hash)).all()
    assert all("2468" not in h and h.startswith("$argon2") for h in hashes)


def test_wrong_pin_is_refused(auth):
    assert auth.check("1111") is None


def test_five_wrong_pins_lock_then_unlock_after_the_delay(auth, clock):
    for _ in range(MAX_FAILURES):
        assert auth.check("0000") is None
    with pytest.raises(LockedOut) as locked:
        auth.check("2468")  # even the right PIN waits
    assert locked.value.seconds == 30
    clock.advance(31)
    assert auth.check("0000") is None  # one more failure: a longer lock
    with pytest.raises(LockedOut) as longer:
        auth.check("2468")
    assert longer.value.seconds == 60
    clock.advance(61)
    assert auth.check("2468") is Role.STAFF
    assert auth.check("0000") is None  # counter was reset by the success


def test_pin_format(auth):
    for bad in ("12", "abcd", "123456789", ""):
        with pytest.raises(ValidationError):
            auth.set_pin(Role.ADMIN, bad)
