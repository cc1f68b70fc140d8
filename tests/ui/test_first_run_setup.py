"""The whole first-run setup through the real kiosk: the ward's name on screen, its khu phố at
check-in, PINs for each role, and a certificate issued afterwards that names the ward."""

import subprocess
import unicodedata

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text, visible_texts
from sqlalchemy import select

from kiosk.services.auth import Role
from kiosk.storage.models import AuditEntry, Certificate, Resident, SigningKey
from kiosk.ui import print_flows
from kiosk.ui.screens.base import ScreenId

WARD = "Phường Đa Kao"
AREAS = ["Khu phố 1", "Khu phố 2", "Khu phố Đông"]


def _set_up(kiosk, qtbot, ward=WARD) -> None:
    window = kiosk.window
    type_text(find(window, QLineEdit, "ward_name"), ward)
    tap(find(window, QPushButton, "first_run_next"))
    for index in (5, 4, 3, 2):
        tap(find(window, QPushButton, f"neighbourhoods_remove_{index}"))
    tap(find(window, QPushButton, "neighbourhoods_add"))
    type_text(find(window, QLineEdit, "neighbourhoods_2"), "Khu phố Đông")
    tap(find(window, QPushButton, "first_run_next"))
    for name, pin in (("admin", "135790"), ("staff", "246802"), ("volunteer", "1357")):
        type_text(find(window, QLineEdit, f"{name}_pin"), pin)
        type_text(find(window, QLineEdit, f"{name}_pin_again"), pin)
    with qtbot.waitSignal(window.navigator.changed, timeout=10_000):
        tap(find(window, QPushButton, "first_run_next"))
    assert window.navigator.current is ScreenId.ATTRACT


def test_setup_shows_the_ward_everywhere_and_the_khu_pho_at_check_in(make_kiosk, qtbot):
    kiosk = make_kiosk(staff_pin=None)
    window = kiosk.window
    _set_up(kiosk, qtbot, unicodedata.normalize("NFD", "Phường  Đa Kao "))
    attract = window.navigator.screen(ScreenId.ATTRACT)
    assert WARD in visible_texts(attract).splitlines()
    assert WARD in visible_texts(window).splitlines()  # the top bar
    auth = kiosk.services.auth
    assert auth.check("135790") is Role.ADMIN and auth.check("246802") is Role.STAFF
    assert auth.check("1357", (Role.VOLUNTEER,)) is Role.VOLUNTEER
    with kiosk.services.session_factory() as db:
        entry = db.scalars(select(AuditEntry).where(AuditEntry.action == "first_run")).one()
        assert entry.actor == "admin" and WARD in entry.detail and "1357" not in entry.detail
        assert db.scalars(select(SigningKey.ward_name)).all() == [WARD]

    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_vi"))
    tap(find(window, QPushButton, "consent_agree"))
    box = find(window, QComboBox, "neighbourhood")
    assert [box.itemText(i) for i in range(box.count())] == AREAS
    type_text(find(window, QLineEdit, "full_name"), "Đặng Thị Lành")
    type_text(find(window, QLineEdit, "birth_year"), "1950")
    box.setCurrentIndex(2)
    with qtbot.waitSignal(window.navigator.changed, timeout=5000):
        tap(find(window, QPushButton, "checkin_continue"))
    with kiosk.services.session_factory() as db:
        resident = db.scalars(select(Resident)).one()
    assert resident.neighbourhood == "Khu phố Đông"

    tutorial = kiosk.services.catalog.all()[0].id
    cert_id, pdf = print_flows.certificate_document(kiosk.services, resident.id, tutorial)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    assert WARD.upper() in unicodedata.normalize("NFC", text).upper()
    with kiosk.services.session_factory() as db:
        payload = db.get(Certificate, cert_id).payload
    assert kiosk.services.certificates.verify(payload).ward_name == WARD


def test_the_ward_and_khu_pho_survive_a_restart(make_kiosk, qtbot):
    first = make_kiosk(staff_pin=None)
    _set_up(first, qtbot)
    again = make_kiosk(staff_pin=None)  # same data dir: the PIN exists now
    assert again.window.navigator.current is ScreenId.ATTRACT
    assert again.services.settings.ward_name == WARD
    assert again.services.settings.neighbourhoods == tuple(AREAS)
    attract = again.window.navigator.screen(ScreenId.ATTRACT)
    assert WARD in visible_texts(attract).splitlines()
    assert find(again.window, QLabel, "first_run_message").text() == ""
