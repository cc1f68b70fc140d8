"""Staff access: PINs as argon2 hashes, a lock-out that grows after repeated failures."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import LockedOut, ValidationError
from kiosk.storage.models import StaffAccount

MAX_FAILURES = 5
BASE_LOCK_SECONDS = 30


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    STAFF = "staff"
    ADMIN = "admin"


# Fast enough for a PIN pad (~50 ms here), still memory-hard.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def validate_pin(pin: str) -> str:
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise ValidationError("pin", "pin.format", "A PIN has 4 to 8 digits.")
    return pin


class StaffAuth:
    def __init__(self, session_factory: sessionmaker, clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def has_pin(self, role: Role) -> bool:
        with self._sessions() as db:
            return db.get(StaffAccount, role.value) is not None

    def set_pin(self, role: Role, pin: str) -> None:
        hashed = _hasher.hash(validate_pin(pin))
        with self._sessions.begin() as db:
            account = db.get(StaffAccount, role.value)
            if account is None:
                db.add(StaffAccount(role=role.value, pin_hash=hashed, failures=0))
            else:
                account.pin_hash, account.failures, account.locked_until = hashed, 0, None

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
        """The first of `roles` whose PIN this is, or None. Raises LockedOut while locked."""
        with self._sessions.begin() as db:
            accounts = [a for r in roles if (a := db.get(StaffAccount, r.value)) is not None]
            now = self._clock.now()
            locked = [a for a in accounts if a.locked_until and a.locked_until > now]
            if locked and len(locked) == len(accounts):
                wait = min(a.locked_until for a in locked) - now  # type: ignore[type-var,operator]
                raise LockedOut(max(1, int(wait.total_seconds())))
            for account in accounts:
                if account in locked:
                    continue
                if _matches(account.pin_hash, pin):
                    account.failures, account.locked_until = 0, None
                    return Role(account.role)
            for account in accounts:
                if account in locked:
                    continue
                account.failures += 1
                if account.failures >= MAX_FAILURES:
                    extra = account.failures - MAX_FAILURES
                    account.locked_until = now + timedelta(seconds=BASE_LOCK_SECONDS * 2**extra)
            return None


def _matches(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerifyMismatchError, InvalidHashError):
        return False
