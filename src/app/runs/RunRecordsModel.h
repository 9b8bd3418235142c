#pragma once

#include "app/common/PagedTableModel.h"
#include "core/Result.h"
#include "core/store/LedgerRepository.h"
#include "core/store/RunRecordQuery.h"

#include <QJsonObject>

namespace fieldlink {

/// A record as RunRecordsModel read it, with the reason worked out once rather than per cell.
struct RunRecordRow {
    store::RunRecord record;
    QString reason; ///< the error, or the diagnostics' messages one a line
};

/// One run's records, in the order they were recorded: the source record, what was done (create, update,
/// unchanged, skip, conflict, failed…), its route, the reason when it failed, in the admin's language, and
/// the attempts. Read a page at a time as the view scrolls (canFetchMore/fetchMore), like the run list, each
/// record parsed once when its page is read.
class RunRecordsModel : public PagedTableModel<RunRecordRow> {
    Q_OBJECT
public:
    enum Column { SourceColumn, ActionColumn, RouteColumn, ReasonColumn, AttemptsColumn, ColumnCount };
    /// ConflictRole: a conflict's particulars (store::RunRecord::conflict), empty for other records.
    /// PayloadRole: what the record mapped to (store::RunRecord::payload).
    enum Role { ActionRole = Qt::UserRole + 1, DiffRole, DiagnosticsRole, ConflictRole, PayloadRole };

    explicit RunRecordsModel(const store::RunRecordQuery& records, QObject* parent = nullptr);

    /// Shows run `runId`'s records (those with `action` only, when given); 0 shows none.
    void setRun(qint64 runId, const QString& action = {});
    qint64 run() const { return m_filter.runId; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// One record for people: what was done, why, the changes and the problems (a record's detail pane).
    static QString describe(const QModelIndex& index);
    /// Every record of the run as CSV (RFC 4180), for a spreadsheet; reads them all, not only the shown.
    static Result<QByteArray> toCsv(const store::RunRecordQuery& records, qint64 runId);

private:
    QList<RunRecordRow> readPage() const override;

    const store::RunRecordQuery& m_query;
    store::RunRecordFilter m_filter;
};

} // namespace fieldlink
