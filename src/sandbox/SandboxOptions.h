#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/GhlRateLimiter.h"

#include <cstdint>
#include <string>

namespace fieldlink::sandbox {

/// Settings for what Kixie leaves undocumented (docs/api.md, "API facts the code relies on").
/// docs/sandbox.md explains each default.
struct KixieSettings {
    int dailyLimit = 10000;
    /// duplicateHandling when a request omits it; Kixie does not document the default.
    std::string defaultDuplicateHandling = "merge";
    /// HTTP status of business errors (`{"success":false,...}`); 200 is what integrators observed.
    int businessErrorStatus = 200;
    /// HTTP status once the daily quota is spent; Kixie does not document the over-limit answer.
    int overQuotaStatus = 429;
};

struct SandboxOptions {
    std::string host = "127.0.0.1"; ///< loopback only; the emulator never listens on other interfaces
    int port = 0;                   ///< 0 picks a free port
    std::uint64_t seed = 1;
    int contacts = 250;
    GhlRateLimitSettings ghlLimits;
    /// Lifetime of OAuth access tokens; GHL's is 86399 s.
    int ghlTokenLifetimeSeconds = 86399;
    KixieSettings kixie;
    FaultRates faults;
    /// When set, the world is loaded from this file at start (if it exists) and saved to it at stop.
    std::string stateFile;
    /// Worker threads serving requests; enough for a client's concurrency plus slow-fault sleepers.
    int threads = 16;
};

} // namespace fieldlink::sandbox
