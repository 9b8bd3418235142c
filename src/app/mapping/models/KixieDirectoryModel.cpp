#include "app/mapping/models/KixieDirectoryModel.h"

#include <QSet>

namespace fieldlink {

KixieDirectoryModel::KixieDirectoryModel(Entry::Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind) {
}

void KixieDirectoryModel::setEntries(const QList<Entry>& entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QList<KixieDirectoryModel::Entry> KixieDirectoryModel::adminEntries() const {
    QList<Entry> entries;
    for (Entry entry : m_entries) {
        entry.id = entry.id.trimmed();
        entry.name = entry.name.trimmed();
        if (entry.source == Entry::Source::Admin && !(entry.id.isEmpty() && entry.name.isEmpty()))
            entries << entry;
    }
    return entries;
}

QString KixieDirectoryModel::kindWords() const {
    switch (m_kind) {
    case Entry::Kind::Cadence:
        return tr("cadence");
    case Entry::Kind::Agent:
        return tr("agent");
    case Entry::Kind::PowerList:
        break;
    }
    return tr("PowerList");
}

QString KixieDirectoryModel::problem() const {
    QSet<QString> seen;
    for (const Entry& entry : adminEntries()) {
        if (entry.id.isEmpty())
            return tr("The %1 \"%2\" needs its ID, as Kixie shows it.").arg(kindWords(), entry.name);
        if (seen.contains(entry.id))
            return tr("The ID %1 is listed twice; each %2 once.").arg(entry.id, kindWords());
        seen.insert(entry.id);
    }
    return {};
}

bool KixieDirectoryModel::isEditableRow(int row) const {
    return row >= 0 && row < m_entries.size() && m_entries.at(row).source == Entry::Source::Admin;
}

int KixieDirectoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int KixieDirectoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KixieDirectoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && entry.source == Entry::Source::Sandbox)
        return tr("Listed by the sandbox: it names its own lists, so this one is not edited here.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return index.column() == NameColumn ? entry.name : entry.id;
}

QVariant KixieDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : section == IdColumn ? tr("ID in Kixie") : QVariant();
}

Qt::ItemFlags KixieDirectoryModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A sandbox row shows disabled (greyed by the palette) and cannot be selected or edited.
    if (!isEditableRow(index.row()))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool KixieDirectoryModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !isEditableRow(index.row()))
        return false;
    Entry& entry = m_entries[index.row()];
    QString& field = index.column() == NameColumn ? entry.name : entry.id;
    const QString text = value.toString().trimmed();
    if (field == text)
        return true;
    field = text;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

bool KixieDirectoryModel::insertRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_entries.insert(row, Entry{m_kind, {}, {}, Entry::Source::Admin, {}});
    endInsertRows();
    return true;
}

bool KixieDirectoryModel::removeRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    for (int i = row; i < row + count; ++i) {
        if (!isEditableRow(i))
            return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace fieldlink
