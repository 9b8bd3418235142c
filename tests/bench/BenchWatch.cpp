// fieldlink-bench-watch: a real `fieldlink-cli watch --interval N` process against an in-process sandbox.
// After its first run, contacts are edited through the GHL API one at a time, each at a different moment of
// the poll interval; for each, the time until the edit is in its Kixie PowerList row. Then the watch is left
// idle for a number of polls and the GHL calls it spends per idle poll are counted at the sandbox. Prints
// p50 / p95 / max latency and calls per idle poll. It is not a test.
//
//   fieldlink-bench-watch [--interval SECONDS] [--edits N] [--idle-polls N]
//
// Targets: every edit in its row within interval + 5 s; at most 1 GHL call per idle poll.
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace fieldlink;
using namespace fieldlink::test;

namespace {

/// Runs the event loop until `done` holds, looking every `everyMs`; false after `timeoutMs`.
bool waitFor(const std::function<bool()>& done, int timeoutMs, int everyMs = 50) {
    QElapsedTimer elapsed;
    elapsed.start();
    while (!done()) {
        if (elapsed.hasExpired(timeoutMs))
            return false;
        QEventLoop loop;
        QTimer::singleShot(everyMs, &loop, &QEventLoop::quit);
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

QString firstNameInKixie(SandboxFixture& sandbox, const QString& contactId) {
    for (const QJsonValue& list : at(sandbox.probe().state(), "kixie.powerlists").toArray())
        for (const QJsonValue& row : at(list, "rows").toArray())
            if (at(row, "crmContactId").toString() == contactId)
                return at(row, "firstName").toString();
    return {};
}

double percentile(QList<double> values, double fraction) {
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min<qsizetype>(values.size() - 1, qsizetype(fraction * double(values.size())));
    return values.at(index);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("interval"), QStringLiteral("watch --interval (default 5)"), QStringLiteral("S")},
         {QStringLiteral("edits"), QStringLiteral("contacts edited (default 20)"), QStringLiteral("N")},
         {QStringLiteral("idle-polls"), QStringLiteral("idle polls counted (default 10)"),
          QStringLiteral("N")}});
    parser.process(application);
    const int interval =
        parser.isSet(QStringLiteral("interval")) ? parser.value(QStringLiteral("interval")).toInt() : 5;
    const int edits =
        parser.isSet(QStringLiteral("edits")) ? parser.value(QStringLiteral("edits")).toInt() : 20;
    const int idlePolls =
        parser.isSet(QStringLiteral("idle-polls")) ? parser.value(QStringLiteral("idle-polls")).toInt() : 10;

    SandboxFixture sandbox(benchOptions());
    if (!sandbox.started())
        return 1;
    QTemporaryDir dir;
    QProcess watch;
    QByteArray output;
    QObject::connect(&watch, &QProcess::readyReadStandardOutput, &watch,
                     [&] { output += watch.readAllStandardOutput(); });
    watch.setProcessChannelMode(QProcess::SeparateChannels);
    watch.setStandardErrorFile(QProcess::nullDevice());
    watch.setProcessEnvironment(sandbox.cliEnvironment());
    watch.start(QStringLiteral(CLI_EXECUTABLE),
                {QStringLiteral("watch"), QStringLiteral("--profile"),
                 QStringLiteral("ghl-contacts-to-kixie-powerlist"), QStringLiteral("--interval"),
                 QString::number(interval), QStringLiteral("--db"),
                 dir.filePath(QStringLiteral("watch.sqlite")), QStringLiteral("--json")});
    if (!waitFor([&] { return output.contains("\"sync\""); }, 120000)) {
        std::fprintf(stderr, "the watch's first run did not finish\n");
        return 1;
    }
    QStringList contacts;
    for (const QJsonValue& list : at(sandbox.probe().state(), "kixie.powerlists").toArray())
        for (const QJsonValue& row : at(list, "rows").toArray())
            if (!contacts.contains(at(row, "crmContactId").toString()))
                contacts << at(row, "crmContactId").toString();

    QList<double> latencies;
    int refused = 0;
    for (qsizetype i = 0; i < contacts.size() && latencies.size() < edits; ++i) {
        // Spread the edits over the interval, so they land early, midway and late before the next poll.
        const int offsetMs = int((latencies.size() * interval * 1000) / edits);
        waitFor([] { return false; }, offsetMs, std::max(1, offsetMs));
        const QString name = QStringLiteral("Watched%1").arg(i);
        QElapsedTimer elapsed;
        elapsed.start();
        // The sandbox refuses an edit of a contact whose phone another contact shares (as GHL does): the
        // next contact is edited instead.
        if (sandbox.probe()
                .ghl("PUT", QStringLiteral("/contacts/%1").arg(contacts.at(i)),
                     QJsonObject{{QStringLiteral("firstName"), name}})
                .status != 200) {
            ++refused;
            continue;
        }
        if (!waitFor([&] { return firstNameInKixie(sandbox, contacts.at(i)) == name; }, 120000, 100)) {
            std::fprintf(stderr, "the edit of contact %s never arrived\n", qPrintable(contacts.at(i)));
            return 1;
        }
        latencies << double(elapsed.elapsed()) / 1000.0;
    }
    if (latencies.isEmpty())
        return 1;

    // Idle: no edits. Count the GHL calls the sandbox saw over whole polls.
    const auto polls = [&output] {
        return int(output.count("\"poll\":"));
    };
    const int pollsBefore = polls() + 1;
    waitFor([&] { return polls() >= pollsBefore; }, (interval + 30) * 1000);
    const int ghlBefore = at(sandbox.probe().stats(), "ghl.requests").toInt();
    const int startPoll = polls();
    waitFor([&] { return polls() >= startPoll + idlePolls; }, (idlePolls + 2) * (interval + 10) * 1000);
    const int idleCalls = at(sandbox.probe().stats(), "ghl.requests").toInt() - ghlBefore;
    const int counted = polls() - startPoll;
    watch.terminate();
    watch.waitForFinished(30000);

    std::printf("fieldlink-cli watch --interval %d: %lld edits through the GHL API, one at a time\n",
                interval, static_cast<long long>(latencies.size()));
    std::printf("  edit → Kixie row    p50 %.2f s, p95 %.2f s, max %.2f s (target ≤ %d s)\n",
                percentile(latencies, 0.50), percentile(latencies, 0.95), percentile(latencies, 1.0),
                interval + 5);
    std::printf("  edits refused       %d (contacts sharing a phone; others edited instead)\n", refused);
    std::printf("  idle polls          %d, GHL calls %d: %.2f per idle poll (target ≤ 1)\n", counted,
                idleCalls, counted > 0 ? double(idleCalls) / counted : 0.0);
    std::printf("  watch exit          %d\n", watch.exitCode());
    return 0;
}
