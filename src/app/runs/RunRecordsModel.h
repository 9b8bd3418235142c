#pragma once

#include "app/common/PagedTableModel.h"
#include "core/Result.h"
#include "core/store/LedgerRepository.h"
#include "core/store/RunRecordQuery.h"

#include <QJsonObject>

namespace fieldlink {

/// A record as RunRecordsModel read it, with the words worked out once rather than per cell.
struct RunRecordRow {
    store::RunRecord record;
    QString name;   ///< who it is about (RecordSubject::displayName), or its id for an old record
    QString reason; ///< the error, or the diagnostics' sentences one a line
};

/// One run's records, in the order they were recorded: who the record is about (a contact by name and phone,
/// a call by contact, number, time and agent; the id in the tooltip), what was done in words ("Created",
/// in a dry run "Would create"), its route, the reason in sentences, and the requests its write took. Read a
/// page at a time as the view scrolls (canFetchMore/fetchMore), like the run list, each record parsed once
/// when its page is read.
class RunRecordsModel : public PagedTableModel<RunRecordRow> {
    Q_OBJECT
public:
    enum Column { SourceColumn, ActionColumn, RouteColumn, ReasonColumn, AttemptsColumn, ColumnCount };
    /// ActionRole: the stored action (create, skip…), what filters match. IdRole: the source record's id
    /// (GHL contact id, Kixie call id). ConflictRole: a conflict's particulars (store::RunRecord::conflict),
    /// empty for other records. PayloadRole: what the record mapped to (store::RunRecord::payload).
    /// SubjectRole: store::RunRecord::subject. ErrorRole: the error the run recorded.
    enum Role {
        ActionRole = Qt::UserRole + 1,
        DiffRole,
        DiagnosticsRole,
        ConflictRole,
        PayloadRole,
        IdRole,
        SubjectRole,
        ErrorRole
    };

    explicit RunRecordsModel(const store::RunRecordQuery& records, QObject* parent = nullptr);

    /// Shows run `runId`'s records (those with `action` only, when given); 0 shows none.
    void setRun(qint64 runId, const QString& action = {});
    qint64 run() const { return m_filter.runId; }
    /// Whether the run shown was a dry run: its actions read "Would create", "Would update"…
    bool isDryRun() const { return m_dryRun; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The whole record as indented JSON, for the detail's "Show JSON".
    static QString recordJson(const QModelIndex& index);
    /// Why a record ended as it did, in sentences one a line: the run's error, then each problem with its
    /// FL code after it.
    static QString reasonOf(const store::RunRecord& record);
    /// The do-not-disturb change a call's contact update made (or, in a dry run, would make), in words
    /// (DndChanges::line); empty when it makes none.
    static QString dndLineOf(const store::RunRecord& record, bool dryRun);
    /// The tooltip naming a record's id ("HighLevel contact ID: …", "Kixie call ID: …").
    static QString idText(const store::RunRecord& record);

private:
    QList<RunRecordRow> readPage() const override;

    const store::RunRecordQuery& m_query;
    store::RunRecordFilter m_filter;
    bool m_dryRun = false;
};

} // namespace fieldlink
