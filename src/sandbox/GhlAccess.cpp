#include "sandbox/GhlAccess.h"

#include <openssl/sha.h>

#include <algorithm>

namespace fieldlink::sandbox {

std::string pkceChallenge(const std::string& verifier) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(verifier.data()), verifier.size(), digest);
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string encoded; // base64url without padding
    for (size_t i = 0; i < sizeof digest; i += 3) {
        const unsigned value = (digest[i] << 16) | ((i + 1 < sizeof digest ? digest[i + 1] : 0) << 8) |
                               (i + 2 < sizeof digest ? digest[i + 2] : 0);
        const size_t characters = std::min<size_t>(4, (sizeof digest - i) * 4 / 3 + 1);
        for (size_t c = 0; c < characters; ++c)
            encoded += alphabet[(value >> (18 - 6 * c)) & 63];
    }
    return encoded;
}

const std::set<std::string>& GhlAccess::knownScopes() {
    static const std::set<std::string> scopes = {ghlscope::contactsRead,     ghlscope::contactsWrite,
                                                 ghlscope::customFieldsRead, ghlscope::locationsRead,
                                                 ghlscope::locationTagsRead, ghlscope::locationTasksRead};
    return scopes;
}

std::string GhlAccess::issueStaticToken(std::set<std::string> scopes, const std::string& locationId) {
    // Shaped like a Private Integration Token ("pit-" + UUID) so logs and redaction code see realistic
    // values.
    const std::string value = "pit-" + m_random.uuid();
    m_tokens[value] = GhlToken{value, std::move(scopes), locationId, "private-integration", std::nullopt};
    return value;
}

TokenCheck GhlAccess::check(const std::string& token, std::int64_t nowMs, GhlToken* out) const {
    auto it = m_tokens.find(token);
    if (it == m_tokens.end())
        return TokenCheck::Unknown;
    if (it->second.expiresAtMs && *it->second.expiresAtMs <= nowMs)
        return TokenCheck::Expired;
    *out = it->second;
    return TokenCheck::Valid;
}

int GhlAccess::expire(const std::string& token, std::int64_t nowMs) {
    int count = 0;
    for (auto& [value, entry] : m_tokens) {
        const bool wanted = token.empty() ? entry.kind == "oauth" : value == token;
        if (wanted) {
            entry.expiresAtMs = nowMs;
            ++count;
        }
    }
    return count;
}

void GhlAccess::registerClient(const std::string& clientId, const std::string& clientSecret) {
    m_clients[clientId] = clientSecret;
}

bool GhlAccess::clientMatches(const std::string& clientId, const std::string& clientSecret) const {
    auto it = m_clients.find(clientId);
    return it != m_clients.end() && it->second == clientSecret;
}

std::string GhlAccess::issueAuthorizationCode(const std::string& clientId, const std::string& redirectUri,
                                              std::set<std::string> scopes, const std::string& locationId,
                                              std::int64_t nowMs, const std::string& codeChallenge) {
    const std::string code = m_random.alphanumeric(40);
    // Authorization codes are short-lived and single-use, as in any OAuth 2.0 server.
    m_codes[code] = PendingCode{
        clientId, redirectUri, std::move(scopes), locationId, nowMs + 10 * 60 * 1000, codeChallenge};
    return code;
}

OAuthGrant GhlAccess::grant(const std::string& clientId, const std::set<std::string>& scopes,
                            const std::string& locationId, std::int64_t nowMs, int lifetimeSeconds) {
    OAuthGrant result;
    result.accessToken = "oat-" + m_random.alphanumeric(48);
    result.refreshToken = "ort-" + m_random.alphanumeric(48);
    result.expiresInSeconds = lifetimeSeconds;
    result.scopes = scopes;
    result.locationId = locationId;
    m_tokens[result.accessToken] =
        GhlToken{result.accessToken, scopes, locationId, "oauth", nowMs + lifetimeSeconds * 1000LL};
    m_refreshTokens[result.refreshToken] = RefreshGrant{clientId, scopes, locationId};
    return result;
}

GhlAccess::GrantError GhlAccess::exchangeCode(const std::string& clientId, const std::string& code,
                                              const std::string& redirectUri, std::int64_t nowMs,
                                              int lifetimeSeconds, OAuthGrant* result,
                                              const std::string& codeVerifier) {
    auto it = m_codes.find(code);
    if (it == m_codes.end() || it->second.clientId != clientId || it->second.expiresAtMs <= nowMs)
        return GrantError::InvalidCode;
    if (!redirectUri.empty() && redirectUri != it->second.redirectUri)
        return GrantError::RedirectMismatch;
    // PKCE (RFC 7636): a code issued for a challenge is only good with the matching verifier.
    if (!it->second.codeChallenge.empty() && pkceChallenge(codeVerifier) != it->second.codeChallenge) {
        m_codes.erase(it);
        return GrantError::VerifierMismatch;
    }
    const PendingCode pending = it->second;
    m_codes.erase(it);
    *result = grant(clientId, pending.scopes, pending.locationId, nowMs, lifetimeSeconds);
    return GrantError::None;
}

GhlAccess::GrantError GhlAccess::refresh(const std::string& clientId, const std::string& refreshToken,
                                         std::int64_t nowMs, int lifetimeSeconds, OAuthGrant* result) {
    auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end() || it->second.clientId != clientId)
        return GrantError::InvalidRefreshToken;
    // Rotation: a refresh token works once. Using it again fails, which is what makes a client that
    // forgets to store the new one visibly broken here rather than a year later in production.
    const RefreshGrant previous = it->second;
    m_refreshTokens.erase(it);
    *result = grant(clientId, previous.scopes, previous.locationId, nowMs, lifetimeSeconds);
    return GrantError::None;
}

Json GhlAccess::toJson() const {
    Json tokens = Json::array();
    for (const auto& [value, token] : m_tokens) {
        Json entry{{"value", value},
                   {"scopes", token.scopes},
                   {"locationId", token.locationId},
                   {"kind", token.kind}};
        if (token.expiresAtMs)
            entry["expiresAtMs"] = *token.expiresAtMs;
        tokens.push_back(entry);
    }
    Json clients = Json::object();
    for (const auto& [id, secret] : m_clients)
        clients[id] = secret;
    Json refresh = Json::array();
    for (const auto& [value, entry] : m_refreshTokens)
        refresh.push_back({{"value", value},
                           {"clientId", entry.clientId},
                           {"scopes", entry.scopes},
                           {"locationId", entry.locationId}});
    return Json{{"tokens", tokens}, {"clients", clients}, {"refreshTokens", refresh}};
}

void GhlAccess::loadJson(const Json& json) {
    m_tokens.clear();
    m_clients.clear();
    m_refreshTokens.clear();
    m_codes.clear();
    for (const Json& entry : json.at("tokens")) {
        GhlToken token{entry.at("value").get<std::string>(), entry.at("scopes").get<std::set<std::string>>(),
                       entry.at("locationId").get<std::string>(), entry.at("kind").get<std::string>(),
                       std::nullopt};
        if (entry.contains("expiresAtMs"))
            token.expiresAtMs = entry["expiresAtMs"].get<std::int64_t>();
        m_tokens[token.value] = token;
    }
    for (const auto& [id, secret] : json.at("clients").items())
        m_clients[id] = secret.get<std::string>();
    for (const Json& entry : json.at("refreshTokens"))
        m_refreshTokens[entry.at("value").get<std::string>()] = RefreshGrant{
            entry.at("clientId").get<std::string>(), entry.at("scopes").get<std::set<std::string>>(),
            entry.at("locationId").get<std::string>()};
}

} // namespace fieldlink::sandbox
