#include "ConnectionSides.h"

#include "AppContext.h"
#include "ConnectionRepository.h"
#include "SecretRequests.h"

#include <QCoreApplication>

namespace fieldlink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::ConnectionSides)
};

} // namespace

void ConnectionSides::readGhl(AppContext& context, const QString& connectionName, QObject* receiver,
                              GhlReady ready) {
    const auto ghl = context.connections().find(connectionName, store::SavedConnection::Service::Ghl);
    if (!ghl || !ghl->secretSavedAt)
        return ready(
            Tr::tr("The connection \"%1\" has no HighLevel side with a saved secret; complete it on the "
                   "Connections page.")
                .arg(connectionName),
            {}, {});
    context.secrets().read(
        ghl->secretAccount, receiver,
        [ghl, ready](const QJsonObject& secret, const auth::SecretError& error) {
            if (!error.ok())
                return ready(Tr::tr("The HighLevel secret could not be read: %1").arg(error.message), {}, {});
            api::GhlSettings settings;
            settings.baseUrl = ghl->baseUrl;
            settings.locationId = ghl->accountId;
            ready({}, settings,
                  auth::GhlCredential::fromSecret(
                      ghl->authKind, secret, ghl->baseUrl,
                      ghl->settings.value(store::ConnectionSetting::oauthClientId).toString(),
                      ghl->secretAccount));
        });
}

void ConnectionSides::readKixie(AppContext& context, const QString& connectionName, QObject* receiver,
                                KixieReady ready) {
    const auto kixie = context.connections().find(connectionName, store::SavedConnection::Service::Kixie);
    if (!kixie || !kixie->secretSavedAt)
        return ready(
            Tr::tr("The connection \"%1\" has no Kixie side with a saved API key; complete it on the "
                   "Connections page.")
                .arg(connectionName),
            {}, {});
    context.secrets().read(
        kixie->secretAccount, receiver,
        [kixie, ready](const QJsonObject& secret, const auth::SecretError& error) {
            if (!error.ok())
                return ready(Tr::tr("The Kixie API key could not be read: %1").arg(error.message), {}, {});
            api::KixieSettings settings;
            settings.baseUrl = kixie->baseUrl;
            ready({}, settings,
                  api::KixieCredentials{secret.value(auth::SecretKey::apiKey).toString(), kixie->accountId});
        });
}

} // namespace fieldlink
