#include "EventsCommand.h"

#include "CommandLine.h"
#include "Database.h"
#include "EnvironmentConnection.h"
#include "EventSource.h"
#include "EventWorker.h"
#include "InterruptWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

namespace fieldlink::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::cli)
};
} // namespace

int runEvents(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("profile"), Tr::tr("Default profile name or profile file."),
         QStringLiteral("NAME|FILE")},
        {QStringLiteral("file"), Tr::tr("Captured webhook payloads: a JSON array or JSON Lines."),
         QStringLiteral("FILE")},
        {QStringLiteral("listen"), Tr::tr("Receive webhooks on this loopback port."), QStringLiteral("PORT")},
        {QStringLiteral("dry-run"), Tr::tr("Plan only: write nothing to GHL.")},
        {QStringLiteral("db"), Tr::tr("The database file (default: the app's)."), QStringLiteral("FILE")},
        {QStringLiteral("json"), Tr::tr("End with one JSON summary line on stdout.")},
    });
    if (!parser.parse(QStringList{QStringLiteral("fieldlink-cli")} + arguments)) {
        err << Tr::tr("fieldlink-cli: %1").arg(parser.errorText()) << '\n';
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("profile"))) {
        err << Tr::tr("fieldlink-cli: --profile is required") << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("listen"))) {
        err << Tr::tr("fieldlink-cli: --listen is not available yet; capture the webhooks to a file and use "
                      "--file.")
            << '\n';
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("file"))) {
        err << Tr::tr("fieldlink-cli: --file is required") << '\n';
        return UsageError;
    }
    sync::EventJob job;
    job.profile = parser.value(QStringLiteral("profile"));
    job.dryRun = parser.isSet(QStringLiteral("dry-run"));
    job.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : store::Database::defaultPath();
    QStringList missing;
    EnvironmentConnection::readGhl(job.ghl, job.ghlToken, missing);
    if (const QString message = EnvironmentConnection::missingMessage(missing); !message.isEmpty()) {
        err << message << '\n';
        return UsageError;
    }
    const sync::EventFile::Loaded loaded = sync::EventFile::read(parser.value(QStringLiteral("file")));
    if (!loaded.error.isEmpty()) {
        err << Tr::tr("fieldlink-cli: %1").arg(loaded.error) << '\n';
        return UsageError;
    }
    job.events = loaded.events;

    sync::EventWorker worker(job);
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &worker, &sync::EventWorker::cancel);
    sync::EventOutcome outcome;
    bool done = false;
    QEventLoop loop; // the CLI's own loop: no GUI to keep responsive
    QObject::connect(&worker, &sync::EventWorker::finished, &loop, [&](const sync::EventOutcome& result) {
        outcome = result;
        done = true;
        loop.quit();
    });
    worker.start();
    if (!done)
        loop.exec();
    if (!outcome.message.isEmpty())
        err << Tr::tr("fieldlink-cli: %1").arg(outcome.message) << '\n';
    const sync::EventCounts& c = outcome.counts;
    out << Tr::tr("Events run %1: %2 events; %3 notes, %4 tasks, %5 tag additions; %6 already done, %7 found "
                  "in GHL "
                  "after an unknown outcome, %8 planned (dry run), %9 skipped, %10 failed")
               .arg(outcome.runId)
               .arg(c.events)
               .arg(c.notes)
               .arg(c.tasks)
               .arg(c.tags)
               .arg(c.duplicates)
               .arg(c.reconciled)
               .arg(c.planned)
               .arg(c.skipped)
               .arg(c.failed)
        << '\n';
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
    if (!outcome.ok && outcome.message == Tr::tr("Cancelled."))
        return Interrupted;
    if (!outcome.ok)
        return outcome.runId == 0 ? UsageError : Failed;
    return c.failed > 0 ? Failed : Success;
}

} // namespace fieldlink::cli
