#include "core/schedule/UnitFile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace fieldlink::schedule {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::schedule)
};

const QLatin1String keyPrefix("X-Fieldlink-");

// Percent-encoded so that no value can end a line in '\' (a continuation), start with blanks systemd strips
// or carry '%'; what an admin reads in the file stays mostly plain.
QString encoded(const QString& value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value, " /:@+,=()'!*~"));
}

QString decoded(const QString& value) {
    return QUrl::fromPercentEncoding(value.toLatin1());
}

QString line(const QString& key, const QString& value) {
    return keyPrefix + key + QLatin1Char('=') + encoded(value) + QLatin1Char('\n');
}

QString kindName(Schedule::Kind kind) {
    return kind == Schedule::Kind::Watch ? QStringLiteral("watch") : QStringLiteral("periodic");
}

// Written into the unit, not shown in the app: a unit's description stays English like the rest of it.
QString description(const Schedule& schedule) {
    const QString what = schedule.kind == Schedule::Kind::Watch
                             ? QStringLiteral("Fieldlink: watch \"%1\" (every %2 s)")
                                   .arg(schedule.profile)
                                   .arg(schedule.intervalSeconds)
                             : QStringLiteral("Fieldlink: sync \"%1\" (%2)")
                                   .arg(schedule.profile, Schedule::everyText(schedule.everyMinutes));
    return UnitFile::specifierSafe(
        schedule.connection.isEmpty() ? what : what + QStringLiteral(" on \"%1\"").arg(schedule.connection));
}

QString record(const Schedule& schedule) {
    return line(QStringLiteral("Schedule"), schedule.name) +
           line(QStringLiteral("Kind"), kindName(schedule.kind)) +
           line(QStringLiteral("Connection"), schedule.connection) +
           line(QStringLiteral("Profile"), schedule.profile) +
           line(QStringLiteral("Every"), Schedule::everyText(schedule.everyMinutes)) +
           line(QStringLiteral("Interval"), QString::number(schedule.intervalSeconds)) +
           line(QStringLiteral("FullAt"), schedule.fullAt) +
           line(QStringLiteral("Listen"), QString::number(schedule.listenPort)) +
           line(QStringLiteral("EventsProfile"), schedule.eventsProfile) +
           line(QStringLiteral("Cli"), schedule.cliPath) +
           line(QStringLiteral("Database"), schedule.databasePath);
}

QString execLine(const Schedule& schedule) {
    QStringList words;
    for (const QString& word : schedule.commandWords())
        words << UnitFile::execWord(word);
    return words.join(QLatin1Char(' '));
}

} // namespace

QString UnitFile::marker() {
    return QStringLiteral("# Written by Fieldlink. Change it in the app (Test Sync, Keep in sync) or with "
                          "fieldlink-cli schedule.");
}

QString UnitFile::execWord(const QString& word) {
    QString safe = word;
    safe.replace(QLatin1Char('%'), QLatin1String("%%")).replace(QLatin1Char('$'), QLatin1String("$$"));
    // Plain words stay plain; a lone ';' once separated commands, and a leading '-', '@', '+', '!' or ':'
    // would be a prefix on the program, so those are quoted too.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./=,][A-Za-z0-9_./:=,@+-]*$"));
    if (!safe.isEmpty() && plain.match(safe).hasMatch())
        return safe;
    safe.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return QLatin1Char('"') + safe + QLatin1Char('"');
}

QString UnitFile::specifierSafe(const QString& text) {
    QString safe = text;
    return safe.replace(QLatin1Char('%'), QLatin1String("%%"));
}

QString UnitFile::onCalendar(int minutes) {
    if (minutes == 1440)
        return QStringLiteral("daily");
    if (minutes == 60)
        return QStringLiteral("hourly");
    if (minutes % 60 == 0)
        return QStringLiteral("0/%1:00").arg(minutes / 60);
    return QStringLiteral("*:0/%1").arg(minutes);
}

QString UnitFile::service(const Schedule& schedule) {
    const bool watch = schedule.kind == Schedule::Kind::Watch;
    QString text = marker() + QStringLiteral("\n[Unit]\nDescription=") + description(schedule) +
                   QLatin1Char('\n') + record(schedule) + QStringLiteral("\n[Service]\n");
    // Exit code 3 is "interrupted": what a stop (SIGTERM) ends a run with, which is no failure.
    text += watch ? QStringLiteral("Type=simple\nRestart=on-failure\nRestartSec=30\n")
                  : QStringLiteral("Type=oneshot\n");
    text += QStringLiteral("SuccessExitStatus=3\nExecStart=") + execLine(schedule) + QLatin1Char('\n');
    if (watch)
        text += QStringLiteral("\n[Install]\nWantedBy=default.target\n");
    return text;
}

QString UnitFile::timer(const Schedule& schedule) {
    return marker() + QStringLiteral("\n[Unit]\nDescription=") + description(schedule) + QLatin1Char('\n') +
           line(QStringLiteral("Schedule"), schedule.name) + QStringLiteral("\n[Timer]\nOnCalendar=") +
           onCalendar(schedule.everyMinutes) +
           // A run missed while the computer was off or asleep is made up at the next start.
           QStringLiteral("\nPersistent=true\nUnit=") + schedule.unitBaseName() +
           QStringLiteral(".service\n\n[Install]\nWantedBy=timers.target\n");
}

Result<Schedule> UnitFile::read(const QString& serviceText) {
    if (!serviceText.startsWith(marker().section(QLatin1Char('.'), 0, 0)))
        return Failure{Tr::tr("This unit was not written by Fieldlink.")};
    QHash<QString, QString> values;
    for (const QString& each : serviceText.split(QLatin1Char('\n'))) {
        if (!each.startsWith(keyPrefix))
            continue;
        const qsizetype equals = each.indexOf(QLatin1Char('='));
        if (equals > 0)
            values.insert(each.mid(keyPrefix.size(), equals - keyPrefix.size()),
                          decoded(each.mid(equals + 1)));
    }
    Schedule schedule;
    schedule.name = values.value(QStringLiteral("Schedule"));
    if (schedule.name.isEmpty())
        return Failure{Tr::tr("This unit has no Fieldlink schedule name.")};
    schedule.kind = values.value(QStringLiteral("Kind")) == QLatin1String("watch") ? Schedule::Kind::Watch
                                                                                   : Schedule::Kind::Periodic;
    schedule.connection = values.value(QStringLiteral("Connection"));
    schedule.profile = values.value(QStringLiteral("Profile"));
    schedule.everyMinutes = Schedule::parseEvery(values.value(QStringLiteral("Every"))).valueOr(60);
    schedule.intervalSeconds = values.value(QStringLiteral("Interval")).toInt();
    schedule.fullAt = values.value(QStringLiteral("FullAt"));
    schedule.listenPort = values.value(QStringLiteral("Listen")).toInt();
    schedule.eventsProfile = values.value(QStringLiteral("EventsProfile"));
    schedule.cliPath = values.value(QStringLiteral("Cli"));
    schedule.databasePath = values.value(QStringLiteral("Database"));
    return schedule;
}

} // namespace fieldlink::schedule
