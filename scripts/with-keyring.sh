#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring (Secret Service) in the current D-Bus session, the way the
# keychain tests need it. Call it inside `dbus-run-session --`, never on a user's own session: its keyring
# lives in a throw-away directory.
set -euo pipefail
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data"
export XDG_RUNTIME_DIR="$keyring_home/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the new login keyring's password from standard input and leaves it unlocked.
printf 'fieldlink-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
