"""The current person's visit: what the screens share between attract and goodbye."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Visit:
    language: str = "vi"
    consented: bool = False
    consent_id: str | None = None
    resident_id: str | None = None
    new_resident: bool = False  # signed up during this visit (offered a learner card)
    resident_name: str = ""
    birth_year: int | None = None
    tutorial_id: str | None = None
    mode: str = "guided"
    run_id: str | None = None
    passed: bool = False
    summary: dict[str, object] = field(default_factory=dict)
    certificate_id: str | None = None
