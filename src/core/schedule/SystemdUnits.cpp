#include "core/schedule/SystemdUnits.h"

#include "core/schedule/UnitFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace fieldlink::schedule {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::schedule)
};

QString serviceFile(const QString& name) {
    return QStringLiteral("fieldlink-%1.service").arg(name);
}

QString timerFile(const QString& name) {
    return QStringLiteral("fieldlink-%1.timer").arg(name);
}

Result<QString> readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Failure{Tr::tr("Could not read %1: %2").arg(path, file.errorString())};
    return QString::fromUtf8(file.readAll());
}

// `systemctl show -p NextElapseUSecRealtime --timestamp=unix` answers "@1764770400".
QDateTime nextElapse(const QString& answer) {
    if (!answer.startsWith(QLatin1Char('@')))
        return {};
    bool numeric = false;
    const qint64 seconds = answer.mid(1).toLongLong(&numeric);
    return numeric && seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds) : QDateTime();
}

} // namespace

QString ScheduleState::words() const {
    switch (state) {
    case State::Running:
        return Tr::tr("Running");
    case State::Waiting:
        return nextRun.isValid()
                   ? Tr::tr("Waiting for next run at %1")
                         .arg(nextRun.toLocalTime().date() == QDate::currentDate()
                                  ? QLocale().toString(nextRun.toLocalTime().time(), QLocale::ShortFormat)
                                  : QLocale().toString(nextRun.toLocalTime(), QLocale::ShortFormat))
                   : Tr::tr("Waiting for next run");
    case State::Paused:
        return Tr::tr("Paused");
    case State::Failed:
        return Tr::tr("Failed");
    case State::Restarting:
        return Tr::tr("Restarting after a failure");
    case State::Unknown:
        break;
    }
    return Tr::tr("Unknown (systemd is not running)");
}

QString ScheduleState::key() const {
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Restarting:
        return QStringLiteral("restarting");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

SystemdUnits::SystemdUnits(QString unitDirectory, Systemctl systemctl)
    : m_directory(std::move(unitDirectory))
    , m_systemctl(std::move(systemctl)) {
}

QString SystemdUnits::defaultUnitDirectory() {
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/systemd/user");
}

QString SystemdUnits::startedUnit(const Schedule& schedule) {
    return schedule.kind == Schedule::Kind::Watch ? serviceFile(schedule.name) : timerFile(schedule.name);
}

Result<> SystemdUnits::write(const QString& fileName, const QString& text) const {
    QSaveFile file(QDir(m_directory).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Failure{Tr::tr("Could not write %1: %2").arg(file.fileName(), file.errorString())};
    return {};
}

Result<> SystemdUnits::install(const Schedule& schedule) {
    if (const Result<> checked = schedule.check(); !checked)
        return checked;
    // systemd refuses a program path with quotes, backslashes or control characters ("special characters").
    static const QRegularExpression unsafeProgram(QStringLiteral("[\\\\\"'\\x00-\\x1f\\x7f]"));
    if (schedule.cliPath.contains(unsafeProgram))
        return Failure{
            Tr::tr("systemd cannot start a program whose path has quotes or backslashes in it (%1); "
                   "install fieldlink-cli in another folder.")
                .arg(schedule.cliPath)};
    if (!m_systemctl.userManagerRunning())
        return Failure{Systemctl::notRunningReason()};
    const QDir directory(m_directory);
    const QString service = directory.filePath(serviceFile(schedule.name));
    if (QFile::exists(service)) {
        const Result<QString> existing = readText(service);
        const Result<Schedule> replaced =
            existing ? UnitFile::read(*existing) : Result<Schedule>(existing.failure());
        if (!replaced)
            return Failure{
                Tr::tr("%1 exists and was not written by Fieldlink; choose another name.").arg(service)};
        // The schedule it replaces stops first: a running service keeps its old command until restarted.
        if (const Result<> stopped =
                m_systemctl.run({QStringLiteral("disable"), QStringLiteral("--now"), startedUnit(*replaced)});
            !stopped)
            return stopped;
    }
    if (!QDir().mkpath(m_directory))
        return Failure{Tr::tr("Could not create the folder %1.").arg(m_directory)};
    if (const Result<> written = write(serviceFile(schedule.name), UnitFile::service(schedule)); !written)
        return written;
    if (schedule.kind == Schedule::Kind::Periodic) {
        if (const Result<> written = write(timerFile(schedule.name), UnitFile::timer(schedule)); !written)
            return written;
    } else {
        QFile::remove(directory.filePath(timerFile(schedule.name))); // it was periodic before
    }
    if (const Result<> reloaded = m_systemctl.run({QStringLiteral("daemon-reload")}); !reloaded)
        return reloaded;
    return m_systemctl.run({QStringLiteral("enable"), QStringLiteral("--now"), startedUnit(schedule)});
}

Result<Schedule> SystemdUnits::find(const QString& name) const {
    const QString service = QDir(m_directory).filePath(serviceFile(name));
    if (!QFile::exists(service))
        return Failure{Tr::tr("There is no schedule named \"%1\".").arg(name)};
    const Result<QString> text = readText(service);
    if (!text)
        return text.failure();
    return UnitFile::read(*text);
}

ScheduleState SystemdUnits::stateOf(const Schedule& schedule, bool managerRunning) const {
    ScheduleState state{schedule, ScheduleState::State::Unknown, {}};
    if (!managerRunning)
        return state;
    const QString service = serviceFile(schedule.name);
    const QString serviceActive = m_systemctl.query({QStringLiteral("is-active"), service});
    const QString enabled = m_systemctl.query({QStringLiteral("is-enabled"), startedUnit(schedule)});
    using State = ScheduleState::State;
    if (serviceActive == QLatin1String("failed"))
        state.state = State::Failed;
    else if (serviceActive == QLatin1String("active") || serviceActive == QLatin1String("activating"))
        // A watch between restarts is "activating" too, its sub-state "auto-restart".
        state.state =
            m_systemctl.query({QStringLiteral("show"), QStringLiteral("-p"), QStringLiteral("SubState"),
                               QStringLiteral("--value"), service}) == QLatin1String("auto-restart")
                ? State::Restarting
                : State::Running;
    else if (enabled != QLatin1String("enabled"))
        state.state = State::Paused;
    else if (schedule.kind == Schedule::Kind::Periodic) {
        state.state = State::Waiting;
        state.nextRun = nextElapse(m_systemctl.query(
            {QStringLiteral("show"), QStringLiteral("-p"), QStringLiteral("NextElapseUSecRealtime"),
             QStringLiteral("--value"), QStringLiteral("--timestamp=unix"), timerFile(schedule.name)}));
    } else
        state.state = State::Failed; // enabled, yet neither running nor restarting: it gave up
    return state;
}

Result<QList<ScheduleState>> SystemdUnits::list() const {
    QList<ScheduleState> states;
    const bool managerRunning = m_systemctl.userManagerRunning(); // asked once for the whole list
    const QStringList files =
        QDir(m_directory).entryList({QStringLiteral("fieldlink-*.service")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const Result<QString> text = readText(QDir(m_directory).filePath(file));
        if (!text)
            return text.failure();
        if (const Result<Schedule> schedule = UnitFile::read(*text))
            states << stateOf(
                *schedule,
                managerRunning); // units of the same name that Fieldlink did not write are left out
    }
    return states;
}

Result<> SystemdUnits::pause(const QString& name) {
    const Result<Schedule> schedule = find(name);
    if (!schedule)
        return schedule.failure();
    // A periodic run under way finishes; the timer starts no other.
    return m_systemctl.run({QStringLiteral("disable"), QStringLiteral("--now"), startedUnit(*schedule)});
}

Result<> SystemdUnits::resume(const QString& name) {
    const Result<Schedule> schedule = find(name);
    if (!schedule)
        return schedule.failure();
    return m_systemctl.run({QStringLiteral("enable"), QStringLiteral("--now"), startedUnit(*schedule)});
}

Result<> SystemdUnits::remove(const QString& name) {
    const Result<Schedule> schedule = find(name);
    if (!schedule)
        return schedule.failure();
    QStringList units{serviceFile(name)};
    if (schedule->kind == Schedule::Kind::Periodic)
        units.prepend(timerFile(name));
    // Without a running manager nothing runs them: deleting the files is all there is to do.
    const bool managed = m_systemctl.userManagerRunning();
    if (managed) {
        const Result<> stopped =
            m_systemctl.run(QStringList{QStringLiteral("disable"), QStringLiteral("--now")} + units);
        if (!stopped)
            return stopped;
    }
    for (const QString& unit : units)
        if (!QFile::remove(QDir(m_directory).filePath(unit)) &&
            QFile::exists(QDir(m_directory).filePath(unit)))
            return Failure{Tr::tr("Could not delete %1.").arg(QDir(m_directory).filePath(unit))};
    return managed ? m_systemctl.run({QStringLiteral("daemon-reload")}) : Result<>();
}

} // namespace fieldlink::schedule
