#include "SandboxConnection.h"

#include "AppContext.h"
#include "EmbeddedSandbox.h"
#include "SecretRequests.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fieldlink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::SandboxConnection)
};

using store::SavedConnection;

} // namespace

QString SandboxConnection::name() {
    // Not translated: it is also what `fieldlink-cli --connection` is given, whatever the app's language.
    return QStringLiteral("Sandbox");
}

void SandboxConnection::setUp(AppContext& context, QObject* receiver,
                              std::function<void(const QString&)> done) {
    QString error;
    if (!context.startSandbox(&error))
        return done(error);
    const QJsonObject credentials = context.sandbox()->credentials();
    const QJsonObject ghlCredentials = credentials.value(QLatin1String("ghl")).toObject();
    const QJsonObject kixieCredentials = credentials.value(QLatin1String("kixie")).toObject();
    const QUrl baseUrl(context.sandbox()->baseUrl());

    struct Side {
        SavedConnection connection;
        QJsonObject secret;
    };
    QList<Side> sides;
    for (const auto service : {SavedConnection::Service::Ghl, SavedConnection::Service::Kixie}) {
        const bool ghl = service == SavedConnection::Service::Ghl;
        SavedConnection side = context.connections().find(name(), service).value_or(SavedConnection{});
        side.service = service;
        side.name = name();
        side.environment = SavedConnection::Environment::Sandbox;
        side.baseUrl = baseUrl;
        side.accountId = (ghl ? ghlCredentials.value(QLatin1String("locationId"))
                              : kixieCredentials.value(QLatin1String("businessId")))
                             .toString();
        side.authKind = ghl ? store::ConnectionAuthKind::privateToken : store::ConnectionAuthKind::apiKey;
        if (!context.connections().save(side))
            return done(
                Tr::tr("Could not save the sandbox connection: %1").arg(context.connections().lastError()));
        sides.append(
            {side,
             ghl ? QJsonObject{{auth::SecretKey::privateToken, ghlCredentials.value(QLatin1String("token"))}}
                 : QJsonObject{{auth::SecretKey::apiKey, kixieCredentials.value(QLatin1String("apiKey"))}}});
    }
    auto remaining = std::make_shared<int>(static_cast<int>(sides.size()));
    auto failure = std::make_shared<QString>();
    for (const Side& side : std::as_const(sides)) {
        const qint64 id = side.connection.id;
        context.secrets().write(
            side.connection.secretAccount, side.secret, receiver,
            [&context, id, remaining, failure, done](const auth::SecretError& writeError) {
                if (writeError.ok())
                    context.connections().markSecretSaved(id, QDateTime::currentDateTimeUtc());
                else
                    *failure = writeError.message;
                if (--*remaining == 0) {
                    Q_EMIT context.connectionsChanged();
                    done(*failure);
                }
            });
    }
}

} // namespace fieldlink
