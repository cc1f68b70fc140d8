"""Staff print a learner card for a returning resident who never got one (or lost it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text

from kiosk.documents.qr import read_qr_texts
from kiosk.services.auth import Role
from kiosk.services.checkin import NewResident
from kiosk.services.checkin_qr import resident_for_payload
from kiosk.ui.screens.base import ScreenId


def test_staff_queue_a_card_whose_qr_finds_the_resident(kiosk_ui, qtbot):
    s = kiosk_ui.services
    resident = s.checkin.register(NewResident("Đặng Thị Ánh", 1950, "Khu phố 2")).id
    kiosk_ui.set_language("en")
    kiosk_ui.staff_pin.role = Role.STAFF  # signed in (the PIN pad is tested in test_staff.py)
    window = kiosk_ui.window
    window.navigator.go(ScreenId.STAFF_RESIDENTS)
    screen = window.navigator.screen(ScreenId.STAFF_RESIDENTS)
    card = find(screen, QPushButton, "print_card")
    assert card.text() == "Print learner card" and not card.isEnabled()  # nobody chosen yet

    type_text(find(screen, QLineEdit, "resident_search"), "dang thi anh")
    tap(find(screen, QPushButton, f"resident_{resident}"))
    with qtbot.waitSignal(kiosk_ui.spooler.queue_changed, timeout=10_000):
        tap(card)
    qtbot.waitUntil(lambda: card.isEnabled(), timeout=10_000)

    assert find(screen, QLabel, "residents_status").text() == (
        "The learner card is in the print queue."
    )
    [job] = kiosk_ui.print_queue.pending()
    assert job.kind == "learner-card"
    [payload] = read_qr_texts(job.pdf_path.read_bytes())
    found = resident_for_payload(payload, s.certificates, s.checkin, s.session_factory)
    assert found is not None and found.id == resident
    assert s.audit.recent()[0].action == "export_resident"  # whose data left the screen
