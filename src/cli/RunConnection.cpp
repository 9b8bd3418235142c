#include "cli/RunConnection.h"

#include "cli/EnvironmentConnection.h"
#include "core/api/GhlUnconfirmedSettings.h"
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/SecretRequests.h"
#include "core/store/ConnectionRepository.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

namespace fieldlink::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::cli)
};

using store::SavedConnection;

/// Reads one keychain blob. The CLI has no window to keep responsive, so it waits for the answer here.
QJsonObject readSecret(auth::SecretRequests& secrets, const QString& account, auth::SecretError* error) {
    QJsonObject secret;
    QEventLoop loop;
    bool answered = false;
    secrets.read(account, &loop, [&](const QJsonObject& value, const auth::SecretError& readError) {
        secret = value;
        *error = readError;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return secret;
}

} // namespace

Result<RunConnection> RunConnection::resolve(const QString& connectionName, const QString& databasePath,
                                             int needed) {
    return connectionName.isEmpty() ? fromEnvironment(needed)
                                    : fromDatabase(connectionName, databasePath, needed);
}

Result<RunConnection> RunConnection::fromEnvironment(int needed) {
    RunConnection connection;
    QStringList missing;
    if (needed & Ghl) {
        QString token;
        if (const Result<> read = EnvironmentConnection::readGhl(connection.ghl, token, missing); !read)
            return read.failure();
        connection.ghlCredential = auth::GhlCredential::fromPrivateToken(token);
    }
    if (needed & Kixie)
        EnvironmentConnection::readKixie(connection.kixie, connection.kixieCredentials, missing);
    if (!missing.isEmpty())
        return Failure{EnvironmentConnection::missingMessage(missing)};
    return connection;
}

Result<RunConnection> RunConnection::fromDatabase(const QString& name, const QString& databasePath,
                                                  int needed) {
    if (!QFileInfo::exists(databasePath))
        return Failure{
            Tr::tr("fieldlink-cli: no database at %1, so no saved connection \"%2\" (use --db with the app's "
                   "database).")
                .arg(databasePath, name)};
    store::Database database;
    if (const Result<> opened = database.open(databasePath, QStringLiteral("cli-connection")); !opened)
        return Failure{Tr::tr("fieldlink-cli: %1").arg(opened.error())};
    store::ConnectionRepository repository(database.connection());
    auth::KeychainSecretStore keychain;
    auth::SecretRequests secrets(&keychain);

    const auto side = [&](SavedConnection::Service service, QJsonObject* secret,
                          std::optional<SavedConnection>* found) -> Result<> {
        const QString serviceName =
            service == SavedConnection::Service::Ghl ? QStringLiteral("HighLevel") : QStringLiteral("Kixie");
        *found = repository.find(name, service);
        if (!*found)
            return Failure{
                Tr::tr("fieldlink-cli: the connection \"%1\" has no %2 account; add it in Fieldlink → "
                       "Connections.")
                    .arg(name, serviceName)};
        auth::SecretError error;
        *secret = readSecret(secrets, (*found)->secretAccount, &error);
        if (error.kind == auth::SecretError::Kind::NotFound)
            return Failure{Tr::tr("fieldlink-cli: the %1 secret of connection \"%2\" is not in the system "
                                  "keychain; enter it again in Fieldlink → Connections and save.")
                               .arg(serviceName, name)};
        if (!error.ok())
            return Failure{Tr::tr("fieldlink-cli: the %1 secret of connection \"%2\" could not be read: %3")
                               .arg(serviceName, name, error.message)};
        return {};
    };

    if (!repository.find(name, SavedConnection::Service::Ghl) &&
        !repository.find(name, SavedConnection::Service::Kixie))
        return Failure{
            Tr::tr("fieldlink-cli: no connection named \"%1\" is saved in %2.").arg(name, databasePath)};
    RunConnection connection;
    if (needed & Ghl) {
        QJsonObject secret;
        std::optional<SavedConnection> saved;
        if (const Result<> read = side(SavedConnection::Service::Ghl, &secret, &saved); !read)
            return read.failure();
        connection.ghl.baseUrl = saved->baseUrl;
        connection.ghl.locationId = saved->accountId;
        api::GhlUnconfirmedSettings::read(saved->settings, connection.ghl);
        connection.ghlCredential = auth::GhlCredential::fromSecret(
            saved->authKind, secret, saved->baseUrl,
            saved->settings.value(store::ConnectionSetting::oauthClientId).toString(), saved->secretAccount);
        if (connection.ghlCredential.isEmpty())
            return Failure{
                Tr::tr("fieldlink-cli: the HighLevel secret of connection \"%1\" is empty; save it "
                       "again in Fieldlink → Connections.")
                    .arg(name)};
    }
    if (needed & Kixie) {
        QJsonObject secret;
        std::optional<SavedConnection> saved;
        if (const Result<> read = side(SavedConnection::Service::Kixie, &secret, &saved); !read)
            return read.failure();
        connection.kixie.baseUrl = saved->baseUrl;
        connection.kixieCredentials = {secret.value(auth::SecretKey::apiKey).toString(), saved->accountId};
    }
    return connection;
}

} // namespace fieldlink::cli
