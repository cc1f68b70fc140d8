"""What the staff commands share: the ward's settings as the kiosk uses them, and its database."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine

from kiosk.core.clock import SystemClock
from kiosk.core.config import Settings, load_settings
from kiosk.core.errors import KioskError
from kiosk.services.audit import AuditLog
from kiosk.services.certificates import CertificateService
from kiosk.services.roles import cli_actor
from kiosk.services.ward_settings import WardSettings
from kiosk.storage.engine import SessionFactory, open_database
from kiosk.storage.integrity import check_file


def open_ward() -> tuple[Settings, Engine, SessionFactory]:
    """The settings file plus what was chosen in the kiosk (ward name, khu phố, categories:
    those win, as in the kiosk), and the database they describe (refused, untouched, when
    its file is damaged: kiosk/storage/integrity.py)."""
    settings = load_settings()
    cli_user(settings.data_dir)
    check_file(settings.effective_database_url)
    engine, factory = open_database(settings.effective_database_url)
    clock = SystemClock()
    stored = WardSettings(factory, clock, AuditLog(factory, clock), defaults=settings)
    return stored.apply(settings), engine, factory


def certificate_service() -> CertificateService:
    settings, _engine, factory = open_ward()
    return CertificateService(factory, SystemClock(), settings.ward_name)


def _user_name(uid: int) -> str:
    import pwd

    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def cli_user(data_dir: Path) -> str:
    """The command line acts as admin for the user who owns the data dir, as "cli:<user>" in
    the audit log; any other user is refused (the data dir is private to its owner)."""
    if not hasattr(os, "getuid"):  # Windows: the folder's access list guards it
        import getpass

        return cli_actor(getpass.getuser())
    user = _user_name(os.getuid())
    try:
        owner = data_dir.stat().st_uid
    except FileNotFoundError:
        return cli_actor(user)  # nothing there yet: this user's first run makes it theirs
    if owner != os.getuid():
        raise KioskError(
            f"chỉ người dùng sở hữu thư mục dữ liệu ({_user_name(owner)}) mới dùng được lệnh "
            f"này; bạn đang là {user} / only the user who owns the data dir {data_dir} "
            f"({_user_name(owner)}) may run this command; you are {user}"
        )
    return cli_actor(user)
