#include "app/connections/ConnectionTests.h"

#include "app/connections/ConnectionTester.h"
#include "app/shell/AppContext.h"
#include "core/api/GhlClient.h"
#include "core/api/KixieClient.h"
#include "core/auth/AccessTokenSource.h"
#include "core/auth/GhlCredential.h"
#include "core/auth/SecretRequests.h"

namespace fieldlink {

ConnectionTests::ConnectionTests(AppContext& context, ConnectionTester* ghlTester,
                                 ConnectionTester* kixieTester, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_ghlTester(ghlTester)
    , m_kixieTester(kixieTester) {
}

void ConnectionTests::testGhl(const ConnectionDraft& draft,
                              const std::optional<store::SavedConnection>& saved) {
    const api::GhlSettings settings = draft.ghlSettings();
    if (settings.locationId.isEmpty())
        return m_ghlTester->showProblem(tr("No location ID"), tr("Enter the HighLevel location ID first."));
    const QString authKind =
        draft.oauth ? store::ConnectionAuthKind::oauth : store::ConnectionAuthKind::privateToken;
    // An OAuth test may refresh the access token; a saved grant's rotated pair is written back at once
    // (HighLevel invalidates the old refresh token), an unsaved one has nowhere to go yet.
    const auto testWith = [this, settings, authKind, clientId = draft.oauthClientId](
                              const QJsonObject& secret, const QString& account) {
        const auto credential =
            auth::GhlCredential::fromSecret(authKind, secret, settings.baseUrl, clientId, account);
        m_ghlTester->testGhl(settings,
                             credential.makeTokenSource(m_context.network(), m_context.clock(),
                                                        m_context.requestLog(), m_context.secrets().store()));
    };
    if (!draft.oauth && !draft.ghlToken.isEmpty())
        return testWith({{auth::SecretKey::privateToken, draft.ghlToken}}, {});
    if (draft.oauth && draft.pendingOAuth)
        return testWith(auth::oauthSecret(*draft.pendingOAuth, draft.oauthClientSecret), {});
    if (!saved || !saved->secretSavedAt || saved->authKind != authKind)
        return m_ghlTester->showProblem(draft.oauth ? tr("Not connected") : tr("No token"),
                                        draft.oauth ? tr("Click \"Connect in the browser…\" first.")
                                                    : tr("Paste the Private Integration Token first."));
    const QString account = saved->secretAccount;
    m_context.secrets().read(
        account, this, [this, testWith, account](const QJsonObject& secret, const auth::SecretError& error) {
            if (!error.ok())
                return m_ghlTester->showProblem(tr("The saved secret could not be read"), error.message);
            testWith(secret, account);
        });
}

void ConnectionTests::testKixie(const ConnectionDraft& draft,
                                const std::optional<store::SavedConnection>& saved) {
    api::KixieSettings settings;
    settings.baseUrl = draft.kixieApiUrl();
    const api::KixieCredentials credentials{draft.kixieApiKey, draft.kixieBusinessId};
    if (credentials.businessId.isEmpty())
        return m_kixieTester->showProblem(tr("No Business ID"), tr("Enter the Kixie Business ID first."));
    if (!credentials.apiKey.isEmpty())
        return m_kixieTester->testKixie(settings, credentials);
    if (!saved || !saved->secretSavedAt)
        return m_kixieTester->showProblem(tr("No API key"), tr("Paste the Kixie API key first."));
    m_context.secrets().read(
        saved->secretAccount, this,
        [this, settings, credentials](const QJsonObject& secret, const auth::SecretError& error) {
            if (!error.ok())
                return m_kixieTester->showProblem(tr("The saved API key could not be read"), error.message);
            api::KixieCredentials withSecret = credentials;
            withSecret.apiKey = secret.value(auth::SecretKey::apiKey).toString();
            m_kixieTester->testKixie(settings, withSecret);
        });
}

} // namespace fieldlink
