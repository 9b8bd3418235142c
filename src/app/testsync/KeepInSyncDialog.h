#pragma once

#include "core/schedule/SystemdUnits.h"

#include <QDialog>

#include <memory>

namespace Ui {
class KeepInSyncDialog;
}

namespace fieldlink {

class AppContext;
class ScheduleListModel;

/// "Keep in sync…" on Test Sync: sets up watch mode (near real time) or a periodic sync of what changed for
/// a connection and profile as systemd user units, and lists, pauses, resumes and removes the schedules on
/// this computer. Where no user systemd runs it says so and shows the crontab line to add, with Copy.
class KeepInSyncDialog : public QDialog {
    Q_OBJECT
public:
    /// `units` is where schedules go (tests pass a temporary directory and their own systemctl runner).
    KeepInSyncDialog(AppContext& context, const QString& connection, const QString& profile,
                     schedule::SystemdUnits units = schedule::SystemdUnits(), QWidget* parent = nullptr);
    ~KeepInSyncDialog() override;

    /// The fieldlink-cli the schedules run (default: the one installed beside the app, else on PATH).
    void setCliPath(const QString& path);
    static QString defaultCliPath();
    /// The schedule the choices describe.
    schedule::Schedule chosenSchedule() const;

private:
    void fillChoices(const QString& connection, const QString& profile);
    void connectWidgets();
    void updateChoices();
    void suggestName();
    void setUp();
    void reloadSchedules();
    void updateScheduleButtons();
    enum class Change { Pause, Resume, Remove };
    void changeSelected(Change change);
    void askBeforeRemoving();

    std::unique_ptr<Ui::KeepInSyncDialog> m_ui;
    AppContext& m_context;
    schedule::SystemdUnits m_units;
    ScheduleListModel* m_schedules;
    QString m_cliPath;
    bool m_systemdRunning = false;
    bool m_nameEdited = false;
};

} // namespace fieldlink
