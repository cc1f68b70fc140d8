"""The curriculum: passed in check mode, tutorial by tutorial, until complete."""

from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.curriculum import Curriculum
from kiosk.services.results import ResultsService


def _pass(results, resident_id, tutorial_id, mode="check", passed=True):
    run = results.start_run(resident_id, tutorial_id, mode)
    results.finish_run(run, [], passed, completed=True)


def test_status_counts_only_passed_check_runs_of_known_tutorials(db, clock):
    results = ResultsService(db[1], clock)
    resident = CheckInService(db[1], clock, "k").register(NewResident("Lê Văn Tám", 1950, "KP 1"))
    course = Curriculum(results, "Công dân số cơ bản", ["a", "b", "gone"], known=["a", "b", "c"])
    assert course.unknown == ("gone",)
    assert course.status(resident.id).missing == ("a", "b")
    _pass(results, resident.id, "a")
    _pass(results, resident.id, "b", mode="guided", passed=False)  # practice does not count
    status = course.status(resident.id)
    assert status.passed == ("a",) and status.missing == ("b",) and not status.complete
    _pass(results, resident.id, "b")
    assert course.status(resident.id).complete
    assert course.status(None).passed == ()


def test_empty_curriculum_is_never_complete(db, clock):
    course = Curriculum(ResultsService(db[1], clock), "X", [], known=["a"])
    assert not course.status(None).complete
