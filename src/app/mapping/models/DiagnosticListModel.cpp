#include "app/mapping/models/DiagnosticListModel.h"

#include "app/common/CheckResultModel.h"
#include "app/mapping/models/RuleTableModel.h"

namespace fieldlink {

DiagnosticListModel::DiagnosticListModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void DiagnosticListModel::setDiagnostics(const mapping::Diagnostics& diagnostics) {
    beginResetModel();
    m_diagnostics = diagnostics;
    // Errors first, then warnings, then information; the order within each stays the validator's.
    std::stable_sort(
        m_diagnostics.begin(), m_diagnostics.end(),
        [](const mapping::Diagnostic& a, const mapping::Diagnostic& b) { return a.severity > b.severity; });
    endResetModel();
}

int DiagnosticListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

int DiagnosticListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiagnosticListModel::severityText(mapping::Severity severity) {
    switch (severity) {
    case mapping::Severity::Error:
        return tr("Error");
    case mapping::Severity::Warning:
        return tr("Warning");
    case mapping::Severity::Info:
        return tr("Information");
    }
    return {};
}

QVariant DiagnosticListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mapping::Diagnostic& diagnostic = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(diagnostic.severity);
        case CodeColumn:
            return diagnostic.code;
        case WhereColumn: {
            QStringList where;
            if (!diagnostic.sourcePath.isEmpty())
                where << diagnostic.sourcePath;
            if (!diagnostic.target.isEmpty())
                where << QStringLiteral("→ ") + diagnostic.target;
            return where.join(QLatin1Char(' '));
        }
        case MessageColumn:
            return diagnostic.message;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        return CheckResultModel::iconFor(
            diagnostic.severity == mapping::Severity::Error     ? api::CheckLine::State::Failed
            : diagnostic.severity == mapping::Severity::Warning ? api::CheckLine::State::Warning
                                                                : api::CheckLine::State::Passed);
    case Qt::ToolTipRole:
        return RuleTableModel::ruleOf(diagnostic) >= 0 ? tr("Double-click or press Enter to open the rule.")
                                                       : QVariant();
    case RuleRole:
        return RuleTableModel::ruleOf(diagnostic);
    case SeverityRole:
        return static_cast<int>(diagnostic.severity);
    case PathRole:
        return diagnostic.sourcePath;
    default:
        return {};
    }
}

QVariant DiagnosticListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case WhereColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace fieldlink
