#include "app/connections/ConnectionDraft.h"

#include "core/api/GhlClient.h"
#include "core/api/GhlUnconfirmedSettings.h"
#include "core/api/KixieClient.h"
#include "core/auth/GhlCredential.h"
#include "core/auth/SecretRequests.h"

namespace fieldlink {
namespace {

using store::SavedConnection;

/// Whether an API address typed by the admin can be used (empty: the documented one is).
Result<> checkBaseUrl(const QString& text) {
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Failure{ConnectionDraft::tr("\"%1\" is not a web address (https://…).").arg(text)};
    return {};
}

} // namespace

QUrl ConnectionDraft::ghlApiUrl() const {
    return ghlBaseUrl.isEmpty() ? api::GhlSettings{}.baseUrl : QUrl(ghlBaseUrl);
}

api::GhlSettings ConnectionDraft::ghlSettings() const {
    api::GhlSettings settings;
    settings.baseUrl = ghlApiUrl();
    settings.locationId = locationId;
    settings.sendCompanyNameOnUpdate = sendCompanyName;
    settings.taskSearchPageSize = taskSearchPageSize;
    settings.taskSearchContacts = taskSearchContacts;
    return settings;
}

QUrl ConnectionDraft::kixieApiUrl() const {
    return kixieBaseUrl.isEmpty() ? api::KixieSettings{}.baseUrl : QUrl(kixieBaseUrl);
}

Result<> ConnectionDraft::check(bool nameTaken) const {
    if (name.isEmpty())
        return Failure{tr("Give the connection a name.")};
    if (nameTaken)
        return Failure{tr("A connection named \"%1\" already exists.").arg(name)};
    if (locationId.isEmpty() && kixieBusinessId.isEmpty())
        return Failure{tr("Enter a HighLevel location ID, a Kixie Business ID, or both.")};
    if (locationId.isEmpty() && (!ghlToken.isEmpty() || pendingOAuth))
        return Failure{tr("Enter the HighLevel location ID the token belongs to.")};
    if (kixieBusinessId.isEmpty() && !kixieApiKey.isEmpty())
        return Failure{tr("Enter the Kixie Business ID that goes with the API key.")};
    for (const QString& address : {ghlBaseUrl, kixieBaseUrl}) {
        if (const Result<> usable = checkBaseUrl(address); !usable)
            return usable;
    }
    if (const Result<> usable = api::GhlUnconfirmedSettings::checkTaskSearchPageSize(taskSearchPageSize);
        !usable)
        return usable;
    return api::GhlUnconfirmedSettings::checkTaskSearchContacts(taskSearchContacts);
}

QList<ConnectionSideToSave> ConnectionDraft::sides(const std::optional<SavedConnection>& savedGhl,
                                                   const std::optional<SavedConnection>& savedKixie) const {
    // A side starts from its saved row, so its keychain account and creation time stay.
    const auto side = [this](const std::optional<SavedConnection>& saved, SavedConnection::Service service,
                             const QString& accountId, const QUrl& baseUrl, const QString& authKind) {
        SavedConnection row = saved.value_or(SavedConnection{});
        row.service = service;
        row.name = name;
        row.environment =
            sandbox ? SavedConnection::Environment::Sandbox : SavedConnection::Environment::Production;
        row.baseUrl = baseUrl;
        row.accountId = accountId;
        row.authKind = authKind;
        return row;
    };
    QList<ConnectionSideToSave> sides;
    if (!locationId.isEmpty()) {
        SavedConnection ghl =
            side(savedGhl, SavedConnection::Service::Ghl, locationId, ghlApiUrl(),
                 oauth ? store::ConnectionAuthKind::oauth : store::ConnectionAuthKind::privateToken);
        ghl.settings = {{store::ConnectionSetting::oauthClientId, oauthClientId},
                        {store::ConnectionSetting::oauthRedirectPort, oauthRedirectPort}};
        api::GhlUnconfirmedSettings::write(ghlSettings(), ghl.settings);
        QJsonObject secret;
        if (!oauth && !ghlToken.isEmpty())
            secret = {{auth::SecretKey::privateToken, ghlToken}};
        else if (oauth && pendingOAuth)
            secret = auth::oauthSecret(*pendingOAuth, oauthClientSecret);
        sides.append({ghl, secret});
    }
    if (!kixieBusinessId.isEmpty()) {
        const SavedConnection kixie = side(savedKixie, SavedConnection::Service::Kixie, kixieBusinessId,
                                           kixieApiUrl(), store::ConnectionAuthKind::apiKey);
        sides.append({kixie, kixieApiKey.isEmpty() ? QJsonObject{}
                                                   : QJsonObject{{auth::SecretKey::apiKey, kixieApiKey}}});
    }
    return sides;
}

} // namespace fieldlink
