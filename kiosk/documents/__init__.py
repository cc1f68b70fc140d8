"""Printable documents (certificates, attendance sheets): pure functions that return PDF bytes."""

from __future__ import annotations

from datetime import date


def place_and_date(place: str, day: date) -> str:
    """Decree 30 form: 'Phường Bến Thành, ngày 05 tháng 02 năm 2026'.

    Days below 10 and the months 1 and 2 get a leading zero.
    """
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"
