#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <optional>

namespace fieldlink::store {

/// How a connection side signs in (the `auth_kind` column), and the keys of its non-secret settings.
namespace ConnectionAuthKind {
inline const QString privateToken = QStringLiteral("private-token");
inline const QString oauth = QStringLiteral("oauth");
inline const QString apiKey = QStringLiteral("api-key");
} // namespace ConnectionAuthKind
namespace ConnectionSetting {
inline const QString oauthClientId = QStringLiteral("oauthClientId");
inline const QString oauthRedirectPort = QStringLiteral("oauthRedirectPort");
} // namespace ConnectionSetting

/// One side of a saved connection: what is not secret. The secret (token, API key, OAuth pair) lives in the
/// keychain under `secretAccount`; nothing here may hold one.
struct SavedConnection {
    enum class Service { Ghl, Kixie };
    enum class Environment { Sandbox, Production };

    qint64 id = 0;
    Service service = Service::Ghl;
    QString name;
    Environment environment = Environment::Production;
    QUrl baseUrl;
    QString accountId; ///< GHL location id or Kixie Business ID
    QString authKind;  ///< private-token, oauth or api-key
    QString secretAccount;
    QJsonObject settings; ///< non-secret extras, e.g. the OAuth client id
    QDateTime createdAt;
    std::optional<QDateTime> secretSavedAt; ///< when the secret was last saved, for the rotation reminder

    static QString serviceId(Service service);
    static QString environmentId(Environment environment);
    /// A keychain account name for a new connection side; stable across renames.
    static QString newSecretAccount(Service service);
};

/// The `connections` table: the app saves connections here and the CLI finds them by name.
class ConnectionRepository {
public:
    explicit ConnectionRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Every saved side, by name then service.
    QList<SavedConnection> all() const;
    std::optional<SavedConnection> find(const QString& name, SavedConnection::Service service) const;
    /// Inserts, or updates the side with the same service and name; sets `connection.id` and, for a new side,
    /// `createdAt`.
    Result<> save(SavedConnection& connection);
    Result<> markSecretSaved(qint64 id, const QDateTime& at);
    Result<> clearSecretSaved(qint64 id);
    Result<> remove(qint64 id);
    /// Renames both sides of a connection; their keychain accounts stay.
    Result<> rename(const QString& from, const QString& to);

private:
    static SavedConnection fromQuery(const class QSqlQuery& query);
    /// Runs one statement with bound values.
    Result<> execute(const QString& statement, const QVariantList& values);

    QSqlDatabase m_database;
};

} // namespace fieldlink::store
