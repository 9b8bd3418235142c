#pragma once

#include "sandbox/DeterministicRandom.h"
#include "sandbox/Json.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fieldlink::sandbox {

/// base64url(SHA-256(verifier)) without padding: the S256 code challenge of RFC 7636.
std::string pkceChallenge(const std::string& verifier);

namespace ghlscope {
inline constexpr const char* contactsRead = "contacts.readonly";
inline constexpr const char* contactsWrite = "contacts.write";
inline constexpr const char* customFieldsRead = "locations/customFields.readonly";
inline constexpr const char* locationsRead = "locations.readonly";
inline constexpr const char* locationTagsRead = "locations/tags.readonly";
inline constexpr const char* locationTasksRead = "locations/tasks.readonly";
} // namespace ghlscope

struct GhlToken {
    std::string value;
    std::set<std::string> scopes;
    std::string locationId;
    std::string kind; ///< "private-integration" or "oauth"
    std::optional<std::int64_t> expiresAtMs;
};

enum class TokenCheck { Valid, Unknown, Expired };

struct OAuthGrant {
    std::string accessToken;
    std::string refreshToken;
    int expiresInSeconds = 0;
    std::set<std::string> scopes;
    std::string locationId;
};

/// Who may call the GHL emulator: static Private-Integration-style tokens, and OAuth access tokens with
/// single-use rotating refresh tokens.
class GhlAccess {
public:
    explicit GhlAccess(std::uint64_t seed)
        : m_random(seed ^ 0xacce55ULL) {}

    std::string issueStaticToken(std::set<std::string> scopes, const std::string& locationId);
    TokenCheck check(const std::string& token, std::int64_t nowMs, GhlToken* out) const;
    /// Makes one access token (or, with an empty value, every OAuth access token) expire now.
    int expire(const std::string& token, std::int64_t nowMs);

    void registerClient(const std::string& clientId, const std::string& clientSecret);
    bool clientMatches(const std::string& clientId, const std::string& clientSecret) const;
    bool clientKnown(const std::string& clientId) const { return m_clients.contains(clientId); }

    /// `codeChallenge`: an RFC 7636 S256 challenge, or empty when the client sent none.
    std::string issueAuthorizationCode(const std::string& clientId, const std::string& redirectUri,
                                       std::set<std::string> scopes, const std::string& locationId,
                                       std::int64_t nowMs, const std::string& codeChallenge = {});
    enum class GrantError { None, InvalidCode, InvalidRefreshToken, RedirectMismatch, VerifierMismatch };
    GrantError exchangeCode(const std::string& clientId, const std::string& code,
                            const std::string& redirectUri, std::int64_t nowMs, int lifetimeSeconds,
                            OAuthGrant* grant, const std::string& codeVerifier = {});
    GrantError refresh(const std::string& clientId, const std::string& refreshToken, std::int64_t nowMs,
                       int lifetimeSeconds, OAuthGrant* grant);

    /// Scopes the emulator knows; a request for others is narrowed to these.
    static const std::set<std::string>& knownScopes();

    Json toJson() const;
    void loadJson(const Json& json);

private:
    struct PendingCode {
        std::string clientId;
        std::string redirectUri;
        std::set<std::string> scopes;
        std::string locationId;
        std::int64_t expiresAtMs = 0;
        std::string codeChallenge;
    };
    struct RefreshGrant {
        std::string clientId;
        std::set<std::string> scopes;
        std::string locationId;
    };
    OAuthGrant grant(const std::string& clientId, const std::set<std::string>& scopes,
                     const std::string& locationId, std::int64_t nowMs, int lifetimeSeconds);

    std::map<std::string, GhlToken> m_tokens;
    std::map<std::string, std::string> m_clients;
    std::map<std::string, PendingCode> m_codes;
    std::map<std::string, RefreshGrant> m_refreshTokens;
    DeterministicRandom m_random;
};

} // namespace fieldlink::sandbox
