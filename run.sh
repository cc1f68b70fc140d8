#!/usr/bin/env bash
# First command of the README: set up, then show the kiosk.
# With a display: the full-screen kiosk on demo data. Without one: a headless
# demo tour that writes screenshots and sample PDFs. Extra arguments pass through.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

scripts/setup.sh

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec .venv/bin/kiosk run --demo "$@"
fi

OUT="$ROOT/demo-output"
echo "No display (\$DISPLAY / \$WAYLAND_DISPLAY unset): running the headless demo tour." >&2
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" .venv/bin/kiosk demo --screenshots "$OUT" "$@"
echo "Screenshots (PNG) and sample PDFs are in: $OUT"
ls -1 "$OUT" 2>/dev/null || true
