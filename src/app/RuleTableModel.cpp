#include "RuleTableModel.h"

#include "Profile.h"

namespace fieldlink {

RuleTableModel::RuleTableModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

int RuleTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_profile ? 0 : static_cast<int>(m_profile->rules.size());
}

int RuleTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mapping::Rule& rule = m_profile->rules.at(static_cast<size_t>(index.row()));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TargetColumn:
            return rule.target;
        case SourcesColumn:
            return rule.sources.join(QLatin1String(", "));
        case TransformsColumn:
            return rule.transformTypes.isEmpty() ? tr("copy")
                                                 : rule.transformTypes.join(QStringLiteral(" → "));
        case RequiredColumn:
            if (rule.when)
                return rule.required ? tr("Required, when its condition holds")
                                     : tr("When its condition holds");
            return rule.required ? tr("Required") : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Profile path: %1").arg(rule.jsonPath);
    return {};
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case SourcesColumn:
        return tr("Source");
    case TransformsColumn:
        return tr("Transforms");
    case RequiredColumn:
        return tr("Applies");
    default:
        return {};
    }
}

void RuleTableModel::setProfile(std::shared_ptr<const mapping::Profile> profile) {
    beginResetModel();
    m_profile = std::move(profile);
    endResetModel();
}

} // namespace fieldlink
