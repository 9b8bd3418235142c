#!/usr/bin/env bash
# Builds Fieldlink and runs the whole test suite, from a fresh Debian 12 machine if need be.
#   scripts/test.sh          the normal build (preset "default")
#   scripts/test.sh asan     the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}

scripts/setup.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
# A private D-Bus session with an unlocked keyring for the keychain tests; GUI tests use the offscreen
# platform (set per test), so no display is needed.
dbus-run-session -- scripts/with-keyring.sh ctest --preset "$preset"
