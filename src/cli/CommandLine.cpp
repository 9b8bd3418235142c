#include "cli/CommandLine.h"

#include "cli/EventsCommand.h"
#include "cli/MappingCommands.h"
#include "cli/ScheduleCommand.h"
#include "cli/SyncCommand.h"
#include "cli/WatchCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace fieldlink::cli {
namespace {

QString usage() {
    return QCoreApplication::translate(
        "fieldlink::cli",
        "Usage: fieldlink-cli <command> [options]\n\n"
        "Runs Fieldlink headless, from a terminal, cron or a systemd timer.\n\n"
        "Commands:\n"
        "  validate --profile NAME|FILE [--samples FILE.jsonl] [--custom-fields FILE] [--db FILE] [--json]\n"
        "               Check a mapping profile; exit 1 when it has errors.\n"
        "  map --profile NAME|FILE --in FILE.jsonl [--out FILE.jsonl] [--custom-fields FILE] [--db FILE]\n"
        "               Map records, one JSON object per line; exit 1 when any record failed.\n"
        "  sync --profile NAME|FILE [--profile-version N] [--dry-run] [--limit N | --tag T | --query Q | "
        "--ids FILE | "
        "--contact ID… | --since-last]\n"
        "       [--resume [RUN] | --replay-failed RUN] [--wait SECONDS] [--connection NAME] [--db FILE] "
        "[--json]\n"
        "               Sync GHL contacts to Kixie PowerLists (a dry run writes nothing).\n"
        "  events --profile NAME|FILE [--profile-version N] (--file FILE | --listen PORT [--register URL]\n"
        "       [--max-body KIB]) [--dry-run] [--resume [RUN]] [--wait SECONDS] [--connection NAME] [--db "
        "FILE]\n"
        "       [--json]\n"
        "               Kixie call events (captured webhooks) into GHL notes, tasks and tags, exactly once "
        "per\n"
        "               call; running it again after a crash finishes the work. --listen stores each\n"
        "               delivery in the database's webhook inbox before answering it.\n"
        "  events --inbox [--db FILE] [--json]\n"
        "               The webhook inbox: deliveries by state and the malformed ones kept for "
        "inspection.\n"
        "  watch --profile NAME|FILE [--interval SECONDS] [--full-at HH:MM] [--listen PORT\n"
        "       --events-profile NAME|FILE] [--connection NAME] [--db FILE] [--json]\n"
        "               Keep syncing until stopped (SIGTERM): every interval one HighLevel call looks for\n"
        "               changed contacts and only those are synced; a full reconcile daily at --full-at.\n"
        "  schedule install --name N (--watch [--interval S] [--listen PORT] [--events-profile P]\n"
        "       [--full-at HH:MM] | --every 15min) --profile P [--connection C] [--db FILE]\n"
        "               Keep in sync as a systemd user service: watch mode, or a sync of what changed every\n"
        "               5min … 30min, 1h … 12h or daily. Without a user systemd it prints the crontab line.\n"
        "  schedule list [--json]\n"
        "  schedule pause|resume|remove --name N\n"
        "               The schedules set up here or in the app, their state; pause, resume, remove one.\n\n"
        "The connection is the one saved in the app under NAME (secrets from the system keychain), or else\n"
        "FIELDLINK_GHL_BASE_URL, FIELDLINK_GHL_TOKEN, FIELDLINK_GHL_LOCATION_ID, FIELDLINK_KIXIE_BASE_URL,\n"
        "FIELDLINK_KIXIE_API_KEY and FIELDLINK_KIXIE_BUSINESS_ID. --db defaults to the app's database.\n"
        "Optional, for HighLevel behaviours it does not document: FIELDLINK_GHL_TASK_SEARCH_PAGE_SIZE\n"
        "(tasks per page of the task search, 1-1000, default 100), FIELDLINK_GHL_TASK_SEARCH_CONTACTS\n"
        "(contacts per task search, 1-100, default 50), FIELDLINK_GHL_SEND_COMPANY_NAME (1: send the\n"
        "company name when updating a contact; default 0).\n"
        "A profile NAME is one saved in the app (its newest version) or a default profile; a default the\n"
        "admin saved in the app is found as that saved version; --profile-version N picks an older one.\n"
        "One run at a time writes to the same accounts: while another run (the app's, or another\n"
        "fieldlink-cli) writes, a sync or events run refuses (exit 2, naming that run), or with --wait\n"
        "SECONDS waits up to that long for it to finish. A dry run writes nothing and never waits.\n\n"
        "Exit codes: 0 success, 1 failures, 2 usage or configuration errors, 3 interrupted.\n\n"
        "Options:\n"
        "  --help       Show this help.\n"
        "  --version    Show the version.\n");
}

} // namespace

QList<QCommandLineOption> profileOptions() {
    return {
        {QStringLiteral("profile"),
         QCoreApplication::translate(
             "fieldlink::cli", "A profile saved in the app, a default profile's name, or a profile file."),
         QStringLiteral("NAME|FILE")},
        {QStringLiteral("profile-version"),
         QCoreApplication::translate("fieldlink::cli",
                                     "That saved version of the profile (default: the newest)."),
         QStringLiteral("N")}};
}

QCommandLineOption waitOption() {
    return {QStringLiteral("wait"),
            QCoreApplication::translate("fieldlink::cli",
                                        "When another run is writing to the same accounts, wait up to this "
                                        "long for it to finish (default: refuse at once)."),
            QStringLiteral("SECONDS")};
}

std::optional<sync::LeaseRequest> readLeaseRequest(const QCommandLineParser& parser, QTextStream& err) {
    sync::LeaseRequest request;
    request.owner = store::RunLeaseHolder::Owner::Cli;
    if (!parser.isSet(QStringLiteral("wait")))
        return request;
    bool numeric = false;
    request.waitSeconds = parser.value(QStringLiteral("wait")).toInt(&numeric);
    if (!numeric || request.waitSeconds < 0) {
        err << QCoreApplication::translate("fieldlink::cli",
                                           "fieldlink-cli: --wait needs a number of seconds")
            << '\n';
        return std::nullopt;
    }
    return request;
}

int readProfileVersion(const QCommandLineParser& parser, QTextStream& err) {
    if (!parser.isSet(QStringLiteral("profile-version")))
        return 0;
    bool numeric = false;
    const int version = parser.value(QStringLiteral("profile-version")).toInt(&numeric);
    if (!numeric || version < 1) {
        err << QCoreApplication::translate("fieldlink::cli",
                                           "fieldlink-cli: --profile-version needs a version number")
            << '\n';
        return -1;
    }
    if (QFileInfo::exists(parser.value(QStringLiteral("profile")))) {
        err << QCoreApplication::translate(
                   "fieldlink::cli", "fieldlink-cli: --profile-version is for a profile saved in the app, "
                                     "not a file")
            << '\n';
        return -1;
    }
    return version;
}

qint64 takeResumeArgument(QStringList& arguments) {
    const qsizetype at = arguments.indexOf(QStringLiteral("--resume"));
    if (at < 0)
        return 0;
    qint64 resumeRun = -1;
    bool numeric = false;
    const qint64 run = at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong(&numeric) : 0;
    if (numeric && run > 0) {
        resumeRun = run;
        arguments.removeAt(at + 1);
    }
    arguments.removeAt(at);
    return resumeRun;
}

int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    if (arguments.isEmpty()) {
        err << usage();
        return UsageError;
    }
    const QString& command = arguments.constFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << usage();
        return Success;
    }
    if (command == QLatin1String("--version")) {
        out << QStringLiteral("fieldlink-cli %1\n").arg(QStringLiteral(FIELDLINK_VERSION));
        return Success;
    }
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("validate"))
        return runValidate(rest, out, err);
    if (command == QLatin1String("map"))
        return runMap(rest, out, err);
    if (command == QLatin1String("sync"))
        return runSync(rest, out, err);
    if (command == QLatin1String("events"))
        return runEvents(rest, out, err);
    if (command == QLatin1String("schedule"))
        return runSchedule(rest, out, err);
    if (command == QLatin1String("watch"))
        return runWatch(rest, out, err);
    err << QCoreApplication::translate("fieldlink::cli", "fieldlink-cli: unknown command '%1'\n\n")
               .arg(command)
        << usage();
    return UsageError;
}

} // namespace fieldlink::cli
