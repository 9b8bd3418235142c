#include "cli/WatchCommand.h"

#include "cli/CommandLine.h"
#include "cli/InboxListener.h"
#include "cli/InterruptWatcher.h"
#include "cli/RunConnection.h"
#include "cli/WatchLoop.h"
#include "core/store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <memory>

namespace fieldlink::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::cli)
};

/// The shortest interval: below it the probes alone would eat a real location's daily GHL budget.
constexpr int minimumIntervalSeconds = 5;

} // namespace

int runWatch(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOptions(profileOptions());
    parser.addOptions({
        {QStringLiteral("interval"),
         Tr::tr("Seconds between two looks for changed contacts (default 60, at least 5)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("full-at"), Tr::tr("Run a full reconcile of every contact daily at this local time."),
         QStringLiteral("HH:MM")},
        {QStringLiteral("listen"),
         Tr::tr("Also receive Kixie call events on this loopback port (needs --events-profile)."),
         QStringLiteral("PORT")},
        {QStringLiteral("events-profile"), Tr::tr("The Kixie → HighLevel profile for the call events."),
         QStringLiteral("NAME|FILE")},
        {QStringLiteral("connection"), Tr::tr("A connection saved in the app."), QStringLiteral("NAME")},
        {QStringLiteral("db"), Tr::tr("The database file (default: the app's)."), QStringLiteral("FILE")},
        {QStringLiteral("json"), Tr::tr("One JSON line per poll on stdout.")},
    });
    if (!parser.parse(QStringList{QStringLiteral("fieldlink-cli")} + arguments)) {
        err << Tr::tr("fieldlink-cli: %1").arg(parser.errorText()) << '\n';
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("profile"))) {
        err << Tr::tr("fieldlink-cli: --profile is required") << '\n';
        return UsageError;
    }
    const int profileVersion = readProfileVersion(parser, err);
    if (profileVersion < 0)
        return UsageError;
    WatchSettings settings;
    settings.json = parser.isSet(QStringLiteral("json"));
    settings.connectionName = parser.value(QStringLiteral("connection"));
    if (parser.isSet(QStringLiteral("interval"))) {
        bool numeric = false;
        settings.intervalSeconds = parser.value(QStringLiteral("interval")).toInt(&numeric);
        if (!numeric || settings.intervalSeconds < minimumIntervalSeconds) {
            err << Tr::tr("fieldlink-cli: --interval needs a number of seconds, at least %1")
                       .arg(minimumIntervalSeconds)
                << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("full-at"))) {
        const QTime at = QTime::fromString(parser.value(QStringLiteral("full-at")), QStringLiteral("H:mm"));
        if (!at.isValid()) {
            err << Tr::tr("fieldlink-cli: --full-at needs a time of day as HH:MM, e.g. 03:30") << '\n';
            return UsageError;
        }
        settings.fullAt = at;
    }
    const bool listening = parser.isSet(QStringLiteral("listen"));
    if (listening != parser.isSet(QStringLiteral("events-profile"))) {
        err << Tr::tr("fieldlink-cli: --listen and --events-profile go together") << '\n';
        return UsageError;
    }
    sync::SyncJob& job = settings.sync;
    job.profile = parser.value(QStringLiteral("profile"));
    job.profileVersion = profileVersion;
    job.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : store::Database::defaultPath();
    const Result<RunConnection> resolved = RunConnection::resolve(settings.connectionName, job.databasePath,
                                                                  RunConnection::Ghl | RunConnection::Kixie);
    if (!resolved) {
        err << resolved.error() << '\n';
        return UsageError;
    }
    job.ghl = resolved->ghl;
    job.ghlCredential = resolved->ghlCredential;
    job.kixie = resolved->kixie;
    job.kixieCredentials = resolved->kixieCredentials;

    if (!settings.connectionName.isEmpty() && job.ghlCredential.oauth) {
        settings.currentCredential = [name = settings.connectionName,
                                      path = job.databasePath]() -> Result<auth::GhlCredential> {
            const Result<RunConnection> again = RunConnection::resolve(name, path, RunConnection::Ghl);
            if (!again)
                return again.failure();
            return again->ghlCredential;
        };
    }

    InboxListener inbox; // as `events --listen`: each delivery is stored before it is answered
    if (listening) {
        bool numeric = false;
        const auto port = static_cast<quint16>(parser.value(QStringLiteral("listen")).toUInt(&numeric));
        if (!numeric) {
            err << Tr::tr("fieldlink-cli: --listen needs a port number") << '\n';
            return UsageError;
        }
        if (const Result<> started =
                inbox.start(job.databasePath, InboxListener::settingsFromEnvironment(port));
            !started) {
            err << Tr::tr("fieldlink-cli: %1").arg(started.error()) << '\n';
            return UsageError;
        }
        err << Tr::tr("Listening for Kixie webhooks on %1").arg(inbox.listener()->url().toString()) << '\n';
        err.flush();
        sync::EventJob events;
        events.profile = parser.value(QStringLiteral("events-profile"));
        events.fromInbox = true;
        events.ghl = job.ghl;
        events.ghlCredential = job.ghlCredential;
        events.databasePath = job.databasePath;
        events.lease.owner = store::RunLeaseHolder::Owner::Cli;
        events.lease.waitSeconds = 7 * 24 * 3600;
        settings.events = events;
    }

    WatchLoop watch(std::move(settings), out, err);
    if (api::WebhookListener* listener = inbox.listener()) {
        QObject::connect(listener, &api::WebhookListener::deliveryStored, &watch, &WatchLoop::inboxChanged);
        QObject::connect(listener, &api::WebhookListener::deliveryRejected, &watch,
                         [&err](const QString& reason) {
                             err << reason << '\n';
                             err.flush();
                         });
    }
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &watch, &WatchLoop::stop);
    QEventLoop loop;
    int exitCode = Success;
    bool done = false;
    QObject::connect(&watch, &WatchLoop::finished, &loop, [&](int code) {
        exitCode = code;
        done = true;
        loop.quit();
    });
    if (!watch.start())
        return UsageError;
    if (!done)
        loop.exec();
    return exitCode;
}

} // namespace fieldlink::cli
