#pragma once

// The sandbox speaks JSON through nlohmann-json, never Qt's JSON classes, so that a quirk of the
// client's stack can never be mirrored by the emulator (docs/architecture.md, "The sandbox").
#include <nlohmann/json.hpp>

namespace fieldlink::sandbox {

// Insertion-ordered objects keep the emulator's bodies in the same key order as the real services'
// documented examples, which makes captured responses easy to compare by eye.
using Json = nlohmann::ordered_json;

} // namespace fieldlink::sandbox
