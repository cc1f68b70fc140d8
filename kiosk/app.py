"""Composition root: builds the services once and hands them to the screens."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from kiosk.core.clock import Clock, SystemClock
from kiosk.core.config import Settings
from kiosk.services.attendance import AttendanceService
from kiosk.services.audit import AuditLog
from kiosk.services.auth import StaffAuth
from kiosk.services.certificates import CertificateService
from kiosk.services.checkin import CheckInService
from kiosk.services.curriculum import Curriculum
from kiosk.services.privacy import PrivacyService
from kiosk.services.results import ResultsService
from kiosk.storage.engine import open_database
from kiosk.tutorials.loader import BUILTIN_DIR, Catalog, load_catalog, ward_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Services:
    settings: Settings
    clock: Clock
    engine: Engine
    session_factory: sessionmaker
    checkin: CheckInService
    auth: StaffAuth
    audit: AuditLog
    certificates: CertificateService
    attendance: AttendanceService
    results: ResultsService
    catalog: Catalog
    curriculum: Curriculum
    privacy: PrivacyService


def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    clock = clock or SystemClock()
    engine, factory = open_database(settings.effective_database_url)
    certificates = CertificateService(factory, clock, settings.ward_name)
    certificates.ensure_key()
    catalog = load_catalog([BUILTIN_DIR, ward_dir(settings.data_dir)])
    for file, problem in catalog.problems:
        log.warning("tutorial file skipped: %s: %s", file, problem)
    titles = {t.id: t.title.vi for t in catalog.all()}
    results = ResultsService(factory, clock)
    curriculum = Curriculum(
        results, settings.curriculum_title, settings.curriculum, [t.id for t in catalog.all()]
    )
    if curriculum.unknown:
        log.warning("curriculum names tutorials that are not installed: %s", curriculum.unknown)
    audit = AuditLog(factory, clock)
    privacy = PrivacyService(factory, clock, audit)
    privacy.purge(settings.retention_days)  # at every start; the kiosk also runs it daily
    return Services(
        settings=settings,
        clock=clock,
        engine=engine,
        session_factory=factory,
        checkin=CheckInService(factory, clock, settings.kiosk_id),
        auth=StaffAuth(factory, clock),
        audit=audit,
        certificates=certificates,
        attendance=AttendanceService(factory, clock, settings.ward_name, titles),
        results=results,
        catalog=catalog,
        curriculum=curriculum,
        privacy=privacy,
    )
