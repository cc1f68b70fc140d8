#!/usr/bin/env bash
# Second command of the README: set up, start a private CUPS with a virtual PDF
# printer and a private PostgreSQL cluster on loopback, run pytest offscreen on three workers
# (pytest-xdist) at a false date (faketime), so that a test which reads the machine's date
# instead of the kiosk's Clock fails here, not on some later day. Arguments go to pytest (e.g. -k printing, -m "not cups", -n 0).
#
#   KIOSK_TEST_DATE="2031-07-01 09:00:00"  the date the tests see (default: the next 29 February
#                                           at least a year ahead); "now" runs at the real date
#   KIOSK_TEST_WORKERS=4                    pytest-xdist workers (default 3; 0: one process)
#   KIOSK_TEST_POSTGRES_PORT=55432          the private PostgreSQL cluster's port
#
# Exit code is pytest's; "no tests collected" (5) counts as a failure too.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf 'test.sh: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        return 1
    fi
}

CUPSD_PID=""
RUNTIME_DIR=""
PG_DIR=""
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
PG_PORT="${KIOSK_TEST_POSTGRES_PORT:-55432}"

# shellcheck disable=SC2317  # called through the trap
cleanup() {
    if [ -n "$CUPSD_PID" ] && kill -0 "$CUPSD_PID" 2>/dev/null; then
        as_root kill "$CUPSD_PID" 2>/dev/null || true
        wait "$CUPSD_PID" 2>/dev/null || true
    fi
    if [ -n "$RUNTIME_DIR" ]; then
        rm -rf "$RUNTIME_DIR"
    fi
    stop_postgres
}
trap cleanup EXIT

cups_running() { lpstat -r 2>/dev/null | grep -q 'is running'; }

start_cups() {
    if ! command -v lpstat >/dev/null 2>&1 || [ ! -x /usr/sbin/cupsd ]; then
        log "CUPS is not installed"
        return 1
    fi
    if ! cups_running; then
        # PITFALLS: packages do not start services here, so run our own cupsd.
        if [ "$(id -u)" -eq 0 ]; then
            /usr/sbin/cupsd -f &
        else
            sudo /usr/sbin/cupsd -f &
        fi
        CUPSD_PID=$!
        local _
        for _ in $(seq 1 100); do
            cups_running && break
            kill -0 "$CUPSD_PID" 2>/dev/null || { log "cupsd exited"; return 1; }
            sleep 0.1
        done
        cups_running || { log "cupsd did not come up within 10 s"; return 1; }
    fi
    local out
    # lpadmin warns that PPD drivers are deprecated; show its output only on failure.
    out="$(as_root lpadmin -p PDF -v cups-pdf:/ -E -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd 2>&1)" \
        || { log "lpadmin could not add the PDF printer: $out"; return 1; }
    as_root lpadmin -d PDF
}

cups_pdf_out_dir() {
    # cups-pdf expands ${HOME} to the home of the user who submits the job: us.
    local home out
    home="$(getent passwd "$(id -un)" | cut -d: -f6)"
    home="${home:-$HOME}"
    out="$(sed -n 's/^[[:space:]]*Out[[:space:]]\+//p' /etc/cups/cups-pdf.conf 2>/dev/null | tail -n1)"
    out="${out:-\${HOME\}/PDF}"
    out="${out//\$\{HOME\}/$home}"
    out="${out//\$HOME/$home}"
    printf '%s\n' "$out"
}

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$*"
    else
        sudo -u postgres sh -c "$*"
    fi
}

# shellcheck disable=SC2317  # called through the trap
stop_postgres() {
    if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
        as_postgres "'$PGBIN/pg_ctl' -D '$PG_DIR/data' -w -m immediate stop" >/dev/null 2>&1 || true
        as_root rm -rf "$PG_DIR" 2>/dev/null || rm -rf "$PG_DIR" || true
    fi
}

start_postgres() {
    # PITFALLS: packages start no services here; a private cluster on loopback, trust auth.
    # fsync off: the tests' data is thrown away, and every test copies a template database.
    if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
        log "PostgreSQL is not installed"
        return 1
    fi
    getent passwd postgres >/dev/null || { log "no postgres user"; return 1; }
    PG_DIR="$(mktemp -d /tmp/kiosk-test-pg.XXXXXX)"
    chmod 755 "$PG_DIR"
    as_root chown postgres "$PG_DIR" || return 1
    as_postgres "'$PGBIN/initdb' -D '$PG_DIR/data' -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8" >"$PG_DIR.initdb.log" 2>&1 \
        || { log "initdb failed: $(tail -n3 "$PG_DIR.initdb.log")"; return 1; }
    as_postgres "'$PGBIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -t 30 \
        -o '-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=200' start" \
        >/dev/null 2>&1 || { log "PostgreSQL did not start: $(tail -n3 "$PG_DIR/server.log")"; return 1; }
    rm -f "$PG_DIR.initdb.log"
}

scripts/setup.sh

unset KIOSK_TEST_CUPS_ERROR
if start_cups; then
    KIOSK_TEST_CUPS_PDF_DIR="$(cups_pdf_out_dir)"
    export KIOSK_TEST_CUPS_PDF_DIR KIOSK_TEST_CUPS_PRINTER=PDF
    log "CUPS running; PDF printer output in $KIOSK_TEST_CUPS_PDF_DIR"
else
    # The cups-marked tests read this and fail (not skip).
    export KIOSK_TEST_CUPS_ERROR="scripts/test.sh could not start CUPS with the PDF printer"
    log "WARNING: $KIOSK_TEST_CUPS_ERROR"
fi

unset KIOSK_TEST_POSTGRES_ERROR KIOSK_TEST_POSTGRES_URL
if start_postgres; then
    export KIOSK_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/postgres"
    log "PostgreSQL running on 127.0.0.1:$PG_PORT"
else
    # The postgresql-marked tests read this and fail (not skip).
    export KIOSK_TEST_POSTGRES_ERROR="scripts/test.sh could not start a private PostgreSQL cluster"
    log "WARNING: $KIOSK_TEST_POSTGRES_ERROR"
fi

if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    RUNTIME_DIR="$(mktemp -d)"
    chmod 700 "$RUNTIME_DIR"
    export XDG_RUNTIME_DIR="$RUNTIME_DIR"
fi
export QT_QPA_PLATFORM=offscreen

# The next 29 February at least a year ahead: far from every fixture's date, and a leap day.
default_test_date() {
    python3 -c '
import datetime
year = datetime.date.today().year + 1
while not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
    year += 1
print(f"{year}-02-29 09:00:00")'
}

PYTEST=(.venv/bin/python -m pytest -n "${KIOSK_TEST_WORKERS:-3}")
TEST_DATE="${KIOSK_TEST_DATE:-$(default_test_date)}"
if [ "$TEST_DATE" = now ]; then
    log "tests run at the real date"
elif command -v faketime >/dev/null 2>&1; then
    # Servers started through su/sudo keep the real time: setuid drops the preload.
    log "tests run with the machine's clock at $TEST_DATE (faketime; KIOSK_TEST_DATE=now to skip)"
    PYTEST=(faketime "$TEST_DATE" "${PYTEST[@]}")
else
    log "WARNING: faketime is not installed: tests run at the real date"
    [ "${CI:-}" != true ] || exit 1
fi

rc=0
"${PYTEST[@]}" "$@" || rc=$?
if [ "$rc" -eq 5 ]; then
    log "pytest collected no tests: failing"
fi
exit "$rc"
