#include "core/schedule/Schedule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTime>

namespace fieldlink::schedule {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::schedule)
};

bool hasLineBreak(const QString& text) {
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

} // namespace

QStringList Schedule::cliArguments() const {
    QStringList words;
    if (kind == Kind::Watch) {
        words << QStringLiteral("watch") << QStringLiteral("--profile") << profile;
        if (!connection.isEmpty())
            words << QStringLiteral("--connection") << connection;
        words << QStringLiteral("--interval") << QString::number(intervalSeconds);
        if (listenPort > 0)
            words << QStringLiteral("--listen") << QString::number(listenPort);
        if (!eventsProfile.isEmpty())
            words << QStringLiteral("--events-profile") << eventsProfile;
        if (!fullAt.isEmpty())
            words << QStringLiteral("--full-at") << fullAt;
    } else {
        words << QStringLiteral("sync") << QStringLiteral("--profile") << profile;
        if (!connection.isEmpty())
            words << QStringLiteral("--connection") << connection;
        words << QStringLiteral("--since-last") << QStringLiteral("--wait")
              << QString::number(waitSecondsFor(everyMinutes));
    }
    if (!databasePath.isEmpty())
        words << QStringLiteral("--db") << databasePath;
    return words;
}

Result<> Schedule::check() const {
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!plainName.match(name).hasMatch())
        return Failure{Tr::tr("A schedule's name takes letters, digits, '-' and '_' only (at most 64), "
                              "not \"%1\".")
                           .arg(name)};
    if (profile.isEmpty())
        return Failure{Tr::tr("Choose the profile the schedule runs.")};
    for (const QString& value : {connection, profile, eventsProfile, cliPath, databasePath, fullAt})
        if (hasLineBreak(value))
            return Failure{Tr::tr("\"%1\" has a line break, which a schedule cannot hold.").arg(value)};
    if (!QFileInfo(cliPath).isAbsolute())
        return Failure{Tr::tr("fieldlink-cli was not found (looked for \"%1\"); install Fieldlink with its "
                              "command-line program first.")
                           .arg(cliPath)};
    if (kind == Kind::Periodic && !everyChoices().contains(everyMinutes))
        return Failure{Tr::tr("A periodic sync runs every 5, 10, 15, 20 or 30 minutes, every 1, 2, 3, 4, 6 "
                              "or 12 hours, or daily.")};
    if (kind == Kind::Watch) {
        if (intervalSeconds < 5 || intervalSeconds > 86400)
            return Failure{Tr::tr("Watch mode checks for changes every 5 seconds to every 24 hours.")};
        if (!fullAt.isEmpty() && !QTime::fromString(fullAt, QStringLiteral("HH:mm")).isValid())
            return Failure{
                Tr::tr("The full reconcile time is HH:MM, such as 02:30, not \"%1\".").arg(fullAt)};
        if (listenPort < 0 || listenPort > 65535)
            return Failure{Tr::tr("A port is a number from 1 to 65535.")};
    }
    return {};
}

QList<int> Schedule::everyChoices() {
    return {5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440};
}

Result<int> Schedule::parseEvery(const QString& text) {
    const QString plain = text.trimmed().toLower();
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\s*(m|min|mins|minutes?|h|hours?)$"));
    int minutes = 0;
    if (plain == QLatin1String("hourly"))
        minutes = 60;
    else if (plain == QLatin1String("daily") || plain == QLatin1String("1d"))
        minutes = 1440;
    else if (const QRegularExpressionMatch match = pattern.match(plain); match.hasMatch())
        minutes = match.captured(1).toInt() * (match.captured(2).startsWith(QLatin1Char('h')) ? 60 : 1);
    if (!everyChoices().contains(minutes))
        return Failure{Tr::tr("--every takes 5min, 10min, 15min, 20min, 30min, 1h, 2h, 3h, 4h, 6h, 12h or "
                              "daily, not \"%1\".")
                           .arg(text)};
    return minutes;
}

QString Schedule::everyText(int minutes) {
    if (minutes == 1440)
        return QStringLiteral("daily");
    if (minutes % 60 == 0)
        return QStringLiteral("%1h").arg(minutes / 60);
    return QStringLiteral("%1min").arg(minutes);
}

QString Schedule::everyWords(int minutes) {
    if (minutes == 1440)
        return Tr::tr("every day");
    if (minutes == 60)
        return Tr::tr("every hour");
    if (minutes % 60 == 0)
        return Tr::tr("every %n hour(s)", nullptr, minutes / 60);
    return Tr::tr("every %n minute(s)", nullptr, minutes);
}

int Schedule::waitSecondsFor(int minutes) {
    return qMin(minutes * 60 / 2, 1800);
}

} // namespace fieldlink::schedule
