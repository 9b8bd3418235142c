#include "cli/ScheduleCommand.h"

#include "cli/CommandLine.h"
#include "core/schedule/CrontabLine.h"
#include "core/schedule/SystemdUnits.h"
#include "core/store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldlink::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::cli)
};

using schedule::Schedule;

QString kindWords(const Schedule& each) {
    return each.kind == Schedule::Kind::Watch
               ? Tr::tr("watch, checks every %n second(s)", nullptr, each.intervalSeconds)
               : Tr::tr("sync %1").arg(Schedule::everyWords(each.everyMinutes));
}

bool readNumber(const QCommandLineParser& parser, const QString& option, int& value, QTextStream& err) {
    if (!parser.isSet(option))
        return true;
    bool numeric = false;
    value = parser.value(option).toInt(&numeric);
    if (!numeric || value < 0)
        err << Tr::tr("fieldlink-cli: --%1 needs a whole number").arg(option) << '\n';
    return numeric && value >= 0;
}

/// The schedule the options describe; nullopt after writing why to `err`.
std::optional<Schedule> readSchedule(const QCommandLineParser& parser, QTextStream& err) {
    Schedule made;
    made.name = parser.value(QStringLiteral("name"));
    made.profile = parser.value(QStringLiteral("profile"));
    made.connection = parser.value(QStringLiteral("connection"));
    made.cliPath = QCoreApplication::applicationFilePath();
    made.databasePath = QFileInfo(parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                     : store::Database::defaultPath())
                            .absoluteFilePath();
    const bool watch = parser.isSet(QStringLiteral("watch"));
    if (watch == parser.isSet(QStringLiteral("every"))) {
        err << Tr::tr("fieldlink-cli: give either --watch or --every") << '\n';
        return std::nullopt;
    }
    if (watch) {
        made.kind = Schedule::Kind::Watch;
        made.fullAt = parser.value(QStringLiteral("full-at"));
        made.eventsProfile = parser.value(QStringLiteral("events-profile"));
        if (!readNumber(parser, QStringLiteral("interval"), made.intervalSeconds, err) ||
            !readNumber(parser, QStringLiteral("listen"), made.listenPort, err))
            return std::nullopt;
    } else {
        const Result<int> every = Schedule::parseEvery(parser.value(QStringLiteral("every")));
        if (!every) {
            err << Tr::tr("fieldlink-cli: %1").arg(every.error()) << '\n';
            return std::nullopt;
        }
        made.everyMinutes = *every;
    }
    if (const Result<> checked = made.check(); !checked) {
        err << Tr::tr("fieldlink-cli: %1").arg(checked.error()) << '\n';
        return std::nullopt;
    }
    return made;
}

int install(const QCommandLineParser& parser, schedule::SystemdUnits& units, QTextStream& out,
            QTextStream& err) {
    const std::optional<Schedule> wanted = readSchedule(parser, err);
    if (!wanted)
        return UsageError;
    if (!units.systemctl().userManagerRunning()) {
        // Never edit the crontab behind the admin's back: show the line to add.
        out << schedule::Systemctl::notRunningReason() << "\n\n";
        for (const QString& line : schedule::CrontabLine::lines(*wanted))
            out << line << '\n';
        return Failed;
    }
    if (const Result<> installed = units.install(*wanted); !installed) {
        err << Tr::tr("fieldlink-cli: %1").arg(installed.error()) << '\n';
        return Failed;
    }
    out << Tr::tr("Schedule \"%1\" installed and started: %2.").arg(wanted->name, kindWords(*wanted)) << '\n';
    return Success;
}

int list(const QCommandLineParser& parser, const schedule::SystemdUnits& units, QTextStream& out,
         QTextStream& err) {
    const Result<QList<schedule::ScheduleState>> states = units.list();
    if (!states) {
        err << Tr::tr("fieldlink-cli: %1").arg(states.error()) << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray all;
        for (const schedule::ScheduleState& each : *states) {
            const Schedule& s = each.schedule;
            all.append(QJsonObject{
                {QStringLiteral("name"), s.name},
                {QStringLiteral("kind"),
                 s.kind == Schedule::Kind::Watch ? QStringLiteral("watch") : QStringLiteral("periodic")},
                {QStringLiteral("connection"), s.connection},
                {QStringLiteral("profile"), s.profile},
                {QStringLiteral("every"),
                 s.kind == Schedule::Kind::Watch ? QString() : Schedule::everyText(s.everyMinutes)},
                {QStringLiteral("intervalSeconds"), s.intervalSeconds},
                {QStringLiteral("state"), each.key()},
                {QStringLiteral("nextRun"),
                 each.nextRun.isValid() ? each.nextRun.toUTC().toString(Qt::ISODate) : QString()},
                {QStringLiteral("command"), QJsonArray::fromStringList(s.commandWords())}});
        }
        out << QJsonDocument(all).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    if (states->isEmpty())
        out << Tr::tr("No schedules (fieldlink-cli schedule install sets one up).") << '\n';
    for (const schedule::ScheduleState& each : *states)
        out << Tr::tr("%1: %2 of \"%3\" on \"%4\" — %5")
                   .arg(each.schedule.name, kindWords(each.schedule), each.schedule.profile,
                        each.schedule.connection, each.words())
            << '\n';
    if (!units.systemctl().userManagerRunning() && !states->isEmpty())
        out << schedule::Systemctl::notRunningReason() << '\n';
    return Success;
}

int change(const QString& action, const QCommandLineParser& parser, schedule::SystemdUnits& units,
           QTextStream& out, QTextStream& err) {
    const QString name = parser.value(QStringLiteral("name"));
    if (name.isEmpty()) {
        err << Tr::tr("fieldlink-cli: --name is required") << '\n';
        return UsageError;
    }
    const Result<> done = action == QLatin1String("pause")    ? units.pause(name)
                          : action == QLatin1String("resume") ? units.resume(name)
                                                              : units.remove(name);
    if (!done) {
        err << Tr::tr("fieldlink-cli: %1").arg(done.error()) << '\n';
        return Failed;
    }
    out << (action == QLatin1String("pause")    ? Tr::tr("Schedule \"%1\" paused.")
            : action == QLatin1String("resume") ? Tr::tr("Schedule \"%1\" resumed.")
                                                : Tr::tr("Schedule \"%1\" removed."))
               .arg(name)
        << '\n';
    return Success;
}

} // namespace

int runSchedule(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    const QString action = arguments.value(0);
    static const QStringList actions{QStringLiteral("install"), QStringLiteral("list"),
                                     QStringLiteral("pause"), QStringLiteral("resume"),
                                     QStringLiteral("remove")};
    if (!actions.contains(action)) {
        err << Tr::tr("fieldlink-cli: schedule takes install, list, pause, resume or remove") << '\n';
        return UsageError;
    }
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("name"), Tr::tr("The schedule's name (letters, digits, - and _)."),
         QStringLiteral("N")},
        {QStringLiteral("watch"), Tr::tr("Watch mode: one long-running process syncing what changes.")},
        {QStringLiteral("interval"), Tr::tr("Watch mode: look for changes this often (default 60)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("listen"), Tr::tr("Watch mode: also receive Kixie call events on this port."),
         QStringLiteral("PORT")},
        {QStringLiteral("events-profile"), Tr::tr("Watch mode with --listen: the call events' profile."),
         QStringLiteral("P")},
        {QStringLiteral("full-at"), Tr::tr("Watch mode: a full reconcile every day at this time."),
         QStringLiteral("HH:MM")},
        {QStringLiteral("every"), Tr::tr("A periodic sync of what changed: 5min … 30min, 1h … 12h, daily."),
         QStringLiteral("PERIOD")},
        {QStringLiteral("profile"), Tr::tr("The profile to sync with."), QStringLiteral("P")},
        {QStringLiteral("connection"), Tr::tr("A connection saved in the app."), QStringLiteral("NAME")},
        {QStringLiteral("db"), Tr::tr("The database file (default: the app's)."), QStringLiteral("FILE")},
        {QStringLiteral("json"), Tr::tr("list: one JSON array on stdout.")},
    });
    if (!parser.parse(QStringList{QStringLiteral("fieldlink-cli")} + arguments.mid(1))) {
        err << Tr::tr("fieldlink-cli: %1").arg(parser.errorText()) << '\n';
        return UsageError;
    }
    schedule::SystemdUnits units;
    if (action == QLatin1String("install"))
        return install(parser, units, out, err);
    if (action == QLatin1String("list"))
        return list(parser, units, out, err);
    return change(action, parser, units, out, err);
}

} // namespace fieldlink::cli
