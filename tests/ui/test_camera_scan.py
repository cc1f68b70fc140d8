"""The QR camera: frames fed into its video sink (this machine has no camera) are decoded off
the UI thread and check the right resident in, or verify a certificate on the staff screen."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton
from qt_helpers import find, tap
from sqlalchemy import select

from kiosk.documents.qr import qr_image
from kiosk.services.audit import AuditLog
from kiosk.services.auth import Role
from kiosk.services.checkin import NewResident
from kiosk.services.learner_card import LearnerCards
from kiosk.services.privacy import PrivacyService
from kiosk.storage.models import CheckIn
from kiosk.ui.camera_slot import CameraSlot
from kiosk.ui.screens.base import ScreenId

# Qt's FFmpeg backend notes the optional libraries it lacks here (PipeWire, VA-API), and
# without a GPU it converts video frames on the CPU and says so: once per process.
pytestmark = pytest.mark.qt_log_ignore("No RHI backend", "Couldn't (load|resolve) ")
NO_CAMERA = "No camera found — use the scanner or type the code"


@pytest.fixture
def no_camera(monkeypatch):
    """As on this machine, also where a developer has a webcam."""
    from kiosk.ui.camera import QrCamera

    monkeypatch.setattr(QrCamera, "_device", staticmethod(lambda: None))


def frame_of(text: str):
    """A 1280×720 camera frame: the QR on a grey desk, turned a few degrees."""
    from PySide6.QtMultimedia import QVideoFrame

    code = qr_image(text, box_size=6).convert("L")
    desk = Image.new("L", (1280, 720), 170)
    desk.paste(code, ((1280 - code.width) // 2, (720 - code.height) // 2))
    rgb = desk.rotate(4, fillcolor=170).convert("RGB")
    image = QImage(rgb.tobytes(), 1280, 720, 3 * 1280, QImage.Format.Format_RGB888)
    return QVideoFrame(image.convertToFormat(QImage.Format.Format_RGB32))


def feed(slot: CameraSlot, text: str) -> None:
    slot.camera.sink.setVideoFrame(frame_of(text))


def to_returning_search(kiosk):
    window = kiosk.window
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_en"))
    tap(find(window, QPushButton, "consent_agree"))
    tap(find(window, QPushButton, "tab_returning"))
    return window.navigator.screen(ScreenId.CHECKIN)


def open_camera(screen, button_name: str) -> CameraSlot:
    tap(find(screen, QPushButton, button_name))
    return screen.camera


def test_without_a_camera_the_panel_says_what_to_do_instead(kiosk_ui, no_camera):
    screen = to_returning_search(kiosk_ui)

    slot = open_camera(screen, "scan_camera")

    message = find(screen, QLabel, "camera_message")
    assert slot.isVisible() and message.isVisible()
    assert message.text() == NO_CAMERA
    assert not slot.camera.viewfinder.isVisible()
    tap(find(screen, QPushButton, "camera_close"))
    assert not slot.isVisible() and not slot.is_open


def test_a_card_shown_to_the_camera_checks_its_holder_in(kiosk_ui, qtbot, no_camera):
    s = kiosk_ui.services
    match = s.checkin.register(NewResident("Đặng Thị Đào", 1951, "Khu phố 4"))
    s.checkin.register(NewResident("Đặng Thị Đào", 1960, "Khu phố 1"))  # a namesake
    screen = to_returning_search(kiosk_ui)
    slot = open_camera(screen, "scan_camera")

    with qtbot.waitSignal(slot.decoded, timeout=10_000):
        feed(slot, LearnerCards(s.session_factory).payload_for(match.id))

    assert find(screen, QLabel, "confirm_who").text() == "Đặng T. Đ., 1951, Khu phố 4"
    assert not slot.is_open  # the camera stops once someone is found
    with qtbot.waitSignal(kiosk_ui.window.navigator.changed, timeout=5000):
        tap(find(screen, QPushButton, "confirm_yes"))
    assert kiosk_ui.window.navigator.visit.resident_id == match.id
    with s.session_factory() as db:
        assert db.scalars(select(CheckIn.resident_id)).all() == [match.id]


def test_an_erased_resident_s_card_finds_nobody(kiosk_ui, qtbot, no_camera):
    s = kiosk_ui.services
    match = s.checkin.register(NewResident("Lý Văn Mười", 1948, "Khu phố 2"))
    payload = LearnerCards(s.session_factory).payload_for(match.id)
    PrivacyService(s.session_factory, s.clock, AuditLog(s.session_factory, s.clock)).erase(
        match.id, "admin"
    )
    screen = to_returning_search(kiosk_ui)
    slot = open_camera(screen, "scan_camera")

    with qtbot.waitSignal(slot.decoded, timeout=10_000):
        feed(slot, payload)

    assert find(screen, QLabel, "checkin_status").text() == (
        "The data of this QR code's owner was erased at their request. "
        "Please sign up again with 'First visit: sign up'."
    )
    assert kiosk_ui.window.navigator.current is ScreenId.CHECKIN
    assert slot.is_open  # the resident may try another card


def test_any_other_qr_code_gets_a_plain_message(kiosk_ui, qtbot, no_camera):
    screen = to_returning_search(kiosk_ui)
    slot = open_camera(screen, "scan_camera")

    with qtbot.waitSignal(slot.decoded, timeout=10_000):
        feed(slot, "https://dichvucong.gov.vn")

    assert find(screen, QLabel, "checkin_status").text() == (
        "This QR code is not a learner card or a certificate."
    )


def test_one_decode_at_a_time_and_each_code_fires_once(qtbot, no_camera, monkeypatch):
    from kiosk.ui import camera as camera_module

    started = []
    real = camera_module.run_in_background
    monkeypatch.setattr(
        camera_module,
        "run_in_background",
        lambda *args, **kwargs: started.append(real(*args, **kwargs)) or started[-1],
    )
    camera = camera_module.QrCamera(lambda: "hint", interval_ms=0)
    qtbot.addWidget(camera)
    camera.start()
    seen: list[str] = []
    camera.decoded.connect(seen.append)

    frames = [frame_of("MCC1:FIRST") for _ in range(6)]  # a sink ignores a repeated frame
    second = frame_of("MCC1:SECOND")
    for frame in frames[:5]:  # a burst of frames while the first one is being decoded
        camera.sink.setVideoFrame(frame)
    qtbot.waitUntil(lambda: not camera.decoding, timeout=10_000)
    camera.sink.setVideoFrame(frames[5])  # the same code, still in view
    qtbot.waitUntil(lambda: not camera.decoding, timeout=10_000)
    with qtbot.waitSignal(camera.decoded, timeout=10_000):
        camera.sink.setVideoFrame(second)

    assert len(started) == 3
    assert seen == ["MCC1:FIRST", "MCC1:SECOND"]


def test_leaving_the_screen_or_an_idle_wipe_stops_the_camera(kiosk_ui, no_camera):
    screen = to_returning_search(kiosk_ui)
    slot = open_camera(screen, "scan_camera")

    kiosk_ui.end_visit()  # what the idle countdown does
    slot.camera.sink.setVideoFrame(frame_of("MCC1:ANY"))

    assert not slot.is_open and not slot.isVisible()
    assert slot.camera.last_task is None  # frames are no longer decoded


def test_the_staff_screen_verifies_a_certificate_shown_to_the_camera(kiosk_ui, qtbot, no_camera):
    s = kiosk_ui.services
    kiosk_ui.set_language("en")
    resident = s.checkin.register(NewResident("Trần Thị Lan", 1958, "Khu phố 1"))
    issued = s.certificates.issue(resident.id, "qr-pay", "Thanh toán bằng mã QR")
    kiosk_ui.staff_pin.role = Role.STAFF  # signed in (the PIN pad is tested in test_staff.py)
    kiosk_ui.window.navigator.go(ScreenId.STAFF_VERIFY)
    screen = kiosk_ui.window.navigator.screen(ScreenId.STAFF_VERIFY)
    slot = open_camera(screen, "verify_camera")
    assert find(screen, QLabel, "camera_message").text() == NO_CAMERA

    with qtbot.waitSignal(screen.verified, timeout=10_000) as shown:
        feed(slot, issued.payload)

    assert shown.args[0].valid
    assert find(screen, QLabel, "verify_verdict").text() == "✓ VALID"
    assert find(screen, QLabel, "verify_holder").text() == "Holder: Trần Thị Lan"
    assert not slot.is_open


def test_a_learner_card_on_the_staff_screen_is_named_as_such(kiosk_ui, qtbot, no_camera):
    s = kiosk_ui.services
    kiosk_ui.set_language("en")
    resident = s.checkin.register(NewResident("Trần Thị Lan", 1958, "Khu phố 1"))
    kiosk_ui.staff_pin.role = Role.STAFF  # signed in (the PIN pad is tested in test_staff.py)
    kiosk_ui.window.navigator.go(ScreenId.STAFF_VERIFY)
    screen = kiosk_ui.window.navigator.screen(ScreenId.STAFF_VERIFY)
    slot = open_camera(screen, "verify_camera")

    with qtbot.waitSignal(screen.problem, timeout=10_000) as problem:
        feed(slot, LearnerCards(s.session_factory).payload_for(resident.id))

    assert problem.args[0] == "This is a learner card (for check-in), not a certificate."
    assert find(screen, QLabel, "verify_status").text() == problem.args[0]


def test_the_kiosk_starts_without_loading_qt_multimedia():
    code = (
        "import sys, kiosk.ui.kiosk, kiosk.ui.screens.checkin, kiosk.ui.screens.staff_verify;"
        "print(any(m.startswith('PySide6.QtMultimedia') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
