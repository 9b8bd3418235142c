#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/GhlAccess.h"
#include "sandbox/GhlDirectory.h"
#include "sandbox/GhlRateLimiter.h"
#include "sandbox/KixieWorld.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/SeedData.h"
#include "sandbox/WebhookDispatcher.h"

#include <atomic>
#include <mutex>
#include <string>

namespace fieldlink::sandbox {

/// Both services' data. Every route handler holds `mutex` while it reads or writes any of it.
struct SandboxWorld {
    explicit SandboxWorld(std::uint64_t seed)
        : ghl(seed)
        , access(seed)
        , kixie(seed) {}

    std::mutex mutex;
    GhlDirectory ghl;
    GhlAccess access;
    KixieWorld kixie;
    SandboxCredentials credentials;

    void seed(std::uint64_t seed, int contacts);
    Json toJson() const;
    void loadJson(const Json& json);
};

/// What the route handlers share. Owned by SandboxServer; handlers run on httplib's worker threads.
struct SandboxContext {
    explicit SandboxContext(const SandboxOptions& startOptions)
        : options(startOptions)
        , world(startOptions.seed)
        , faults(startOptions.seed) {}

    SandboxOptions options;
    SandboxWorld world;
    GhlRateLimiter ghlLimiter;
    FaultInjector faults;
    SandboxStats stats;
    WebhookDispatcher webhooks;
    std::atomic<bool> stopping{false};
    std::atomic<int> port{0};

    std::string baseUrl() const { return "http://" + options.host + ":" + std::to_string(port.load()); }
};

} // namespace fieldlink::sandbox
