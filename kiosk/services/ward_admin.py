"""The admin's part: the first-run setup, settings changes and PINs, each audit-logged.

Each role has its own PIN: the kiosk knows who is at the staff door by the PIN alone, so two
roles sharing one PIN would leave one of them unreachable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.core.errors import NotAllowed, ValidationError
from kiosk.services.audit import AuditLog
from kiosk.services.auth import StaffAuth, validate_pin
from kiosk.services.roles import Action, Role, require
from kiosk.services.ward_settings import (
    NEIGHBOURHOOD_MAX,
    WardSettings,
    validate_entries,
    validate_ward_name,
)

SAME_PIN = "Each role needs its own PIN: this one is already used by another role."


@dataclass(frozen=True)
class FirstRunChoices:
    ward_name: str
    neighbourhoods: tuple[str, ...]
    admin_pin: str
    staff_pin: str
    volunteer_pin: str = ""  # optional: the volunteer console stays closed without one


def check_pins(pins: Mapping[Role, str]) -> None:
    """Long enough for each role and no two the same; the error's field names the role."""
    seen: set[str] = set()
    for role, pin in pins.items():
        try:
            validate_pin(pin, role)
        except ValidationError as error:
            raise ValidationError(role.value, error.code, error.message) from None
        if pin in seen:
            raise ValidationError(role.value, "pin.same", SAME_PIN)
        seen.add(pin)


class WardAdmin:
    def __init__(self, ward_settings: WardSettings, auth: StaffAuth, audit: AuditLog) -> None:
        self._settings = ward_settings
        self._auth = auth
        self._audit = audit

    def first_run(self, choices: FirstRunChoices) -> None:
        """Store the ward's choices and PINs. The staff PIN goes last: until it exists the
        kiosk opens on the setup again, so an interrupted setup is simply done again. Once it
        exists the setup is over: PINs are then changed by the admin in Settings."""
        if self._auth.has_pin(Role.STAFF):
            raise NotAllowed("set up the kiosk again", "")
        validate_ward_name(choices.ward_name)
        validate_entries("neighbourhoods", choices.neighbourhoods, NEIGHBOURHOOD_MAX)
        pins = {Role.ADMIN: choices.admin_pin, Role.STAFF: choices.staff_pin}
        if choices.volunteer_pin:
            pins[Role.VOLUNTEER] = choices.volunteer_pin
        check_pins(pins)
        details = self._settings.store(
            ward_name=choices.ward_name, neighbourhoods=choices.neighbourhoods
        )
        for role in sorted(pins, key=lambda r: r is Role.STAFF):
            self._auth.set_pin(role, pins[role])
        roles = ", ".join(role.value for role in pins)
        self._audit.record("admin", "first_run", "; ".join([*details.values(), f"PINs: {roles}"]))

    def save(self, actor: str, **changes: object) -> list[str]:
        return self._settings.save(actor, **changes)

    def change_pin(self, actor: str, role: Role, pin: str) -> None:
        require(actor, Action.PINS)
        validate_pin(pin, role)
        owner = self._auth.owner_of(pin)
        if owner is not None and owner is not role:
            raise ValidationError("pin", "pin.same", SAME_PIN)
        self._auth.set_pin(role, pin)
        self._audit.record(actor, "pin_changed", role.value)

    def reset_pin(self, actor: str, role: Role, pin: str) -> None:
        """`kiosk pin reset`: a new PIN, and this kiosk takes PINs again at once."""
        self.change_pin(actor, role, pin)
        self._auth.clear_lockout()
        self._audit.record(actor, "lockout_cleared", role.value)
