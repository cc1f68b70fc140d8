"""Check a resident in forever; print each check-in id only once check_in() has returned.

Run by test_kill_checkin.py as `python checkin_writer.py DB_FILE`, then killed with SIGKILL.
"""

from __future__ import annotations

import sys

from kiosk.core.clock import SystemClock
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.storage.engine import open_database


def main(db_file: str) -> None:
    _, factory = open_database(f"sqlite:///{db_file}")
    service = CheckInService(factory, SystemClock(), "kiosk-kill-test")
    resident = service.register(NewResident("Đỗ Thị Hồng Nhung", 1961, "Khu phố 4"))
    while True:
        checkin_id = service.check_in(resident.id)
        print(checkin_id, flush=True)  # the acknowledgement: only after the commit returned


if __name__ == "__main__":
    main(sys.argv[1])
