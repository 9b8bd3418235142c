#include "cli/SyncCommand.h"

#include "cli/CommandLine.h"
#include "cli/RunConnection.h"
#include "cli/WorkerRun.h"
#include "core/store/Database.h"
#include "core/sync/SyncScope.h"
#include "core/sync/SyncWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace fieldlink::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::cli)
};

int exitCode(const sync::SyncOutcome& outcome) {
    if (outcome.cancelled)
        return Interrupted;
    if (!outcome.ok)
        return outcome.runId == 0 || outcome.setupError ? UsageError : Failed;
    return outcome.counts.failed > 0 ? Failed : Success;
}

void printSummary(const sync::SyncOutcome& outcome, bool dryRun, QTextStream& out) {
    const sync::RunCounts& c = outcome.counts;
    out << (dryRun ? Tr::tr("Dry run %1 (nothing was written):").arg(outcome.runId)
                   : Tr::tr("Run %1:").arg(outcome.runId))
        << '\n'
        << Tr::tr("  %1 planned: %2 create, %3 update, %4 unchanged, %5 skipped, %6 conflicts, %7 remove, "
                  "%8 cadence enrolments, %9 failed")
               .arg(c.planned)
               .arg(c.created)
               .arg(c.updated)
               .arg(c.unchanged)
               .arg(c.skipped)
               .arg(c.conflicts)
               .arg(c.removed)
               .arg(c.enrolled)
               .arg(c.failed)
        << '\n'
        << Tr::tr("  API calls: HighLevel %1, Kixie %2; 429 answers %3; %4 s")
               .arg(outcome.ghlCalls)
               .arg(outcome.kixieCalls)
               .arg(outcome.rateLimited)
               .arg(outcome.seconds, 0, 'f', 1)
        << '\n';
}

} // namespace

int runSync(const QStringList& givenArguments, QTextStream& out, QTextStream& err) {
    QStringList arguments = givenArguments;
    const qint64 resumeRun = takeResumeArgument(arguments);
    QCommandLineParser parser;
    parser.addOptions(profileOptions());
    parser.addOptions({
        {QStringLiteral("dry-run"), Tr::tr("Plan only: read GHL, write nothing anywhere.")},
    });
    parser.addOptions(sync::SyncScope::commandLineOptions());
    parser.addOptions({
        {QStringLiteral("replay-failed"),
         Tr::tr("Send again only the records this run failed on, with the profile given now."),
         QStringLiteral("RUN")},
        {QStringLiteral("connection"), Tr::tr("A connection saved in the app."), QStringLiteral("NAME")},
        {QStringLiteral("db"), Tr::tr("The database file (default: the app's)."), QStringLiteral("FILE")},
        {QStringLiteral("json"), Tr::tr("End with one JSON summary line on stdout.")},
    });
    parser.addOption(waitOption());
    if (!parser.parse(QStringList{QStringLiteral("fieldlink-cli")} + arguments)) {
        err << Tr::tr("fieldlink-cli: %1").arg(parser.errorText()) << '\n';
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("profile")) && resumeRun == 0) {
        err << Tr::tr("fieldlink-cli: --profile is required") << '\n';
        return UsageError;
    }
    const int profileVersion = readProfileVersion(parser, err);
    if (profileVersion < 0)
        return UsageError;
    sync::SyncJob job;
    job.resumeRunId = resumeRun;
    job.profileVersion = profileVersion;
    if (parser.isSet(QStringLiteral("replay-failed"))) {
        bool numeric = false;
        job.replayRunId = parser.value(QStringLiteral("replay-failed")).toLongLong(&numeric);
        if (!numeric || job.replayRunId < 1) {
            err << Tr::tr("fieldlink-cli: --replay-failed needs a run number") << '\n';
            return UsageError;
        }
    }
    const std::optional<sync::LeaseRequest> lease = readLeaseRequest(parser, err);
    if (!lease)
        return UsageError;
    job.lease = *lease;
    job.profile = parser.value(QStringLiteral("profile"));
    job.dryRun = parser.isSet(QStringLiteral("dry-run"));
    job.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : store::Database::defaultPath();
    const Result<RunConnection> resolved =
        RunConnection::resolve(parser.value(QStringLiteral("connection")), job.databasePath,
                               RunConnection::Ghl | RunConnection::Kixie);
    QString error = resolved.error();
    const RunConnection connection = resolved.valueOr({});
    job.ghl = connection.ghl;
    job.ghlCredential = connection.ghlCredential;
    job.kixie = connection.kixie;
    job.kixieCredentials = connection.kixieCredentials;
    if (!error.isEmpty()) {
        err << error << '\n';
        return UsageError;
    }
    Result<sync::SyncScope> scope = sync::SyncScope::fromCommandLine(parser);
    if (!scope) {
        err << scope.error() << '\n';
        return UsageError;
    }
    job.scope = std::move(scope).value();

    sync::SyncWorker worker(job);
    OutcomeReport<sync::SyncOutcome> report;
    report.summary = [dryRun = job.dryRun](const sync::SyncOutcome& outcome, QTextStream& summary) {
        printSummary(outcome, dryRun, summary);
    };
    report.exitCode = exitCode;
    report.json = parser.isSet(QStringLiteral("json"));
    report.progress = true;
    return runToCompletion(worker, report, out, err);
}

} // namespace fieldlink::cli
