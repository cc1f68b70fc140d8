"""Staff residents screen: search, see everything, export PDF/JSON, erase after confirming."""

from __future__ import annotations

import json
import subprocess
import unicodedata

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text, visible_texts

from kiosk.services.audit import AuditLog
from kiosk.services.certificates import CertificateService
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.privacy import PrivacyService
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.screens.staff_residents import StaffResidentsScreen
from kiosk.ui.theme import MIN_TARGET_PX

NAME = "Nguyễn Văn Đặng"
PHONE = "0912345607"


@pytest.fixture
def services(db, clock):  # type: ignore[no-untyped-def]
    _engine, factory = db
    audit = AuditLog(factory, clock)
    return (
        CheckInService(factory, clock, "kiosk-1"),
        PrivacyService(factory, clock, audit),
        CertificateService(factory, clock, "Phường Bến Thành"),
        audit,
    )


@pytest.fixture
def resident(services) -> str:  # type: ignore[no-untyped-def]
    checkin, _privacy, certificates, _audit = services
    resident_id = checkin.register(NewResident(NAME, 1956, "Khu phố 2", PHONE)).id
    checkin.check_in(resident_id)
    certificates.issue(resident_id, "vneid-l2", "Kích hoạt VNeID mức 2")
    return resident_id


@pytest.fixture
def screen(qtbot, styled, vietnamese, services, tmp_path):  # type: ignore[no-untyped-def]
    checkin, privacy, _certificates, _audit = services
    widget = StaffResidentsScreen(checkin, privacy, tmp_path / "exports", actor=lambda: "admin")
    qtbot.addWidget(widget)
    widget.resize(1920, 1080)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_details(screen, resident_id: str) -> None:
    type_text(find(screen, QLineEdit, "resident_search"), "nguyen van dang")
    tap(find(screen, QPushButton, f"resident_{resident_id}"))


def finish(qtbot, screen) -> object:
    with qtbot.waitSignal(screen.last_task.finished, timeout=10_000) as blocker:
        pass
    return blocker.args[0]


def pdftotext(path) -> str:  # type: ignore[no-untyped-def]
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    out = subprocess.run(args, capture_output=True, check=True).stdout.decode()
    return unicodedata.normalize("NFC", out)


def test_search_then_details_show_what_is_stored_with_the_phone_masked(screen, resident):
    open_details(screen, resident)
    details = find(screen, QLabel, "resident_details").text()
    assert f"Họ và tên: {NAME}" in details
    assert "Số điện thoại: 091****607" in details and PHONE not in details
    assert "Số lần điểm danh: 1" in details
    assert "Kích hoạt VNeID mức 2" in details


def test_the_buttons_are_in_vietnamese_and_big_enough(screen, resident):
    open_details(screen, resident)
    texts = visible_texts(screen)
    for text in ("Xuất PDF", "Xuất JSON", "Xóa dữ liệu", "Quay lại"):
        assert text in texts
    for b in screen.findChildren(QPushButton):
        if b.isVisible():
            assert b.height() >= MIN_TARGET_PX and b.width() >= MIN_TARGET_PX, b.objectName()


def test_export_pdf_writes_a_file_with_the_name_and_shows_the_path(
    qtbot, screen, resident, tmp_path, services
):
    open_details(screen, resident)
    tap(find(screen, QPushButton, "export_pdf"))
    path = finish(qtbot, screen)
    assert path.parent == tmp_path / "exports" and path.suffix == ".pdf"
    assert "Nguyen" not in path.name and NAME not in path.name
    assert NAME in pdftotext(path)
    assert str(path) in find(screen, QLabel, "residents_status").text()
    entry = services[3].recent(1)[0]
    assert (entry.actor, entry.action) == ("admin", "export_resident")


def test_export_json_writes_the_record(qtbot, screen, resident):
    open_details(screen, resident)
    tap(find(screen, QPushButton, "export_json"))
    path = finish(qtbot, screen)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["resident"]["full_name"] == NAME
    assert document["resident"]["phone"] == PHONE


def test_erase_asks_first_then_the_resident_is_gone_from_search(qtbot, screen, resident, services):
    checkin, _privacy, _certificates, _audit = services
    open_details(screen, resident)
    tap(find(screen, QPushButton, "erase_resident"))
    confirm = find(screen, QPushButton, "confirm_erase")
    assert confirm.isVisible() and confirm.text() == "Xác nhận xóa"
    assert checkin.search("nguyen van dang")  # nothing erased before the confirmation
    tap(find(screen, QPushButton, "cancel_erase"))
    assert not confirm.isVisible() and checkin.search("nguyen van dang")
    tap(find(screen, QPushButton, "erase_resident"))
    tap(confirm)
    finish(qtbot, screen)
    assert checkin.search("nguyen van dang") == []
    assert screen.findChild(QPushButton, f"resident_{resident}") is None
    assert NAME not in visible_texts(screen)
    assert find(screen, QLabel, "residents_status").text() == "Đã xóa dữ liệu."
    assert not find(screen, QPushButton, "export_pdf").isEnabled()


def test_back_goes_to_the_staff_menu_and_forgets_the_person(qtbot, screen, resident):
    open_details(screen, resident)
    with qtbot.waitSignal(screen.navigate) as blocker:
        tap(find(screen, QPushButton, "residents_back"))
    assert blocker.args == [ScreenId.STAFF_MENU]
    assert NAME not in visible_texts(screen)
