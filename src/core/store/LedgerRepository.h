#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace fieldlink::store {

/// One target key in the ledger: what Fieldlink last wrote there, for which source record, in which run.
struct LedgerEntry {
    enum class WriteState { Done, InFlight, Unknown };

    QString direction; ///< ghl_to_kixie or kixie_to_ghl
    QString scopeKey;  ///< PowerList id (or "cadence:<id>"), or GHL contact id
    QString targetKey; ///< E.164 phone, or the call's externalid and action
    QJsonObject payload;
    QString payloadHash;
    QString sourceId;
    qint64 runId = 0;
    QDateTime writtenAt;
    WriteState state = WriteState::Done;

    static QString stateName(WriteState state);
    /// SHA-256 of the payload's canonical (compact, sorted keys) JSON.
    static QString hashOf(const QJsonObject& payload);
    QString key() const { return keyOf(scopeKey, targetKey); }
    /// The ledger's key of one row: planner, decisions and the review panel all find rows by it.
    static QString keyOf(const QString& scopeKey, const QString& targetKey) {
        return scopeKey + QLatin1Char('\x1f') + targetKey;
    }
    /// keyOf()'s scope and target again.
    static std::pair<QString, QString> splitKey(const QString& key) {
        const qsizetype separator = key.indexOf(QLatin1Char('\x1f'));
        return {key.left(separator), key.mid(separator + 1)};
    }
};

/// A record's outcome as kept with its run (the run_records table).
struct RunRecord {
    qint64 runId = 0;
    QString sourceId;
    QString route;
    QString action; ///< create, update, unchanged, skip, conflict, remove, failed…
    QJsonObject diff;
    QJsonArray diagnostics;
    QString error;
    /// For a conflict: {kind: shared | taken | enrolment, scopeKey, targetKey, candidates: [source ids],
    /// owner: the contact written earlier (taken), payload: what this record maps to, otherPayloads: what
    /// contacts outside the run that share the row map to, by source id}.
    QJsonObject conflict;
    QJsonObject payload; ///< what the record mapped to: sent, or what a dry run would send
    /// Who the record is about, as the admin knows them (sync::RecordSubject::toJson); empty in records
    /// stored before subjects were kept.
    QJsonObject subject;
    int attempts = 0; ///< requests sent for the record's write, retries included
    qint64 profileVersionId = 0;
};

/// Which call a value on a GHL contact came from: calls are ordered by time, then by id.
struct CallOrigin {
    QString callTime; ///< ISO 8601 UTC with milliseconds; empty when the event carried no call date
    QString callId;   ///< the call's externalid

    /// True when `other` is older than this call, so this call's value replaces other's. The same call
    /// counts as not older: its later events may refill the fields its earlier ones wrote.
    bool supersedes(const CallOrigin& other) const {
        return callTime > other.callTime || (callTime == other.callTime && callId >= other.callId);
    }
};

/// What a contact update remembers beside its ledger entry, in the same transaction.
struct ContactUpdateMemory {
    QString contactId;
    CallOrigin call;
    QHash<QString, QJsonValue> fields; ///< target ("update.source") -> the value written
};

/// The ledger (docs/architecture.md, "The ledger") and the run records written with it. A successful write
/// and its run record go in one transaction, so a crash leaves either both or neither.
class LedgerRepository {
public:
    explicit LedgerRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Every entry of one direction, keyed by LedgerEntry::key().
    Result<QHash<QString, LedgerEntry>> load(const QString& direction) const;
    Result<std::optional<LedgerEntry>> find(const QString& direction, const QString& scopeKey,
                                            const QString& targetKey) const;
    /// The entries of one scope whose target key starts with `targetKeyPrefix` (e.g. every write of one
    /// call), oldest first.
    Result<QList<LedgerEntry>> findByTargetPrefix(const QString& direction, const QString& scopeKey,
                                                  const QString& targetKeyPrefix) const;
    /// Records that a write is about to be sent (state in-flight), before sending it.
    Result<> markInFlight(const LedgerEntry& entry);
    /// Stores a finished write (state done, or unknown when its outcome could not be learnt) with its record.
    Result<> commit(const LedgerEntry& entry, const RunRecord& record);
    /// Removes a key whose row was removed from Kixie, with its record.
    Result<> remove(const QString& direction, const QString& scopeKey, const QString& targetKey,
                    const RunRecord& record);
    /// Stores records that change no ledger entry (unchanged, skipped, failed…), in one transaction.
    Result<> addRecords(const QList<RunRecord>& records);

    /// The call each field of one contact was last written from (target -> origin).
    Result<QHash<QString, CallOrigin>> fieldOrigins(const QString& contactId) const;
    /// The ids of the calls of one contact whose contact update Fieldlink has written.
    Result<QSet<QString>> writtenCalls(const QString& contactId) const;
    /// Stores a finished contact update with its record, and in the same transaction the call as written
    /// and each field's origin (a field keeps a newer call's origin: the ledger never goes back in time).
    Result<> commitContactUpdate(const LedgerEntry& entry, const RunRecord& record,
                                 const ContactUpdateMemory& memory);

private:
    Result<> upsert(const LedgerEntry& entry);
    Result<> insertRecord(const RunRecord& record);
    Result<> inTransaction(const std::function<Result<>()>& work);

    QSqlDatabase m_database;
};

} // namespace fieldlink::store
