#pragma once

#include "sandbox/GhlAccess.h"
#include "sandbox/SandboxContext.h"

#include <httplib.h>

#include <mutex>
#include <optional>
#include <string>

namespace fieldlink::sandbox {

/// The checks in front of every GHL API route, in the order the real API is observed to apply them:
/// Version header (401), bearer token (401), rate limit per (token, location) (429), scope (401), location
/// (403). On success the five X-RateLimit-* headers are already on the response.
class GhlGate {
public:
    explicit GhlGate(SandboxContext& context)
        : m_context(context)
        , m_traceRandom(context.options.seed ^ 0x7ace1dULL) {}

    /// `locationId` is the location the request names; nullopt means the token's own. Returns false after
    /// writing the error response. Must be called without holding the world mutex.
    bool admit(const httplib::Request& request, httplib::Response& response, const char* scope,
               const std::optional<std::string>& locationId, GhlToken* token = nullptr);

    /// A fresh traceId; safe to call with or without the world mutex held.
    std::string traceId();

private:
    void reject(httplib::Response& response, int status, const std::string& message,
                const std::string& error);
    SandboxContext& m_context;
    std::mutex m_traceMutex;
    DeterministicRandom m_traceRandom;
};

} // namespace fieldlink::sandbox
