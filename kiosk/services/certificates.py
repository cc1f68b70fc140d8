"""Certificates: Ed25519-signed payloads that verify offline, and short codes to type.

The exact byte layout is documented in docs/certificate-format.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, replace
from datetime import date, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.text import clean, nfc
from kiosk.services.roles import Action, require
from kiosk.storage.models import Certificate, Resident, SigningKey

PREFIX = "MC1:"
VERSION = 1
EPOCH = date(2000, 1, 1)
ID_BYTES, HOLDER_BYTES, SIG_BYTES = 10, 16, 64
MODULE_RE = re.compile(r"[A-Za-z0-9._-]{1,32}")
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BEGIN, KEY_END = (
    "-----BEGIN MORNING COFFEE WARD KEY-----",
    "-----END MORNING COFFEE WARD KEY-----",
)

MESSAGES = {
    "ok": "The certificate carries a valid signature from a trusted ward key.",
    "malformed": "The text is not a readable Morning Coffee certificate payload.",
    "bad_signature": "The signature does not match, so the certificate was altered or forged.",
    "unknown_key": "The certificate was signed with a ward key this kiosk does not trust.",
    "revoked": "The issuing ward has revoked this certificate.",
    "not_found": "No certificate with this code was issued at this kiosk.",
}


# --- encodings -------------------------------------------------------------------------------


def b45encode(data: bytes) -> str:
    """RFC 9285 base45: the QR alphanumeric alphabet, so the code stays small."""
    out = []
    for i in range(0, len(data), 2):
        chunk = data[i : i + 2]
        n = int.from_bytes(chunk, "big")
        for _ in range(len(chunk) + 1):
            n, rest = divmod(n, 45)
            out.append(B45[rest])
    return "".join(out)


def b45decode(text: str) -> bytes:
    if len(text) % 3 == 1:
        raise ValueError("bad base45 length")
    out = bytearray()
    for i in range(0, len(text), 3):
        group = text[i : i + 3]
        n = sum(B45.index(ch) * 45**k for k, ch in enumerate(group))
        size = len(group) - 1
        if n >= 256**size:
            raise ValueError("base45 group out of range")
        out += n.to_bytes(size, "big")
    return bytes(out)


def short_code(cert_id: bytes) -> str:
    """Crockford base32 of the id's first 50 bits, as 'K7QM-3XPA-9D'."""
    n = int.from_bytes(cert_id[:7], "big") >> 6
    chars = "".join(CROCKFORD[(n >> (5 * i)) & 31] for i in reversed(range(10)))
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def normalize_code(typed: str) -> str | None:
    """Forgive case, spaces, dashes and the look-alikes I/L/O; None if it cannot be a code."""
    chars = re.sub(r"[\s\-]", "", typed).upper().translate(str.maketrans("ILO", "110"))
    if len(chars) != 10 or any(ch not in CROCKFORD for ch in chars):
        return None
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def key_id_for(public_key: bytes) -> str:
    return hashlib.sha256(public_key).digest()[:8].hex()


def holder_hash(cert_id: bytes, full_name: str, birth_year: int) -> bytes:
    name = nfc(clean(full_name).casefold())
    material = cert_id + name.encode("utf-8") + b"\x00" + str(int(birth_year)).encode("ascii")
    return hashlib.sha256(material).digest()[:HOLDER_BYTES]


# --- payload ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Payload:
    key_id: bytes
    cert_id: bytes
    issued_on: date
    module: str
    holder: bytes
    signature: bytes = b""

    def signed_part(self) -> bytes:
        days = (self.issued_on - EPOCH).days.to_bytes(2, "big")
        module = self.module.encode("ascii")
        return (
            bytes([VERSION])
            + self.key_id
            + self.cert_id
            + days
            + bytes([len(module)])
            + module
            + self.holder
        )

    def text(self) -> str:
        return PREFIX + b45encode(self.signed_part() + self.signature)


def parse_payload(text: str) -> Payload:
    """Decode the QR text; ValueError for anything that is not a well-formed version-1 payload."""
    if not isinstance(text, str) or not text.startswith(PREFIX):
        raise ValueError("missing prefix")
    raw = b45decode(text[len(PREFIX) :])
    if len(raw) < 23 or raw[0] != VERSION:
        raise ValueError("unknown version")
    end = 22 + raw[21]
    if len(raw) != end + HOLDER_BYTES + SIG_BYTES:
        raise ValueError("bad length")
    module = raw[22:end].decode("ascii")
    if not MODULE_RE.fullmatch(module):
        raise ValueError("bad module code")
    issued_on = EPOCH + timedelta(days=int.from_bytes(raw[19:21], "big"))
    holder = raw[end : end + HOLDER_BYTES]
    return Payload(raw[1:9], raw[9:19], issued_on, module, holder, raw[end + HOLDER_BYTES :])


def signature_ok(public_key: bytes, payload: Payload) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            payload.signature, payload.signed_part()
        )
    except (InvalidSignature, ValueError):
        return False
    return True


# --- results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuedCertificate:
    id: str
    code: str
    payload: str
    holder_name: str
    birth_year: int
    module: str
    module_title: str
    ward_name: str
    issued_on: date


@dataclass(frozen=True)
class Verification:
    valid: bool
    reason: str
    message: str
    certificate_id: str | None = None
    issued_on: date | None = None
    ward_name: str | None = None
    module: str | None = None
    module_title: str | None = None
    holder_name: str | None = None
    holder_erased: bool = False
    issued_here: bool = False  # matches a certificate of this database: id, key and payload


def _failed(reason: str) -> Verification:
    return Verification(valid=False, reason=reason, message=MESSAGES[reason])


def _describe(
    payload: Payload, key: SigningKey, cert: Certificate | None, s: Session
) -> Verification:
    reason = "revoked" if cert is not None and cert.revoked_reason is not None else "ok"
    resident = s.get(Resident, cert.resident_id) if cert and cert.resident_id else None
    erased = cert is not None and (
        cert.holder_erased or resident is None or resident.erased_at is not None
    )
    return Verification(
        valid=reason == "ok",
        reason=reason,
        message=MESSAGES[reason],
        certificate_id=payload.cert_id.hex(),
        issued_on=payload.issued_on,
        ward_name=key.ward_name,
        module=payload.module,
        module_title=cert.module_title if cert else None,
        holder_name=None if erased or resident is None else nfc(resident.full_name),
        holder_erased=erased,
        issued_here=cert is not None,
    )


def local_certificate(s: Session, payload: Payload) -> Certificate | None:
    """This database's record of the certificate in `payload`: same id, same signing key and
    same payload. Another trusted ward may sign any id, so the id alone proves nothing."""
    cert = s.get(Certificate, payload.cert_id.hex())
    if cert is None or cert.key_id != payload.key_id.hex():
        return None
    return cert if hmac.compare_digest(cert.payload, payload.text()) else None


# --- the service -----------------------------------------------------------------------------


class CertificateService:
    def __init__(
        self, session_factory: sessionmaker[Session], clock: Clock, ward_name: str
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._ward_name = clean(ward_name)

    def ensure_key(self) -> str:
        """This installation's signing key id, creating the key on first use."""
        with self._sessions.begin() as s:
            if (own := self._own_key(s)) is not None:
                return own.key_id
            private = Ed25519PrivateKey.generate()
            public = private.public_key().public_bytes_raw()
            key_id = key_id_for(public)
            s.add(
                SigningKey(
                    key_id=key_id,
                    ward_name=self._ward_name,
                    public_key=public,
                    private_key=private.private_bytes_raw(),
                    created_at=self._clock.now(),
                )
            )
            return key_id

    def set_ward_name(self, ward_name: str) -> None:
        """The ward's name on what it issues from now on. A key that has signed nothing yet
        takes the new name too; one that has keeps the name other wards already trust it by."""
        self._ward_name = clean(ward_name)
        with self._sessions.begin() as s:
            own = self._own_key(s)
            if own is not None and not _has_signed(s, own.key_id):
                own.ward_name = self._ward_name
        self.ensure_key()

    @staticmethod
    def _own_key(s: Session) -> SigningKey | None:
        query = select(SigningKey).where(SigningKey.private_key.is_not(None))
        return s.scalars(query.order_by(SigningKey.created_at, SigningKey.key_id)).first()

    def issue(self, resident_id: str, module: str, module_title: str) -> IssuedCertificate:
        module, module_title = clean(module), clean(module_title)
        if not MODULE_RE.fullmatch(module):
            raise ValidationError(
                "module",
                "bad_module",
                "Module code must be 1-32 ASCII letters, digits, '.', '_' or '-'.",
            )
        self.ensure_key()
        with self._sessions.begin() as s:
            resident = s.get(Resident, resident_id)
            if resident is None or resident.erased_at is not None:
                raise NotFound(f"resident {resident_id}")
            key = self._own_key(s)
            assert key is not None and key.private_key is not None
            cert_id = secrets.token_bytes(ID_BYTES)
            unsigned = Payload(
                bytes.fromhex(key.key_id),
                cert_id,
                self._clock.today(),
                module,
                holder_hash(cert_id, resident.full_name, resident.birth_year),
            )
            signature = Ed25519PrivateKey.from_private_bytes(key.private_key).sign(
                unsigned.signed_part()
            )
            signed = replace(unsigned, signature=signature)
            issued = IssuedCertificate(
                cert_id.hex(),
                short_code(cert_id),
                signed.text(),
                clean(resident.full_name),
                resident.birth_year,
                module,
                module_title,
                self._ward_name,
                signed.issued_on,
            )
            s.add(
                Certificate(
                    id=issued.id,
                    code=issued.code,
                    resident_id=resident.id,
                    module=module,
                    module_title=module_title,
                    key_id=key.key_id,
                    issued_on=issued.issued_on,
                    payload=issued.payload,
                    holder_erased=False,
                )
            )
        return issued

    def _check(self, s: Session, text: str) -> tuple[Payload, SigningKey] | Verification:
        try:
            payload = parse_payload(text.strip() if isinstance(text, str) else text)
        except (ValueError, TypeError, UnicodeDecodeError):
            return _failed("malformed")
        key = s.get(SigningKey, payload.key_id.hex())
        if key is None:
            return _failed("unknown_key")
        if not signature_ok(key.public_key, payload):
            return _failed("bad_signature")
        return payload, key

    def verify(self, text: str) -> Verification:
        with self._sessions() as s:
            checked = self._check(s, text)
            if isinstance(checked, Verification):
                return checked
            payload, key = checked
            return _describe(payload, key, local_certificate(s, payload), s)

    def verify_holder(self, text: str, full_name: str, birth_year: int) -> bool:
        """True when the payload is genuine and was issued to this name and birth year."""
        with self._sessions() as s:
            checked = self._check(s, text)
        if isinstance(checked, Verification):
            return False
        expected = holder_hash(checked[0].cert_id, full_name, birth_year)
        return hmac.compare_digest(expected, checked[0].holder)

    def find_by_code(self, code: str) -> Verification:
        normalized = normalize_code(code) if isinstance(code, str) else None
        if normalized is None:
            return _failed("malformed")
        with self._sessions() as s:
            payload = s.scalars(
                select(Certificate.payload).where(Certificate.code == normalized)
            ).first()
        return _failed("not_found") if payload is None else self.verify(payload)

    def revoke(self, certificate_id: str, reason: str, *, actor: str) -> None:
        """Staff and admin only (docs/roles.md)."""
        require(actor, Action.REVOKE)
        with self._sessions.begin() as s:
            cert = s.get(Certificate, certificate_id)
            if cert is None:
                raise NotFound(f"certificate {certificate_id}")
            cert.revoked_reason = clean(reason) or "revoked"

    def export_public_key(self) -> str:
        key_id = self.ensure_key()
        with self._sessions() as s:
            key = s.get(SigningKey, key_id)
            assert key is not None
            public = base64.b64encode(key.public_key).decode("ascii")
            lines = (
                KEY_BEGIN,
                f"Ward: {key.ward_name}",
                f"Key-Id: {key_id}",
                f"Public-Key: {public}",
                KEY_END,
            )
            return "\n".join(lines) + "\n"

    def trust(self, text: str) -> str:
        """Store another ward's exported public key; returns its key id."""
        ward, public = _parse_public_key(text)
        key_id = key_id_for(public)
        with self._sessions.begin() as s:
            if s.get(SigningKey, key_id) is None:
                s.add(
                    SigningKey(
                        key_id=key_id,
                        ward_name=ward,
                        public_key=public,
                        private_key=None,
                        created_at=self._clock.now(),
                    )
                )
        return key_id


def _has_signed(s: Session, key_id: str) -> bool:
    query = select(Certificate.id).where(Certificate.key_id == key_id).limit(1)
    return s.scalars(query).first() is not None


def _parse_public_key(text: str) -> tuple[str, bytes]:
    fields = dict(line.split(":", 1) for line in nfc(text).splitlines() if ":" in line)
    fields = {k.strip().lower(): v.strip() for k, v in fields.items()}
    try:
        public = base64.b64decode(fields["public-key"], validate=True)
        Ed25519PublicKey.from_public_bytes(public)
        ward = clean(fields["ward"])
    except (KeyError, ValueError) as exc:
        raise ValidationError(
            "public_key", "bad_key", "This is not a ward public key file."
        ) from exc
    if not ward or fields.get("key-id", key_id_for(public)).lower() != key_id_for(public):
        raise ValidationError("public_key", "bad_key", "The key id does not match the public key.")
    return ward, public
