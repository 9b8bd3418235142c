#pragma once

#include "core/mapping/FieldPath.h"
#include "core/mapping/MappingEngine.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace fieldlink {

/// One sample record, before → after: for each rule, the value(s) it reads from the record, the value
/// that would be sent, and the problems the rule met. A changed value and a problem are both visible in
/// words, not only in colour.
class RecordComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TargetColumn, BeforeColumn, AfterColumn, ProblemColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1 };

    explicit RecordComparisonModel(QObject* parent = nullptr);

    void setRecord(const QJsonArray& rules, const QJsonObject& sample, const mapping::MappedRecord& mapped,
                   const mapping::CustomFieldDirectory& customFields);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The value at a dotted target path in a payload ("extraData.Budget" is nested, "target" is not).
    static QJsonValue payloadValue(const QJsonObject& payload, const QString& target);

private:
    struct Row {
        QString target;
        QString before;
        QString after;
        QString problem;
        int severity = -1;
    };
    QList<Row> m_rows;
};

} // namespace fieldlink
