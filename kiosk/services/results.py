"""Tutorial results: one TutorialRun per attempt, one StepResult per step, and progress.

Services sit below kiosk.tutorials, so step results arrive as anything shaped like
`StepOutcome` (the engine's `StepRecord` is).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal, Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import KioskError, NotFound
from kiosk.storage.models import StepResult, TutorialRun

MODES = ("guided", "practice", "check")
OUTCOMES = ("ok", "helped", "skipped")
Progress = Literal["not_started", "practised", "passed"]


class StepOutcome(Protocol):
    @property
    def step_id(self) -> str: ...
    @property
    def seconds(self) -> float: ...
    @property
    def mistakes(self) -> int: ...
    @property
    def hints(self) -> int: ...
    @property
    def outcome(self) -> str: ...


class ResultsService:
    def __init__(self, session_factory: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def start_run(self, resident_id: str | None, tutorial_id: str, mode: str) -> str:
        """Open a run; anonymous practice (no consent) passes resident_id=None."""
        if mode not in MODES:
            raise KioskError(f"unknown tutorial mode '{mode}'")
        run = TutorialRun(
            resident_id=resident_id,
            tutorial_id=tutorial_id,
            mode=mode,
            started_at=self._clock.now(),
            completed=False,
            passed=False,
        )
        with self._sessions.begin() as session:
            session.add(run)
        return run.id

    def record_step(self, run_id: str, step_index: int, result: StepOutcome) -> None:
        """Store one finished step as it happens, so a crash keeps what was done."""
        with self._sessions.begin() as session:
            self._run(session, run_id)
            session.execute(
                delete(StepResult).where(
                    StepResult.run_id == run_id, StepResult.step_index >= step_index
                )
            )  # a Back in the engine redoes steps, so later rows are stale
            session.add(_row(run_id, step_index, result))

    def finish_run(
        self,
        run_id: str,
        step_results: Sequence[StepOutcome],
        passed: bool,
        *,
        completed: bool | None = None,
    ) -> None:
        """Close the run with the engine's final results, replacing any recorded earlier.

        `completed` defaults to "every step done, none skipped". Only check runs pass.
        """
        if completed is None:
            completed = bool(step_results) and all(r.outcome != "skipped" for r in step_results)
        with self._sessions.begin() as session:
            run = self._run(session, run_id)
            if passed and (run.mode != "check" or not completed):
                raise KioskError("only a completed run in check mode can pass")
            session.execute(delete(StepResult).where(StepResult.run_id == run_id))
            session.add_all(_row(run_id, i, r) for i, r in enumerate(step_results))
            run.finished_at = self._clock.now()
            run.completed, run.passed = completed, passed

    def progress(
        self, resident_id: str | None, tutorial_ids: Iterable[str] = ()
    ) -> dict[str, Progress]:
        """Per tutorial: passed (a check run passed), practised (any finished step), or
        not started. Ids in `tutorial_ids` are always present, so the catalog can show all."""
        result: dict[str, Progress] = {tid: "not_started" for tid in tutorial_ids}
        if resident_id is None:
            return result
        with self._sessions() as session:
            runs = session.scalars(
                select(TutorialRun).where(TutorialRun.resident_id == resident_id)
            ).all()
            for run in runs:
                result[run.tutorial_id] = _better(result.get(run.tutorial_id), _state(run))
        return result

    def steps(self, run_id: str) -> list[StepResult]:
        """The stored step rows of a run, in order (detached, for reports and tests)."""
        with self._sessions() as session:
            return list(self._run(session, run_id).steps)

    def _run(self, session: Session, run_id: str) -> TutorialRun:
        run = session.get(TutorialRun, run_id)
        if run is None:
            raise NotFound(f"tutorial run {run_id}")
        return run


def _row(run_id: str, index: int, result: StepOutcome) -> StepResult:
    if result.outcome not in OUTCOMES:
        raise KioskError(f"unknown step outcome '{result.outcome}'")
    return StepResult(
        run_id=run_id,
        step_index=index,
        step_id=result.step_id,
        seconds=float(result.seconds),
        mistakes=result.mistakes,
        hints=result.hints,
        outcome=result.outcome,
    )


def _state(run: TutorialRun) -> Progress:
    if run.passed:
        return "passed"
    if run.completed or any(step.outcome != "skipped" for step in run.steps):
        return "practised"
    return "not_started"


_RANK: dict[str, int] = {"not_started": 0, "practised": 1, "passed": 2}


def _better(old: Progress | None, new: Progress) -> Progress:
    return new if old is None or _RANK[new] > _RANK[old] else old
