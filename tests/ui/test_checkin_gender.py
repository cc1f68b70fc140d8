"""The optional gender on the new-resident form: a chosen toggle is stored, none stores NULL."""

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text
from sqlalchemy import select

from kiosk.storage.models import Resident
from kiosk.ui.screens.base import ScreenId


def _sign_up(window, qtbot, name, gender_taps=()):
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_en"))
    tap(find(window, QPushButton, "consent_agree"))
    type_text(find(window, QLineEdit, "full_name"), name)
    type_text(find(window, QLineEdit, "birth_year"), "1954")
    find(window, QComboBox, "neighbourhood").setCurrentIndex(1)
    for code in gender_taps:
        tap(find(window, QPushButton, f"gender_{code}"))
    with qtbot.waitSignal(window.navigator.changed, timeout=5000):
        tap(find(window, QPushButton, "checkin_continue"))
    assert window.navigator.current is ScreenId.CATALOG


def _stored(kiosk):
    with kiosk.services.session_factory() as db:
        return db.execute(select(Resident.full_name, Resident.gender)).all()


def test_choosing_a_gender_stores_it(kiosk_ui, qtbot):
    window = kiosk_ui.window
    # when she taps "Male" by mistake, then "Female"
    _sign_up(window, qtbot, "Đỗ Thị Lành", gender_taps=("nam", "nu"))
    # then only the last choice is stored
    assert _stored(kiosk_ui) == [("Đỗ Thị Lành", "nu")]


def test_no_gender_or_one_tapped_twice_stores_nothing(kiosk_ui, qtbot):
    window = kiosk_ui.window
    _sign_up(window, qtbot, "Trần Văn Út")
    window.navigator.end_visit()
    # tapping the chosen toggle again un-chooses it
    _sign_up(window, qtbot, "Lý Văn Sáu", gender_taps=("khac", "khac"))
    assert sorted(_stored(kiosk_ui)) == [("Lý Văn Sáu", None), ("Trần Văn Út", None)]


def test_the_toggles_are_cleared_for_the_next_resident(kiosk_ui, qtbot):
    window = kiosk_ui.window
    _sign_up(window, qtbot, "Phan Thị Nở", gender_taps=("nu",))
    assert not find(window, QPushButton, "gender_nu").isChecked()
    assert find(window, QPushButton, "gender_nu").height() >= 64


def test_staff_see_the_gender_in_words(qtbot, db, clock, tmp_path):
    from PySide6.QtWidgets import QLabel

    from kiosk.services.audit import AuditLog
    from kiosk.services.checkin import CheckInService, NewResident
    from kiosk.services.privacy import PrivacyService
    from kiosk.ui.screens.staff_residents import StaffResidentsScreen

    _engine, factory = db
    checkin = CheckInService(factory, clock, "kiosk-1")
    privacy = PrivacyService(factory, clock, AuditLog(factory, clock))
    her = checkin.register(NewResident("Đoàn Thị Mai", 1949, "Khu phố 2", gender="nu")).id
    him = checkin.register(NewResident("Đoàn Văn Bình", 1947, "Khu phố 2")).id
    screen = StaffResidentsScreen(checkin, privacy, tmp_path)
    qtbot.addWidget(screen)
    screen.show()
    type_text(find(screen, QLineEdit, "resident_search"), "doan")
    details = find(screen, QLabel, "resident_details")
    tap(find(screen, QPushButton, f"resident_{her}"))
    assert "Gender: Female" in details.text().splitlines()
    tap(find(screen, QPushButton, f"resident_{him}"))
    assert "Gender: —" in details.text().splitlines()
