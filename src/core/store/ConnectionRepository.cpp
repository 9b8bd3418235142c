#include "core/store/ConnectionRepository.h"

#include "core/Logging.h"
#include "core/store/SqlFailure.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace fieldlink::store {
namespace {

const auto selectColumns = QStringLiteral(
    "SELECT id, service, name, environment, base_url, account_id, auth_kind, secret_account, settings, "
    "created_at, secret_saved_at FROM connections");

QString timestamp(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

QString SavedConnection::serviceId(Service service) {
    return service == Service::Ghl ? QStringLiteral("ghl") : QStringLiteral("kixie");
}

QString SavedConnection::environmentId(Environment environment) {
    return environment == Environment::Sandbox ? QStringLiteral("sandbox") : QStringLiteral("production");
}

QString SavedConnection::newSecretAccount(Service service) {
    return serviceId(service) + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SavedConnection ConnectionRepository::fromQuery(const QSqlQuery& query) {
    SavedConnection connection;
    connection.id = query.value(0).toLongLong();
    connection.service = query.value(1).toString() == QLatin1String("ghl") ? SavedConnection::Service::Ghl
                                                                           : SavedConnection::Service::Kixie;
    connection.name = query.value(2).toString();
    connection.environment = query.value(3).toString() == QLatin1String("sandbox")
                                 ? SavedConnection::Environment::Sandbox
                                 : SavedConnection::Environment::Production;
    connection.baseUrl = QUrl(query.value(4).toString());
    connection.accountId = query.value(5).toString();
    connection.authKind = query.value(6).toString();
    connection.secretAccount = query.value(7).toString();
    connection.settings = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
    connection.createdAt = parseTimestamp(query.value(9).toString());
    if (!query.value(10).isNull())
        connection.secretSavedAt = parseTimestamp(query.value(10).toString());
    return connection;
}

QList<SavedConnection> ConnectionRepository::all() const {
    QSqlQuery query(m_database);
    QList<SavedConnection> connections;
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY name COLLATE NOCASE, name, service"))) {
        // A list for display: shown empty, and said in the log.
        qCWarning(lcStore) << "could not list the connections:" << query.lastError().text();
        return connections;
    }
    while (query.next())
        connections.append(fromQuery(query));
    return connections;
}

std::optional<SavedConnection> ConnectionRepository::find(const QString& name,
                                                          SavedConnection::Service service) const {
    QSqlQuery query(m_database);
    query.prepare(selectColumns + QStringLiteral(" WHERE name = ? AND service = ?"));
    query.addBindValue(name);
    query.addBindValue(SavedConnection::serviceId(service));
    if (!query.exec()) {
        qCWarning(lcStore) << "could not read the connection" << name << ":" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromQuery(query);
}

Result<> ConnectionRepository::save(SavedConnection& connection) {
    if (!connection.createdAt.isValid())
        connection.createdAt = QDateTime::currentDateTimeUtc();
    if (connection.secretAccount.isEmpty())
        connection.secretAccount = SavedConnection::newSecretAccount(connection.service);
    QSqlQuery query(m_database);
    // The keychain account and creation time of an existing side stay as they were: its secret is already
    // stored under that account.
    query.prepare(QStringLiteral(
        "INSERT INTO connections (service, name, environment, base_url, account_id, auth_kind, "
        "secret_account, "
        "settings, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (service, name) DO UPDATE SET environment = excluded.environment, "
        "base_url = excluded.base_url, account_id = excluded.account_id, auth_kind = excluded.auth_kind, "
        "settings = excluded.settings RETURNING id, secret_account, created_at, secret_saved_at"));
    query.addBindValue(SavedConnection::serviceId(connection.service));
    query.addBindValue(connection.name);
    query.addBindValue(SavedConnection::environmentId(connection.environment));
    query.addBindValue(connection.baseUrl.toString());
    query.addBindValue(connection.accountId);
    query.addBindValue(connection.authKind);
    query.addBindValue(connection.secretAccount);
    query.addBindValue(QString::fromUtf8(QJsonDocument(connection.settings).toJson(QJsonDocument::Compact)));
    query.addBindValue(timestamp(connection.createdAt));
    if (!query.exec() || !query.next())
        return sqlFailure(query.lastError());
    connection.id = query.value(0).toLongLong();
    connection.secretAccount = query.value(1).toString();
    connection.createdAt = parseTimestamp(query.value(2).toString());
    connection.secretSavedAt.reset();
    if (!query.value(3).isNull())
        connection.secretSavedAt = parseTimestamp(query.value(3).toString());
    return {};
}

Result<> ConnectionRepository::execute(const QString& statement, const QVariantList& values) {
    QSqlQuery query(m_database);
    query.prepare(statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

Result<> ConnectionRepository::markSecretSaved(qint64 id, const QDateTime& at) {
    return execute(QStringLiteral("UPDATE connections SET secret_saved_at = ? WHERE id = ?"),
                   {timestamp(at), id});
}

Result<> ConnectionRepository::clearSecretSaved(qint64 id) {
    return execute(QStringLiteral("UPDATE connections SET secret_saved_at = NULL WHERE id = ?"), {id});
}

Result<> ConnectionRepository::remove(qint64 id) {
    return execute(QStringLiteral("DELETE FROM connections WHERE id = ?"), {id});
}

Result<> ConnectionRepository::rename(const QString& from, const QString& to) {
    return execute(QStringLiteral("UPDATE connections SET name = ? WHERE name = ?"), {to, from});
}

} // namespace fieldlink::store
