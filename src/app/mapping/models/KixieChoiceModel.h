#pragma once

#include "core/store/KixieDirectoryRepository.h"

#include <QAbstractListModel>

namespace fieldlink {

/// The choices of a PowerList or cadence combo box: the Kixie account's entries of one kind by name, an
/// optional "none" first, and — so a profile's ID is never lost — one row for an ID the account's lists do
/// not know ("Unknown list 123").
class KixieChoiceModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, KnownRole };

    /// `optional`: a first row "none" (ID empty), for the cadence a route may leave out.
    KixieChoiceModel(store::KixieDirectoryEntry::Kind kind, bool optional, QObject* parent = nullptr);

    void setEntries(const QList<store::KixieDirectoryEntry>& entries);
    /// The row that stands for `id`, adding the unknown row for an ID the entries do not have (it replaces
    /// an earlier unknown row; a known or empty ID removes it). -1 for an empty ID when there is no "none"
    /// row.
    int rowOf(const QString& id);
    QString idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int firstEntryRow() const { return m_optional ? 1 : 0; }
    void dropUnknown();

    store::KixieDirectoryEntry::Kind m_kind;
    bool m_optional;
    QList<store::KixieDirectoryEntry> m_entries;
    QString m_unknownId; ///< shown after the entries while not empty
};

} // namespace fieldlink
