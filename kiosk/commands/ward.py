"""What the staff commands share: the ward's settings as the kiosk uses them, and its database."""

from __future__ import annotations

from sqlalchemy import Engine

from kiosk.core.clock import SystemClock
from kiosk.core.config import Settings, load_settings
from kiosk.services.audit import AuditLog
from kiosk.services.certificates import CertificateService
from kiosk.services.ward_settings import WardSettings
from kiosk.storage.engine import SessionFactory, open_database


def open_ward() -> tuple[Settings, Engine, SessionFactory]:
    """The settings file plus what was chosen in the kiosk (ward name, khu phố, categories:
    those win, as in the kiosk), and the database they describe."""
    settings = load_settings()
    engine, factory = open_database(settings.effective_database_url)
    clock = SystemClock()
    stored = WardSettings(factory, clock, AuditLog(factory, clock), defaults=settings)
    return stored.apply(settings), engine, factory


def certificate_service() -> CertificateService:
    settings, _engine, factory = open_ward()
    return CertificateService(factory, SystemClock(), settings.ward_name)
