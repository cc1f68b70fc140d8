"""A new resident prints a learner card from the lesson list; its QR checks them in next time."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text
from sqlalchemy import select

from kiosk.documents.qr import read_qr_texts
from kiosk.storage.models import CheckIn
from kiosk.ui.screens.base import ScreenId

NAME = "Đỗ Thị Ngọc Ánh"
WAITING = "Waiting for the printer — a volunteer will print it for you."


class PaperTray:
    """A printer that works: keeps what it was given."""

    def __init__(self) -> None:
        self.pages: list[bytes] = []

    def print_pdf(self, pdf: bytes | Path, title: str) -> None:
        self.pages.append(Path(pdf).read_bytes() if isinstance(pdf, Path) else pdf)


def _start_visit(window):
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_en"))
    tap(find(window, QPushButton, "consent_agree"))


def sign_up(kiosk, qtbot, name: str = NAME):
    window = kiosk.window
    _start_visit(window)
    type_text(find(window, QLineEdit, "full_name"), unicodedata.normalize("NFD", name))
    type_text(find(window, QLineEdit, "birth_year"), "1956")
    find(window, QComboBox, "neighbourhood").setCurrentIndex(2)
    with qtbot.waitSignal(window.navigator.changed, timeout=5000):
        tap(find(window, QPushButton, "checkin_continue"))
    assert window.navigator.current is ScreenId.CATALOG
    return window.navigator.screen(ScreenId.CATALOG)


def print_card(catalog, qtbot) -> bool:
    with qtbot.waitSignal(catalog.card_offer.print_finished, timeout=30_000) as finished:
        tap(find(catalog, QPushButton, "print_card"))
    return finished.args[0]


def pdftotext(pdf: bytes) -> str:
    run = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True)
    return run.stdout.decode()


def test_a_waiting_card_is_queued_and_its_qr_checks_the_resident_in_next_time(kiosk_ui, qtbot):
    catalog = sign_up(kiosk_ui, qtbot)
    resident_id = kiosk_ui.window.navigator.visit.resident_id
    assert find(catalog, QPushButton, "print_card").text() == "Print learner card"

    printed = print_card(catalog, qtbot)  # the test printer does not exist: the job waits

    assert not printed
    assert find(catalog, QLabel, "card_status").text() == WAITING
    assert not find(catalog, QPushButton, "print_card").isEnabled()  # no second copy
    [job] = kiosk_ui.print_queue.pending()
    assert job.kind == "learner-card"
    pdf = job.pdf_path.read_bytes()
    assert NAME in pdftotext(pdf)
    [payload] = read_qr_texts(pdf)

    kiosk_ui.end_visit()
    window = kiosk_ui.window
    _start_visit(window)
    tap(find(window, QPushButton, "tab_returning"))
    search = find(window, QLineEdit, "search")
    type_text(search, payload)  # the USB scanner at the counter types the QR
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert find(window, QLabel, "confirm_who").text() == "Đỗ T. N. Á., 1956, Khu phố 3"
    with qtbot.waitSignal(window.navigator.changed, timeout=5000):
        tap(find(window, QPushButton, "confirm_yes"))

    assert window.navigator.visit.resident_id == resident_id
    assert not catalog.card_offer.isVisible()  # a returning resident is not offered one
    with kiosk_ui.services.session_factory() as db:
        assert db.scalars(select(CheckIn.resident_id)).all() == [resident_id, resident_id]


def test_a_printed_card_says_so_and_is_not_offered_again(kiosk_ui, qtbot):
    tray = PaperTray()
    kiosk_ui.spooler.printer = tray
    catalog = sign_up(kiosk_ui, qtbot)

    printed = print_card(catalog, qtbot)

    assert printed
    assert find(catalog, QLabel, "card_status").text() == (
        "Your learner card is printed. Please take it from the printer."
    )
    [pdf] = tray.pages
    assert read_qr_texts(pdf)[0].startswith("MCC1:")
    kiosk_ui.window.navigator.go(ScreenId.CATALOG)  # back from a lesson
    assert not catalog.card_offer.isVisible()


def test_the_offer_is_shown_only_after_signing_up(kiosk_ui, qtbot):
    catalog = sign_up(kiosk_ui, qtbot)
    assert catalog.card_offer.isVisible()

    kiosk_ui.end_visit()
    window = kiosk_ui.window
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_en"))
    tap(find(window, QPushButton, "consent_decline"))  # anonymous practice

    assert window.navigator.current is ScreenId.CATALOG
    assert not catalog.card_offer.isVisible()
    assert find(catalog, QLabel, "card_status").text() == ""
