"""Words for the domain's error codes, in the chosen language."""

from __future__ import annotations

from kiosk.core.errors import NotAllowed, PinExpired, ValidationError
from kiosk.ui.i18n import tr


def validation_message(error: ValidationError) -> str:
    messages = {
        "name.empty": tr("Validation", "Please enter your full name."),
        "name.too_long": tr("Validation", "The name is too long (at most 80 letters)."),
        "name.bad_chars": tr("Validation", "A name may contain only letters and spaces."),
        "year.empty": tr("Validation", "Please enter your year of birth."),
        "year.range": tr("Validation", "The year of birth must be between 1900 and {0}.").format(
            error.params.get("max_year", "")
        ),
        "phone.invalid": tr(
            "Validation", "A mobile number has 10 digits and starts with 03, 05, 07, 08 or 09."
        ),
        "neighbourhood.empty": tr("Validation", "Please choose your khu phố."),
        "neighbourhood.too_long": tr("Validation", "This khu phố name is too long."),
        "pin.format": tr("Validation", "A volunteer PIN has 4 to 8 digits."),
        "pin.format_long": tr("Validation", "A staff or admin PIN has 6 to 8 digits."),
        **_session_messages(),
        **_ward_setting_messages(),
        "assistance.category": tr("Validation", "Choose what kind of help was given."),
        "assistance.note_too_long": tr(
            "Validation", "The note is too long (at most 500 characters)."
        ),
        "assistance.resident_gone": tr("Validation", "This person is no longer on record."),
        **_certificate_messages(),
        "gender.invalid": tr("Validation", "Gender is Male, Female or Other, or left empty."),
        "row.extra_values": tr(
            "Validation",
            "The row has more values than the header has columns "
            "(a comma inside a value must be in double quotes).",
        ),
    }
    return messages.get(error.code, error.message)


def _certificate_messages() -> dict[str, str]:
    return {
        "certificate.revoked": tr(
            "Validation", "This certificate was revoked: it is not printed again."
        ),
        "certificate.holder_erased": tr(
            "Validation",
            "The holder's data was erased, so this certificate cannot be printed again.",
        ),
        "certificate.holder_changed": tr(
            "Validation",
            "The holder's name or birth year was changed after this certificate was issued. "
            "Revoke it and issue a new one.",
        ),
    }


def _ward_setting_messages() -> dict[str, str]:
    return {
        "ward.empty": tr("Validation", "Please enter the ward's name."),
        "ward.too_long": tr("Validation", "The ward's name is too long (at most 120 characters)."),
        "text.bad_chars": tr(
            "Validation", "Use letters, digits and punctuation only (no emoji or symbols)."
        ),
        "entry.too_long": tr("Validation", "This entry is too long."),
        "entry.bad_chars": tr(
            "Validation",
            "An entry may use letters, digits and punctuation only (no emoji or symbols).",
        ),
        "entry.duplicate": tr(
            "Validation", "This entry is already in the list (accents and capitals do not count)."
        ),
        "list.empty": tr("Validation", "The list needs at least one entry."),
        "list.too_many": tr("Validation", "The list is too long (at most 60 entries)."),
        "pin.same": tr(
            "Validation", "Each role needs its own PIN: this one is already used by another role."
        ),
    }


def _session_messages() -> dict[str, str]:
    return {
        "session_title.empty": tr("Validation", "Please enter a title for the session."),
        "session_title.too_long": tr(
            "Validation", "The title is too long (at most 120 characters)."
        ),
        "session_place.too_long": tr(
            "Validation", "The place is too long (at most 120 characters)."
        ),
        "session_topic.too_long": tr(
            "Validation", "The topic is too long (at most 200 characters)."
        ),
        "session_day.past": tr("Validation", "This date is past. Choose today or a later day."),
        "session_end.before_start": tr("Validation", "The session must end after it starts."),
        "session.overlap": tr(
            "Validation", "Another session is already scheduled at this time on this day."
        ),
        "session.cancelled": tr("Validation", "This session was cancelled: it cannot be changed."),
        "session_day.has_checkins": tr(
            "Validation", "People have already checked in to this session: its date cannot change."
        ),
    }


def not_allowed_message(_error: NotAllowed | None = None) -> str:
    return tr("Access", "Your role may not do this. Please ask the ward's admin.")


def pin_expired_message(_error: PinExpired | None = None) -> str:
    return tr(
        "Access",
        "This PIN is too short and no longer opens the kiosk. Ask the ward's admin for a new "
        "one (or run `kiosk pin reset` on this computer).",
    )


def gender_text(code: str | None) -> str:
    """A stored gender code ("nam", "nu", "khac") in words; "—" when none was given."""
    words = {
        "nam": tr("CheckIn", "Male"),
        "nu": tr("CheckIn", "Female"),
        "khac": tr("CheckIn", "Other"),
    }
    return words.get(code or "", code or "—")
