#include "app/testsync/SyncTestController.h"

#include "app/runs/ShellCommand.h"
#include "core/sync/EventSource.h"

namespace fieldlink {
namespace {

// The question has always written the limit as Kixie's documents do, "10 000": digits in threes with a space
// between, whatever the locale.
QString spacedThousands(int number) {
    QString digits = QString::number(number);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char(' '));
    return digits;
}

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
    QString plan = tr("No dry run of this scope yet: nobody has seen what it will change.");
    int kixieCalls = 0;
    if (m_lastDryRun) {
        const sync::RunCounts& counts = m_lastDryRun->counts;
        plan = tr("The dry run planned %1 records: %2 to create, %3 to update, %4 unchanged, %5 skipped, %6 "
                  "conflicts, %7 to remove.")
                   .arg(counts.planned)
                   .arg(counts.created)
                   .arg(counts.updated)
                   .arg(counts.unchanged)
                   .arg(counts.skipped)
                   .arg(counts.conflicts)
                   .arg(counts.removed);
        kixieCalls = counts.created + counts.updated + counts.removed + counts.enrolled;
    }
    return tr("This writes to the real Kixie account of \"%1\".\n\n%2\nAbout %3 Kixie calls; %4 of %5 are "
              "left "
              "today. Continue?")
        .arg(m_choices.connection, plan)
        .arg(kixieCalls)
        .arg(kixieCallsLeft)
        .arg(spacedThousands(kixieDailyLimit));
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

QString SyncTestController::outcomeText(const sync::SyncOutcome& outcome) {
    const sync::RunCounts& counts = outcome.counts;
    const QString figures = tr("%1 records: %2 create, %3 update, %4 unchanged, %5 skip, %6 conflict, %7 "
                               "failed; HighLevel %8 calls, Kixie %9 calls.")
                                .arg(counts.planned)
                                .arg(counts.created)
                                .arg(counts.updated)
                                .arg(counts.unchanged)
                                .arg(counts.skipped)
                                .arg(counts.conflicts)
                                .arg(counts.failed)
                                .arg(outcome.ghlCalls)
                                .arg(outcome.kixieCalls);
    if (outcome.cancelled)
        return tr("Cancelled; run %1 can be resumed. %2").arg(outcome.runId).arg(figures);
    if (!outcome.ok)
        return outcome.message.isEmpty() ? tr("The run failed.") : outcome.message;
    return tr("Run %1 done. %2").arg(outcome.runId).arg(figures);
}

QString SyncTestController::outcomeText(const sync::EventOutcome& outcome) {
    if (!outcome.ok)
        return outcome.message.isEmpty() ? tr("The run failed.") : outcome.message;
    const sync::EventCounts& counts = outcome.counts;
    return tr("Run %1 done. %2 events: %3 notes, %4 added to a call's note, %5 contacts created, %6 tasks, "
              "%7 "
              "tag changes, %8 already done, %9 planned, %10 skipped, %11 failed; HighLevel %12 calls.")
        .arg(outcome.runId)
        .arg(counts.events)
        .arg(counts.notes)
        .arg(counts.noteUpdates)
        .arg(counts.contactsCreated)
        .arg(counts.tasks)
        .arg(counts.tags)
        .arg(counts.duplicates)
        .arg(counts.planned)
        .arg(counts.skipped)
        .arg(counts.failed)
        .arg(outcome.ghlCalls);
}

} // namespace fieldlink
