"""Staff reprints through the real kiosk: find a certificate, preview it, reprint the same one,
print a whole session after a preview of all its pages. Real services, real print queue (the
test printer does not exist, so the jobs wait in the queue with their PDFs).

The kiosk runs in English here so that these tests hold before and after the Vietnamese
translations of this screen are merged.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pypdfium2 as pdfium
import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text, visible_texts
from sqlalchemy import func, select

from kiosk.documents.qr import read_payload
from kiosk.services.auth import Role
from kiosk.services.checkin import NewResident
from kiosk.storage.models import Certificate
from kiosk.ui.screens.base import ScreenId

LAN, AN, DUC = "Trần Thị Lan", "Nguyễn Văn An", "Đặng Văn Đức"
QR_PAY = ("qr-pay", "Thanh toán bằng mã QR")


@pytest.fixture
def kiosk(make_kiosk):
    return make_kiosk(language="en")


def checked_in_with_certificate(kiosk, name: str, module=QR_PAY):
    s = kiosk.services
    resident = s.checkin.register(NewResident(name, 1958, s.settings.neighbourhoods[0]))
    s.checkin.check_in(resident.id)  # today's walk-in session
    return s.certificates.issue(resident.id, *module)


def open_screen(kiosk, qtbot):
    """Through the staff menu's tile; waits for the first list and today's session count."""
    navigator = kiosk.window.navigator
    kiosk.staff_pin.role = Role.STAFF  # signed in (the PIN pad is tested in test_staff.py)
    navigator.go(ScreenId.STAFF_MENU)
    screen = navigator.screen(ScreenId.STAFF_CERTIFICATES)
    with (
        qtbot.waitSignal(screen.results_shown, timeout=10_000),
        qtbot.waitSignal(screen.session_counted, timeout=10_000),
    ):
        tap(find(kiosk.window, QPushButton, "open_certificates"))
    assert navigator.current is ScreenId.STAFF_CERTIFICATES
    return screen


def search(screen, qtbot, text: str) -> list:
    field = find(screen, QLineEdit, "certificate_search")
    field.clear()
    with qtbot.waitSignal(screen.results_shown, timeout=10_000) as shown:
        type_text(field, text)
    return shown.args[0]


def queued_pdfs(kiosk) -> list[bytes]:
    return [job.pdf_path.read_bytes() for job in kiosk.print_queue.pending()]


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def certificate_rows(kiosk) -> int:
    with kiosk.services.session_factory() as s:
        return s.scalar(select(func.count()).select_from(Certificate))


def one_line(text: str) -> str:
    """A button's words as read, whatever lines they were wrapped to."""
    return " ".join(text.split())


def audit_actions(kiosk) -> list[str]:
    return [entry.action for entry in kiosk.services.audit.recent()]


# --- one certificate -------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["tran thi", unicodedata.normalize("NFD", "TRẦN"), "lan"])
def test_a_name_typed_without_accents_or_decomposed_finds_the_certificate(kiosk, qtbot, typed):
    issued = checked_in_with_certificate(kiosk, LAN)
    checked_in_with_certificate(kiosk, DUC)
    screen = open_screen(kiosk, qtbot)

    found = search(screen, qtbot, typed)

    assert [entry.id for entry in found] == [issued.id]
    card = find(screen, QLabel, "certificate_holder").parentWidget()
    texts = visible_texts(card)
    assert f"{LAN} · 1958" in texts and "Thanh toán bằng mã QR" in texts
    assert f"code {issued.code}" in texts and "Valid" in texts
    assert DUC not in visible_texts(screen)


def test_preview_then_print_reprints_the_same_certificate(kiosk, qtbot):
    issued = checked_in_with_certificate(kiosk, LAN)
    screen = open_screen(kiosk, qtbot)
    search(screen, qtbot, issued.code.lower())

    with qtbot.waitSignal(screen.preview.page_shown, timeout=20_000) as shown:
        tap(find(screen, QPushButton, f"preview_{issued.code}"))
    assert shown.args == [1, 1]
    assert find(screen, QLabel, "preview_page").text() == "Page 1/1"
    assert not find(screen, QLabel, "preview_image").pixmap().isNull()
    assert LAN in find(screen, QLabel, "preview_title").text()

    with qtbot.waitSignal(screen.queued, timeout=20_000) as queued:
        tap(find(screen, QPushButton, "preview_print"))

    assert queued.args == [1]
    [pdf] = queued_pdfs(kiosk)
    assert page_count(pdf) == 1
    assert read_payload(pdf) == issued.payload  # the same certificate, not a new one
    assert kiosk.services.certificates.verify(read_payload(pdf)).valid
    assert certificate_rows(kiosk) == 1
    assert "reprint_certificate" in audit_actions(kiosk)
    status = find(screen, QLabel, "certificates_status").text()
    assert status.startswith(f"Certificate {issued.code} was sent to the printer.")
    assert not find(screen, QPushButton, "preview_print").isVisible()  # back to the list


def test_reprint_without_preview_and_a_revoked_one_refused_in_words(kiosk, qtbot):
    issued = checked_in_with_certificate(kiosk, LAN)
    screen = open_screen(kiosk, qtbot)
    search(screen, qtbot, "lan")
    with qtbot.waitSignal(screen.queued, timeout=20_000):
        tap(find(screen, QPushButton, f"reprint_{issued.code}"))
    assert [read_payload(pdf) for pdf in queued_pdfs(kiosk)] == [issued.payload]

    kiosk.services.certificates.revoke(issued.id, "Cấp nhầm")  # meanwhile, at another desk
    with qtbot.waitSignal(screen.problem, timeout=20_000) as problem:
        tap(find(screen, QPushButton, f"reprint_{issued.code}"))

    assert problem.args == ["This certificate was revoked: it is not printed again."]
    assert len(queued_pdfs(kiosk)) == 1
    search(screen, qtbot, "tran")  # listed again: shown as revoked, with no print buttons
    assert "Revoked: not reprinted" in visible_texts(screen)
    assert screen.findChild(QPushButton, f"reprint_{issued.code}").isHidden()


def test_an_erased_holder_is_listed_by_code_without_name_or_print_buttons(kiosk, qtbot):
    issued = checked_in_with_certificate(kiosk, LAN)
    resident_id = kiosk.services.certificate_register.get(issued.id).resident_id
    kiosk.services.privacy.erase(resident_id, "staff")
    screen = open_screen(kiosk, qtbot)

    assert [e.id for e in search(screen, qtbot, issued.code)] == [issued.id]

    texts = visible_texts(screen)
    assert "(holder's data erased)" in texts and LAN not in texts
    assert "Holder's data erased: cannot be reprinted" in texts
    assert screen.findChild(QPushButton, f"preview_{issued.code}").isHidden()


@pytest.mark.parametrize("typed", ["🙂🙂", "%", "x" * 80])
def test_nothing_found_says_so(kiosk, qtbot, typed):
    checked_in_with_certificate(kiosk, LAN)
    screen = open_screen(kiosk, qtbot)
    assert search(screen, qtbot, typed) == []
    assert find(screen, QLabel, "certificates_none").isVisible()


def test_leaving_the_screen_forgets_names_and_the_preview(kiosk, qtbot):
    issued = checked_in_with_certificate(kiosk, LAN)
    screen = open_screen(kiosk, qtbot)
    search(screen, qtbot, "lan")
    with qtbot.waitSignal(screen.preview.page_shown, timeout=20_000):
        tap(find(screen, QPushButton, f"preview_{issued.code}"))

    tap(find(screen, QPushButton, "preview_close"))
    tap(find(screen, QPushButton, "certificates_back"))

    assert kiosk.window.navigator.current is ScreenId.STAFF_MENU
    assert LAN not in visible_texts(screen)
    assert find(screen, QLabel, "preview_image").pixmap().isNull()
    assert screen.preview.page_count == 0


# --- a whole session -------------------------------------------------------------------------


def test_printing_a_session_previews_every_page_then_queues_each_certificate(kiosk, qtbot):
    lan = checked_in_with_certificate(kiosk, LAN)
    an = checked_in_with_certificate(kiosk, AN)
    duc = checked_in_with_certificate(kiosk, DUC)
    an_again = kiosk.services.certificates.issue(
        kiosk.services.certificate_register.get(an.id).resident_id, "vneid", "Dùng VNeID"
    )
    kiosk.services.certificates.revoke(duc.id, "Cấp nhầm")
    screen = open_screen(kiosk, qtbot)
    [today] = screen.sessions.tiles()
    assert today.isChecked() and today.text().startswith(
        f"{date.today():%d/%m/%Y} · 4 certificates\n"
    )
    assert "Cà phê sáng" in today.text()
    summary = find(screen, QLabel, "session_summary").text()
    assert summary.startswith("This session has 4 certificates.")
    button = find(screen, QPushButton, "print_session")
    assert one_line(button.text()) == "Print all certificates of this session (3)"
    assert "1 of them are revoked" in summary

    with qtbot.waitSignal(screen.preview.page_shown, timeout=30_000) as first:
        tap(button)
    assert first.args == [1, 3]
    assert find(screen, QLabel, "preview_page").text() == "Page 1/3"
    with qtbot.waitSignal(screen.preview.page_shown, timeout=20_000) as second:
        tap(find(screen, QPushButton, "preview_next"))
    assert second.args == [2, 3]
    with qtbot.waitSignal(screen.queued, timeout=30_000) as queued:
        tap(find(screen, QPushButton, "preview_print"))

    assert queued.args == [3]
    pdfs = queued_pdfs(kiosk)
    assert [page_count(pdf) for pdf in pdfs] == [1, 1, 1]  # one job per certificate
    # In the order of a Vietnamese list: by given name (An, Lan), then by module title.
    assert [read_payload(pdf) for pdf in pdfs] == [an_again.payload, an.payload, lan.payload]
    assert certificate_rows(kiosk) == 4
    assert "bulk_print_certificates" in audit_actions(kiosk)
    assert "3 certificates were sent to the printer." in visible_texts(screen)


def test_a_session_with_nothing_to_print_cannot_be_printed(kiosk, qtbot):
    issued = checked_in_with_certificate(kiosk, LAN)
    kiosk.services.certificates.revoke(issued.id, "nhầm")
    screen = open_screen(kiosk, qtbot)
    button = find(screen, QPushButton, "print_session")
    assert one_line(button.text()) == "Print all certificates of this session (0)"
    assert not button.isEnabled()
