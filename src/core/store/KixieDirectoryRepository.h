#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fieldlink::store {

/// A PowerList, cadence or agent of a Kixie account, by the name the admin knows it by. Kixie has no API that
/// lists them, so the admin enters them once (source Admin); a sandbox lists its own (source Sandbox).
struct KixieDirectoryEntry {
    enum class Kind { PowerList, Cadence, Agent };
    enum class Source { Admin, Sandbox };

    KixieDirectoryEntry() = default;
    KixieDirectoryEntry(Kind entryKind, QString entryId, QString entryName,
                        Source entrySource = Source::Admin, QDateTime entryUpdatedAt = {})
        : kind(entryKind)
        , id(std::move(entryId))
        , name(std::move(entryName))
        , source(entrySource)
        , updatedAt(std::move(entryUpdatedAt)) {}

    Kind kind = Kind::PowerList;
    QString id; ///< what the profile stores: the PowerList or cadence ID, the agent's user ID
    QString name;
    Source source = Source::Admin;
    QDateTime updatedAt; ///< set by the repository

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    friend bool operator==(const KixieDirectoryEntry& a, const KixieDirectoryEntry& b) {
        return a.kind == b.kind && a.id == b.id && a.name == b.name && a.source == b.source;
    }
};

/// The `kixie_directory` table: per Kixie account (Business ID), the named PowerLists, cadences and agents
/// the routing editor offers. The admin's entries and a sandbox's are kept apart, so refreshing from a
/// sandbox never drops or renames what the admin typed; where both name one ID the admin's name wins.
class KixieDirectoryRepository {
public:
    using Entry = KixieDirectoryEntry;

    explicit KixieDirectoryRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// The account's entries of one kind, by name (case-insensitively).
    Result<QList<Entry>> list(const QString& businessId, Entry::Kind kind) const;
    /// The admin's entries of `kind` become exactly `entries` (added, renamed, removed in one transaction).
    /// A sandbox entry with the same ID is taken over by the admin's name.
    Result<> saveAdminEntries(const QString& businessId, Entry::Kind kind, const QList<Entry>& entries);
    /// The sandbox's entries (every kind) become exactly `entries`; the admin's stay as they are.
    Result<> replaceSandboxEntries(const QString& businessId, const QList<Entry>& entries);
    /// Removes one entry, whoever made it.
    Result<> remove(const QString& businessId, Entry::Kind kind, const QString& id);

private:
    Result<> insert(const QString& businessId, const Entry& entry, Entry::Source source, bool overwrite);

    QSqlDatabase m_database;
};

} // namespace fieldlink::store
