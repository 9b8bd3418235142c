// fieldlink-bench-webhooks: a burst of Kixie webhook deliveries from several concurrent senders into a real
// `fieldlink-cli events --listen` process against an in-process sandbox. Prints the deliveries per second the
// listener acknowledged (each stored in the inbox before its 200), the time until every one was processed
// into a GHL note, and the listener's peak memory (VmHWM). With --kill-trials N it instead runs N trials that
// kill the listener with SIGKILL at a random moment while deliveries flow, restart it, and check that every
// acknowledged delivery became exactly one note (and none more than one). It is not a test.
//
//   fieldlink-bench-webhooks [--deliveries N] [--senders N] [--in-flight N] [--kill-trials N]
#include "support/ListenerProcess.h"
#include "support/SandboxFixture.h"
#include "support/WebhookSenders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace fieldlink;
using namespace fieldlink::test;

namespace {

const QByteArray secretHeader = "X-Fieldlink-Token";
const QByteArray secret = "bench-secret";

/// Runs the event loop until `done` holds, looking every 20 ms; false after `timeoutMs`.
bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer elapsed;
    elapsed.start();
    while (!done()) {
        if (elapsed.hasExpired(timeoutMs))
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

sandbox::SandboxOptions benchOptions() {
    sandbox::SandboxOptions options = SandboxFixture::fastOptions();
    options.ghlLimits.dailyLimit = 10'000'000;
    options.kixie.dailyLimit = 10'000'000;
    return options;
}

struct Bench {
    SandboxFixture sandbox{benchOptions()};
    QTemporaryDir dir;
    QProcessEnvironment environment = [this] {
        QProcessEnvironment env = sandbox.cliEnvironment();
        env.insert(QStringLiteral("FIELDLINK_WEBHOOK_HEADER"), QString::fromLatin1(secretHeader));
        env.insert(QStringLiteral("FIELDLINK_WEBHOOK_SECRET"), QString::fromLatin1(secret));
        return env;
    }();

    QList<QByteArray> deliveries(const QString& prefix, int count, QStringList* keys) {
        const QList<std::pair<QString, QString>> contacts = sandbox.northAmericanContacts();
        QList<QByteArray> bodies;
        for (int i = 0; i < count && !contacts.isEmpty(); ++i) {
            const QString call = QStringLiteral("%1-%2").arg(prefix).arg(i, 6, 10, QLatin1Char('0'));
            bodies.append(endcallDelivery(call, contacts.at(i % contacts.size()).first,
                                          contacts.at(i % contacts.size()).second));
            keys->append(call + QStringLiteral("|endcall"));
        }
        return bodies;
    }
    int pending(const QString& database) const {
        return readInboxReport(QStringLiteral(CLI_EXECUTABLE), database)
            .value(QLatin1String("pending"))
            .toInt(-1);
    }
};

int burst(Bench& bench, int count, int senderCount, int inFlight) {
    const QString database = bench.dir.filePath(QStringLiteral("burst.sqlite"));
    QStringList keys;
    const QList<QByteArray> bodies = bench.deliveries(QStringLiteral("burst"), count, &keys);
    QProcess listener;
    const QUrl url =
        startListenerProcess(listener, QStringLiteral(CLI_EXECUTABLE), bench.environment, database, 0);
    if (!url.isValid())
        return 1;
    WebhookSenders senders({url, secretHeader, secret, senderCount, inFlight}, bodies);
    QElapsedTimer clock;
    clock.start();
    senders.start();
    waitFor([&] { return senders.isFinished(); }, 600000);
    const double acceptSeconds = double(clock.elapsed()) / 1000.0;
    // The inbox report is another process; ask it twice a second, not every 20 ms.
    QElapsedTimer sinceAsked;
    sinceAsked.start();
    int left = -1;
    waitFor(
        [&] {
            if (sinceAsked.elapsed() < 500)
                return false;
            sinceAsked.restart();
            return (left = bench.pending(database)) == 0;
        },
        3600000);
    const double processedSeconds = double(clock.elapsed()) / 1000.0;
    const qint64 peakKiB = peakResidentKiB(listener.processId());
    listener.terminate();
    listener.waitForFinished(30000);
    const QHash<QString, int> notes = notesByCallEvent(bench.sandbox.probe().state());
    int once = 0;
    int twice = 0;
    for (const QString& key : keys) {
        once += notes.value(key) == 1 ? 1 : 0;
        twice += notes.value(key) > 1 ? 1 : 0;
    }
    std::printf("burst of %d deliveries from %d senders, %d in flight each\n", count, senderCount, inFlight);
    std::printf("  acknowledged (200)   %lld; other answers %d; failed %d\n",
                qlonglong(senders.acknowledged().size()), senders.otherAnswers(), senders.failures());
    std::printf("  accepted in          %.2f s = %.0f deliveries/s\n", acceptSeconds,
                double(senders.acknowledged().size()) / acceptSeconds);
    std::printf("  all processed after  %.2f s (%.0f events/s end to end); still pending %d\n",
                processedSeconds, double(count) / processedSeconds, left);
    std::printf("  notes written once   %d of %d; more than once %d\n", once, count, twice);
    std::printf("  listener peak RSS    %lld KiB (VmHWM)\n", qlonglong(peakKiB));
    return once == count && twice == 0 ? 0 : 1;
}

bool killTrial(Bench& bench, int trial, int count, int senderCount, int inFlight) {
    const QString database = bench.dir.filePath(QStringLiteral("kill-%1.sqlite").arg(trial));
    QStringList keys;
    const QList<QByteArray> bodies = bench.deliveries(QStringLiteral("kill%1").arg(trial), count, &keys);
    auto listener = std::make_unique<QProcess>();
    const QUrl url =
        startListenerProcess(*listener, QStringLiteral(CLI_EXECUTABLE), bench.environment, database, 0);
    if (!url.isValid())
        return false;
    WebhookSenders senders({url, secretHeader, secret, senderCount, inFlight}, bodies);
    senders.start();
    // A random moment while deliveries flow and earlier ones are being processed.
    const int killAfter = QRandomGenerator::global()->bounded(1, count);
    waitFor([&] { return senders.acknowledged().size() >= killAfter || senders.isFinished(); }, 120000);
    senders.stop();
    listener->kill();
    listener->waitForFinished(20000);
    const int pendingAtKill = bench.pending(database);
    waitFor([&] { return senders.isIdle(); }, 30000);
    listener = std::make_unique<QProcess>();
    if (startListenerProcess(*listener, QStringLiteral(CLI_EXECUTABLE), bench.environment, database,
                             quint16(url.port())) != url)
        return false;
    senders.start();
    waitFor([&] { return senders.isFinished(); }, 600000);
    QElapsedTimer sinceAsked;
    sinceAsked.start();
    waitFor(
        [&] {
            if (sinceAsked.elapsed() < 300)
                return false;
            sinceAsked.restart();
            return bench.pending(database) == 0;
        },
        600000);
    listener->terminate();
    listener->waitForFinished(30000);
    const QHash<QString, int> notes = notesByCallEvent(bench.sandbox.probe().state());
    int lost = 0;
    int duplicated = 0;
    for (int index = 0; index < keys.size(); ++index) {
        const int written = notes.value(keys.at(index));
        lost += senders.acknowledged().contains(index) && written == 0 ? 1 : 0;
        duplicated += written > 1 ? 1 : 0;
    }
    std::printf("  trial %2d: killed after %4d acknowledged, %4d left pending; %lld of %d acknowledged in "
                "all; %d lost, "
                "%d written twice\n",
                trial, killAfter, pendingAtKill, qlonglong(senders.acknowledged().size()), count, lost,
                duplicated);
    std::fflush(stdout);
    return lost == 0 && duplicated == 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("deliveries"), QStringLiteral("Deliveries in the burst (per kill trial: 200)."),
          QStringLiteral("N"), QStringLiteral("10000")},
         {QStringLiteral("senders"), QStringLiteral("Concurrent senders."), QStringLiteral("N"),
          QStringLiteral("8")},
         {QStringLiteral("in-flight"), QStringLiteral("Requests in flight per sender."), QStringLiteral("N"),
          QStringLiteral("4")},
         {QStringLiteral("kill-trials"), QStringLiteral("Run N kill -9 trials instead of the burst."),
          QStringLiteral("N"), QStringLiteral("0")}});
    parser.process(app);
    Bench bench;
    if (!bench.sandbox.started())
        return 1;
    const int senders = parser.value(QStringLiteral("senders")).toInt();
    const int inFlight = parser.value(QStringLiteral("in-flight")).toInt();
    const int trials = parser.value(QStringLiteral("kill-trials")).toInt();
    if (trials <= 0)
        return burst(bench, parser.value(QStringLiteral("deliveries")).toInt(), senders, inFlight);
    const int perTrial =
        parser.isSet(QStringLiteral("deliveries")) ? parser.value(QStringLiteral("deliveries")).toInt() : 200;
    // Each GHL request 10 ms slower, so that processing lags behind the listener as it would behind GHL's
    // budget, and a kill leaves deliveries waiting in the inbox.
    bench.sandbox.probe().postJson(QStringLiteral("/__sandbox/faults"),
                                   QJsonObject{{QStringLiteral("slow"), 1.0},
                                               {QStringLiteral("slowMs"), 10},
                                               {QStringLiteral("service"), QStringLiteral("ghl")}});
    std::printf("%d kill -9 trials of %d deliveries from %d senders, %d in flight each\n", trials, perTrial,
                senders, inFlight);
    int clean = 0;
    for (int trial = 1; trial <= trials; ++trial)
        clean += killTrial(bench, trial, perTrial, senders, inFlight) ? 1 : 0;
    std::printf("%d of %d trials ended with every acknowledged delivery processed exactly once\n", clean,
                trials);
    return clean == trials ? 0 : 1;
}
