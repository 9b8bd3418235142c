#pragma once

#include "core/Result.h"
#include "core/schedule/Schedule.h"
#include "core/schedule/Systemctl.h"

#include <QDateTime>
#include <QList>

namespace fieldlink::schedule {

/// A schedule and what systemd says about it now.
struct ScheduleState {
    enum class State { Running, Waiting, Paused, Failed, Restarting, Unknown };

    Schedule schedule;
    State state = State::Unknown;
    QDateTime nextRun; ///< periodic and waiting: when the timer fires next

    /// "Running", "Paused", "Waiting for next run at 14:00", "Failed"… in the admin's words.
    QString words() const;
    /// A stable key for --json: running, waiting, paused, failed, restarting, unknown.
    QString key() const;
};

/// The schedules as systemd user units in one directory (~/.config/systemd/user): writes them, lists the
/// ones Fieldlink wrote, pauses, resumes and removes them through `systemctl --user`. Unit files carry no
/// secret: the connection's name only, and fieldlink-cli reads its secrets from the keychain.
class SystemdUnits {
public:
    explicit SystemdUnits(QString unitDirectory = defaultUnitDirectory(), Systemctl systemctl = Systemctl());

    /// $XDG_CONFIG_HOME/systemd/user, else ~/.config/systemd/user.
    static QString defaultUnitDirectory();
    QString unitDirectory() const { return m_directory; }
    const Systemctl& systemctl() const { return m_systemctl; }

    /// Writes the units (replacing a schedule of the same name Fieldlink wrote), reloads systemd and starts
    /// them. Refuses a name whose unit another program wrote.
    Result<> install(const Schedule& schedule);
    /// The schedules whose units Fieldlink wrote, by name, with their state.
    Result<QList<ScheduleState>> list() const;
    /// Stops it and keeps it from starting again until resumed.
    Result<> pause(const QString& name);
    Result<> resume(const QString& name);
    /// Stops it and deletes its units.
    Result<> remove(const QString& name);

private:
    Result<Schedule> find(const QString& name) const;
    ScheduleState stateOf(const Schedule& schedule, bool managerRunning) const;
    /// The unit that is enabled and started: the timer of a periodic sync, the service of a watch.
    static QString startedUnit(const Schedule& schedule);
    Result<> write(const QString& fileName, const QString& text) const;

    QString m_directory;
    Systemctl m_systemctl;
};

} // namespace fieldlink::schedule
