"""Words for the domain's error codes, in the chosen language."""

from __future__ import annotations

from datetime import date

from kiosk.core.errors import ValidationError
from kiosk.ui.i18n import tr


def validation_message(error: ValidationError) -> str:
    messages = {
        "name.empty": tr("Validation", "Please enter your full name."),
        "name.too_long": tr("Validation", "The name is too long (at most 80 letters)."),
        "name.bad_chars": tr("Validation", "A name may contain only letters and spaces."),
        "year.empty": tr("Validation", "Please enter your year of birth."),
        "year.range": tr("Validation", "The year of birth must be between 1900 and {0}.").format(
            date.today().year
        ),
        "phone.invalid": tr(
            "Validation", "A mobile number has 10 digits and starts with 03, 05, 07, 08 or 09."
        ),
        "neighbourhood.empty": tr("Validation", "Please choose your khu phố."),
        "neighbourhood.too_long": tr("Validation", "This khu phố name is too long."),
        "pin.format": tr("Validation", "A PIN has 4 to 8 digits."),
    }
    return messages.get(error.code, error.message)
