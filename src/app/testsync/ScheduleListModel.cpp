#include "app/testsync/ScheduleListModel.h"

namespace fieldlink {

using schedule::Schedule;

void ScheduleListModel::setStates(const QList<schedule::ScheduleState>& states) {
    beginResetModel();
    m_states = states;
    endResetModel();
}

schedule::ScheduleState ScheduleListModel::state(int row) const {
    return row >= 0 && row < m_states.size() ? m_states.at(row) : schedule::ScheduleState();
}

int ScheduleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_states.size());
}

int ScheduleListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScheduleListModel::whatWords(const Schedule& schedule) const {
    const QString profile = m_profileNames.value(schedule.profile, schedule.profile);
    if (schedule.kind == Schedule::Kind::Watch) {
        const int minutes = schedule.intervalSeconds / 60;
        const QString often = schedule.intervalSeconds % 60 == 0
                                  ? tr("every %n minute(s)", nullptr, minutes)
                                  : tr("every %n second(s)", nullptr, schedule.intervalSeconds);
        return tr("Near real time, %1, profile “%2”").arg(often, profile);
    }
    return tr("Sync %1, profile “%2”").arg(Schedule::everyWords(schedule.everyMinutes), profile);
}

QVariant ScheduleListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_states.size())
        return {};
    const schedule::ScheduleState& row = m_states.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return row.schedule.name;
        case WhatColumn:
            return whatWords(row.schedule);
        case ConnectionColumn:
            return row.schedule.connection;
        case StateColumn:
            return row.words();
        default:
            break;
        }
    }
    return {};
}

QVariant ScheduleListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case WhatColumn:
        return tr("Runs");
    case ConnectionColumn:
        return tr("Connection");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace fieldlink
