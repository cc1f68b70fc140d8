"""Audit log of sensitive actions: exports, erasure, printing of sheets, exit, settings.

The log is a hash chain (kiosk/storage/audit_chain.py): each entry carries the hash of the
one before. A writer locks the one-row head (`audit_head`) before it reads it, so entries from
several kiosks sharing one database form one chain: the first statement of the transaction is
an UPDATE of that row, which takes SQLite's write lock and PostgreSQL's row lock alike. At each
day's first entry the head is signed with the ward key (`audit_seals`); each backup keeps a
signed head beside it too (kiosk/services/audit_check.py reads them all back).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.private_files import write_private
from kiosk.core.text import clean
from kiosk.storage.audit_chain import GENESIS, entry_hash, head_message
from kiosk.storage.models import AuditEntry, AuditHead, AuditSeal, SigningKey

if TYPE_CHECKING:
    from kiosk.services.audit_check import Problem


class AuditLog:
    def __init__(
        self, session_factory: sessionmaker, clock: Clock, heads_dir: Path | None = None
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._heads_dir = heads_dir  # where the backups keep their signed heads

    def check(self) -> Problem | None:
        """The first entry changed since it was written, or None (slow: off the UI thread)."""
        from kiosk.services.audit_check import check_chain

        return check_chain(self._sessions, self._heads_dir)

    def record(self, actor: str, action: str, detail: str = "") -> None:
        at, detail = self._clock.now(), clean(detail)
        with self._sessions.begin() as db:
            head = lock_head(db)
            digest = entry_hash(at, actor, action, detail, head.last_hash)
            entry = AuditEntry(
                at=at,
                actor=actor,
                action=action,
                detail=detail,
                prev_hash=head.last_hash,
                hash=digest,
            )
            db.add(entry)
            db.flush()
            head.last_id, head.last_hash = entry.id, digest
            if db.get(AuditSeal, at.date()) is None:
                _seal(db, entry)

    def write_signed_head(self, path: Path) -> Path | None:
        """The chain's head now, signed, as JSON at `path` (beside a backup); None when the
        ward has no key yet."""
        with self._sessions() as db:
            head = db.get(AuditHead, 1)
            key = own_key(db)
            if head is None or key is None:
                return None
            signature = _sign(key, head.last_id, head.last_hash)
            document = {
                "entry_id": head.last_id,
                "hash": head.last_hash,
                "key_id": key.key_id,
                "signature": base64.b64encode(signature).decode("ascii"),
                "made_at": self._clock.now().isoformat(),
            }
        return write_private(path, json.dumps(document, indent=1).encode("utf-8"), durable=True)

    def recent(self, limit: int = 100) -> list[AuditEntry]:
        with self._sessions() as db:
            return list(db.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))

    def page(
        self, action: str | None = None, before_id: int | None = None, limit: int = 50
    ) -> list[AuditEntry]:
        """Newest first; `before_id` (the last id shown) continues a list, `action` filters."""
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if action:
            query = query.where(AuditEntry.action == action)
        if before_id is not None:
            query = query.where(AuditEntry.id < before_id)
        with self._sessions() as db:
            return list(db.scalars(query))

    def actions(self) -> list[str]:
        """Every action code in the log, for the viewer's filter."""
        with self._sessions() as db:
            return sorted(db.scalars(select(AuditEntry.action).distinct()))


def lock_head(db: Session) -> AuditHead:
    """The head row, locked for the rest of the transaction (made if missing)."""
    locked = db.execute(
        update(AuditHead).where(AuditHead.id == 1).values(last_id=AuditHead.last_id)
    )
    if locked.rowcount == 0:  # type: ignore[attr-defined]
        db.add(AuditHead(id=1, last_id=0, last_hash=GENESIS))
        db.flush()
    head = db.scalars(select(AuditHead).where(AuditHead.id == 1).with_for_update()).one()
    db.refresh(head)
    return head


def own_key(db: Session) -> SigningKey | None:
    query = select(SigningKey).where(SigningKey.private_key.is_not(None))
    return db.scalars(query.order_by(SigningKey.created_at, SigningKey.key_id)).first()


def _sign(key: SigningKey, entry_id: int, hash_: str) -> bytes:
    assert key.private_key is not None
    private = Ed25519PrivateKey.from_private_bytes(key.private_key)
    return private.sign(head_message(entry_id, hash_))


def _seal(db: Session, entry: AuditEntry) -> None:
    key = own_key(db)
    if key is None:
        return  # no ward key yet (first start): the next entry seals the day
    signature = _sign(key, entry.id, entry.hash)
    db.add(
        AuditSeal(
            day=entry.at.date(),
            entry_id=entry.id,
            hash=entry.hash,
            key_id=key.key_id,
            signature=signature,
        )
    )
