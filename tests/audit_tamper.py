"""Ways to change a stored audit log behind the kiosk's back, for the chain's tests."""

from __future__ import annotations

from sqlalchemy import text

from kiosk.storage.audit_chain import GENESIS, entry_hash
from kiosk.storage.models import AuditEntry, AuditHead

COLUMNS = ("at", "actor", "action", "detail", "prev_hash", "hash")


def edit(factory, entry_id: int) -> None:
    with factory.begin() as s:
        s.execute(
            text("UPDATE audit_log SET detail = 'nothing to see' WHERE id = :i"), {"i": entry_id}
        )


def delete(factory, entry_id: int) -> None:
    with factory.begin() as s:
        s.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": entry_id})


def swap(factory, a: int, b: int) -> None:
    """Two entries change places: every stored column but the id."""
    with factory.begin() as s:
        rows = {
            r.id: r
            for r in s.execute(
                text("SELECT * FROM audit_log WHERE id IN (:a, :b)"), {"a": a, "b": b}
            )
        }
        sets = ", ".join(f"{c} = :{c}" for c in COLUMNS)
        for target, source in ((a, b), (b, a)):
            values = {c: getattr(rows[source], c) for c in COLUMNS}
            s.execute(text(f"UPDATE audit_log SET {sets} WHERE id = :id"), {**values, "id": target})


def recompute(factory) -> None:
    """What a careful forger does after an edit: every hash and the head made consistent."""
    with factory.begin() as s:
        prev, last = GENESIS, 0
        for e in s.query(AuditEntry).order_by(AuditEntry.id):
            e.prev_hash, e.hash = prev, entry_hash(e.at, e.actor, e.action, e.detail, prev)
            prev, last = e.hash, e.id
        head = s.get(AuditHead, 1)
        head.last_id, head.last_hash = last, prev


def edit_and_recompute(factory, entry_id: int, *, drop_seals: bool = False) -> None:
    edit(factory, entry_id)
    recompute(factory)
    if drop_seals:
        with factory.begin() as s:
            s.execute(text("DELETE FROM audit_seals"))


TAMPERING = {
    "edit": lambda f: edit(f, 2),
    "delete": lambda f: delete(f, 2),
    "reorder": lambda f: swap(f, 2, 3),
    "recompute_after_edit": lambda f: edit_and_recompute(f, 2),
}
# The first bad entry each one leaves (the seed below: entries 1-3 on day 1, 4-6 on day 2).
FIRST_BAD = {"edit": 2, "delete": 3, "reorder": 2, "recompute_after_edit": 4}


def seed(audit, clock, days: int = 2, per_day: int = 3) -> None:
    for day in range(days):
        for n in range(per_day):
            audit.record("staff", "print_attendance", f"sheet {day}-{n}")
            clock.advance(600)
        clock.advance(24 * 3600)
