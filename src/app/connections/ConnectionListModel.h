#pragma once

#include "core/store/ConnectionRepository.h"

#include <QAbstractTableModel>

#include <optional>

namespace fieldlink {

/// A saved connection as the admin sees it: a name with a HighLevel side and a Kixie side.
struct ConnectionPair {
    QString name;
    std::optional<store::SavedConnection> ghl;
    std::optional<store::SavedConnection> kixie;

    bool isSandbox() const;
};

/// The saved connections, one row per name (Connections page).
class ConnectionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, EnvironmentColumn, HighLevelColumn, KixieColumn, ColumnCount };

    explicit ConnectionListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Groups the repository's rows by name and shows them.
    void setConnections(const QList<store::SavedConnection>& connections);
    const ConnectionPair& pairAt(int row) const { return m_pairs.at(row); }
    /// The row of `name`, or -1.
    int rowOf(const QString& name) const;

private:
    QList<ConnectionPair> m_pairs;
};

} // namespace fieldlink
