#include "sandbox/GhlRoutes.h"

#include "sandbox/HttpJson.h"
#include "sandbox/Timestamps.h"

#include <sstream>

namespace fieldlink::sandbox {
namespace {

std::set<std::string> splitScopes(const std::string& text) {
    std::set<std::string> scopes;
    std::istringstream stream(text);
    std::string scope;
    while (stream >> scope) {
        if (GhlAccess::knownScopes().contains(scope))
            scopes.insert(scope);
    }
    return scopes;
}

std::string joinScopes(const std::set<std::string>& scopes) {
    std::string joined;
    for (const std::string& scope : scopes)
        joined += (joined.empty() ? "" : " ") + scope;
    return joined;
}

void sendOAuthError(httplib::Response& response, int status, const Json& message, const std::string& error) {
    sendJson(response, status, Json{{"statusCode", status}, {"message", message}, {"error", error}});
}

// The authorize page: the sandbox approves at once for its only location and redirects back (302) with
// `code` and the caller's `state`. On GHL this page lives on the marketplace host; here it shares the port.
void chooseLocation(SandboxContext& context, const httplib::Request& request, httplib::Response& response) {
    const std::string clientId = request.get_param_value("client_id");
    const std::string redirectUri = request.get_param_value("redirect_uri");
    if (request.get_param_value("response_type") != "code")
        return sendOAuthError(response, 400, "response_type must be code", "Bad Request");
    if (redirectUri.empty())
        return sendOAuthError(response, 400, "redirect_uri is required", "Bad Request");
    // Whether GHL supports PKCE is unconfirmed; the sandbox checks it when a client sends a challenge.
    const std::string challenge = request.get_param_value("code_challenge");
    if (!challenge.empty() && request.get_param_value("code_challenge_method") != "S256")
        return sendOAuthError(response, 400, "code_challenge_method must be S256", "Bad Request");
    std::string code;
    {
        std::lock_guard lock(context.world.mutex);
        if (!context.world.access.clientKnown(clientId))
            return sendOAuthError(response, 400, "No integration found with the id: " + clientId,
                                  "Bad Request");
        code = context.world.access.issueAuthorizationCode(clientId, redirectUri,
                                                           splitScopes(request.get_param_value("scope")),
                                                           context.world.ghl.location.id, nowMs(), challenge);
    }
    std::string location =
        redirectUri + (redirectUri.find('?') == std::string::npos ? "?" : "&") + "code=" + code;
    if (request.has_param("state"))
        location += "&state=" + httplib::detail::encode_query_param(request.get_param_value("state"));
    response.status = 302;
    response.set_header("Location", location);
}

void issueToken(SandboxContext& context, const httplib::Request& request, httplib::Response& response) {
    // application/x-www-form-urlencoded, like the real endpoint; a JSON body leaves every field empty.
    httplib::Params form;
    if (request.get_header_value("Content-Type").starts_with("application/x-www-form-urlencoded"))
        httplib::detail::parse_query_text(request.body, form);
    auto field = [&](const char* key) {
        auto it = form.find(key);
        return it == form.end() ? std::string{} : it->second;
    };
    Json messages = Json::array();
    for (const char* key : {"client_id", "client_secret"}) {
        if (field(key).empty())
            messages.push_back(std::string(key) + " should not be empty");
    }
    const std::string grantType = field("grant_type");
    if (grantType != "authorization_code" && grantType != "refresh_token" &&
        grantType != "client_credentials") {
        messages.push_back("grant_type must be a valid enum value");
        if (grantType.empty())
            messages.push_back("grant_type should not be empty");
    }
    if (!messages.empty())
        return sendOAuthError(response, 422, messages, "Unprocessable Entity");

    std::lock_guard lock(context.world.mutex);
    GhlAccess& access = context.world.access;
    if (!access.clientMatches(field("client_id"), field("client_secret")))
        return sendOAuthError(response, 401, "Invalid client: client credentials are invalid",
                              "Unauthorized");
    OAuthGrant grant;
    GhlAccess::GrantError error = GhlAccess::GrantError::None;
    if (grantType == "authorization_code")
        error = access.exchangeCode(field("client_id"), field("code"), field("redirect_uri"), nowMs(),
                                    context.options.ghlTokenLifetimeSeconds, &grant, field("code_verifier"));
    else if (grantType == "refresh_token")
        error = access.refresh(field("client_id"), field("refresh_token"), nowMs(),
                               context.options.ghlTokenLifetimeSeconds, &grant);
    else
        return sendOAuthError(response, 400, "Unsupported grant type: client_credentials is not available",
                              "Bad Request");
    // The refresh error body is unconfirmed; 400 invalid_grant is RFC 6749 §5.2.
    switch (error) {
    case GhlAccess::GrantError::InvalidCode:
        return sendOAuthError(response, 400, "Invalid grant: authorization code is invalid", "invalid_grant");
    case GhlAccess::GrantError::InvalidRefreshToken:
        return sendOAuthError(response, 400, "Invalid grant: refresh token is invalid", "invalid_grant");
    case GhlAccess::GrantError::VerifierMismatch:
        return sendOAuthError(response, 400, "Invalid grant: code_verifier does not match the code_challenge",
                              "invalid_grant");
    case GhlAccess::GrantError::RedirectMismatch:
        return sendOAuthError(response, 400, "Invalid request: redirect_uri is invalid", "invalid_request");
    case GhlAccess::GrantError::None:
        break;
    }
    sendJson(response, 200,
             Json{{"access_token", grant.accessToken},
                  {"token_type", "Bearer"},
                  {"expires_in", grant.expiresInSeconds},
                  {"refresh_token", grant.refreshToken},
                  {"scope", joinScopes(grant.scopes)},
                  {"userType", "Location"},
                  {"locationId", grant.locationId},
                  {"companyId", context.world.ghl.location.companyId},
                  {"userId", context.world.ghl.location.userIds.front()},
                  {"planId", "sandbox-plan"},
                  {"isBulkInstallation", false}});
}

} // namespace

void registerGhlOAuthRoutes(httplib::Server& server, SandboxContext& context, ApiMiddleware& middleware) {
    // Both the current /v2 path and the older one the SDK still builds.
    for (const char* path : {"/v2/oauth/chooselocation", "/oauth/chooselocation"})
        server.Get(path, [&context](const httplib::Request& req, httplib::Response& res) {
            chooseLocation(context, req, res);
        });
    server.Post("/oauth/token",
                middleware.wrapGhl("POST /oauth/token",
                                   [&context](const httplib::Request& req, httplib::Response& res) {
                                       issueToken(context, req, res);
                                   }));
}

} // namespace fieldlink::sandbox
