#!/usr/bin/env bash
# Idempotent developer/CI setup: system packages (Debian/Ubuntu), .venv, editable install,
# compiled Qt translations. Safe to run on every start; a second run takes about a second.
#
#   scripts/setup.sh                 # everything
#   scripts/setup.sh --bundle-tools  # also the packages PyInstaller needs (binutils)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

APT_PACKAGES=(
    # Qt offscreen platform (tests, screenshots)
    libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
    # QtMultimedia / QtTextToSpeech, printing
    libpulse0 libcups2
    # a real window (xcb) and Xvfb
    xvfb xauth libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
    # fonts with every Vietnamese letter
    fonts-liberation2 fonts-dejavu-core
    # virtual PDF printer for the print tests, and PDF rasterizing
    cups cups-client printer-driver-cups-pdf poppler-utils
    # the tests run at a false date (scripts/test.sh)
    faketime
    # a ward's shared database; scripts/test.sh starts a private cluster; the locales let a
    # test create a database in vi_VN.UTF-8 / en_US.UTF-8 as a ward's server would be
    postgresql locales
    # Vietnamese voice
    speech-dispatcher espeak-ng speech-dispatcher-espeak-ng
)

log() { printf 'setup: %s\n' "$*" >&2; }

is_debian_like() {
    command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        log "need root for: $*  (no sudo found)"
        return 1
    fi
}

missing_packages() {
    # One dpkg-query call for all packages keeps the no-op run fast.
    local installed
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null \
        | awk '$2 == "installed" { print $1 }' || true)"
    local pkg
    for pkg in "$@"; do
        if ! grep -qxF "$pkg" <<<"$installed"; then
            printf '%s\n' "$pkg"
        fi
    done
}

apt_install() {
    local missing=()
    mapfile -t missing < <(missing_packages "$@")
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    log "installing apt packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

system_packages() {
    if ! is_debian_like; then
        log "not Debian/Ubuntu: install the Qt runtime libraries, CUPS + cups-pdf, poppler,"
        log "fonts-liberation2 and speech-dispatcher yourself (see README, Setup)."
        return 0
    fi
    local extra=()
    if ! command -v python3 >/dev/null 2>&1; then
        extra+=(python3 python3-venv)
    fi
    if [ "${WANT_BUNDLE_TOOLS:-0}" = 1 ]; then
        extra+=(binutils)
    fi
    if ! apt_install "${APT_PACKAGES[@]}" "${extra[@]}"; then
        log "WARNING: some apt packages could not be installed"
        [ "${CI:-}" != true ] || exit 1
    fi
    generate_locales
}

WANT_LOCALES=(en_US.UTF-8 vi_VN.UTF-8)

generate_locales() {
    # PostgreSQL can only create a database in a locale the system has generated.
    command -v locale-gen >/dev/null 2>&1 && [ -f /etc/locale.gen ] || return 0
    local have missing=() loc
    have="$(locale -a 2>/dev/null | tr '[:upper:]' '[:lower:]')"
    for loc in "${WANT_LOCALES[@]}"; do
        grep -qxF "$(tr '[:upper:]' '[:lower:]' <<<"${loc/UTF-8/utf8}")" <<<"$have" \
            || missing+=("$loc")
    done
    [ "${#missing[@]}" -gt 0 ] || return 0
    log "generating locales: ${missing[*]}"
    for loc in "${missing[@]}"; do
        as_root sed -i "s/^# *\(${loc%%.*}\.UTF-8 UTF-8\)/\1/" /etc/locale.gen
        grep -q "^${loc%%.*}\.UTF-8 UTF-8" /etc/locale.gen \
            || printf '%s UTF-8\n' "$loc" | as_root tee -a /etc/locale.gen >/dev/null
    done
    as_root locale-gen >/dev/null || log "WARNING: locale-gen failed"
}

make_venv() {
    if [ -x .venv/bin/python ]; then
        return 0
    fi
    log "creating .venv"
    if ! python3 -m venv .venv; then
        rm -rf .venv
        is_debian_like || { log "python3 -m venv failed"; return 1; }
        local pyver
        pyver="$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        apt_install python3-venv "python${pyver}-venv"
        python3 -m venv .venv
    fi
}

install_project() {
    # Reinstall only when pyproject.toml changed since the last successful install.
    local stamp=.venv/.kiosk-setup-stamp want
    want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        return 0
    fi
    log "pip install -e '.[test]'"
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
    printf '%s\n' "$want" >"$stamp"
}

main() {
    local arg
    for arg in "$@"; do
        case "$arg" in
            --bundle-tools) WANT_BUNDLE_TOOLS=1 ;;
            *) log "unknown option: $arg"; exit 2 ;;
        esac
    done
    system_packages
    make_venv
    install_project
    .venv/bin/python scripts/build_translations.py
}

main "$@"
