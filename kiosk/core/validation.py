"""Validators for what a resident types. Each returns the clean value or raises ValidationError."""

from __future__ import annotations

import unicodedata

from kiosk.core.errors import ValidationError
from kiosk.core.text import clean, digits_only, fold

NAME_MAX = 80
# Vietnamese mobile prefixes after the leading 0 (10 digits in all).
MOBILE_PREFIXES = ("3", "5", "7", "8", "9")
# Stored gender codes, and how a CSV or a person may spell them (folded: no accents, no case).
GENDERS = ("nam", "nu", "khac")
GENDER_WORDS = {"nam": "Nam", "nu": "Nữ", "khac": "Khác"}
_GENDER_SPELLINGS = {
    **{code: code for code in GENDERS},
    "male": "nam",
    "female": "nu",
    "other": "khac",
}


def _is_name_char(ch: str) -> bool:
    if ch in " -'.":
        return True
    return unicodedata.category(ch) in {"Lu", "Ll", "Lt", "Lm", "Lo", "Mn"}


def validate_name(raw: str) -> str:
    name = clean(raw)
    if not name:
        raise ValidationError("full_name", "name.empty", "Please enter your full name.")
    if len(name) > NAME_MAX:
        raise ValidationError(
            "full_name", "name.too_long", f"The name is too long (at most {NAME_MAX} letters)."
        )
    if not all(_is_name_char(ch) for ch in name) or not any(ch.isalpha() for ch in name):
        raise ValidationError(
            "full_name", "name.bad_chars", "A name may contain only letters and spaces."
        )
    return name


def validate_birth_year(raw: str | int, this_year: int) -> int:
    text = digits_only(str(raw))
    if not text:
        raise ValidationError("birth_year", "year.empty", "Please enter your year of birth.")
    year = int(text)
    if len(text) != 4 or not 1900 <= year <= this_year:
        raise ValidationError(
            "birth_year",
            "year.range",
            f"The year of birth must be between 1900 and {this_year}.",
            max_year=this_year,
        )
    return year


def validate_phone(raw: str | None) -> str | None:
    """Optional Vietnamese mobile number; '+84 91 234 5607' -> '0912345607'."""
    if raw is None or not clean(raw):
        return None
    text = clean(raw)
    if any(ch.isalpha() for ch in text):
        raise ValidationError("phone", "phone.invalid", "This is not a Vietnamese mobile number.")
    digits = digits_only(text)
    if text.lstrip().startswith("+84") or (digits.startswith("84") and len(digits) == 11):
        digits = "0" + digits[2:]
    if len(digits) != 10 or digits[0] != "0" or digits[1] not in MOBILE_PREFIXES:
        raise ValidationError(
            "phone",
            "phone.invalid",
            "A mobile number has 10 digits and starts with 03, 05, 07, 08 or 09.",
        )
    return digits


def validate_neighbourhood(raw: str) -> str:
    value = clean(raw)
    if not value:
        raise ValidationError("neighbourhood", "neighbourhood.empty", "Please choose your khu phố.")
    if len(value) > NAME_MAX:
        raise ValidationError(
            "neighbourhood", "neighbourhood.too_long", "This khu phố name is too long."
        )
    return value


def validate_gender(raw: str | None) -> str | None:
    """Optional: 'Nữ', 'nu', 'female' -> 'nu'; empty -> None (nothing stored)."""
    if not raw or not clean(raw):
        return None
    code = _GENDER_SPELLINGS.get(fold(raw))
    if code is None:
        raise ValidationError("gender", "gender.invalid", "Gender is Nam, Nữ or Khác, or empty.")
    return code
