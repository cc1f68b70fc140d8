"""The admin's audit screen says whether the log is as it was written, and which entry is
wrong when it is not: an edit, a removal, a reordering, an edit with the chain recomputed."""

import pytest
from audit_tamper import FIRST_BAD, TAMPERING, seed
from PySide6.QtWidgets import QLabel, QPushButton
from qt_helpers import find, sign_in, tap
from sqlalchemy import text

from kiosk.services.audit import AuditLog
from kiosk.services.auth import Role
from kiosk.services.demo import DEMO_ADMIN_PIN
from kiosk.storage.audit_chain import GENESIS
from kiosk.ui.screens.base import ScreenId


def _checked_text(kiosk, qtbot) -> str:
    kiosk.services.auth.set_pin(Role.ADMIN, DEMO_ADMIN_PIN)
    sign_in(kiosk, qtbot, DEMO_ADMIN_PIN)
    screen = kiosk.window.navigator.screen(ScreenId.STAFF_AUDIT)
    with qtbot.waitSignal(screen.checked, timeout=10_000):
        tap(find(kiosk.window, QPushButton, "open_audit"))
    return find(screen, QLabel, "audit_check").text()


def _seeded_kiosk(make_kiosk, clock):
    kiosk = make_kiosk(language="vi")
    s = kiosk.services
    with s.session_factory.begin() as db:  # start the log afresh: the seed's ids are 1-6
        db.execute(text("DELETE FROM audit_log"))
        db.execute(text("DELETE FROM audit_seals"))
        db.execute(text("UPDATE audit_head SET last_id = 0, last_hash = :g"), {"g": GENESIS})
    seed(AuditLog(s.session_factory, clock), clock)
    return kiosk


def test_an_untouched_log_reads_intact(make_kiosk, qtbot, clock):
    kiosk = _seeded_kiosk(make_kiosk, clock)
    assert _checked_text(kiosk, qtbot) == "Nhật ký nguyên vẹn: không mục nào bị sửa."


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_a_changed_log_names_the_first_wrong_entry(make_kiosk, qtbot, clock, how):
    kiosk = _seeded_kiosk(make_kiosk, clock)
    TAMPERING[how](kiosk.services.session_factory)
    text = _checked_text(kiosk, qtbot)
    assert text.startswith("Nhật ký đã bị thay đổi.")
    assert f"số {FIRST_BAD[how]} (" in text
