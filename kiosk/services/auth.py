"""Staff access: PINs as argon2 hashes, and a lock-out counted per kiosk.

The PIN pad tries one PIN against every role, so wrong PINs are counted for the kiosk, not
for a role, and on a shared database one visitor at one machine locks only that machine.
After MAX_FAILURES the kiosk waits, longer after each further failure, but never more than
MAX_LOCK; a clock set back never makes the wait longer than the lock that was given (it is
cut back, and stored so).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import LockedOut, NotAllowed, PinExpired, ValidationError
from kiosk.services.roles import Role
from kiosk.storage.models import PinLockout, StaffAccount

__all__ = ["Role", "StaffAuth", "validate_pin"]

MAX_FAILURES = 5
BASE_LOCK_SECONDS = 30
MAX_LOCK = timedelta(minutes=15)
MIN_STAFF_PIN = 6  # staff and admin; a volunteer's PIN opens only the console
MIN_VOLUNTEER_PIN, MAX_PIN = 4, 8

# Fast enough for a PIN pad (~50 ms here), still memory-hard.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def shortest_pin(role: Role) -> int:
    return MIN_VOLUNTEER_PIN if role is Role.VOLUNTEER else MIN_STAFF_PIN


def validate_pin(pin: str, role: Role) -> str:
    """Digits only: 6 to 8 for staff and admin, 4 to 8 for a volunteer."""
    if pin.isascii() and pin.isdigit() and shortest_pin(role) <= len(pin) <= MAX_PIN:
        return pin
    if role is Role.VOLUNTEER:
        raise ValidationError("pin", "pin.format", "A volunteer PIN has 4 to 8 digits.")
    raise ValidationError("pin", "pin.format_long", "A staff or admin PIN has 6 to 8 digits.")


class StaffAuth:
    def __init__(self, session_factory: sessionmaker, clock: Clock, kiosk_id: str = "") -> None:
        self._sessions = session_factory
        self._clock = clock
        self._kiosk_id = kiosk_id

    def has_pin(self, role: Role) -> bool:
        with self._sessions() as db:
            return db.get(StaffAccount, role.value) is not None

    def must_change(self, role: Role) -> bool:
        """True after a sign-in with a PIN shorter than today's rule: it must be replaced."""
        with self._sessions() as db:
            account = db.get(StaffAccount, role.value)
            return account is not None and account.must_change

    def set_pin(self, role: Role, pin: str) -> None:
        hashed = _hasher.hash(validate_pin(pin, role))
        with self._sessions.begin() as db:
            account = db.get(StaffAccount, role.value)
            if account is None:
                db.add(StaffAccount(role=role.value, pin_hash=hashed, failures=0))
            else:
                account.pin_hash, account.failures, account.locked_until = hashed, 0, None
                account.must_change = False

    def owner_of(self, pin: str) -> Role | None:
        """The role that already has this PIN, counting no failure: each role needs its own."""
        with self._sessions() as db:
            for account in db.scalars(select(StaffAccount).order_by(StaffAccount.role)):
                if _matches(account.pin_hash, pin):
                    return Role(account.role)
        return None

    # Admin first: where one PIN was set for both (the old first-run screen did), its holder
    # is the admin, who can then give staff a PIN of their own in Settings.
    def check(self, pin: str, roles: tuple[Role, ...] = (Role.ADMIN, Role.STAFF)) -> Role | None:
        """The first of `roles` whose PIN this is, or None. Raises LockedOut while this kiosk
        is locked, PinExpired for a too-short PIN that was already let in once."""
        wait = self.locked_for()
        if wait:
            raise LockedOut(wait)
        with self._sessions.begin() as db:
            lock = self._lockout(db)
            for role in roles:
                account = db.get(StaffAccount, role.value)
                if account is not None and _matches(account.pin_hash, pin):
                    lock.failures, lock.locked_until = 0, None
                    _let_in_once(account, role, pin)
                    return role
            lock.failures += 1
            if lock.failures >= MAX_FAILURES:
                lock.locked_until = self._clock.now() + _lock_length(lock.failures)
            return None

    def locked_for(self) -> int:
        """Seconds this kiosk still waits before it takes a PIN (0: not locked)."""
        with self._sessions.begin() as db:
            lock = db.get(PinLockout, self._kiosk_id)
            if lock is None or lock.locked_until is None:
                return 0
            now, longest = self._clock.now(), _lock_length(lock.failures)
            if lock.locked_until - now > longest:  # the clock went back: never wait longer
                lock.locked_until = now + longest
            return _seconds_until(lock.locked_until, now)

    def clear_lockout(self) -> None:
        """This kiosk takes PINs again at once (`kiosk pin reset`)."""
        with self._sessions.begin() as db:
            db.execute(delete(PinLockout).where(PinLockout.kiosk_id == self._kiosk_id))

    def replace_short_pin(self, role: Role, old_pin: str, new_pin: str) -> None:
        """The holder of a too-short PIN, just let in with it, chooses a new one."""
        validate_pin(new_pin, role)
        owner = self.owner_of(new_pin)
        if owner is not None and owner is not role:
            raise ValidationError("pin", "pin.same", "Each role needs its own PIN.")
        with self._sessions.begin() as db:
            account = db.get(StaffAccount, role.value)
            let_in = account is not None and account.must_change
            if account is None or not let_in or not _matches(account.pin_hash, old_pin):
                raise NotAllowed("replace the PIN", role.value)
            account.pin_hash, account.must_change = _hasher.hash(new_pin), False

    def _lockout(self, db: Session) -> PinLockout:
        lock = db.get(PinLockout, self._kiosk_id)
        if lock is None:
            lock = PinLockout(kiosk_id=self._kiosk_id, failures=0, locked_until=None)
            db.add(lock)
        return lock


def _lock_length(failures: int) -> timedelta:
    """30 s at MAX_FAILURES, twice as long after each further failure, at most MAX_LOCK."""
    extra = min(max(failures - MAX_FAILURES, 0), 10)
    return min(timedelta(seconds=BASE_LOCK_SECONDS * 2**extra), MAX_LOCK)


def _let_in_once(account: StaffAccount, role: Role, pin: str) -> None:
    """A staff or admin PIN shorter than today's rule opens the door once more, then no more."""
    if len(pin) >= shortest_pin(role):
        return
    if account.must_change:
        raise PinExpired(role.value)
    account.must_change = True


def _seconds_until(until: datetime, now: datetime) -> int:
    left = (until - now).total_seconds()
    return max(1, math.ceil(left)) if left > 0 else 0


def _matches(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerifyMismatchError, InvalidHashError):
        return False
