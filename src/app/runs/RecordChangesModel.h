#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace fieldlink {

/// A record's change as a table an admin reads: one row per field, by its label ("Phone number (row key)",
/// not `target`), with the value before and after. From the record's diff (create and update); a record
/// without one (unchanged, skipped, a dry run's enrolment…) shows what it mapped to, in the After column.
class RecordChangesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FieldColumn, BeforeColumn, AfterColumn, ColumnCount };
    /// The payload key of a row's field (FieldColumn), e.g. "extraData.Budget".
    enum Role { KeyRole = Qt::UserRole + 1 };

    explicit RecordChangesModel(QObject* parent = nullptr);

    /// Shows `diff` ({field: {before, after}}, store::RunRecord::diff) or, when it is empty, `payload`.
    void setRecord(const QJsonObject& diff, const QJsonObject& payload);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// A call's contact update: its fields, and do-not-disturb turned on or skipped, as rows.
    void setContactUpdate(const QJsonObject& update);

    struct Row {
        QString key;
        QString label;
        QString before;
        QString after;
    };
    QList<Row> m_rows;
};

} // namespace fieldlink
