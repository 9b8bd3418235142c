#pragma once

#include "app/common/PagedTableModel.h"
#include "core/store/RunHistoryQuery.h"

#include <QJsonObject>

namespace fieldlink {

/// Every run, newest first: profile and version, mode, scope, status, counts, duration and API calls. Rows
/// are read a page at a time as the view scrolls (canFetchMore/fetchMore), so ten thousand runs cost what
/// the screen shows.
class RunHistoryModel : public PagedTableModel<store::RunHistoryEntry> {
    Q_OBJECT
public:
    enum Column {
        RunColumn,
        StartedColumn,
        ProfileColumn,
        ModeColumn,
        ScopeColumn,
        StatusColumn,
        CountsColumn,
        DurationColumn,
        CallsColumn,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1, StatusRole, ModeRole, IsEventsRole, FailedRole };

    explicit RunHistoryModel(const store::RunHistoryQuery& runs, QObject* parent = nullptr);

    /// Reads the runs again (after a run finished, or when the page is shown).
    void refresh();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString scopeText(const QJsonObject& scope);
    static QString countsText(const QJsonObject& counts, bool dryRun);
    static QString statusText(const QString& status);
    static QString modeText(const QString& mode);

private:
    QList<store::RunHistoryEntry> readPage() const override;
    QVariant display(const store::RunHistoryEntry& entry, int column) const;

    const store::RunHistoryQuery& m_query;
};

} // namespace fieldlink
