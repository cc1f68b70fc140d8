"""Stateful property through the real window: new and returning residents submitted with
double taps, idle timeouts in the middle of a form, kiosk restarts on the same database, in
any order. Every check-in the resident saw confirmed is stored exactly once; an abandoned
form stores nothing; no resident record is duplicated."""

from __future__ import annotations

import gc
import shutil
import unicodedata
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text
from sqlalchemy import func, select

from kiosk.storage.models import CheckIn, Resident
from kiosk.ui.screens.base import ScreenId

NAMES = ["Nguyễn Văn An", "Đặng Thị Đào", "Lê Hồng Phúc", "Trần Bảo Ngọc"]


def _start(qapp, data_dir):
    """A kiosk as `kiosk run` builds it, on `data_dir` (its database survives restarts)."""
    from kiosk.app import build_services
    from kiosk.core.config import load_settings
    from kiosk.services.auth import Role
    from kiosk.services.demo import DEMO_STAFF_PIN
    from kiosk.ui.kiosk import Kiosk
    from kiosk.ui.printing import Printer

    settings = replace(load_settings(), data_dir=data_dir, countdown_seconds=1)
    services = build_services(settings)
    if not services.auth.has_pin(Role.STAFF):
        services.auth.set_pin(Role.STAFF, DEMO_STAFF_PIN)  # installed: no first-run screen
    kiosk = Kiosk.with_services(
        qapp, services, Printer(settings.outbox_dir, "no-such-printer", clock=services.clock)
    )
    kiosk.show(full_screen=False)
    return kiosk


def _stop(qapp, kiosk):
    """Like a process exit: the window and its objects go (else every later style sheet
    change would re-polish all the dead windows' widgets)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    kiosk.spooler.stop()
    kiosk.translations.use("en")
    qapp.removeEventFilter(kiosk.guard)
    qapp.removeEventFilter(kiosk.window.idle)
    kiosk.window.allow_close = True
    kiosk.window.close()
    kiosk.window.deleteLater()
    kiosk.services.engine.dispose()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.mark.slow
def test_check_ins_survive_double_taps_idle_and_restarts(
    qapp, qtbot, data_dir, monkeypatch, migrated_template
):
    monkeypatch.setenv("KIOSK_NO_VOICE", "1")
    runs = iter(range(1000))

    class KioskMachine(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.data_dir = data_dir / f"run-{next(runs)}"  # every example starts empty
            self.data_dir.mkdir()
            shutil.copy(migrated_template, self.data_dir / "kiosk.sqlite3")  # as first start makes
            self.kiosk = _start(qapp, self.data_dir)
            self.confirmed: dict[str, int] = {}  # folded name -> check-ins the resident saw
            self.known: dict[str, int] = {}  # name -> birth year of each registered resident

        @property
        def window(self):
            return self.kiosk.window

        def _to_form(self):
            self.kiosk.end_visit()
            tap(find(self.window, QPushButton, "start"))
            tap(find(self.window, QPushButton, "lang_vi"))
            tap(find(self.window, QPushButton, "consent_agree"))
            assert self.window.navigator.current is ScreenId.CHECKIN

        def _double_tap_and_wait(self, name: str):
            with qtbot.waitSignal(self.window.navigator.changed, timeout=10_000):
                tap(find(self.window, QPushButton, name))
                button = find(self.window, QPushButton, name)
                if button.isVisible() and button.isEnabled():  # it must not be: saving
                    tap(button)
            assert self.window.navigator.current is ScreenId.CATALOG

        @rule(name=st.sampled_from(NAMES), nfd=st.booleans())
        def new_resident_double_taps_continue(self, name, nfd):
            self._to_form()
            typed = unicodedata.normalize("NFD", name) if nfd else name
            type_text(find(self.window, QLineEdit, "full_name"), typed)
            type_text(find(self.window, QLineEdit, "birth_year"), "1950")
            area = find(self.window, QComboBox, "neighbourhood")
            area.setCurrentIndex(1)
            assert area.currentText() == "Khu phố 2"
            if name in self.known:  # the likely duplicate is offered: it is them
                tap(find(self.window, QPushButton, "checkin_continue"))
                self._double_tap_and_wait("confirm_yes")
            else:
                self._double_tap_and_wait("checkin_continue")
                self.known[name] = 1950
            self.confirmed[name] = self.confirmed.get(name, 0) + 1

        @precondition(lambda self: self.known)
        @rule(data=st.data())
        def returning_resident_double_taps_yes(self, data):
            name = data.draw(st.sampled_from(sorted(self.known)))
            self._to_form()
            tap(find(self.window, QPushButton, "tab_returning"))
            type_text(find(self.window, QLineEdit, "search"), name.split()[0])
            words = name.split()
            shown = f"{words[0]} {'. '.join(w[0] for w in words[1:])}., 1950, Khu phố 2"

            def matches():
                return [
                    b
                    for b in self.window.findChildren(QPushButton)
                    if b.objectName().startswith("result_") and b.isVisible() and b.text() == shown
                ]

            qtbot.waitUntil(lambda: len(matches()) == 1, timeout=5000)  # results follow typing
            tap(matches()[0])
            self._double_tap_and_wait("confirm_yes")
            self.confirmed[name] = self.confirmed.get(name, 0) + 1

        @rule(name=st.sampled_from(NAMES))
        def idle_timeout_in_the_middle_of_a_form(self, name):
            self._to_form()
            type_text(find(self.window, QLineEdit, "full_name"), name + " Bỏ Dở")
            self.window.idle.idle.emit()
            with qtbot.waitSignal(self.window.overlay.expired, timeout=5000):
                pass
            assert self.window.navigator.current is ScreenId.ATTRACT

        @rule()
        def restart(self):
            _stop(qapp, self.kiosk)
            self.kiosk = _start(qapp, self.data_dir)

        @invariant()
        def every_confirmed_check_in_is_stored_once(self):
            with self.kiosk.services.session_factory() as db:
                rows = db.execute(
                    select(Resident.full_name, func.count(CheckIn.id))
                    .join(CheckIn, CheckIn.resident_id == Resident.id, isouter=True)
                    .group_by(Resident.id)
                ).all()
            assert sorted(name for name, _ in rows) == sorted(self.known)  # no duplicates
            assert dict(rows) == self.confirmed
            assert all("Bỏ Dở" not in name for name, _ in rows)

        def teardown(self):
            _stop(qapp, self.kiosk)

    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(
        KioskMachine,
        settings=settings(
            max_examples=5,
            stateful_step_count=8,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.explicit, Phase.generate],  # each step drives the real window: no shrink
        ),
    )
