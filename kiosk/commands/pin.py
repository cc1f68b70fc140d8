"""`kiosk pin reset --role admin`: a new PIN on the PC itself, and the PIN pad unlocked."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.commands.ward import cli_user, open_ward
from kiosk.core.clock import SystemClock
from kiosk.core.errors import ValidationError
from kiosk.services.audit import AuditLog
from kiosk.services.auth import StaffAuth
from kiosk.services.roles import Role
from kiosk.services.ward_admin import WardAdmin
from kiosk.services.ward_settings import WardSettings

EXIT_DONE, EXIT_REFUSED = 0, 1

VIETNAMESE = {
    "pin.format": "Mã PIN của tình nguyện viên có từ 4 đến 8 chữ số.",
    "pin.format_long": "Mã PIN của cán bộ và quản trị có từ 6 đến 8 chữ số.",
    "pin.same": "Mỗi vai trò cần mã PIN riêng: mã này đã thuộc vai trò khác.",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("pin", help="reset a role's PIN on this PC")
    actions = parser.add_subparsers(dest="pin_command", required=True)
    reset = actions.add_parser(
        "reset",
        help="set a new PIN for a role and unlock this kiosk's PIN pad (audit-logged)",
        description="Exit status: 0 done, 1 refused (the reason is printed).",
    )
    reset.add_argument("--role", choices=[r.value for r in Role], required=True)
    reset.add_argument("--pin", help="the new PIN (for scripts); asked twice when left out")
    reset.set_defaults(func=run_reset)


def _ask_pin() -> str | None:
    first = getpass.getpass("Mã PIN mới / New PIN: ")
    again = getpass.getpass("Nhập lại mã PIN / The PIN again: ")
    if first != again:
        print("Hai mã PIN không giống nhau / The two PINs differ.", file=sys.stderr)
        return None
    return first


def run_reset(args: argparse.Namespace) -> int:
    role = Role(args.role)
    pin = args.pin if args.pin is not None else _ask_pin()
    if pin is None:
        return EXIT_REFUSED
    settings, engine, factory = open_ward()
    try:
        clock = SystemClock()
        audit = AuditLog(factory, clock)
        auth = StaffAuth(factory, clock, settings.kiosk_id)
        admin = WardAdmin(WardSettings(factory, clock, audit, defaults=settings), auth, audit)
        try:
            admin.reset_pin(cli_user(settings.data_dir), role, pin)
        except ValidationError as error:
            vi = VIETNAMESE.get(error.code, "")
            print(f"{vi} / {error.message}" if vi else error.message, file=sys.stderr)
            return EXIT_REFUSED
        print(f"Đã đặt mã PIN mới / New PIN set: {role.value}")
        return EXIT_DONE
    finally:
        engine.dispose()
