#include "app/connections/ConnectionListModel.h"

namespace fieldlink {

using store::SavedConnection;

bool ConnectionPair::isSandbox() const {
    const auto sandbox = [](const std::optional<SavedConnection>& side) {
        return side && side->environment == SavedConnection::Environment::Sandbox;
    };
    return sandbox(ghl) || sandbox(kixie);
}

ConnectionListModel::ConnectionListModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

int ConnectionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_pairs.size());
}

int ConnectionListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionPair& pair = m_pairs.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return pair.name;
        case EnvironmentColumn:
            return pair.isSandbox() ? tr("Sandbox") : tr("Production");
        case HighLevelColumn:
            return pair.ghl ? pair.ghl->accountId : tr("Not set up");
        case KixieColumn:
            return pair.kixie ? pair.kixie->accountId : tr("Not set up");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == HighLevelColumn)
        return tr("HighLevel location id");
    if (role == Qt::ToolTipRole && index.column() == KixieColumn)
        return tr("Kixie Business ID");
    return {};
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EnvironmentColumn:
        return tr("Environment");
    case HighLevelColumn:
        return tr("HighLevel");
    case KixieColumn:
        return tr("Kixie");
    default:
        return {};
    }
}

void ConnectionListModel::setConnections(const QList<SavedConnection>& connections) {
    QList<ConnectionPair> pairs;
    for (const SavedConnection& side : connections) {
        // The repository returns them sorted by name, so one name's sides are adjacent.
        if (pairs.isEmpty() || pairs.constLast().name != side.name)
            pairs.append(ConnectionPair{side.name, std::nullopt, std::nullopt});
        (side.service == SavedConnection::Service::Ghl ? pairs.last().ghl : pairs.last().kixie) = side;
    }
    beginResetModel();
    m_pairs = std::move(pairs);
    endResetModel();
}

int ConnectionListModel::rowOf(const QString& name) const {
    for (qsizetype row = 0; row < m_pairs.size(); ++row) {
        if (m_pairs.at(row).name == name)
            return static_cast<int>(row);
    }
    return -1;
}

} // namespace fieldlink
