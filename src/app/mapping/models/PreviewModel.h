#pragma once

#include "core/mapping/MappingEngine.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace fieldlink {

/// The sample records through the mapping, one row each: the record, what happened to it (mapped, skipped,
/// failed), where it goes, what would be sent and its problems. Rows with problems are marked by icon and
/// in words.
class PreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RecordColumn, StatusColumn, RouteColumn, PayloadColumn, ProblemsColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 };

    explicit PreviewModel(QObject* parent = nullptr);

    /// `records[i]` is `samples[i]` mapped; the row count stays when only the mapping changed, so the
    /// selection survives every edit.
    void setResults(const QList<QJsonObject>& samples, const QList<mapping::MappedRecord>& records);
    const QJsonObject& sample(int row) const { return m_samples.at(row); }
    const mapping::MappedRecord& record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(mapping::MappedRecord::Status status);
    /// A person's or event's short name for the record column ("Ana López", else its id).
    static QString recordLabel(const QJsonObject& sample, const QString& sourceId);

private:
    QList<QJsonObject> m_samples;
    QList<mapping::MappedRecord> m_records;
};

} // namespace fieldlink
