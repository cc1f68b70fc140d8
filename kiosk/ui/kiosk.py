"""Assembles the window: screens in their order, translations, theme, guard, idle wipe."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.app import Services
from kiosk.services.auth import Role
from kiosk.ui import print_flows, theme
from kiosk.ui.guard import KioskGuard
from kiosk.ui.i18n import Translations
from kiosk.ui.main_window import MainWindow
from kiosk.ui.phone.style import phone_style_sheet
from kiosk.ui.printing import Printer
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.screens.catalog import CatalogScreen
from kiosk.ui.screens.checkin import CheckInScreen
from kiosk.ui.screens.completion import CompletionScreen
from kiosk.ui.screens.consent import ConsentScreen
from kiosk.ui.screens.first_run import FirstRunScreen
from kiosk.ui.screens.language import LanguageScreen
from kiosk.ui.screens.staff_menu import StaffMenuScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.screens.tutorial import TutorialScreen
from kiosk.ui.voice import Voice


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
    family = _register_fonts()
    if family:
        app.setFont(QFont(family, 14))
    return app  # type: ignore[return-value]


class Kiosk:
    """The running kiosk UI over a set of services."""

    def __init__(
        self, app: QApplication, services: Services, printer: Printer | None = None
    ) -> None:
        self.app = app
        self.services = services
        settings = services.settings
        self.printer = printer or Printer.from_settings(settings)
        self.translations = Translations()
        self.voice = Voice()
        self.guard = KioskGuard(app)
        app.installEventFilter(self.guard)
        self.window = MainWindow(
            settings.ward_name, settings.idle_seconds, settings.countdown_seconds
        )
        app.installEventFilter(self.window.idle)
        self._add_screens()
        self.window.language_changed.connect(self.set_language)
        self.window.look_changed.connect(self.apply_look)
        self.window.voice_toggled.connect(self.voice.set_enabled)
        self.window.on_call_volunteer = lambda: services.audit.record("resident", "call_volunteer")
        self.apply_look(self.window.look)
        self.set_language(settings.language)
        first_run = not services.auth.has_pin(Role.STAFF)
        self.window.navigator.go(ScreenId.FIRST_RUN if first_run else ScreenId.ATTRACT)

    @property
    def navigator(self):  # type: ignore[no-untyped-def]
        return self.window.navigator

    def _add_screens(self) -> None:
        s = self.services
        language = LanguageScreen()
        language.language_chosen.connect(self.set_language)
        completion = CompletionScreen(partial(print_flows.print_certificate, s, self.printer))
        completion.visit_ended.connect(self.end_visit)
        self.staff_pin = StaffPinScreen(s.auth)
        staff_menu = StaffMenuScreen(self._print_attendance)
        staff_menu.exit_requested.connect(self.exit)
        first_run = FirstRunScreen(s.auth, s.settings.ward_name)
        first_run.pin_set.connect(lambda: s.audit.record("admin", "first_run_pin_set"))
        for screen in (
            first_run,
            AttractScreen(s.settings.ward_name),
            language,
            ConsentScreen(lambda agreed, text: s.checkin.record_consent(agreed, text)),
            CheckInScreen(s.checkin, s.settings.neighbourhoods),
            CatalogScreen(s.catalog, s.results),
            TutorialScreen(s.catalog, s.results, self.voice, s.clock),
            completion,
            self.staff_pin,
            staff_menu,
        ):
            self.window.navigator.add(screen)
        self.window.overlay.expired.connect(self._reset_preferences)

    def apply_look(self, look: theme.Look) -> None:
        self.app.setStyleSheet(theme.style_sheet(look) + phone_style_sheet(look))

    def _print_attendance(self) -> int:
        role = self.staff_pin.role.value if self.staff_pin.role else "staff"
        return print_flows.print_attendance(self.services, self.printer, role)

    def set_language(self, language: str) -> None:
        self.translations.use(language)
        self.voice.set_language(language)
        self.window.navigator.visit.language = language
        self.window.retranslate()

    def _reset_preferences(self) -> None:
        self.window.set_look(theme.Look())
        self.set_language(self.services.settings.language)

    def end_visit(self) -> None:
        self.window.navigator.end_visit()
        self._reset_preferences()

    def exit(self) -> None:
        role = self.staff_pin.role.value if self.staff_pin.role else "staff"
        self.services.audit.record(role, "exit")
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
