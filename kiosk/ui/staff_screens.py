"""The staff screens and the staff menu's tiles, built over the services (see kiosk.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import Screen, ScreenId

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.ui.kiosk import Kiosk
    from kiosk.ui.screens.staff_menu import StaffMenuScreen


def staff_screens(kiosk: Kiosk, s: Services) -> list[Screen]:
    """Sessions, certificates, import, the volunteer console, and the admin's screens."""
    from kiosk.ui.screens.volunteer_console import console_for

    return [
        sessions_screen(kiosk, s),
        certificates_screen(kiosk, s),
        import_screen(kiosk, s),
        console_for(s, kiosk.staff_role),
        *admin_screens(kiosk, s),
    ]


def admin_screens(kiosk: Kiosk, s: Services) -> list[Screen]:
    from kiosk.services.ward_admin import WardAdmin
    from kiosk.ui.screens.first_run import FirstRunScreen
    from kiosk.ui.screens.staff_audit import StaffAuditScreen
    from kiosk.ui.screens.staff_settings import StaffSettingsScreen

    admin = WardAdmin(s.ward_settings, s.auth, s.audit)
    first_run = FirstRunScreen(admin, s.settings, kiosk.refresh_ward_settings)
    settings = StaffSettingsScreen(
        admin, lambda: kiosk.settings, kiosk.refresh_ward_settings, actor=kiosk.staff_role
    )
    for screen in (first_run, settings):
        screen.saved.connect(kiosk.show_ward_settings)
    return [first_run, settings, StaffAuditScreen(s.audit)]


def import_screen(kiosk: Kiosk, s: Services) -> Screen:
    from kiosk.services.residents_io import ImportReport, ResidentImporter
    from kiosk.ui.screens.staff_import import StaffImportScreen

    def importer() -> ResidentImporter:  # the ward's khu phố list as it is now
        now, actor = kiosk.services or s, kiosk.staff_role()
        return ResidentImporter(
            now.session_factory,
            now.clock,
            now.settings.neighbourhoods,
            actor=actor,
            add_neighbourhoods=lambda names: now.ward_settings.add_neighbourhoods(actor, names),
        )

    def add_new_neighbourhoods(report: ImportReport) -> Services | None:
        """A khu phố met in the file (added to the ward's list by the import, before its rows
        were stored) shows on the check-in screen."""
        return kiosk.refresh_ward_settings() if report.new_neighbourhoods else None

    screen = StaffImportScreen(
        importer,
        s.audit,
        s.settings.data_dir / "imports",
        actor=kiosk.staff_role,
        after_import=add_new_neighbourhoods,
    )
    screen.imported.connect(lambda _r, now: now and kiosk.show_ward_settings(now))
    return screen


def certificates_screen(kiosk: Kiosk, s: Services) -> Screen:
    from kiosk.ui.print_flows import CertificatePrints
    from kiosk.ui.screens.staff_certificates import StaffCertificatesScreen

    prints = CertificatePrints(s, kiosk.spooler)
    return StaffCertificatesScreen(
        s.certificate_register, prints, s.clock.today, actor=kiosk.staff_role
    )


def sessions_screen(kiosk: Kiosk, s: Services) -> Screen:
    from kiosk.ui import print_flows
    from kiosk.ui.screens.staff_sessions import StaffSessionsScreen

    return StaffSessionsScreen(
        s.sessions,
        s.clock,
        [t.title.vi for t in s.catalog.all()],
        lambda session_id: print_flows.print_session_attendance(
            s, kiosk.spooler, session_id, kiosk.staff_role()
        ),
        actor=kiosk.staff_role,
    )


def add_staff_tiles(menu: StaffMenuScreen) -> None:
    menu.add_tile(
        "open_print_queue", lambda: tr("Staff", "Print queue"), ScreenId.STAFF_PRINT_QUEUE
    )
    menu.add_tile("open_verify", lambda: tr("Staff", "Check a certificate"), ScreenId.STAFF_VERIFY)
    menu.add_tile(
        "open_residents", lambda: tr("Staff", "Residents' data"), ScreenId.STAFF_RESIDENTS
    )
    menu.add_tile("open_import", lambda: tr("Staff", "Import residents"), ScreenId.STAFF_IMPORT)
    menu.add_tile(
        "open_console", lambda: tr("Staff", "Volunteer console"), ScreenId.VOLUNTEER_CONSOLE
    )
    menu.add_tile("open_sessions", lambda: tr("Staff", "Sessions"), ScreenId.STAFF_SESSIONS)
    menu.add_tile(
        "open_certificates",
        lambda: tr("Staff", "Certificates: reprint"),
        ScreenId.STAFF_CERTIFICATES,
    )
    admin = ("admin",)
    settings = lambda: tr("Staff", "Settings")  # noqa: E731
    menu.add_tile("open_settings", settings, ScreenId.STAFF_SETTINGS, admin)
    menu.add_tile("open_audit", lambda: tr("Staff", "Audit log"), ScreenId.STAFF_AUDIT, admin)
