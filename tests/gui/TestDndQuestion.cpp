// Do-not-disturb in Test Sync's call events, against the built-in sandbox on the offscreen platform: a dry
// run shows each do-not-disturb change on a line of its own and the fields before → after in words, and a
// production run asks before turning it on — Skip leaves it off (the fields are written all the same), Turn
// on sets it.
#include "app/runs/DndChanges.h"
#include "app/runs/RecordChangesModel.h"
#include "app/runs/RunRecordsModel.h"
#include "app/shell/AppContext.h"
#include "app/shell/EmbeddedSandbox.h"
#include "app/shell/SandboxConnection.h"
#include "app/testsync/SyncTestPage.h"
#include "support/HttpProbe.h"
#include "support/JsonHelpers.h"
#include "support/KixieEvents.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace fieldlink;

namespace {

struct Contact {
    QString id;
    QString phone;
    QString name;
};

/// A sandbox contact with a US phone, a name and no do-not-disturb yet.
Contact contactToCall(test::HttpProbe& probe) {
    for (const QJsonValue& contact : test::at(probe.state(), "ghl.contacts").toArray()) {
        const QString first = test::at(contact, "firstName").toString();
        const QString last = test::at(contact, "lastName").toString();
        if (test::at(contact, "phone").toString().startsWith(QLatin1String("+1")) && !first.isEmpty() &&
            !last.isEmpty() && test::at(contact, "dndSettings").toObject().isEmpty())
            return {test::at(contact, "id").toString(), test::at(contact, "phone").toString(),
                    first + QLatin1Char(' ') + last};
    }
    return {};
}

QJsonObject stateOf(test::HttpProbe& probe, const QString& id) {
    for (const QJsonValue& contact : test::at(probe.state(), "ghl.contacts").toArray()) {
        if (test::at(contact, "id").toString() == id)
            return contact.toObject();
    }
    return {};
}

/// Whether any of the contact's custom fields holds `value`.
bool holds(const QJsonObject& contact, const QString& value) {
    for (const QJsonValue& field : contact.value(QLatin1String("customFields")).toArray()) {
        const QJsonObject object = field.toObject();
        if (object.value(QLatin1String("value")).toString() == value ||
            object.value(QLatin1String("field_value")).toString() == value)
            return true;
    }
    return false;
}

} // namespace

class TestDndQuestion : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aDryRunShowsEachDndChangeOnItsOwnLine();
    void aRunAsksBeforeTurningDndOn_data();
    void aRunAsksBeforeTurningDndOn();

private:
    /// Sets up the sandbox connection and a file holding a "Do Not Call" disposition for `m_contact`.
    void setUpDoNotCall();
    sync::EventOutcome runEvents(const char* button);
    QTableView* plan() const { return m_page->findChild<QTableView*>(QStringLiteral("planTableView")); }
    /// The plan's rows as "action: first line of the reason".
    QStringList planLines() const;

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SyncTestPage> m_page;
    std::unique_ptr<test::HttpProbe> m_probe;
    Contact m_contact;
    int m_databases = 0; ///< each test and data row gets its own database (its own ledger)
};

void TestDndQuestion::init() {
    m_context = std::make_unique<AppContext>(m_dir.filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(QLatin1String(QTest::currentTestFunction()), QString::number(++m_databases))));
    QVERIFY(m_context->open().ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
    m_page = std::make_unique<SyncTestPage>(*m_context);
    m_page->resize(1366, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    setUpDoNotCall();
}

void TestDndQuestion::cleanup() {
    m_probe.reset();
    m_page.reset();
    m_context.reset();
}

void TestDndQuestion::setUpDoNotCall() {
    bool ready = false;
    QString error;
    SandboxConnection::setUp(*m_context, this, [&](const QString& problem) {
        error = problem;
        ready = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(ready, 15000);
    QCOMPARE(error, QString());
    m_probe = std::make_unique<test::HttpProbe>(m_context->sandbox()->baseUrl());
    m_contact = contactToCall(*m_probe);
    QVERIFY(!m_contact.id.isEmpty());
    // A disposition names the PowerList row's contact: the name the question and the lines show.
    QJsonObject event = test::kixieCallEvent(QStringLiteral("dnc-1"), QStringLiteral("disposition"),
                                             m_contact.id, m_contact.phone, QStringLiteral("Do Not Call"));
    QJsonObject data = event.value(QLatin1String("data")).toObject();
    data.insert(QStringLiteral("powerlistContactDetails"),
                QJsonObject{{QStringLiteral("result"),
                             QJsonObject{{QStringLiteral("firstName"), m_contact.name.section(u' ', 0, 0)},
                                         {QStringLiteral("lastName"), m_contact.name.section(u' ', 1)}}}});
    event.insert(QStringLiteral("data"), data);
    const QString path =
        m_dir.filePath(QStringLiteral("%1.jsonl").arg(QLatin1String(QTest::currentTestFunction())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
    file.close();
    m_page->setContext(SandboxConnection::name(), true, QStringLiteral("kixie-calls-to-ghl"));
    m_page->findChild<QComboBox*>(QStringLiteral("recordsComboBox"))->setCurrentIndex(1);
    m_page->findChild<QLineEdit*>(QStringLiteral("eventsFileLineEdit"))->setText(path);
}

sync::EventOutcome TestDndQuestion::runEvents(const char* button) {
    QSignalSpy finished(m_page.get(), &SyncTestPage::eventsRunFinished);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QLatin1String(button)), Qt::LeftButton);
    if (finished.isEmpty())
        finished.wait(60000);
    return finished.isEmpty() ? sync::EventOutcome{} : finished.at(0).at(0).value<sync::EventOutcome>();
}

QStringList TestDndQuestion::planLines() const {
    QStringList lines;
    for (int row = 0; row < plan()->model()->rowCount(); ++row)
        lines << plan()->model()
                         ->index(row, RunRecordsModel::ActionColumn)
                         .data(RunRecordsModel::ActionRole)
                         .toString() +
                     QStringLiteral(": ") +
                     plan()->model()->index(row, RunRecordsModel::ReasonColumn).data().toString();
    return lines;
}

void TestDndQuestion::aDryRunShowsEachDndChangeOnItsOwnLine() {
    const sync::EventOutcome outcome = runEvents("dryRunPushButton");
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    // The engine hands the change over as data: the contact, the channels.
    const auto dnd = std::find_if(outcome.contactChanges.begin(), outcome.contactChanges.end(),
                                  [](const sync::PlannedContactChange& change) {
                                      return change.kind == sync::PlannedContactChange::Kind::Dnd;
                                  });
    QVERIFY(dnd != outcome.contactChanges.end());
    QCOMPARE(dnd->contactName, m_contact.name);
    // The plan shows it on a line of its own, in words.
    const QString line =
        QStringLiteral("contact: Do not disturb: Calls, Text messages — would be turned on for %1")
            .arg(m_contact.name);
    QTRY_VERIFY2(planLines().contains(line), qPrintable(planLines().join(u'\n')));
    // The contact record's change table: each field by its name in words, before → after.
    bool selected = false;
    for (int row = 0; row < plan()->model()->rowCount() && !selected; ++row) {
        const QModelIndex index = plan()->model()->index(row, RunRecordsModel::ActionColumn);
        if (index.data(RunRecordsModel::ActionRole).toString() == QLatin1String("contact")) {
            plan()->setCurrentIndex(index);
            selected = true;
            QCOMPARE(index.data().toString(), QStringLiteral("Would update the contact"));
        }
    }
    QVERIFY(selected);
    auto* changes = m_page->findChild<QTableView*>(QStringLiteral("recordChangesTableView"));
    QStringList rows;
    for (int row = 0; row < changes->model()->rowCount(); ++row)
        rows << QStringLiteral("%1|%2|%3")
                    .arg(changes->model()->index(row, RecordChangesModel::FieldColumn).data().toString(),
                         changes->model()->index(row, RecordChangesModel::BeforeColumn).data().toString(),
                         changes->model()->index(row, RecordChangesModel::AfterColumn).data().toString());
    QVERIFY2(rows.contains(QStringLiteral("Last call outcome||Do Not Call")), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("Last call date||2026-11-20")), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("Do not disturb||On: Calls, Text messages")),
             qPrintable(rows.join(u'\n')));
    QVERIFY(!rows.join(u'\n').contains(QLatin1String("customFields"))); // no raw keys
    // Nothing was written.
    const QJsonObject contact = stateOf(*m_probe, m_contact.id);
    QVERIFY(contact.value(QLatin1String("dndSettings")).toObject().isEmpty());
    QVERIFY(!holds(contact, QStringLiteral("Do Not Call")));
}

void TestDndQuestion::aRunAsksBeforeTurningDndOn_data() {
    QTest::addColumn<bool>("turnOn");
    QTest::newRow("Skip") << false;
    QTest::newRow("Turn on do-not-disturb") << true;
}

void TestDndQuestion::aRunAsksBeforeTurningDndOn() {
    QFETCH(bool, turnOn);
    QSignalSpy finished(m_page.get(), &SyncTestPage::eventsRunFinished);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("runPushButton")), Qt::LeftButton);
    // The run waits, without blocking the window, until the admin answers.
    QMessageBox* question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (question = m_page->findChild<QMessageBox*>(QStringLiteral("dndConfirmationBox"))) &&
            question->isVisible(),
        30000);
    QVERIFY(finished.isEmpty());
    QVERIFY2(question->informativeText().contains(m_contact.name + QStringLiteral(": Calls, Text messages")),
             qPrintable(question->informativeText()));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("runStatusLabel"))
                ->text()
                .contains(QLatin1String("Waiting for your answer")));
    QVERIFY(question->checkBox());
    QTest::mouseClick(question->findChild<QPushButton*>(turnOn ? QStringLiteral("turnOnDndPushButton")
                                                               : QStringLiteral("skipDndPushButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    const sync::EventOutcome outcome = finished.at(0).at(0).value<sync::EventOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.counts.dndSet, turnOn ? 2 : 0);
    const QJsonObject contact = stateOf(*m_probe, m_contact.id);
    // The fields are written either way.
    QVERIFY2(holds(contact, QStringLiteral("Do Not Call")), QJsonDocument(contact).toJson().constData());
    const QJsonObject dnd = contact.value(QLatin1String("dndSettings")).toObject();
    if (turnOn) {
        QCOMPARE(test::at(dnd, "Call.status").toString(), QStringLiteral("active"));
        QCOMPARE(test::at(dnd, "SMS.status").toString(), QStringLiteral("active"));
        QVERIFY(planLines().contains(
            QStringLiteral("contact: Do not disturb: Calls, Text messages — turned on for %1")
                .arg(m_contact.name)));
    } else {
        QVERIFY2(!dnd.contains(QLatin1String("Call")) && !dnd.contains(QLatin1String("SMS")),
                 QJsonDocument(dnd).toJson().constData());
        // The record says so, in words.
        const QString lines = planLines().join(u'\n');
        QVERIFY2(lines.contains(QLatin1String("was not turned on: skipped when the run asked")),
                 qPrintable(lines));
    }
}

FIELDLINK_TEST_MAIN(TestDndQuestion, QApplication)
#include "TestDndQuestion.moc"
