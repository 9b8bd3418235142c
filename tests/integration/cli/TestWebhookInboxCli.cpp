// fieldlink-cli events --listen as a real process: killed with SIGKILL while deliveries flow, and under a
// burst.
#include "support/JsonHelpers.h"
#include "support/ListenerProcess.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"
#include "support/WebhookSenders.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::test;

namespace {
const QByteArray secretHeader = "X-Fieldlink-Token";
const QByteArray secret = "hook-secret-123";
} // namespace

/// The webhook inbox end to end: every acknowledged delivery becomes exactly one note in GHL.
class TestWebhookInboxCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aListenerKilledWhileDeliveriesFlowLosesNothing();
    void aBurstFromFourSendersIsProcessedOnceAndMalformedOnesAreKept();

private:
    /// Starts `events --listen`; the URL it listens on, or empty (after a failed check) when it did not.
    QUrl startListener(SandboxFixture& sandbox, QProcess& process, const QString& database, quint16 port);
    /// `count` endcall deliveries spread over the sandbox's contacts; `keys` gets "externalid|endcall".
    QList<QByteArray> deliveries(SandboxFixture& sandbox, const QString& prefix, int count,
                                 QStringList* keys);
    int pending(const QString& database);
    QJsonObject inboxReport(const QString& database);

    QTemporaryDir m_dir;
};

QUrl TestWebhookInboxCli::startListener(SandboxFixture& sandbox, QProcess& process, const QString& database,
                                        quint16 port) {
    QProcessEnvironment env = sandbox.cliEnvironment();
    env.insert(QStringLiteral("FIELDLINK_WEBHOOK_HEADER"), QString::fromLatin1(secretHeader));
    env.insert(QStringLiteral("FIELDLINK_WEBHOOK_SECRET"), QString::fromLatin1(secret));
    return startListenerProcess(process, QStringLiteral(CLI_EXECUTABLE), env, database, port);
}

QList<QByteArray> TestWebhookInboxCli::deliveries(SandboxFixture& sandbox, const QString& prefix, int count,
                                                  QStringList* keys) {
    QList<std::pair<QString, QString>> contacts;
    for (const QJsonValue& contact : at(sandbox.probe().state(), "ghl.contacts").toArray()) {
        if (at(contact, "phone").toString().startsWith(QLatin1String("+1")))
            contacts.append({at(contact, "id").toString(), at(contact, "phone").toString()});
    }
    QList<QByteArray> bodies;
    for (int i = 0; i < count && !contacts.isEmpty(); ++i) {
        const QString call = QStringLiteral("%1-%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        const auto& [contactId, phone] = contacts.at(i % contacts.size());
        bodies.append(endcallDelivery(call, contactId, phone));
        keys->append(call + QStringLiteral("|endcall"));
    }
    return bodies;
}

int TestWebhookInboxCli::pending(const QString& database) {
    return at(inboxReport(database), "pending").toInt(-1);
}

QJsonObject TestWebhookInboxCli::inboxReport(const QString& database) {
    return readInboxReport(QStringLiteral(CLI_EXECUTABLE), database);
}

void TestWebhookInboxCli::aListenerKilledWhileDeliveriesFlowLosesNothing() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString database = m_dir.filePath(QStringLiteral("killed.sqlite"));
    QStringList keys;
    constexpr int trials = 3;
    const QList<QByteArray> bodies = deliveries(sandbox, QStringLiteral("kill"), 60 * (trials + 1), &keys);
    // Every GHL request takes 15 ms more, so processing lags behind the listener and a kill lands while
    // deliveries wait in the inbox and a note is on its way.
    QCOMPARE(sandbox.probe()
                 .postJson(QStringLiteral("/__sandbox/faults"),
                           jsonObject(R"({"slow":1.0,"slowMs":15,"service":"ghl"})"))
                 .status,
             200);
    auto listener = std::make_unique<QProcess>();
    const QUrl url = startListener(sandbox, *listener, database, 0);
    QVERIFY(url.isValid());
    WebhookSenders senders({url, secretHeader, secret, 3, 2}, bodies);
    int pendingAtKills = 0;
    senders.start();
    for (int trial = 0; trial < trials; ++trial) {
        // A random moment: some deliveries acknowledged, more in flight, earlier ones still being processed.
        const auto killAfter = senders.acknowledged().size() + QRandomGenerator::global()->bounded(5, 50);
        QTRY_VERIFY_WITH_TIMEOUT(senders.acknowledged().size() >= killAfter || senders.isFinished(), 30000);
        senders.stop();
        listener->kill(); // SIGKILL: no handler runs, nothing is flushed
        QVERIFY(listener->waitForFinished(20000));
        QCOMPARE(listener->exitStatus(), QProcess::CrashExit);
        pendingAtKills += pending(database);
        QTRY_VERIFY_WITH_TIMEOUT(senders.isIdle(), 20000);
        listener = std::make_unique<QProcess>();
        QCOMPARE(startListener(sandbox, *listener, database, quint16(url.port())), url);
        senders.start();
    }
    QTRY_VERIFY_WITH_TIMEOUT(senders.isFinished(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(pending(database), 0, 60000);
    listener->terminate();
    QVERIFY(listener->waitForFinished(20000));
    QCOMPARE(listener->exitCode(), 0);

    const QHash<QString, int> notes = notesByCallEvent(sandbox.probe().state());
    for (int index = 0; index < keys.size(); ++index) {
        const int written = notes.value(keys.at(index));
        // Acknowledged: written exactly once. Cut by the kill: Kixie would not send it again; once at most.
        if (senders.acknowledged().contains(index))
            QVERIFY2(written == 1,
                     qPrintable(QStringLiteral("%1 written %2 times").arg(keys.at(index)).arg(written)));
        else
            QVERIFY2(written <= 1,
                     qPrintable(QStringLiteral("%1 written %2 times").arg(keys.at(index)).arg(written)));
    }
    QVERIFY(senders.acknowledged().size() > keys.size() / 2);
    QVERIFY(pendingAtKills > 0); // the kills did leave work behind
    qInfo(
        "%d kill -9 trials: %lld of %lld deliveries acknowledged, each written once; %d left pending by the "
        "kills",
        trials, qlonglong(senders.acknowledged().size()), qlonglong(keys.size()), pendingAtKills);
}

void TestWebhookInboxCli::aBurstFromFourSendersIsProcessedOnceAndMalformedOnesAreKept() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString database = m_dir.filePath(QStringLiteral("burst.sqlite"));
    QStringList keys;
    const QList<QByteArray> bodies = deliveries(sandbox, QStringLiteral("burst"), 500, &keys);
    QProcess listener;
    const QUrl url = startListener(sandbox, listener, database, 0);
    QVERIFY(url.isValid());
    WebhookSenders senders({url, secretHeader, secret, 4, 4}, bodies);
    senders.start();
    // One malformed delivery in the middle of the burst, and one with a wrong secret.
    WebhookSenders odd({url, secretHeader, secret, 1, 1}, {QByteArrayLiteral("hookevent=endcall&x=1")});
    odd.start();
    WebhookSenders intruder({url, secretHeader, "hook-secret-124", 1, 1}, {bodies.first()});
    intruder.start();
    QTRY_VERIFY_WITH_TIMEOUT(senders.isFinished() && odd.isFinished() && intruder.isFinished(), 60000);
    QCOMPARE(senders.acknowledged().size(), qsizetype(500));
    QCOMPARE(odd.otherAnswers(), 1);
    QCOMPARE(intruder.otherAnswers(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(pending(database), 0, 120000);
    listener.terminate();
    QVERIFY(listener.waitForFinished(20000));
    QCOMPARE(listener.exitCode(), 0);
    const QJsonObject summary =
        QJsonDocument::fromJson(listener.readAllStandardOutput().trimmed().split('\n').constLast()).object();
    QCOMPARE(at(summary, "events").toInt(), 500);
    QCOMPARE(at(summary, "notes").toInt(), 500);
    QCOMPARE(at(summary, "duplicates").toInt(), 0);

    const QHash<QString, int> notes = notesByCallEvent(sandbox.probe().state());
    for (const QString& key : keys)
        QCOMPARE(notes.value(key), 1);
    const QJsonObject report = inboxReport(database);
    QCOMPARE(at(report, "done").toInt(), 500);
    QCOMPARE(at(report, "malformed").toInt(), 1);
    const QJsonObject kept = at(report, "malformedDeliveries").toArray().at(0).toObject();
    QCOMPARE(at(kept, "start").toString(), QStringLiteral("hookevent=endcall&x=1"));
    QVERIFY2(at(kept, "reason").toString().contains(QStringLiteral("not JSON")),
             qPrintable(at(kept, "reason").toString()));
}

FIELDLINK_TEST_MAIN(TestWebhookInboxCli, QCoreApplication)
#include "TestWebhookInboxCli.moc"
