#include "app/common/CheckResultModel.h"

namespace fieldlink {

using State = api::CheckLine::State;

CheckResultModel::CheckResultModel(QObject* parent)
    : QAbstractListModel(parent) {
}

int CheckResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

QVariant CheckResultModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::CheckLine& line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return line.detail.isEmpty() ? line.title : line.title + QLatin1Char('\n') + line.detail;
    case Qt::DecorationRole:
        return iconFor(line.state);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        // Colour alone must not carry the outcome: screen readers and tooltips say it in words.
        return stateText(line.state);
    case StateRole:
        return static_cast<int>(line.state);
    case IdRole:
        return line.id;
    case DetailRole:
        return line.detail;
    default:
        return {};
    }
}

void CheckResultModel::setLines(const QList<api::CheckLine>& lines) {
    // Lines keep their order; a line whose id is not where it was means a different report: start over.
    const qsizetype common = std::min(m_lines.size(), lines.size());
    for (qsizetype row = 0; row < common; ++row) {
        if (m_lines.at(row).id != lines.at(row).id) {
            beginResetModel();
            m_lines = lines;
            endResetModel();
            return;
        }
    }
    if (lines.size() < m_lines.size()) {
        beginRemoveRows({}, static_cast<int>(lines.size()), static_cast<int>(m_lines.size() - 1));
        m_lines.resize(lines.size());
        endRemoveRows();
    }
    for (qsizetype row = 0; row < common && row < lines.size(); ++row) {
        if (!(m_lines.at(row) == lines.at(row))) {
            m_lines[row] = lines.at(row);
            const QModelIndex changed = index(static_cast<int>(row));
            Q_EMIT dataChanged(changed, changed);
        }
    }
    if (lines.size() > m_lines.size()) {
        beginInsertRows({}, static_cast<int>(m_lines.size()), static_cast<int>(lines.size() - 1));
        for (qsizetype row = m_lines.size(); row < lines.size(); ++row)
            m_lines.append(lines.at(row));
        endInsertRows();
    }
}

void CheckResultModel::clear() {
    if (m_lines.isEmpty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

QIcon CheckResultModel::iconFor(State state) {
    switch (state) {
    case State::Running:
        return QIcon(QStringLiteral(":/icons/check-running.svg"));
    case State::Passed:
        return QIcon(QStringLiteral(":/icons/check-passed.svg"));
    case State::Warning:
        return QIcon(QStringLiteral(":/icons/check-warning.svg"));
    case State::Failed:
        return QIcon(QStringLiteral(":/icons/check-failed.svg"));
    case State::NotChecked:
        return QIcon(QStringLiteral(":/icons/check-not-checked.svg"));
    }
    return {};
}

QString CheckResultModel::stateText(State state) {
    switch (state) {
    case State::Running:
        return tr("Checking…");
    case State::Passed:
        return tr("Works");
    case State::Warning:
        return tr("Works, with a warning");
    case State::Failed:
        return tr("Does not work");
    case State::NotChecked:
        return tr("Not checked");
    }
    return {};
}

} // namespace fieldlink
