#!/usr/bin/env bash
# Renders docs/screenshot.png, the README's picture of the app on the built-in sandbox (offscreen; no
# display needed). Run it after a change to what the first screens look like.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default --target fieldlink-screenshot
dbus-run-session -- scripts/with-keyring.sh build/default/tests/gui/fieldlink-screenshot docs/screenshot.png
echo "wrote docs/screenshot.png"
