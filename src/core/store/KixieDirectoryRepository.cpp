#include "core/store/KixieDirectoryRepository.h"

#include "core/store/SqlFailure.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fieldlink::store {
namespace {

QString sourceName(KixieDirectoryEntry::Source source) {
    return source == KixieDirectoryEntry::Source::Sandbox ? QStringLiteral("sandbox")
                                                          : QStringLiteral("admin");
}

} // namespace

QString KixieDirectoryEntry::kindName(Kind kind) {
    switch (kind) {
    case Kind::Cadence:
        return QStringLiteral("cadence");
    case Kind::Agent:
        return QStringLiteral("agent");
    case Kind::PowerList:
        break;
    }
    return QStringLiteral("powerlist");
}

std::optional<KixieDirectoryEntry::Kind> KixieDirectoryEntry::kindFromName(QStringView name) {
    for (const Kind kind : {Kind::PowerList, Kind::Cadence, Kind::Agent}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

Result<QList<KixieDirectoryEntry>> KixieDirectoryRepository::list(const QString& businessId,
                                                                  Entry::Kind kind) const {
    QSqlQuery query(m_database);
    if (!query.prepare(
            QStringLiteral("SELECT entry_id, name, source, updated_at FROM kixie_directory "
                           "WHERE business_id = ? AND kind = ? ORDER BY name COLLATE NOCASE, entry_id")))
        return sqlFailure(query.lastError());
    query.addBindValue(businessId);
    query.addBindValue(Entry::kindName(kind));
    if (!query.exec())
        return sqlFailure(query.lastError());
    QList<Entry> entries;
    while (query.next()) {
        entries.append({kind, query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString() == QLatin1String("sandbox") ? Entry::Source::Sandbox
                                                                              : Entry::Source::Admin,
                        QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs)});
    }
    return entries;
}

Result<> KixieDirectoryRepository::insert(const QString& businessId, const Entry& entry, Entry::Source source,
                                          bool overwrite) {
    QSqlQuery query(m_database);
    const QString statement =
        QStringLiteral("INSERT INTO kixie_directory (business_id, kind, entry_id, name, source, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (business_id, kind, entry_id) DO ") +
        (overwrite ? QStringLiteral("UPDATE SET name = excluded.name, source = excluded.source, "
                                    "updated_at = excluded.updated_at")
                   : QStringLiteral("NOTHING"));
    if (!query.prepare(statement))
        return sqlFailure(query.lastError());
    query.addBindValue(businessId);
    query.addBindValue(Entry::kindName(entry.kind));
    query.addBindValue(entry.id.trimmed());
    query.addBindValue(entry.name.trimmed());
    query.addBindValue(sourceName(source));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

Result<> KixieDirectoryRepository::saveAdminEntries(const QString& businessId, Entry::Kind kind,
                                                    const QList<Entry>& entries) {
    return inTransaction(m_database, [&]() -> Result<> {
        QSqlQuery query(m_database);
        if (!query.prepare(QStringLiteral(
                "DELETE FROM kixie_directory WHERE business_id = ? AND kind = ? AND source = 'admin'")))
            return sqlFailure(query.lastError());
        query.addBindValue(businessId);
        query.addBindValue(Entry::kindName(kind));
        if (!query.exec())
            return sqlFailure(query.lastError());
        for (Entry entry : entries) {
            entry.kind = kind;
            if (Result<> inserted = insert(businessId, entry, Entry::Source::Admin, true); !inserted)
                return inserted;
        }
        return {};
    });
}

Result<> KixieDirectoryRepository::replaceSandboxEntries(const QString& businessId,
                                                         const QList<Entry>& entries) {
    return inTransaction(m_database, [&]() -> Result<> {
        QSqlQuery query(m_database);
        if (!query.prepare(
                QStringLiteral("DELETE FROM kixie_directory WHERE business_id = ? AND source = 'sandbox'")))
            return sqlFailure(query.lastError());
        query.addBindValue(businessId);
        if (!query.exec())
            return sqlFailure(query.lastError());
        // An ID the admin named keeps the admin's name.
        for (const Entry& entry : entries) {
            if (Result<> inserted = insert(businessId, entry, Entry::Source::Sandbox, false); !inserted)
                return inserted;
        }
        return {};
    });
}

Result<> KixieDirectoryRepository::remove(const QString& businessId, Entry::Kind kind, const QString& id) {
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral(
            "DELETE FROM kixie_directory WHERE business_id = ? AND kind = ? AND entry_id = ?")))
        return sqlFailure(query.lastError());
    query.addBindValue(businessId);
    query.addBindValue(Entry::kindName(kind));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

} // namespace fieldlink::store
