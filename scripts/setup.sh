#!/usr/bin/env bash
# Installs every Debian 12 package Fieldlink needs to build, run and test. Safe to run again: it does
# nothing when everything is already there. Runs apt-get as root, or through sudo.
set -euo pipefail

packages=(
    # toolchain; clang and its runtimes (libFuzzer, sanitizers) only build the fuzz targets, and
    # libclang-rt-14-dev is merely "recommended" by clang, so it is named here
    cmake ninja-build g++ pkg-config clang libclang-rt-14-dev
    # Qt 6.4 from Debian: Widgets, Network, Sql + SQLite driver, platform plugins, the SVG icon engine
    # (libqt6svg6: the app's icons are SVG, sharp at any scale), Linguist, NetworkAuth
    qt6-base-dev qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-networkauth-dev qtkeychain-qt6-dev libgl-dev fonts-dejavu-core
    # Qt HTTP Server: the Kixie webhook listener (an HTTP server library Qt maintains; no parsing of our own)
    # (its CMake package needs Qt WebSockets' too)
    qt6-httpserver-dev qt6-websockets-dev
    # phone numbers (never hand-rolled E.164)
    libphonenumber-dev
    # the sandbox emulator only (libssl-dev, which libcpp-httplib-dev already needs, gives its PKCE check SHA-256)
    libcpp-httplib-dev nlohmann-json3-dev libssl-dev
    # packaging: dpkg-shlibdeps names the .deb's library dependencies; the desktop file and AppStream
    # metainfo are checked by the same validators distributions run
    dpkg-dev desktop-file-utils appstream
    # keychain tests: a real Secret Service in a private D-Bus session
    dbus dbus-bin dbus-daemon gnome-keyring
    # schedules: systemctl --user runs them, and the tests check their unit files with systemd-analyze verify
    systemd
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi
echo "Installing: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
