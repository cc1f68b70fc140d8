"""Text rules: NFC at every boundary, accent-blind folding, phone masking."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Đ/đ have no Unicode decomposition, so they must be mapped before stripping marks.
_NO_DECOMPOSITION = str.maketrans({"Đ": "D", "đ": "d", "Ð": "D", "ð": "d"})


def nfc(text: str) -> str:
    """Return `text` in Unicode NFC, the only form we store."""
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """NFC, trimmed, inner runs of white space folded to one space."""
    return _SPACES.sub(" ", nfc(text)).strip()


def fold(text: str) -> str:
    """Accent-blind, case-blind search key: 'Nguyễn Văn Đặng' -> 'nguyen van dang'."""
    text = clean(text).translate(_NO_DECOMPOSITION)
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def digits_only(text: str) -> str:
    """Keep the decimal digits of `text`, full-width and other scripts mapped to ASCII."""
    return "".join(
        str(unicodedata.decimal(ch)) for ch in text if unicodedata.decimal(ch, None) is not None
    )


def mask_phone(phone: str | None) -> str:
    """'0912345607' -> '091****607'; empty stays empty."""
    if not phone:
        return ""
    if len(phone) <= 6:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 6) + phone[-3:]


def short_name(full_name: str) -> str:
    """Masked confirmation form: 'Nguyễn Văn An' -> 'Nguyễn V. A.'."""
    parts = clean(full_name).split(" ")
    if len(parts) == 1:
        return parts[0]
    return " ".join([parts[0], *(p[0] + "." for p in parts[1:] if p)])
