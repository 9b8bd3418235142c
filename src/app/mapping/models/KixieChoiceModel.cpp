#include "app/mapping/models/KixieChoiceModel.h"

namespace fieldlink {

using Kind = store::KixieDirectoryEntry::Kind;

KixieChoiceModel::KixieChoiceModel(Kind kind, bool optional, QObject* parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_optional(optional) {
}

void KixieChoiceModel::setEntries(const QList<store::KixieDirectoryEntry>& entries) {
    beginResetModel();
    m_entries = entries;
    const bool known = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                   [this](const auto& entry) { return entry.id == m_unknownId; });
    if (known)
        m_unknownId.clear();
    endResetModel();
}

void KixieChoiceModel::dropUnknown() {
    if (m_unknownId.isEmpty())
        return;
    const int unknownRow = firstEntryRow() + static_cast<int>(m_entries.size());
    beginRemoveRows({}, unknownRow, unknownRow);
    m_unknownId.clear();
    endRemoveRows();
}

int KixieChoiceModel::rowOf(const QString& id) {
    // The unknown row stands for the route being shown only: another route's ID is not offered.
    const QString wanted = id.trimmed();
    if (wanted.isEmpty()) {
        dropUnknown();
        return m_optional ? 0 : -1;
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == wanted) {
            dropUnknown();
            return firstEntryRow() + i;
        }
    }
    const int unknownRow = firstEntryRow() + static_cast<int>(m_entries.size());
    if (m_unknownId == wanted)
        return unknownRow;
    if (m_unknownId.isEmpty()) {
        beginInsertRows({}, unknownRow, unknownRow);
        m_unknownId = wanted;
        endInsertRows();
    } else {
        m_unknownId = wanted;
        Q_EMIT dataChanged(index(unknownRow), index(unknownRow));
    }
    return unknownRow;
}

QString KixieChoiceModel::idAt(int row) const {
    return index(row).data(IdRole).toString();
}

int KixieChoiceModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return firstEntryRow() + static_cast<int>(m_entries.size()) + (m_unknownId.isEmpty() ? 0 : 1);
}

QVariant KixieChoiceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool none = m_optional && row == 0;
    const int entry = row - firstEntryRow();
    const bool unknown = !none && entry == m_entries.size();
    const QString id = none ? QString() : unknown ? m_unknownId : m_entries.at(entry).id;
    switch (role) {
    case Qt::DisplayRole:
        if (none)
            return m_kind == Kind::Cadence ? tr("(no cadence)") : tr("(none)");
        if (unknown)
            return m_kind == Kind::Cadence ? tr("Unknown cadence %1").arg(id)
                   : m_kind == Kind::Agent ? tr("Unknown agent %1").arg(id)
                                           : tr("Unknown list %1").arg(id);
        return m_entries.at(entry).name;
    case Qt::ToolTipRole:
        if (none)
            return {};
        return unknown ? tr("ID %1 is not among this Kixie account's lists; it is kept as it is. Add it "
                            "under \"Edit lists…\" to give it a name.")
                             .arg(id)
                       : tr("ID %1").arg(id);
    case IdRole:
        return id;
    case KnownRole:
        return !unknown;
    default:
        return {};
    }
}

} // namespace fieldlink
