"""A whole resident visit through the real window, as a person would do it:
attract → language → consent → check-in → catalog → VNeID tutorial (guided) → certificate."""

from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtWidgets import QLabel, QPushButton
from qt_helpers import find, sign_up, tap
from sqlalchemy import select

from kiosk.storage.models import Certificate, CheckIn, Resident, TutorialRun
from kiosk.ui import autopilot
from kiosk.ui.screens.base import ScreenId

VNEID = "vneid-activate-level2"
NAME = "Đặng Thị Ánh Hồng"


def _visit_until_completion(kiosk, qtbot):
    window = kiosk.window
    nav = window.navigator
    sign_up(kiosk, qtbot, NAME)
    tap(find(nav.screen(ScreenId.CATALOG), QPushButton, f"tile-{VNEID}"))
    assert nav.current is ScreenId.TUTORIAL
    tutorial = nav.screen(ScreenId.TUTORIAL)
    steps = 0
    while not tutorial.engine.state.done:
        autopilot.do_step(tutorial)
        steps += 1
        assert steps <= 40, "the tutorial does not end"
    qtbot.waitUntil(lambda: nav.current is ScreenId.COMPLETION, timeout=5000)
    completion = nav.screen(ScreenId.COMPLETION)
    assert (
        find(completion, QLabel, "completion_title").text()
        == "Chúc mừng! Bạn đã hoàn thành bài học."
    )
    return completion


def _stored(kiosk):
    with kiosk.services.session_factory() as db:
        resident = db.scalars(select(Resident)).one()
        checkins = db.scalars(select(CheckIn)).all()
        runs = db.scalars(select(TutorialRun)).all()
        certificates = db.scalars(select(Certificate)).all()
        return resident, checkins, runs, certificates


def _decode(pdf: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        image = document[0].render(scale=150 / 72).to_pil()
    finally:
        document.close()
    return [b.text for b in zxingcpp.read_barcodes(image)]


def _decode_quietly(pdf: Path) -> list[str]:
    try:
        return _decode(pdf)
    except Exception:  # noqa: BLE001 - a half-written file is simply not ready yet
        return []


@pytest.mark.cups
def test_resident_gets_a_printed_certificate_whose_qr_verifies(make_kiosk, qtbot, cups_pdf_dir):
    kiosk = make_kiosk(printer_name="PDF")
    before = set(cups_pdf_dir.glob("*.pdf")) if cups_pdf_dir.is_dir() else set()
    completion = _visit_until_completion(kiosk, qtbot)
    with qtbot.waitSignal(completion.print_finished, timeout=30000):
        tap(find(completion, QPushButton, "print_certificate"))
    assert find(completion, QLabel, "print_status").text() == (
        "Đã in xong. Mời bạn lấy giấy chứng nhận ở máy in."
    )
    qtbot.waitUntil(lambda: bool(set(cups_pdf_dir.glob("*.pdf")) - before), timeout=20000)
    printed = sorted(set(cups_pdf_dir.glob("*.pdf")) - before)[-1]
    # CUPS-PDF may still be writing the file: wait until it decodes.
    qtbot.waitUntil(lambda: bool(_decode_quietly(printed)), timeout=20000)
    payloads = _decode(printed)
    assert len(payloads) == 1
    result = kiosk.services.certificates.verify(payloads[0])
    assert result.valid and result.holder_name == NAME and result.module == VNEID
    resident, checkins, runs, certificates = _stored(kiosk)
    assert resident.full_name == NAME
    assert [c.resident_id for c in checkins] == [resident.id]
    assert runs[0].completed and runs[0].resident_id == resident.id
    assert [c.payload for c in certificates] == payloads


def test_without_a_printer_the_certificate_is_kept_and_a_volunteer_is_told(make_kiosk, qtbot):
    kiosk = make_kiosk(printer_name="no-such-printer")
    completion = _visit_until_completion(kiosk, qtbot)
    with qtbot.waitSignal(completion.print_finished, timeout=30000):
        tap(find(completion, QPushButton, "print_certificate"))
    assert find(completion, QLabel, "print_status").text() == (
        "Đang chờ in — tình nguyện viên sẽ in giúp bạn."
    )
    kept = list(kiosk.services.settings.outbox_dir.glob("*.pdf"))
    assert len(kept) == 1
    resident, _checkins, _runs, certificates = _stored(kiosk)
    assert len(certificates) == 1 and certificates[0].resident_id == resident.id


def test_idle_wipe_after_the_visit_leaves_no_name_on_any_screen(make_kiosk, qtbot):
    kiosk = make_kiosk(countdown_seconds=1)
    _visit_until_completion(kiosk, qtbot)
    kiosk.window.idle.idle.emit()
    with qtbot.waitSignal(kiosk.window.overlay.expired, timeout=5000):
        pass
    from qt_helpers import visible_texts

    texts = visible_texts(kiosk.window)
    assert "Đặng" not in texts and "1954" not in texts and "000123456789" not in texts
    assert kiosk.window.navigator.current is ScreenId.ATTRACT
