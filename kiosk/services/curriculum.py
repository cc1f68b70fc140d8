"""The curriculum ("Công dân số cơ bản"): which tutorials must be passed in check mode
for the programme certificate. Module certificates need only a finished tutorial."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from kiosk.services.results import ResultsService

CURRICULUM_MODULE = "cong-dan-so-co-ban"


@dataclass(frozen=True)
class CurriculumStatus:
    title: str
    passed: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return bool(self.passed) and not self.missing

    @property
    def total(self) -> int:
        return len(self.passed) + len(self.missing)


class Curriculum:
    """`tutorial_ids` from the settings, kept only where the catalog has the tutorial."""

    def __init__(
        self,
        results: ResultsService,
        title: str,
        tutorial_ids: Collection[str],
        known: Collection[str],
    ) -> None:
        self._results = results
        self.title = title
        self.tutorial_ids = tuple(t for t in tutorial_ids if t in set(known))
        self.unknown = tuple(t for t in tutorial_ids if t not in set(known))

    def status(self, resident_id: str | None) -> CurriculumStatus:
        progress = self._results.progress(resident_id, self.tutorial_ids)
        passed = tuple(t for t in self.tutorial_ids if progress[t] == "passed")
        missing = tuple(t for t in self.tutorial_ids if progress[t] != "passed")
        return CurriculumStatus(self.title, passed, missing)
