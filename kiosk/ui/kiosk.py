"""Assembles the window: screens in their order, translations, theme, guard, idle wipe.

Start-up is in two steps so that the attract screen shows within a frame or two of
a bare Qt window: `Kiosk(app, settings)` builds only the window and the attract
screen (light imports); `attach(services)` then builds every other screen, on the
next event-loop turn, after the database and the tutorials are loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.core.config import Settings
from kiosk.ui import theme
from kiosk.ui.crash_guard import CrashGuard
from kiosk.ui.guard import KioskGuard
from kiosk.ui.i18n import Translations
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import ScreenId

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.ui.navigator import Navigator
    from kiosk.ui.printing import Printer


PENDING_DELETIONS_MS = 5 * 60 * 1000  # how often a kiosk deletes what others' erasures removed


def _register_fonts() -> str:
    import fontpkg_be_vietnam_pro

    files = Path(fontpkg_be_vietnam_pro.__file__).parent / "files"
    family = ""
    for weight in ("Regular", "Medium", "SemiBold", "Bold", "ExtraBold"):
        font_id = QFontDatabase.addApplicationFont(str(files / f"BeVietnamPro-{weight}.ttf"))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def create_application(argv: list[str]) -> QApplication:
    QLocale.setDefault(QLocale("vi_VN"))
    app = QApplication.instance() or QApplication(argv)
    if not hasattr(app, "_kiosk_collector"):
        from kiosk.ui.gc_guard import MainThreadCollector

        app._kiosk_collector = MainThreadCollector(app)  # type: ignore[attr-defined]
    family = _register_fonts()
    if family:
        app.setFont(QFont(family, 14))
    return app  # type: ignore[return-value]


class Kiosk(QObject):
    """The running kiosk UI. `attached` fires once every screen can be used."""

    attached = Signal()

    def __init__(
        self, app: QApplication, settings: Settings, printer: Printer | None = None
    ) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.services: Services | None = None
        self.printer = printer
        self.translations = Translations()
        self.guard = KioskGuard(app)
        app.installEventFilter(self.guard)
        self.window = MainWindow(
            settings.ward_name,
            settings.idle_seconds,
            settings.countdown_seconds,
            settings.console_idle_seconds,
        )
        app.installEventFilter(self.window.idle)
        self.attract = AttractScreen(settings.ward_name)
        self.attract.set_ready(False)
        self.window.navigator.add(self.attract, scrolls=False)
        self.window.language_changed.connect(self.set_language)
        self.window.look_changed.connect(self.apply_look)
        self.window.navigator.visit_ended.connect(self._reset_preferences)
        navigator = self.window.navigator
        self.crash_guard = CrashGuard(navigator.end_visit, lambda: navigator.current)
        self.apply_look(self.window.look)
        self.set_language(settings.language)
        self.window.navigator.go(ScreenId.ATTRACT)

    @classmethod
    def with_services(
        cls, app: QApplication, services: Services, printer: Printer | None = None
    ) -> Kiosk:
        kiosk = cls(app, services.settings, printer)
        kiosk.attach(services)
        return kiosk

    @property
    def navigator(self) -> Navigator:
        return self.window.navigator

    def attach(self, services: Services) -> None:
        """Build every other screen over `services`; the attract screen starts taking touches."""
        from kiosk.services.print_queue import PrintQueue
        from kiosk.ui.print_queue import PrintSpooler
        from kiosk.ui.printing import Printer
        from kiosk.ui.voice import Voice

        self.services = services
        self.printer = self.printer or Printer.from_settings(services.settings, services.clock)
        self.print_queue = PrintQueue(
            services.session_factory,
            services.clock,
            services.settings.outbox_dir,
            services.settings.kiosk_id,
        )
        self.spooler = PrintSpooler(self.print_queue, self.printer, parent=self)
        self.voice = Voice()
        self.window.voice_toggled.connect(self.voice.set_enabled)
        self.window.on_call_volunteer = lambda: self._call_volunteer(services)
        self._add_screens(services)
        self.show_ward_settings(services)  # the window was built before the stored ones loaded
        self.voice.set_language(self.window.navigator.visit.language)
        self.window.retranslate()
        self.attract.set_ready(True)
        from kiosk.ui import print_flows
        from kiosk.ui.tasks import run_in_background

        run_in_background(print_flows.warm_up)
        self.spooler.start()
        self._purge_daily(services)
        if not self._set_up():
            self.window.set_ward_name("")  # the ward names itself in the setup
            self.window.navigator.go(ScreenId.FIRST_RUN)
        self.attached.emit()

    def attach_when_loaded(self, load: Callable[[], Services]) -> None:
        """Open the database, migrate, purge and load the tutorials off the UI thread (about
        a second), then attach. If that fails the kiosk exits, for its supervisor to restart."""
        from kiosk.ui.tasks import run_in_background

        def failed(error: BaseException) -> None:
            self.app.exit(start_failed(error, self.settings))

        run_in_background(load, on_done=self.attach, on_error=failed)

    def _purge_daily(self, services: Services) -> None:
        """Past the retention period personal data goes, also on a kiosk that never restarts."""
        from PySide6.QtCore import QTimer

        from kiosk.ui.tasks import run_in_background

        days = services.settings.retention_days
        self._purge_timer = QTimer(self, interval=24 * 3600 * 1000)
        self._purge_timer.timeout.connect(
            lambda: run_in_background(lambda: services.privacy.purge(days))
        )
        self._purge_timer.start()
        # Files another kiosk's erasure or purge removed from this kiosk's disk.
        self._deletions_timer = QTimer(self, interval=PENDING_DELETIONS_MS)
        self._deletions_timer.timeout.connect(
            lambda: run_in_background(services.privacy.apply_pending_deletions)
        )
        self._deletions_timer.start()

    def _add_screens(self, s: Services) -> None:
        # Imported here: these pull in SQLAlchemy, pydantic and friends (see the module doc).
        from functools import partial

        from kiosk.services.checkin_qr import lookup_payload
        from kiosk.ui import print_flows
        from kiosk.ui.card_offer import CardOffer
        from kiosk.ui.screens.catalog import CatalogScreen
        from kiosk.ui.screens.checkin import CheckInScreen
        from kiosk.ui.screens.completion import CompletionScreen
        from kiosk.ui.screens.consent import ConsentScreen
        from kiosk.ui.screens.language import LanguageScreen
        from kiosk.ui.screens.print_queue_screen import PrintQueueScreen
        from kiosk.ui.screens.staff_menu import StaffMenuScreen
        from kiosk.ui.screens.staff_pin import StaffPinScreen
        from kiosk.ui.screens.staff_residents import StaffResidentsScreen
        from kiosk.ui.screens.staff_verify import StaffVerifyScreen
        from kiosk.ui.screens.tutorial import TutorialScreen
        from kiosk.ui.staff_screens import add_staff_tiles, staff_screens

        titles = {t.id: t.title.vi for t in s.catalog.all()}
        language = LanguageScreen()
        language.language_chosen.connect(self.set_language)
        completion = CompletionScreen(
            partial(print_flows.print_certificate, s, self.spooler),
            s.curriculum.status,
            self.spooler,
        )
        completion.visit_ended.connect(self.end_visit)
        self.staff_pin = StaffPinScreen(s.auth, s.audit)
        problems = [message for _file, message in s.catalog.problems]
        staff_menu = StaffMenuScreen(self._print_attendance, problems, role=self.staff_role)
        staff_menu.exit_requested.connect(self.exit)
        for screen in (
            language,
            ConsentScreen(lambda agreed, text: s.checkin.record_consent(agreed, text)),
            CheckInScreen(
                s.checkin,
                s.settings.neighbourhoods,
                lambda text: lookup_payload(text, s.certificates, s.checkin, s.session_factory),
            ),
            CatalogScreen(
                s.catalog,
                s.results,
                CardOffer(partial(print_flows.print_learner_card, s, self.spooler), self.spooler),
            ),
            TutorialScreen(s.catalog, s.results, self.voice, s.clock),
            completion,
            self.staff_pin,
            staff_menu,
            PrintQueueScreen(self.spooler, self.print_queue, self.staff_role),
            StaffResidentsScreen(
                s.checkin,
                s.privacy,
                s.settings.data_dir / "exports",
                actor=self.staff_role,
                tutorial_titles=titles,
                print_card=partial(print_flows.print_learner_card, s, self.spooler),
            ),
            StaffVerifyScreen(
                s.certificates, s.audit, s.settings.data_dir / "scans", actor=self.staff_role
            ),
        ):
            self.window.navigator.add(screen)
        for screen in staff_screens(self, s):
            self.window.navigator.add(screen)
        self.window.navigator.redirect = self._allowed
        add_staff_tiles(staff_menu)

    def refresh_ward_settings(self) -> Services:
        """Off the UI thread, after ward settings were saved: every service takes them."""
        from kiosk.app import refresh_ward_settings

        assert self.services is not None
        return refresh_ward_settings(self.services)

    def show_ward_settings(self, services: Services) -> None:
        """The ward's name on screen and its khu phố at check-in, as stored (at once)."""
        self.services, self.settings = services, services.settings
        self.window.set_ward_name(services.settings.ward_name)
        self.attract.set_ward_name(services.settings.ward_name)
        checkin = self.window.navigator.screen(ScreenId.CHECKIN)
        checkin.set_neighbourhoods(services.settings.neighbourhoods)  # type: ignore[attr-defined]

    def _allowed(self, screen_id: ScreenId) -> ScreenId:
        """Only the screens the signed-in role may open (kiosk/ui/access.py)."""
        from kiosk.ui.access import screen_for

        return screen_for(screen_id, self.staff_pin.role, self._set_up)

    def _set_up(self) -> bool:
        """The ward's setup has been done once: a staff or admin PIN exists."""
        from kiosk.services.auth import Role

        assert self.services is not None
        auth = self.services.auth
        return auth.has_pin(Role.ADMIN) or auth.has_pin(Role.STAFF)

    def _call_volunteer(self, s: Services) -> None:
        from kiosk.ui.help_call import call_volunteer

        self.help_call = call_volunteer(s, self.window.navigator)

    def staff_role(self) -> str:
        """Who is signed in, as the audit log names them ("" for nobody: refused everything)."""
        return self.staff_pin.role.value if self.staff_pin.role else ""

    def apply_look(self, look: theme.Look) -> None:
        from kiosk.ui.phone.style import phone_style_sheet

        self.app.setStyleSheet(theme.style_sheet(look) + phone_style_sheet(look))

    def _print_attendance(self) -> int:
        from kiosk.ui import print_flows

        assert self.services is not None and self.printer is not None
        return print_flows.print_attendance(self.services, self.spooler, self.staff_role())

    def set_language(self, language: str) -> None:
        self.translations.use(language)
        if self.services is not None:
            self.voice.set_language(language)
        self.window.navigator.visit.language = language
        self.window.retranslate()

    def _reset_preferences(self) -> None:
        """The last person's text size, contrast, voice and language go with their visit."""
        self.window.set_look(theme.Look())
        self.window.set_voice(True)
        self.set_language(self.settings.language)

    def end_visit(self) -> None:
        self.window.navigator.end_visit()

    def exit(self) -> None:
        if self.services is not None:
            self.services.audit.record(self.staff_role(), "exit")
        self.window.allow_close = True
        self.window.close()
        self.app.quit()

    def show(self, *, full_screen: bool) -> None:
        if full_screen:
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                # Without a window manager showFullScreen keeps the natural size (PITFALLS).
                self.window.setGeometry(screen.geometry())
            self.window.showFullScreen()
        else:
            self.window.resize(1920, 1080)
            self.window.show()


def start_failed(error: BaseException, settings: Settings) -> int:
    """Say on stderr, in one line, why the kiosk could not start (the traceback goes to the
    log only); the exit status: 2 for a damaged or unusable database, 1 otherwise."""
    import logging
    import sys

    from kiosk.core.logs import log_file
    from kiosk.services.recovery import database_problem

    log = logging.getLogger(__name__)
    if problem := database_problem(error, settings):
        print(f"kiosk: {problem}", file=sys.stderr)
        log.error("the kiosk could not start: %s", problem)
        return 2
    log.error("the kiosk could not start: %s\n%s", error, getattr(error, "traceback_text", ""))
    first = str(error).splitlines()[0] if str(error) else type(error).__name__
    where = log_file(settings.data_dir)
    print(f"kiosk: không khởi động được / could not start: {first} ({where})", file=sys.stderr)
    return 1


def run_kiosk(settings: Settings, *, full_screen: bool, services: Callable[[], Services]) -> int:
    """The kiosk's event loop: the attract screen first, the services as soon as they load."""
    import sys

    app = create_application(sys.argv[:1])
    kiosk = Kiosk(app, settings)
    kiosk.show(full_screen=full_screen)
    kiosk.crash_guard.install()
    kiosk.attach_when_loaded(services)
    return app.exec()
