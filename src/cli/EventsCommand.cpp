#include "cli/EventsCommand.h"

#include "cli/CommandLine.h"
#include "cli/InboxCommand.h"
#include "cli/InboxListener.h"
#include "cli/RunConnection.h"
#include "cli/WorkerRun.h"
#include "core/api/Clock.h"
#include "core/api/KixieClient.h"
#include "core/api/KixieWebhookRegistration.h"
#include "core/api/WebhookListener.h"
#include "core/store/Database.h"
#include "core/sync/EventSource.h"
#include "core/sync/EventWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <memory>

namespace fieldlink::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::cli)
};

/// The Kixie client a webhook registration goes through, with its own network manager.
class WebhookRegistration {
public:
    void start(const api::WebhookListenerSettings& settings, const QString& publicUrl,
               const RunConnection& connection, QTextStream& err) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_kixie = std::make_unique<api::KixieClient>(connection.kixie, connection.kixieCredentials,
                                                     m_network.get(), api::SystemClock::instance(), nullptr);
        m_registration = std::make_unique<api::KixieWebhookRegistration>(m_kixie.get());
        QObject::connect(m_registration.get(), &api::KixieWebhookRegistration::finished, m_registration.get(),
                         [&err](const QStringList& errors) {
                             for (const QString& error : errors)
                                 err << Tr::tr("fieldlink-cli: %1").arg(error) << '\n';
                             err.flush();
                         });
        m_registration->start(publicUrl, settings);
    }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<api::KixieClient> m_kixie;
    std::unique_ptr<api::KixieWebhookRegistration> m_registration;
};

int exitCode(const sync::EventOutcome& outcome) {
    if (!outcome.ok && outcome.message == Tr::tr("Cancelled."))
        return Interrupted;
    if (!outcome.ok)
        return outcome.runId == 0 || outcome.setupError ? UsageError : Failed;
    return outcome.counts.failed > 0 ? Failed : Success;
}

void printSummary(const sync::EventOutcome& outcome, QTextStream& out) {
    const sync::EventCounts& c = outcome.counts;
    // A dry run's contact changes, one a line: each field before → after, each do-not-disturb channel.
    for (const QString& line : outcome.plannedChanges)
        out << line << '\n';
    out << Tr::tr("Events run %1: %2 events; %3 notes, %4 added to a call's note, %5 contacts created, %6 "
                  "tasks, %7 tag additions; %8 already done, %9 found in GHL after an unknown outcome, %10 "
                  "planned (dry run), %11 skipped, %12 failed")
               .arg(outcome.runId)
               .arg(c.events)
               .arg(c.notes)
               .arg(c.noteUpdates)
               .arg(c.contactsCreated)
               .arg(c.tasks)
               .arg(c.tags)
               .arg(c.duplicates)
               .arg(c.reconciled)
               .arg(c.planned)
               .arg(c.skipped)
               .arg(c.failed)
        << '\n';
    if (c.contactUpdates > 0 || c.dndSet > 0 || c.keptNewer > 0)
        out << Tr::tr(
                   "Contacts: %1 updates sent, %2 do-not-disturb channels turned on, %3 values kept because "
                   "a newer call had written them")
                   .arg(c.contactUpdates)
                   .arg(c.dndSet)
                   .arg(c.keptNewer)
            << '\n';
}

} // namespace

int runEvents(const QStringList& givenArguments, QTextStream& out, QTextStream& err) {
    QStringList arguments = givenArguments;
    const qint64 resumeRun = takeResumeArgument(arguments);
    QCommandLineParser parser;
    parser.addOptions(profileOptions());
    parser.addOptions({
        {QStringLiteral("file"), Tr::tr("Captured webhook payloads: a JSON array or JSON Lines."),
         QStringLiteral("FILE")},
        {QStringLiteral("listen"), Tr::tr("Receive webhooks on this loopback port (0: any free one)."),
         QStringLiteral("PORT")},
        {QStringLiteral("register"),
         Tr::tr("Register the listener for endcall, disposition and scheduledactivity through Kixie's "
                "webhook API, "
                "at this public URL (e.g. a tunnel to the port)."),
         QStringLiteral("URL")},
        {QStringLiteral("max-body"),
         Tr::tr("With --listen: refuse (413) a delivery larger than this many KiB (default 256)."),
         QStringLiteral("KIB")},
        {QStringLiteral("inbox"),
         Tr::tr("Show the webhook inbox: deliveries by state and the malformed ones kept for inspection.")},
        {QStringLiteral("dry-run"), Tr::tr("Plan only: write nothing to GHL.")},
        {QStringLiteral("connection"), Tr::tr("A connection saved in the app."), QStringLiteral("NAME")},
        {QStringLiteral("db"), Tr::tr("The database file (default: the app's)."), QStringLiteral("FILE")},
        {QStringLiteral("json"), Tr::tr("End with one JSON summary line on stdout.")},
    });
    parser.addOption(waitOption());
    if (!parser.parse(QStringList{QStringLiteral("fieldlink-cli")} + arguments)) {
        err << Tr::tr("fieldlink-cli: %1").arg(parser.errorText()) << '\n';
        return UsageError;
    }
    const QString databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                    : store::Database::defaultPath();
    if (parser.isSet(QStringLiteral("inbox")))
        return printInbox(databasePath, parser.isSet(QStringLiteral("json")), out, err);
    if (!parser.isSet(QStringLiteral("profile"))) {
        err << Tr::tr("fieldlink-cli: --profile is required") << '\n';
        return UsageError;
    }
    const bool listening = parser.isSet(QStringLiteral("listen"));
    if (listening == parser.isSet(QStringLiteral("file"))) {
        err << Tr::tr("fieldlink-cli: give either --file or --listen") << '\n';
        return UsageError;
    }
    const int profileVersion = readProfileVersion(parser, err);
    if (profileVersion < 0)
        return UsageError;
    const std::optional<sync::LeaseRequest> lease = readLeaseRequest(parser, err);
    if (!lease)
        return UsageError;
    sync::EventJob job;
    job.lease = *lease;
    job.profile = parser.value(QStringLiteral("profile"));
    job.profileVersion = profileVersion;
    job.dryRun = parser.isSet(QStringLiteral("dry-run"));
    job.resumeRunId = resumeRun;
    job.databasePath = databasePath;
    // Kixie is needed only to register the webhook; the events themselves come from the file or listener.
    const bool registering = parser.isSet(QStringLiteral("register"));
    const Result<RunConnection> resolved =
        RunConnection::resolve(parser.value(QStringLiteral("connection")), job.databasePath,
                               RunConnection::Ghl | (registering ? RunConnection::Kixie : 0));
    if (!resolved) {
        err << resolved.error() << '\n';
        return UsageError;
    }
    const RunConnection& connection = *resolved;
    job.ghl = connection.ghl;
    job.ghlCredential = connection.ghlCredential;

    InboxListener inbox; // each delivery is stored in the database's inbox before it is answered
    WebhookRegistration registration;
    if (listening) {
        bool numeric = false;
        const auto port = static_cast<quint16>(parser.value(QStringLiteral("listen")).toUInt(&numeric));
        if (!numeric) {
            err << Tr::tr("fieldlink-cli: --listen needs a port number") << '\n';
            return UsageError;
        }
        api::WebhookListenerSettings settings = InboxListener::settingsFromEnvironment(port);
        if (parser.isSet(QStringLiteral("max-body"))) {
            const int kib = parser.value(QStringLiteral("max-body")).toInt(&numeric);
            if (!numeric || kib <= 0) {
                err << Tr::tr("fieldlink-cli: --max-body needs a number of KiB above 0") << '\n';
                return UsageError;
            }
            settings.maxBodyBytes = qsizetype(kib) * 1024;
        }
        if (const Result<> started = inbox.start(job.databasePath, settings); !started) {
            err << Tr::tr("fieldlink-cli: %1").arg(started.error()) << '\n';
            return UsageError;
        }
        // Said first, so scripts (and tests) know where to send webhooks.
        err << Tr::tr("Listening for Kixie webhooks on %1").arg(inbox.listener()->url().toString()) << '\n';
        err.flush();
        job.fromInbox = true;
        if (parser.isSet(QStringLiteral("register")))
            registration.start(settings, parser.value(QStringLiteral("register")), connection, err);
    } else {
        const sync::EventFile::Loaded loaded = sync::EventFile::read(parser.value(QStringLiteral("file")));
        if (!loaded.error.isEmpty()) {
            err << Tr::tr("fieldlink-cli: %1").arg(loaded.error) << '\n';
            return UsageError;
        }
        job.events = loaded.events;
    }

    sync::EventWorker worker(job);
    if (api::WebhookListener* listener = inbox.listener()) {
        QObject::connect(listener, &api::WebhookListener::deliveryStored, &worker,
                         &sync::EventWorker::inboxChanged);
        QObject::connect(listener, &api::WebhookListener::deliveryRejected, &worker,
                         [&err](const QString& reason) {
                             err << reason << '\n';
                             err.flush();
                         });
    }
    OutcomeReport<sync::EventOutcome> report;
    report.summary = printSummary;
    report.exitCode = exitCode;
    report.json = parser.isSet(QStringLiteral("json"));
    return runToCompletion(worker, report, out, err);
}

} // namespace fieldlink::cli
