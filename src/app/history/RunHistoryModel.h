#pragma once

#include <QJsonObject>
#include <QSqlQueryModel>

namespace fieldlink {

/// Every run, newest first: profile and version, mode, scope, status, counts, duration and API calls. Rows
/// are read from SQLite as the view scrolls (QSqlQueryModel fetches in chunks), so ten thousand runs cost
/// what the screen shows.
class RunHistoryModel : public QSqlQueryModel {
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

    explicit RunHistoryModel(QObject* parent = nullptr);

    /// Reads the runs again from `database` (after a run finished, or when the page is shown).
    void refresh(const QSqlDatabase& database);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

    static QString scopeText(const QJsonObject& scope);
    static QString countsText(const QJsonObject& counts);
    static QString statusText(const QString& status);
    static QString modeText(const QString& mode);

private:
    QVariant raw(int row, int column) const;
};

} // namespace fieldlink
