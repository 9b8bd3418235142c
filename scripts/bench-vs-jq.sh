#!/usr/bin/env bash
# Times `fieldlink-cli map` (default profile, E.164 via libphonenumber) against jq doing a comparable
# transform of the same file, whole process each, and prints both times and the ratio.
#   scripts/bench-vs-jq.sh [CONTACTS]        (default 100000)
# The jq program does what it can of the same work: trims and lower-cases, picks the latest notes, joins
# tags, routes by tag, and strips a phone to digits — it cannot validate numbers, so Fieldlink does more.
set -euo pipefail
cd "$(dirname "$0")/.."
contacts=${1:-100000}
if ! command -v jq >/dev/null; then
    as_root=(); [ "$(id -u)" -ne 0 ] && as_root=(sudo)
    "${as_root[@]}" apt-get install -y -qq jq
fi
cmake --preset default >/dev/null
cmake --build --preset default --target fieldlink-cli fieldlink-bench-mapping >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/default/tests/bench/fieldlink-bench-mapping --contacts "$contacts" --write "$work/contacts.jsonl"

cat > "$work/map.jq" <<'JQ'
def route: if (.tags | index("callback")) then "Callbacks"
           elif ((.tags | index("hot")) or (.tags | index("vip"))) then "Hot Leads"
           elif .type == "customer" then "Customers" else "New Leads" end;
def digits: (.phone // "") | gsub("[^0-9+]"; "");
{sourceId: .id, route: route, status: (if digits == "" then "skipped" else "mapped" end),
 payload: {target: digits, firstName: ((.firstName // "") | gsub("^\\s+|\\s+$"; "")),
           lastName: ((.lastName // "") | gsub("^\\s+|\\s+$"; "")), email: ((.email // "") | ascii_downcase),
           companyName: .companyName, crmContactId: .id, crmUserId: .assignedTo,
           nextCallRefresher: ([.notes // [] | sort_by(.dateAdded) | reverse | .[:2][] | .body] | join(" | ") | .[:500]),
           extraData: {Tags: ((.tags // []) | join(", ")), "Lead source": .source, "Time zone": .timezone}},
 diagnostics: []}
JQ

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'; }
fieldlink=$(seconds build/default/src/cli/fieldlink-cli map --profile ghl-contacts-to-kixie-powerlist --in "$work/contacts.jsonl" --out "$work/fieldlink.jsonl")
jqtime=$(seconds jq -c -f "$work/map.jq" "$work/contacts.jsonl")
awk -v n="$contacts" -v f="$fieldlink" -v j="$jqtime" 'BEGIN {
    printf "records            %d\n", n
    printf "fieldlink-cli map  %.2f s  (%.0f records/s)\n", f, n / f
    printf "jq                 %.2f s  (%.0f records/s)\n", j, n / j
    printf "ratio              %.2fx jq'"'"'s rate\n", j / f
}'
