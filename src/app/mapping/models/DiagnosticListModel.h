#pragma once

#include "core/mapping/Diagnostic.h"

#include <QAbstractTableModel>

namespace fieldlink {

/// Every problem the editor knows about — the profile's and the samples' — with its stable code, where it
/// is and what to do. Activating a row jumps to the rule it names (RuleRole).
class DiagnosticListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, WhereColumn, MessageColumn, ColumnCount };
    enum Role { RuleRole = Qt::UserRole + 1, SeverityRole, PathRole };

    explicit DiagnosticListModel(QObject* parent = nullptr);

    void setDiagnostics(const mapping::Diagnostics& diagnostics);
    const mapping::Diagnostics& diagnostics() const { return m_diagnostics; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(mapping::Severity severity);

private:
    mapping::Diagnostics m_diagnostics;
};

} // namespace fieldlink
