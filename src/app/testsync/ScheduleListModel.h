#pragma once

#include "core/schedule/SystemdUnits.h"

#include <QAbstractTableModel>

namespace fieldlink {

/// The schedules on this computer, one per row, for the Keep in sync dialog: name, what runs, on which
/// connection, and the state in words.
class ScheduleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, WhatColumn, ConnectionColumn, StateColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setStates(const QList<schedule::ScheduleState>& states);
    /// Profile keys (what the units name) → the names the admin knows them by.
    void setProfileNames(const QHash<QString, QString>& names) { m_profileNames = names; }
    /// The schedule in `row`; a default one when out of range.
    schedule::ScheduleState state(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Near real time, every 2 minutes, profile “Leads”" or "Sync every 15 minutes, profile “Leads”".
    QString whatWords(const schedule::Schedule& schedule) const;

private:
    QHash<QString, QString> m_profileNames;
    QList<schedule::ScheduleState> m_states;
};

} // namespace fieldlink
