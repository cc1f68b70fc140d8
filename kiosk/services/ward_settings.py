"""Ward settings chosen in the app (first-run setup, admin settings); they win over the TOML file.

Stored as JSON in `ward_settings`, one row per key. What we decided about the values:
- Text is cleaned (NFC, spaces folded) and may hold letters, digits, spaces and punctuation;
  emoji and other symbols are refused, not silently dropped: the names are printed on
  certificates and attendance sheets, whose fonts have no emoji.
- In a list, blank entries are left out; two entries that differ only in accents or capitals
  ("Khu phố 1", "khu pho 1") are the same entry: residents could not tell them apart.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.config import Settings
from kiosk.core.errors import KioskError, ValidationError
from kiosk.core.text import clean, fold
from kiosk.services.audit import AuditLog
from kiosk.services.roles import Action, require
from kiosk.storage.models import WardSetting

log = logging.getLogger(__name__)

WARD_NAME_MAX = 120
NEIGHBOURHOOD_MAX = 80  # residents.neighbourhood is String(80)
CATEGORY_MAX = 120  # assistance_log.category is String(120)
LIST_MAX = 60
KEYS = ("ward_name", "neighbourhoods", "assistance_categories")
_LABELS = {"ward_name": "ward name", "neighbourhoods": "khu phố", "assistance_categories": "help"}


class EntryError(ValidationError):
    """One entry of a list is wrong; `index` is its place in the list as given."""

    def __init__(self, field: str, code: str, message: str, index: int) -> None:
        super().__init__(field, code, message)
        self.index = index


def _plain_text(text: str) -> bool:
    """Letters (with their marks), digits, spaces and punctuation: no emoji, symbols, controls."""
    return all(unicodedata.category(ch)[0] in "LMNP" or ch == " " for ch in text)


def validate_ward_name(raw: str) -> str:
    name = clean(raw)
    if not name:
        raise ValidationError("ward_name", "ward.empty", "Please enter the ward's name.")
    if len(name) > WARD_NAME_MAX:
        raise ValidationError(
            "ward_name", "ward.too_long", "The ward's name is too long (at most 120 characters)."
        )
    if not _plain_text(name) or not any(ch.isalpha() for ch in name):
        raise ValidationError(
            "ward_name",
            "text.bad_chars",
            "Use letters, digits and punctuation only (no emoji or symbols).",
        )
    return name


def validate_entries(field: str, raw: Iterable[str], max_length: int) -> tuple[str, ...]:
    """A cleaned list of 1..LIST_MAX unique entries; blank ones are left out."""
    entries: list[str] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        entry = clean(item)
        if not entry:
            continue
        if len(entry) > max_length:
            raise EntryError(field, "entry.too_long", "This entry is too long.", index)
        if not _plain_text(entry):
            raise EntryError(
                field,
                "entry.bad_chars",
                "An entry may use letters, digits and punctuation only (no emoji or symbols).",
                index,
            )
        if fold(entry) in seen:
            raise EntryError(
                field,
                "entry.duplicate",
                "This entry is already in the list (accents and capitals do not count).",
                index,
            )
        seen.add(fold(entry))
        entries.append(entry)
    if not entries:
        raise ValidationError(field, "list.empty", "The list needs at least one entry.")
    if len(entries) > LIST_MAX:
        raise ValidationError(field, "list.too_many", "The list is too long (at most 60 entries).")
    return tuple(entries)


def validate(key: str, value: object) -> str | tuple[str, ...]:
    if key == "ward_name" and isinstance(value, str):
        return validate_ward_name(value)
    if key in ("neighbourhoods", "assistance_categories") and not isinstance(value, str | bytes):
        if isinstance(value, Iterable) and all(isinstance(v, str) for v in value):
            limit = NEIGHBOURHOOD_MAX if key == "neighbourhoods" else CATEGORY_MAX
            return validate_entries(key, value, limit)
    raise KioskError(f"ward setting {key!r} cannot be {type(value).__name__}")


def _describe(key: str, old: object, new: str | tuple[str, ...]) -> str:
    """'ward name: "A" -> "B"', 'khu phố: +"Khu phố 7", -"Khu phố 2"' for the audit log."""
    if isinstance(new, str):
        moved = old and old != new
        return f'{_LABELS[key]}: "{old}" -> "{new}"' if moved else f'{_LABELS[key]}: "{new}"'
    if not isinstance(old, list | tuple) or tuple(old) == new:
        return f"{_LABELS[key]}: " + ", ".join(f'"{v}"' for v in new)
    added = [f'+"{v}"' for v in new if v not in old]
    removed = [f'-"{v}"' for v in old if v not in new]
    return f"{_LABELS[key]}: " + ", ".join(added + removed or ["new order"])


def _decode(row: WardSetting | None) -> object:
    try:
        return json.loads(row.value) if row is not None else None
    except ValueError:
        return None


class WardSettings:
    """`defaults`: the file's settings, in use until a value is chosen in the app; choosing
    the same value again stores nothing."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        audit: AuditLog,
        defaults: Settings | None = None,
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._audit = audit
        self._defaults = defaults

    def load(self) -> dict[str, str | tuple[str, ...]]:
        """The stored settings, checked again: a bad row is logged and left out, never fatal."""
        with self._sessions() as db:
            rows = list(db.scalars(select(WardSetting)))
        values: dict[str, str | tuple[str, ...]] = {}
        for row in rows:
            if row.key not in KEYS:
                log.warning("unknown ward setting %r ignored", row.key)
                continue
            try:
                values[row.key] = validate(row.key, json.loads(row.value))
            except (ValueError, KioskError) as error:
                log.warning("ward setting %r ignored: %s", row.key, error)
        return values

    def apply(self, settings: Settings) -> Settings:
        return replace(settings, **self.load())  # type: ignore[arg-type]

    def save(self, actor: str, **changes: object) -> list[str]:
        """Validate every change first (nothing is stored if one is wrong), store the ones
        that differ and audit-log what changed. Returns the changed keys. Admin only."""
        require(actor, Action.SETTINGS)
        return self._save(actor, **changes)

    def _save(self, actor: str, **changes: object) -> list[str]:
        details = self.store(**changes)
        if details:
            self._audit.record(actor, "settings_changed", "; ".join(details.values()))
        return list(details)

    def add_neighbourhoods(self, actor: str, names: Iterable[str]) -> list[str]:
        """Append the khu phố not yet in the list (e.g. met in an import); returns those added.
        Part of an import: whoever may import may do it."""
        require(actor, Action.IMPORT)
        current = list(self.apply(self._defaults or Settings()).neighbourhoods)
        known = {fold(n) for n in current}
        added: list[str] = []
        for name in map(clean, names):
            if name and fold(name) not in known:
                known.add(fold(name))
                added.append(name)
        if added:
            self._save(actor, neighbourhoods=[*current, *added])
        return added

    def store(self, **changes: object) -> dict[str, str]:
        """`save` without the audit entry: {changed key: what changed, in words}."""
        unknown = [key for key in changes if key not in KEYS]
        if unknown:
            raise KioskError(f"unknown ward settings: {', '.join(unknown)}")
        clean_values = {key: validate(key, value) for key, value in changes.items()}
        changed: dict[str, str] = {}
        with self._sessions.begin() as db:
            for key, value in clean_values.items():
                row = db.get(WardSetting, key)
                before = _decode(row)
                if before is None and self._defaults is not None:
                    before = getattr(self._defaults, key)  # what the kiosk uses until now
                if before is not None and _same(before, value):
                    continue
                changed[key] = _describe(key, before, value)
                text = json.dumps(list(value) if isinstance(value, tuple) else value)
                if row is None:
                    db.add(WardSetting(key=key, value=text, updated_at=self._clock.now()))
                else:
                    row.value, row.updated_at = text, self._clock.now()
        return changed


def _same(old: object, new: str | tuple[str, ...]) -> bool:
    return (tuple(old) if isinstance(old, list | tuple) else old) == new
