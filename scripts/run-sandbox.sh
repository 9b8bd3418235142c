#!/usr/bin/env bash
# Builds Fieldlink and opens it on the built-in sandbox: no account needed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset default
cmake --build --preset default --target fieldlink
exec build/default/src/app/fieldlink --sandbox "$@"
