#include "core/store/ProfileRepository.h"

#include "core/Logging.h"
#include "core/store/SqlFailure.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fieldlink::store {
namespace {

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QList<StoredProfile> ProfileRepository::profiles() const {
    QSqlQuery query(m_database);
    QList<StoredProfile> profiles;
    if (!query.exec(QStringLiteral("SELECT p.id, p.name, p.direction, p.object, COALESCE(MAX(v.version), 0) "
                                   "FROM profiles p LEFT JOIN profile_versions v ON v.profile_id = p.id "
                                   "GROUP BY p.id ORDER BY p.name COLLATE NOCASE"))) {
        // A list for display: shown empty, and said in the log.
        qCWarning(lcStore) << "could not list the profiles:" << query.lastError().text();
        return profiles;
    }
    while (query.next())
        profiles.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toInt()});
    return profiles;
}

QList<ProfileVersion> ProfileRepository::versions(const QString& name) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT v.id, v.version, v.note, v.created_at, v.document "
                                 "FROM profile_versions v JOIN profiles p ON p.id = v.profile_id "
                                 "WHERE p.name = ? ORDER BY v.version DESC"));
    query.addBindValue(name);
    QList<ProfileVersion> versions;
    if (!query.exec()) {
        qCWarning(lcStore) << "could not list the versions of" << name << ":" << query.lastError().text();
        return versions;
    }
    while (query.next())
        versions.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString(),
                         QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs),
                         query.value(4).toString().toUtf8()});
    return versions;
}

std::optional<ProfileVersion> ProfileRepository::latest(const QString& name) const {
    const QList<ProfileVersion> all = versions(name);
    if (all.isEmpty())
        return std::nullopt;
    return all.constFirst();
}

std::function<QByteArray(const QString&)> ProfileRepository::newestDocuments() const {
    return [database = m_database](const QString& name) {
        const auto version = ProfileRepository(database).latest(name);
        return version ? version->document : QByteArray();
    };
}

Result<int> ProfileRepository::saveVersion(const QString& name, const QString& direction,
                                           const QString& object, const QByteArray& document,
                                           const QString& note) {
    // One transaction: two windows saving the same profile must not both take the same version number.
    if (!m_database.transaction())
        return sqlFailure(m_database.lastError());
    QSqlQuery query(m_database);
    const auto fail = [this, &query]() {
        const QSqlError error = query.lastError();
        m_database.rollback();
        return sqlFailure(error);
    };
    query.prepare(
        QStringLiteral("INSERT INTO profiles (name, direction, object, created_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET direction = excluded.direction, "
                       "object = excluded.object"));
    query.addBindValue(name);
    query.addBindValue(direction);
    query.addBindValue(object);
    query.addBindValue(now());
    if (!query.exec())
        return fail();
    query.prepare(QStringLiteral("SELECT p.id, COALESCE(MAX(v.version), 0) FROM profiles p "
                                 "LEFT JOIN profile_versions v ON v.profile_id = p.id WHERE p.name = ? "
                                 "GROUP BY p.id"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return fail();
    const qint64 profileId = query.value(0).toLongLong();
    const int version = query.value(1).toInt() + 1;
    query.prepare(
        QStringLiteral("INSERT INTO profile_versions (profile_id, version, document, note, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(profileId);
    query.addBindValue(version);
    query.addBindValue(QString::fromUtf8(document));
    query.addBindValue(note.isNull() ? QStringLiteral("") : note); // a null QString binds as NULL
    query.addBindValue(now());
    if (!query.exec())
        return fail();
    if (!m_database.commit()) {
        const QSqlError error = m_database.lastError();
        m_database.rollback();
        return sqlFailure(error);
    }
    return version;
}

} // namespace fieldlink::store
