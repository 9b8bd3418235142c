#pragma once

#include "core/api/ConnectionCheck.h"

#include <QAbstractListModel>
#include <QIcon>

namespace fieldlink {

/// The lines of a "Test connection" report, for a list view: an icon for the outcome, the title and the
/// detail. Lines are updated in place as answers arrive, so a selection or scroll position survives.
class CheckResultModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { StateRole = Qt::UserRole + 1, IdRole, DetailRole };

    explicit CheckResultModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// Takes a check's current lines: changed lines emit dataChanged, new ones are inserted, vanished ones
    /// removed.
    void setLines(const QList<api::CheckLine>& lines);
    void clear();
    const QList<api::CheckLine>& lines() const { return m_lines; }

    static QIcon iconFor(api::CheckLine::State state);
    static QString stateText(api::CheckLine::State state);

private:
    QList<api::CheckLine> m_lines;
};

} // namespace fieldlink
