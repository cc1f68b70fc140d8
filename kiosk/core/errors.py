"""Errors the domain raises; the UI turns their codes into words in the chosen language."""

from __future__ import annotations


class KioskError(Exception):
    """Base for every error this project raises on purpose."""


class ValidationError(KioskError):
    """One field's value is not acceptable.

    `field` names the form field, `code` is a stable key for the message and
    `message` is the English text (the UI translates it through Qt); `params` holds the
    values the message names (the UI formats its translation with them).
    """

    def __init__(self, field: str, code: str, message: str, **params: object) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.code = code
        self.message = message
        self.params = params


class NotFound(KioskError):
    """A record asked for by id does not exist (or was erased)."""


class LockedOut(KioskError):
    """Too many wrong PINs; try again after `seconds`."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"locked for {seconds} s")
        self.seconds = seconds


class NotAllowed(KioskError):
    """The acting role may not do this `action` (see docs/roles.md)."""

    def __init__(self, action: str, actor: str) -> None:
        super().__init__(f"{actor or 'nobody'} may not {action}")
        self.action = action
        self.actor = actor


class PinExpired(KioskError):
    """A PIN shorter than today's rule was used once already: it must be replaced first."""

    def __init__(self, role: str) -> None:
        super().__init__(f"the {role} PIN is too short and must be reset")
        self.role = role
