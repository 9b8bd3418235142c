#include "app/connections/ConnectionSides.h"

#include "app/shell/AppContext.h"
#include "core/api/GhlUnconfirmedSettings.h"
#include "core/auth/SecretRequests.h"
#include "core/store/ConnectionRepository.h"

#include <QCoreApplication>

#include <functional>

namespace fieldlink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::ConnectionSides)
};

using SideRead =
    std::function<void(const QString& error, const store::SavedConnection& side, const QJsonObject& secret)>;

/// Finds the connection's side of `service` and reads its secret. `missing` is the answer when the side or
/// its secret was never saved; `unreadable` (with %1 for the keychain's reason) when the keychain refuses.
void readSide(AppContext& context, const QString& connectionName, store::SavedConnection::Service service,
              QObject* receiver, const QString& missing, const QString& unreadable, SideRead read) {
    const auto side = context.connections().find(connectionName, service);
    if (!side || !side->secretSavedAt)
        return read(missing, {}, {});
    context.secrets().read(
        side->secretAccount, receiver,
        [side, unreadable, read](const QJsonObject& secret, const auth::SecretError& error) {
            if (!error.ok())
                return read(unreadable.arg(error.message), *side, {});
            read({}, *side, secret);
        });
}

} // namespace

void ConnectionSides::readGhl(AppContext& context, const QString& connectionName, QObject* receiver,
                              GhlReady ready) {
    readSide(context, connectionName, store::SavedConnection::Service::Ghl, receiver,
             Tr::tr("The connection \"%1\" has no HighLevel side with a saved secret; complete it on the "
                    "Connections page.")
                 .arg(connectionName),
             Tr::tr("The HighLevel secret could not be read: %1"),
             [ready](const QString& error, const store::SavedConnection& ghl, const QJsonObject& secret) {
                 if (!error.isEmpty())
                     return ready(error, {}, {});
                 api::GhlSettings settings;
                 settings.baseUrl = ghl.baseUrl;
                 settings.locationId = ghl.accountId;
                 api::GhlUnconfirmedSettings::read(ghl.settings, settings);
                 ready({}, settings,
                       auth::GhlCredential::fromSecret(
                           ghl.authKind, secret, ghl.baseUrl,
                           ghl.settings.value(store::ConnectionSetting::oauthClientId).toString(),
                           ghl.secretAccount));
             });
}

void ConnectionSides::readKixie(AppContext& context, const QString& connectionName, QObject* receiver,
                                KixieReady ready) {
    readSide(
        context, connectionName, store::SavedConnection::Service::Kixie, receiver,
        Tr::tr("The connection \"%1\" has no Kixie side with a saved API key; complete it on the "
               "Connections page.")
            .arg(connectionName),
        Tr::tr("The Kixie API key could not be read: %1"),
        [ready](const QString& error, const store::SavedConnection& kixie, const QJsonObject& secret) {
            if (!error.isEmpty())
                return ready(error, {}, {});
            api::KixieSettings settings;
            settings.baseUrl = kixie.baseUrl;
            ready({}, settings,
                  api::KixieCredentials{secret.value(auth::SecretKey::apiKey).toString(), kixie.accountId});
        });
}

} // namespace fieldlink
