"""Who may do what: the role × action table (docs/roles.md shows it), checked by the services.

A screen hides what a role may not do; the service refuses it all the same, so a screen that
forgets cannot open a hole. The actor is the string the audit log keeps: a role's name
("volunteer", "staff", "admin"), or "cli:<user>" for the command line, which acts as admin.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from kiosk.core.errors import NotAllowed


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    STAFF = "staff"
    ADMIN = "admin"


class Action(StrEnum):
    REVOKE = "revoke"
    EXPORT = "export"
    ERASE = "erase"
    IMPORT = "import"
    REPRINT = "reprint"
    PRINT_QUEUE = "print_queue"
    SETTINGS = "settings"
    PINS = "pins"


_STAFF = frozenset({Role.STAFF, Role.ADMIN})
ALLOWED: Mapping[Action, frozenset[Role]] = {
    Action.REVOKE: _STAFF,
    Action.EXPORT: _STAFF,
    Action.ERASE: _STAFF,
    Action.IMPORT: _STAFF,
    Action.REPRINT: _STAFF,
    Action.PRINT_QUEUE: frozenset(Role),
    Action.SETTINGS: frozenset({Role.ADMIN}),
    Action.PINS: frozenset({Role.ADMIN}),
}

CLI_PREFIX = "cli:"


def cli_actor(user: str) -> str:
    return f"{CLI_PREFIX}{user}"


def role_of(actor: str) -> Role | None:
    """The role an actor acts as; None for nobody (or anything unknown)."""
    if actor.startswith(CLI_PREFIX) and len(actor) > len(CLI_PREFIX):
        return Role.ADMIN
    try:
        return Role(actor)
    except ValueError:
        return None


def may(actor: str, action: Action) -> bool:
    role = role_of(actor)
    return role is not None and role in ALLOWED[action]


def require(actor: str, action: Action) -> None:
    """Raise NotAllowed unless `actor` may do `action`."""
    if not may(actor, action):
        raise NotAllowed(action.value, actor)
