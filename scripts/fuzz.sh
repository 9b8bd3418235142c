#!/usr/bin/env bash
# Builds the libFuzzer targets (clang) and runs each over its corpus for SECONDS (default 60).
#   scripts/fuzz.sh [SECONDS]
# New interesting inputs go to build/fuzz/new-corpus/<target>/; a crash leaves build/fuzz/crash-* and fails.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
scripts/setup.sh
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (apt-get install clang)"; exit 2; }
cmake --preset fuzz
cmake --build --preset fuzz --target FuzzProfile FuzzRecord
for target in profile record; do
    binary=build/fuzz/tests/fuzz/Fuzz${target^}
    echo "== Fuzz${target^} for ${seconds}s"
    # New inputs go to a scratch folder (the first one named); the committed corpus is only read. To keep
    # what a long run found, minimise it into the corpus: Fuzz<Target> -merge=1 tests/fuzz/corpus/<target> <scratch>
    mkdir -p "build/fuzz/new-corpus/$target"
    ASAN_OPTIONS=detect_leaks=0 "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=build/fuzz/ "build/fuzz/new-corpus/$target" "tests/fuzz/corpus/$target"
done
