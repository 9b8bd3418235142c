#pragma once

#include "core/api/RequestLog.h"

#include <QAbstractTableModel>

namespace fieldlink {

/// The API calls made for one record of a run, oldest first: when, which service and operation, the answer
/// (status or why there was none), the latency and the attempt (a retry is attempt 2 and on). The entries
/// were redacted before they were logged; `describe()` shows one call whole, bodies included.
class RequestTraceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ServiceColumn,
        OperationColumn,
        StatusColumn,
        LatencyColumn,
        AttemptColumn,
        ColumnCount
    };

    explicit RequestTraceModel(QObject* parent = nullptr);

    void setEntries(QList<api::RequestLogEntry> entries);
    const QList<api::RequestLogEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// One call for people: request line, headers and body, then the answer's; JSON bodies indented.
    static QString describe(const api::RequestLogEntry& entry);

private:
    QList<api::RequestLogEntry> m_entries;
};

} // namespace fieldlink
