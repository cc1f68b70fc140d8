"""Staff certificate check: typed code or QR text, a scan or photo from the inbox, revoking.

Real services and a real signed certificate; the screen shows Vietnamese (the kiosk default).
"""

from __future__ import annotations

import io
import os
from datetime import datetime

import pypdfium2 as pdfium
import pytest
from PIL import Image
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from qt_helpers import enter_pin, find, press_return, tap, type_text

from kiosk.core.clock import FixedClock
from kiosk.documents.certificate import CertificateDocument, render_certificate
from kiosk.services.auth import Role
from kiosk.services.certificates import B45, CertificateService, parse_payload
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.demo import DEMO_STAFF_PIN
from kiosk.storage.models import Certificate
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.screens.staff_verify import StaffVerifyScreen
from kiosk.ui.theme import MIN_TARGET_PX

HOLDER = "Trần Thị Lan"
MODULE_TITLE = "Thanh toán bằng mã QR"


@pytest.fixture
def screen(kiosk_ui, qtbot) -> StaffVerifyScreen:
    """The verify screen inside the real kiosk window, staff signed in."""
    enter_pin(kiosk_ui, qtbot, DEMO_STAFF_PIN)
    navigator = kiosk_ui.window.navigator
    try:
        verify = navigator.screen(ScreenId.STAFF_VERIFY)
    except KeyError:
        s = kiosk_ui.services
        verify = StaffVerifyScreen(s.certificates, s.audit, s.settings.data_dir / "scans")
        navigator.add(verify)
    kiosk_ui.staff_pin.role = Role.STAFF  # signed in (the PIN pad is tested in test_staff.py)
    navigator.go(ScreenId.STAFF_VERIFY)
    return verify


@pytest.fixture
def issued(kiosk_ui):
    s = kiosk_ui.services
    resident = s.checkin.register(NewResident(HOLDER, 1958, s.settings.neighbourhoods[0]))
    return s.certificates.issue(resident.id, "qr-pay", MODULE_TITLE)


def pdf_bytes(issued) -> bytes:
    return render_certificate(CertificateDocument.from_issued(issued))


def photo_png(issued) -> bytes:
    """The certificate as a slightly crooked 150-dpi photo."""
    pdf = pdfium.PdfDocument(pdf_bytes(issued))
    try:
        page = pdf[0].render(scale=150 / 72).to_pil()
    finally:
        pdf.close()
    out = io.BytesIO()
    page.rotate(3, expand=True, fillcolor="white").save(out, format="PNG")
    return out.getvalue()


def check_typed(screen, qtbot, text: str):
    field = find(screen, QLineEdit, "verify_input")
    field.clear()
    type_text(field, text)
    with qtbot.waitSignal(screen.verified, timeout=10_000) as shown:
        press_return(field)
    return shown.args[0]


def open_inbox(screen, qtbot) -> list:
    with qtbot.waitSignal(screen.files_listed, timeout=10_000) as listed:
        tap(find(screen, QPushButton, "verify_open_files"))
    return listed.args[0]


def text_of(screen, name: str) -> str:
    widget = find(screen, QLabel, name)
    return widget.text() if widget.isVisible() else ""


# --- typed code and pasted payload ---------------------------------------------------------


def test_typed_code_in_any_case_shows_a_valid_card_with_the_holder(screen, issued, qtbot):
    result = check_typed(screen, qtbot, issued.code.lower().replace("-", " "))
    assert result.valid
    assert text_of(screen, "verify_verdict") == "✓ HỢP LỆ"
    assert text_of(screen, "verify_holder") == f"Người nhận: {HOLDER}"
    assert text_of(screen, "verify_module") == f"Học phần: {MODULE_TITLE}"
    assert text_of(screen, "verify_date") == f"Ngày cấp: {issued.issued_on:%d/%m/%Y}"
    assert issued.ward_name in text_of(screen, "verify_ward")
    assert text_of(screen, "verify_reason") == ""
    assert find(screen, QPushButton, "verify_revoke").isVisible()


def test_a_payload_with_one_character_changed_is_invalid_and_says_why(
    kiosk_ui, screen, issued, qtbot
):
    position = len(issued.payload) - 10  # inside the signature
    tampered = next(
        t
        for ch in B45
        if (t := issued.payload[:position] + ch + issued.payload[position + 1 :]) != issued.payload
        and kiosk_ui.services.certificates.verify(t).reason == "bad_signature"
    )
    field = find(screen, QLineEdit, "verify_input")
    field.setText(tampered)  # a paste
    with qtbot.waitSignal(screen.verified, timeout=10_000):
        tap(find(screen, QPushButton, "verify_check"))
    assert text_of(screen, "verify_verdict") == "✗ KHÔNG HỢP LỆ"
    assert text_of(screen, "verify_reason") == (
        "Chữ ký số không khớp: giấy chứng nhận đã bị sửa hoặc làm giả."
    )
    assert text_of(screen, "verify_holder") == ""
    assert not find(screen, QPushButton, "verify_revoke").isVisible()


@pytest.mark.parametrize(
    ("typed", "reason_starts"),
    [
        ("hello", "Đây không phải mã"),
        ("ZZZZ-ZZZZ-ZZ", "Không có giấy chứng nhận nào với mã này"),
        ("MC1:ABC", "Đây không phải mã"),
    ],
)
def test_unusable_or_unknown_codes_say_why(screen, qtbot, typed, reason_starts):
    assert not check_typed(screen, qtbot, typed).valid
    assert text_of(screen, "verify_verdict") == "✗ KHÔNG HỢP LỆ"
    assert text_of(screen, "verify_reason").startswith(reason_starts)


def test_another_wards_certificate_needs_its_trusted_key(kiosk_ui, screen, db, qtbot):
    _engine, sessions = db
    clock = FixedClock(datetime(2026, 11, 2, 9, 0))
    other = CertificateService(sessions, clock, "Phường Đa Kao")
    resident = CheckInService(sessions, clock, "k2").register(
        NewResident("Lê Văn Tám", 1960, kiosk_ui.services.settings.neighbourhoods[0])
    )
    payload = other.issue(resident.id, "email", "Thư điện tử").payload
    field = find(screen, QLineEdit, "verify_input")

    field.setText(payload)
    with qtbot.waitSignal(screen.verified, timeout=10_000):
        tap(find(screen, QPushButton, "verify_check"))
    assert text_of(screen, "verify_reason").startswith("Được ký bởi một phường")

    kiosk_ui.services.certificates.trust(other.export_public_key())
    with qtbot.waitSignal(screen.verified, timeout=10_000):
        tap(find(screen, QPushButton, "verify_check"))
    assert text_of(screen, "verify_verdict") == "✓ HỢP LỆ"
    assert text_of(screen, "verify_ward") == "Đơn vị cấp: Phường Đa Kao"
    assert text_of(screen, "verify_date") == "Ngày cấp: 02/11/2026"
    assert text_of(screen, "verify_holder") == "Người nhận: Không có thông tin tại máy này"
    assert not find(screen, QPushButton, "verify_revoke").isVisible()  # not issued here


def resigned(sessions, payload: str) -> str:
    """`payload` with its key id and signature replaced by the key stored in `sessions`."""
    from dataclasses import replace

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.storage.models import SigningKey

    with sessions() as s:
        key = s.query(SigningKey).filter(SigningKey.private_key.is_not(None)).one()
    unsigned = replace(parse_payload(payload), key_id=bytes.fromhex(key.key_id), signature=b"")
    signature = Ed25519PrivateKey.from_private_bytes(key.private_key).sign(unsigned.signed_part())
    return replace(unsigned, signature=signature).text()


def test_a_trusted_wards_certificate_with_our_id_shows_none_of_ours(
    kiosk_ui, screen, issued, db, qtbot
):
    # given a trusted ward whose certificate carries the id of one issued here
    _engine, sessions = db
    other = CertificateService(sessions, FixedClock(datetime(2026, 11, 2, 9, 0)), "Phường Đa Kao")
    other.ensure_key()
    kiosk_ui.services.certificates.trust(other.export_public_key())
    colliding = resigned(sessions, issued.payload)

    # when staff check it
    result = check_typed(screen, qtbot, colliding)

    # then it is the other ward's: not our holder, not our module, and no revoke button
    assert text_of(screen, "verify_ward") == "Đơn vị cấp: Phường Đa Kao"
    assert HOLDER not in text_of(screen, "verify_holder")
    assert MODULE_TITLE not in text_of(screen, "verify_module")
    assert not find(screen, QPushButton, "verify_revoke").isVisible()
    assert result.valid and not result.issued_here


def test_erased_holder_is_valid_without_a_name(kiosk_ui, screen, issued, qtbot):
    with kiosk_ui.services.session_factory.begin() as s:
        s.get(Certificate, issued.id).holder_erased = True
    assert check_typed(screen, qtbot, issued.code).valid
    assert text_of(screen, "verify_holder") == "Người nhận: Người nhận đã yêu cầu xóa dữ liệu"
    assert HOLDER not in text_of(screen, "verify_holder")


# --- files from the inbox ------------------------------------------------------------------


def test_inbox_lists_scans_newest_first_and_creates_a_missing_folder(screen, qtbot):
    assert not screen.inbox_dir.exists() or not any(screen.inbox_dir.iterdir())
    assert open_inbox(screen, qtbot) == []
    assert screen.inbox_dir.is_dir()
    assert text_of(screen, "verify_files_hint").startswith("Chưa có ảnh hoặc tệp PDF nào")
    for age, name in enumerate(["newest.jpg", "middle.pdf", "oldest.PNG"]):
        (screen.inbox_dir / name).write_bytes(b"x")
        stamp = datetime(2026, 11, 29, 8, 0).timestamp() - age * 60
        os.utime(screen.inbox_dir / name, (stamp, stamp))
    (screen.inbox_dir / "notes.txt").write_text("not a scan")
    names = [path.name for path, _when in open_inbox(screen, qtbot)]
    assert names == ["newest.jpg", "middle.pdf", "oldest.PNG"]
    tile = find(screen, QPushButton, "inbox_file_0")
    assert tile.text().startswith("newest.jpg\n29/11/2026")


@pytest.mark.parametrize(("name", "content"), [("cert.pdf", pdf_bytes), ("photo.png", photo_png)])
def test_a_pdf_or_a_crooked_photo_in_the_inbox_verifies(screen, issued, qtbot, name, content):
    screen.inbox_dir.mkdir(parents=True, exist_ok=True)
    (screen.inbox_dir / name).write_bytes(content(issued))
    open_inbox(screen, qtbot)
    with qtbot.waitSignal(screen.verified, timeout=20_000) as shown:
        tap(find(screen, QPushButton, "inbox_file_0"))
    assert shown.args[0].certificate_id == issued.id
    assert text_of(screen, "verify_verdict") == "✓ HỢP LỆ"
    assert text_of(screen, "verify_holder") == f"Người nhận: {HOLDER}"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("blank.png", "blank", "Không tìm thấy mã QR"),
        ("broken.pdf", b"%PDF-1.4 garbage", "Không mở được tệp này"),
    ],
)
def test_a_file_without_a_certificate_says_so(screen, qtbot, name, content, message):
    screen.inbox_dir.mkdir(parents=True, exist_ok=True)
    if content == "blank":
        out = io.BytesIO()
        Image.new("L", (400, 300), 255).save(out, format="PNG")
        content = out.getvalue()
    (screen.inbox_dir / name).write_bytes(content)
    open_inbox(screen, qtbot)
    with qtbot.waitSignal(screen.problem, timeout=10_000):
        tap(find(screen, QPushButton, "inbox_file_0"))
    assert text_of(screen, "verify_status").startswith(message)
    assert text_of(screen, "verify_verdict") == ""


def test_a_link_or_a_huge_file_in_the_scans_folder_is_not_read(screen, issued, qtbot, tmp_path):
    # given a link to a real certificate, and a file over 20 MB, in the scans folder
    real = tmp_path / "elsewhere.pdf"
    real.write_bytes(pdf_bytes(issued))
    screen.inbox_dir.mkdir(parents=True, exist_ok=True)
    os.symlink(real, screen.inbox_dir / "link.pdf")
    with (screen.inbox_dir / "huge.pdf").open("wb") as f:
        f.write(pdf_bytes(issued))
        f.truncate(21 * 1024 * 1024)  # sparse
    os.utime(screen.inbox_dir / "huge.pdf", (1, 1))  # listed after the link
    names = [path.name for path, _when in open_inbox(screen, qtbot)]
    assert names == ["link.pdf", "huge.pdf"]

    # when staff tap each, then the screen says why it is not read, and shows no verdict
    for tile, words in (("inbox_file_0", "chỉ là một liên kết"), ("inbox_file_1", "20 MB")):
        open_inbox(screen, qtbot)
        with qtbot.waitSignal(screen.problem, timeout=10_000):
            tap(find(screen, QPushButton, tile))
        assert words in text_of(screen, "verify_status")
        assert text_of(screen, "verify_verdict") == ""


# --- revoking ------------------------------------------------------------------------------


def test_revoke_with_a_preset_reason_is_audited_and_then_shows_revoked(
    kiosk_ui, screen, issued, qtbot
):
    check_typed(screen, qtbot, issued.code)
    tap(find(screen, QPushButton, "verify_revoke"))
    confirm = find(screen, QPushButton, "revoke_confirm")
    assert not confirm.isEnabled()  # no reason yet
    preset = find(screen, QPushButton, "revoke_preset_0")
    tap(preset)
    assert preset.text() == "Cấp nhầm người" and confirm.isEnabled()
    type_text(find(screen, QLineEdit, "revoke_note"), "trùng tên")
    with qtbot.waitSignal(screen.verified, timeout=10_000) as shown:
        tap(confirm)
    assert shown.args[0].reason == "revoked"
    assert text_of(screen, "verify_verdict") == "✗ KHÔNG HỢP LỆ"
    assert text_of(screen, "verify_reason") == "Phường cấp đã thu hồi giấy chứng nhận này."
    entry = kiosk_ui.services.audit.recent()[0]
    assert (entry.actor, entry.action) == ("staff", "revoke_certificate")
    assert entry.detail == f"{issued.id}: Cấp nhầm người: trùng tên"

    assert check_typed(screen, qtbot, issued.code).reason == "revoked"
    assert text_of(screen, "verify_reason") == "Phường cấp đã thu hồi giấy chứng nhận này."


def test_cancelling_the_revoke_changes_nothing(kiosk_ui, screen, issued, qtbot):
    check_typed(screen, qtbot, issued.code)
    tap(find(screen, QPushButton, "verify_revoke"))
    tap(find(screen, QPushButton, "revoke_preset_1"))
    tap(find(screen, QPushButton, "revoke_cancel"))
    assert find(screen, QPushButton, "verify_revoke").isVisible()
    assert kiosk_ui.services.certificates.find_by_code(issued.code).valid
    assert "revoke_certificate" not in [e.action for e in kiosk_ui.services.audit.recent()]


# --- the screen as a whole -----------------------------------------------------------------


def test_back_goes_to_the_staff_menu_and_forgets_the_result(kiosk_ui, screen, issued, qtbot):
    check_typed(screen, qtbot, issued.code)
    tap(find(screen, QPushButton, "verify_back"))
    assert kiosk_ui.window.navigator.current is ScreenId.STAFF_MENU
    assert find(screen, QLineEdit, "verify_input").text() == ""
    assert HOLDER not in text_of(screen, "verify_holder")


def test_every_touch_target_is_big_enough(screen, issued, qtbot):
    screen.inbox_dir.mkdir(parents=True, exist_ok=True)
    (screen.inbox_dir / "cert.pdf").write_bytes(pdf_bytes(issued))
    check_typed(screen, qtbot, issued.code)
    tap(find(screen, QPushButton, "verify_revoke"))
    targets = [w for w in screen.findChildren(QWidget) if isinstance(w, QPushButton | QLineEdit)]
    small = [w.objectName() for w in targets if w.isVisible() and w.height() < MIN_TARGET_PX]
    assert not small
    open_inbox(screen, qtbot)
    assert find(screen, QPushButton, "inbox_file_0").height() >= MIN_TARGET_PX
