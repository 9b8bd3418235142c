#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace fieldlink::store {

struct StoredProfile {
    qint64 id = 0;
    QString name; ///< the profile's own `name`: runs and the editor find it by that
    QString direction;
    QString object;
    int latestVersion = 0;
};

struct ProfileVersion {
    qint64 id = 0;
    int version = 0;
    QString note;
    QDateTime createdAt;
    QByteArray document;
};

/// The profiles kept in the database and their versions. Versions are never changed or deleted: a run
/// records the version it used, so the past stays explainable; restoring an old version saves it again as
/// the newest.
class ProfileRepository {
public:
    explicit ProfileRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Lists for display: empty (and said in the log) when they cannot be read.
    QList<StoredProfile> profiles() const;
    /// Newest first, with their documents.
    QList<ProfileVersion> versions(const QString& name) const;
    std::optional<ProfileVersion> latest(const QString& name) const;
    /// Saves `document` as the next version of profile `name` (created when new): the version's number.
    Result<int> saveVersion(const QString& name, const QString& direction, const QString& object,
                            const QByteArray& document, const QString& note);
    /// For mapping::ProfileLoader: a profile name's newest document, or empty.
    std::function<QByteArray(const QString& name)> newestDocuments() const;

private:
    QSqlDatabase m_database;
};

} // namespace fieldlink::store
