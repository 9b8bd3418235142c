// fieldlink-bench-sync: a first full GHL → Kixie sync of N contacts (with their notes and tasks) against an
// in-process sandbox limited to a GHL burst budget, then a `--since-last` sync with nothing changed. Prints
// how close the run comes to the time the GHL budget allows, and the calls spent per record on each service.
// Run it on an idle machine; it is not a test.
//
//   fieldlink-bench-sync [--contacts N] [--limit N] [--window-ms N]
//
// GHL's real budget is --limit 100 --window-ms 10000 (the default window of 1000 ms is ten times faster).
// Targets: at most 1.05 GHL calls per contact; wall time ÷ (GHL calls ÷ allowed rate) ≤ 1.05 with zero
// 429s; the unchanged --since-last run at most 2 GHL calls and no Kixie call.
#include "BenchSandbox.h"
#include "core/sync/SyncWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace fieldlink;

namespace {

sync::SyncOutcome runOnce(const sync::SyncJob& job) {
    sync::SyncWorker worker(job);
    sync::SyncOutcome outcome;
    bool done = false;
    QObject::connect(&worker, &sync::SyncWorker::finished, [&](const sync::SyncOutcome& result) {
        outcome = result;
        done = true;
    });
    worker.start();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return outcome;
}

void report(const char* label, const sync::SyncOutcome& outcome, int contacts, double allowedPerSecond) {
    const double floorSeconds = outcome.ghlCalls / allowedPerSecond;
    std::printf("%s\n", label);
    std::printf("  result              %s%s\n", outcome.ok ? "ok" : "failed: ", qPrintable(outcome.message));
    const sync::RunCounts& c = outcome.counts;
    std::printf(
        "  records             %d planned: %d created, %d updated, %d unchanged, %d skipped, %d conflicts, "
        "%d removed, %d enrolled, %d failed\n",
        c.planned, c.created, c.updated, c.unchanged, c.skipped, c.conflicts, c.removed, c.enrolled,
        c.failed);
    std::printf("  wall time           %.2f s\n", outcome.seconds);
    std::printf("  GHL calls           %d (%.2f per contact); at %.0f/s they need %.2f s\n", outcome.ghlCalls,
                double(outcome.ghlCalls) / contacts, allowedPerSecond, floorSeconds);
    std::printf("  wall ÷ GHL floor    %.3f\n", outcome.seconds / floorSeconds);
    std::printf("  Kixie calls         %d (%.2f per contact)\n", outcome.kixieCalls,
                double(outcome.kixieCalls) / contacts);
    std::printf("  429 answers         %d\n", outcome.rateLimited);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("contacts in the sandbox"),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("GHL burst limit"), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("window-ms"), QStringLiteral("GHL burst window"), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.process(app);
    const int contacts = parser.value(QStringLiteral("contacts")).toInt();
    const int limit = parser.value(QStringLiteral("limit")).toInt();
    const int windowMs = parser.value(QStringLiteral("window-ms")).toInt();

    bench::BenchSandbox sandbox = bench::startBenchSandbox(contacts, limit, windowMs);
    if (!sandbox.server)
        return 1;
    auto& server = sandbox.server;
    const QJsonObject ghl = sandbox.ghl();
    const QJsonObject kixie = sandbox.kixie();
    QTemporaryDir dir;
    sync::SyncJob job;
    job.profile = QStringLiteral("ghl-contacts-to-kixie-powerlist");
    job.dryRun = false;
    job.ghl.baseUrl = QUrl(QString::fromStdString(server->baseUrl()));
    job.ghl.locationId = ghl.value(QLatin1String("locationId")).toString();
    job.ghlCredential = auth::GhlCredential::fromPrivateToken(ghl.value(QLatin1String("token")).toString());
    job.kixie.baseUrl = job.ghl.baseUrl;
    job.kixie.dailyLimit = 10'000'000;
    job.kixieCredentials = {kixie.value(QLatin1String("apiKey")).toString(),
                            kixie.value(QLatin1String("businessId")).toString()};
    job.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));

    const double allowed = double(limit) * 1000.0 / windowMs;
    std::printf("sandbox: %d contacts, GHL limit %d per %d ms\n\n", contacts, limit, windowMs);
    const sync::SyncOutcome first = runOnce(job);
    report("first run", first, contacts, allowed);
    sync::SyncJob sinceLast = job;
    sinceLast.scope.kind = sync::SyncScope::Kind::SinceLast;
    sinceLast.scope.fullReconcile = false; // as `fieldlink-cli sync --since-last` runs it
    const sync::SyncOutcome second = runOnce(sinceLast);
    std::printf("\n");
    report("second run, --since-last, nothing changed", second, contacts, allowed);
    server->stop();
    return first.ok && second.ok ? 0 : 1;
}
