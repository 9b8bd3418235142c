#pragma once

#include "sandbox/DeterministicRandom.h"
#include "sandbox/Json.h"

#include <mutex>
#include <optional>
#include <string>

namespace fieldlink::sandbox {

/// Probabilities (0..1) of each failure the real services are known to produce. Their sum must be <= 1:
/// one draw per API request picks at most one fault.
struct FaultRates {
    double serverError = 0;  ///< key "5xx": 500/502/503 before the request is processed
    double rateLimited = 0;  ///< key "429": a 429 that the rate limit did not call for (a shared bucket)
    double drop = 0;         ///< key "drop": request processed, connection closed half-way through the reply
    double malformed = 0;    ///< key "malformed": request processed, reply body is truncated JSON
    double slow = 0;         ///< key "slow": reply delayed by slowDelayMs, then processed
    int slowDelayMs = 35000; ///< key "slowMs": longer than any sane client transfer timeout
    /// Key "service": "ghl" or "kixie" limits the faults to that service's requests (one flaky side, the
    /// other well — e.g. Kixie's gateway failing while HighLevel answers); empty: both.
    std::string service;

    bool any() const { return serverError + rateLimited + drop + malformed + slow > 0; }
    Json toJson() const;
};

/// Parses `5xx=0.10,429=0.05,drop=0.02,malformed=0.05,slow=0.01` (any subset).
std::optional<FaultRates> parseFaultSpec(const std::string& spec, std::string* error);
/// Parses the same keys from a JSON object (`{}` means no faults).
std::optional<FaultRates> parseFaultJson(const Json& object, std::string* error);

enum class Fault { None, ServerError, RateLimited, Drop, Malformed, Slow };

/// Draws faults from a seeded sequence, so a run with the same seed and request order sees the same faults.
class FaultInjector {
public:
    explicit FaultInjector(std::uint64_t seed)
        : m_random(seed ^ 0xfa017fa017ULL) {}

    void setRates(const FaultRates& rates);
    FaultRates rates() const;
    /// The fault for the next request to `service` ("ghl" or "kixie").
    Fault draw(const std::string& service);
    /// Picks one of 500/502/503 for a ServerError fault.
    int serverErrorStatus();

private:
    mutable std::mutex m_mutex;
    FaultRates m_rates;
    DeterministicRandom m_random;
};

} // namespace fieldlink::sandbox
