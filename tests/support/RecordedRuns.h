#pragma once

#include "core/store/Database.h"
#include "core/store/LedgerRepository.h"
#include "core/store/RunRecordQuery.h"
#include "core/store/RunRepository.h"

#include <QList>
#include <QString>

#include <memory>

namespace fieldlink::test {

/// Runs and their records in a real SQLite file, as the sync engine records them, for the tests of what
/// shows and exports a run's records. One profile version ("Leads", GHL to Kixie) owns every run.
class RecordedRuns {
public:
    /// Opens (creating) the database at `path`; false when it cannot.
    bool open(const QString& path) {
        m_database = std::make_unique<store::Database>();
        if (!m_database->open(path, QStringLiteral("recorded-runs")).ok())
            return false;
        m_query = std::make_unique<store::RunRecordQuery>(m_database->connection());
        m_versionId = store::RunRepository(m_database->connection())
                          .ensureProfileVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                                                QStringLiteral("contact"), "{}")
                          .valueOr(0);
        return m_versionId > 0;
    }

    /// A new run of `mode` ("run", "dry-run") holding `records`; its id, or 0 when it could not be stored.
    qint64 addRun(const QList<store::RunRecord>& records, const QString& mode = QStringLiteral("run")) {
        const qint64 run =
            store::RunRepository(m_database->connection()).startRun(m_versionId, mode, {}).valueOr(0);
        QList<store::RunRecord> stamped = records;
        for (store::RunRecord& record : stamped) {
            record.runId = run;
            record.profileVersionId = m_versionId;
        }
        return store::LedgerRepository(m_database->connection()).addRecords(stamped) ? run : 0;
    }

    store::RunRecordQuery& query() { return *m_query; }

private:
    // The query reads the database's connection: it goes first.
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::RunRecordQuery> m_query;
    qint64 m_versionId = 0;
};

} // namespace fieldlink::test
