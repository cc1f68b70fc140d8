"""Learner cards: a short QR text that checks its holder in and cannot be forged for anyone else.

The layout is documented in docs/certificate-format.md ("Learner card payload"). The tag is an
HMAC with a key derived from this ward's private signing key: only this installation can make
or check a card, and a card of another ward is recognised by its key id.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.errors import KioskError, NotFound
from kiosk.services.certificates import b45decode, b45encode
from kiosk.storage.models import Resident, SigningKey

CARD_PREFIX = "MCC1:"
CARD_VERSION = 1
KEY_ID_BYTES, RESIDENT_BYTES, TAG_BYTES = 8, 16, 10
CARD_BYTES = 1 + KEY_ID_BYTES + RESIDENT_BYTES + TAG_BYTES
_KEY_CONTEXT = b"morning-coffee/learner-card/v1"

# Why a card was refused; "ok" when it names a resident of this kiosk.
REASONS = ("ok", "malformed", "forged", "other_ward", "unknown", "erased")


@dataclass(frozen=True)
class CardCheck:
    reason: str
    resident_id: str | None = None
    ward_name: str | None = None  # the issuing ward, when its key is known here

    @property
    def valid(self) -> bool:
        return self.reason == "ok"


def is_card(text: str) -> bool:
    return isinstance(text, str) and text.strip().startswith(CARD_PREFIX)


def _card_key(private_key: bytes) -> bytes:
    return hmac.new(private_key, _KEY_CONTEXT, hashlib.sha256).digest()


def _tag(card_key: bytes, signed: bytes) -> bytes:
    return hmac.new(card_key, signed, hashlib.sha256).digest()[:TAG_BYTES]


def _own_key(s: Session) -> SigningKey | None:
    # The same choice as CertificateService: the oldest key that has a private half.
    query = select(SigningKey).where(SigningKey.private_key.is_not(None))
    return s.scalars(query.order_by(SigningKey.created_at, SigningKey.key_id)).first()


def _parse(text: str) -> tuple[bytes, bytes, bytes, bytes]:
    """(signed part, key id, resident uuid bytes, tag); ValueError if not a version-1 card."""
    if not is_card(text):
        raise ValueError("missing prefix")
    raw = b45decode(text.strip()[len(CARD_PREFIX) :])
    if len(raw) != CARD_BYTES or raw[0] != CARD_VERSION:
        raise ValueError("bad length or version")
    signed = raw[:-TAG_BYTES]
    return signed, raw[1 : 1 + KEY_ID_BYTES], raw[1 + KEY_ID_BYTES : -TAG_BYTES], raw[-TAG_BYTES:]


class LearnerCards:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def payload_for(self, resident_id: str) -> str:
        """The card text of a current resident; NotFound for an erased or unknown one."""
        try:
            resident_bytes = uuid.UUID(resident_id).bytes
        except (ValueError, AttributeError, TypeError) as exc:
            raise NotFound(f"resident {resident_id}") from exc
        with self._sessions() as s:
            resident = s.get(Resident, resident_id)
            if resident is None or resident.erased_at is not None:
                raise NotFound(f"resident {resident_id}")
            key = _own_key(s)
            if key is None or key.private_key is None:
                raise KioskError("this kiosk has no signing key yet")
            signed = bytes([CARD_VERSION]) + bytes.fromhex(key.key_id) + resident_bytes
            tag = _tag(_card_key(key.private_key), signed)
        return CARD_PREFIX + b45encode(signed + tag)

    def check(self, text: str) -> CardCheck:
        try:
            signed, key_id, resident_bytes, tag = _parse(text)
        except (ValueError, TypeError):
            return CardCheck("malformed")
        with self._sessions() as s:
            key = s.get(SigningKey, key_id.hex())
            if key is None:
                return CardCheck("other_ward")
            if key.private_key is None:  # a trusted ward's key: its card, not ours
                return CardCheck("other_ward", ward_name=key.ward_name)
            if not hmac.compare_digest(_tag(_card_key(key.private_key), signed), tag):
                return CardCheck("forged")
            resident_id = str(uuid.UUID(bytes=resident_bytes))
            resident = s.get(Resident, resident_id)
            if resident is None:
                return CardCheck("unknown")
            if resident.erased_at is not None:
                return CardCheck("erased")
            return CardCheck("ok", resident_id=resident_id, ward_name=key.ward_name)
