// The Keep in sync dialog, offscreen: a schedule set up, listed with its state, paused and removed (after the
// question), against unit files in a temporary directory; and the crontab line where no user systemd runs.
#include "app/shell/AppContext.h"
#include "app/testsync/KeepInSyncDialog.h"
#include "app/testsync/ScheduleListModel.h"
#include "core/schedule/CrontabLine.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::schedule;

namespace {

// Answers `systemctl --user …` like a running user manager, from canned replies, keeping every command.
struct RecordingSystemctl {
    QStringList commands;
    QHash<QString, QString> replies;

    CommandRunner runner() {
        return [this](const QString& program, const QStringList& arguments) {
            commands << (QStringList{program} + arguments).join(QLatin1Char(' '));
            const QString asked = arguments.mid(1).join(QLatin1Char(' '));
            ProcessOutput output;
            output.started = true;
            output.exitCode = 0;
            output.output = asked == QLatin1String("is-system-running") ? QStringLiteral("running")
                                                                        : replies.value(asked);
            return output;
        };
    }
};

const QString unitName = QStringLiteral("acme-roofing-ghl-contacts-to-kixie-powerlist");

} // namespace

class TestKeepInSyncDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_context.reset(); }
    void setUpListPauseAndRemove();
    void withoutUserSystemdTheCrontabLineIsShown();
    void theListModelIsSound();

private:
    std::unique_ptr<KeepInSyncDialog> dialog(const QString& runtime);
    template <typename T> T* child(KeepInSyncDialog& shown, const char* name) {
        T* found = shown.findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    RecordingSystemctl m_systemctl;
    QString m_units;
    QString m_cli;
};

void TestKeepInSyncDialog::init() {
    m_context = std::make_unique<AppContext>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_context->open().ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
    store::SavedConnection ghl;
    ghl.name = QStringLiteral("Acme Roofing");
    ghl.baseUrl = QUrl(QStringLiteral("https://services.leadconnectorhq.com"));
    ghl.accountId = QStringLiteral("loc1");
    ghl.authKind = store::ConnectionAuthKind::privateToken;
    QVERIFY(m_context->connections().save(ghl).ok());
    m_units = m_dir.filePath(QStringLiteral("%1/units").arg(QLatin1String(QTest::currentTestFunction())));
    m_cli = m_dir.filePath(QStringLiteral("bin dir/fieldlink-cli"));
    QDir().mkpath(QFileInfo(m_cli).path());
    m_systemctl = {};
}

std::unique_ptr<KeepInSyncDialog> TestKeepInSyncDialog::dialog(const QString& runtime) {
    auto shown =
        std::make_unique<KeepInSyncDialog>(*m_context, QStringLiteral("Acme Roofing"), QString(),
                                           SystemdUnits(m_units, Systemctl(m_systemctl.runner(), runtime)));
    shown->setCliPath(m_cli);
    shown->resize(shown->sizeHint());
    shown->show();
    return shown;
}

void TestKeepInSyncDialog::setUpListPauseAndRemove() {
    const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime + QStringLiteral("/systemd")));
    const auto shown = dialog(runtime);
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    QCOMPARE(child<QComboBox>(*shown, "connectionComboBox")->currentText(), QStringLiteral("Acme Roofing"));
    QCOMPARE(child<QLineEdit>(*shown, "nameLineEdit")->text(), unitName);
    QVERIFY(!child<QLineEdit>(*shown, "crontabLineEdit")->isVisible());

    // Every choice has its own Alt+letter; a label's leads to its field.
    QSet<QChar> letters;
    for (const QAbstractButton* button : shown->findChildren<QAbstractButton*>()) {
        const qsizetype at = button->text().indexOf(QLatin1Char('&'));
        if (button->isVisible() && at >= 0)
            QVERIFY2(!std::exchange(letters, letters + QSet<QChar>{button->text().at(at + 1).toLower()})
                          .contains(button->text().at(at + 1).toLower()),
                     qPrintable(button->text()));
    }
    for (const QLabel* label : shown->findChildren<QLabel*>())
        if (label->text().contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->text()));

    // Every 15 minutes.
    child<QRadioButton>(*shown, "periodicRadioButton")->click();
    auto* every = child<QComboBox>(*shown, "everyComboBox");
    every->setCurrentIndex(every->findData(15));
    m_systemctl.replies = {
        {QStringLiteral("is-active fieldlink-%1.service").arg(unitName), QStringLiteral("inactive")},
        {QStringLiteral("is-enabled fieldlink-%1.timer").arg(unitName), QStringLiteral("enabled")},
        {QStringLiteral("show -p NextElapseUSecRealtime --value --timestamp=unix fieldlink-%1.timer")
             .arg(unitName),
         QStringLiteral("@%1").arg(QDateTime::currentSecsSinceEpoch() + 600)}};
    child<QPushButton>(*shown, "setUpPushButton")->click();
    QVERIFY(m_systemctl.commands.contains(
        QStringLiteral("systemctl --user enable --now fieldlink-%1.timer").arg(unitName)));
    QVERIFY(QFile::exists(m_units + QStringLiteral("/fieldlink-%1.timer").arg(unitName)));
    QVERIFY(QFile(m_units + QStringLiteral("/fieldlink-%1.service").arg(unitName)).size() > 0);

    auto* table = child<QTableView>(*shown, "schedulesTableView");
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ScheduleListModel::WhatColumn).data().toString(),
             QStringLiteral("Sync every 15 minute(s), profile “GHL contacts to Kixie PowerLists”"));
    QVERIFY(table->model()
                ->index(0, ScheduleListModel::StateColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("Waiting for next run at ")));

    table->selectRow(0);
    auto* pause = child<QPushButton>(*shown, "pausePushButton");
    QVERIFY(pause->isEnabled());
    QVERIFY(!child<QPushButton>(*shown, "resumePushButton")->isEnabled());
    m_systemctl.replies[QStringLiteral("is-enabled fieldlink-%1.timer").arg(unitName)] =
        QStringLiteral("disabled");
    pause->click();
    QCOMPARE(m_systemctl.commands.filter(QStringLiteral(" disable --now ")),
             QStringList{QStringLiteral("systemctl --user disable --now fieldlink-%1.timer").arg(unitName)});
    QCOMPARE(table->model()->index(0, ScheduleListModel::StateColumn).data().toString(),
             QStringLiteral("Paused"));
    QVERIFY(child<QPushButton>(*shown, "resumePushButton")->isEnabled()); // the row stays selected

    // Remove asks first; Cancel keeps it, Remove removes it.
    child<QPushButton>(*shown, "removePushButton")->click();
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = shown->findChild<QMessageBox*>(QStringLiteral("removeScheduleMessageBox"))));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!shown->findChild<QMessageBox*>(QStringLiteral("removeScheduleMessageBox")));
    QCOMPARE(table->model()->rowCount(), 1);
    child<QPushButton>(*shown, "removePushButton")->click();
    QTRY_VERIFY((question = shown->findChild<QMessageBox*>(QStringLiteral("removeScheduleMessageBox"))));
    question->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY(!QFile::exists(m_units + QStringLiteral("/fieldlink-%1.timer").arg(unitName)));
    QVERIFY(!QFile::exists(m_units + QStringLiteral("/fieldlink-%1.service").arg(unitName)));
}

void TestKeepInSyncDialog::withoutUserSystemdTheCrontabLineIsShown() {
    const QString runtime = m_dir.filePath(QStringLiteral("no-systemd"));
    const auto shown = dialog(runtime);
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    QCOMPARE(child<QLabel>(*shown, "noSystemdLabel")->text(), Systemctl::notRunningReason());
    QVERIFY(!child<QPushButton>(*shown, "setUpPushButton")->isVisible());
    QVERIFY(m_systemctl.commands.isEmpty()); // no runtime directory: systemctl is not even asked
    auto* line = child<QLineEdit>(*shown, "crontabLineEdit");
    QVERIFY(line->isVisible());
    // Near real time is preselected: a watch started at boot, checking every minute.
    QCOMPARE(line->text(), CrontabLine::lines(shown->chosenSchedule()).join(QLatin1Char('\n')));
    QVERIFY2(line->text().startsWith(QLatin1String("@reboot ")), qPrintable(line->text()));
    QVERIFY(
        line->text().contains(QLatin1String(" watch --profile ghl-contacts-to-kixie-powerlist --connection "
                                            "'Acme Roofing' --interval 60 --full-at 02:30")));

    child<QRadioButton>(*shown, "periodicRadioButton")->click();
    QVERIFY2(line->text().startsWith(QLatin1String("0 * * * * ")), qPrintable(line->text()));
    child<QPushButton>(*shown, "copyPushButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), line->text());
    QVERIFY(QDir(m_units).isEmpty() || !QDir(m_units).exists()); // nothing written
}

void TestKeepInSyncDialog::theListModelIsSound() {
    ScheduleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ScheduleState watch;
    watch.schedule.name = QStringLiteral("w");
    watch.schedule.kind = Schedule::Kind::Watch;
    watch.schedule.intervalSeconds = 120;
    watch.schedule.profile = QStringLiteral("Leads");
    watch.state = ScheduleState::State::Restarting;
    model.setStates({watch, ScheduleState()});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ScheduleListModel::WhatColumn).data().toString(),
             QStringLiteral("Near real time, every 2 minute(s), profile “Leads”"));
    QCOMPARE(model.index(0, ScheduleListModel::StateColumn).data().toString(),
             QStringLiteral("Restarting after a failure"));
    QCOMPARE(model.state(5).schedule.name, QString());
}

QTEST_MAIN(TestKeepInSyncDialog)
#include "TestKeepInSyncDialog.moc"
