#!/usr/bin/env bash
# Renders the README's pictures of the app on the built-in sandbox (offscreen; no display needed): each page
# (Connections, Mapping with samples, Test Sync after a dry run, History) at 1366×768, a common laptop's
# screen, in English and Spanish, into docs/screenshots/<page>-<lang>.png. Run it after a change to what
# the screens look like, and look at every picture.
#   --dark       a dark Fusion palette (files end in -dark)
#   --scale N    QT_SCALE_FACTOR=N, as on a high-DPI screen (files end in @Nx)
#   --lang CODE  only this language (repeatable; default: en and es)
#   --out DIR    somewhere else than docs/screenshots
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/screenshots
languages=()
dark=()
suffix=""
scale=""
while [ $# -gt 0 ]; do
    case "$1" in
        --dark) dark=(--dark); suffix="$suffix-dark" ;;
        --scale) scale="$2"; shift ;;
        --lang) languages+=("$2"); shift ;;
        --out) out="$2"; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
[ ${#languages[@]} -gt 0 ] || languages=(en es)
if [ -n "$scale" ]; then
    export QT_SCALE_FACTOR="$scale"
    suffix="$suffix@${scale}x"
fi

if [ -z "${FIELDLINK_SKIP_BUILD:-}" ]; then
    scripts/setup.sh
    cmake --preset default >/dev/null
    cmake --build --preset default --target fieldlink-screenshot
fi
mkdir -p "$out"
for language in "${languages[@]}"; do
    dbus-run-session -- scripts/with-keyring.sh build/default/tests/gui/fieldlink-screenshot "$out" \
        --lang "$language" --suffix "$suffix" "${dark[@]}"
done
echo "wrote $out/{connections,mapping,test-sync,history}-{$(IFS=,; echo "${languages[*]}")}$suffix.png"
