// The schedules as systemd user units: the files pass systemd-analyze verify, odd paths survive systemd's and
// cron's quoting, and install/list/pause/resume/remove run exactly the systemctl commands they should.

#include "core/schedule/CrontabLine.h"
#include "core/schedule/SystemdUnits.h"
#include "core/schedule/UnitFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldlink::schedule;

namespace {

// Answers `systemctl --user …` as a running user manager would, from a table of canned replies, and keeps
// every command line it was given: the test reads what would have been run.
struct RecordingSystemctl {
    QStringList commands;
    QHash<QString, QString> replies; // "is-active fieldlink-x.service" → "inactive"

    CommandRunner runner() {
        return [this](const QString& program, const QStringList& arguments) {
            commands << (QStringList{program} + arguments).join(QLatin1Char(' '));
            ProcessOutput output;
            output.started = true;
            const QString asked = arguments.mid(1).join(QLatin1Char(' '));
            output.output = asked == QLatin1String("is-system-running")
                                ? QStringLiteral("running\n")
                                : replies.value(asked) + QLatin1Char('\n');
            output.exitCode = 0;
            return output;
        };
    }
    // The commands that change something (the state questions left out).
    QStringList changes() const {
        QStringList changing;
        for (const QString& each : commands)
            if (!each.contains(QLatin1String(" is-")) && !each.contains(QLatin1String(" show ")))
                changing << each;
        return changing;
    }
};

Schedule periodic(const QString& cli, const QString& database) {
    Schedule schedule;
    schedule.name = QStringLiteral("acme-hourly");
    schedule.kind = Schedule::Kind::Periodic;
    schedule.connection = QStringLiteral("Acme \"main\" 100%");
    schedule.profile = QStringLiteral("Leads $HOME profile");
    schedule.everyMinutes = 15;
    schedule.cliPath = cli;
    schedule.databasePath = database;
    return schedule;
}

Schedule watch(const QString& cli, const QString& database) {
    Schedule schedule = periodic(cli, database);
    schedule.name = QStringLiteral("acme-watch");
    schedule.kind = Schedule::Kind::Watch;
    schedule.intervalSeconds = 120;
    schedule.fullAt = QStringLiteral("02:30");
    schedule.listenPort = 8085;
    schedule.eventsProfile = QStringLiteral("Calls to notes");
    return schedule;
}

QString readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestSystemdUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        // A program path and a database path with spaces, quotes, '%' and '$': what systemd and cron would
        // otherwise split, expand or cut.
        m_cli = m_dir.filePath(QStringLiteral("Field link bin/fieldlink-cli"));
        QVERIFY(QDir().mkpath(QFileInfo(m_cli).path()));
        QFile script(m_cli);
        QVERIFY(script.open(QIODevice::WriteOnly));
        // Prints its arguments one per line, and the bus it would reach the keychain on.
        script.write(
            "#!/bin/sh\necho \"bus=$DBUS_SESSION_BUS_ADDRESS\"\nfor a in \"$@\"; do echo \"$a\"; done\n");
        script.close();
        QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
        m_database = m_dir.filePath(QStringLiteral("data 100% \"sure\" $HOME\\x/fieldlink.db"));
        // Each test its own units.
        m_units = m_dir.filePath(
            QStringLiteral("%1-%2/config/systemd/user")
                .arg(QLatin1String(QTest::currentTestFunction()), QLatin1String(QTest::currentDataTag())));
        m_runtime = m_dir.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(m_runtime + QStringLiteral("/systemd")));
    }

    void unitsOfBothKindsPassSystemdVerify_data() {
        QTest::addColumn<bool>("watchMode");
        QTest::newRow("periodic") << false;
        QTest::newRow("watch") << true;
    }
    void unitsOfBothKindsPassSystemdVerify() {
        QFETCH(bool, watchMode);
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed (scripts/setup.sh installs the systemd package)");
        RecordingSystemctl systemctl;
        SystemdUnits units(m_units, Systemctl(systemctl.runner(), m_runtime));
        const Schedule schedule = watchMode ? watch(m_cli, m_database) : periodic(m_cli, m_database);
        const auto installed = units.install(schedule);
        QVERIFY2(installed.ok(), qPrintable(installed.error()));
        QStringList files{m_units + QStringLiteral("/fieldlink-%1.service").arg(schedule.name)};
        if (!watchMode)
            files << m_units + QStringLiteral("/fieldlink-%1.timer").arg(schedule.name);
        QCOMPARE(QFile::exists(m_units + QStringLiteral("/fieldlink-%1.timer").arg(schedule.name)),
                 !watchMode);

        // The system manager's verify (a user one needs a running user manager): it parses ExecStart and
        // checks that its program exists and is executable, so a path split at its space fails here.
        QProcess verify;
        verify.start(analyze, QStringList{QStringLiteral("verify")} + files);
        QVERIFY(verify.waitForFinished(60000));
        const QString said =
            QString::fromLocal8Bit(verify.readAllStandardError() + verify.readAllStandardOutput());
        QVERIFY2(verify.exitCode() == 0, qPrintable(said));
        for (const QString& line : said.split(QLatin1Char('\n')))
            QVERIFY2(!line.contains(QLatin1String("fieldlink-")), qPrintable(line)); // no warning about ours

        const QString service = readAll(files.constFirst());
        QVERIFY(service.startsWith(UnitFile::marker()));
        QVERIFY(service.contains(watchMode ? QLatin1String("Restart=on-failure")
                                           : QLatin1String("Type=oneshot")));
        QVERIFY(service.contains(QLatin1String("ExecStart=\"") + m_dir.path()));
        QVERIFY(!service.contains(QLatin1String("Token")) && !service.contains(QLatin1String("apiKey")));
    }

    void aProgramPathSystemdRefusesIsRefusedFirst() {
        RecordingSystemctl systemctl;
        SystemdUnits units(m_units, Systemctl(systemctl.runner(), m_runtime));
        const auto installed =
            units.install(periodic(m_dir.filePath(QStringLiteral("it's/fieldlink-cli")), m_database));
        QVERIFY(!installed.ok());
        QVERIFY2(installed.error().contains(QLatin1String("quotes")), qPrintable(installed.error()));
        QVERIFY(systemctl.commands.isEmpty());
    }

    void execWordsFollowSystemdQuoting() {
        QCOMPARE(UnitFile::execWord(QStringLiteral("/usr/bin/fieldlink-cli")),
                 QStringLiteral("/usr/bin/fieldlink-cli"));
        QCOMPARE(UnitFile::execWord(QStringLiteral("--since-last")), QStringLiteral("\"--since-last\""));
        QCOMPARE(UnitFile::execWord(QStringLiteral("/opt/My Apps/cli")),
                 QStringLiteral("\"/opt/My Apps/cli\""));
        QCOMPARE(UnitFile::execWord(QStringLiteral("say \"hi\" C:\\x")),
                 QStringLiteral("\"say \\\"hi\\\" C:\\\\x\""));
        QCOMPARE(UnitFile::execWord(QStringLiteral("100%$HOME")), QStringLiteral("\"100%%$$HOME\""));
        QCOMPARE(UnitFile::execWord(QStringLiteral(";")), QStringLiteral("\";\""));
        QCOMPARE(UnitFile::execWord(QString()), QStringLiteral("\"\""));
    }

    void theUnitsAreTheRecord() {
        const Schedule written = watch(m_cli, m_database);
        const auto read = UnitFile::read(UnitFile::service(written));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->commandWords(), written.commandWords());
        QCOMPARE(read->name, written.name);
        QVERIFY(read->kind == Schedule::Kind::Watch);
        QVERIFY(!UnitFile::read(QStringLiteral("[Unit]\nX-Fieldlink-Schedule=x\n")).ok());
    }

    void installListPauseResumeRemoveRunTheRightCommands() {
        RecordingSystemctl systemctl;
        SystemdUnits units(m_units, Systemctl(systemctl.runner(), m_runtime));
        QVERIFY(units.install(periodic(m_cli, m_database)).ok());
        QVERIFY(units.install(watch(m_cli, m_database)).ok());
        QCOMPARE(systemctl.changes(),
                 QStringList({QStringLiteral("systemctl --user daemon-reload"),
                              QStringLiteral("systemctl --user enable --now fieldlink-acme-hourly.timer"),
                              QStringLiteral("systemctl --user daemon-reload"),
                              QStringLiteral("systemctl --user enable --now fieldlink-acme-watch.service")}));

        // A unit of a similar name that Fieldlink did not write is neither listed nor overwritten.
        QFile foreign(m_units + QStringLiteral("/fieldlink-other.service"));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("[Service]\nExecStart=/bin/true\n");
        foreign.close();
        Schedule other = periodic(m_cli, m_database);
        other.name = QStringLiteral("other");
        QVERIFY(!units.install(other).ok());
        QCOMPARE(readAll(foreign.fileName()), QStringLiteral("[Service]\nExecStart=/bin/true\n"));

        systemctl.replies = {
            {QStringLiteral("is-active fieldlink-acme-hourly.service"), QStringLiteral("inactive")},
            {QStringLiteral("is-enabled fieldlink-acme-hourly.timer"), QStringLiteral("enabled")},
            {QStringLiteral(
                 "show -p NextElapseUSecRealtime --value --timestamp=unix fieldlink-acme-hourly.timer"),
             QStringLiteral("@1764770400")},
            {QStringLiteral("is-active fieldlink-acme-watch.service"), QStringLiteral("failed")},
            {QStringLiteral("is-enabled fieldlink-acme-watch.service"), QStringLiteral("enabled")}};
        auto listed = units.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).schedule.name, QStringLiteral("acme-hourly"));
        QVERIFY(listed->at(0).state == ScheduleState::State::Waiting);
        QCOMPARE(listed->at(0).nextRun, QDateTime::fromSecsSinceEpoch(1764770400));
        QVERIFY(listed->at(0).words().startsWith(QLatin1String("Waiting for next run at ")));
        QVERIFY(listed->at(1).state == ScheduleState::State::Failed);
        QCOMPARE(listed->at(1).schedule.connection, QStringLiteral("Acme \"main\" 100%"));

        systemctl.commands.clear();
        QVERIFY(units.pause(QStringLiteral("acme-hourly")).ok());
        QVERIFY(units.pause(QStringLiteral("acme-watch")).ok());
        QVERIFY(units.resume(QStringLiteral("acme-watch")).ok());
        systemctl.replies[QStringLiteral("is-enabled fieldlink-acme-hourly.timer")] =
            QStringLiteral("disabled");
        listed = units.list();
        QVERIFY(listed->at(0).state == ScheduleState::State::Paused);
        QVERIFY(units.remove(QStringLiteral("acme-hourly")).ok());
        QCOMPARE(systemctl.changes(),
                 QStringList({QStringLiteral("systemctl --user disable --now fieldlink-acme-hourly.timer"),
                              QStringLiteral("systemctl --user disable --now fieldlink-acme-watch.service"),
                              QStringLiteral("systemctl --user enable --now fieldlink-acme-watch.service"),
                              QStringLiteral("systemctl --user disable --now fieldlink-acme-hourly.timer "
                                             "fieldlink-acme-hourly.service"),
                              QStringLiteral("systemctl --user daemon-reload")}));
        QVERIFY(!QFile::exists(m_units + QStringLiteral("/fieldlink-acme-hourly.service")));
        QVERIFY(!QFile::exists(m_units + QStringLiteral("/fieldlink-acme-hourly.timer")));
        QCOMPARE(units.list()->size(), 1);
        QVERIFY(!units.pause(QStringLiteral("acme-hourly")).ok()); // gone
    }

    void installingANameAgainReplacesThatSchedule() {
        RecordingSystemctl systemctl;
        SystemdUnits units(m_units, Systemctl(systemctl.runner(), m_runtime));
        Schedule schedule = periodic(m_cli, m_database);
        QVERIFY(units.install(schedule).ok());
        schedule.kind = Schedule::Kind::Watch; // the same name, now near real time
        systemctl.commands.clear();
        QVERIFY(units.install(schedule).ok());
        QCOMPARE(
            systemctl.changes(),
            QStringList({QStringLiteral("systemctl --user disable --now fieldlink-acme-hourly.timer"),
                         QStringLiteral("systemctl --user daemon-reload"),
                         QStringLiteral("systemctl --user enable --now fieldlink-acme-hourly.service")}));
        QVERIFY(!QFile::exists(m_units + QStringLiteral("/fieldlink-acme-hourly.timer")));
        QVERIFY(readAll(m_units + QStringLiteral("/fieldlink-acme-hourly.service"))
                    .contains(QLatin1String(" watch ")));
    }

    void withoutUserSystemdNothingIsInstalled() {
        RecordingSystemctl systemctl;
        // No $XDG_RUNTIME_DIR/systemd: the manager is not asked at all.
        SystemdUnits units(m_units, Systemctl(systemctl.runner(), m_dir.filePath(QStringLiteral("nowhere"))));
        const auto installed = units.install(periodic(m_cli, m_database));
        QVERIFY(!installed.ok());
        QCOMPARE(installed.error(), Systemctl::notRunningReason());
        QVERIFY(systemctl.commands.isEmpty());
        QVERIFY(!QFile::exists(m_units + QStringLiteral("/fieldlink-acme-hourly.service")));
    }

    void crontabLinesRunTheSameCommand_data() {
        QTest::addColumn<bool>("watchMode");
        QTest::newRow("periodic") << false;
        QTest::newRow("watch") << true;
    }
    void crontabLinesRunTheSameCommand() {
        QFETCH(bool, watchMode);
        const Schedule schedule = watchMode ? watch(m_cli, m_database) : periodic(m_cli, m_database);
        const QStringList lines = CrontabLine::lines(schedule, QStringLiteral("/run/user/1000"));
        QCOMPARE(lines.size(), 1);
        const QString prefix = watchMode ? QStringLiteral("@reboot ") : QStringLiteral("*/15 * * * * ");
        QVERIFY2(lines.constFirst().startsWith(prefix), qPrintable(lines.constFirst()));
        QVERIFY(!lines.constFirst().contains(QLatin1Char('\n')));
        // What cron does with the command: '\%' becomes '%', then /bin/sh -c runs it.
        QString command = lines.constFirst().mid(prefix.size());
        QVERIFY(!command.contains(QRegularExpression(QStringLiteral("[^\\\\]%"))));
        command.replace(QLatin1String("\\%"), QLatin1String("%"));
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QVERIFY(shell.waitForFinished(10000));
        QStringList printed = QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'));
        printed.removeLast();
        QCOMPARE(printed.takeFirst(), QStringLiteral("bus=unix:path=/run/user/1000/bus"));
        QCOMPARE(printed, schedule.cliArguments());
    }

    void crontabTimesMatchThePeriods() {
        QCOMPARE(CrontabLine::timeFields(5), QStringLiteral("*/5 * * * *"));
        QCOMPARE(CrontabLine::timeFields(60), QStringLiteral("0 * * * *"));
        QCOMPARE(CrontabLine::timeFields(360), QStringLiteral("0 */6 * * *"));
        QCOMPARE(CrontabLine::timeFields(1440), QStringLiteral("0 0 * * *"));
        QCOMPARE(UnitFile::onCalendar(15), QStringLiteral("*:0/15"));
        QCOMPARE(UnitFile::onCalendar(360), QStringLiteral("0/6:00"));
        QCOMPARE(Schedule::parseEvery(QStringLiteral("15min")).valueOr(0), 15);
        QCOMPARE(Schedule::parseEvery(QStringLiteral("2h")).valueOr(0), 120);
        QVERIFY(!Schedule::parseEvery(QStringLiteral("7min")).ok());
        QVERIFY(!Schedule::parseEvery(QStringLiteral("soon")).ok());
    }

    void everyCalendarParses() {
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed (scripts/setup.sh installs the systemd package)");
        QStringList calendars;
        for (const int minutes : Schedule::everyChoices())
            calendars << UnitFile::onCalendar(minutes);
        QProcess calendar;
        calendar.start(analyze, QStringList{QStringLiteral("calendar")} + calendars);
        QVERIFY(calendar.waitForFinished(30000));
        QVERIFY2(calendar.exitCode() == 0, calendar.readAllStandardError().constData());
    }

    void aRunningUserSystemdRunsIt() {
        const Systemctl real;
        if (!real.userManagerRunning())
            QSKIP(
                "no user systemd is running here (systemctl --user is-system-running); the command lines are "
                "checked above");
        // Runtime units ($XDG_RUNTIME_DIR/systemd/user) are on the manager's search path and vanish with the
        // session; the schedule runs /bin/true so nothing is synced.
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/systemd/user");
        SystemdUnits units(runtime, real);
        Schedule schedule = periodic(QStringLiteral("/bin/true"), m_database);
        schedule.name = QStringLiteral("test-%1").arg(QCoreApplication::applicationPid());
        QVERIFY2(units.install(schedule).ok(), "install");
        auto listed = units.list();
        QVERIFY(listed.ok());
        bool found = false;
        for (const ScheduleState& state : *listed)
            found = found ||
                    (state.schedule.name == schedule.name && state.state == ScheduleState::State::Waiting);
        QVERIFY(found);
        QVERIFY(units.pause(schedule.name).ok());
        QVERIFY(units.remove(schedule.name).ok());
    }

private:
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_database;
    QString m_units;
    QString m_runtime;
};

QTEST_GUILESS_MAIN(TestSystemdUnits)
#include "TestSystemdUnits.moc"
