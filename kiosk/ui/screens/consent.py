"""Consent before any personal field; 'Không đồng ý' still allows anonymous practice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label


def consent_text() -> str:
    return tr(
        "Consent",
        "To give you a certificate and to see you again next time, the ward's help point "
        "keeps your full name, year of birth, khu phố and (if you wish) your phone number, "
        "and which lessons you practised. We never ask for your ID number, passwords or "
        "bank details. Your data stays at the ward, is used only for this programme and "
        "is erased after 12 months, or earlier if you ask a volunteer.",
    )


class ConsentScreen(Screen):
    screen_id = ScreenId.CONSENT

    def __init__(self, record: Callable[[bool, str], str]) -> None:
        super().__init__()
        self._record = record
        self._visit: Visit | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 40, 160, 40)
        layout.setSpacing(36)
        self._title = label("", "title")
        self._text = label("", "body", name="consent_text")
        self._question = label("", "subtitle")
        row = QHBoxLayout()
        row.setSpacing(40)
        self._agree = button("", "primary", lambda: self._answer(True), name="consent_agree")
        self._decline = button("", "secondary", lambda: self._answer(False), name="consent_decline")
        for b in (self._agree, self._decline):
            b.setMinimumHeight(120)
            row.addWidget(b)
        self._decline_note = label("", "hint")
        for w in (self._title, self._text, self._question):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._decline_note)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(tr("Consent", "Before we start"))
        self._text.setText(consent_text())
        self._question.setText(tr("Consent", "Do you agree?"))
        self._agree.setText(tr("Consent", "I agree"))
        self._decline.setText(tr("Consent", "I do not agree"))
        self._decline_note.setText(
            tr("Consent", "If you do not agree, you can still practise without giving your name.")
        )

    def enter(self, visit: Visit) -> None:
        self._visit = visit
        self.retranslate()

    def _answer(self, agreed: bool) -> None:
        visit = self._visit
        assert visit is not None
        visit.consented = agreed
        visit.consent_id = self._record(agreed, consent_text())
        self.navigate.emit(ScreenId.CHECKIN if agreed else ScreenId.CATALOG)
