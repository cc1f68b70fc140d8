"""The audit log's codes in plain words, for the admin's viewer."""

from __future__ import annotations

from kiosk.ui.i18n import tr


def action_words(code: str) -> str:
    """What happened, in the chosen language; a code we do not know shows as it is."""
    words = {
        "export_resident": tr("Audit", "Exported one resident's data"),
        "export_residents": tr("Audit", "Exported the list of residents"),
        "export_checkins": tr("Audit", "Exported the check-ins"),
        "import_residents": tr("Audit", "Imported residents from a file"),
        "erase_resident": tr("Audit", "Erased one resident's data"),
        "purge": tr("Audit", "Removed data past the retention period"),
        "print_attendance": tr("Audit", "Printed an attendance sheet"),
        "reprint_certificate": tr("Audit", "Printed a certificate again"),
        "bulk_print_certificates": tr("Audit", "Printed a session's certificates"),
        "revoke_certificate": tr("Audit", "Revoked a certificate"),
        "exit": tr("Audit", "Closed the kiosk"),
        "call_volunteer": tr("Audit", "A resident called a volunteer"),
        "settings_changed": tr("Audit", "Changed the ward settings"),
        "pin_changed": tr("Audit", "Changed a PIN"),
        "lockout_cleared": tr("Audit", "Let the PIN pad take PINs again"),
        "first_run": tr("Audit", "Set up the kiosk"),
        "first_run_pin_set": tr("Audit", "Set the first staff PIN"),
        "session_schedule": tr("Audit", "Scheduled a session"),
        "session_update": tr("Audit", "Changed a session"),
        "session_cancel": tr("Audit", "Cancelled a session"),
    }
    return words.get(code, code)


def actor_words(actor: str) -> str:
    words = {
        "admin": tr("Audit", "Admin"),
        "staff": tr("Audit", "Staff"),
        "volunteer": tr("Audit", "Volunteer"),
        "resident": tr("Audit", "Resident"),
        "cli": tr("Audit", "Command line"),
        "retention": tr("Audit", "Automatic"),
    }
    if actor.startswith("cli:"):
        return tr("Audit", "Command line ({0})").format(actor.removeprefix("cli:"))
    return words.get(actor, actor)
