// `fieldlink-cli schedule` as a real process, in a temporary XDG config and runtime directory without a user
// systemd (as in CI): install shows the crontab line and writes nothing; list and remove work on the units.
#include "core/schedule/UnitFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldlink::schedule;

class TestCliSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_units = m_dir.filePath(QStringLiteral("config/systemd/user"));
    }

    void withoutUserSystemdInstallShowsTheCrontabLine() {
        const auto [code, out] =
            run({QStringLiteral("install"), QStringLiteral("--name"), QStringLiteral("acme"),
                 QStringLiteral("--every"), QStringLiteral("15min"), QStringLiteral("--profile"),
                 QStringLiteral("Leads profile"), QStringLiteral("--connection"), QStringLiteral("Acme"),
                 QStringLiteral("--db"), m_dir.filePath(QStringLiteral("f.db"))});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QLatin1String("crontab")), qPrintable(out));
        QVERIFY2(
            out.contains(QStringLiteral("*/15 * * * * DBUS_SESSION_BUS_ADDRESS=unix:path=%1/bus %2 sync "
                                        "--profile 'Leads profile' --connection Acme --since-last --wait 450")
                             .arg(runtime(), QStringLiteral(CLI_EXECUTABLE))),
            qPrintable(out));
        QVERIFY(!QDir(m_units).exists()); // nothing written, no crontab touched
    }

    void listAndRemoveReadTheUnitsFieldlinkWrote() {
        Schedule watch;
        watch.name = QStringLiteral("acme-watch");
        watch.kind = Schedule::Kind::Watch;
        watch.profile = QStringLiteral("Leads");
        watch.connection = QStringLiteral("Acme");
        watch.intervalSeconds = 90;
        watch.cliPath = QStringLiteral(CLI_EXECUTABLE);
        QVERIFY(QDir().mkpath(m_units));
        QFile unit(m_units + QStringLiteral("/fieldlink-acme-watch.service"));
        QVERIFY(unit.open(QIODevice::WriteOnly));
        unit.write(UnitFile::service(watch).toUtf8());
        unit.close();

        auto [code, out] = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(code, 0);
        const QJsonArray listed = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0)[QStringLiteral("name")].toString(), QStringLiteral("acme-watch"));
        QCOMPARE(listed.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("watch"));
        QCOMPARE(listed.at(0)[QStringLiteral("intervalSeconds")].toInt(), 90);
        QCOMPARE(listed.at(0)[QStringLiteral("state")].toString(), QStringLiteral("unknown"));

        std::tie(code, out) =
            run({QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("acme-watch")});
        QCOMPARE(code, 0);
        QVERIFY(!unit.exists());
        std::tie(code, out) =
            run({QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("acme-watch")});
        QCOMPARE(code, 1);
    }

    void badChoicesAreUsageErrors() {
        QCOMPARE(run({QStringLiteral("install"), QStringLiteral("--name"), QStringLiteral("x"),
                      QStringLiteral("--every"), QStringLiteral("7min"), QStringLiteral("--profile"),
                      QStringLiteral("P")})
                     .first,
                 2);
        QCOMPARE(run({QStringLiteral("install"), QStringLiteral("--name"), QStringLiteral("a b"),
                      QStringLiteral("--watch"), QStringLiteral("--profile"), QStringLiteral("P")})
                     .first,
                 2);
        QCOMPARE(run({QStringLiteral("install"), QStringLiteral("--name"), QStringLiteral("x"),
                      QStringLiteral("--watch"), QStringLiteral("--every"), QStringLiteral("1h"),
                      QStringLiteral("--profile"), QStringLiteral("P")})
                     .first,
                 2);
        QCOMPARE(run({QStringLiteral("pause")}).first, 2);
        QCOMPARE(run({QStringLiteral("stop")}).first, 2);
    }

private:
    QString runtime() const { return m_dir.filePath(QStringLiteral("runtime")); }

    std::pair<int, QString> run(const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime()); // no systemd/ in it: no user manager
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLI_EXECUTABLE), QStringList{QStringLiteral("schedule")} + arguments);
        if (!process.waitForFinished(30000))
            return {-1, {}};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    }

    QTemporaryDir m_dir;
    QString m_units;
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "TestCliSchedule.moc"
