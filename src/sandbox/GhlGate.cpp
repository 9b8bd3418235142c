#include "sandbox/GhlGate.h"

#include "sandbox/HttpJson.h"
#include "sandbox/Timestamps.h"

namespace fieldlink::sandbox {
namespace {

// Versions observed to be accepted on contacts routes.
bool knownVersion(const std::string& version) {
    return version == "2021-07-28" || version == "2021-04-15" || version == "2023-02-21" || version == "v3";
}

} // namespace

std::string GhlGate::traceId() {
    std::lock_guard lock(m_traceMutex);
    return m_traceRandom.uuid();
}

void GhlGate::reject(httplib::Response& response, int status, const std::string& message,
                     const std::string& error) {
    sendGhlError(response, ApiError{status, Json(message), error, {}}, traceId());
}

bool GhlGate::admit(const httplib::Request& request, httplib::Response& response, const char* scope,
                    const std::optional<std::string>& locationId, GhlToken* tokenOut) {
    if (!request.has_header("Version")) {
        reject(response, 401, "version header was not found.", "Unauthorized");
        return false;
    }
    if (!knownVersion(request.get_header_value("Version"))) {
        reject(response, 401, "version header is invalid", "Unauthorized");
        return false;
    }
    const std::string authorization = request.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    const std::string bearer =
        authorization.starts_with(prefix) ? authorization.substr(prefix.size()) : std::string{};
    GhlToken token;
    TokenCheck check = TokenCheck::Unknown;
    {
        std::lock_guard lock(m_context.world.mutex);
        check = m_context.world.access.check(bearer, nowMs(), &token);
    }
    if (check == TokenCheck::Unknown) {
        reject(response, 401, "Invalid JWT", "Unauthorized");
        return false;
    }
    if (check == TokenCheck::Expired) {
        // The live wording is unconfirmed; clients are told to refresh on "expired".
        reject(response, 401, "Invalid token: access token is expired", "Unauthorized");
        return false;
    }

    const std::string location = locationId.value_or(token.locationId);
    const RateLimitDecision decision = m_context.ghlLimiter.admit(token.value + "|" + location, nowMs());
    response.set_header("X-RateLimit-Limit-Daily", std::to_string(decision.dailyLimit));
    response.set_header("X-RateLimit-Daily-Remaining", std::to_string(decision.dailyRemaining));
    response.set_header("X-RateLimit-Interval-Milliseconds", std::to_string(decision.windowMs));
    response.set_header("X-RateLimit-Max", std::to_string(decision.burstLimit));
    response.set_header("X-RateLimit-Remaining", std::to_string(decision.remainingInWindow));
    if (!decision.allowed) {
        m_context.stats.countGhlRateLimited();
        // GHL's 429 body and Retry-After are unconfirmed; this is the NestJS-style guess.
        response.set_header("Retry-After", std::to_string(decision.retryAfterSeconds));
        reject(response, 429, "Too Many Requests", "Too Many Requests");
        return false;
    }

    if (scope && !token.scopes.contains(scope)) {
        reject(response, 401, "The token is not authorized for this scope.", "Unauthorized");
        return false;
    }
    if (location != token.locationId) {
        reject(response, 403, "The token does not have access to this location.", "Forbidden");
        return false;
    }
    if (tokenOut)
        *tokenOut = token;
    return true;
}

} // namespace fieldlink::sandbox
