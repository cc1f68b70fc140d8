"""Check-in by QR code (USB scanner or camera): what to tell the resident when it finds nobody."""

from __future__ import annotations

from kiosk.services.checkin_qr import CARD, QrLookup
from kiosk.ui.i18n import tr


def camera_hint() -> str:
    return tr("CheckIn", "Hold the QR code of your learner card or certificate up to the camera.")


def not_ours() -> str:
    return tr("CheckIn", "This QR code is not a learner card or a certificate.")


def scan_message(lookup: QrLookup) -> str:
    """Why a scanned card or certificate checks nobody in (lookup.reason is not "ok")."""
    if lookup.reason == "erased":
        return tr(
            "CheckIn",
            "The data of this QR code's owner was erased at their request. "
            "Please sign up again with 'First visit: sign up'.",
        )
    if lookup.kind != CARD:
        return tr("CheckIn", "This QR code is not a certificate from this ward.")
    if lookup.reason == "other_ward" and lookup.ward_name:
        return tr(
            "CheckIn",
            "This learner card is from {0}. Here, please sign up with 'First visit: sign up'.",
        ).format(lookup.ward_name)
    if lookup.reason == "other_ward":
        return tr(
            "CheckIn",
            "This learner card is from another ward. "
            "Here, please sign up with 'First visit: sign up'.",
        )
    if lookup.reason == "unknown":
        return tr(
            "CheckIn",
            "No one with this learner card is registered at this kiosk. "
            "Please type your name or phone number.",
        )
    return tr(
        "CheckIn",
        "This learner card cannot be read or is not valid. Please type your name or phone number.",
    )
