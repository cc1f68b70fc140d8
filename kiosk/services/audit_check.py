"""`kiosk audit verify` and the admin's audit screen: is the audit log as it was written?

Walks the chain in id order (each entry's hash, each link to the entry before), then holds the
result against the head row and every signed head: the daily seals in the database and the
heads written beside each backup. An edit that recomputed the whole chain still differs from
the heads signed before it.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.storage.audit_chain import GENESIS, HEAD_SUFFIX, entry_hash, head_message
from kiosk.storage.models import AuditEntry, AuditHead, AuditSeal, SigningKey

# What can be wrong with an entry, in the words the command line prints.
PROBLEMS = {
    "edited": "its content was changed after it was written",
    "unlinked": "the entry before it is missing, or entries were moved",
    "removed": "it was removed (a signed head names it)",
    "not_signed_head": "its hash is not the one recorded as the chain's head: the log was "
    "changed at or before this entry and the chain recomputed",
    "bad_signature": "the signed head for it does not carry a valid ward signature",
}


@dataclass(frozen=True)
class Problem:
    entry_id: int
    at: datetime | None
    code: str

    @property
    def text(self) -> str:
        return PROBLEMS[self.code]


@dataclass(frozen=True)
class SignedHead:
    entry_id: int
    hash: str
    key_id: str
    signature: bytes
    day: date | None = None


def check_chain(session_factory: sessionmaker, heads_dir: Path | None = None) -> Problem | None:
    """The first bad entry, or None when the log is untouched."""
    with session_factory() as db:
        heads = _stored_heads(db) + (backup_heads(heads_dir) if heads_dir else [])
        keys = {k.key_id: k.public_key for k in db.scalars(select(SigningKey))}
        problems = [p for h in heads if (p := _bad_signature(h, keys))]
        expected: dict[int, list[SignedHead]] = {}
        for h in heads:
            expected.setdefault(h.entry_id, []).append(h)
        problems += _walk(db, expected)
    return min(problems, key=lambda p: p.entry_id, default=None)


def _walk(db: Session, expected: dict[int, list[SignedHead]]) -> list[Problem]:
    problems: list[Problem] = []
    prev, last_id = GENESIS, 0
    head = db.get(AuditHead, 1)
    query = select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=500)
    for e in db.scalars(query):
        if e.prev_hash != prev:
            problems.append(Problem(e.id, e.at, "unlinked"))
        if entry_hash(e.at, e.actor, e.action, e.detail, e.prev_hash) != e.hash:
            problems.append(Problem(e.id, e.at, "edited"))
        if any(signed.hash != e.hash for signed in expected.pop(e.id, [])):
            problems.append(Problem(e.id, e.at, "not_signed_head"))
        if head is not None and e.id == head.last_id and e.hash != head.last_hash:
            problems.append(Problem(e.id, e.at, "not_signed_head"))
        prev, last_id = e.hash, e.id
        if problems:
            return problems  # the first is all we name
    problems += [Problem(i, _day(h[0]), "removed") for i, h in expected.items() if i > last_id]
    if head is not None and head.last_id > last_id:  # read first: later entries are new ones
        problems.append(Problem(head.last_id, None, "removed"))
    return problems


def _day(head: SignedHead) -> datetime | None:
    return datetime.combine(head.day, datetime.min.time()) if head.day else None


def _stored_heads(db: Session) -> list[SignedHead]:
    return [
        SignedHead(s.entry_id, s.hash, s.key_id, s.signature, s.day)
        for s in db.scalars(select(AuditSeal))
    ]


def backup_heads(folder: Path) -> list[SignedHead]:
    """The signed heads written beside the backups in `folder`; an unreadable one counts as a
    head with no valid signature."""
    heads = []
    for path in sorted(folder.glob(f"*{HEAD_SUFFIX}")) if folder.is_dir() else ():
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            signature = base64.b64decode(doc["signature"])
            heads.append(
                SignedHead(int(doc["entry_id"]), str(doc["hash"]), doc["key_id"], signature)
            )
        except (OSError, ValueError, KeyError, TypeError):
            heads.append(SignedHead(0, "", "", b""))
    return heads


def _bad_signature(head: SignedHead, keys: dict[str, bytes]) -> Problem | None:
    public = keys.get(head.key_id)
    try:
        if public is None:
            raise InvalidSignature
        key = Ed25519PublicKey.from_public_bytes(public)
        key.verify(head.signature, head_message(head.entry_id, head.hash))
    except (InvalidSignature, ValueError):
        return Problem(head.entry_id, _day(head), "bad_signature")
    return None
