"""Composition root: builds the services once and hands them to the screens."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from kiosk.core.clock import Clock, SystemClock
from kiosk.core.config import Settings
from kiosk.core.private_files import private_dir
from kiosk.services.attendance import AttendanceService
from kiosk.services.audit import AuditLog
from kiosk.services.auth import StaffAuth
from kiosk.services.certificate_register import CertificateRegister
from kiosk.services.certificates import CertificateService
from kiosk.services.checkin import CheckInService
from kiosk.services.curriculum import Curriculum
from kiosk.services.privacy import PrivacyService
from kiosk.services.results import ResultsService
from kiosk.services.sessions import SessionSchedule
from kiosk.services.today_board import TodayBoard
from kiosk.services.volunteer import AssistanceLog, HelpQueue
from kiosk.services.ward_settings import WardSettings
from kiosk.storage.engine import open_database
from kiosk.storage.integrity import check_file
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
    certificate_register: CertificateRegister
    attendance: AttendanceService
    results: ResultsService
    catalog: Catalog
    curriculum: Curriculum
    privacy: PrivacyService
    sessions: SessionSchedule
    help_queue: HelpQueue
    assistance: AssistanceLog
    board: TodayBoard
    ward_settings: WardSettings


def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    clock = clock or SystemClock()
    private_dir(settings.data_dir)
    check_file(settings.effective_database_url)  # a damaged file is refused, never written
    engine, factory = open_database(settings.effective_database_url)
    audit = AuditLog(factory, clock, heads_dir=settings.backups_dir)
    ward_settings = WardSettings(factory, clock, audit, defaults=settings)
    settings = ward_settings.apply(settings)  # chosen in the app: wins over the TOML file
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
    privacy = PrivacyService(
        factory, clock, audit, kiosk_id=settings.kiosk_id, backups_dir=settings.backups_dir
    )
    privacy.purge(settings.retention_days)  # at every start; the kiosk also runs it daily
    privacy.apply_pending_deletions()  # files other kiosks' erasures removed from this disk
    return Services(
        settings=settings,
        clock=clock,
        engine=engine,
        session_factory=factory,
        checkin=CheckInService(factory, clock, settings.kiosk_id),
        auth=StaffAuth(factory, clock, settings.kiosk_id),
        audit=audit,
        certificates=certificates,
        certificate_register=CertificateRegister(factory, settings.ward_name),
        attendance=AttendanceService(factory, clock, settings.ward_name, titles),
        results=results,
        catalog=catalog,
        curriculum=curriculum,
        privacy=privacy,
        sessions=SessionSchedule(factory, clock, audit),
        help_queue=HelpQueue(factory, clock),
        assistance=AssistanceLog(factory, clock, settings.assistance_categories, settings.kiosk_id),
        board=TodayBoard(factory, clock, titles),
        ward_settings=ward_settings,
    )


def refresh_ward_settings(services: Services) -> Services:
    """After the admin saved ward settings, every service that keeps one takes the new value
    (the signing key takes the new name if it has signed nothing yet). Off the UI thread."""
    settings = services.ward_settings.apply(services.settings)
    services.certificates.set_ward_name(settings.ward_name)
    services.attendance.set_ward_name(settings.ward_name)
    services.certificate_register.set_ward_name(settings.ward_name)
    services.assistance.categories = settings.assistance_categories
    return replace(services, settings=settings)
