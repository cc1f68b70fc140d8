"""The headless demo tour: drives the real window through a visit and saves each screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QWidget

from kiosk.app import build_services
from kiosk.core.config import Settings
from kiosk.services.demo import DEMO_ADMIN_PIN, DEMO_STAFF_PIN, demo_only, seed_demo
from kiosk.ui import autopilot
from kiosk.ui.kiosk import Kiosk, create_application
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.theme import Look

TUTORIAL = "vneid-activate-level2"


class FolderPrinter:
    """Prints by saving the PDF into a folder: the demo's paper tray."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def print_pdf(self, pdf: bytes | Path, title: str) -> None:
        name = title.split("-", 1)[0] + ".pdf"  # certificate-… -> certificate.pdf
        (self.folder / name).write_bytes(pdf.read_bytes() if isinstance(pdf, Path) else pdf)


def wait_for(signal: SignalInstance, timeout_ms: int = 15000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


class Tour:
    def __init__(self, kiosk: Kiosk, out: Path) -> None:
        self.kiosk, self.out = kiosk, out
        self.window = kiosk.window
        self.written: list[Path] = []
        self._n = 0

    def shot(self, name: str) -> None:
        settle = QEventLoop()  # let the phone's 150 ms fade-in finish, as a person would see it
        QTimer.singleShot(250, settle.quit)
        settle.exec()
        self._n += 1
        path = self.out / f"{self._n:02d}-{name}.png"
        self.window.grab().save(str(path))
        self.written.append(path)

    def screen(self, screen_id: ScreenId) -> QWidget:
        return self.window.navigator.screen(screen_id)

    def tap(self, name: str, within: QWidget | None = None) -> None:
        widget = (within or self.window).findChild(QPushButton, name)
        assert widget is not None, name
        autopilot.touch(widget)
        QApplication.processEvents()

    def field(self, name: str) -> QLineEdit:
        widget = self.window.findChild(QLineEdit, name)
        assert widget is not None, name
        return widget

    def run(self, steps: list[tuple[str, Callable[[], None]]]) -> None:
        for name, action in steps:
            action()
            if name:
                self.shot(name)


def resident_visit(t: Tour) -> None:
    t.shot("attract")
    t.tap("start")
    t.shot("language")
    t.tap("lang_vi")
    t.shot("consent")
    t.tap("consent_agree")
    checkin = t.screen(ScreenId.CHECKIN)
    t.tap("tab_returning", checkin)
    autopilot.type_text(t.field("search"), "nguyen")
    t.shot("checkin-returning")
    t.tap("tab_new", checkin)
    autopilot.type_text(t.field("full_name"), "Nguyễn Thị Thu")
    autopilot.type_text(t.field("birth_year"), "1957")
    combo = checkin.findChild(QComboBox, "neighbourhood")
    combo.setCurrentIndex(2)
    autopilot.type_text(t.field("phone"), "0912 345 678")
    t.shot("checkin-new")
    t.tap("checkin_continue", checkin)
    confirm = checkin.findChild(QPushButton, "confirm_yes")
    if confirm is not None and confirm.isVisible():  # a second tour: "Is this you?" – yes
        t.tap("confirm_yes", checkin)
    if t.window.navigator.current is not ScreenId.CATALOG:
        wait_for(t.window.navigator.changed)
    t.shot("catalog")


def tutorial(t: Tour) -> None:
    catalog = t.screen(ScreenId.CATALOG)
    t.tap(f"tile-{TUTORIAL}", catalog)
    screen = t.screen(ScreenId.TUTORIAL)
    t.shot("tutorial-step-01")
    autopilot.do_step(screen)
    autopilot.do_step(screen)
    t.shot("tutorial-step-03")
    autopilot.wrong_tap(screen)
    t.shot("tutorial-kind-mistake")
    steps = 3
    while not screen.engine.state.done and steps < 60:
        autopilot.do_step(screen)
        steps += 1
        if steps == 6:
            t.shot("tutorial-step-06")
            t.kiosk.window.set_look(Look(1.6, False))
            t.shot("tutorial-text-160")
            t.kiosk.window.set_look(Look(1.0, True))
            t.shot("tutorial-high-contrast")
            t.kiosk.window.set_look(Look())
    t.shot("tutorial-finished")
    if t.window.navigator.current is ScreenId.TUTORIAL:
        wait_for(t.window.navigator.changed)
    t.shot("completion")
    completion = t.screen(ScreenId.COMPLETION)
    t.tap("print_certificate", completion)
    wait_for(completion.print_finished)
    t.shot("completion-printed")


def sign_in(t: Tour, pin: str, shot_after: int = -1) -> None:
    t.window.navigator.go(ScreenId.STAFF_PIN)
    pin_screen = t.screen(ScreenId.STAFF_PIN)
    for i, key in enumerate(pin):
        if i == shot_after:
            t.shot("staff-pin")
        t.tap(f"pad_{key}", pin_screen)
    t.tap("pad_ok", pin_screen)
    wait_for(pin_screen.answered)


def settle(ms: int = 1200) -> None:
    """Let a screen's background loading land before the picture."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def idle_and_staff(t: Tour) -> None:
    t.window.idle.idle.emit()
    t.shot("idle-countdown")
    t.tap("idle_continue")
    t.kiosk.end_visit()
    sign_in(t, DEMO_STAFF_PIN, shot_after=2)
    t.shot("staff-menu")
    menu = t.screen(ScreenId.STAFF_MENU)
    t.tap("print_attendance", menu)
    wait_for(t.kiosk.spooler.job_printed)
    t.shot("staff-attendance-printed")
    t.tap("open_print_queue", menu)
    t.shot("staff-print-queue")
    t.window.navigator.go(ScreenId.STAFF_VERIFY)
    verify = t.screen(ScreenId.STAFF_VERIFY)
    code = _latest_certificate_code(t.kiosk)
    if code:
        autopilot.type_text(verify.findChild(QLineEdit, "verify_input"), code.lower())
        t.tap("verify_check", verify)
        wait_for(verify.verified)
    t.shot("staff-verify")
    t.window.navigator.go(ScreenId.STAFF_SESSIONS)
    t.shot("staff-sessions")
    for screen_id, name in (
        (ScreenId.STAFF_CERTIFICATES, "staff-certificates"),
        (ScreenId.STAFF_IMPORT, "staff-import"),
        (ScreenId.VOLUNTEER_CONSOLE, "volunteer-console"),
    ):
        t.window.navigator.go(screen_id)
        settle()
        t.shot(name)


def admin(t: Tour) -> None:
    t.window.navigator.go(ScreenId.ATTRACT)
    sign_in(t, DEMO_ADMIN_PIN)
    t.shot("admin-menu")
    for screen_id, name in (
        (ScreenId.STAFF_SETTINGS, "admin-settings"),
        (ScreenId.STAFF_AUDIT, "admin-audit-log"),
    ):
        t.window.navigator.go(screen_id)
        settle()
        t.shot(name)


def _latest_certificate_code(kiosk: Kiosk) -> str | None:
    from sqlalchemy import select

    from kiosk.storage.models import Certificate

    with kiosk.services.session_factory() as db:  # type: ignore[union-attr]
        return db.scalars(select(Certificate.code).order_by(Certificate.issued_on.desc())).first()


def run_tour(settings: Settings, out: Path) -> list[Path]:
    app = create_application(["kiosk-demo"])
    services = build_services(demo_only(settings))
    seed_demo(services.session_factory, services.clock, settings.kiosk_id)
    kiosk = Kiosk.with_services(app, services, FolderPrinter(out))  # type: ignore[arg-type]
    kiosk.show(full_screen=True)
    tour = Tour(kiosk, out)
    resident_visit(tour)
    tutorial(tour)
    idle_and_staff(tour)
    admin(tour)
    kiosk.window.allow_close = True
    kiosk.window.close()
    services.engine.dispose()
    pdfs = [p for p in (out / "certificate.pdf", out / "attendance.pdf") if p.exists()]
    return tour.written + pdfs
