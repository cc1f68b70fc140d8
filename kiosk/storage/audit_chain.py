"""How an audit entry is hashed into the chain. Changing this breaks every stored chain."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

GENESIS = "0" * 64
# A signed head beside each backup: `<backup name>.audit-head.json`.
HEAD_SUFFIX = ".audit-head.json"


def entry_hash(at: datetime, actor: str, action: str, detail: str, prev_hash: str) -> str:
    """SHA-256 of a canonical JSON array: the time to the microsecond, no time zone."""
    fields = [at.isoformat(timespec="microseconds"), actor, action, detail, prev_hash]
    canonical = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def head_message(entry_id: int, hash_: str) -> bytes:
    """What a signed head says: this entry, with this hash, is the chain's head."""
    return f"morning-coffee-audit-head:{entry_id}:{hash_}".encode("ascii")
