#include "app/testsync/SyncTestController.h"

#include "app/runs/ShellCommand.h"
#include "core/sync/EventSource.h"
#include "core/sync/RunWords.h"

namespace fieldlink {
namespace {

/// A sync or events job over the chosen profile and version.
template <typename Job> Job jobFor(const SyncTestChoices& choices, bool dryRun) {
    Job job;
    job.profile = choices.profile;
    job.profileVersion = choices.profileVersion;
    job.dryRun = dryRun;
    return job;
}

} // namespace

SyncTestController::SyncTestController(QString databasePath)
    : m_databasePath(std::move(databasePath)) {
}

void SyncTestController::setChoices(SyncTestChoices choices) {
    m_choices = std::move(choices);
    m_lastDryRun.reset();
}

sync::SyncScope SyncTestController::scope() const {
    using Kind = sync::SyncScope::Kind;
    sync::SyncScope scope;
    switch (m_choices.scope) {
    case SyncTestChoices::Scope::FirstN:
        scope.kind = Kind::FirstN;
        scope.limit = m_choices.limit;
        break;
    case SyncTestChoices::Scope::Tag:
        scope.kind = Kind::Tag;
        scope.tag = m_choices.scopeText.trimmed();
        break;
    case SyncTestChoices::Scope::Search:
        scope.kind = Kind::Query;
        scope.query = m_choices.scopeText.trimmed();
        break;
    case SyncTestChoices::Scope::Picked:
        scope.kind = Kind::Ids;
        scope.ids = m_choices.pickedIds;
        break;
    case SyncTestChoices::Scope::SinceLast:
        scope.kind = Kind::SinceLast;
        scope.fullReconcile = false; // what changed only, like `sync --since-last`
        break;
    case SyncTestChoices::Scope::All:
        scope.kind = Kind::All;
        break;
    }
    return scope;
}

Result<sync::SyncJob> SyncTestController::syncJob(bool dryRun) const {
    if (m_choices.scope == SyncTestChoices::Scope::Picked && m_choices.pickedIds.isEmpty())
        return Failure{tr("Pick the contacts first (Pick contacts…).")};
    sync::SyncJob job = jobFor<sync::SyncJob>(m_choices, dryRun);
    job.scope = scope();
    return job;
}

sync::SyncJob SyncTestController::resumeJob(qint64 runId) {
    sync::SyncJob job;
    job.resumeRunId = runId; // its own profile version and scope
    job.dryRun = false;
    return job;
}

sync::SyncJob SyncTestController::replayJob(qint64 runId) const {
    sync::SyncJob job = jobFor<sync::SyncJob>(m_choices, false);
    job.replayRunId = runId;
    return job;
}

Result<sync::EventJob> SyncTestController::eventFileJob(bool dryRun) const {
    sync::EventFile::Loaded loaded = sync::EventFile::read(m_choices.eventsFile);
    if (!loaded.error.isEmpty())
        return Failure{loaded.error};
    sync::EventJob job = jobFor<sync::EventJob>(m_choices, dryRun);
    job.events = std::move(loaded.events);
    return job;
}

sync::EventJob SyncTestController::listeningJob(bool dryRun) const {
    sync::EventJob job = jobFor<sync::EventJob>(m_choices, dryRun);
    job.fromInbox = true; // what the page's listener stores, until Cancel
    return job;
}

QString SyncTestController::productionQuestion(int kixieCallsLeft, int kixieDailyLimit) const {
    if (!m_lastDryRun)
        // Without a plan nobody knows what it changes, nor what it costs: say so, and the page offers one.
        return tr("This writes to the real Kixie account of \"%1\".\n\nNo dry run of this scope yet: nobody "
                  "has seen what it will change, and its cost is unknown (each row created, updated or "
                  "removed and each cadence enrolment is one Kixie call). %L2 of %L3 Kixie calls are left "
                  "today.\n\nA dry run first shows both and sends nothing. Continue without one?")
            .arg(m_choices.connection)
            .arg(kixieCallsLeft)
            .arg(kixieDailyLimit);
    const sync::RunCounts& counts = m_lastDryRun->counts;
    const int kixieCalls = counts.created + counts.updated + counts.removed + counts.enrolled;
    return tr("This writes to the real Kixie account of \"%1\".\n\nThe dry run planned %n record(s): %2.\n"
              "About %L3 Kixie calls; %L4 of %L5 are left today. Continue?",
              nullptr, counts.planned)
        .arg(m_choices.connection, sync::RunWords::summary(counts.toJson(), true))
        .arg(kixieCalls)
        .arg(kixieCallsLeft)
        .arg(kixieDailyLimit);
}

QString SyncTestController::eventsProductionQuestion(int events) const {
    return tr("This writes notes, tasks and tags for %n call event(s) to the real HighLevel location of "
              "\"%1\". Continue?",
              nullptr, events)
        .arg(m_choices.connection);
}

QString SyncTestController::listeningProductionQuestion() const {
    return tr("Every call event that arrives until you stop listening writes notes, tasks and tags to the "
              "real HighLevel location of \"%1\". Continue?")
        .arg(m_choices.connection);
}

void SyncTestController::runFinished(const sync::SyncOutcome& outcome) {
    if (m_dryRunPending && outcome.ok)
        m_lastDryRun = outcome; // what the production question quotes
}

QStringList SyncTestController::scheduleWords() const {
    if (m_choices.connection.isEmpty())
        return {};
    QStringList words{
        QStringLiteral("fieldlink-cli"), m_choices.events ? QStringLiteral("events") : QStringLiteral("sync"),
        QStringLiteral("--connection"),  m_choices.connection,
        QStringLiteral("--profile"),     m_choices.profile,
        QStringLiteral("--db"),          m_databasePath};
    if (m_choices.profileVersion > 0)
        words << QStringLiteral("--profile-version") << QString::number(m_choices.profileVersion);
    return words + (m_choices.events ? m_choices.eventsWords : scope().toArguments());
}

QString SyncTestController::scheduleText() const {
    const QStringList words = scheduleWords();
    if (words.isEmpty())
        return {};
    const QString leadIn = m_choices.events && m_choices.listening
                               ? tr("The same from a terminal (add --register URL with a public URL that "
                                    "reaches the port):")
                               : tr("The same from a terminal, cron or a systemd timer:");
    return leadIn + ShellCommand::htmlBlock(words);
}

QString SyncTestController::outcomeText(const sync::SyncOutcome& outcome, bool dryRun) {
    const QString figures =
        tr("%n record(s): %1; HighLevel %L2 calls, Kixie %L3 calls.", nullptr, outcome.counts.planned)
            .arg(sync::RunWords::summary(outcome.counts.toJson(), dryRun))
            .arg(outcome.ghlCalls)
            .arg(outcome.kixieCalls);
    if (outcome.cancelled)
        return tr("Cancelled; run %1 can be resumed. %2").arg(outcome.runId).arg(figures);
    if (!outcome.ok)
        return outcome.message.isEmpty() ? tr("The run failed.") : outcome.message;
    return tr("Run %1 done. %2").arg(outcome.runId).arg(figures);
}

QString SyncTestController::outcomeText(const sync::EventOutcome& outcome, bool dryRun) {
    if (!outcome.ok)
        return outcome.message.isEmpty() ? tr("The run failed.") : outcome.message;
    return tr("Run %1 done: %2; HighLevel %L3 calls.")
        .arg(outcome.runId)
        .arg(sync::RunWords::summary(outcome.counts.toJson(), dryRun))
        .arg(outcome.ghlCalls);
}

} // namespace fieldlink
