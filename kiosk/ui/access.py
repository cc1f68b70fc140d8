"""Which screens each role may open: an allow-list, so a screen nobody listed stays shut.

Roles are the values of `kiosk.services.auth.Role` ("volunteer", "staff", "admin"); None is a
resident, or nobody signed in. A screen the role may not open leads to that role's home:
the PIN pad for nobody, the console for a volunteer, the staff menu for staff and admin.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.ui.screens.base import ScreenId

RESIDENT = frozenset(
    {
        ScreenId.ATTRACT,
        ScreenId.LANGUAGE,
        ScreenId.CONSENT,
        ScreenId.CHECKIN,
        ScreenId.CATALOG,
        ScreenId.TUTORIAL,
        ScreenId.COMPLETION,
        ScreenId.STAFF_PIN,
    }
)
# The kiosk tells residents that a volunteer checks certificates and prints for them.
VOLUNTEER = RESIDENT | {
    ScreenId.VOLUNTEER_CONSOLE,
    ScreenId.STAFF_VERIFY,
    ScreenId.STAFF_PRINT_QUEUE,
}
STAFF = VOLUNTEER | {
    ScreenId.STAFF_MENU,
    ScreenId.STAFF_RESIDENTS,
    ScreenId.STAFF_SESSIONS,
    ScreenId.STAFF_CERTIFICATES,
    ScreenId.STAFF_IMPORT,
}
ADMIN = STAFF | {ScreenId.STAFF_SETTINGS, ScreenId.STAFF_AUDIT}

ALLOWED: dict[str | None, frozenset[ScreenId]] = {
    None: RESIDENT,
    "volunteer": VOLUNTEER,
    "staff": STAFF,
    "admin": ADMIN,
}
HOME: dict[str | None, ScreenId] = {
    None: ScreenId.STAFF_PIN,
    "volunteer": ScreenId.VOLUNTEER_CONSOLE,
    "staff": ScreenId.STAFF_MENU,
    "admin": ScreenId.STAFF_MENU,
}


def screen_for(screen_id: ScreenId, role: str | None, set_up: Callable[[], bool]) -> ScreenId:
    """Where a request for `screen_id` leads for `role`. First-run setup, which sets every
    PIN, opens only on a ward not set up yet (`set_up` is asked only then)."""
    known = role if role in ALLOWED else None
    if screen_id is ScreenId.FIRST_RUN:
        return screen_id if not set_up() else HOME[known]
    return screen_id if screen_id in ALLOWED[known] else HOME[known]
