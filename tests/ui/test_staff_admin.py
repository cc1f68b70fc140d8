"""Admin-only staff screens through the real kiosk: Settings and the audit log."""

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from qt_helpers import find, sign_in, tap, type_text, visible_texts

from kiosk.services.auth import Role
from kiosk.services.checkin import NewResident
from kiosk.services.demo import DEMO_ADMIN_PIN, DEMO_STAFF_PIN
from kiosk.ui.audit_words import action_words
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import ScreenId


def _admin_kiosk(make_kiosk, **overrides):
    kiosk = make_kiosk(**overrides)
    kiosk.services.auth.set_pin(Role.ADMIN, DEMO_ADMIN_PIN)
    return kiosk


def _log_in(kiosk, qtbot, pin):
    sign_in(kiosk, qtbot, pin)
    assert kiosk.window.navigator.current is ScreenId.STAFF_MENU


def _tap_and_wait(qtbot, signal, widget):
    """Tap, then wait for the background work it started (the signal is connected first)."""
    with qtbot.waitSignal(signal, timeout=10_000):
        tap(widget)


def _open_audit(kiosk, qtbot):
    screen = kiosk.window.navigator.screen(ScreenId.STAFF_AUDIT)
    _tap_and_wait(qtbot, screen.loaded, find(kiosk.window, QPushButton, "open_audit"))
    return screen


def test_admin_sees_settings_and_audit_tiles_staff_does_not(make_kiosk, qtbot):
    kiosk = _admin_kiosk(make_kiosk)
    window = kiosk.window
    _log_in(kiosk, qtbot, DEMO_STAFF_PIN)
    assert not find(window, QPushButton, "open_settings").isVisible()
    assert not find(window, QPushButton, "open_audit").isVisible()
    assert find(window, QPushButton, "open_residents").isVisible()
    window.navigator.go(ScreenId.STAFF_AUDIT)  # not even by another way in
    assert window.navigator.current is ScreenId.STAFF_MENU
    tap(find(window, QPushButton, "staff_back"))
    _log_in(kiosk, qtbot, DEMO_ADMIN_PIN)
    for name in ("open_settings", "open_audit", "open_residents"):
        assert find(window, QPushButton, name).isVisible(), name
    tap(find(window, QPushButton, "open_settings"))
    assert window.navigator.current is ScreenId.STAFF_SETTINGS


def test_audit_log_shows_an_export_and_an_erasure_in_words(make_kiosk, qtbot):
    kiosk = _admin_kiosk(make_kiosk, language="en")
    s = kiosk.services
    resident = s.checkin.register(NewResident("Đặng Văn Đức", 1949, "Khu phố 2", None)).id
    s.privacy.export_json(resident, actor="staff")
    s.privacy.erase(resident, actor="admin")
    _log_in(kiosk, qtbot, DEMO_ADMIN_PIN)
    screen = _open_audit(kiosk, qtbot)
    lines = visible_texts(screen).splitlines()
    assert "Exported one resident's data" in lines
    assert "Erased one resident's data" in lines
    assert lines.index("Erased one resident's data") < lines.index("Exported one resident's data")
    assert f"resident {resident} (json)" in lines
    assert "Đặng" not in visible_texts(screen)  # the log names ids, never the person

    box = find(screen, QComboBox, "audit_filter")
    box.setCurrentIndex(box.findData("erase_resident"))
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        box.activated.emit(box.currentIndex())
    lines = visible_texts(screen).splitlines()
    assert "Erased one resident's data" in lines
    assert "Exported one resident's data" not in lines


def test_audit_log_loads_more_than_one_page(make_kiosk, qtbot):
    kiosk = _admin_kiosk(make_kiosk)
    for n in range(60):
        kiosk.services.audit.record("staff", "print_attendance", f"sheet {n}")
    _log_in(kiosk, qtbot, DEMO_ADMIN_PIN)
    screen = _open_audit(kiosk, qtbot)
    texts = visible_texts(screen).splitlines()
    assert "sheet 59" in texts and "sheet 10" in texts and "sheet 9" not in texts
    assert texts.count(action_words("print_attendance")) == 50
    _tap_and_wait(qtbot, screen.loaded, find(screen, QPushButton, "audit_more"))
    assert "sheet 0" in visible_texts(screen).splitlines()
    assert not find(screen, QPushButton, "audit_more").isVisible()


def _open_settings(kiosk, qtbot):
    _log_in(kiosk, qtbot, DEMO_ADMIN_PIN)
    tap(find(kiosk.window, QPushButton, "open_settings"))
    return kiosk.window.navigator.screen(ScreenId.STAFF_SETTINGS)


def test_changing_a_pin_works_and_is_audited(make_kiosk, qtbot):
    kiosk = _admin_kiosk(make_kiosk)
    screen = _open_settings(kiosk, qtbot)
    tap(find(screen, QPushButton, "settings_tab_pins"))
    tap(find(screen, QPushButton, "pin_role_staff"))
    type_text(find(screen, QLineEdit, "settings_pin"), DEMO_ADMIN_PIN)
    type_text(find(screen, QLineEdit, "settings_pin_again"), DEMO_ADMIN_PIN)
    _tap_and_wait(qtbot, screen.answered, find(screen, QPushButton, "settings_save"))
    assert find(screen, QLabel, "settings_pin_error").text() == tr(
        "Validation", "Each role needs its own PIN: this one is already used by another role."
    )
    find(screen, QLineEdit, "settings_pin").clear()
    find(screen, QLineEdit, "settings_pin_again").clear()
    type_text(find(screen, QLineEdit, "settings_pin"), "97531")
    type_text(find(screen, QLineEdit, "settings_pin_again"), "97531")
    tap(find(screen, QPushButton, "settings_save"))  # refused at once: too short for staff
    assert find(screen, QLabel, "settings_pin_error").text() == (
        "Mã PIN của cán bộ và quản trị có từ 6 đến 8 chữ số."
    )
    assert "cán bộ và quản trị dùng 6 đến 8 chữ số" in visible_texts(screen)
    for name in ("settings_pin", "settings_pin_again"):
        find(screen, QLineEdit, name).clear()
        type_text(find(screen, QLineEdit, name), "975310")
    _tap_and_wait(qtbot, screen.answered, find(screen, QPushButton, "settings_save"))
    assert tr("Settings", "Staff") in find(screen, QLabel, "settings_status").text()
    assert kiosk.services.auth.check("975310") is Role.STAFF
    assert kiosk.services.auth.check(DEMO_STAFF_PIN) is None
    entry = kiosk.services.audit.recent(1)[0]
    assert (entry.actor, entry.action, entry.detail) == ("admin", "pin_changed", "staff")


def test_settings_change_the_ward_name_and_khu_pho_at_once(make_kiosk, qtbot):
    kiosk = _admin_kiosk(make_kiosk)
    window = kiosk.window
    screen = _open_settings(kiosk, qtbot)
    ward = find(screen, QLineEdit, "settings_ward_name")
    assert ward.text() == kiosk.services.settings.ward_name
    ward.clear()
    type_text(ward, "Phường Tân Định 🏠")
    tap(find(screen, QPushButton, "settings_save"))
    assert find(screen, QLabel, "settings_ward_name_error").isVisible()
    ward.clear()
    type_text(ward, "Phường Tân Định")
    _tap_and_wait(qtbot, screen.answered, find(screen, QPushButton, "settings_save"))
    assert "Phường Tân Định" in visible_texts(window).splitlines()  # the top bar, now

    tap(find(screen, QPushButton, "settings_tab_areas"))
    find(screen, QLineEdit, "settings_neighbourhoods_0").setText("Khu phố Một")
    _tap_and_wait(qtbot, screen.answered, find(screen, QPushButton, "settings_save"))
    box = find(window, QComboBox, "neighbourhood")
    assert box.itemText(0) == "Khu phố Một" and box.count() == 6
    details = [e.detail for e in kiosk.services.audit.recent(2)]
    assert details == [
        'khu phố: +"Khu phố Một", -"Khu phố 1"',
        'ward name: "Phường Bến Thành" -> "Phường Tân Định"',
    ]
    certificate = kiosk.services.certificates.issue(
        kiosk.services.checkin.register(NewResident("Lê Văn Tám", 1950, "Khu phố Một", None)).id,
        "vneid-l2",
        "VNeID",
    )
    assert certificate.ward_name == "Phường Tân Định"
