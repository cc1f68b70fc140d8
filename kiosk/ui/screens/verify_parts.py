"""The pieces of the certificate check screen: the result card and the revoke panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.certificates import Verification, short_code
from kiosk.ui.i18n import tr
from kiosk.ui.theme import set_role
from kiosk.ui.widgets import button, label

DETAILS = ("ward", "date", "module", "holder", "code")


def reason_text(result: Verification) -> str:
    words = {
        "malformed": tr(
            "StaffVerify",
            "This is not a certificate code or QR content. Check what was typed or scanned.",
        ),
        "bad_signature": tr(
            "StaffVerify", "The signature does not match: the certificate was altered or forged."
        ),
        "unknown_key": tr(
            "StaffVerify",
            "It was signed by a ward this kiosk does not trust. "
            "Ask the issuing ward for its public key.",
        ),
        "revoked": tr("StaffVerify", "The issuing ward has revoked this certificate."),
        "not_found": tr(
            "StaffVerify",
            "No certificate with this code was issued at this kiosk. "
            "Codes only work where they were issued: check the QR code instead.",
        ),
    }
    return words.get(result.reason, result.message)


def _column(*widgets: QWidget) -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return column


def issued_here(result: Verification) -> bool:
    return result.valid and result.certificate_id is not None and result.issued_here


class ResultCard(QFrame):
    """The verdict in big words and colour, then the details or the reason."""

    def __init__(self, revoke: QPushButton) -> None:
        super().__init__()
        set_role(self, "card")
        self.verdict = label("", "hero", name="verify_verdict")
        self.reason = label("", "error", name="verify_reason")
        self.details = {key: label("", "body", name=f"verify_{key}") for key in DETAILS}
        header = QHBoxLayout()
        header.addWidget(self.verdict, 1)
        header.addWidget(revoke, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 24)
        layout.setSpacing(10)
        layout.addLayout(header)
        for widget in (self.reason, *self.details.values()):
            layout.addWidget(widget)

    def show_result(self, result: Verification) -> None:
        if result.valid:
            self.verdict.setText("✓ " + tr("StaffVerify", "VALID"))
            set_role(self.verdict, "hero")
        else:
            self.verdict.setText("✗ " + tr("StaffVerify", "NOT VALID"))
            # The theme has no large red role: the verdict is big, its reason below is red.
            set_role(self.verdict, "title")
        self.reason.setText("" if result.valid else reason_text(result))
        self.reason.setVisible(not result.valid)
        texts = self._detail_texts(result) if result.valid else {}
        for key, widget in self.details.items():
            widget.setText(texts.get(key, ""))
            widget.setVisible(result.valid)

    @staticmethod
    def _detail_texts(result: Verification) -> dict[str, str]:
        if result.holder_erased:
            holder = tr("StaffVerify", "The holder asked for their data to be erased")
        else:
            holder = result.holder_name or tr("StaffVerify", "Not recorded at this kiosk")
        code = short_code(bytes.fromhex(result.certificate_id)) if result.certificate_id else ""
        day = f"{result.issued_on:%d/%m/%Y}" if result.issued_on else ""
        return {
            "ward": tr("StaffVerify", "Issued by: {0}").format(result.ward_name or ""),
            "date": tr("StaffVerify", "Issued on: {0}").format(day),
            "module": tr("StaffVerify", "Module: {0}").format(result.module_title or result.module),
            "holder": tr("StaffVerify", "Holder: {0}").format(holder),
            "code": tr("StaffVerify", "Code: {0}").format(code),
        }


class RevokePanel(QFrame):
    """Preset reasons as big buttons, or a typed one; nothing happens before the confirmation."""

    confirmed = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        set_role(self, "panel")
        self._title = label("", "subtitle")
        self._group = QButtonGroup(self)
        self._presets = [button("", "secondary", name=f"revoke_preset_{i}") for i in range(3)]
        for preset in self._presets:
            preset.setCheckable(True)
            self._group.addButton(preset)
        self._group.buttonToggled.connect(lambda *_: self._update())
        self.note = QLineEdit(objectName="revoke_note")
        self.note.textChanged.connect(self._update)
        self._warning = label("", "hint")
        self._confirm = button("", "danger", self._emit, name="revoke_confirm")
        self._cancel = button("", "secondary", self.cancelled.emit, name="revoke_cancel")
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        presets = QHBoxLayout()
        for preset in self._presets:
            presets.addWidget(preset)
        layout.addLayout(presets)
        layout.addWidget(self.note)
        layout.addWidget(self._warning)
        actions = QHBoxLayout()
        actions.addWidget(self._cancel)
        actions.addWidget(self._confirm)
        layout.addLayout(actions)

    def retranslate(self) -> None:
        self._title.setText(tr("StaffVerify", "Why revoke this certificate?"))
        texts = (
            tr("StaffVerify", "Issued to the wrong person"),
            tr("StaffVerify", "Wrong details printed"),
            tr("StaffVerify", "Issued twice"),
        )
        for preset, text in zip(self._presets, texts, strict=True):
            preset.setText(text)
        self.note.setPlaceholderText(tr("StaffVerify", "Other reason or note"))
        self._warning.setText(tr("StaffVerify", "Revoking cannot be undone."))
        self._confirm.setText(tr("StaffVerify", "Confirm: revoke"))
        self._cancel.setText(tr("StaffVerify", "Cancel"))

    def reset(self) -> None:
        self._group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for preset in self._presets:
            preset.setChecked(False)
        self._group.setExclusive(True)
        self.note.clear()
        self._update()

    def reason(self) -> str:
        chosen = self._group.checkedButton()
        parts = [chosen.text() if chosen else "", self.note.text().strip()]
        return ": ".join(p for p in parts if p)

    def _update(self) -> None:
        self._confirm.setEnabled(bool(self.reason()))

    def _emit(self) -> None:
        if self.reason():
            self.confirmed.emit(self.reason())
