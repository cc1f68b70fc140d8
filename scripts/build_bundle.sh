#!/usr/bin/env bash
# Build the PyInstaller one-folder bundle dist/kiosk/ from installer.spec and smoke-start it.
# On Windows run the same spec by hand: see README, "Building a bundle".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

scripts/setup.sh --bundle-tools
if ! .venv/bin/python -c 'import PyInstaller' 2>/dev/null; then
    .venv/bin/python -m pip install -q --disable-pip-version-check pyinstaller
fi

started=$SECONDS
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN installer.spec
echo "build_bundle: built dist/kiosk in $((SECONDS - started)) s, $(du -sh dist/kiosk | cut -f1)"

BUNDLE="$ROOT/dist/kiosk"
INTERNAL="$BUNDLE/_internal"
for required in \
    "$INTERNAL/kiosk/storage/migrations/env.py" \
    "$INTERNAL/kiosk/storage/migrations/script.py.mako" \
    "$INTERNAL/fontpkg_be_vietnam_pro/files/BeVietnamPro-Regular.ttf"; do
    [ -f "$required" ] || { echo "build_bundle: missing $required" >&2; exit 1; }
done
vkb_qmldir="$(find "$INTERNAL/PySide6" -path '*/qml/QtQuick/VirtualKeyboard/qmldir' | head -n1)"
[ -n "$vkb_qmldir" ] || { echo "build_bundle: Qt Virtual Keyboard QML missing" >&2; exit 1; }

# Smoke start offscreen; a subcommand that does not exist yet is reported, not fatal.
export QT_QPA_PLATFORM=offscreen
smoke() {
    local out rc=0
    out="$("$BUNDLE/kiosk" "$@" 2>&1)" || rc=$?
    if [ "$rc" -eq 0 ]; then
        echo "build_bundle: ok: kiosk $*"
    elif grep -q "invalid choice" <<<"$out"; then
        echo "build_bundle: skipped: kiosk $* (subcommand not written yet)"
    else
        printf '%s\n' "$out" >&2
        echo "build_bundle: FAILED: kiosk $* (exit $rc)" >&2
        return 1
    fi
}
smoke --help
smoke tutorials check
