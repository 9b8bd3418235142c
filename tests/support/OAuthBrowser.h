#pragma once

#include "core/auth/OAuthTokens.h"

#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace fieldlink::auth {
class OAuthTokenClient;
}

namespace fieldlink::test {

class SandboxFixture;

/// Plays the admin's browser for an OAuth consent on the sandbox: opens the authorization URL, takes the
/// sandbox's redirect and follows it to the app's loopback listener (with `overrideState` in place of the
/// real state, when given). Waits for each answer (test code). False when a step did not happen.
bool approveInBrowser(QNetworkAccessManager* network, const QUrl& authorizationUrl,
                      const QString& overrideState = {});

/// The sandbox's OAuth app, as the admin would enter it.
auth::OAuthClientConfig sandboxOAuthConfig(const SandboxFixture& sandbox);

/// Connects an account through the whole browser flow and returns its tokens (invalid ones on failure).
auth::OAuthTokens connectOAuthAccount(SandboxFixture& sandbox, auth::OAuthTokenClient& tokenClient);

} // namespace fieldlink::test
