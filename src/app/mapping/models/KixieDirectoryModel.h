#pragma once

#include "core/store/KixieDirectoryRepository.h"

#include <QAbstractTableModel>

namespace fieldlink {

/// One kind of a Kixie account's named entries (PowerLists, cadences or agents) as the admin edits them: name
/// and ID, added, renamed and removed in place. Entries a sandbox listed are shown but not editable (the
/// sandbox lists them again on every refresh).
class KixieDirectoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, ColumnCount };
    using Entry = store::KixieDirectoryEntry;

    explicit KixieDirectoryModel(Entry::Kind kind, QObject* parent = nullptr);

    Entry::Kind kind() const { return m_kind; }
    void setEntries(const QList<Entry>& entries);
    /// The admin's rows to save: trimmed, rows with neither name nor ID dropped.
    QList<Entry> adminEntries() const;
    /// Why the admin's rows cannot be saved yet (an ID missing or given twice), or empty.
    QString problem() const;
    bool isEditableRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    /// New rows are the admin's, empty.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    /// Only the admin's rows are removed.
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

private:
    QString kindWords() const;

    Entry::Kind m_kind;
    QList<Entry> m_entries;
};

} // namespace fieldlink
