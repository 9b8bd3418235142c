#pragma once

#include <QJsonObject>
#include <QSqlQueryModel>

namespace fieldlink {

/// One run's records, in the order they were recorded: the source record, what was done (create, update,
/// unchanged, skip, conflict, failed…), its route, the reason when it failed, in the admin's language, and
/// the attempts. Read lazily from SQLite, like the run list.
class RunRecordsModel : public QSqlQueryModel {
    Q_OBJECT
public:
    enum Column { SourceColumn, ActionColumn, RouteColumn, ReasonColumn, AttemptsColumn, ColumnCount };
    /// ConflictRole: a conflict's particulars (store::RunRecord::conflict), empty for other records.
    /// PayloadRole: what the record mapped to (store::RunRecord::payload).
    enum Role { ActionRole = Qt::UserRole + 1, DiffRole, DiagnosticsRole, ConflictRole, PayloadRole };

    explicit RunRecordsModel(QObject* parent = nullptr);

    /// Shows run `runId`'s records; 0 shows none.
    void setRun(const QSqlDatabase& database, qint64 runId);
    qint64 run() const { return m_runId; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

    /// One record for people: what was done, why, the changes and the problems (a record's detail pane).
    static QString describe(const QModelIndex& index);
    /// Every record of the run as CSV (RFC 4180), for a spreadsheet; reads them all, not only the shown.
    static QByteArray toCsv(const QSqlDatabase& database, qint64 runId);

private:
    qint64 m_runId = 0;
};

} // namespace fieldlink
